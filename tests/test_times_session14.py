"""Session-14 families of the time and quantity stages (docs/time.md), on sentences written for
these tests: «إلى» before «العام المقبل», a bare «مساء» adverb and the day of a bare part-of-day
adverb, «يوما» as a daily rate, «الشهرين الحالي والمقبل», «الربع الأول من العام نفسه», an
approximator set apart by a (plural) noun of measure before a duration, «على أن» + a plan as a future
cue, a month in quotation marks after «شهر», fiscal years closing in another month, a relative
quarter without a dateline. Quantities: tests/test_times_session14_quantities.py."""

from __future__ import annotations

import pytest
from time_helpers import tag


# dateline Monday 10 August 2015
@pytest.mark.parametrize(("text", "span", "typ", "value", "mod"), [
    # a bare hour word after «و» + a preposition, or before «وحتى/وإلى», beside another clock time
    ("يستقبل المكتب الاتصالات من العاشرة صباحا وحتى الثانية ظهرا، ومن السابعة وحتى التاسعة مساء.", "السابعة",
     "TIME", "2015-08-10T19:00", None),
    ("تعمل اللجان من الخامسة وحتى العاشرة مساء يوميا", "الخامسة", "TIME", "2015-08-10T17:00", None),
    # a bare «مساء» after a closing quote
    ('على أن يغادر الفريق إلى "لندن" مساء بعد انتهاء المعسكر', "مساء", "TIME", "2015-08-10TEV", None),
    # «إلى» (normalised «الي») is no definite noun before «العام»
    ("أعلن الاتحاد تأجيل البطولة إلى العام المقبل بسبب الظروف", "العام المقبل", "DATE", "2016", None),
    ("عادت الأسعار الى العام الماضي تقريبا", "العام الماضي", "DATE", "2014", None),
    # a bare «مساء» after a word, before a preposition or a stop: the evening of the day
    ("يختتم الفريق معسكره صباح اليوم على أن يسافر مساء إلى الرياض", "مساء", "TIME", "2015-08-10TEV", None),
    ("أدى المنتخب تدريبه الأخير قبل أن يغادر مساءً.", "مساءً", "TIME", "2015-08-10TEV", None),
    # a bare part-of-day adverb takes the day named before it in its sentence
    ("وصل وفد الشركة يوم الخميس صباحا إلى مقر الاجتماع", "صباحا", "TIME", "2015-08-06TMO", None),
    ("عاد اللاعبون من المعسكر أمس وتدربوا ليلا على أرض الملعب", "ليلا", "TIME", "2015-08-09TNI", None),
    ("سيعقد المجلس جلسته الأحد المقبل ثم يغادر الأعضاء مساء إلى جدة", "مساء", "TIME", "2015-08-16TEV", None),
    # «يوما» after an amount's unit is a daily rate
    ("تبلغ الطاقة الإنتاجية للمحطة 60 ألف متر مكعب يوما", "يوما", "SET", "P1D", None),
    ("ينتج الحقل نحو 300 ألف برميل يومًا من النفط", "يومًا", "SET", "P1D", None),
    # a dual of months with two modifiers names two months
    ("توقع البنك تراجع التضخم خلال الشهرين الحالي والمقبل", "الشهرين الحالي", "DATE", "2015-08", None),
    ("توقع البنك تراجع التضخم خلال الشهرين الحالي والمقبل", "المقبل", "DATE", "2015-09", None),
    ("ارتفعت المبيعات في الشهر الماضي والحالي", "الحالي", "DATE", "2015-08", None),
    # a quarter of «العام نفسه» is a quarter of the year named before it
    ("بلغت الأرباح في عام 2013 رقما قياسيا، مقارنة بالربع الأول من العام نفسه", "الربع الأول من العام نفسه",
     "DATE", "2013-Q1", None),
    ("ارتفعت القروض بنهاية الربع الثاني من العام الجاري، مقارنة بنهاية الربع الأول من العام نفسه",
     "نهاية الربع الأول من العام نفسه", "DATE", "2015-Q1", "END"),
    ("تراجعت الصادرات في النصف الأول من العام ذاته", "النصف الأول من العام ذاته", "DATE", "2015-H1", None),
    # an approximator set apart from a duration by a noun of measure (singular or plural)
    ("شمل البرنامج المواطنين الذين تتجاوز أعمارهم ستين عاما", "ستين عاما", "DURATION", "P60Y", "MORE_THAN"),
    ("شارك في المسابقة أطفال لا تزيد أعمارهم على 12 عاما", "12 عاما", "DURATION", "P12Y", "EQUAL_OR_LESS"),
    ("تبرع بالمبلغ رجل يقارب عمره 70 عاما", "70 عاما", "DURATION", "P70Y", "APPROX"),
    # «على أن» + an imperfect verb is a plan: a bare weekday after it lies ahead
    ("منح المدرب اللاعبين راحة على أن يعود الفريق إلى التدريبات الخميس", "الخميس", "DATE", "2015-08-13", None),
    # a month name in quotation marks after «شهر»
    ('تراجعت قيم التداول خلال شهر "يونيو" الماضي', 'شهر "يونيو" الماضي', "DATE", "2015-06", None),
    ("ارتفعت المبيعات في شهر «مايو» بنسبة كبيرة", "شهر «مايو»", "DATE", "2015-05", None),
    # a fiscal year that closes in another month is the year it ends in
    ("أعلنت الشركة توقعاتها للعام المالي الحالي الذي ينتهي في مارس", "لعام المالي الحالي", "DATE", "2016", None),
    ("تراجعت أرباح الشركة في السنة المالية الماضية المنتهية في 30 يونيو", "السنة المالية الماضية", "DATE", "2015",
     None),
    ("ارتفعت الإيرادات في العام المالي الحالي المنتهي في ديسمبر", "العام المالي الحالي", "DATE", "2015", None),
    ("بلغت أرباح العام المالي الماضي المنتهي في مارس 2015 نحو مليار", "العام المالي الماضي", "DATE", "2015", None),
])
def test_time_families(text: str, span: str, typ: str, value: str, mod: str | None) -> None:
    hits = [t for t in tag(text) if t[0] == span]
    assert hits == [(span, typ, value, mod)], tag(text)


@pytest.mark.parametrize(("text", "span"), [
    # what must not become a time
    ("استقبل المدير العام المقبل للشركة الوفد", "العام المقبل"),  # العام = general, after a definite noun
    ("كان يعمل صباح مساء دون توقف", "مساء"),  # all the time
    ("يقرأ كل مساء قبل النوم", "مساء"),
    ("قال له مساء الخير ومضى", "مساء"),
    ("تتوثق العلاقات يوما بعد يوم", "يوما"),  # little by little
    ("قضى المشاركون يوما كاملا في الرحلة", "يوما"),  # a whole day, no rate
    ("ستكشف الأيام يوما ما الحقيقة", "يوما"),
    ("رزق بطفله الأول وهو في الخامسة وحتى اليوم", "الخامسة"),  # no other clock time in the sentence
])
def test_not_times(text: str, span: str) -> None:
    assert span not in [t[0] for t in tag(text)], tag(text)


@pytest.mark.parametrize(("text", "span", "typ", "value", "mod"), [
    # what must not change
    ("وصل الوفد صباحا إلى الرياض", "صباحا", "TIME", "2015-08-10TMO", None),  # no day before: the dateline's
    ("وصل الوفد أمس. وغادر مساء إلى جدة", "مساء", "TIME", "2015-08-10TEV", None),  # not across a sentence
    ("مساء الأحد انطلقت الفعاليات", "مساء الأحد", "TIME", "2015-08-09TEV", None),
    ("يبدأ التسجيل خلال خمسة عشر يوماً من تاريخ الإعلان", "خمسة عشر يوماً", "DURATION", "P15D", None),
    ("خلال الشهرين الماضيين ارتفعت الأسعار", "الشهرين الماضيين", "DURATION", "P2M", None),
    ("للعامين الحالي والمقبل", "المقبل", "DATE", "2016", None),
    ("الربع الأول من العام", "الربع الأول من العام", "DATE", "2015-Q1", None),
    ("بلغ عمره 20 عاما", "20 عاما", "DURATION", "P20Y", None),
    ("وافق على أن الأربعاء كان يوما صعبا", "الأربعاء", "DATE", "2015-08-05", None),
    ("العام المالي الماضي", "العام المالي الماضي", "DATE", "2014", None),
])
def test_unchanged(text: str, span: str, typ: str, value: str, mod: str | None) -> None:
    hits = [t for t in tag(text) if t[0] == span]
    assert hits == [(span, typ, value, mod)], tag(text)


def test_relative_quarter_without_dateline() -> None:
    # no dateline: «الربع الماضي» keeps its span with an unknown year (it was the invalid «XXXX-QX»)
    assert tag("تراجعت الأرباح في الربع الماضي", published=None) == [("الربع الماضي", "DATE", "XXXX", None)]
