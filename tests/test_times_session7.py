"""Rule families added after the tenth blind check (docs/time.md, session 7): a relative day
before a full date, decades with «عقد» and «من القرن الميلادي الماضي», definite plural periods
with a number, vague durations with an adjective, «بعد سنوات قليلة من الآن», four-digit clock
times, approximators after a duration, a later month fronted before «، + past verb», «في + year» before a preposition with the article, the
settled approximator convention (inside the span); for quantities «الـ + space + number»,
accusative thousands, digits glued to their noun or scale word, the «ر» decimal style, a
letter glued before digits, adverbial nouns, perfect verbs of approaching/exceeding.
The sentences are written for these tests, not taken from a gold set."""

from __future__ import annotations

import pytest
from time_helpers import quantities, tag

from khabar.numbers import parse, parse_digits

TIME_CASES = [
    # a relative day before the weekday of a full date is part of the date
    ("صدر القرار اليوم الثلاثاء 11 أغسطس 2015 بعد", [("اليوم الثلاثاء 11 أغسطس 2015", "DATE", "2015-08-11", None)]),
    ("وصلت أمس الأحد 9/8/2015 إلى", [("أمس الأحد 9/8/2015", "DATE", "2015-08-09", None)]),
    # … but not across a line break
    ("تبدأ البث اليوم\nالأحد 9 أغسطس 2015", [("الأحد 9 أغسطس 2015", "DATE", "2015-08-09", None)]),
    # decades: «عقد» before the decade name, a century with «الميلادي» after it
    ("ازدهرت في منتصف عقد التسعينيات من القرن الميلادي الماضي", [
        ("منتصف عقد التسعينيات من القرن الميلادي الماضي", "DATE", "199X", "MID")]),
    ("في أواسط السبعينيات من القرن الماضي", [("أواسط السبعينيات من القرن الماضي", "DATE", "197X", "MID")]),
    # definite plural periods with a number and no modifier are durations
    ("تراجعت خلال السنوات الـ 15 بمعدل كبير", [("السنوات الـ 15", "DURATION", "P15Y", None)]),
    ("ارتفعت في الأيام العشرة قبل الإعلان", [("الأيام العشرة", "DURATION", "P10D", None)]),
    ("ضمن الأشهر الستة من", [("الأشهر الستة", "DURATION", "P6M", None)]),
    ("عمل المديرين العامين في", []),  # a dual without a modifier stays out
    ("عاد إلى الأيام الخوالي", []),
    # vague durations: a plural unit with «طويلة/عديدة»; after «منذ/قبل» a vague past
    ("عانى القطاع سنوات طويلة من الركود", [("سنوات طويلة", "DURATION", "PXY", None)]),
    ("انتظروا ساعات طويلة أمام", [("ساعات طويلة", "DURATION", "PTXH", None)]),
    ("يقيم هناك منذ سنوات طويلة", [("سنوات طويلة", "DATE", "PAST_REF", None)]),
    # «بعد/قبل + bare plural + من الآن»: «من الآن» names no event
    ("تنتهي الأزمة بعد سنوات قليلة من الآن", [("بعد سنوات قليلة", "DATE", "FUTURE_REF", None),
                                           ("الآن", "DATE", "PRESENT_REF", None)]),
    # (session 15: a vague amount counted from an event is a DURATION, «قبل» outside — it was
    # left out here, never a PAST_REF)
    ("وصل قبل أيام من الانتخابات", [("أيام", "DURATION", "PXD", None)]),
    # four-digit clock times after «الساعة»
    ("أغلق الساعة 2130 بتوقيت مكة", [("الساعة 2130", "TIME", "2015-08-10T21:30", None)]),
    ("عند الساعة 0745 صباحا", [("الساعة 0745 صباحا", "TIME", "2015-08-10T07:45", None)]),
    ("الساعة 2575 الى", []),  # no such clock time
    # approximators after a duration set its mod, outside the span
    ("استمر الحصار 30 يوما تقريبا", [("30 يوما", "DURATION", "P30D", "APPROX")]),
    ("عاش هناك 5 سنوات على الأقل", [("5 سنوات", "DURATION", "P5Y", "EQUAL_OR_MORE")]),
    # «في + year» before a preposition with the article: a year
    ("أقيم المعرض في 2009 بالرياض وحضره", [("2009", "DATE", "2009", None)]),
    ("بلغت الزيادة في 2000 بالمئة من", []),
    # the approximator convention: verbal approximators inside the span
    ("لمدة ألا تتجاوز 10 أيام", [("ألا تتجاوز 10 أيام", "DURATION", "P10D", "EQUAL_OR_LESS")]),
    ("عمرها يتجاوز سبعة آلاف سنة", [("يتجاوز سبعة آلاف سنة", "DURATION", "P7000Y", "MORE_THAN")]),
    # a later bare month fronted before a comma and a past verb of a derived form is last
    # year's (told on 10 August 2015); not before a noun in ـات or a future/imperfect verb
    ("لكن بحلول نهاية نوفمبر، انخفضت الأسعار بشدة", [("نهاية نوفمبر", "DATE", "2014-11", "END")]),
    ("وفي نوفمبر، استمروا في العمل", [("نوفمبر", "DATE", "2014-11", None)]),
    ("وفي أكتوبر، اتصالات الشركة متوقفة", [("أكتوبر", "DATE", "2015-10", None)]),
    ("وفي سبتمبر، يجتمع المجلس", [("سبتمبر", "DATE", "2015-09", None)]),
    # digits glued to the unit
    ("وعمره 13عاما فقط", [("13عاما", "DURATION", "P13Y", None)]),
    # heldout11 families: a bare singular unit after «لمدة/مدة» is one unit of time
    ("سافر الوفد لمدة أسبوع إلى الصين", [("أسبوع", "DURATION", "P1W", None)]),
    ("بقي في المستشفى مدة شهر كامل", [("شهر", "DURATION", "P1M", None)]),
    ("وقع عقد شراكة مع الشركة", []),
    # a count of times before «كل + period» is in the SET
    ("يجتمع المجلس مرة كل ثلاثة أشهر", [("مرة كل ثلاثة أشهر", "SET", "P3M", None)]),
    ("تصدر النشرة مرتين كل أسبوع", [("مرتين كل أسبوع", "SET", "P1W", None)]),
    # the dual classifier «عامي» before a year; the second of two years joined by و
    ("ارتفعت الأسعار بين عامي 2008 و2011 بشدة", [
        ("عامي 2008", "DATE", "2008", None), ("2011", "DATE", "2011", None)]),
    ("خلال عامي 1990 و 1991 تراجعت الصادرات", [
        ("عامي 1990", "DATE", "1990", None), ("1991", "DATE", "1991", None)]),
]


@pytest.mark.parametrize(("text", "expected"), TIME_CASES)
def test_time_families(text: str, expected) -> None:
    assert tag(text) == expected


QUANTITY_CASES = [
    # «الـ» + space + a number of 100 or more with its counted noun keeps the article
    ("لم تستوعب الـ 500 ألف وحدة سكنية", [("الـ 500 ألف وحدة", 500000.0, None)]),
    # a definite number with a unit of measure, or after a definite plural, counts
    ("تعدت الحرارة الـ 50 درجة مئوية", [("الـ 50 درجة مئوية", 50.0, None)]),
    ("أشاد بالمستخدمين الـ 1027 الذين شاركوا", [("الـ 1027", 1027.0, None)]),
    ("تأهل إلى دور الـ 32 من البطولة", []),
    # an accusative «ألفا/مليونا» is the counted form itself: no noun after it without «من»
    ("يقدر عددهم 30 ألفا يعيشون في المدينة", [("30 ألفا", 30000.0, None)]),
    ("بلغ عدد المشاركين 30 ألفا من الطلاب", [("30 ألفا من الطلاب", 30000.0, None)]),
    # digits glued to the counted noun or to a scale word
    ("وصل عدد الزوار إلى 12,345,678زائر في", [("12,345,678زائر", 12345678.0, None)]),
    ("بلغت (476مليون دولار)، مقابل 1.69مليار ريال", [
        ("476مليون دولار", 476000000.0, None), ("1.69مليار ريال", 1690000000.0, None)]),
    # the wire style «fraction ر whole»
    ("ارتفع 53ر12 نقطة بما يعادل 06ر0% ليبلغ 40ر29 مليون دولار", [
        ("53ر12 نقطة", 12.53, None), ("06ر0%", 0.06, None), ("40ر29 مليون دولار", 29400000.0, None)]),
    # one letter glued before the digits names an index; an era letter after them is no unit
    ("نما المؤشر ن3 بنسبة كبيرة وبلغ م2 رقما قياسيا", []),
    ("وقعت في عام 50م معركة", []),
    # an adverbial noun after a label number is not what it counts
    ("استقبال الدفعة 45 لحظة وصول الطلبة", []),
    ("سجل الفريق 12 هدفا أثناء الموسم", [("12 هدفا", 12.0, None)]),
    # verbal approximators: imperfect ones inside the span, perfect ones outside (approx only)
    ("بلغت القيمة تتجاوز 600 مليون ريال", [("تتجاوز 600 مليون ريال", 600000000.0, "more_than")]),
    ("يجب ألا تتجاوز 10 كيلو مترات", [("ألا تتجاوز 10 كيلو مترات", 10.0, "at_most")]),
    ("بقيمة إجمالية تجاوزت 3.6 مليون ريال", [("3.6 مليون ريال", 3600000.0, "more_than")]),
    ("بتداولات قاربت 4 مليارات ريال", [("4 مليارات ريال", 4000000000.0, "about")]),
    # heldout11 families: «وست» (West) before a word that is no plural is no «and six»
    ("التقى فريق وست فرجينيا بنظيره", []),
    ("فاز وست بروميتش على مضيفه", []),
    ("أنهى الطلاب ست دورات تدريبية", [("ست دورات", 6.0, None)]),
    ("باع خمس طائرات وسبع مشاريع", [("خمس طائرات", 5.0, None), ("سبع مشاريع", 7.0, None)]),
    # a score with «صفر» on either side
    ("خسر الفريق على ملعبه صفر-3 أمام ضيفه", []),
    # a label number whose "counted noun" was a time expression stays a label
    ("أحرز الهدف في الدقيقة 75 أمس الأحد", []),
    ("قتل 12 أمس في الهجوم", [("12", 12.0, None)]),
    ("وخرج الرجل الذي يبلغ من العمر 64 مساء الأربعاء", [("64", 64.0, None)]),
    # grades and sizes are labels, and so are the numbers joined to them by و
    ("يباع الذهب عيار 21 و18 بأسعار مختلفة", []),
    ("حذاء مقاس 42، وسعره 300 ريال", [("300 ريال", 300.0, None)]),
    ("شاشة مقاس 27 بوصة", [("27 بوصة", 27.0, None)]),
    # «الـ» + number after a plural in construct with a numbered series names the meeting
    ("افتتح ملتقى المستثمرين الـ 12 في جدة", []),
    ("كرم المعلمين الـ 300 في الحفل", [("الـ 300", 300.0, None)]),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITY_CASES)
def test_quantity_families(text: str, expected) -> None:
    assert quantities(text) == expected


def test_reversed_decimal_digits() -> None:
    """«03ر20712» = 20712.03; a malformed piece is no number."""
    assert parse_digits("03ر20712") == pytest.approx(20712.03)
    assert parse_digits("5ر0") == pytest.approx(0.5)
    assert parse_digits("5ر") is None
    n = parse("8ر42 مليار")
    assert n is not None and n.value == pytest.approx(42.8e9)
