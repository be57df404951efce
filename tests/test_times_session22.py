"""Session 22 (t22): the families held-out 26 (ten time-dense news-day articles) showed, each counted on the
news day, ANERcorp 723.. and the Wojood documents — a relative year's number after a month of that year, a
comma in a day pair after «يومي», «يوم» before a day of «الشهر ذاته», a day/month without a year in a range of
two, a bare number closing a short quoted name. Sentences made up in the news day's shape; docs/time.md
"Session 22"."""

from __future__ import annotations

import pytest
from time_helpers import quantities, tag

# --- the number of a relative year that ends a month or quarter of it joins the span ----------------


@pytest.mark.parametrize("text, expected", [
    ("تقام البطولة في شهر ديسمبر (كانون الأول) من العام الحالي 2015 كما تقرر",
     [("شهر ديسمبر (كانون الأول) من العام الحالي 2015", "DATE", "2015-12", None)]),
    ("ارتفعت الأرباح في الربع الثاني من العام الجاري 2015 بنسبة طفيفة",
     [("الربع الثاني من العام الجاري 2015", "DATE", "2015-Q2", None)]),
])
def test_relative_year_number_after_a_month_of_it(text, expected):
    assert tag(text) == expected


def test_relative_year_number_of_another_year_stays_apart():
    # the number names another year than the span's: two expressions, as before
    assert tag("في شهر مايو من العام الماضي 2015 أعلنت الشركة") == [
        ("شهر مايو من العام الماضي", "DATE", "2014-05", None), ("2015", "DATE", "2015", None)]


# --- «يومي 14، و17 من الشهر الجاري»: a comma in a day pair after the dual «يومي» -------------------


def test_day_pair_with_comma_after_yawmi():
    assert tag("ويغيب عن مباراتي السوبر يومي 14، و17 من الشهر الجاري بسبب الإصابة") == [
        ("يومي 14", "DATE", "2015-08-14", None), ("17 من الشهر الجاري", "DATE", "2015-08-17", None)]
    assert quantities("ويغيب عن مباراتي السوبر يومي 14، و17 من الشهر الجاري بسبب الإصابة") == []


def test_comma_without_yawmi_is_no_pair():
    # without «يومي» a number before «، و» is not read as a day (a list of counts reads so)
    assert [t[0] for t in tag("أصيب 14، و17 من الشهر الجاري")] == ["17 من الشهر الجاري"]


# --- «يوم» before a day of the same month is inside the span ---------------------------------------


@pytest.mark.parametrize("text, span, value", [
    ("تلعب يوم الثالث من شهر سبتمبر المقبل، ولقاء ماليزيا يوم الثامن من الشهر ذاته، حيث",
     "يوم الثامن من الشهر ذاته", "2015-09-08"),
    ("افتتح في 3 سبتمبر المقبل، ويختتم يوم 29 من نفس الشهر بحفل",
     "يوم 29 من نفس الشهر", "2015-09-29"),
])
def test_yawm_before_a_day_of_the_same_month(text, span, value):
    assert (span, "DATE", value, None) in tag(text)


# --- a day/month without a year in a range of two ---------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # the dateline's Hijri month (Shawwal = 10 on 2015-08-10)
    ("وردت البلاغات خلال الأيام الماضية، من تاريخ ١٨ / ١٠ الى ٢١ / ١٠، حيث بلغ عددها",
     [("١٨ / ١٠", "2015-08-03"), ("٢١ / ١٠", "2015-08-06")]),
    # month first when day first is impossible
    ("يقام الملتقى خلال الفترة ما بين 10 / 25 وحتى 10 / 29، حيث يشتمل",
     [("10 / 25", "2015-08-10"), ("10 / 29", "2015-08-14")]),
    # the first day takes the second's year
    ("يقام المخيم في الفترة من 8/8 إلى 21/8/2015 ويستمر",
     [("8/8", "2015-08-08"), ("21/8/2015", "2015-08-21")]),
    # the dateline's Gregorian month
    ("أجريت الاختبارات من 2/8 إلى 6/8 في المدارس",
     [("2/8", "2015-08-02"), ("6/8", "2015-08-06")]),
])
def test_day_month_range_without_year(text, expected):
    assert [(t[0], t[2]) for t in tag(text) if t[1] == "DATE" and t[2][:2] == "20"] == expected


@pytest.mark.parametrize("text", [
    "ارتفعت النسبة من 3/4 إلى 5/6 من المشاركين",  # fractions: months far from the dateline's
    "فاز الفريق 2/1 على ضيفه",  # no range
])
def test_day_month_not_a_date(text):
    assert tag(text) == []


def test_day_month_range_without_dateline():
    assert tag("من تاريخ 18 / 10 الى 21 / 10", published=None) == []


# --- a bare number closing a short quoted name is no quantity ---------------------------------------


@pytest.mark.parametrize("text", [
    "أكد الوزير أن الكويت قادرة على استضافة «خليجي 23»، وأنها ستتخذ الإجراءات",
    'كما أشارت قناة "تي في 5" الفرنسية إلى ذلك',
    "وارتفع مؤشر «ستاندرد اند بورز 500» بواقع 11 نقطة",
])
def test_number_closing_quoted_name(text):
    assert [q for q in quantities(text) if q[1] in (23.0, 5.0, 500.0)] == []


def test_quoted_count_still_counts():
    assert quantities("قال إن «23» شخصا أصيبوا") == [("«23» شخصا", 23.0, None)]
    assert quantities("وقال: «قتل 23 شخصا»، وأضاف") == [("23 شخصا", 23.0, None)]
