"""Event date filters select events by the days their date covers (store, API, timeline)."""

from __future__ import annotations

import msgspec
import pytest
from test_store_support import claim_document

from khabar.document import EventDate
from khabar.store import Store
from khabar.store.dates import span

# one article, five events dated by the text (and one by the dateline 2015-08-10)
DATES = {"V1": "2015-08-10", "V2": "2015-W32", "V3": "2015", "V4": "2016-Q1", "V5": "PAST_REF",
         "V6": "2015-08-07TEV", "V7": "2015-06-18/2015-07-16"}


@pytest.fixture
def store(tmp_path):
    doc = claim_document(published="2015-08-10")
    base = doc.events[0]
    doc.events = [msgspec.structs.replace(base, id=i, date=EventDate(value=v, source="text"))
                  for i, v in DATES.items()]
    with Store(tmp_path / "d.db") as s:
        s.put(doc)
        yield s


def _ids(rows: list[dict]) -> set[str]:
    return {r["id"] for r in rows}


def test_span_of_timex_values():
    assert span("2015-08-10") == ("2015-08-10", "2015-08-11")
    assert span("2015-08-10T13:00") == ("2015-08-10", "2015-08-11")
    assert span("2015-08-07TEV") == ("2015-08-07", "2015-08-08")
    assert span("2015-08") == ("2015-08-01", "2015-09-01")
    assert span("2015-12") == ("2015-12-01", "2016-01-01")
    assert span("2015") == ("2015-01-01", "2016-01-01")
    assert span("2015-W32") == ("2015-08-03", "2015-08-10")
    assert span("2015-W33-WE") == ("2015-08-15", "2015-08-17")
    assert span("2016-Q1") == ("2016-01-01", "2016-04-01")
    assert span("2015-H2") == ("2015-07-01", "2016-01-01")
    assert span("2015/2016") == ("2015-01-01", "2017-01-01")
    assert span("196X") == ("1960-01-01", "1970-01-01")  # a decade sorted last as undated
    assert span("19XX") == ("1900-01-01", "2000-01-01")
    assert span("2015-06-18/2015-07-16") == ("2015-06-18", "2015-07-17")
    for vague in ("PAST_REF", "P3D", "XXXX-08-10", "2015-02-30", "2015-13", "", None):
        assert span(vague) is None, vague


def test_events_since_selects_events_not_articles(store):
    # before: every event of an article that has one event after the date (all seven)
    assert _ids(store.events(event_from="2015-08-11")) == {"V4"}
    assert _ids(store.events(event_from="2015-08-01", event_to="2015-08-31")) == {
        "V1", "V2", "V6"}
    # a week is inside its days; the month bound runs to its last day
    assert _ids(store.events(event_to="2015-08-09")) == {"V2", "V6", "V7"}
    assert _ids(store.events(event_from="2015-08", event_to="2015-08")) == {"V1", "V2", "V6"}
    assert _ids(store.events(event_from="2015-01-01", event_to="2015-12-31")) == {
        "V1", "V2", "V3", "V6", "V7"}
    assert len(store.events()) == len(DATES)


def test_articles_and_timeline_use_the_same_days(store):
    assert store.count(event_from="2016-01-01", event_to="2016-03-31") == 1
    assert store.count(event_from="2016-04-01") == 0
    # 2015-W32 (3-9 August) was compared as text: after 2015-08-31, so "since September"
    assert store.count(event_from="2016-04-01", event_to="2016-12-31") == 0
    actor = store.entity("العراق")
    items = store.timeline(actor=actor["id"], date_from="2015-08-01", date_to="2015-08-31")
    assert {i["id"] for i in items if i["kind"] == "event"} == {"V1", "V2", "V6"}


def test_api_events_since_until(store, tmp_path):
    from fastapi.testclient import TestClient

    from khabar.api import create_app

    path = store.path
    store.close()
    with TestClient(create_app(path)) as client:
        got = client.get("/api/events", params={"since": "2015-08-11"}).json()
        assert {r["event_id"].split(":")[1] for r in got["items"]} == {"V4"}
        got = client.get("/api/events", params={"since": "2015-08-01", "until": "2015-08-09"})
        assert {r["event_id"].split(":")[1] for r in got.json()["items"]} == {"V2", "V6"}
        page = client.get("/events", params={"since": "2015-08-11"}, headers={"accept": "text/html"})
        assert page.status_code == 200 and page.text.count("<tr") == 2  # header + V4


def test_events_sort_by_the_first_day_of_their_date(store):
    # newest first by the days the date covers; as text 2015-W32 sorted above 2015-08-10
    # (order="event": the date as it stands; session 13's default puts the future-dated
    # V4, 2016-Q1 in an article of 2015-08-10, at its dateline, after V1)
    assert [r["id"] for r in store.events(order="event")] == [
        "V4", "V1", "V6", "V2", "V7", "V3", "V5"]
    assert [r["id"] for r in store.events(limit=2, offset=2, order="event")] == ["V6", "V2"]
    assert [r["id"] for r in store.events()] == ["V1", "V4", "V6", "V2", "V7", "V3", "V5"]
    actor = store.entity("العراق")
    items = [i["id"] for i in store.timeline(actor=actor["id"]) if i["kind"] == "event"]
    assert items == ["V3", "V7", "V2", "V6", "V1", "V4", "V5"]  # oldest first, undated last


def test_migration_7_fills_event_days_and_old_read_only_stores_sort_too(store, tmp_path):
    from khabar.store.migrations import SCHEMA_VERSION

    path = store.path
    store.conn.execute("DROP INDEX events_date_begin")
    store.conn.execute("ALTER TABLE events DROP COLUMN date_begin")
    store.conn.execute("ALTER TABLE events DROP COLUMN date_end")
    store.conn.execute("PRAGMA user_version = 6")
    store.close()
    order = ["V4", "V1", "V6", "V2", "V7", "V3", "V5"]  # order="event"
    with Store(path, readonly=True) as s:
        assert [r["id"] for r in s.events(order="event")] == order
        assert [r["id"] for r in s.events()] == ["V1", "V4", "V6", "V2", "V7", "V3", "V5"]
        assert _ids(s.events(event_from="2015-08-11")) == {"V4"}
    with Store(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        days = s.conn.execute("SELECT date_begin, date_end FROM events WHERE id = 'V2'").fetchone()
        assert tuple(days) == ("2015-08-03", "2015-08-10")
        assert [r["id"] for r in s.events(order="event")] == order
