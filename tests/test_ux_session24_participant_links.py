"""An actor's events include those where it is named inside a participant (session 24, ux24).

The store links an event participant to a cross-document actor through the participant's
`entity`, which the events stage sets for countries and persons only: 560 of the news day's
2,084 participants. Following the Houthis, an analyst read «1 event» on their page, in `khabar
entity` and with `--actor`, while 47 events have a Houthi participant («مواقع الحوثيين»,
«المسلحين الحوثيين», «مسلحون تابعون لجماعة الحوثي»). The store now links a participant
without an entity through the first group or person mention inside its span, or a mention
that is the whole span (`khabar.store.rows.participant_entity`); a place inside a participant
is where it is, not who. The document JSON and the exported tables are unchanged. News day:
560 → 720 linked participants, the Houthis 1 → 35 events; a seeded reading of 40 new links
found 40 right (news day) and 39 (ANERcorp: one NER span «تحرير» for «حركة تحرير السودان»).
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from test_store_support import entity, light_pipeline, span
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.document import Actor, Document, Event, Span
from khabar.store import Store
from khabar.store.rows import participant_entity

TEXT = ("قصفت طائرات التحالف مواقع الحوثيين أمس. وهاجمت المقاومة في مديرية الحزم مسلحين. "
        "وقال الرئيس هادي إن المملكة تدعم الشرعية.")


def _part(text: str, needle: str, entity_id: str | None = None) -> Actor:
    s = span(text, needle)
    return Actor(start=s.start, end=s.end, text=s.text, entity=entity_id)


def _document(doc_id: str = "h1", url: str = "http://x/h1") -> Document:
    ents = [entity(TEXT, "الحوثيين", "T1", "E1", "ORG", "الحوثيين", "YEM"),
            entity(TEXT, "الحزم", "T2", "E2", "LOC", "الحزم", "YEM"),
            entity(TEXT, "هادي", "T3", "E3", "PERS", "عبد ربه منصور هادي", "YEM"),
            entity(TEXT, "المملكة", "T4", "E4", "LOC", "السعودية", "SAU")]

    def event(eid, type_, trigger, actor, recipient=None):
        first = span(TEXT, trigger)
        end = TEXT.index(".", first.start) + 1
        start = TEXT.rfind(".", 0, first.start) + 1
        return Event(id=eid, type=type_, trigger=first,
                     sentence=Span(start=start, end=end, text=TEXT[start:end]),
                     actor=[actor], recipient=[recipient] if recipient else [])

    events = [
        event("V1", "ASSAULT", "قصفت", _part(TEXT, "طائرات التحالف"),
              _part(TEXT, "مواقع الحوثيين")),
        event("V2", "ASSAULT", "وهاجمت", _part(TEXT, "المقاومة في مديرية الحزم")),
        event("V3", "SUPPORT", "تدعم", _part(TEXT, "المملكة")),
        event("V4", "CONSULT", "وقال", _part(TEXT, "الرئيس هادي", "E3")),
    ]
    doc = Document(id=doc_id, text=TEXT, published="2015-08-10", outlet="was", url=url,
                   title="اليمن", entities=ents, events=events)
    doc.sentences = light_pipeline().stages[0](doc)
    doc.pipeline_version = "0.1.0"
    return doc


def test_which_mention_a_participant_stands_for():
    doc = _document()
    keys = [participant_entity(a, doc.entities) for ev in doc.events
            for a in (*ev.actor, *ev.recipient)]
    # طائرات التحالف: no mention; مواقع الحوثيين: the group inside; المقاومة في مديرية الحزم:
    # a place inside is where, not who; المملكة: a place that is the whole span; الرئيس هادي:
    # its own link kept
    assert keys == [None, "E1", None, "E4", "E3"]
    # a mention with no group is keyed by its own id, as the store's entity rows are
    ent = doc.entities[0]
    ent.entity = None
    assert participant_entity(doc.events[0].recipient[0], [ent]) == "T1"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ux24links") / "h.db"
    with Store(path) as s:
        s.put(_document())
    return path


def test_the_groups_page_cli_and_api_count_its_events(db):
    with Store(db) as s:
        houthis = s.entity("الحوثيين")["id"]
        assert s.event_count(actor=houthis) == 1
        assert s.event_count(actor=houthis, role="recipient") == 1
        assert s.event_count(actor=houthis, role="actor") == 0
        assert s.event_count(actor=s.entity("الحزم")["id"]) == 0  # where, not who
        assert s.event_count(actor=s.entity("السعودية")["id"]) == 1
        assert s.event_count(actor=s.entity("هادي")["id"]) == 1
    body = TestClient(create_app(db)).get(f"/api/entities/{houthis}").json()
    assert [e["id"] for e in body["events"]] == ["V1"]
    assert body["event_roles"] == {"actor": 0, "recipient": 1}
    r = CliRunner().invoke(cli, ["events", "--db", str(db), "--actor", "الحوثيين"])
    assert r.exit_code == 0 and [json.loads(x)["event_id"] for x in r.stdout.splitlines()] \
        == ["h1:V1"]


def test_the_document_and_its_export_are_unchanged(db):
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "-t", "participants"])
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(p["text"], p["entity"]) for p in rows] == [
        ("طائرات التحالف", None), ("مواقع الحوثيين", None),
        ("المقاومة في مديرية الحزم", None), ("المملكة", None), ("الرئيس هادي", "E3")]


def test_a_rebuild_links_a_store_ingested_before(db, tmp_path):
    path = tmp_path / "old.db"
    path.write_bytes(db.read_bytes())
    with Store(path) as s:  # the links as a store of session 23 held them
        s.conn.execute("UPDATE event_actors SET entity = NULL, actor_id = NULL"
                       " WHERE entity IS NOT NULL AND entity != 'E3'")
        s.conn.commit()
        assert s.event_count(actor=s.entity("الحوثيين")["id"]) == 0
    r = CliRunner().invoke(cli, ["relink", "--rebuild", "--db", str(path)])
    assert r.exit_code == 0, r.output
    with Store(path) as s:
        assert s.event_count(actor=s.entity("الحوثيين")["id"]) == 1
        assert s.event_count(actor=s.entity("السعودية")["id"]) == 1
        linked = s.conn.execute("SELECT entity FROM event_actors ORDER BY rowid").fetchall()
        assert [k for (k,) in linked] == [None, "E1", None, "E4", "E3"]
