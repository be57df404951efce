"""Session 18 (evp18): PROTEST targets at the site and the mission, the feminine sector nisba,
and the kin of the harmed as the source — written sentences, the rules without the entity stage
(docs/events.md "Detection and roles, session 18")."""

from __future__ import annotations

import pytest

from tests.event_helpers import assault_parties, roles, rules_pipe  # noqa: F401

pipe = rules_pipe


# --- the site of a protest: outside, near (past «من») ------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("تظاهر المئات خارج السفارة البريطانية في طهران.", "البريطانية"),
    ("تظاهر المئات بالقرب من السفارة الأمريكية في القاهرة.", "الأمريكية"),
    ("اعتصم العشرات خارج مقر البرلمان.", "مقر البرلمان"),
    ("تجمع المحتجون بالقرب من مقر وزارة الداخلية.", "مقر وزارة الداخلية"),
])
def test_a_protest_outside_or_near_an_institution_targets_it(pipe, text, target):
    assert roles(pipe, text, "PROTEST")[1] == [target]


@pytest.mark.parametrize("text", [
    # a place is no party (as «قرب مخيم جنين»), nor is «الخارج» (abroad)
    "تظاهر المئات خارج مدينة رام الله.",
    "تظاهر المئات بالقرب من مخيم جنين.",
    "تظاهر المغتربون في الخارج دعما للحكومة.",
])
def test_a_place_outside_or_near_is_no_target(pipe, text):
    assert roles(pipe, text, "PROTEST")[1] == []


# --- a diplomatic mission stands for its state, past the mission's own adjectives --------------

@pytest.mark.parametrize("text, target", [
    ("تظاهر المئات أمام القنصلية العامة الفرنسية في الإسكندرية.", "الفرنسية"),
    ("تظاهر العشرات أمام مقر البعثة الأمريكية في جنيف.", "الأمريكية"),
    ("اعتصم الطلاب أمام مقر الممثلية الإيرانية.", "الإيرانية"),
    # unchanged: an embassy with no adjective of its own (session 13)
    ("تظاهر المئات أمام مقر السفارة الأردنية في طهران.", "الأردنية"),
])
def test_a_mission_stands_for_its_state(pipe, text, target):
    assert roles(pipe, text, "PROTEST")[1] == [target]


def test_a_mission_without_a_state_keeps_its_phrase(pipe):
    # «العامة» alone names no state: the seat protested at stays the target phrase
    assert roles(pipe, "تظاهر المئات أمام مقر القنصلية العامة.", "PROTEST")[1] != ["العامة"]


# --- a feminine sector nisba and its state after a plural or feminine act ----------------------

@pytest.mark.parametrize("text, state", [
    ("تظاهر آلاف الأكراد احتجاجا على العمليات العسكرية التركية في شمال العراق.", "التركية"),
    ("تظاهر الآلاف ضد السياسة العسكرية الإسرائيلية.", "الإسرائيلية"),
    # unchanged: the masculine (session 15)
    ("تظاهر الآلاف ضد الوجود العسكري الأمريكي في العراق.", "الأمريكي"),
])
def test_a_sector_nisba_names_the_state_behind_the_act(pipe, text, state):
    targets = roles(pipe, text, "PROTEST")[1]
    assert len(targets) == 1 and targets[0].endswith(state)


@pytest.mark.parametrize("text", [
    # an adjective of the object that names no state is no party
    "تظاهر الآلاف احتجاجا على الأوضاع الاقتصادية الصعبة.",
    "تظاهر الآلاف احتجاجا على الظروف المعيشية القاسية.",
])
def test_a_feminine_adjective_without_a_state_is_no_target(pipe, text):
    assert roles(pipe, text, "PROTEST")[1] == []


# --- the kin of the harmed are the source ------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("خرج أقارب الضحايا في مسيرة احتجاجا على مقتل أبنائهم.", "أقارب الضحايا"),
    ("اعتصم ذوو المفقودين أمام مقر الحكومة.", "ذوو المفقودين"),
    ("اعتصمت أسر المفقودين أمام مقر الحكومة للمطالبة بالكشف عن مصيرهم.", "أسر المفقودين"),
    ("أقارب الضحايا نظموا وقفة احتجاجية أمام المحكمة.", "أقارب الضحايا"),
])
def test_the_kin_of_the_harmed_are_the_source(pipe, text, source):
    assert roles(pipe, text, "PROTEST")[0] == [source]


@pytest.mark.parametrize("text, source", [
    # kin after a preposition or in another clause are no source; a crowd named is
    ("أعرب الوزير عن تعازيه لأسر الضحايا، فيما تظاهر المئات في المدينة.", "المئات"),
    ("تظاهر الطلاب احتجاجا على مقتل أقارب الضحايا.", "الطلاب"),
])
def test_other_kin_are_no_source(pipe, text, source):
    assert roles(pipe, text, "PROTEST")[0] == [source]


# --- the families are PROTEST's: an attack at the same site keeps its parties ------------------

@pytest.mark.parametrize("text", [
    "أطلق مسلحون النار خارج مبنى القنصلية الأمريكية في اسطنبول.",
    "أطلق مسلحون النار بالقرب من مقر البعثة الأمريكية في اسطنبول.",
])
def test_an_attack_at_a_mission_names_no_state_as_its_target(pipe, text):
    (trigger, actors, recips), = assault_parties(pipe, text)
    assert actors == ["مسلحون"] and "الأمريكية" not in recips
