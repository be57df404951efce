"""Session 21 (q21): «(و)نسبت X إلى Y قوله …» — an outlet attributes Y's words, as «ونقلت X عن Y قوله»
does (docs/quotes.md § 5 "Session 21"): Y is the explicit source, X the via; the passive «ونُسب إلى Y قوله»
has no via. «نسب» is a cue only before «إلى» and a verbal noun of saying with its pronoun («قوله/قولها/
قولهم»): «ونسب الهجوم إلى …» (a deed attributed), «ما نسب إليه» and the noun «نسب» (rates) are no speech.
Cases: ANERcorp 853 and 1483 (the brief's family; 1483 stays missed for another reason, a nisba after the
quoted paper's name). The sentences are made up for these tests (no corpus text)."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- positives -------------------------------------------------------------------------------------------
def test_a_paper_attributes_a_saying_to_a_named_person(pipe: Pipeline) -> None:
    q = one(pipe, 'ونسبت صحيفة "الشرق الاوسط" إلى جنبلاط قوله إن نصر الله طرح شعارا جديدا.', "نصر الله طرح")
    assert q.source.text == "جنبلاط" and not q.implicit
    assert [v.name for v in q.via] == ["الشرق الأوسط"]


def test_an_agency_attributes_a_saying_to_an_unnamed_minister(pipe: Pipeline) -> None:
    q = one(pipe, "نسبت وكالة الصحافة الفرنسية إلى وزير اسرائيلي قوله إن قيادة الجيش لم تطلع الحكومة على الخطة.",
            "قيادة الجيش")
    assert q.cue.text == "نسبت" and q.speaker == "وزير اسرائيلي"
    assert [v.name for v in q.via] == ["فرانس برس"]


def test_the_passive_has_the_source_and_no_via(pipe: Pipeline) -> None:
    q = one(pipe, "ونُسب إلى الوزير قوله إن الحكومة ستستقيل قريبا.", "الحكومة ستستقيل")
    assert q.source.text == "الوزير" and not q.via and not q.implicit


def test_her_saying_with_the_feminine_pronoun(pipe: Pipeline) -> None:
    q = one(pipe, "ونسبت الصحيفة إلى الوزيرة قولها إن الميزانية ستعرض على البرلمان.", "الميزانية ستعرض")
    assert q.source.text == "الوزيرة" and q.cue.text == "ونسبت"


# -- negatives: a deed attributed, a pronoun, the noun «نسب» -----------------------------------------------
def test_an_attack_attributed_to_a_group_is_no_speech(pipe: Pipeline) -> None:
    assert quotes(pipe, "ونسب الهجوم إلى حزب العمال الكردستاني.") == []


def test_what_was_attributed_to_him_is_no_speech(pipe: Pipeline) -> None:
    assert quotes(pipe, "وصدر بحقه صك شرعي يقضي بثبوت ما نسب إليه شرعا.") == []


def test_police_attributing_an_accident_is_no_speech(pipe: Pipeline) -> None:
    assert quotes(pipe, "ونسبت الشرطة الحادث إلى سائق متهور قاد سيارته بسرعة.") == []


def test_the_noun_rates_inside_a_statement(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير إن نسب البطالة ارتفعت هذا العام.", "نسب البطالة")
    assert q.cue.text == "وقال" and q.source.text == "الوزير"
