"""The participants export table (session 17, ux17): one row per actor, recipient and
location mention of an event, with its offsets and document entity id.

The events row joins its participants' texts with «; » and keeps neither their offsets nor
their entity ids, so an exported event could not be tied to the mention in the text nor to
the entities table (to follow an actor across outlets in the exports). News day: 3,080 rows
(1,027 actors, 816 recipients, 1,237 locations), every offset pointing at its text, the 1,760
with an entity id all joining the entities table.
"""

from __future__ import annotations

import msgspec
import pytest
from test_store_support import claim_document, exported_rows
from typer.testing import CliRunner

from khabar.cli import app
from khabar.document import Location
from khabar.export.tables import SCHEMAS, rows
from khabar.store import Store


def _doc():
    doc = claim_document(published="2015-08-10")
    ev = doc.events[0]
    at = doc.text.index("العراق")
    place = Location(start=at, end=at + len("العراق"), text="العراق", name="العراق",
                     country="IRQ", lat=33.0, lon=44.0, entity="E2")
    doc.events = [msgspec.structs.replace(ev, location=place),
                  msgspec.structs.replace(ev, id="V2", actor=[], recipient=[], location=None)]
    return doc


def test_one_row_per_mention_with_offsets_and_entity():
    doc = _doc()
    got = rows("participants", doc)
    assert [(r["event_id"], r["role"], r["n"]) for r in got] == [
        ("claim1:V1", "actor", 0), ("claim1:V1", "recipient", 0), ("claim1:V1", "location", 0)]
    for r in got:
        assert doc.text[r["start"]:r["end"]] == r["text"]
        assert list(r) == SCHEMAS["participants"].names
    actor, recipient, place = got
    assert (actor["text"], actor["country"], actor["sector"], actor["entity"]) == (
        "القوات الأمريكية", "USA", "MIL", None)
    assert recipient["entity"] == "E2" and recipient["name"] is None
    assert (place["name"], place["lat"], place["sector"]) == ("العراق", 33.0, None)
    # joins: the event's row and the entities table
    assert {r["event_id"] for r in rows("events", doc)} >= {r["event_id"] for r in got}
    assert ("E2" in {e["entity"] for e in rows("entities", doc)})


def test_an_event_without_participants_has_no_rows():
    doc = _doc()
    assert not [r for r in rows("participants", doc) if r["event_id"].endswith(":V2")]
    doc.events = []
    assert rows("participants", doc) == []


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_khabar_export_writes_and_reads_back_the_table(tmp_path, fmt):
    got = exported_rows(tmp_path, _doc(), "participants", fmt)
    assert [r["role"] for r in got] == ["actor", "recipient", "location"]
    assert str(got[2]["lat"]) in ("33.0", "33")


def test_an_unknown_table_names_the_participants_table(tmp_path):
    db = tmp_path / "s.db"
    Store(db).close()
    res = CliRunner().invoke(app, ["export", "--db", str(db), "-t", "actors"])
    assert res.exit_code == 2
    assert "participants" in res.output
