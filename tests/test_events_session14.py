"""ASSAULT role families of session 14 (issue #6, ev14): the passive periphrasis «تم/جرى + verbal
noun» (تمت إصابة X: X was wounded, no actor); object-first order with a definite place object and an
indefinite armed agent (هاجمت القرية مجموعة مسلحة); the blamed group's phrase no longer runs over
«مسؤولية»; an indefinite word after a definite noun is no adjective of it, nor does an adjective take
a genitive.

Sentences written for these tests (not copied from the dev gold, the news day or ANERcorp).
"""

from __future__ import annotations

import pytest
from event_helpers import participants, roles, rules_only

# the rules-only pipeline of session 10's tests (one definition)
from test_events_s10_ap import rules  # noqa: F401

# --- «تم/جرى + verbal noun»: the genitive is the patient, there is no actor --------------------

@pytest.mark.parametrize(("text", "victim"), [
    ("وتمت إصابة ثلاثة من رجال الشرطة بجروح في انفجار عبوة ناسفة", "رجال الشرطة"),
    ("وتمت إصابة ضابط بطلق ناري في الهجوم المسلح على الدورية", "ضابط"),
    ("وجرى استهداف موكب الوزير بعبوة ناسفة في بغداد", "موكب الوزير"),
])
def test_light_passive_masdar_has_a_patient(rules, text, victim):  # noqa: F811
    actors, recips = roles(rules, text, "ASSAULT")
    assert victim in recips
    assert victim not in actors


@pytest.mark.parametrize(("text", "actor", "victim"), [
    # without تم the verb keeps its subject
    ("وقتل مسلحون ثلاثة من رجال الشرطة في هجوم على الدورية", "مسلحون", "رجال الشرطة"),
    # a named agent after the periphrasis stays the actor
    ("وتم اختطاف مهندس تركي على يد مسلحين قرب الحدود", "مسلحين", "مهندس تركي"),
])
def test_light_passive_keeps_named_agents(rules, text, actor, victim):  # noqa: F811
    actors, recips = roles(rules, text, "ASSAULT")
    assert actor in actors and victim in recips


# --- object first: a definite place, then an indefinite armed agent ---------------------------

@pytest.mark.parametrize(("text", "actor", "target"), [
    ("هاجمت القرية مجموعة مسلحة فجر اليوم", "مجموعة مسلحة", "القرية"),
    ("وهاجم الحاجز مسلحون مجهولون", "مسلحون مجهولون", "الحاجز"),
])
def test_object_before_indefinite_agent(rules, text, actor, target):  # noqa: F811
    assert roles(rules, text, "ASSAULT") == ([actor], [target])


@pytest.mark.parametrize(("text", "actor", "target"), [
    # subject first: the agent's adjective takes no genitive (مجموعة مسلحة + القرية)
    ("هاجمت مجموعة مسلحة القرية فجر اليوم", "مجموعة مسلحة", "القرية"),
    ("وهاجم المسلحون القرية", "المسلحون", "القرية"),
])
def test_subject_first_unchanged(rules, text, actor, target):  # noqa: F811
    assert roles(rules, text, "ASSAULT") == ([actor], [target])


def test_definite_agent_after_place_is_not_taken(rules):  # noqa: F811
    # a definite armed phrase after the place object is no VOS agent by this rule
    actors, recips = roles(rules, "وقصفت المواقع القوات الحكومية", "ASSAULT")
    assert "القوات الحكومية" not in actors


# --- the blamed group's phrase stops before «مسؤولية» -----------------------------------------

def test_blamed_group_before_responsibility(rules):  # noqa: F811
    text = "قتل عشرة أشخاص في تفجير سوق، وحملت الحكومة حركة طالبان مسؤولية الهجوم"
    actors, recips = roles(rules, text, "ASSAULT")
    assert actors == ["حركة طالبان"]
    assert recips == ["أشخاص"]


def test_responsibility_is_no_adjective(rules):  # noqa: F811
    # a real nisba after the group still joins it
    actors, _ = roles(rules, "وقتل مسلحون من حركة طالبان الأفغانية ثلاثة جنود", "ASSAULT")
    assert not any("مسؤولية" in a for a in actors)


# --- an instrument between the subject and the object; titles and employees of a body -------------

@pytest.mark.parametrize(("text", "actor", "target"), [
    ("استهدف انتحاري بسيارة مفخخة نقطة تفتيش للشرطة في الموصل", "انتحاري", "نقطة تفتيش للشرطة"),
    ("وقصفت الطائرات بصواريخ موجهة مواقع المتمردين", "الطائرات", "مواقع المتمردين"),
])
def test_instrument_between_subject_and_object(rules, text, actor, target):  # noqa: F811
    assert roles(rules, text, "ASSAULT") == ([actor], [target])


@pytest.mark.parametrize(("text", "target"), [
    ("اغتال مسلحون مجهولون مدير شرطة المدينة أمس", "مدير شرطة المدينة"),
    ("واختطف مسلحون مجهولون أمس ثلاثة من موظفي وزارة الصحة", "موظفي وزارة الصحة"),
])
def test_director_and_employees_of_a_body(rules, text, target):  # noqa: F811
    assert target in roles(rules, text, "ASSAULT")[1]


def test_a_non_weapon_with_ba_is_no_instrument(rules):  # noqa: F811
    # «بالقرب من» is no instrument: the phrase after it stays out of the roles
    actors, recips = roles(rules, "وهاجم مسلحون بالقرب من المدينة دورية للشرطة", "ASSAULT")
    assert actors == ["مسلحون"]


# --- an accusative object, a bomber's belt, leaders ----------------------------------------------

@pytest.mark.parametrize(("text", "victim"), [
    ("وواصلت القوات عملياتها في المدينة وقتلت قناصاً في الحي الشرقي", "قناصاً"),
    ("واختطفت الميليشيات ثلاث قيادات من حزب الإصلاح", "قيادات من حزب الإصلاح"),
])
def test_objects_the_lexicon_or_the_case_shows(rules, text, victim):  # noqa: F811
    actors, recips = roles(rules, text, "ASSAULT")
    assert victim in recips and victim not in actors


def test_a_bombers_belt_is_no_part_of_him(rules):  # noqa: F811
    actors, _ = roles(rules, "وفجر انتحاري حزامه الناسف في السوق", "ASSAULT")
    assert actors == ["انتحاري"]


@pytest.mark.parametrize(("text", "actor"), [
    ("وقتل الجنود مسلحين في الاشتباك", "الجنود"),  # a plural in -ين is no accusative alif
    ("وقصفت الولايات المتحدة مواقع التنظيم في سوريا", "الولايات المتحدة"),  # a country, no person
])
def test_nominatives_stay_subjects(rules, text, actor):  # noqa: F811
    assert actor in roles(rules, text, "ASSAULT")[0]


@pytest.mark.parametrize(("text", "actor"), [
    # «جنديا الحراسة» is the dual جنديان in construct (nominative): the subject, no accusative
    ("وقتل جنديا الحراسة مسلحا حاول اقتحام المقر", "جنديا"),
])
def test_a_dual_in_construct_is_no_accusative(rules, text, actor):  # noqa: F811
    actors, recips = roles(rules, text, "ASSAULT")
    assert actor not in recips


# --- a person's name after a title, whose first word is also a country adjective --------------------

@pytest.fixture(scope="module")
def named():
    return rules_only(("text", "entities", "events"))


def test_title_then_name_that_looks_like_a_demonym(named):
    # «تركي» is a given name here, not "Turkish": the phrase takes the person, not Turkey
    actor, _ = participants(named, "واستقبل الأمير تركي الفيصل وفدا من رجال الأعمال", "CONSULT")
    assert actor and actor[0].entity is not None and actor[0].country != "TUR"


def test_country_adjective_before_a_name_stays(named):
    actor, _ = participants(named, "والتقى الرئيس التركي رجب طيب أردوغان نظيره الفرنسي", "CONSULT")
    assert actor and actor[0].country == "TUR"
