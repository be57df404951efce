"""ASSAULT/PROTEST detection families of session 14 (issue #6, ev14): security forces massing at a
protest are no event (they had been coded COERCE by the PROTEST recoding); a toll counted from a month
or an event (منذ منتصف مارس، منذ 28 يونيو، منذ انطلاقها) is historical; an attack described by a
relative clause on the act a condemnation names (استنكر … العمل الإرهابي الذي استهدف …) is the
condemned topic, no report; dead counted with the missing (قتل 12 وفقد أربعة) are a disaster's toll;
an attack judged by a verb of evaluation (تفجير المسجد يعد جريمة) is a known act.

Sentences written for these tests (not copied from the dev gold, the news day or ANERcorp).
"""

from __future__ import annotations

import pytest
from event_helpers import events_of

# the rules-only pipeline of session 10's tests (one definition)
from test_events_s10_ap import rules  # noqa: F401


def _asserted(pipe, text: str, type_: str) -> list:
    return [e for e in events_of(pipe, text, type_) if e.modality == "asserted" and not e.historical]


# --- security forces massing at a protest ------------------------------------------------------

def test_security_forces_massing_is_no_event(rules):  # noqa: F811
    text = ("وتجمع مئات المتظاهرين أمام البرلمان احتجاجا على القانون، فيما احتشدت قوات الأمن "
            "في محيط الساحة")
    evs = events_of(rules, text)
    assert not [e for e in evs if e.type == "COERCE"]
    protests = [e for e in evs if e.type == "PROTEST"]
    assert [a.text for e in protests for a in e.actor] == ["المتظاهرين"]


@pytest.mark.parametrize(("text", "type_"), [
    ("وأغلقت الشرطة الشوارع المؤدية إلى الساحة", "COERCE"),  # a restriction stays COERCE
    ("واحتشد المتظاهرون أمام البرلمان احتجاجا على القانون", "PROTEST"),
])
def test_other_gatherings_unchanged(rules, text, type_):  # noqa: F811
    assert events_of(rules, text, type_)


# --- running tolls ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وتشهد سوريا نزاعا داميا تسبب منذ منتصف مارس بمقتل أكثر من 240 ألف شخص",
    "وأسفرت الغارات عن مقتل 15 ألف مقاتل منذ انطلاقها",
    "واستشهد ما لا يقل عن 204 فلسطينيين في العمليات التي تشنها قوات الاحتلال منذ 28 يونيو في غزة",
    "وقتل 38 شخصا في أعمال العنف منذ اغتيال زعيمة المعارضة",
])
def test_toll_since_a_month_or_an_event_is_historical(rules, text):  # noqa: F811
    evs = events_of(rules, text, "ASSAULT")
    assert evs and all(e.historical for e in evs if e.modality == "asserted")


@pytest.mark.parametrize("text", [
    "وقتل ثلاثة جنود منذ صباح اليوم في هجمات متفرقة",  # one day's events
    "وقتل مسلحون خمسة جنود أمس في هجوم على حاجز",
])
def test_same_day_killings_stay_current(rules, text):  # noqa: F811
    assert _asserted(rules, text, "ASSAULT")


def test_protest_since_a_month_is_not_retold(rules):  # noqa: F811
    evs = events_of(rules, "وتظاهر آلاف الطلاب منذ منتصف مارس ضد الحكومة", "PROTEST")
    assert evs and not any(e.historical for e in evs)


# --- an attack described in the relative clause of a condemned act ------------------------------

@pytest.mark.parametrize("text", [
    "استنكر رئيس الجالية العمل الإرهابي الذي استهدف مسجد قوات الطوارئ في أبها",
    "استنكر علماء المحافظة الجريمة الإرهابية التي استهدفت رجال الأمن في المدينة",
])
def test_condemned_act_described_is_no_report(rules, text):  # noqa: F811
    assert not _asserted(rules, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    # the report comes first; the condemnation after it names no relative clause
    "وقتل عشرة أشخاص في الهجوم الذي استهدف المسجد، واستنكرت الحكومة العمل الإرهابي",
    # a relative clause without a condemnation before it is a report
    "وقالت الشرطة إن العمل الإرهابي الذي استهدف المسجد أسفر عن مقتل عشرة أشخاص",
])
def test_reports_with_a_condemnation_stay(rules, text):  # noqa: F811
    assert _asserted(rules, text, "ASSAULT")


# --- dead counted with the missing: a disaster's toll --------------------------------------------

@pytest.mark.parametrize("text", [
    "وقتل 12 شخصا وفقد أربعة آخرون في مدينة ونتشو الأكثر تضررا",
    "وقال مسؤول إن 77 شخصا قتلوا في الإقليم فيما لا يزال 70 آخرون في عداد المفقودين",
])
def test_dead_and_missing_is_no_attack(rules, text):  # noqa: F811
    assert not events_of(rules, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "وقتل خمسة جنود وفقد اثنان في هجوم شنه مسلحون على قاعدة عسكرية",  # an attack word stays
    "وقتل مسلحون ثلاثة أشخاص في السوق وفقد أحد الجرحى حياته لاحقا",  # فقد حياته: no count
])
def test_missing_with_an_attack_stays(rules, text):  # noqa: F811
    assert events_of(rules, text, "ASSAULT")


# --- an attack judged by a verb of evaluation is a known act, not a report --------------------------

@pytest.mark.parametrize("text", [
    "وأكدت الجامعة أن تفجير مسجد قوات الطوارئ الخاصة يعد جريمة تنكرها كل الديانات",
    "والعمل الإرهابي الذي استهدف المسجد في المدينة يدل على خطورة الفكر المتطرف",
    "واغتيال الصحفي يمثل انتهاكا صارخا لحرية الصحافة",
])
def test_judged_attack_is_no_report(rules, text):  # noqa: F811
    assert not _asserted(rules, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "وقتل مسلحون عشرة جنود، مما يعد خرقا للهدنة",  # a comment on the report
    "وقتل مسلحون عشرة جنود في هجوم يعتبر الأكبر على المدينة",  # a record, not a judgement
])
def test_reports_with_a_comment_stay(rules, text):  # noqa: F811
    assert _asserted(rules, text, "ASSAULT")


# --- what someone habitually does, and what an attack revealed ---------------------------------------

@pytest.mark.parametrize("text", [
    "وقال الخطيب إن ما يقوم به المجرمون الضالون من استهداف المصلين في بيوت الله جريمة",
    "وقال الكاتب إن هذه الجماعة شوهت صورة الدين بما يقومون به بتفجير أنفسهم في الطرقات",
    "وقال الأمير إن التفجير الإرهابي كشف مدى حقد هؤلاء المجرمين",
])
def test_habits_and_revelations_are_no_report(rules, text):  # noqa: F811
    assert not _asserted(rules, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "وأدان الوزير ما قام به المسلحون من قتل المدنيين في القرية أمس",  # the perfect: a done act
    "وقتل مسلحون خمسة جنود، وكشف مصدر أمني أن المهاجمين فروا",  # كشف after a comma: a source
])
def test_done_acts_and_sources_stay(rules, text):  # noqa: F811
    assert _asserted(rules, text, "ASSAULT")


# --- reactions to an attack: shock, regret, grief, condolences -------------------------------------

@pytest.mark.parametrize("text", [
    "وعبر الوزير عن أسفه الشديد للحادث الإرهابي الذي استهدف مسجد قوات الطوارئ في أبها",
    "وعبر الأمير عن خالص تعازيه في ضحايا العمل الإرهابي الذي استهدف المصلين في المسجد",
])
def test_reactions_name_a_known_attack(rules, text):  # noqa: F811
    assert not _asserted(rules, text, "ASSAULT")


def test_a_report_before_the_reaction_stays(rules):  # noqa: F811
    text = "وقتل مسلحون خمسة جنود في هجوم على حاجز، وأعرب الوزير عن أسفه للحادث"
    assert _asserted(rules, text, "ASSAULT")
