"""A coordinated participant links every named member (session 25, ux25; left by ux24).

The events stage gives a participant one entity, its first member's, so «فوقع الاتحاد
الأوروبي وسويسرا … اتفاقا» listed the agreement on the EU's page and not on Switzerland's
(news day: 3 participants, 4 members left out). The store now writes one ``event_actors`` row
more for each other member of a coordinated participant (``store.rows.conjunct_members``).
"""

from __future__ import annotations

import pytest
from test_store_support import entity, light_pipeline, span
from typer.testing import CliRunner

from khabar.cli import app as cli
from khabar.document import Actor, Event, Span
from khabar.store import Store
from khabar.store.rows import conjunct_members

SIGNED = "ووقعت السعودية والإمارات وهيئة التحقيق والادعاء العام مذكرة تفاهم أمس في الرياض."


def _part(text: str, needle: str, entity_id: str | None = None) -> Actor:
    s = span(text, needle)
    return Actor(start=s.start, end=s.end, text=s.text, entity=entity_id)


def test_each_named_conjunct_is_a_member():
    t = SIGNED
    ents = [entity(t, "السعودية", "T1", "E1", "LOC", "السعودية", "SAU"),
            entity(t, "الإمارات", "T2", "E2", "LOC", "الإمارات", "ARE"),
            entity(t, "هيئة التحقيق والادعاء العام", "T3", "E3", "ORG", "هيئة التحقيق والادعاء العام"),
            entity(t, "الرياض", "T4", "E4", "LOC", "الرياض", "SAU")]
    whole = _part(t, "السعودية والإمارات وهيئة التحقيق والادعاء العام", "E1")
    assert conjunct_members(whole, list(reversed(ents))) == ["E1", "E2", "E3"]
    # an organisation whose own name holds «و» is one member, not two
    assert conjunct_members(_part(t, "هيئة التحقيق والادعاء العام", "E3"), ents) == []


@pytest.mark.parametrize(("text", "needle", "mentions"), [
    # only the second conjunct names anyone: nothing to add
    ("ودعا دمرتاش الحكومة التركية وحزب العمال إلى وقف العنف.", "الحكومة التركية وحزب العمال",
     [("حزب العمال", "ORG")]),
    # a name that starts with و is no conjunct
    ("وأصيب المقدم وليد الصادق في الهجوم.", "المقدم وليد الصادق", [("وليد الصادق", "PERS")]),
    # a place inside a conjunct is where, not who (only a whole conjunct names by place)
    ("وهاجمت المقاومة في مديرية الحزم والجيش الوطني المتمردين.",
     "المقاومة في مديرية الحزم والجيش الوطني", [("الحزم", "LOC"), ("الجيش الوطني", "ORG")]),
])
def test_no_member_without_two_named_conjuncts(text, needle, mentions):
    ents = [entity(text, m, f"T{i}", f"E{i}", label, m) for i, (m, label) in enumerate(mentions)]
    assert conjunct_members(_part(text, needle), ents) == []


def _signed_document(doc_id: str, url: str):
    t = SIGNED
    doc = light_pipeline().analyze(t, url=url, published="2015-08-10", outlet="was")
    doc.id = doc_id
    doc.entities = [entity(t, "السعودية", "T1", "E1", "LOC", "السعودية", "SAU"),
                    entity(t, "الإمارات", "T2", "E2", "LOC", "الإمارات", "ARE"),
                    entity(t, "هيئة التحقيق والادعاء العام", "T3", "E3", "ORG",
                           "هيئة التحقيق والادعاء العام"),
                    entity(t, "الرياض", "T4", "E4", "LOC", "الرياض", "SAU")]
    sentence = Span(start=0, end=len(t), text=t)
    part = _part(t, "السعودية والإمارات وهيئة التحقيق والادعاء العام", "E1")
    part.country = "SAU"
    doc.events = [Event(id="ev1", type="AGREE", trigger=span(t, "ووقعت"), sentence=sentence,
                        actor=[part])]
    return doc


def test_the_store_lists_the_event_on_every_members_page(tmp_path):
    path = tmp_path / "c.db"
    with Store(path) as s:
        s.put(_signed_document("c1", "http://x/c1"))
        for name in ("السعودية", "الإمارات", "هيئة التحقيق والادعاء العام"):
            assert s.event_count(actor=s.entity(name)["id"], role="actor") == 1, name
        assert s.event_count(actor=s.entity("الرياض")["id"]) == 0
        # the country filter reads the participant as the events stage coded it
        assert s.event_count(country="SAU") == 1 and s.event_count(country="ARE") == 0
        rows = s.conn.execute("SELECT text, country, entity FROM event_actors ORDER BY rowid")
        assert [tuple(r) for r in rows] == [
            ("السعودية والإمارات وهيئة التحقيق والادعاء العام", "SAU", "E1"),
            ("الإمارات", None, "E2"), ("هيئة التحقيق والادعاء العام", None, "E3")]
    rebuilt = tmp_path / "r.db"
    rebuilt.write_bytes(path.read_bytes())
    r = CliRunner().invoke(cli, ["relink", "--rebuild", "--db", str(rebuilt)])
    assert r.exit_code == 0, r.output
    q = ("SELECT x.entity, ac.name FROM event_actors x JOIN actors ac ON ac.id = x.actor_id"
         " ORDER BY x.rowid")
    with Store(path) as a, Store(rebuilt) as b:
        assert [tuple(x) for x in a.conn.execute(q)] == [tuple(x) for x in b.conn.execute(q)]
        assert len(a.conn.execute(q).fetchall()) == 3
