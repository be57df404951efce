"""Undated stories on every entry point (session 20, ux20).

A store of a news day plus two corpora without datelines or outlets (ANERcorp 723..,
Wojood): /stories listed no story of the 452 undated articles — they had none
(khabar.corpus.undated now gives them stories: tests/test_stories_session20.py). Now the
API (``undated=true|false``), the page (a «النوع» choice, the undated stories named by their
terms and marked «بلا تاريخ») and `khabar stories --undated|--dated` list them. The module
store is shared with tests/test_api_session20.py (the «no outlet» filter).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from server_helpers import CHROMIUM, served_page
from test_store_support import claim_document, entity, light_pipeline
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store

WHEAT_A = "وصلت سفينة القمح إلى ميناء بيروت صباح اليوم وأفرغت شحنة القمح في ميناء بيروت."
WHEAT_B = "أفرغت سفينة شحنة القمح في ميناء بيروت بعد وصولها، وقال مدير ميناء بيروت إن القمح سليم."
MATCH = "فاز الفريق بالمباراة النهائية للبطولة وتسلم اللاعبون الكأس في الملعب أمام جمهور بيروت."
DATED = "أعلنت الحكومة موازنة جديدة تخفض الإنفاق وترفع الضرائب على شركات القمح في بيروت."


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """Two undated reports of one story and one alone (no outlet: null and ''), two dated
    reports of one outlet."""
    path = tmp_path_factory.mktemp("ux20") / "s.db"
    with Store(path) as s:
        for key, text, published, outlet in (
            ("u1", WHEAT_A, None, None), ("u2", WHEAT_B, None, None), ("u3", MATCH, None, ""),
            ("d1", DATED, "2024-09-01", "wire"), ("d2", DATED + " وتابعت.", "2024-09-01", "wire"),
        ):
            doc = light_pipeline().analyze(text, url=f"http://x/{key}", published=published,
                                           outlet=outlet or None, id=key)
            doc.entities = [entity(text, "بيروت", "T1", "E1", "LOC", "بيروت", "LBN")]
            s.put(doc)
        s.conn.execute("UPDATE articles SET outlet = '' WHERE url = 'http://x/u3'")
        s.refresh_corpus("0")
    return path


def _ids(items: list[dict]) -> set[str]:
    return {i["url"].rsplit("/", 1)[1] for i in items}


def test_api_lists_undated_stories_apart(db):
    c = TestClient(create_app(db))
    undated = c.get("/api/stories", params={"undated": "true"}).json()["items"]
    assert [(s["size"], s["first_published"]) for s in undated] == [(2, None)]
    dated = c.get("/api/stories", params={"undated": "false"}).json()["items"]
    assert [s["size"] for s in dated] == [2] and dated[0]["first_published"] == "2024-09-01"
    both = c.get("/api/stories").json()["items"]
    assert {s["id"] for s in both} == {undated[0]["id"], dated[0]["id"]}
    story = c.get(f"/api/stories/{undated[0]['id']}").json()
    assert _ids(story["articles"]) == {"u1", "u2"}
    assert c.get("/api/stories", params={"undated": "maybe"}).status_code == 422


def test_stories_page_offers_and_titles_undated_stories(db):
    c = TestClient(create_app(db))
    page = c.get("/stories", params={"undated": "1"})
    assert page.status_code == 200
    # no title (an undated corpus has none): named by its first report's opening words,
    # not by its normalised terms («قمح، سفينه، ميناء»)
    assert "بلا تاريخ" in page.text and "وصلت سفينة القمح إلى ميناء بيروت" in page.text
    assert "سفينه" not in page.text
    assert "2024-09-01" not in page.text
    assert "2024-09-01" in c.get("/stories", params={"undated": "0"}).text
    assert 'href="/stories?undated=1"' in c.get("/stories").text
    undated = c.get("/api/stories", params={"undated": "true"}).json()["items"][0]["id"]
    story = c.get(f"/stories/{undated}")
    assert story.status_code == 200 and 'id="undated-story"' in story.text
    assert "<h1>وصلت سفينة القمح" in story.text


def test_cli_stories_undated_and_dated(db):
    runner = CliRunner()
    res = runner.invoke(cli, ["stories", "--db", str(db), "--undated"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert [(r["size"], r["first_published"]) for r in rows] == [(2, None)]
    res = runner.invoke(cli, ["stories", "--db", str(db), "--dated"])
    assert [r["first_published"] for r in json.loads(res.stdout)] == ["2024-09-01"]


def test_in_a_browser_the_undated_stories_are_reached_from_the_stories_page(db):
    pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip(f"no chromium at {CHROMIUM}")
    with served_page(create_app(db)) as (base, page):
        page.goto(f"{base}/stories")
        page.click("#undated-articles a[href='/stories?undated=1']")
        page.wait_for_url("**/stories?undated=1")
        page.click("ul.results h3 a")
        assert page.locator("#undated-story").count() == 1
        assert page.locator("ul.results li, .results li").count() >= 2  # its two reports


def test_cli_events_says_when_the_limit_cut_the_file(tmp_path):
    """`khabar events -f geojson > events.geojson` (the README's line) wrote the first 1,000
    of a walk store's 3,932 events and said «1000 events»: a cut file now says so."""
    path = tmp_path / "ev.db"
    with Store(path) as s:
        for i, who in enumerate(("محمد السوداني", "فؤاد حسين", "هوشيار زيباري")):
            s.put(claim_document(doc_id=f"c{i}", url=f"http://example.org/c{i}", speaker=who,
                                 published=f"2024-09-0{i + 1}"))
    runner = CliRunner()
    res = runner.invoke(cli, ["events", "--db", str(path), "-f", "geojson", "--limit", "2"])
    assert res.exit_code == 0, res.output
    assert len(json.loads(res.stdout)["features"]) == 2
    assert "note: 2 of the 3 events these filters select (from 1); --limit 3" in res.stderr
    res = runner.invoke(cli, ["events", "--db", str(path), "-f", "csv", "--offset", "2"])
    assert "note:" not in res.stderr  # the last page: nothing left out
    res = runner.invoke(cli, ["events", "--db", str(path), "-f", "jsonl"])
    assert len(res.stdout.splitlines()) == 3 and "note:" not in res.stderr
