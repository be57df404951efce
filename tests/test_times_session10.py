"""Session-10 families of the time and quantity stages (docs/time.md), on sentences written for
these tests: future cues «إن شاء الله», a weekday named again, «يومي» + weekday, a clock time
before its zone and day, «25 الجاري», «العام الحالي 1436هـ», «للفترة القادمة», rates «في
الشهر/العام», planned years named by a definite noun, «منذ القدم», «دخول رمضان», «بداية كل عام
دراسي»; quantities: «و» + a name after a number, short perfect verbs after a number, «أو
أكثر/أقل», a definite tens word before its noun, adjectives outside the span."""

from __future__ import annotations

import pytest
from time_helpers import quantities, tag


def _one(text: str, span: str) -> tuple[str, str, str | None]:
    hits = [(t[1], t[2], t[3]) for t in tag(text) if t[0] == span]
    assert len(hits) == 1, tag(text)
    return hits[0]


# dateline Monday 10 August 2015
@pytest.mark.parametrize(("text", "span", "value"), [
    ("يصل الوفد يوم الخميس إن شاء الله إلى العاصمة", "يوم الخميس", "2015-08-13"),
    ("وتبدأ الدراسة الأحد بإذن الله في جميع المدارس", "الأحد", "2015-08-16"),
    # a bare weekday named again is the day its first mention was fixed to
    ("يتوقع أن تهطل الأمطار يوم الجمعة المقبل. وتشتد الرياح يوم الجمعة على السواحل",
     "يوم الجمعة", "2015-08-14"),
    # the dual «يومي» belongs to the first weekday
    ("أغلقت المحلات أبوابها يومي الخميس والجمعة", "يومي الخميس", "2015-08-06"),
])
def test_weekday_families(text: str, span: str, value: str) -> None:
    assert _one(text, span)[1] == value


def test_repeated_weekday_keeps_a_past_day() -> None:
    """Nothing fixed the weekday: both mentions stay the most recent Sunday."""
    got = [t for t in tag("اجتمع المجلس يوم الأحد. وقال الوزير إن اجتماع الأحد كان مثمرا") if t[1] == "DATE"]
    assert [t[2] for t in got] == ["2015-08-09", "2015-08-09"]


def test_weekday_fixed_later_does_not_move_an_earlier_mention() -> None:
    got = tag("اجتمع المجلس يوم الأحد. ويعقد اجتماعا آخر يوم الأحد المقبل")
    assert [(t[0], t[2]) for t in got] == [("يوم الأحد", "2015-08-09"), ("يوم الأحد المقبل", "2015-08-16")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("انفجرت السيارة (0400 بتوقيت جرينتش) يوم السبت قرب السوق", "0400", "2015-08-08T04:00"),
    ("وقع الزلزال الساعة 2130 بتوقيت غرينتش يوم الخميس الماضي", "الساعة 2130", "2015-08-06T21:30"),
])
def test_clock_before_zone_and_day(text: str, span: str, value: str) -> None:
    assert _one(text, span) == ("TIME", value, None)


def test_clock_without_a_day_stays_on_the_dateline() -> None:
    assert _one("ارتفع سعر البرميل (1500 بتوقيت جرينتش) إلى 50 دولارا", "1500")[1] == "2015-08-10T15:00"


@pytest.mark.parametrize(("text", "span", "typ", "value", "mod"), [
    ("يستمر المعرض حتى 20 الجاري في مركز المعارض", "20 الجاري", "DATE", "2015-08-20", None),
    ("يعقد الاجتماع يوم 17 من الشهر الحالي", "يوم 17 من الشهر الحالي", "DATE", "2015-08-17", None),
    ("تقام البطولة خلال العام الجاري 1436هـ بمشاركة", "العام الجاري 1436هـ", "DATE", "2015", None),
    ("رسوم العضوية للعام الماضي 1435 هـ", "لعام الماضي 1435 هـ", "DATE", "2014", None),
    ("وضعت الوزارة خطة للفترة المقبلة", "لفترة المقبلة", "DATE", "FUTURE_REF", None),
    ("ويستهلك المصنع 500 طن في الشهر من الحديد", "الشهر", "SET", "P1M", None),
    ("تتقاضى المدرسة 900 ريال في العام عن كل طالب", "العام", "SET", "P1Y", None),
    ("تستعد قطر لاستضافة كأس العالم 2022 وتبني الملاعب", "2022", "DATE", "2022", None),
    ("عرف سكان الجزيرة التجارة منذ القدم", "القدم", "DATE", "PAST_REF", None),
    ("تكثر المشتريات قبيل دخول رمضان في الأسواق", "رمضان", "DATE", "2015-06-18/2015-07-16", None),
    ("ترتفع الرسوم قبل بداية كل عام دراسي في المدارس", "بداية كل عام دراسي", "SET", "P1Y", "START"),
])
def test_time_families(text: str, span: str, typ: str, value: str, mod: str | None) -> None:
    assert _one(text, span) == (typ, value, mod)


@pytest.mark.parametrize("text", [
    "قال الدكتور رمضان إن الخطة جاهزة",  # a person named رمضان
    "زاد الإنتاج في الشهر الماضي",  # a month, not a rate (no amount before «في»)
    "ارتفع عدد الزوار إلى 2022 زائرا",  # a count, not a year
])
def test_no_rate_no_month_no_year(text: str) -> None:
    got = tag(text)
    assert all(t[1] != "SET" for t in got) and all(t[0] not in ("رمضان", "2022") for t in got), got


@pytest.mark.parametrize(("text", "expected"), [
    # «و» + a given name or a place name after a number is the next phrase, not what it counts
    ("بلغ عدد المتسابقين 25 وخالد أولهم", [("25", 25.0, None)]),
    ("قتل 12 ودمشق تشهد اشتباكات عنيفة", [("12", 12.0, None)]),
    # a short perfect verb after a number opens the next clause
    ("أصيب 6 كانوا داخل الحافلة", [("6", 6.0, None)]),
    ("اعتقل 14 قالت الشرطة إنهم مطلوبون", [("14", 14.0, None)]),
    # «أو أكثر / أو أقل» after the counted amount
    ("يدفع كل مشترك 200 ريال أو أكثر", [("200 ريال", 200.0, "at_least")]),
    ("يحمل الراكب 10 كيلوغرامات أو أقل", [("10 كيلوغرامات", 10.0, "at_most")]),
    # a definite tens word right before its counted noun counts
    ("وقد تبلغ الحرارة عتبة الأربعين درجة", [("الأربعين درجة", 40.0, None)]),
    # an adjective after the counted noun stays outside the span (session-10 convention)
    ("زار الوزير 3 دول أوروبية", [("3 دول", 3.0, None)]),
])
def test_quantity_families(text: str, expected: list) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # و belongs to the noun: the counted noun stays
    ("وفرت الشركة 20 وظيفة جديدة", [("20 وظيفة", 20.0, None)]),
    ("حضر 30 وزيرا الاجتماع", [("30 وزيرا", 30.0, None)]),
    ("سلمت الوزارة 12 وحدة سكنية", [("12 وحدة", 12.0, None)]),
    # nouns that look like short perfect verbs
    ("انضم 15 عضوا إلى المجلس", [("15 عضوا", 15.0, None)]),
    ("دمرت الغارة 5 بيوت في القرية", [("5 بيوت", 5.0, None)]),
    # the ordinal «الحادية والعشرين», «الخمسين» of an anniversary are no counts
    ("استنادا للمادة الحادية والعشرين من النظام", []),
    ("احتفل بعيد ميلاده الخمسين أمس", []),
])
def test_quantity_guards(text: str, expected: list) -> None:
    assert quantities(text) == expected
