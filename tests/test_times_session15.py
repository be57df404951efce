"""Session-15 families of the time stage (docs/time.md), on sentences written for these tests:
regional modifiers and forms («الفارط», «الفاتح من», the Maghrebi quarter «الفصل الثاني من السنة»), a
relative year and its number in one span, a bare part of «العام» after a bound in a sentence that
narrates another year, a year after «في» before «أفعل», a vague amount counted from an event, «تقل
… عن» set apart by a noun of measure, habitual parts of the day (sets), the month after «ينتهي في».
Quantities: tests/test_times_session15_quantities.py."""

from __future__ import annotations

import pytest
from time_helpers import tag


def _one(text: str, span: str) -> tuple[str, str, str | None]:
    found = [(t, typ, v, mod) for t, typ, v, mod in tag(text) if t == span]
    assert len(found) == 1, tag(text)
    return found[0][1:]


# dateline Monday 10 August 2015
@pytest.mark.parametrize(("text", "span", "typ", "value", "mod"), [
    # «الفارط» (Tunisian «past») is a relative modifier like «الماضي/الفائت»
    ("أوقفت قوات الأمن الأسبوع الفارط 15 عنصرا", "الأسبوع الفارط", "DATE", "2015-W32", None),
    ("أعلنت حالة الطوارئ في جويلية الفارط بعد الهجوم", "جويلية الفارط", "DATE", "2015-07", None),
    ("تراجعت الصادرات خلال السنة الفارطة بشكل واضح", "السنة الفارطة", "DATE", "2014", None),
    # «الفاتح من» + a month: its first day
    ("تدخل الإجراءات حيز التنفيذ في الفاتح من سبتمبر المقبل", "الفاتح من سبتمبر المقبل", "DATE", "2015-09-01", None),
    ("احتفلت البلاد بذكرى الفاتح من نوفمبر 1954", "الفاتح من نوفمبر 1954", "DATE", "1954-11-01", None),
    # the Maghrebi quarter «الفصل» with its year
    ("بلغ معدل البطالة 8.7 في المائة خلال الفصل الثاني من السنة الجارية", "الفصل الثاني من السنة الجارية",
     "DATE", "2015-Q2", None),
    ("تراجع النمو خلال الفصل الأول من 2015 مقارنة بالعام الماضي", "الفصل الأول من 2015", "DATE", "2015-Q1", None),
    ("سجلت الشركة أرباحا في الفصل الرابع من العام الماضي", "الفصل الرابع من العام الماضي", "DATE", "2014-Q4", None),
    # a relative year and the number of the same year: one span
    ("استقبل الميناء خلال العام الحالي 2015م نحو مليون طن", "العام الحالي 2015م", "DATE", "2015", None),
    ("بلغت الطاقة المركبة إلى نهاية العام الماضي 2014. وفي المقابل", "نهاية العام الماضي 2014", "DATE", "2014", "END"),
    ("انخفضت المناقصة للعام الحالي 2015 عن العام 2014", "لعام الحالي 2015", "DATE", "2015", None),
    # a bare part of «العام» after a bound, in a sentence that narrates another year
    ("ارتفعت النسبة خلال الربع الثاني من العام الماضي لتستقر إلى نهاية العام عند هذا المستوى",
     "نهاية العام", "DATE", "2014", "END"),
    ("نما الإنتاج في عام 2013 واستمر حتى نهاية العام دون توقف", "نهاية العام", "DATE", "2013", "END"),
    # a year after «في» before «أفعل» (a perfect verb or an elative): no counted noun
    ("ففي 2011 أرغم بضغط من المحافظين على التخلي عن منصبه", "2011", "DATE", "2011", None),
    ("وفي 2014 أعلن الرئيس عن خطة جديدة", "2014", "DATE", "2014", None),
    # a vague amount counted from an event: a DURATION, «قبل/بعد» outside
    ("تكافح البلاد للعودة إلى مستويات الإنتاج بعد أعوام من الصراع", "أعوام", "DURATION", "PXY", None),
    ("ظهر في البرنامج قبل أيام من انتخابه رئيسا", "أيام", "DURATION", "PXD", None),
    ("استقال المدرب بعد دقائق من الهزيمة", "دقائق", "DURATION", "PTXM", None),
    ("صدر القرار بعد سنوات عدة من المعاناة", "سنوات عدة", "DURATION", "PXY", None),
    # «يقل/تقل … عن» set apart by a noun of measure: less than
    ("نسبة المعالين الذين تقل أعمارهم عن 19 عاماً إلى السكان", "19 عاماً", "DURATION", "P19Y", "LESS_THAN"),
    ("يشترط ألا يكون لاعبا وتقل أعمارهم عن 21 عاما", "21 عاما", "DURATION", "P21Y", "LESS_THAN"),
    # habitual parts of the day: every morning / evening / night, no single day
    ("يقام المهرجان كل مساء في الحديقة العامة", "كل مساء", "SET", "XXXX-XX-XXTEV", None),
    ("تتناول النساء العصير على الريق صباح كل يوم اعتقادا بفائدته", "صباح كل يوم", "SET", "XXXX-XX-XXTMO", None),
    ("كل ليلة عليك أن تقدم الدور كاملا", "كل ليلة", "SET", "XXXX-XX-XXTNI", None),
    ("يتدرب الفريق عادة مساء في الملعب الرئيسي", "مساء", "SET", "XXXX-XX-XXTEV", None),
    ("تحرص على شرب الماء كل يوم، فالماء يدخل المعدة صباحاً فتمتصه", "صباحاً", "SET", "XXXX-XX-XXTMO", None),
    # the month after «ينتهي في»: the end of a plan lies ahead
    ("توقعت الشركة أرباحا للعام المالي الحالي الذي ينتهي في مارس", "مارس", "DATE", "2016-03", None),
    ("قال المدير إن العقد ينتهي في يونيو من دون تجديد", "يونيو", "DATE", "2016-06", None),
])
def test_session15_times(text: str, span: str, typ: str, value: str, mod: str | None) -> None:
    assert _one(text, span) == (typ, value, mod)


@pytest.mark.parametrize(("text", "span", "typ", "value", "mod"), [
    # what must not change
    ("حققت الشركة أرباحا في العام الماضي 2013 على غير العادة", "العام الماضي", "DATE", "2014", None),
    # session 25: the bare Hijri number joins as the Hijri year it is (1436 ≈ 2015, calendar hijri); session 15
    # kept it out because it was joined as a Gregorian year
    ("صرفت الوزارة الرواتب للعام الحالى 1436 في موعدها", "لعام الحالى 1436", "DATE", "2015", None),
    ("تقدم المساعدات للنازحين حتى نهاية العام.", "نهاية العام", "DATE", "2015", "END"),
    ("سجلت الشركة خسائر في عام 2014. وارتفع المؤشر منذ بداية العام بنسبة 3%", "بداية العام", "DATE", "2015", "START"),
    ("بلغت الأرباح عام 2013 نحو مليار وارتفع المؤشر منذ بداية العام", "بداية العام", "DATE", "2015", "START"),
    ("نتوقع نموا بعد سنوات من الآن", "بعد سنوات", "DATE", "FUTURE_REF", None),
    ("وافقت الحكومة قبل أسابيع على استقبال الجرحى", "قبل أسابيع", "DATE", "PAST_REF", None),
    ("ولا يقل عمره عن 18 عاما", "18 عاما", "DURATION", "P18Y", "EQUAL_OR_MORE"),
    ("سيؤدي الفريق صباح الاثنين مرانه قبيل المغادرة إلى لندن مساءً.", "مساءً", "TIME", "2015-08-10TEV", None),
    ("وسيتم تسديد رواتب أيار (مايو) مطلع الأسبوع المقبل", "أيار (مايو)", "DATE", "2015-05", None),
    ("ستعقد القمة في مارس بحضور القادة", "مارس", "DATE", "2015-03", None),
    ("انتهى العقد في مارس الماضي", "مارس الماضي", "DATE", "2015-03", None),
    ("ينتهي العقد في أكتوبر المقبل", "أكتوبر المقبل", "DATE", "2015-10", None),
    ("سيجري الاحتفال في أول أغسطس (آب) الحالي", "أول أغسطس (آب) الحالي", "DATE", "2015-08-01", None),
])
def test_session15_unchanged(text: str, span: str, typ: str, value: str, mod: str | None) -> None:
    assert _one(text, span) == (typ, value, mod)


@pytest.mark.parametrize(("text", "absent"), [
    ("في الفصل الأول من العام الدراسي الحالي تبدأ الامتحانات", "الفصل الأول"),
    ("ظهر البطل في الفصل الثاني من المسرحية", "الفصل الثاني"),
    ("انتهى الفصل الأخير من الرواية", "الفصل الأخير"),
    ("ذات صباح، استيقظ على فراشه", "صباح"),
    ("يسعون في كل عصر ومصر للتربص بالمسلمين", "كل عصر"),
    ("لم يغادر محمد الفاتح من المدينة", "الفاتح"),
    ("حصل الفريق على المركز الأول في البطولة الآسيوية الفارطة", "الفارطة"),
    ("في 2000 أسرة فقيرة", "2000"),
    ("تعمل الهيئة منذ سنوات من قبل تأسيسها", "سنوات"),
])
def test_session15_not_times(text: str, absent: str) -> None:
    assert not any(absent in t for t, *_ in tag(text)), tag(text)
