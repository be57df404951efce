"""Session-18c time families (the wire-copy classes of held-out 22a, ANERcorp blocks without a
dateline): digits glued to the word before, a day of a relative month kept without a dateline and as
the first day of a range, a day of an anaphoric month whose antecedent has no year. Each family has
cases that must change and cases that must not; sentences written for these tests, none from a gold
set. Dateline: the dev news day, Monday 2015-08-10; ``published=None`` = no dateline."""

from __future__ import annotations

import pytest
from time_helpers import quantities, tag


def found(text: str, published: str | None = "2015-08-10") -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression."""
    return [(t[0], t[1], t[2]) for t in tag(text, published)]


# digits glued to a year's classifier, a day glued to the word before its month, a month glued to its year
@pytest.mark.parametrize("text,expected", [
    ("عين مديرا للجهاز في العام1998 ثم استقال", [("العام1998", "DATE", "1998")]),
    ("لم ينتشر الجيش هناك منذ عام1976, كما قال", [("عام1976", "DATE", "1976")]),
    ("كتب الرواية عام1820 وهو في باريس", [("عام1820", "DATE", "1820")]),
    ("احتفلوا بذكرى احداث12 أكتوبر في الساحة", [("12 أكتوبر", "DATE", "XXXX-10-12")]),
    ("فاز العداء في السباق يوم14 يوليوز2005 بالرباط", [("14 يوليوز2005", "DATE", "2005-07-14")]),
    ("تراجع الدين العام في ابريل2004 بنسبة كبيرة", [("ابريل2004", "DATE", "2004-04")]),
])
def test_glued_digits(text, expected):
    assert found(text, None) == expected


@pytest.mark.parametrize("text", [
    "فاز منتخب خليجي21 على ضيفه بهدفين",  # a name with a number, no classifier, no month
    "ارتفع المؤشر العام2 بالمئة",  # not a year: one digit
    "قال المدير العام15 موظفا غادروا",  # two digits: no year
    "شارك في الدورة رقم12 من البطولة",  # no month after the glued day
])
def test_glued_digits_left(text):
    assert found(text, None) == []


def test_glued_year_no_longer_a_quantity():
    assert quantities("لكن في صيف العام2001 تبددت كل الشكوك") == []


# a day of a relative month without a dateline: the day is kept (it was the bare month XXXX-XX)
@pytest.mark.parametrize("text,expected", [
    ("تقام المباراة في 18 من الشهر المقبل على ملعبه", [("18 من الشهر المقبل", "DATE", "XXXX-XX-18")]),
    ("وقع الانقلاب في 21 الشهر الماضي", [("21 الشهر الماضي", "DATE", "XXXX-XX-21")]),
    ("عقد الاجتماع في الثالث من الشهر الحالي", [("الثالث من الشهر الحالي", "DATE", "XXXX-XX-03")]),
])
def test_day_of_relative_month_without_dateline(text, expected):
    assert found(text, None) == expected


@pytest.mark.parametrize("text,expected", [
    ("تقام المباراة في 18 من الشهر المقبل على ملعبه", [("18 من الشهر المقبل", "DATE", "2015-09-18")]),
    ("ستتراجع الأسعار خلال الشهر المقبل", [("الشهر المقبل", "DATE", "XXXX-XX")]),  # no day: the month
    ("منتصف الشهر المقبل", [("منتصف الشهر المقبل", "DATE", "XXXX-XX")]),
])
def test_relative_month_unchanged(text, expected):
    assert found(text, "2015-08-10" if "2015" in expected[0][2] else None) == expected


# the first day of a range whose second day is of a relative month
@pytest.mark.parametrize("text,published,expected", [
    ("والمقررة من 4 إلى 9 الشهر المقبل في المكسيك", None,
     [("4", "DATE", "XXXX-XX-04"), ("9 الشهر المقبل", "DATE", "XXXX-XX-09")]),
    ("والمقررة من 4 إلى 9 الشهر المقبل في المكسيك", "2015-08-10",
     [("4", "DATE", "2015-09-04"), ("9 الشهر المقبل", "DATE", "2015-09-09")]),
    ("خلال الفترة من 11 - 17 من الشهر الحالي في المتنزه", "2015-08-10",
     [("11", "DATE", "2015-08-11"), ("17 من الشهر الحالي", "DATE", "2015-08-17")]),
])
def test_day_range_of_relative_month(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text", [
    "أصيب 4 إلى 9 الشهر المقبل",  # no opener of a range before the first number
    "والمقررة من 19 إلى 9 الشهر المقبل",  # not increasing: no range
])
def test_day_range_of_relative_month_left(text):
    assert [t for t in found(text, None) if t[0] in ("4", "19")] == []


# a day of an anaphoric month whose antecedent is a month of an unknown year (no dateline)
@pytest.mark.parametrize("text,expected", [
    ("وصل الوفد يوم 3 مارس. وغادر في 12 من نفس الشهر",
     [("يوم 3 مارس", "DATE", "XXXX-03-03"), ("12 من نفس الشهر", "DATE", "XXXX-03-12")]),
    ("بدأت الحملة في 28 يونيو وأسر الجندي في الـ 30 من الشهر ذاته",
     [("28 يونيو", "DATE", "XXXX-06-28"), ("30 من الشهر ذاته", "DATE", "XXXX-06-30")]),
    ("بدأ الإضراب في نوفمبر وتراجعت الصادرات في الشهر نفسه",
     [("نوفمبر", "DATE", "XXXX-11"), ("الشهر نفسه", "DATE", "XXXX-11")]),
])
def test_same_month_of_unknown_year(text, expected):
    assert found(text, None) == expected


@pytest.mark.parametrize("text,published,expected", [
    # no month before it: still left out
    ("وغادر في 12 من نفس الشهر", None, []),
    # a day the month does not have
    ("وصل الوفد يوم 3 فبراير. وغادر في 31 من نفس الشهر", None, [("يوم 3 فبراير", "DATE", "XXXX-02-03")]),
    # with a dateline the antecedent has its year, as before
    ("وصل الوفد يوم 3 مارس. وغادر في 12 من نفس الشهر", "2015-08-10",
     [("يوم 3 مارس", "DATE", "2015-03-03"), ("12 من نفس الشهر", "DATE", "2015-03-12")]),
])
def test_same_month_unchanged(text, published, expected):
    assert found(text, published) == expected


# «الـ» before a number written as two tokens, «ال ـ» (ANERcorp's tokenised wire copy): the same span as «الـ»
@pytest.mark.parametrize("text,expected", [
    ("قتل عشرة في الساعات ال ـ 48 الماضية", [("الساعات ال ـ 48 الماضية", "DURATION", "PT48H")]),
    ("وصل الوفد في ال ـ 17 من تموز الماضي", [("ال ـ 17 من تموز الماضي", "DATE", "XXXX-07-17")]),
    ("قتل عشرة في الساعات الـ 48 الماضية", [("الساعات الـ 48 الماضية", "DURATION", "PT48H")]),  # as before
])
def test_tokenised_al_before_number(text, expected):
    assert found(text, None) == expected


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة الأشخاص ال ـ 14 في لندن",  # no unit: a count, no time
    "خرج من دور ال ـ 16 أمام بطل جورجيا",
])
def test_tokenised_al_before_number_left(text):
    assert found(text, None) == []
