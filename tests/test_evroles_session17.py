"""Roles of the 14 event types other than ASSAULT/PROTEST, session 17 (evo17; issue #6):
``khabar.extract.events.party_partners`` — recipients the actor lexicon has no phrase for or
that stand away from the trigger (written sentences; the rules without the entity stage)."""

from __future__ import annotations

import pytest

from khabar.pipeline import Pipeline
from tests.event_helpers import (  # noqa: F401
    RULE_STAGES,
    gated_types_untouched_by_party_hook,
    roles,
    rules_pipe,
)

pipe = rules_pipe


# --- (a) the partner after «مع» that is no lexicon phrase ------------------------------------

def test_partner_after_a_quantifier(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "وأعلنت الشركة اتفاق تسوية مع أحد دائنيها الرئيسين.", "AGREE")
    assert recip == ["أحد دائنيها الرئيسين"]


def test_partner_head_continued_by_a_phrase(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وبحث الوزير خلال اجتماعه مع العاهل الأردني سبل التعاون.", "CONSULT")
    assert actor == ["الوزير"] and recip == ["العاهل الأردني"]


def test_partner_stops_where_the_definite_genitive_ends(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "وقال إن اليونان توشك على إبرام اتفاق مع المقرضين بشأن صفقة إنقاذ.", "AGREE")
    assert recip == ["المقرضين"]


def test_partner_plural_with_a_pronoun(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "وقال إننا نتعاون مع أشقائنا العرب على جمع الكلمة.", "COOPERATE")
    assert recip == ["أشقائنا العرب"]


def test_no_partner_that_is_no_party(pipe: Pipeline) -> None:
    # a project or a topic after «مع» is no party noun
    _, recip = roles(pipe, "أكد المدير حرص الإدارة على التعاون مع ذلك المشروع الكبير.", "AGREE")
    assert recip == []
    _, recip = roles(pipe, "أكد الوزير أن التعاون مع الموضوعات الجديدة مهم.", "COOPERATE")
    assert recip == []


# --- (b) «بين البلدين»: the pair named before ---------------------------------------------------

PAIR = ("نوه المجلس بالعلاقات التي تربط السعودية والأردن، وبما تضمنه البيان من اتفاق على تعزيز "
        "التعاون {} .")


def test_two_countries_named_before_between_the_two(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, PAIR.format("بين البلدين"), "AGREE")
    assert actor == ["السعودية"] and recip == ["الأردن"]


def test_no_pair_without_between_the_two(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, PAIR.format("في المنطقة"), "AGREE")
    assert actor == [] and recip == []


def test_no_pair_when_a_third_country_is_named(pipe: Pipeline) -> None:
    text = PAIR.format("بين البلدين").replace("والأردن،", "والأردن ومصر،")
    actor, recip = roles(pipe, text, "AGREE")
    assert actor == [] and recip == []


# --- (c) a meeting's attendees after «ضم» -------------------------------------------------------

def test_attendees_after_the_meeting(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "ترأس قائد المنطقة اليوم اجتماعا ضم كبار قادة المناطق العسكرية.", "CONSULT")
    assert recip == ["كبار قادة المناطق العسكرية"]
    actor, recip = roles(pipe, "عقد الرئيس اليمني اليوم اجتماعا ضم مستشاريه لبحث الأوضاع.", "CONSULT")
    assert actor == ["الرئيس اليمني"] and recip == ["مستشاريه"]


def test_no_attendees_that_are_no_party(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "عقد الرئيس اليمني اليوم اجتماعا ضم ملفات عديدة.", "CONSULT")
    assert recip == []


# --- (d) «التحقيق معه»: the party arrested or summoned right before ------------------------------

def test_investigated_after_an_arrest(pipe: Pipeline) -> None:
    text = "تمكنت الشرطة من القبض على الجاني المذكور وأسفر التحقيق معه عن توجيه الاتهام إليه."
    _, recip = roles(pipe, text, "ACCUSE")
    assert recip == ["الجاني المذكور"]


def test_investigated_after_a_summons(pipe: Pipeline) -> None:
    text = "قال المتحدث إن المجلس سيستدعي الوزير السابق للتحقيق معه في التهم."
    _, recip = roles(pipe, text, "ACCUSE")
    assert recip == ["الوزير السابق"]


def test_no_investigated_party_of_a_request(pipe: Pipeline) -> None:
    # «طلب من اللجنة التحقيق معه»: the committee is asked, the speaker is investigated
    text = "قال المتحدث إن الوزير السابق طلب من اللجنة التحقيق معه في التهم."
    _, recip = roles(pipe, text, "ACCUSE")
    assert recip == []


# --- (e) the object after a time word in «S V» order ----------------------------------------------

def test_object_after_a_weekday_in_svo(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وكان زعيم الحزب دعا السبت الحكومة التركية إلى وقف العنف.", "REQUEST")
    assert actor == ["زعيم الحزب"] and recip == ["الحكومة التركية"]


def test_no_object_in_svo_when_none_follows(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "وكان زعيم الحزب دعا السبت إلى وقف العنف.", "REQUEST")
    assert recip == []


# --- (f) a plural or first-person verb: the phrase after it is the addressee ----------------------

def test_plural_verb_object_is_the_addressee(pipe: Pipeline) -> None:
    # «طالبوا» names its subject: «المسلحين» after it is whom they ask
    actor, recip = roles(pipe, "وطالبوا المسلحين بالمغادرة على وجه السرعة.", "REQUEST")
    assert actor == [] and recip == ["المسلحين"]
    actor, recip = roles(pipe, "رفض الأهالي ذلك وطالبوا المسلحين بالمغادرة.", "REQUEST")
    assert actor == ["الأهالي"] and recip == ["المسلحين"]


def test_first_person_verb_object_is_the_addressee(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وأضاف: لذلك طالبنا رئيس الوزراء بإقالة عدد من الوزراء.", "REQUEST")
    assert actor == [] and recip == ["رئيس الوزراء"]


def test_singular_verb_keeps_its_subject(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وطالب المسلحون بالمغادرة فورا.", "REQUEST")
    assert actor == ["المسلحون"] and recip == []


# --- (g) the party met after «ب» ------------------------------------------------------------------

def test_met_party_after_b(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "والتقى اللواء بالعاملين في المركز.", "CONSULT")
    assert actor == ["اللواء"] and recip == ["العاملين"]
    _, recip = roles(pipe, "وفي نهاية جولته التقى معاليه بعدد من المواطنين.", "CONSULT")
    assert recip == ["عدد من المواطنين"]
    _, recip = roles(pipe, "والتقى الوزير بمعالي المستشار بالديوان الملكي.", "CONSULT")
    assert recip == ["المستشار"]


def test_no_met_party_at_a_place(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "والتقى الوزير بمقر الوزارة.", "CONSULT")
    assert recip == []


# --- (h) the light verb's subject: time words and a phrase's inner words do not count ------------

def test_light_verb_subject_across_a_place_and_a_weekday(pipe: Pipeline) -> None:
    text = "قام مدير عام التعليم في منطقة عسير اليوم الاثنين بزيارة لمركز الملك سلمان للإغاثة."
    actor, _ = roles(pipe, text, "CONSULT")
    assert actor == ["مدير عام التعليم"]


def test_no_light_verb_subject_for_a_prepositions_object(pipe: Pipeline) -> None:
    # «تعقد المحكمة جلسة للنظر في الاتهامات»: the court does not accuse; the accusers are others
    text = ("تعقد المحكمة العامة بجدة منتصف الأسبوع القادم جلسة للنظر في الاتهامات الموجهة إلى "
            "مسؤول سابق.")
    actor, _ = roles(pipe, text, "ACCUSE")
    assert actor == []


# --- the gate: ASSAULT and PROTEST events are never touched -------------------------------------

PARAGRAPH = ("قتل مسلحون خمسة جنود في هجوم على نقطة تفتيش. وتظاهر مئات الطلاب أمام الوزارة. "
             "وأعلنت الشركة اتفاق تسوية مع أحد دائنيها الرئيسين.")


@pytest.mark.parametrize("stages", [RULE_STAGES])
def test_gated_types_untouched(monkeypatch: pytest.MonkeyPatch, stages: tuple[str, ...]) -> None:
    gated_types_untouched_by_party_hook(monkeypatch, PARAGRAPH, stages)
