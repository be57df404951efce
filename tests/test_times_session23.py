"""Session 23 (t23): the families held-out 27 (ten time-dense news-day articles) showed, each counted on the
news day, ANERcorp 723.. and the Wojood documents — an approximator before a bracket that holds the whole
amount, the first of two neighbouring number words before a counted noun, ambiguous Hijri month names in a
list of months, a product line before its model number (and a no-break space before a number). Sentences made
up in the news day's shape; docs/time.md "Session 23"."""

from __future__ import annotations

import pytest
from time_helpers import quantities, tag

# --- an approximator before a bracket that holds the whole amount ----------------------------------


@pytest.mark.parametrize("text, span, value, approx", [
    ("وأشارت الدراسة إلى أن نحو (56%) من المركبات قديمة", "56%", 56.0, "about"),
    ("يبعد عن منزلها نحو (580 كم)، كما قالت", "580 كم", 580.0, "about"),
    ("أكثر من (50%) من المعارض تقام في الرياض", "50%", 50.0, "more_than"),
    ("سفر ما يقارب (200 عامل) من عمال الشركة", "200 عامل", 200.0, "about"),
])
def test_bracketed_amount_keeps_its_approximator(text, span, value, approx):
    assert (span, value, approx) in quantities(text)


def test_bracketed_duration_keeps_its_approximator():
    assert ("15 عاما", "DURATION", "P15Y", "LESS_THAN") in tag("وفي منافسات الفرق تحت (15 عاما) نجح المنتخب")


@pytest.mark.parametrize("text, span, value", [
    ("خاض الفريق المباراة من دون (3 لاعبين) بسبب الإصابة", "3 لاعبين", 3.0),  # «من دون»: without
    ("بلغ عدد الزوار (500 زائر) في اليوم الأول", "500 زائر", 500.0),  # no approximator
])
def test_bracket_without_an_approximator_stays_exact(text, span, value):
    assert (span, value, None) in quantities(text)


def test_approximator_before_a_bracketed_number_only_is_inside_as_before():
    # the bracket holds the number alone: the approximator is in the span (session 13), unchanged
    assert ("أكثر من (3.9) مليون ريال", 3900000.0, "more_than") in quantities(
        "أودعت الإدارة اليوم أكثر من (3.9) مليون ريال في الحسابات")


# --- the first of two neighbouring number words before a counted noun ------------------------------


@pytest.mark.parametrize("text, first, second", [
    ("بتسيير رحلات مباشرة أربع إلى خمس مرات أسبوعيا", ("أربع", 4.0), ("خمس مرات", 5.0)),
    ("أطلقت إحدى المرأتين أربعة أو خمسة أعيرة نارية", ("أربعة", 4.0), ("خمسة أعيرة", 5.0)),
    ("قبل مشاركته في آخر تسع أو عشر مباريات منذ الموسم", ("تسع", 9.0), ("عشر مباريات", 10.0)),
])
def test_first_of_a_number_word_pair_counts(text, first, second):
    got = quantities(text)
    assert (*first, None) in got and (*second, None) in got


@pytest.mark.parametrize("text", [
    "تثبيت كل شركة في موقع معين لأربع أو خمس سنوات",  # amounts of time are the time stage's
    "بلغ عدد الحضور أربع إلى عشر مرات",  # not neighbours (4 and 10)
    "سجل خمس أو أربع محاولات",  # falling: no range
])
def test_no_pair_count(text):
    assert all(q[1] not in (4.0, 5.0) or " " in q[0] for q in quantities(text)), quantities(text)


# --- ambiguous Hijri month names in a list of months -----------------------------------------------


def test_hijri_months_in_a_list_with_an_unambiguous_month():
    assert tag("مكافآت الطلاب للأشهر (محرم وربيع الأول) للعام الدراسي") == [
        ("محرم", "DATE", "2014-10-25/2014-11-22", None), ("ربيع الأول", "DATE", "2014-12-23/2015-01-20", None)]


def test_bracketed_list_of_ambiguous_hijri_months():
    assert [t[0] for t in tag("أداء الربع الثالث من العام الهجري الجاري (رجب - شعبان - رمضان) والذي تضمن")] == [
        "الربع الثالث من العام الهجري الجاري", "رجب", "شعبان", "رمضان"]


@pytest.mark.parametrize("text", [
    "تعادل الفريقان بنتيجة صفر - صفر في المباراة",  # a score: the same month twice
    "وحضر الحفل رمضان وشعبان وأصدقاؤهما",  # two names: ambiguous months, no bracket, no noun of months
])
def test_no_hijri_month_list(text):
    assert tag(text) == []


# --- a product line before its model number; a no-break space before a number ----------------------


@pytest.mark.parametrize("text", [
    "وكشفت أبل عن آيفون 6 وآيفون\u00a06\u00a0بلاس قبل عام",
    "تعمل على أندرويد والبلاك بيري، إضافة إلى ويندوز فون 8، مع إمكانية إرفاق صور",
])
def test_product_model_number_is_no_quantity(text):
    assert [q for q in quantities(text) if q[1] in (6.0, 8.0)] == []


def test_scaled_amount_after_a_product_name_still_counts():
    # a scale word after the number makes it an amount, not a model
    assert ("6 ملايين جهاز", 6000000.0, None) in quantities("وبلغت مبيعات آيفون 6 ملايين جهاز")
