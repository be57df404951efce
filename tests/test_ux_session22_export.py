"""The events table's days (session 22, ux22): `date_begin` / `date_end`.

POLECAT's Event Date is a day; khabar's `date` is a TIMEX3 value — `2025-09`, `2015-W32`,
`2015-08-08TEV`, `PAST_REF` — which a spreadsheet or a dataframe of days cannot load, filter or
sort (as strings `2015-W32` sorts after `2015-08-31`). The store already reads every event date
as the days it covers (`khabar.store.dates.span`) for its filters and order; the export gives
those days too, in every format, from the store, the API and Spark alike (one schema).
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document, claims_and_texts, exported_rows
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.document import EventDate
from khabar.export.tables import SCHEMAS, rows


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_every_format_gives_the_days_of_the_event_date(tmp_path, fmt):
    (row,) = exported_rows(tmp_path, claim_document(), "events", fmt)
    assert row["date"] == "2025-09"
    assert (row["date_begin"], row["date_end"]) == ("2025-09-01", "2025-10-01")
    names = SCHEMAS["events"].names
    assert names.index("date_begin") == names.index("date_source") + 1


@pytest.mark.parametrize("value, days", [
    ("2015-W32", ("2015-08-03", "2015-08-10")),
    ("2015", ("2015-01-01", "2016-01-01")),
    ("2015-08-08TEV", ("2015-08-08", "2015-08-09")),
    ("PAST_REF", (None, None)),
])
def test_week_year_part_of_day_and_no_day(value, days):
    doc = claim_document()
    doc.events[0].date = EventDate(value=value, source="text")
    (row,) = rows("events", doc)
    assert row["date"] == value and (row["date_begin"], row["date_end"]) == days


def test_the_api_and_khabar_events_carry_them(tmp_path):
    path = tmp_path / "q.db"
    claims_and_texts(path, {})
    api = TestClient(create_app(path)).get("/api/events").json()["items"]
    assert {(r["date_begin"], r["date_end"]) for r in api} == {("2025-09-01", "2025-10-01")}
    run = CliRunner().invoke(cli, ["events", "--db", str(path), "-f", "csv"])
    header = run.stdout.splitlines()[0].split(",")
    assert "date_begin" in header and "date_end" in header
    run = CliRunner().invoke(cli, ["events", "--db", str(path), "-f", "geojson"])
    props = json.loads(run.stdout)["features"][0]["properties"]
    assert props["date_begin"] == "2025-09-01"
