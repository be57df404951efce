"""Session-11 families of the time and quantity stages (docs/time.md), on sentences written for
these tests: «حتى (هذه) اللحظة», «الفترة السابقة/المنصرمة», the approximator «ما يقارب من»,
definite and other vague durations («السنين الطوال», «دقائق معدودة»), «قرابة الساعة والنصف», «يوم أمس», «نهار» + a
day, «N ساعة المقبلة», «طوال الأسبوع», a bare hour beside a clock time, «N منه», typing slips
of month names; quantities: «بضعة», a number word before «منها/منهم», «(قد) تصل إلى N» (an
upper bound), «و» + a country of three letters after a number."""

from __future__ import annotations

import pytest
from time_helpers import MON, QUANT, STAGE, quantities, tag

from khabar.document import Document


# dateline Monday 10 August 2015
@pytest.mark.parametrize(("text", "span", "typ", "value", "mod"), [
    ("لم يصدر أي قرار حتى هذه اللحظة بشأن الملف", "هذه اللحظة", "DATE", "PRESENT_REF", None),
    ("ولا يزال الغموض قائما حتى اللحظة.", "اللحظة", "DATE", "PRESENT_REF", None),
    ("ناقش المجلس ما تحقق في الفترة السابقة من إنجازات", "الفترة السابقة", "DATE", "PAST_REF", None),
    ("تراجعت المبيعات خلال الفترة المنصرمة بشكل واضح", "الفترة المنصرمة", "DATE", "PAST_REF", None),
    ("انتقل إلى المدينة قبل ما يقارب من عشرين عاما", "قبل ما يقارب من عشرين عاما", "DATE", "1995", "APPROX"),
    ("عاد إلى قريته بعد كل هذه الأعوام الطوال", "الأعوام الطوال", "DURATION", "PXY", None),
    ("انتظر المراجعون ساعات طوال أمام المبنى", "ساعات طوال", "DURATION", "PTXH", None),
    ("لم تستغرق العملية سوى دقائق معدودة", "دقائق معدودة", "DURATION", "PTXM", None),
    ("استمر الإضراب بضعة أيام ثم توقف", "بضعة أيام", "DURATION", "PXD", None),
    ("وصل الوفد يوم أمس إلى العاصمة", "يوم أمس", "DATE", "2015-08-09", None),
    ("غادر نهار الجمعة متجها إلى جدة", "نهار الجمعة", "DATE", "2015-08-07", None),
    ("ستنتهي الأعمال خلال 48 ساعة المقبلة كما أعلن", "48 ساعة المقبلة", "DURATION", "PT48H", None),
    ("تتواصل الموجة الحارة طوال الأسبوع، بحسب الأرصاد", "الأسبوع", "DATE", "2015-W33", None),
    ("شهدت البلاد في السنوات العديدة الماضية نموا", "السنوات العديدة الماضية", "DATE", "PAST_REF", None),
    ("استمر الاجتماع قرابة الساعة والنصف", "قرابة الساعة والنصف", "DURATION", "PT1H30M", "APPROX"),
    ("انقطع الاتصال منذ نحو السنة والنصف", "نحو السنة والنصف", "DURATION", "P1Y6M", "APPROX"),
    ("حكم عليه بالسجن مدة قد تصل إلى خمس سنوات", "خمس سنوات", "DURATION", "P5Y", "EQUAL_OR_LESS"),
])
def test_time_families(text: str, span: str, typ: str, value: str, mod: str | None) -> None:
    hits = [t for t in tag(text) if t[0] == span]
    assert hits == [(span, typ, value, mod)], tag(text)


def test_bare_hour_between_clock_times() -> None:
    got = tag("تفتح الأبواب عند الثانية ظهرا، ويبدأ العرض في الرابعة، وينتهي في السادسة مساء")
    assert [(t[0], t[2]) for t in got] == [("الثانية ظهرا", "2015-08-10T14:00"), ("الرابعة", "2015-08-10T16:00"),
                                           ("السادسة مساء", "2015-08-10T18:00")]


def test_bare_hour_takes_the_half_of_day_of_its_one_neighbour() -> None:
    got = tag("يبدأ الدوام في الثامنة صباحا ويستمر حتى الثانية، ثم يغلق المكتب")
    assert ("الثانية", "TIME", "2015-08-10T14:00", None) in got


@pytest.mark.parametrize("text", [
    "حصل على الجائزة وهو في الرابعة من عمره",  # an age
    "جاء في الرابعة، ثم غادر",  # no other clock time beside it
    "احتل الفريق المركز في الرابعة، وكان قد تقدم",
])
def test_bare_hour_alone_is_no_clock(text: str) -> None:
    assert [t for t in tag(text) if t[1] == "TIME"] == []


@pytest.mark.parametrize(("text", "span", "value"), [
    ("تبدأ البطولة في أكتوبر المقبل، وتختتم في 20 منه", "20 منه", "2015-10-20"),
    # the month named last: «25 الجاري» (August) after «سبتمبر»
    ("تلعب في 8 سبتمبر المقبل، ويستمر المعسكر حتى 25 الجاري ويضم مباراة في 13 منه", "13 منه", "2015-08-13"),
    ("وقع الاتفاق في 12 نوفبمر 2014 بالعاصمة", "12 نوفبمر 2014", "2014-11-12"),
    ("تنطلق الدورة في 5 اكتبر المقبل في جدة", "5 اكتبر المقبل", "2015-10-05"),
    ("وتقام المباراتان في 3 و9 سبتمر المقبل", "9 سبتمر المقبل", "2015-09-09"),
])
def test_day_of_named_month_and_misspelt_months(text: str, span: str, value: str) -> None:
    hits = [t for t in tag(text) if t[0] == span]
    assert [(h[1], h[2]) for h in hits] == [("DATE", value)], tag(text)


@pytest.mark.parametrize(("text", "expected"), [
    # «13 منه» after a verb, not a temporal preposition, counts
    ("وزعت الشركة في أغسطس 500 جهاز، واستعاد الفريق 13 منه", [("أغسطس", "DATE", "2015-08", None)]),
    # a slip of a month name needs its day: «اربيل» is Erbil, «سبتبمر» alone nothing
    ("افتتح مهرجان اربيل 2015 الدولي", []),
    ("سافر في سبتبمر إلى لندن", []),
    # «اللحظة» without «حتى»; «الفترة السابقة» of an event; «طوال الشهر» with its adjective
    ("في اللحظة الأخيرة سجل الفريق هدفا", []),
    ("في الفترة السابقة للانتخابات ارتفعت الأسعار", []),
    ("يعمل المتحف طوال الشهر الكريم", []),
    ("ساعات طوال الليل", []),
])
def test_time_guards(text: str, expected: list) -> None:
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تفرض غرامة قد تصل إلى 500 ريال على المخالف", [("500 ريال", 500.0, "at_most")]),
    ("أعلنت الوكالة أن عددا يصل إلى 40 مقاتلا استسلموا", [("40 مقاتلا", 40.0, "at_most")]),
    ("أصيب عشرة أشخاص، ونقل ستة منهم إلى المستشفى", [("عشرة أشخاص", 10.0, None), ("ستة", 6.0, None)]),
    ("خاض الفريق خمس مباريات وفاز في ثلاث منها", [("خمس مباريات", 5.0, None), ("ثلاث", 3.0, None)]),
    ("بلغ عدد الزوار من البحرين ألفين وقطر أربعة آلاف", [("ألفين", 2000.0, None), ("أربعة آلاف", 4000.0, None)]),
    ("استقبلت ما يقارب من 300 طالب", [("ما يقارب من 300 طالب", 300.0, "about")]),
])
def test_quantity_families(text: str, expected: list) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ارتفع المؤشر ليصل إلى 500 نقطة", [("500 نقطة", 500.0, None)]),  # "so as to reach"
    ("ومن المتوقع أن يصل إلى 70 مليار دولار", [("70 مليار دولار", 70000000000.0, None)]),  # a point forecast
    ("المسافة الآن تصل إلى 23 كلم", [("23 كلم", 23.0, None)]),  # a definite subject: "amounts to"
    ("وصلت إلى 300 ريال", [("300 ريال", 300.0, None)]),  # the perfect: reached
    ("وتقدم واحد منهم بطلب", []),  # a lone «واحد» stays out, «منهم» or not
])
def test_quantity_guards(text: str, expected: list) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("شارك بضعة آلاف من المتظاهرين", "بضعة آلاف من المتظاهرين", 3000.0, 9999.0),
    ("تقع القرية على بعد بضعة كيلومترات من الساحل", "بضعة كيلومترات", 3.0, 9.0),
])
def test_a_few(text: str, span: str, low: float, high: float) -> None:
    doc = Document(id="q", text=text, published=MON)
    doc.times = STAGE(doc)
    got = [(q.text, q.value, q.low, q.high) for q in QUANT(doc)]
    assert got == [(span, None, low, high)]
