"""An actor's claims where an analyst looks for them, and the timeline's undated items
(session 19, ux19).

Walking a store of the news day plus 324 ANERcorp documents (no dateline, no outlet), the
actor page of «فرانك فالتر شتاينماير» listed his statements but not that two of them were
claims due 2015-09-30: the store could select claims by speaker, but neither /api/claims,
the /claims page, `khabar claims` nor the actor page used it. And the actor page of «كوفي
أنان» (48 mentions in 19 undated articles, 14 events, 15 statements) drew one bar of two
events in 1971 with no word of the rest: the chart drops what no day holds and said nothing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from server_helpers import CHROMIUM, served_page
from test_store_support import claim_document
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store
from khabar.web.charts import UNDATED, timeline_svg, undated_note

SPEAKER, OTHER, UNDATED_ONE = "محمد السوداني", "فؤاد حسين", "هوشيار زيباري"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """Two speakers' claims (each due 2025-09), and a third's in an article of no
    dateline."""
    path = tmp_path_factory.mktemp("claims19") / "s.db"
    with Store(path) as s:
        s.put(claim_document(doc_id="c1", url="http://example.org/c1", speaker=SPEAKER,
                             published="2024-09-06"))
        s.put(claim_document(doc_id="c2", url="http://example.org/c2", speaker=OTHER,
                             published="2024-09-07"))
        s.put(claim_document(doc_id="c3", url="http://example.org/c3",
                             speaker=UNDATED_ONE, published=None))
    return path


def _actor(db: Path, name: str) -> int:
    with Store(db) as s:
        return s.entity(name)["id"]


def _speakers(rows: list[dict]) -> set[str]:
    return {r["speaker"] for r in rows}


def test_store_claims_of_one_speaker_by_actor_id_name_or_alias(db):
    with Store(db) as s:
        every = s.claims(as_of="2025-01-01")
        assert _speakers(every) >= {SPEAKER, OTHER}
        actor = s.entity(SPEAKER)["id"]
        assert _speakers(s.claims(speaker=actor)) == {SPEAKER}
        assert _speakers(s.claims(speaker=SPEAKER)) == {SPEAKER}
        assert _speakers(s.claims(speaker="محمد  السوداني")) == {SPEAKER}  # normalised
        assert _speakers(s.claims(speaker=OTHER)) == {OTHER}
        # negatives: a name no one has, an actor id of no speaker
        assert s.claims(speaker="أحمد المجهول") == []
        assert s.claims(speaker=_actor(db, "العراق")) == []


def test_api_claims_by_speaker_or_actor(db):
    c = TestClient(create_app(db))
    actor = _actor(db, SPEAKER)
    for query in (f"speaker={actor}", f"actor={actor}", f"speaker={SPEAKER}"):
        r = c.get(f"/api/claims?{query}&as_of=2025-01-01")
        assert r.status_code == 200, query
        assert _speakers(r.json()["items"]) == {SPEAKER}, query
    assert _speakers(c.get("/api/claims?as_of=2025-01-01").json()["items"]) >= {SPEAKER, OTHER}
    assert c.get("/api/claims?speaker=أحمد المجهول").json()["items"] == []
    bad = c.get(f"/api/claims?speaker={actor}&actor={actor + 1}")
    assert bad.status_code == 422 and bad.json()["detail"][0]["type"] == "conflict"
    assert c.get("/api/claims?actor=abc").status_code == 422


def test_claims_page_of_one_actor(db):
    c = TestClient(create_app(db))
    actor = _actor(db, SPEAKER)
    html = c.get(f"/claims?actor={actor}&as_of=2025-01-01").text
    assert f'<a href="/entities/{actor}">{SPEAKER}</a>' in html  # the chip names the speaker
    rows = re.findall(r"<tbody>(.*?)</tbody>", html, re.S)[0]
    assert rows.count("<tr>") == 1 and SPEAKER in rows and OTHER not in rows
    assert 'href="?as_of=2025-01-01"' in html  # «إزالة» keeps the other filters
    every = c.get("/claims?as_of=2025-01-01").text
    assert OTHER in every and 'class="chip"' not in every
    assert c.get("/claims?actor=99999").status_code == 404
    assert c.get(f"/claims?actor={SPEAKER}").status_code == 200  # by name, as /events


def test_actor_page_lists_its_claims_with_their_due_dates(db):
    c = TestClient(create_app(db))
    actor = _actor(db, SPEAKER)
    html = c.get(f"/entities/{actor}").text
    section = html.split('<h2 id="claims">', 1)[1].split("<h2>", 1)[0]
    assert section.startswith("الوعود والمواعيد (1)")
    assert "2025-09-30" in section and "سبتمبر 2025" in section
    assert f'href="/claims?actor={actor}"' in section
    assert c.get(f"/api/entities/{actor}").json()["claims"][0]["due"] == "2025-09-30"
    # an actor who made no claim: an empty section, no link
    place = c.get(f"/entities/{_actor(db, 'العراق')}").text
    empty = place.split('<h2 id="claims">', 1)[1].split("<h2>", 1)[0]
    assert empty.startswith("الوعود والمواعيد (0)") and "/claims?actor=" not in empty


def test_cli_claims_speaker(db):
    runner = CliRunner()
    actor = _actor(db, SPEAKER)
    for who in (SPEAKER, str(actor)):
        res = runner.invoke(cli, ["claims", "--db", str(db), "--speaker", who])
        assert res.exit_code == 0, res.output
        assert _speakers(json.loads(res.stdout)) == {SPEAKER}
    res = runner.invoke(cli, ["claims", "--db", str(db), "--speaker", "أحمد المجهول"])
    assert res.exit_code == 0 and json.loads(res.stdout) == []


def test_undated_note_counts_what_the_chart_cannot_draw():
    note = undated_note({"mentions": 19, "events": 12, "quotes": 0})
    assert UNDATED in note and "مقالات تذكره: 19" in note and "أحداث: 12" in note
    assert "تصريحات" not in note  # a series with nothing undated is not named
    assert undated_note({"mentions": 0, "events": 0, "quotes": 0}) == ""
    assert undated_note(None) == ""
    # no dated point at all: the empty chart says so and still counts them
    empty = timeline_svg([], undated={"mentions": 3, "events": 0, "quotes": 0})
    assert "لا بيانات زمنية" in empty and "مقالات تذكره: 3" in empty
    drawn = timeline_svg([{"date": "2015-08-10", "mentions": 1, "events": 0, "quotes": 0}])
    assert "<svg" in drawn and UNDATED not in drawn
    renamed = timeline_svg([], labels={"mentions": "تقارير"}, undated={"mentions": 2})
    assert "تقارير: 2" in renamed


def test_actor_timeline_counts_its_undated_items(db):
    c = TestClient(create_app(db))
    # UNDATED_ONE's only article has no dateline
    lone = _actor(db, UNDATED_ONE)
    data = c.get(f"/api/entities/{lone}").json()
    assert data["undated"]["mentions"] == 1
    html = c.get(f"/entities/{lone}").text
    assert UNDATED in html and "مقالات تذكره: 1" in html
    # every article of OTHER has a dateline: nothing to count
    other = c.get(f"/api/entities/{_actor(db, OTHER)}").json()
    assert other["undated"]["mentions"] == 0
    assert UNDATED not in c.get(f"/entities/{_actor(db, OTHER)}").text


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
def test_in_a_browser_the_actor_page_shows_claims_and_undated_counts(db):
    lone = _actor(db, UNDATED_ONE)
    with served_page(create_app(db)) as (base, page):
        page.goto(f"{base}/entities/{lone}")
        note = page.locator("p.undated").inner_text()
        claims = page.locator("#claims").inner_text()
        page.click(f'a[href="/claims?actor={lone}"]')
        chip = page.locator("p.chip").inner_text()
        rows = page.locator("tbody tr").count()
    assert "مقالات تذكره: 1" in note
    assert claims == "الوعود والمواعيد (1)"
    assert UNDATED_ONE in chip and rows == 1
