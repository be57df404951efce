"""An actor's events include those where it is named inside a participant (session 24, ux24).

The store links an event participant to a cross-document actor through the participant's
`entity`, which the participant rules set where they matched a country or a titled person:
560 of the news day's 2,084 participants. Following the Houthis, an analyst read «1 event» on
their page, in `khabar entity` and with `--actor`, while 47 events have a Houthi participant
(«مواقع الحوثيين», «المسلحين الحوثيين», «مسلحون تابعون لجماعة الحوثي»): the actor dictionary
matched the group, and the entity the NER had found inside the span was not linked. The events
stage now gives such a participant the entity of the first group or person mention inside its
span, or of a mention that is the whole span (`khabar.extract.events.named`); a place inside a
participant is where it is, not who. The document JSON and the store hold the same link. News
day: 560 → 720 linked participants, the Houthis 1 → 35 events; a seeded reading of 40 new links
found 40 right (news day) and 39 (ANERcorp: the NER span «تحرير» of «حركة تحرير السودان»).
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from test_store_support import entity, light_pipeline, span
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.document import Actor, Event, Span
from khabar.extract.events import EventStage
from khabar.extract.events.named import link_named, named_entity
from khabar.store import Store

RAID = "قصفت طائرات التحالف العربي مواقع الحوثيين في محافظة إب أمس."


def _part(text: str, needle: str, entity_id: str | None = None) -> Actor:
    s = span(text, needle)
    return Actor(start=s.start, end=s.end, text=s.text, entity=entity_id)


def test_which_mention_a_participant_stands_for():
    text = "وهاجمت المقاومة في مديرية الحزم مسلحين. وقال الرئيس هادي إن المملكة تدعم حكومة اليمن."
    ents = [entity(text, "الحزم", "T1", "E1", "LOC", "الحزم", "YEM"),
            entity(text, "هادي", "T2", "E2", "PERS", "عبد ربه منصور هادي", "YEM"),
            entity(text, "المملكة", "T3", "E3", "LOC", "السعودية", "SAU"),
            entity(text, "اليمن", "T4", "E4", "LOC", "اليمن", "YEM")]
    sentence = Span(start=0, end=len(text), text=text)
    parts = [_part(text, "المقاومة في مديرية الحزم"), _part(text, "مسلحين"),
             _part(text, "الرئيس هادي"), _part(text, "المملكة"), _part(text, "حكومة اليمن"),
             _part(text, "الرئيس هادي", "E9")]
    ev = Event(id="ev1", type="ASSAULT", trigger=span(text, "وهاجمت"), sentence=sentence,
               actor=parts[:3], recipient=parts[3:])
    link_named([ev], list(reversed(ents)))  # any order of the entities
    # a place inside is where, not who; no mention: nothing invented; a person inside; a
    # place that is the whole span; a place inside a body is not linked either; a link the
    # rules made is kept
    assert [p.entity for p in parts] == [None, None, "E2", "E3", None, "E9"]
    # a mention without a document entity id links nothing
    ents[1].entity = None
    assert named_entity(_part(text, "الرئيس هادي"), ents) is None


def _raid_document(doc_id: str, url: str):
    """The raid sentence through the text stage, its entities by hand, then the events stage."""
    doc = light_pipeline().analyze(RAID, url=url, published="2015-08-10", outlet="was")
    doc.id = doc_id
    doc.entities = [entity(RAID, "التحالف العربي", "T1", "E1", "ORG", "التحالف العربي"),
                    entity(RAID, "الحوثيين", "T2", "E2", "ORG", "الحوثيين", "YEM"),
                    entity(RAID, "إب", "T3", "E3", "LOC", "إب", "YEM")]
    doc.events = EventStage()(doc)
    return doc


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ux24links") / "h.db"
    with Store(path) as s:
        s.put(_raid_document("r1", "http://x/r1"))
    return path


def test_the_stage_links_the_group_inside_a_participant():
    doc = _raid_document("r0", "http://x/r0")
    [ev] = doc.events
    assert ev.type == "ASSAULT"
    # «طائرات التحالف العربي»: the coalition's planes; «مواقع الحوثيين»: the Houthis' positions
    assert [(a.text, a.entity) for a in ev.actor] == [("طائرات التحالف العربي", "E1")]
    assert [(a.text, a.country, a.sector, a.entity) for a in ev.recipient] == [
        ("مواقع الحوثيين", "YEM", "REB", "E2")]
    assert ev.location is not None and ev.location.text == "إب"  # where, and nobody's entity


def test_the_store_page_cli_and_export_read_the_same_link(db):
    with Store(db) as s:
        houthis = s.entity("الحوثيين")["id"]
        assert s.event_count(actor=houthis) == 1
        assert s.event_count(actor=houthis, role="recipient") == 1
        assert s.event_count(actor=s.entity("التحالف العربي")["id"], role="actor") == 1
        assert s.event_count(actor=s.entity("إب")["id"]) == 0
    body = TestClient(create_app(db)).get(f"/api/entities/{houthis}").json()
    assert [e["id"] for e in body["events"]] == ["ev1"]
    assert body["event_roles"] == {"actor": 0, "recipient": 1}
    r = CliRunner().invoke(cli, ["events", "--db", str(db), "--actor", "الحوثيين"])
    assert r.exit_code == 0 and [json.loads(x)["event_id"] for x in r.stdout.splitlines()] \
        == ["r1:ev1"]
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "-t", "participants"])
    assert [(p["text"], p["entity"]) for p in map(json.loads, r.stdout.splitlines())
            if p["role"] != "location"] == [("طائرات التحالف العربي", "E1"),
                                            ("مواقع الحوثيين", "E2")]


def test_a_rebuild_reproduces_the_fresh_ingest(db, tmp_path):
    path = tmp_path / "rebuilt.db"
    path.write_bytes(db.read_bytes())
    r = CliRunner().invoke(cli, ["relink", "--rebuild", "--db", str(path)])
    assert r.exit_code == 0, r.output
    query = ("SELECT x.event_id, x.role, x.entity, ac.name FROM event_actors x"
             " LEFT JOIN actors ac ON ac.id = x.actor_id ORDER BY x.rowid")
    with Store(db) as fresh, Store(path) as rebuilt:
        before = fresh.conn.execute(query).fetchall()
        assert [tuple(r) for r in rebuilt.conn.execute(query).fetchall()] \
            == [tuple(r) for r in before]
        assert [r[3] for r in before] == ["التحالف العربي", "الحوثيين"]
