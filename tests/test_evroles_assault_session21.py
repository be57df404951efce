"""Session 21 (evr21): the subject of an attack after إن/أن in SVO order, issue #6 — docs/events.md
"ASSAULT and PROTEST roles, session 21 (evr21)": a light verb's complement-clause subject with the
phrases joined to it («إن الحوثيين والقوات الموالية لصالح شنوا هجوما»), «فتح النار» as an active verb
(«إن الجنود فتحوا النار على …»: the soldiers are no passive's victims), and «قبل» without «من» as time,
not an agent («هاجمت قرى … قبل تصويت مجلس الأمن»).

Sentences written for these tests (not copied from the gold sets, the dev slice or the news day); the
rules without the learned filter.
"""

from __future__ import annotations

import pytest
from event_helpers import RULE_STAGES, roles, rules_only

from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return rules_only(RULE_STAGES)


# --- a light verb's subject before it, in a complement clause ------------------------------------


def test_coordinated_subjects_of_a_light_verb_are_all_actors(pipe: Pipeline) -> None:
    actor, recips = roles(pipe, "وقال مصدر محلي إن المسلحين والقوات الموالية لهم شنوا هجوما على مواقع الجيش.",
                          "ASSAULT")
    assert actor == ["المسلحين", "القوات الموالية"] and recips == ["مواقع الجيش"]


def test_a_group_named_after_the_subject_noun_stays_in_the_actor(pipe: Pipeline) -> None:
    actor, _ = roles(pipe, "وقال مسؤول إن ميليشيات الحوثي وقوات صالح شنت هجوما على مواقع المقاومة.", "ASSAULT")
    assert "قوات" in " ".join(actor) and "ميليشيات" in " ".join(actor)


def test_a_light_verb_after_its_masdar_subject_still_takes_the_phrase_before(pipe: Pipeline) -> None:
    actor, recips = roles(pipe, "وأشار المصدر إلى أن طائرات التحالف قامت أمس بشن غارات على مواقع المسلحين.",
                          "ASSAULT")
    assert actor == ["طائرات التحالف"] and recips == ["مواقع المسلحين"]


def test_a_light_verbs_masdar_governed_by_a_preposition_takes_no_complement_subject(pipe: Pipeline) -> None:
    # «لشن» is a verbal noun (planning to launch), not a finite light verb: the complement clause's
    # subject three words before it is not read as the attacker through it
    doc = pipe.analyze("وقال مسؤولون إن قادة الجيش يخططون في الوقت نفسه لشن هجمات على مواقع المتمردين.")
    evs = [ev for ev in doc.events if ev.type == "ASSAULT"]
    assert evs and all(ev.actor == [] for ev in evs)


def test_a_coordinated_light_verb_keeps_its_own_subject_rule(pipe: Pipeline) -> None:
    # وشن: a verb joined by و has its subject after it (VSO), not the complement clause's
    actor, _ = roles(pipe, "وقال المتحدث إن الشرطة وصلت إلى المكان وشن مسلحون هجوما على الدورية.", "ASSAULT")
    assert "الشرطة" not in actor


# --- «فتح النار»: an active verb -------------------------------------------------------------------


def test_soldiers_who_opened_fire_are_the_actor_not_victims(pipe: Pipeline) -> None:
    actor, recips = roles(pipe, "وقال المتحدث إن الجنود فتحوا النار على المحتجين في الساحة.", "ASSAULT")
    assert actor == ["الجنود"] and recips == ["المحتجين"]


def test_soldiers_killed_after_an_complementizer_stay_victims(pipe: Pipeline) -> None:
    actor, recips = roles(pipe, "وقال المتحدث إن ثلاثة جنود قتلوا في الهجوم.", "ASSAULT")
    assert actor == [] and recips == ["جنود"]


# --- «قبل» without «من» is time -----------------------------------------------------------------


def test_before_a_vote_is_no_agent(pipe: Pipeline) -> None:
    actor, recips = roles(pipe, "وقال سكان إن مسلحين هاجموا القرية قبل وصول قوات الأمن.", "ASSAULT")
    assert actor == ["مسلحين"] and recips == ["القرية"]


def test_by_with_min_qibal_still_names_the_agent(pipe: Pipeline) -> None:
    actor, recips = roles(pipe, "واختطف الصحافي من قبل مسلحين في المدينة.", "ASSAULT")
    assert actor == ["مسلحين"] and recips == ["الصحافي"]
