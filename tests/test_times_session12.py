"""Session-12 families of the time and quantity stages (docs/time.md), on sentences written for
these tests: «اليوم نفسه / نفس اليوم», generic weekdays (a SET), «11 سبتمبر» as the 2001
attacks, «فيما سبق/مضى», «- أخيرا -», a relative or bare quarter/half, «العقد الأخير», a number
word before a definite plural period, «الـ10 مساءً», «يوما بعد يوم», «عقد» of contracts, training
years, «X الحالي والقادم», fronted weekdays before a scheduled verb; quantities: «تصل إلى» after
a noun of measure, bracketed numbers after a definite word and with a scale word, quoted numbers
with spaces, models and coordinates, verbs after the number, hyphen ranges with a scale word."""

from __future__ import annotations

import pytest
from time_helpers import quantities, tag


# dateline Monday 10 August 2015
@pytest.mark.parametrize(("text", "span", "typ", "value", "mod"), [
    # an anaphoric «same day» takes the day named last before it
    ("تفتح اللجنة أبوابها صباح يوم الأربعاء المقبل، وتعلن النتائج في اليوم نفسه", "اليوم نفسه", "DATE",
     "2015-08-12", None),
    ("غادر الوفد يوم السبت الماضي ثم عاد في نفس اليوم إلى بيروت", "نفس اليوم", "DATE", "2015-08-08", None),
    ("بدأ البحث فجر أمس واستمر حتى مساء نفس اليوم دون نتيجة", "مساء نفس اليوم", "TIME", "2015-08-09TEV", None),
    # generic weekdays: every such day
    ("يفتح المتحف أبوابه من الساعة 9 صباحا من السبت إلى الأربعاء", "السبت", "SET", "XXXX-WXX-6", None),
    ("يفتح المتحف أبوابه من الساعة 9 صباحا من السبت إلى الأربعاء", "الأربعاء", "SET", "XXXX-WXX-3", None),
    ("اشتكى النادي من أنه لم يلعب أي مباراة في يوم الجمعة هذا الموسم", "يوم الجمعة", "SET", "XXXX-WXX-5", None),
    ("تعقد اللجنة اجتماعها يوم الأحد من كل أسبوع", "يوم الأحد", "SET", "XXXX-WXX-7", None),
    ("عادة ما تقام الأمسيات يوم الخميس في النادي", "يوم الخميس", "SET", "XXXX-WXX-4", None),
    # «11 سبتمبر» named by its attacks
    ("تغيرت السياسة الأمريكية بعد هجمات 11 سبتمبر تغيرا كبيرا", "11 سبتمبر", "DATE", "2001-09-11", None),
    ("عاش العالم بعد أحداث 11 سبتمبر (أيلول) مرحلة جديدة", "11 سبتمبر (أيلول)", "DATE", "2001-09-11", None),
    # vague past
    ("كانت القرية تشتهر بالنخيل فيما مضى", "فيما مضى", "DATE", "PAST_REF", None),
    ("كما أعلن الوزير فيما سبق أن الخطة جاهزة", "فيما سبق", "DATE", "PAST_REF", None),
    ("أعلنت الشركة - أخيرا - عن نتائجها", "أخيرا", "DATE", "PAST_REF", None),
    # quarters and halves
    ("تراجعت أرباح المصرف في الربع الماضي بنسبة واضحة", "الربع الماضي", "DATE", "2015-Q2", None),
    ("تتوقع الشركة تحسن المبيعات في الربع المقبل", "الربع المقبل", "DATE", "2015-Q4", None),
    ("بلغ صافي الربح 20 مليون ريال في النصف الأول، وهو ما يفوق التوقعات", "النصف الأول", "DATE", "2015-H1", None),
    # periods
    ("تضاعف عدد السكان في العقد الأخير بسبب الهجرة", "العقد الأخير", "DURATION", "P10Y", None),
    ("زار المعرض أكثر من مليون شخص في الخمس السنوات الماضية", "الخمس السنوات الماضية", "DURATION", "P5Y", None),
    ("يستعد المعهد للعام التدريبي الجديد بخطة واسعة", "لعام التدريبي الجديد", "DATE", "2015/2016", None),
    ("خفضت الشركة توقعاتها للعام الحالي والقادم، وقال", "القادم", "DATE", "2016", None),
    ("خفضت الشركة توقعاتها للعام الحالي والقادم، وقال", "لعام الحالي", "DATE", "2015", None),
    ("سجل المتقدمون عبر البوابة الإلكترونية العام الماضي أرقاما قياسية", "العام الماضي", "DATE", "2014", None),
    # clock hours with the article
    ("تستقبل المكتبة زوارها حتى الـ11 مساءً", "الـ11 مساءً", "TIME", "2015-08-10T23:00", None),
    # a weekday fronted before a verb of a scheduled event
    ("وفي يوم الخميس تفتتح الوزارة المعرض رسميا", "يوم الخميس", "DATE", "2015-08-13", None),
    ("ويستقبل المركز صباح يوم الثلاثاء المتقدمين للوظائف", "صباح يوم الثلاثاء", "TIME", "2015-08-11TMO", None),
])
def test_time_families(text: str, span: str, typ: str, value: str, mod: str | None) -> None:
    hits = [t for t in tag(text) if t[0] == span]
    assert hits == [(span, typ, value, mod)], tag(text)


@pytest.mark.parametrize(("text", "span", "typ", "value"), [
    # what must not change: a dated weekday range, a past weekday, a dateline year of another month
    ("سافر الوفد من الأحد إلى الخميس الماضي في جولة", "الخميس الماضي", "DATE", "2015-08-06"),
    ("وقع الحادث يوم الجمعة على الطريق السريع", "يوم الجمعة", "DATE", "2015-08-07"),
    ("يعقد المؤتمر في 11 سبتمبر المقبل بالرياض", "11 سبتمبر المقبل", "DATE", "2015-09-11"),
    ("صدرت الأوامر في الأسبوع الماضي", "الأسبوع الماضي", "DATE", "2015-W32"),
    ("ستبدأ الدراسة مع بداية العام الجامعي القادم 1436 / 1437 ، ورغبة", "بداية العام الجامعي القادم", "DATE",
     "2015/2016"),
])
def test_time_unchanged(text: str, span: str, typ: str, value: str) -> None:
    hits = [t[:3] for t in tag(text) if t[0] == span]
    assert hits == [(span, typ, value)], tag(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("وصلت الوفود تباعا ثم سافرت في نفس اليوم", "نفس اليوم"),  # no day before it: left out
    ("تتحسن الخدمات يوما بعد يوم في المدينة", "بعد يوم"),  # little by little
    ("يزداد الضغط على المدارس عاما بعد عام", "بعد عام"),
    ("وقعت الوزارة بواقع 1800 عقد منفذ مع الشركات", "1800 عقد"),  # contracts, not decades
    ("ووافق المدير العام الحالي على الخطة", "العام الحالي"),  # العام = general
    ("سجل الفريق هدفين في النصف الأول من المباراة", "النصف الأول"),  # a half of a match, not of a year
    ("خلال العام التدريبي الجديد 1436/1437هـ، بهدف", "العام التدريبي الجديد"),  # the years name it
    ("وأخيرا - وليس آخرا - نشكر الجميع", "أخيرا"),  # finally
])
def test_time_absent(text: str, absent: str) -> None:
    assert absent not in [t[0] for t in tag(text)], tag(text)


def test_training_year_hijri_years() -> None:
    assert [t[:3] for t in tag("خلال العام التدريبي الجديد 1436/1437هـ، بهدف")] == [
        ("1436", "DATE", "2015"), ("1437هـ", "DATE", "2016")]


@pytest.mark.parametrize(("text", "span", "value", "approx"), [
    # «تصل إلى» after a noun of measure: the amount, not a ceiling
    ("قطعت القافلة رحلة بمسافة تصل إلى 320 كيلومترا", "320 كيلومترا", 320.0, None),
    ("أعلنت عن مشروع بقيمة إجمالية تصل إلى 500 مليون ريال", "500 مليون ريال", 500000000.0, None),
    ("فرضت غرامة تصل إلى 300 ريال على المخالفين", "300 ريال", 300.0, "at_most"),  # still a bound
    # bracketed numbers after a definite word, with a scale word, with a count cue
    ("صدّق فرع المنطقة الشرقية (1200) وثيقة وفرع المدينة المنورة (740) وثيقة", "(740) وثيقة", 740.0, None),
    ("بتكلفة إجمالية بلغت (250) مليون ريال لتنفيذ المشروع", "(250) مليون ريال", 250000000.0, None),
    ("بلغت أعداد القضايا في منطقة الجوف (146)، وفي حائل (103) قضايا", "146", 146.0, None),
    # quoted numbers with spaces inside the marks
    ("أعلنت الشركة عن ” 75 ” وظيفة للشباب", "” 75 ” وظيفة", 75.0, None),
    # the word after the number opens the next clause
    ("تم إرسال الدعوات لـ450 ليتمكنوا من الحضور", "450", 450.0, None),
    ("بلغ عدد المتقدمين 9000 وتم قبول نصفهم", "9000", 9000.0, None),
    ("أكدت الوزارة أن الشركات الـ7 مستمرة في العمل", "الـ7", 7.0, None),
    ("تجاوز عدد المساهمات الـ 300 مساهمة عقارية", "الـ 300 مساهمة", 300.0, None),
    # a range with a scale word; a plural measure noun before a bound
    ("تخطط الشركة لإنتاج 30-25 ألف جهاز سنويا", "30", 30000.0, None),
    ("تخطط الشركة لإنتاج 30-25 ألف جهاز سنويا", "25 ألف جهاز", 25000.0, None),
    ("أغلق المؤشر فوق مستويات 7900 نقطة أمس", "7900 نقطة", 7900.0, "more_than"),
])
def test_quantity_families(text: str, span: str, value: float, approx: str | None) -> None:
    hits = [q for q in quantities(text) if q[0] == span]
    assert hits == [(span, value, approx)], quantities(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("وصل التحديث إلى أجهزة جالكسي5 وجالكسي6 وجالكسي7", "5"),  # model names
    ("تقع المدينة بين خط طول 45:20 وخط 46:10", "45"),  # coordinates
    ("أكد المجلس التزامه بالقرار 2216 الذي صدر العام الماضي", "2216"),  # a resolution number
    ("يعاني مرضى السكري من النوع (2) أمراضا أخرى", "(2) أمراضا"),  # a type, not a count
    ("بلغ عدد الطلاب في المادة (56) من النظام", "56"),  # an article number
])
def test_quantity_absent(text: str, absent: str) -> None:
    assert absent not in [q[0] for q in quantities(text)], quantities(text)
