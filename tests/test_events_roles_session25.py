"""Session 25 (evt25): the addressee of an act directed by «وجّه» (issue #6, the 14 other types) —
docs/events.md "Other types' recipients, session 25 (evt25)"; and the trigger lemma sets defined once.

r25_blind (tests/gold/events_audit/r25_README.md) missed both parties of «وجهت أمريكا إنذارا إلى
اليابان»: «وجّه» was no support verb, so the ultimatum had no actor, and nothing read the addressee
after «إلى». A verbal noun directed by «وجّه» (before it, with only its subject between, or «الموجهة» /
«التي وجهت» after it) takes the verb's subject as actor and the first party after «إلى» or with «ل»
as recipient, for every type but ASSAULT and PROTEST. Sentences written for these tests; the rules
without the learned filter and without the entity stage.
"""

from __future__ import annotations

import pytest
from event_helpers import RULE_STAGES, roles, rules_only

from khabar.extract.events import (
    trigger_lemmas,
    trigger_senses,
    trigger_senses17,
    trigger_senses18,
    triggers,
)
from khabar.pipeline import Pipeline
from khabar.text.normalize import match_forms


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return rules_only(RULE_STAGES)


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), [
    ("ووجهت الولايات المتحدة إنذارا إلى اليابان بأن تستسلم خلال يومين.", "THREATEN",
     ["الولايات المتحدة"], ["اليابان"]),
    ("ووجه الوزير انتقادات حادة إلى الحكومة.", "ACCUSE", ["الوزير"], ["الحكومة"]),
    ("ووجه وزير الخارجية تهديدات مباشرة إلى إسرائيل.", "THREATEN", ["وزير الخارجية"], ["إسرائيل"]),
])
def test_directing_verb_gives_actor_and_addressee(pipe, text, type_, actor, recipient):
    assert roles(pipe, text, type_) == (actor, recipient)


def test_addressee_with_lam(pipe):
    actor, recipient = roles(pipe, "ووجهت النيابة اتهامات للمتهمين بالفساد.", "ACCUSE")
    assert actor == ["النيابة"]
    assert len(recipient) == 1 and recipient[0].endswith("متهمين")  # «للمتهمين»: ل + المتهمين


def test_directed_participle_after_the_noun(pipe):
    assert roles(pipe, "وردت الحكومة على الاتهامات الموجهة إلى الشرطة.", "ACCUSE")[1] == ["الشرطة"]


@pytest.mark.parametrize(("text", "type_"), [
    # the party after «إلى» is a thing's genitive, not the addressee
    ("ووجه الوزير انتقادات إلى أداء الحكومة.", "ACCUSE"),
    # «وجه» the noun (face) after a preposition or with ب: no directing verb
    ("ووقفت المملكة في وجه التهديدات الإيرانية للمنطقة.", "THREATEN"),
    ("وأصر الوزير بوجه الانتقادات على موقفه.", "ACCUSE"),
])
def test_no_addressee_without_directing(pipe, text, type_):
    assert roles(pipe, text, type_)[1] == []


def test_conflict_types_untouched(monkeypatch):
    """ASSAULT keeps its own target rules: the family is off for it (roles identical with and
    without it), while it does change the THREATEN event of the same paragraph."""
    from khabar.extract.events import roles as roles_mod

    text = "ووجه الجيش ضربة إلى المسلحين. ووجهت الولايات المتحدة إنذارا إلى اليابان."

    def shown() -> list:
        doc = rules_only(RULE_STAGES).analyze(text)
        return [(e.type, e.trigger.start, [a.text for a in e.actor], [r.text for r in e.recipient])
                for e in doc.events]

    with_family = shown()
    monkeypatch.setattr(roles_mod, "_directed", lambda *a: None)
    without = shown()
    assert [e for e in with_family if e[0] == "ASSAULT"] == [e for e in without if e[0] == "ASSAULT"]
    assert any(e[0] == "ASSAULT" for e in with_family)
    assert with_family != without


def test_trigger_lemma_sets_defined_once():
    """The visit, meeting and asylum lemma sets are trigger_lemmas' objects in every module that
    tests them (session 24 spelt them again in trigger_senses24, earlier sessions in four modules)."""
    assert trigger_lemmas.VISIT_OR_MEET_LEMMAS == match_forms("زيارة زار لقاء التقى")
    assert triggers.VISIT_LEMMAS is trigger_lemmas.VISIT_LEMMAS
    assert trigger_senses.VISIT_LEMMAS is trigger_lemmas.VISIT_LEMMAS
    assert trigger_senses17.VISIT_LEMMAS is trigger_lemmas.VISIT_LEMMAS
    assert trigger_senses18.VISIT_LEMMAS is trigger_lemmas.VISIT_LEMMAS
    assert triggers.MEET_LEMMAS is trigger_lemmas.MEET_LEMMAS
    assert triggers.ASYLUM_LEMMAS is trigger_senses.ASYLUM_LEMMAS is trigger_lemmas.ASYLUM_LEMMAS


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), [
    ("وتعاون الأردن ومصر في مكافحة الإرهاب.", "COOPERATE", ["الأردن"], ["مصر"]),
    ("وتعاون الوزير مع نظيره المصري.", "COOPERATE", ["الوزير"], ["نظيره المصري"]),
    ("وتفاوض الوفد الأمريكي مع الحكومة العراقية.", "CONSULT", ["الوفد الأمريكي"], ["الحكومة العراقية"]),
])
def test_clause_initial_form_vi_is_a_verb(pipe, text, type_, actor, recipient):
    """«وتعاون X …» first in its clause is a verb-first sentence: X acts, not the noun's genitive."""
    assert roles(pipe, text, type_) == (actor, recipient)


@pytest.mark.parametrize("text", [
    "وقال إن تعاون الأردن ومصر مهم.",  # inside its clause: the noun
    "وتعاونه مع الحكومة معروف.",  # a pronoun on it: the noun
])
def test_form_vi_noun_keeps_its_reading(pipe, text, monkeypatch):
    """The family leaves the noun readings as they were (roles identical with and without it)."""
    from khabar.extract.events import roles as roles_mod

    with_family = roles(pipe, text, "COOPERATE")
    monkeypatch.setattr(roles_mod, "_clause_initial_reciprocal", lambda *a: False)
    assert roles(pipe, text, "COOPERATE") == with_family
