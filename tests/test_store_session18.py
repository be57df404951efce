"""Store.quote_relays reads only the documents whose quotes have a relay (session 18, ux18).

It decompressed the whole stored document of every article asked for, though most quotes
have no relay: the /claims page of the news-day store read 20 documents for 3 relayed
quotes, and each /api/quotes page every article of its 200 quotes. The quotes table's
``via`` says which quotes have relays; the others' documents are no longer read.
"""

from __future__ import annotations

import msgspec
import pytest
from test_store_support import claim_document

from khabar.document import Via
from khabar.export.tables import rows
from khabar.store import Store, core


@pytest.fixture
def store(tmp_path):
    relayed = claim_document(doc_id="r1", url="http://example.org/r1")
    relayed.quotes = [msgspec.structs.replace(relayed.quotes[0], via=[Via(name="واس")]),
                      msgspec.structs.replace(relayed.quotes[0], id="Q2", via=[])]
    plain = claim_document(doc_id="p1", url="http://example.org/p1", speaker="عادل الجبير")
    with Store(tmp_path / "s.db") as s:
        ids = {doc.id: s.put(doc).id for doc in (relayed, plain)}
        yield s, ids, relayed


def _counting(monkeypatch) -> list[int]:
    reads: list[int] = []
    decode = core.relays_document

    def counted(blob):
        reads.append(1)
        return decode(blob)

    monkeypatch.setattr(core, "relays_document", counted)
    return reads


def test_only_documents_with_relayed_quotes_are_read(store, monkeypatch):
    s, ids, relayed = store
    reads = _counting(monkeypatch)
    got = s.quote_relays([ids["p1"], ids["r1"], ids["p1"]])
    assert len(reads) == 1  # the relayed article's document only
    expected = [{k: v for k, v in r.items() if k not in ("doc_id", "quote_id")}
                for r in rows("relays", relayed)]
    assert got == {ids["r1"]: {"Q1": expected}}  # Q2 (no relay) absent, as before
    assert [r["name"] for r in got[ids["r1"]]["Q1"]] == ["واس"]


def test_no_document_read_when_no_quote_has_a_relay(store, monkeypatch):
    s, ids, _ = store
    reads = _counting(monkeypatch)
    assert s.quote_relays([ids["p1"]]) == {} and s.quote_relays([]) == {}
    assert s.quote_relays([ids["p1"] + 1000]) == {}
    assert reads == []


# A claim's due date is no time of its sentence before the statement (session 18, ux18):
# «قال مندوبان … اليوم الاثنين إن المنظمة لا تنوي عقد اجتماع …» was due the day it was said.

@pytest.fixture(scope="module")
def claim_pipe():
    from khabar.pipeline import Pipeline

    return Pipeline(["text", "times", "quantities", "quotes", "events"])


def _dues(pipe, text: str) -> list[tuple[str, str]]:
    from khabar.corpus.claims import extract_claims

    doc = pipe.analyze(text, published="2015-08-10")
    assert [e.modality for e in doc.events] == ["future"], text
    return [(c["due"], c["due_text"]) for c in extract_claims(doc)]


@pytest.mark.parametrize("text, due", [
    # the time of the saying, before the statement: the statement's own time is the due date
    ("قال مندوبان بمنظمة أوبك اليوم الاثنين إن المنظمة ستعقد اجتماعا طارئا في ديسمبر المقبل.",
     [("2015-12-31", "ديسمبر المقبل")]),
    # ... or none at all
    ("قال مندوبان بمنظمة أوبك اليوم الاثنين إن المنظمة ستعقد اجتماعا طارئا.", []),
    ("قال الوزير في 12 أغسطس إنه سيزور القاهرة.", []),
    # a time inside the statement stays the due date, whatever is said before it
    ("قال الوزير أمس إنه سيزور القاهرة في 6 أكتوبر المقبل.", [("2015-10-06", "6 أكتوبر المقبل")]),
])
def test_a_claim_is_not_due_when_it_was_said(claim_pipe, text, due):
    assert _dues(claim_pipe, text) == due


def test_a_time_after_the_statement_in_its_sentence_is_still_its_due_date():
    from khabar.corpus.claims import extract_claims
    from khabar.document import EventDate

    doc = claim_document()
    q = doc.quotes[0]
    end = doc.text.index(" بحلول")  # the statement stops before «بحلول سبتمبر 2025»
    doc.quotes = [msgspec.structs.replace(q, content=msgspec.structs.replace(
        q.content, end=end, text=doc.text[q.content.start:end]))]
    doc.events[0].date = EventDate(value="2024-09-06", source="dateline")
    assert [(c["due"], c["due_text"]) for c in extract_claims(doc)] == [("2025-09-30", "سبتمبر 2025")]


# Country filters read event_actors by article, not by the country index (session 18, ux18):
# without statistics SQLite scanned every row of the country for each event or article.

def _plan(s: Store, where: str) -> str:
    sql = f"EXPLAIN QUERY PLAN SELECT count(*) FROM events ev, articles a{where}"
    return " ".join(str(r[-1]) for r in s.conn.execute(sql, [None] * where.count("?")))


def test_country_filter_plan_and_rows(tmp_path):
    iraq = claim_document(doc_id="c1", url="http://example.org/c1")  # recipient IRQ, actor USA
    other = claim_document(doc_id="c2", url="http://example.org/c2", speaker="عادل الجبير")
    for a in other.events[0].actor + other.events[0].recipient:
        a.country = "FRA"
    with Store(tmp_path / "s.db") as s:
        ids = {d.id: s.put(d).id for d in (iraq, other)}
        for kw in ({"country": "IRQ"}, {"country": "irq", "sector": "MIL"}):
            where, _ = s._event_where(None, None, None, dict(kw))
            plan = _plan(s, where)
            assert "event_actors_article" in plan and "event_actors_country" not in plan, plan
        assert [r["article_id"] for r in s.events(country="IRQ")] == [ids["c1"]]
        assert [r["article_id"] for r in s.events(country="FRA")] == [ids["c2"]]
        assert s.events(country="DEU") == [] and s.event_count(country="USA") == 1
        assert s.event_count(country="USA", sector="MIL") == 1
        assert s.event_count(country="FRA", sector="MIL") == 1
        assert s.event_count(country="USA", sector="GOV") == 0


def test_events_of_chosen_columns(tmp_path):
    # the map reads 4 of the events table's columns (session 18): same values, nothing else
    cols = ("lat", "lon", "location_country", "location_name")
    with Store(tmp_path / "s.db") as s:
        s.put(claim_document())
        full = s.events()
        some = s.events(columns=cols)
        assert [list(r) for r in some] == [list(cols)]
        assert [{c: r[c] for c in cols} for r in full] == some
        for bad in (("title",), ("lat; DROP TABLE events",), ()):
            with pytest.raises(ValueError):
                s.events(columns=bad)


def test_actor_filter_reads_the_actors_rows_first(tmp_path):
    # events of an actor: one lookup of its event_actors rows (session 18), not a correlated
    # walk of the actor index for every event; the same events
    iraq = claim_document(doc_id="a1", url="http://example.org/a1")  # recipient: العراق (E2)
    other = claim_document(doc_id="a2", url="http://example.org/a2", speaker="عادل الجبير")
    other.events[0].recipient[0].entity = None  # this event's recipient is no document entity
    with Store(tmp_path / "s.db") as s:
        ids = {d.id: s.put(d).id for d in (iraq, other)}
        actor = s.entity("العراق")["id"]
        assert [r["article_id"] for r in s.events(actor=actor)] == [ids["a1"]]
        assert s.event_count(actor=actor) == 1
        assert [e["article_id"] for e in s.timeline(actor=actor) if e["kind"] == "event"] == [ids["a1"]]
        speaker = s.entity("عادل الجبير")["id"]  # quoted, but in no event
        assert s.events(actor=speaker) == [] and s.event_count(actor=speaker) == 0
        where, _ = s._event_where(None, None, actor, {})
        plan = _plan(s, where)
        assert "CORRELATED" not in plan and "event_actors_actor" in plan, plan


def test_actor_search_reads_the_aliases_once(tmp_path):
    # the best match of each actor is taken over the matching aliases in one pass (session
    # 18), not by a subquery per actor over every alias; the order is kept (session 10's
    # «كيري» tests check it on a store of their own)
    from test_store_support import put_persons

    docs = {"k": ("قال جون كيري إن كيري كينيدي زار كيريباتي وقابل أحمد.",
                  [("جون كيري", "E1"), ("كيري كينيدي", "E2"), ("كيريباتي", "E3"), ("أحمد", "E4")])}
    with Store(tmp_path / "s.db") as s:
        put_persons(s, docs, "k", "ux18")
        seen: list[str] = []
        s.conn.set_trace_callback(seen.append)
        names = [a["name"] for a in s.actors("كيري")]
        s.conn.set_trace_callback(None)
        assert names == ["جون كيري", "كيري كينيدي", "كيريباتي"]  # «أحمد» not found
        assert [a["name"] for a in s.actors_by_word("كيري")] == ["جون كيري", "كيري كينيدي"]
        (sql,) = [q for q in seen if "FROM actors ac" in q]
        plan = " ".join(str(r[-1]) for r in s.conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "CORRELATED SCALAR SUBQUERY" not in plan.replace(
            "CORRELATED SCALAR SUBQUERY 1 SEARCH e USING COVERING INDEX entities_actor", ""), plan
