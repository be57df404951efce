"""`khabar export` selects events by type, participant country / sector / role and place
(session 24, ux24).

Session 23's walk (ux23) left it: `khabar export` selected articles only (dates, outlet, story,
actor, speaker, query), so an analyst who wanted the table of Saudi actors' events, or the
participants of the assaults, exported every event and filtered again — or went through
`khabar events`, which has these filters but not the participants or other tables. Now
`--type`, `--country`, `--sector`, `--role` and `--place` select events by the rule `khabar
events` and /api/events use (`Store.event_keys` reads `Store._event_where`): the events and
participants tables keep the rows of those events, every other table the rows of the
articles that hold one.
"""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
from test_store_support import claim_document, light_pipeline, span
from typer.testing import CliRunner

from khabar.cli import app as cli
from khabar.document import Actor, Event, EventDate, Location, Span
from khabar.export.tables import SCHEMAS
from khabar.store import Store

ATTACK = " وفي اليوم نفسه هاجمت فصائل عراقية القوات الأمريكية في بغداد."


def _with_attack(doc):
    """The claim document (a future RETREAT: USA MIL actor, IRQ recipient) with a second
    sentence and a second event: an ASSAULT by an Iraqi group (IRQ REB) on US forces
    (USA MIL), placed in Baghdad (IRQ)."""
    doc.text += ATTACK
    doc.sentences = light_pipeline().stages[0](doc)
    start = doc.text.index(ATTACK) + 1
    sentence = Span(start=start, end=len(doc.text), text=doc.text[start:])
    who, whom = span(doc.text, "فصائل عراقية"), span(doc.text, "القوات الأمريكية", 1)
    where = span(doc.text, "بغداد")
    doc.events.append(Event(
        id="V2", type="ASSAULT", trigger=span(doc.text, "هاجمت"), sentence=sentence,
        actor=[Actor(start=who.start, end=who.end, text=who.text, country="IRQ", sector="REB")],
        recipient=[Actor(start=whom.start, end=whom.end, text=whom.text, country="USA",
                         sector="MIL")],
        location=Location(start=where.start, end=where.end, text=where.text, name="بغداد",
                          country="IRQ", lat=33.34, lon=44.4),
        date=EventDate(value=doc.published, source="dateline")))
    return doc


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Article «a»: RETREAT + ASSAULT; article «b»: RETREAT only; article «c»: no event."""
    path = tmp_path_factory.mktemp("ux24export") / "e.db"
    with Store(path) as s:
        s.put(_with_attack(claim_document(doc_id="a", url="http://x/a")))
        s.put(claim_document(doc_id="b", url="http://x/b", speaker="فرهاد علاء الدين"))
        s.put(light_pipeline().analyze("لا حدث في هذا الخبر عن الطقس.", url="http://x/c",
                                       published="2024-09-06"))
    return path


def _export(db, *args: str, code: int = 0):
    r = CliRunner().invoke(cli, ["export", "--db", str(db), *args])
    assert r.exit_code == code, r.output
    return r


def _rows(db, *args: str) -> list[dict]:
    return [json.loads(x) for x in _export(db, *args).stdout.splitlines()]


def test_events_table_keeps_the_selected_events_only(db):
    assert sorted(r["event_id"] for r in _rows(db)) == ["a:V1", "a:V2", "b:V1"]
    assert [r["event_id"] for r in _rows(db, "--type", "assault")] == ["a:V2"]  # any case
    assert sorted(r["event_id"] for r in _rows(db, "--type", "RETREAT")) == ["a:V1", "b:V1"]
    # a participant of the country, in the role asked: what US forces did vs what was done to them
    assert sorted(r["event_id"] for r in _rows(db, "--country", "USA", "--role", "actor")) \
        == ["a:V1", "b:V1"]
    assert [r["event_id"] for r in _rows(db, "--country", "USA", "--role", "recipient")] \
        == ["a:V2"]
    assert sorted(r["event_id"] for r in _rows(db, "--country", "USA")) \
        == ["a:V1", "a:V2", "b:V1"]
    # country and sector of ONE participant: no Iraqi military participant anywhere
    assert [r["event_id"] for r in _rows(db, "--country", "IRQ", "--sector", "REB")] == ["a:V2"]
    assert _rows(db, "--country", "IRQ", "--sector", "MIL") == []
    # where it happened is --place, not --country
    assert [r["event_id"] for r in _rows(db, "--place", "IRQ")] == ["a:V2"]
    # with an article filter: both hold
    assert [r["event_id"] for r in _rows(db, "--type", "RETREAT", "--speaker",
                                         "فرهاد علاء الدين")] == ["b:V1"]


def test_the_same_events_as_khabar_events(db):
    for args in (["--type", "ASSAULT"], ["--country", "USA", "--role", "actor"],
                 ["--sector", "MIL"], ["--role", "recipient"], ["--place", "IRQ"]):
        r = CliRunner().invoke(cli, ["events", "--db", str(db), *args])
        listed = sorted(json.loads(x)["event_id"] for x in r.stdout.splitlines())
        assert sorted(x["event_id"] for x in _rows(db, *args)) == listed and listed, args


def test_participants_of_the_selected_events_and_other_tables_by_article(db):
    parts = _rows(db, "-t", "participants", "--type", "ASSAULT")
    assert {(p["event_id"], p["role"], p["country"]) for p in parts} == {
        ("a:V2", "actor", "IRQ"), ("a:V2", "recipient", "USA"), ("a:V2", "location", "IRQ")}
    assert len(_rows(db, "-t", "participants")) == 7  # actor + recipient of 3 events, 1 place
    # another table: the rows of the articles holding such an event
    assert [r["doc_id"] for r in _rows(db, "-t", "articles", "--type", "ASSAULT")] == ["a"]
    assert [r["doc_id"] for r in _rows(db, "-t", "quotes", "--type", "ASSAULT")] == ["a"]
    assert sorted(r["doc_id"] for r in _rows(db, "-t", "articles", "--type", "RETREAT")) \
        == ["a", "b"]
    assert len(_rows(db, "-t", "articles")) == 3


def test_parquet_and_csv_hold_the_same_selection(db, tmp_path):
    out = tmp_path / "usa.parquet"
    r = _export(db, "-f", "parquet", "-o", str(out), "--country", "USA", "--role", "actor")
    assert "exported 2 events rows" in r.stderr
    table = pq.read_table(out)
    assert table.schema.equals(SCHEMAS["events"])
    assert sorted(table.column("event_id").to_pylist()) == ["a:V1", "b:V1"]
    csv_lines = _export(db, "-f", "csv", "--type", "ASSAULT").stdout.splitlines()
    assert len(csv_lines) == 2 and "a:V2" in csv_lines[1]


def test_nothing_selected_says_so_and_unknown_codes_are_refused(db):
    r = _export(db, "--type", "PROTEST")
    assert r.stdout == "" and "exported 0 events rows" in r.stderr
    assert "note: no stored event matches --type PROTEST" in r.stderr
    # articles selected, none holding a row of the table
    r = _export(db, "-t", "relays", "--type", "ASSAULT")
    assert "--type ASSAULT selects 1 stored article(s); none holds a relays row" in r.stderr
    for opt, value in (("--type", "BOMBING"), ("--country", "XXX"), ("--sector", "ZZZ"),
                       ("--role", "victim"), ("--place", "QQQ")):
        r = _export(db, opt, value, code=2)
        assert value in r.output, opt
