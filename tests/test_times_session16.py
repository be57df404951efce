"""Session-16 time families (held-out 19, the written wire set and the notes), each with cases
that must change and cases that must not; sentences written for these tests, none from a gold
set. Dateline: the dev news day, Monday 2015-08-10 (ISO week 33)."""

from __future__ import annotations

import pytest
from time_helpers import tag


def one(text: str, span: str) -> tuple[str, str, str | None]:
    """(type, value, mod) of the expression whose span is ``span``."""
    found = [t for t in tag(text) if t[0] == span]
    assert len(found) == 1, tag(text)
    return found[0][1], found[0][2], found[0][3]


# «بعد المقبل»: the one after the next, mirror of «قبل الماضي»
@pytest.mark.parametrize("text,span,value", [
    ("تعقد الجولة الأسبوع بعد المقبل في جنيف", "الأسبوع بعد المقبل", "2015-W35"),
    ("تجرى الانتخابات العام بعد القادم", "العام بعد القادم", "2017"),
    ("تبدأ الدراسة الشهر بعد المقبل", "الشهر بعد المقبل", "2015-10"),
    ("تعقد الجولة الأسبوع المقبل في جنيف", "الأسبوع المقبل", "2015-W34"),  # unchanged
])
def test_after_next(text, span, value):
    assert one(text, span)[1] == value


# two months joined by «و» share the year written after the second
@pytest.mark.parametrize("text,span,value", [
    ("تراجعت المبيعات بين آذار وحزيران 2013 بنسبة كبيرة", "آذار", "2013-03"),
    ("ارتفعت الأسعار في شهري يناير وفبراير 2012", "يناير", "2012-01"),
    ("أعلن في مايو الماضي ويونيو 2014 عن خطتين", "مايو الماضي", "2015-05"),  # its own modifier
    ("تراجعت المبيعات في أكتوبر ومارس 2014", "أكتوبر", "2015-10"),  # no range (later month first)
])
def test_months_share_year(text, span, value):
    assert one(text, span)[1] == value


# a weekday range runs forward
def test_weekday_range_future_moves_second_day():
    found = {t[0]: t[2] for t in tag("سيغلق المعبر من الجمعة إلى الثلاثاء المقبل أمام المسافرين")}
    assert found["الجمعة"] == "2015-08-14" and found["الثلاثاء المقبل"] == "2015-08-18"


def test_weekday_range_past_moves_first_day():
    found = {t[0]: t[2] for t in tag("أغلقت السلطات الطرق من السبت إلى الأربعاء بسبب الفيضانات")}
    assert found["السبت"] == "2015-08-01" and found["الأربعاء"] == "2015-08-05"


@pytest.mark.parametrize("text,values", [
    ("أضرب العمال من الخميس إلى السبت احتجاجا", {"الخميس": "2015-08-06", "السبت": "2015-08-08"}),
    ("قتل جنديان الأحد وأصيب آخر الثلاثاء", {"الأحد": "2015-08-09", "الثلاثاء": "2015-08-04"}),  # no range
])
def test_weekday_range_unchanged(text, values):
    assert {t[0]: t[2] for t in tag(text)} == values


# an approximator before a clock time is inside its span, APPROX
@pytest.mark.parametrize("text,span,value", [
    ("وصل الوفد حوالي الساعة الرابعة عصرا إلى المطار", "حوالي الساعة الرابعة عصرا", "2015-08-10T16:00"),
    ("سمع دوي الانفجار نحو الساعة 09:30 صباحا", "نحو الساعة 09:30 صباحا", "2015-08-10T09:30"),
    ("اندلع الحريق قرابة الثالثة فجرا", "قرابة الثالثة فجرا", "2015-08-10T03:00"),
])
def test_approximate_clock(text, span, value):
    assert one(text, span) == ("TIME", value, "APPROX")


@pytest.mark.parametrize("text,span,typ,mod", [
    ("وصل الوفد الساعة الرابعة عصرا إلى المطار", "الساعة الرابعة عصرا", "TIME", None),
    ("استمر الاجتماع نحو 4 ساعات", "نحو 4 ساعات", "DURATION", "APPROX"),  # an amount, no clock
])
def test_approximate_clock_negatives(text, span, typ, mod):
    t = one(text, span)
    assert t[0] == typ and t[2] == mod


# a clock time without a day of its own is on the relative day or weekday named before it
@pytest.mark.parametrize("text,span,value", [
    ("يصل الوزير غدا ويعقد مؤتمرا عند الساعة الخامسة مساء", "الساعة الخامسة مساء", "2015-08-11T17:00"),
    ("وقع الحادث يوم الجمعة عند الساعة 22:15 قرب الجسر", "الساعة 22:15", "2015-08-07T22:15"),
    ("غادر الرئيس أمس متوجها إلى باريس حيث هبطت طائرته الساعة 18:40", "الساعة 18:40", "2015-08-09T18:40"),
])
def test_clock_on_named_day(text, span, value):
    assert one(text, span)[1] == value


@pytest.mark.parametrize("text,span,value", [
    ("وصل الوزير أمس. ويبدأ الاجتماع الساعة العاشرة صباحا", "الساعة العاشرة صباحا", "2015-08-10T10:00"),
    ("نشرت النتائج للفترة المنتهية في 31/12/2014م في الساعة 10:30", "الساعة 10:30", "2015-08-10T10:30"),
    ("يفتح المعرض السبت ويستقبل الزوار يوميا من الساعة التاسعة صباحا", "الساعة التاسعة صباحا",
     "2015-08-10T09:00"),
])
def test_clock_day_unchanged(text, span, value):
    assert one(text, span)[1] == value


# AFP clock times with a comma after «الساعة»
def test_comma_clock():
    assert one("وقع الانفجار الساعة 08,30 ت غ قرب السوق", "الساعة 08,30") == ("TIME", "2015-08-10T08:30", None)


def test_comma_number_is_no_clock():
    assert tag("بلغ سعر السهم 13,50 ريالا") == []


# «يومي» before the first day of a range is inside its span
def test_dual_day_range():
    assert one("تعقد الاجتماعات يومي 20 و21 أكتوبر المقبل", "يومي 20")[1] == "2015-10-20"


def test_dual_day_without_month():
    assert all(t[0] != "يومي 5" for t in tag("تعقد الاجتماعات يومي 5 و6 من كل شهر"))


# an ordinal day word before «منه»
def test_ordinal_day_of_named_month():
    assert one("تبدأ الدورة في أكتوبر المقبل، وتختتم في الخامس منه.", "الخامس منه")[1] == "2015-10-05"


def test_ordinal_of_without_preposition():
    assert all("منه" not in t[0] for t in tag("في أكتوبر المقبل استعاد الفريق الثالث منه"))


# «آب» after a week of the month
def test_ab_after_week_of_month():
    assert one("تنطلق الحملة في الأسبوع الأخير من آب", "الأسبوع الأخير من آب")[1] == "2015-08-25/2015-08-31"


def test_ab_alone_is_no_month():
    assert tag("قال آب إن العائلة بخير") == []


# a quarter of the Hijri year
def test_hijri_quarter():
    assert one("ارتفعت الإيرادات خلال الربع الأول من العام الهجري الجاري", "الربع الأول من العام الهجري الجاري") == (
        "DATE", "2014-10-25/2015-01-20", None)


def test_bare_quarter_after_hijri_quarter():
    text = "صدر تقرير الربع الأول من العام الهجري الجاري، وقد بلغ عدد الزوار في الربع الأول من العام 500 زائر"
    assert [t[2] for t in tag(text)] == ["2014-10-25/2015-01-20"] * 2


def test_bare_quarter_stays_gregorian():
    assert one("ارتفعت الإيرادات خلال الربع الأول من العام", "الربع الأول من العام")[1] == "2015-Q1"


# «بعد + amount» and a perfect verb counts from the narrated date
@pytest.mark.parametrize("text,span,value", [
    ("تأسس النادي عام 1975، وبعد خمس سنوات فاز بأول لقب", "بعد خمس سنوات", "1980"),
    ("وصل إلى لندن في مايو 2010، وبعد شهرين غادر إلى باريس", "بعد شهرين", "2010-07"),
])
def test_narrated_after(text, span, value):
    assert one(text, span)[1] == value


@pytest.mark.parametrize("text,span,value", [
    ("يتوقع أن يعود إلى بلاده بعد خمس سنوات", "بعد خمس سنوات", "2020"),
    ("تأسس النادي عام 1975، وبعد خمس سنوات سيحتفل بعيده", "بعد خمس سنوات", "2020"),  # no perfect verb
    ("زار البلد عام 1990. وقال أمس إنه بعد خمس سنوات عاد", "بعد خمس سنوات", "2020"),  # a date of today between
])
def test_narrated_after_unchanged(text, span, value):
    assert one(text, span)[1] == value


# nights of a stay, half a day
@pytest.mark.parametrize("text,span,value", [
    ("أقام الوفد 4 ليال في الفندق", "4 ليال", "P4D"),
    ("قضى المريض ليلتين في المستشفى", "ليلتين", "P2D"),
    ("تشمل الرحلة جولة لمدة نصف يوم", "نصف يوم", "PT12H"),
    ("استغرقت الرحلة يوما ونصف", "يوما ونصف", "P1DT12H"),
    ("انتظر نصف ساعة", "نصف ساعة", "PT30M"),  # unchanged
])
def test_nights_and_halves(text, span, value):
    assert one(text, span) == ("DURATION", value, None)


def test_nights_without_number():
    assert [t[0] for t in tag("أحيا المصلون ليالي رمضان")] == ["رمضان"]


# approximators set apart by «سن/مدة», the verb «تتعدى», «على الأقل» before the amount
@pytest.mark.parametrize("text,span,mod", [
    ("تشمل الخدمة المسنين فوق سن 60 عاما", "60 عاما", "MORE_THAN"),
    ("يمنع دخول من هم دون سن 18 عاما", "18 عاما", "LESS_THAN"),
    ("مدة الإقامة لا تتعدى 20 يوما", "لا تتعدى 20 يوما", "EQUAL_OR_LESS"),
    ("بقي في السجن على الأقل 10 سنوات", "10 سنوات", "EQUAL_OR_MORE"),
    ("بقي في السجن 10 سنوات على الأقل", "10 سنوات", "EQUAL_OR_MORE"),  # as before
    ("بلغ اللاعب سن 18 عاما", "18 عاما", None),  # no approximator
])
def test_duration_mods(text, span, mod):
    assert one(text, span)[2] == mod


def test_exceeding_verb_before_a_date_stays_outside():
    assert one("ألا تتعدى 15 أكتوبر 2015 مهلة التسليم", "15 أكتوبر 2015") == ("DATE", "2015-10-15", None)


# a fiscal year's closing month after a comma and a perfect verb
@pytest.mark.parametrize("text,span,value", [
    ("حققت الشركة أرباحا في السنة المالية الماضية التي انتهت في يونيو", "السنة المالية الماضية", "2015"),
    ("حققت الشركة أرباحا في العام المالي الماضي، الذي انتهى في مارس", "العام المالي الماضي", "2015"),
    ("حققت الشركة أرباحا في العام المالي الماضي", "العام المالي الماضي", "2014"),  # no month written
])
def test_fiscal_year_closing(text, span, value):
    assert one(text, span)[1] == value


# an amount before «من» + a noun named by its date measures from that event
@pytest.mark.parametrize("text,span,typ,value", [
    ("انسحب الحزب بعد عامين من انتخابات 2012 البرلمانية", "عامين", "DURATION", "P2Y"),
    ("عقد الاجتماع بعد شهرين من قمة مارس الماضي", "شهرين", "DURATION", "P2M"),
    ("يعود الوفد بعد شهرين من الآن", "بعد شهرين", "DATE", "2015-10"),
])
def test_event_named_by_date(text, span, typ, value):
    t = one(text, span)
    assert t[0] == typ and t[1] == value


# a past habit: «كان» + an imperfect verb before a bare weekday or part-of-day adverb in its clause
@pytest.mark.parametrize("text,span,value", [
    ("كان يزور والدته الجمعة في المستشفى", "الجمعة", "XXXX-WXX-5"),
    ("كانوا يبيعون السمك عصرا في السوق القديم", "عصرا", "XXXX-XX-XXTAF"),
])
def test_past_habit(text, span, value):
    assert one(text, span) == ("SET", value, None)


@pytest.mark.parametrize("text,span,value", [
    ("كانت الحكومة قد أعلنت الخميس عن خطة", "الخميس", "2015-08-06"),  # a perfect after «قد»
    ("كان يعمل في الشركة، وغادرها الخميس", "الخميس", "2015-08-06"),  # another clause
])
def test_past_habit_negatives(text, span, value):
    assert one(text, span) == ("DATE", value, None)


def test_present_tense_is_no_habit():
    # «يزور الوزير القاهرة الجمعة» is a plan as often as a habit: one day, not a SET
    assert one("يزور الوزير القاهرة الجمعة", "الجمعة")[0] == "DATE"


# an age in decades is no date
@pytest.mark.parametrize("text", [
    "يعتقد أن القائد الجديد في الأربعينات من العمر",
    "التقى بفتاة سورية في العشرينات، شديدة الذكاء",
    "امرأة في الثلاثينات من عمرها",
])
def test_age_decade(text):
    assert tag(text) == []


@pytest.mark.parametrize("text,span,value", [
    ("عرف الرجل في الثمانينات بأنه معارض", "الثمانينات", "198X"),  # the clause goes on: a date
    ("هاجر في الثمانينات إلى أوروبا", "الثمانينات", "198X"),
    ("توفي شاب في التسعينيات من القرن الماضي", "التسعينيات من القرن الماضي", "199X"),
])
def test_decade_still_a_date(text, span, value):
    assert one(text, span) == ("DATE", value, None)
