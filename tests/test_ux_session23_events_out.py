"""A chosen set of events as Parquet, and the evidence on the events page (session 23, ux23).

ux23's walk asked for every event with a Saudi actor, by type, with its evidence sentence,
date and place, exported to CSV and Parquet. `khabar events --country SAU --role actor`
wrote CSV, JSONL, JSON or GeoJSON to standard output only; Parquet came only from `khabar
export -t events`, which selects articles, not events (no country, role, type or place):
the analyst exported the whole events table and filtered it again. Now `khabar events -f
parquet -o FILE` (and `-o` for every format), `/api/events?format=parquet` and a «Parquet»
link on /events write exactly the rows the filters select, with the exported events
table's schema. The /events page showed the trigger word alone («التعاون»); each row now
shows its evidence sentence around the marked trigger.
"""

from __future__ import annotations

import csv
import io
import json
from html import unescape

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from server_helpers import CHROMIUM, served_page
from test_store_support import claims_and_texts
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.export.tables import SCHEMAS
from khabar.web.render import EVIDENCE_CHARS, evidence


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Two claim documents, each with one future RETREAT event: actor «القوات الأمريكية»
    (USA, MIL), recipient «العراق» (IRQ); the trigger «ستنسحب» in the evidence sentence."""
    path = tmp_path_factory.mktemp("ux23events") / "q.db"
    return path, claims_and_texts(path, {})


def _run(path, *args: str, code: int = 0):
    r = CliRunner().invoke(cli, ["events", "--db", str(path), *args])
    assert r.exit_code == code, r.output
    return r


def test_cli_parquet_holds_exactly_the_selected_rows_with_the_table_schema(db, tmp_path):
    path, ids = db
    out = tmp_path / "usa.parquet"
    r = _run(path, "--country", "USA", "--role", "actor", "-q", "السوداني", "-f", "parquet",
             "-o", str(out))
    assert "1 events → " in r.stderr
    table = pq.read_table(out)
    assert table.schema.equals(SCHEMAS["events"])
    rows = table.to_pylist()
    jsonl = [json.loads(x) for x in _run(path, "--country", "USA", "--role", "actor", "-q",
                                         "السوداني").stdout.splitlines()]
    assert [r["event_id"] for r in rows] == [r["event_id"] for r in jsonl] and len(rows) == 1
    assert {k: v for k, v in jsonl[0].items() if k != "article_id"} == rows[0]
    assert rows[0]["type"] == "RETREAT" and rows[0]["actor_country"] == "USA"
    assert "ستنسحب" in rows[0]["sentence"] and rows[0]["date_begin"] == "2025-09-01"
    # no event selected: a file with the schema and no row
    _run(path, "--country", "SAU", "-f", "parquet", "-o", str(out))
    assert pq.read_table(out).num_rows == 0 and pq.read_table(out).schema.equals(SCHEMAS["events"])


def test_cli_output_file_equals_standard_output_in_every_format(db, tmp_path):
    path, _ = db
    for fmt in ("csv", "jsonl", "json", "geojson"):
        out = tmp_path / f"e.{fmt}"
        _run(path, "-f", fmt, "-o", str(out))
        assert out.read_bytes() == _run(path, "-f", fmt).stdout_bytes, fmt
    rows = list(csv.DictReader(io.StringIO((tmp_path / "e.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 2 and all(r["sentence"] for r in rows)


def test_cli_parquet_needs_a_file_and_a_directory_that_exists(db, tmp_path):
    path, _ = db
    assert "parquet needs --output" in _run(path, "-f", "parquet", code=2).output
    r = _run(path, "-f", "csv", "-o", str(tmp_path / "nodir" / "e.csv"), code=2)
    assert "no directory" in r.stderr


def test_api_parquet_download_takes_the_filters(db):
    path, _ = db
    c = TestClient(create_app(path))
    r = c.get("/api/events", params={"format": "parquet", "country": "irq", "role": "recipient"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/vnd.apache.parquet"
    assert 'filename="events.parquet"' in r.headers["content-disposition"]
    table = pq.read_table(io.BytesIO(r.content))
    assert table.schema.equals(SCHEMAS["events"]) and table.num_rows == 2
    as_json = c.get("/api/events", params={"country": "irq", "role": "recipient"}).json()
    assert sorted(table.column("event_id").to_pylist()) == sorted(
        e["event_id"] for e in as_json["items"])
    none = c.get("/api/events", params={"format": "parquet", "country": "irq", "role": "actor"})
    assert pq.read_table(io.BytesIO(none.content)).num_rows == 0
    assert c.get("/api/events", params={"format": "xlsx"}).status_code == 422


def test_evidence_marks_the_trigger_inside_its_sentence():
    sentence = "قال رئيس الوزراء إن القوات الأمريكية ستنسحب من العراق بحلول سبتمبر 2025."
    assert str(evidence(sentence, "ستنسحب")) == (
        "قال رئيس الوزراء إن القوات الأمريكية <mark>ستنسحب</mark> من العراق بحلول سبتمبر 2025.")
    long = " ".join(["كلمة"] * 60) + " انفجار " + " ".join(["أخرى"] * 60)
    shown = str(evidence(long, "انفجار"))
    assert shown.startswith("…كلمة") and shown.endswith("أخرى…") and "<mark>انفجار</mark>" in shown
    before, after = shown.split("<mark>")
    assert len(before) <= EVIDENCE_CHARS + 1 and len(after.split("</mark>")[1]) <= EVIDENCE_CHARS + 1
    # markup in the text is text; a sentence without its trigger is shown from its start
    assert str(evidence("<b>هجوم</b> على القرية", "هجوم")) == (
        "&lt;b&gt;<mark>هجوم</mark>&lt;/b&gt; على القرية")
    assert str(evidence("وقع هجوم على القرية", "ضربات")) == "وقع هجوم على القرية"
    assert str(evidence(None, "x")) == ""


def test_events_page_shows_the_evidence_and_links_the_parquet_download(db):
    path, _ = db
    html = TestClient(create_app(path)).get("/events", params={"country": "USA"}).text
    assert html.count('<small class="evsent">') == 2
    assert "الأمريكية <mark>ستنسحب</mark> من العراق" in unescape(html)
    assert 'href="/api/events?format=parquet&amp;limit=100000&amp;country=USA"' in html


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_chromium_events_rows_show_the_marked_trigger_and_download_parquet(db, tmp_path):
    path, _ = db
    with served_page(create_app(path)) as (base, page):
        page.goto(f"{base}/events?country=USA&role=actor")
        marks = page.locator("td .evsent mark")
        assert marks.count() == 2 and marks.first.inner_text() == "ستنسحب"
        with page.expect_download() as info:
            page.click("a:text-is('Parquet')")
        saved = tmp_path / "dl.parquet"
        info.value.save_as(saved)
        table = pq.read_table(saved)
        assert table.num_rows == 2 and set(table.column("actor_country").to_pylist()) == {"USA"}


# -- by type (session 23): what a party did, counted by type for the filters given ---------

@pytest.fixture(scope="module")
def typed(tmp_path_factory):
    """The two claim documents (RETREAT, actor USA, recipient IRQ) and a third whose event
    is a CONSULT of the same parties."""
    from test_store_support import claim_document

    from khabar.store import Store

    path = tmp_path_factory.mktemp("ux23types") / "t.db"
    ids = claims_and_texts(path, {})
    doc = claim_document(doc_id="c", url="http://x/c", speaker="علي الأديب")
    doc.events[0].type, doc.events[0].modality = "CONSULT", "asserted"
    with Store(path) as s:
        ids["consult"] = s.put(doc).id
    return path, ids


@pytest.mark.parametrize("kw", [{}, {"country": "USA"}, {"country": "IRQ", "role": "recipient"},
                                {"country": "IRQ", "role": "actor"}, {"query": "الأديب"},
                                {"event_from": "2025-09", "event_to": "2025-09"},
                                {"place": "IRQ"}])
def test_store_type_counts_are_the_listed_events_by_type(typed, kw):
    from collections import Counter

    from khabar.store import Store

    path, _ = typed
    with Store(path, readonly=True) as s:
        listed = Counter(e["type"] for e in s.events(limit=1000, **kw))
        counts = s.event_type_counts(**kw)
        assert {r["type"]: r["n"] for r in counts} == dict(listed)
        assert [r["n"] for r in counts] == sorted((r["n"] for r in counts), reverse=True)
        # a type filter is left out: the counts of each choice
        assert s.event_type_counts(type="CONSULT", **kw) == counts


def test_cli_and_page_say_the_events_by_type(typed):
    path, _ = typed
    r = _run(path, "--country", "USA", "--role", "actor", "--limit", "1")
    assert "by type (of all 3): RETREAT 2, CONSULT 1" in r.stderr  # every selected event
    assert "by type: RETREAT 2, CONSULT 1" in _run(path, "--country", "USA").stderr
    assert "by type" not in _run(path, "--type", "RETREAT").stderr
    assert "by type" not in _run(path, "-q", "الأديب").stderr  # one type: nothing to split
    c = TestClient(create_app(path))
    html = unescape(c.get("/events", params={"country": "USA", "role": "actor"}).text)
    line = html.split('id="by-type">')[1].split("</p>")[0]
    assert "RETREAT</a>\xa0(2)" in line and "CONSULT</a>\xa0(1)" in line
    assert "type=CONSULT" in line and "country=USA" in line and "role=actor" in line
    assert '>CONSULT (1)</option>' in html and '>RETREAT (2)</option>' in html
    one = unescape(c.get("/events", params={"type": "CONSULT"}).text)
    assert 'id="by-type"' not in one and '>RETREAT (2)</option>' in one  # each choice's count
