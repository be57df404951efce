"""ASSAULT families of session 19 (issue #6, ev19; :mod:`khabar.extract.events.discourse`, called by
:mod:`khabar.extract.events.precision`): the benchmark's own false-positive kinds — an attack ranked
by a verb of judging, a person's record, a verbal onslaught, a plan noun behind quotation marks, a
count compared with another period, history told without a year. Each family has its reports that
must stay.

Sentences written for these tests (not copied from the dev gold, the news day or ANERcorp); the
rules without the learned filter.
"""

from __future__ import annotations

import pytest
from event_helpers import events_of, rules_only
from event_helpers import reported as _reported
from event_helpers import token_at as _at

from khabar.extract.events.discourse import (
    compared_count,
    evaluated_record,
    quoted_plan,
    record,
    relative_year,
    verbal_onslaught,
)
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return rules_only()


# --- an attack ranked by a verb of judging ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ويعد أحدث هجوم انتحاري نفذه مسلحون ضد قافلة عسكرية في المدينة أمس",
    "ويعد أحدث تفجير استهدف قوات الأمن في الإقليم الأسبوع الماضي",
    "وتعتبر أعنف عملية تفجير نفذها المسلحون ضد الجيش هذا العام",
])
def test_an_attack_ranked_is_no_report(rules, text):
    assert not _reported(rules, text)


@pytest.mark.parametrize("text", [
    # the report itself, the ranking after it
    "قتل عشرون شخصا في هجوم انتحاري استهدف سوقا شعبية أمس ويعد الأعنف في المدينة",
    # an elative with no verb of judging
    "قتل عشرون شخصا أمس في أعنف هجوم تشهده المدينة",
])
def test_a_report_with_a_ranking_stays(rules, text):
    assert _reported(rules, text)


def test_ranked_trigger_positions():
    toks, s, e = _at("ويعد الهجوم الأعنف منذ سنوات", "الهجوم")
    assert evaluated_record(toks, s, e)
    toks, s, e = _at("ووقع الهجوم الأعنف منذ سنوات", "الهجوم")
    assert not evaluated_record(toks, s, e)


# --- a person's record ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وارتبط اسمه في الصحافة باغتيال عدد من القادة المعارضين",
    "واعتقلت الشرطة رجلا تشمل جرائمه سرقة السيارات وقتل حارسين",
    "وارتبط اسمه بتفجير السفارة وقتل فيها عشرون شخصا",
])
def test_a_record_is_no_report(rules, text):
    assert not _reported(rules, text)


@pytest.mark.parametrize("text", [
    # «الماضية» is no possessed «ماضيه»
    "هاجم مسلحون موقعا للجيش الليلة الماضية ما أدى إلى مقتل جنديين",
    # a name given, no record
    "قال مصدر أمني رفض الكشف عن اسمه إن مسلحين قتلوا ثلاثة جنود أمس",
])
def test_reports_beside_record_words_stay(rules, text):
    assert _reported(rules, text)


def test_record_needs_the_link_for_a_name():
    toks, s, e = _at("ونشر اسمه بعد اغتيال الوزير", "اغتيال")
    assert not record(toks, s)
    toks, s, e = _at("وارتبط اسمه باغتيال الوزير", "باغتيال")
    assert record(toks, s)


# --- a verbal onslaught -----------------------------------------------------------------------------

def test_a_verbal_onslaught_is_no_report(rules):
    assert not _reported(rules, "وما نشهده اليوم من هجمة عنصرية شرسة ومن الحروب والعدوان يهدد "
                                "بتفجير صراعات جديدة")


@pytest.mark.parametrize("text", [
    # a killing in a racist onslaught: the killing is reported
    "وتتعرض الجالية لهجمة عنصرية قتل فيها ثلاثة من أبنائها",
    "وشن المسلحون هجمة عنيفة على مركز الشرطة أمس وقتلوا اثنين من عناصره",
    "وقتل ثلاثة جنود في هجمة شنها مسلحون على نقطة تفتيش أمس",
])
def test_an_armed_onslaught_stays(rules, text):
    assert _reported(rules, text)


def test_onslaught_is_the_feminine_noun():
    toks, s, e = _at("هجوم عنصري على مسجد", "هجوم")
    assert not verbal_onslaught(toks, s, e)
    toks, s, e = _at("الهجمة الثقافية على البلاد", "الهجمة")
    assert verbal_onslaught(toks, s, e)
    # the media's is the rules' verbal attack, retyped as an accusation (session 5): not vetoed
    toks, s, e = _at("هجمة إعلامية على الوزير", "هجمة")
    assert not verbal_onslaught(toks, s, e)


# --- a plan noun behind quotation marks -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'وأعلنت الشرطة إحباط "مؤامرة إرهابية" لتفجير طائرات ركاب فوق المحيط',
    "واعتقلت السلطات المتهمين في مخطط «الفجر الأسود» لتفجير محطات القطارات",
])
def test_a_quoted_plan_is_no_report(rules, text):
    assert not _reported(rules, text)


def test_quoted_plan_positions():
    toks, s, e = _at('إحباط "مؤامرة" لتفجير طائرات', "لتفجير")
    assert quoted_plan(toks, s)
    # no quotation mark: the modality rows' business, not this family
    toks, s, e = _at("إحباط مؤامرة لتفجير طائرات", "لتفجير")
    assert not quoted_plan(toks, s)
    # a comma between: another clause
    toks, s, e = _at('أحبطت "المؤامرة"، لتفجير طائرات', "لتفجير")
    assert not quoted_plan(toks, s)


def test_a_quoted_name_of_an_attack_stays(rules):
    assert _reported(rules, 'وقتل عشرة أشخاص في تفجير "سوق الخضار" أمس')


# --- a count compared with another period -----------------------------------------------------------

def test_the_compared_count_is_no_report():
    toks, s, e = _at("وقع 900 انفجار هذا الشهر مقابل 1500 انفجار في يناير", "انفجار")
    assert not compared_count(toks, s)  # the first: this month's count
    j = max(i for i, t in enumerate(toks) if t.text == "انفجار")
    assert compared_count(toks, j)
    toks, s, e = _at("مقارنة مع 300 هجوم العام الماضي", "هجوم")
    assert compared_count(toks, s)


def test_a_count_without_comparison_stays(rules):
    assert _reported(rules, "وقتل 15 شخصا في انفجار سيارة مفخخة في السوق أمس")


# --- history told without a year --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ودعا المحتجون إلى محاكمة قائد الكتيبة الذي قتل في معارك مع المتمردين في العام الماضي",
    "وكان الجيش قد قصف القرية قبل عامين ودمر مدرستها",
    "واغتيل وزير الداخلية آنذاك في كمين نصبه مسلحون",
])
def test_history_without_a_year_is_historical(rules, text):
    assert not _reported(rules, text)
    assert any(e.historical for e in events_of(rules, text, "ASSAULT"))


@pytest.mark.parametrize("text", [
    # a toll since last year is still a count of today's war, but a report of today stays
    "قتل مسلحون خمسة جنود أمس في هجوم على نقطة تفتيش",
    # a year named far from the trigger, in another clause
    "قتل مسلحون خمسة جنود أمس، وكانت المنطقة قد شهدت معارك العام الماضي",
    # «الماضي» of a day or a week
    "قصفت الطائرات مواقع المسلحين الأسبوع الماضي ودمرت مخازن أسلحة",
])
def test_reports_of_today_stay(rules, text):
    assert _reported(rules, text)


def test_relative_year_positions():
    toks, s, e = _at("قتل العام الماضي", "قتل")
    assert relative_year(toks, s, e)
    toks, s, e = _at("قتل العام الجاري", "قتل")
    assert not relative_year(toks, s, e)
