"""Roles of the 14 event types other than ASSAULT/PROTEST, session 15 (evr15; issue #6):
``khabar.extract.events.party_roles`` fills a missing actor or recipient (written sentences,
the rules without the entity stage)."""

from __future__ import annotations

import pytest

from khabar.pipeline import Pipeline
from tests.event_helpers import (  # noqa: F401
    RULE_STAGES,
    events_of,
    gated_types_untouched_by_party_hook,
    roles,
    rules_pipe,
)

pipe = rules_pipe


# --- the subject of a light verb before the verbal noun -------------------------------------

def test_subject_of_an_opened_investigation(pipe: Pipeline) -> None:
    actor, _ = roles(pipe, "فتحت وزارة الصحة تحقيقا في ادعاء مواطنة بالتحرش.", "ACCUSE")
    assert actor == ["وزارة الصحة"]


def test_svo_subject_of_working_in_cooperation(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وقال إن السلطات الحكومية تعمل بالتعاون مع مجلس زعماء القبائل على "
                               "البحث عن العمال.", "COOPERATE")
    assert actor == ["السلطات الحكومية"] and recip == ["مجلس زعماء القبائل"]


def test_subject_of_a_joined_light_verb_is_the_opening_subject(pipe: Pipeline) -> None:
    evs = [e for e in events_of(pipe, "وأعلن الانقلابيون حالة الطوارئ في العاصمة، ونفذوا حملة "
                                      "اعتقالات ضد ناشطين.", "COERCE") if e.trigger.text == "اعتقالات"]
    assert [a.text for a in evs[0].actor] == ["الانقلابيون"]
    assert [r.text for r in evs[0].recipient] == ["ناشطين"]


def test_no_light_subject_across_a_complementizer(pipe: Pipeline) -> None:
    # the ministry announces; the cooperation's subject is not named
    actor, recip = roles(pipe, "وأعلنت الوزارة أن التعاون مع المراقبين مستمر.", "COOPERATE")
    assert actor == [] and recip == ["المراقبين"]


# --- the subject of a passive is the recipient ----------------------------------------------

def test_put_under_detention(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وأكد المصدر أن الناشطين وضعوا تحت الاعتقال الإداري لمدة ستة أشهر.",
                         "COERCE")
    assert actor == [] and recip == ["الناشطين"]


def test_active_put_under_detention_is_no_passive(pipe: Pipeline) -> None:
    # الشرطة is the verb's subject, الناشطين its object: nothing is filled from before «وضعت»
    actor, recip = roles(pipe, "وأكد المصدر أن الشرطة وضعت الناشطين تحت الاعتقال الإداري.", "COERCE")
    assert "الشرطة" not in recip


def test_accused_before_a_passive_accusing_verb(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "ذكرت تقارير أن رجلا اتهم بقتل ثمانية أشخاص في منزل.", "ACCUSE")
    assert actor == [] and recip == ["رجلا"]


def test_active_accusing_verb_keeps_its_subject(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وكانت الحكومة قد اتهمت المعارضة بالتحريض على العنف.", "ACCUSE")
    assert actor == ["الحكومة"] and recip == ["المعارضة"]
    actor, _ = roles(pipe, "وقال المصدر إن أنقرة تتهم مجموعة يسارية بالهجوم على القنصلية.", "ACCUSE")
    assert actor == ["أنقرة"]


def test_released_is_the_relative_head(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وقال إن المتهم الذي أوقف في الاحتجاز ثم أطلق سراحه نفذ الهجوم.",
                         "RETREAT")
    assert recip == ["المتهم"]


# --- party nouns the actor lexicon lacks, in role positions ---------------------------------

def test_suspect_after_an_arrest(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وتمكنت الشرطة من القبض على الجاني المذكور.", "COERCE")
    assert actor == ["الشرطة"] and recip == ["الجاني المذكور"]


def test_suspect_after_an_arrest_verb_is_its_object_not_its_subject(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "واعتقلت الشرطة المتهم في منزله.", "COERCE")
    assert actor == ["الشرطة"] and recip == ["المتهم"]


def test_addressee_of_an_urging(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وأضاف أن الأمر الثاني حث العلماء والمثقفين على متابعة الشباب.",
                         "REQUEST")
    assert actor == [] and recip == ["العلماء"]


def test_participants_after_a_verb_are_its_subject(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وناقش المجتمعون مع الوزير خطط العام الدراسي.", "CONSULT")
    assert actor == ["المجتمعون"] and recip == ["الوزير"]


def test_partner_after_a_demonstrative() -> None:
    # the rule itself (the sentence alone codes no event): «مع هذه الجماعات»
    from khabar.extract.events.actors import Phrase
    from khabar.extract.events.party_roles import complete

    doc = Pipeline(["text"]).analyze("وحذر من التعاون مع هذه الجماعات المتطرفة")
    toks = doc.tokens
    cand = type("C", (), {"start": 2, "end": 3, "type": "COOPERATE", "verbal": False, "prefix": "ال"})()
    groups = Phrase(start=5, end=6, sector="REB")
    actors, recips = complete(toks, cand, [groups], [], [])
    assert recips == [groups] and actors == []
    # no demonstrative and no مع: nothing
    doc = Pipeline(["text"]).analyze("وحذر من التعاون في هذه الجماعات المتطرفة")
    actors, recips = complete(doc.tokens, cand, [groups], [], [])
    assert recips == []


# --- ASSAULT and PROTEST are untouched -------------------------------------------------------

PARAGRAPH = ("وتمكنت الشرطة من القبض على الجاني المذكور بعد أن قتل ثلاثة أشخاص. "
             "وتظاهر المجتمعون أمام مقر الحكومة احتجاجا على اعتقال المتهمين. "
             "وأكد المصدر أن الناشطين وضعوا تحت الاعتقال الإداري بعد هجوم على دورية.")


@pytest.mark.parametrize("stages", [RULE_STAGES])
def test_assault_and_protest_identical_without_the_hook(monkeypatch: pytest.MonkeyPatch,
                                                        stages: tuple[str, ...]) -> None:
    gated_types_untouched_by_party_hook(monkeypatch, PARAGRAPH, stages)
