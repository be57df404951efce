"""Session 20 (t20): the families held-out 24w (the Wojood sample: archive catalogue entries, history and
social text, no dateline) showed, each counted on the Wojood documents, the news day and ANERcorp 723.. —
a month heading its bracketed date, an approximator before a classified year, ago dates without a
dateline at their unit's granularity, bracketed early Hijri years with their era; quantities: square
bracket references and line-opening note numbers. Sentences made up (the Wojood text is not ours to
copy) or in the shape of the news day's and ANERcorp's; docs/time.md "Session 20"."""

from __future__ import annotations

import pytest
from time_helpers import quantities, tag

# --- a month name heading a bracketed full date of the same month: one span -------------------------


@pytest.mark.parametrize("text, span, value", [
    ("نشرت جريدة الأهرام / آذار (5 / 3 / 1950).", "آذار (5 / 3 / 1950)", "1950-03-05"),
    ("صدرت مجلة الهلال، أيار (12 / 5 / 1930).", "أيار (12 / 5 / 1930)", "1930-05-12"),
    ("صدرت مجلة الهلال / آب (12 / 8 / 1930).", "آب (12 / 8 / 1930)", "1930-08-12"),  # «آب» alone is no month
    ("ونشرت في كانون الأول ( 2 / 12 / 1931 ) في العدد الأول.", "كانون الأول ( 2 / 12 / 1931 )", "1931-12-02"),
    ("نشرت الصحيفة في أغسطس (15/8/1970) مقالا.", "أغسطس (15/8/1970)", "1970-08-15"),
])
def test_month_heading_joins_its_bracketed_date(text, span, value):
    for published in (None, "2015-08-10"):
        assert tag(text, published) == [(span, "DATE", value, None)]


@pytest.mark.parametrize("text, expected", [
    # another month than the date's: two expressions
    ("نشرت الصحيفة في أغسطس (15/9/1970) مقالا.",
     [("أغسطس", "DATE", "XXXX-08", None), ("15/9/1970", "DATE", "1970-09-15", None)]),
    # a month with its own year before the bracket keeps it
    ("نشرت الصحيفة في أغسطس 1970 (15/8/1970) مقالا.",
     [("أغسطس 1970", "DATE", "1970-08", None), ("15/8/1970", "DATE", "1970-08-15", None)]),
    # no month before the bracket: the date alone, brackets outside
    ("زار الوفد المدينة في (15 / 8 / 1970) وعاد.", [("15 / 8 / 1970", "DATE", "1970-08-15", None)]),
])
def test_month_heading_negatives(text, expected):
    assert tag(text, None) == expected


# --- an approximator before a year with its classifier: inside, APPROX -------------------------------


@pytest.mark.parametrize("text, published, expected", [
    ("بنيت القلعة حوالي عام 1750 على التل.", None, ("حوالي عام 1750", "DATE", "1750", "APPROX")),
    ("رسمت اللوحة نحو سنة (1920).", None, ("نحو سنة (1920)", "DATE", "1920", "APPROX")),
    ("وفي حوالي سنة 3100 ق.م. ظهرت الحبوب.", None, ("حوالي سنة 3100 ق.م.", "DATE", "BC3100", "APPROX")),
    ("ستكون الدورة الأكثر اضطرابا قرابة عام 2023.", "2015-08-10", ("قرابة عام 2023", "DATE", "2023", "APPROX")),
])
def test_approximator_before_classified_year(text, published, expected):
    assert tag(text, published) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("ولد نحو 1920 في القرية.", ("1920", "DATE", "1920", None)),  # a bare year: no approximator read
    ("بنيت القلعة عام 1750 على التل.", ("عام 1750", "DATE", "1750", None)),
])
def test_approximator_year_negatives(text, expected):
    assert tag(text, None) == [expected]


# --- an ago date without a dateline: the unit's granularity ------------------------------------------


@pytest.mark.parametrize("text, span, value", [
    ("عاد إلى القرية قبل ثلاثين عاما.", "قبل ثلاثين عاما", "XXXX"),
    ("عاد إلى القرية قبل ستة أشهر.", "قبل ستة أشهر", "XXXX-XX"),
    ("عاد إلى القرية قبل أسبوعين.", "قبل أسبوعين", "XXXX-WXX"),
    ("سيعود إلى القرية بعد عامين.", "بعد عامين", "XXXX"),
    ("عاد قبل عام ونصف.", "قبل عام ونصف", "XXXX-XX"),
])
def test_ago_without_dateline_keeps_granularity(text, span, value):
    assert tag(text, None) == [(span, "DATE", value, None)]


@pytest.mark.parametrize("text, published, expected", [
    ("عاد إلى القرية قبل خمسة أيام.", None, ("قبل خمسة أيام", "DATE", "XXXX-XX-XX", None)),  # days stay days
    ("عاد إلى القرية قبل ثلاثين عاما.", "2015-08-10", ("قبل ثلاثين عاما", "DATE", "1985", None)),  # dated: as before
    ("عاد إلى القرية قبل ساعتين.", None, ("ساعتين", "DURATION", "PT2H", None)),  # hours count from an event
])
def test_ago_negatives(text, published, expected):
    assert tag(text, published) == [expected]


# --- a bracketed Hijri year with its classifier and era -----------------------------------------------


@pytest.mark.parametrize("text, span, value", [
    ("سجلت الوثيقة عام (1250) هجري في القدس.", "عام (1250) هجري", "1834"),
    ("سجلت الوثيقة عام ( 1199 ) هـ في القدس.", "عام ( 1199 ) هـ", "1785"),
    ("سجلت الوثيقة عام (661) هجرية في القدس.", "عام (661) هجرية", "1263"),
])
def test_bracketed_early_hijri_year(text, span, value):
    doc = tag(text, None)
    assert doc == [(span, "DATE", value, None)]


def test_bracketed_year_negatives():
    assert tag("سجلت الوثيقة عام (1250) في القدس.", None) == [("عام (1250)", "DATE", "1250", None)]  # no era
    assert tag("سجلت الوثيقة (661) هجرية في القدس.", None) == []  # no classifier: no early year
    assert tag("سجلت الوثيقة عام (1320) هجري عام 1902 ميلادي.", None) == [
        ("عام (1320) هجري", "DATE", "1902", None), ("عام 1902 ميلادي", "DATE", "1902", None)]


# --- quantities: square-bracket references and line-opening note numbers -----------------------------


@pytest.mark.parametrize("text", [
    "ويشرح الفصل الثالث [3] طرق الري القديمة.",
    "يتكون النظام من أجهزة رئيسية [1]، وهي تسمى المنظومة.",
    "مقدمة الكتاب.\n12 المرجع نفسه.",
    "مقدمة الكتاب.\n4 التسجيل لدى اللجنة.",
    "مقدمة الكتاب.\n57 «تاريخ الزراعة في الوادي»",
])
def test_reference_and_note_numbers_are_no_quantities(text):
    assert quantities(text) == []


@pytest.mark.parametrize("text, expected", [
    ("150 عملاً فنيًا بين فخاريات ومنحوتات", [("150 عملاً", 150.0, None)]),  # a count at a line's start
    ("عدد الحضور:\n35", [("35", 35.0, None)]),  # a bare number alone on its line, after a count cue
    ("وصل 12 شخصا إلى المدينة [1].", [("12 شخصا", 12.0, None)]),
    ("بلغ عددهم (12) شخصا.", [("(12) شخصا", 12.0, None)]),  # round brackets: a count as before
])
def test_reference_and_note_negatives(text, expected):
    assert quantities(text) == expected


# --- quantities: the Wojood sample's spaced thousands («1, 971», a 000 group written «0») -------------


@pytest.mark.parametrize("text, expected", [
    ("استقبلت المدينة 10, 0 زائر خلال المهرجان.", [("10, 0 زائر", 10000.0, None)]),
    ("باع المتجر 3, 412 كتابا في عام.", [("3, 412 كتابا", 3412.0, None)]),
    ("وزعت الجمعية 2, 500, 0 وجبة على الأسر.", [("2, 500, 0 وجبة", 2500000.0, None)]),
    ("شارك ما لا يقل عن 5, 0 متطوع.", [("ما لا يقل عن 5, 0 متطوع", 5000.0, "at_least")]),
])
def test_spaced_thousands(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("الأرقام 1, 2, 3 و4 فائزة.", [("2", 2.0, None), ("3", 3.0, None), ("4 فائزة", 4.0, None)]),  # a list, no group
    ("تراوحت بين 3, 0 و5 في المساء.", [("3", 3.0, None), ("0", 0.0, None), ("5", 5.0, None)]),  # no noun after it
    ("زار المعرض 1,971 شخصا.", [("1,971 شخصا", 1971.0, None)]),  # the usual comma, as before
])
def test_spaced_thousands_negatives(text, expected):
    assert quantities(text) == expected


# --- a Hijri month or day without a year and a dateline; a wire-style clock before a time zone -------


@pytest.mark.parametrize("text, span, value", [
    ("تطل علينا خلال شهر رمضان ببرنامج جديد.", "شهر رمضان", "XXXX-XX"),
    ("يبدأ الصيام في رمضان المقبل.", "رمضان المقبل", "XXXX-XX"),
    ("وصل في 5 شوال إلى المدينة.", "5 شوال", "XXXX-XX-XX"),
])
def test_undated_hijri_month_and_day(text, span, value):
    assert tag(text, None) == [(span, "DATE", value, None)]


def test_dated_hijri_month_unchanged():
    assert tag("تطل علينا خلال شهر رمضان ببرنامج جديد.") == [
        ("شهر رمضان", "DATE", "2015-06-18/2015-07-16", None)]


@pytest.mark.parametrize("text, published, expected", [
    ("تعرض القناة البرنامج في 30ر8 بتوقيت مكة المكرمة.", None, ("30ر8", "TIME", "XXXX-XX-XXT08:30", None)),
    ("تعرض القناة البرنامج في 00ر10 بتوقيت مكة المكرمة.", "2015-08-10",
     ("00ر10", "TIME", "2015-08-10T10:00", None)),
])
def test_wire_clock_before_time_zone(text, published, expected):
    assert tag(text, published) == [expected]
    assert quantities(text) == []


def test_wire_clock_negatives():
    assert tag("ارتفع المؤشر إلى 30ر8 نقاط.", None) == []  # no time zone: the wire decimal
    assert quantities("ارتفع المؤشر إلى 30ر8 نقاط.") == [("30ر8 نقاط", 8.3, None)]
    assert tag("في 75ر8 بتوقيت مكة.", None) == []  # 75 minutes is no clock
