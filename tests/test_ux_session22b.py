"""``report_day`` in the tables, and date ranges that ask when events happened (session 22, ux22b).

evl22 flags an event date that is only the dateline given to a plan, a hypothesis, a negated act
or a retold past (``EventDate.report_day``): the day it was REPORTED, not the day it happened. The
document JSON had it; the store, the flat events export (every writer and Spark: one schema) and
the API's event rows did not, and a date range («what happened in August 2024») listed such a plan
under its report's day. An event whose own date is in the text («بحلول سبتمبر 2025») is dated by
it and never by its report.
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document, exported_rows
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.document import EventDate
from khabar.export.tables import SCHEMAS, rows
from khabar.store import Store


def _report_day_doc(doc_id: str = "rd", url: str = "http://x/rd"):
    """The claim document with its plan dated by the dateline only (no date in the sentence)."""
    doc = claim_document(doc_id=doc_id, url=url, published="2024-08-20")
    doc.events[0].date = EventDate(value="2024-08-20", source="dateline", report_day=True)
    return doc


def _store(path):
    """Three articles of August 2024: the plan dated by its report (report_day), the same plan
    dated in the text (September 2025), and an event that happened on its dateline."""
    # three speakers: three texts (the store drops a copy of a stored text)
    happened = claim_document(doc_id="ok", url="http://x/ok", published="2024-08-21",
                              speaker="فؤاد حسين")
    happened.events[0].modality = "asserted"
    happened.events[0].date = EventDate(value="2024-08-21", source="dateline")
    with Store(path) as s:
        s.put(_report_day_doc())
        s.put(claim_document(doc_id="own", url="http://x/own", published="2024-08-22",
                             speaker="فرهاد علاء الدين"))
        s.put(happened)
    return path


def _by_url(rows_):
    return {r.get("source_url") or r.get("url"): r for r in rows_}


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_every_format_carries_report_day(tmp_path, fmt):
    (row,) = exported_rows(tmp_path, _report_day_doc(), "events", fmt)
    assert row["report_day"] in (True, "true", "True")
    names = SCHEMAS["events"].names
    assert names.index("report_day") == names.index("date_end") + 1
    assert str(SCHEMAS["events"].field("report_day").type) == "bool"


def test_false_for_a_date_of_the_text_null_without_a_date():
    doc = claim_document()
    (row,) = rows("events", doc)
    assert row["report_day"] is False and row["date"] == "2025-09"
    doc.events[0].date = None
    doc.published = None
    (row,) = rows("events", doc)
    assert row["report_day"] is None


def test_a_date_range_leaves_out_report_days_but_not_dates_of_the_text(tmp_path):
    path = _store(tmp_path / "s.db")
    with Store(path) as s:
        every = _by_url(s.events())
        assert {u: r["report_day"] for u, r in every.items()} == {
            "http://x/rd": True, "http://x/own": False, "http://x/ok": False}
        august = _by_url(s.events(event_from="2024-08", event_to="2024-08"))
        assert set(august) == {"http://x/ok"}  # not the plan dated by its report
        assert set(_by_url(s.events(event_from="2025"))) == {"http://x/own"}  # its own date
        assert s.event_count(event_from="2024-08", event_to="2024-08") == 1
        # the article filter «reports an event dated …» reads the same rule
        assert {a["url"] for a in s.list_articles(event_from="2024-08-20", event_to="2024-08-20")} == set()
        assert {a["url"] for a in s.list_articles(event_from="2024-08-21")} == {"http://x/ok", "http://x/own"}


def test_the_api_and_khabar_events_carry_it_and_filter_alike(tmp_path):
    path = _store(tmp_path / "s.db")
    client = TestClient(create_app(path))
    items = client.get("/api/events").json()["items"]
    assert {r["url"]: r["report_day"] for r in items}["http://x/rd"] is True
    aug = client.get("/api/events", params={"since": "2024-08", "until": "2024-08"}).json()
    assert [r["url"] for r in aug["items"]] == ["http://x/ok"] and aug["total"] == 1
    run = CliRunner().invoke(cli, ["events", "--db", str(path), "-f", "csv"])
    header = run.stdout.splitlines()[0].split(",")
    assert header.index("report_day") == header.index("date_end") + 1
    run = CliRunner().invoke(cli, ["events", "--db", str(path), "-f", "jsonl",
                                   "--from", "2024-08", "--to", "2024-08"])
    got = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    assert [r["url"] for r in got] == ["http://x/ok"] and got[0]["report_day"] is False


def test_a_store_from_before_schema_14_is_migrated_or_read_as_unknown(tmp_path):
    from khabar.store.migrations import SCHEMA_VERSION

    path = _store(tmp_path / "s.db")
    with Store(path) as s:
        s.conn.execute("ALTER TABLE events DROP COLUMN report_day")
        s.conn.execute("PRAGMA user_version = 13")
    with Store(path, readonly=True) as s:  # read as it is: the flag unknown, nothing left out
        assert {r["report_day"] for r in s.events()} == {None}
        assert len(s.events(event_from="2024-08", event_to="2024-08")) == 2
    with Store(path) as s:  # opened for writing: filled from the stored documents
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {r["source_url"]: r["report_day"] for r in s.events()}["http://x/rd"] is True
        assert set(_by_url(s.events(event_from="2024-08", event_to="2024-08"))) == {"http://x/ok"}


def test_the_events_page_says_the_date_is_the_reports(tmp_path):
    path = _store(tmp_path / "s.db")
    html = TestClient(create_app(path)).get("/events").text
    assert html.count("تاريخ النشر لا تاريخ الحدث") == 1
    aug = TestClient(create_app(path)).get("/events", params={"since": "2024-08", "until": "2024-08"})
    assert aug.status_code == 200 and "تاريخ النشر لا تاريخ الحدث" not in aug.text
