"""Rule families added after the eighth blind check (docs/time.md): numeric dates after
punctuation, ranges of years and days, quarters and halves with «لعام»/«للنصف» or no year,
«أول» + month, centuries, the article after the preposition ل («للعام الماضي»), plural
periods with digits or «القليلة», Hijri/academic years, «قبل الماضي», parts of the day,
ten-day thirds of Hijri months, vague adverbs, named days."""

from __future__ import annotations

import pytest
import time_helpers
from time_helpers import MON, QUANT, STAGE, tag

from khabar.document import Document

# MON (time_helpers) is the dev news day, a Monday in the summer holidays
OCT = "2015-10-20"


def quantities(text: str) -> list[tuple[str, float | None]]:
    """(text, value) of every quantity."""
    return [(t, v) for t, v, _ in time_helpers.quantities(text)]


TIME_CASES = [
    # numeric dates right after «..», Arabic-Indic digits
    ("وقعت..١٤-٢-٢٠٠٥.. ثم", MON, [("١٤-٢-٢٠٠٥", "DATE", "2005-02-14", None)]),
    ("الإصدار 1.2.3.2015 هنا", MON, []),
    # ranges of years (also before 1900), Hijri year ranges with an en dash
    ("الحرب الأولى (1914-1918) غيرت", MON, [("1914", "DATE", "1914", None), ("1918", "DATE", "1918", None)]),
    ("حكم بين (1789- 1797)، وخلفه", MON, [("1789", "DATE", "1789", None), ("1797", "DATE", "1797", None)]),
    ("سعره 1000-1200 ريال", MON, []),
    ("الخطة 1436 – 1437هـ الجديدة", MON, [("1436", "DATE", "2015", None), ("1437هـ", "DATE", "2016", None)]),
    # «بين 10 و15 أغسطس»: the first day takes the month of the second
    ("في الفترة بين 3 و7 سبتمبر المقبل", MON,
     [("3", "DATE", "2015-09-03", None), ("7 سبتمبر المقبل", "DATE", "2015-09-07", None)]),
    ("قتل 10 و15 جريحا", MON, []),
    # quarters and halves: «لعام», «للنصف», «من هذا العام», no year
    ("الأرباح للنصف الثاني لعام 2014 ارتفعت", MON, [("لنصف الثاني لعام 2014", "DATE", "2014-H2", None)]),
    ("في الربع الأول من هذا العام", MON, [("الربع الأول من هذا العام", "DATE", "2015-Q1", None)]),
    ("حتى نهاية الربع الثالث لعام 2016", MON, [("نهاية الربع الثالث لعام 2016", "DATE", "2016-Q3", "END")]),
    ("تراجعت مبيعاتها في الربع الأخير. وقالت", MON, [("الربع الأخير", "DATE", "2015-Q2", None)]),
    ("نمت في الربع الرابع", MON, [("الربع الرابع", "DATE", "2014-Q4", None)]),
    ("ستعلن نتائج الربع الرابع", MON, [("الربع الرابع", "DATE", "2015-Q4", None)]),
    ("تقدم في النصف الأول من المباراة", MON, []),
    # «أول» + month: the first day; «أوائل» stays the start of the month
    ("اعتبارا من أول يناير المقبل", MON, [("أول يناير المقبل", "DATE", "2016-01-01", None)]),
    ("يبدأ في أول شوال", MON, [("أول شوال", "DATE", "2015-07-17", None)]),
    ("في أوائل سبتمبر", MON, [("أوائل سبتمبر", "DATE", "2015-09", "START")]),
    # centuries
    ("كتب في القرن التاسع عشر عن", MON, [("القرن التاسع عشر", "DATE", "18", None)]),
    ("منذ منتصف القرن الماضي", MON, [("منتصف القرن الماضي", "DATE", "19", "MID")]),
    ("تحديات القرن الـ21 كثيرة", MON, [("القرن الـ21", "DATE", "20", None)]),
    ("من القرن الخامس قبل الميلاد", MON, [("القرن الخامس قبل الميلاد", "DATE", "BC04", None)]),
    ("دول القرن الأفريقي", MON, []),
    ("في نهاية القرن 19 الميلادي", MON, [("نهاية القرن 19 الميلادي", "DATE", "18", "END")]),
    # years with an explicit era, any number of digits
    ("حكم منذ عام 4241 ق.م؛ أي", MON, [("عام 4241 ق.م", "DATE", "BC4241", None)]),
    ("ولد عام 980 م بالقرب", MON, [("عام 980 م", "DATE", "0980", None)]),
    ("التحق بالشركة عام 50م الا", MON, []),
    ("طولها 500 م فقط", MON, []),
    # the article after the preposition ل loses its alef
    ("الميزانية للعام المقبل", MON, [("لعام المقبل", "DATE", "2016", None)]),
    ("أداء العملات للأسبوع الماضي", MON, [("لأسبوع الماضي", "DATE", "2015-W32", None)]),
    ("يستعد للأيام المقبلة", MON, [("لأيام المقبلة", "DATE", "FUTURE_REF", None)]),
    # plural periods with digits, compound number words or «القليلة»
    ("خلال الساعات الـ48 الماضية", MON, [("الساعات الـ48 الماضية", "DURATION", "PT48H", None)]),
    ("في الساعات الأربع والعشرين الأخيرة", MON,
     [("الساعات الأربع والعشرين الأخيرة", "DURATION", "PT24H", None)]),
    ("في الأسابيع القليلة الماضية", MON, [("الأسابيع القليلة الماضية", "DATE", "PAST_REF", None)]),
    # Hijri, Gregorian and academic years
    ("منذ بداية العام الهجري الحالي", MON, [("بداية العام الهجري الحالي", "DATE", "2015", "START")]),
    ("خلال العام الميلادي المقبل", MON, [("العام الميلادي المقبل", "DATE", "2016", None)]),
    ("قبل بداية العام الدراسي", MON, [("بداية العام الدراسي", "DATE", "2015/2016", "START")]),
    ("نتائج العام الدراسي الماضي", MON, [("العام الدراسي الماضي", "DATE", "2014/2015", None)]),
    ("يبدأ العام الدراسي المقبل", OCT, [("العام الدراسي المقبل", "DATE", "2016/2017", None)]),
    ("خطة العام الدراسي", MON, []),
    # vague adverbs
    ("الدراسة التي نشرت أخيرا في مجلة", MON, [("أخيرا", "DATE", "PAST_REF", None)]),
    ("وأخيرا، أشكر الجميع", MON, []),
    ("أجرى الفريق لقاء وديا أخيرا قبل", MON, []),
    ("أصبح أقوى من ذي قبل", MON, [("ذي قبل", "DATE", "PAST_REF", None)]),
    ("ينتهي في القريب العاجل", MON, [("القريب العاجل", "DATE", "FUTURE_REF", None)]),
    ("سيصل عما قريب", MON, [("قريب", "DATE", "FUTURE_REF", None)]),
    ("لن يتغير في المستقبل المنظور", MON, [("المستقبل المنظور", "DATE", "FUTURE_REF", None)]),
    # ambiguous month names need a temporal preposition («آب» never: «باب», «إب»)
    ("توقف منذ مارس", MON, [("مارس", "DATE", "2015-03", None)]),
    ("عند باب الرحمة", MON, []),
    ("المنظمة في إب قالت", MON, []),
    # «قبل الماضي»: the one before the last
    ("في الأسبوع قبل الماضي", MON, [("الأسبوع قبل الماضي", "DATE", "2015-W31", None)]),
    ("وصل الخميس قبل الماضي", MON, [("الخميس قبل الماضي", "DATE", "2015-07-30", None)]),
    ("في منتصف العام قبل الماضي", MON, [("منتصف العام قبل الماضي", "DATE", "2013", "MID")]),
    # parts of the day as relative days, «صبيحة», «بعد ظهر»
    ("قتل الليلة الماضية في", MON, [("الليلة الماضية", "TIME", "2015-08-09TNI", None)]),
    ("يصل هذا المساء", MON, [("هذا المساء", "TIME", "2015-08-10TEV", None)]),
    ("وقع صبيحة يوم الجمعة", MON, [("صبيحة يوم الجمعة", "TIME", "2015-08-07TMO", None)]),
    ("عقدت بعد ظهر اليوم الاثنين", MON, [("بعد ظهر اليوم الاثنين", "TIME", "2015-08-10TAF", None)]),
    # a ten-day third of a Hijri month
    ("في العشر الأواخر من رمضان", MON, [("العشر الأواخر من رمضان", "DATE", "2015-07-08/2015-07-16", None)]),
    # «منذ زمن بعيد», «منذ وقت طويل»; «منذ زمن الحرب» is not vague
    ("يعرفه منذ زمن بعيد", MON, [("زمن بعيد", "DATE", "PAST_REF", None)]),
    ("غادر منذ وقت طويل", MON, [("وقت طويل", "DATE", "PAST_REF", None)]),
    ("منذ وقت الحادث", MON, []),
    # plans stay plans: intention and scheduling verbs put a bare weekday ahead
    ("تنوي الشركة إعلان نتائجها يوم الأربعاء", MON, [("يوم الأربعاء", "DATE", "2015-08-12", None)]),
    ("لن يشارك اللاعب في مباراة الأحد", MON, [("الأحد", "DATE", "2015-08-16", None)]),
    ("يلتقي الفريقان في جدة يوم الخميس", MON, [("يوم الخميس", "DATE", "2015-08-13", None)]),
    ("التقى الفريقان في جدة يوم الخميس", MON, [("يوم الخميس", "DATE", "2015-08-06", None)]),
    # two different months joined by «/» or «-»: two dates sharing the year or modifier
    ("في تموز/ آب 2014 وقع", MON, [("تموز", "DATE", "2014-07", None), ("آب 2014", "DATE", "2014-08", None)]),
    ("خلال الفترة من (سبتمبر- نوفمبر) من هذا العام", MON,
     [("سبتمبر", "DATE", "2015-09", None), ("نوفمبر", "DATE", "2015-11", None), ("هذا العام", "DATE", "2015", None)]),
    # «2015/2016» (a season or fiscal year) and «1435هـ/1436هـ»: both years
    ("العام المالي 2015/2016 بلغ", MON, [("2015", "DATE", "2015", None), ("2016", "DATE", "2016", None)]),
    ("العام 1435هـ/1436هـ ومن", MON, [("العام 1435هـ", "DATE", "2014", None), ("1436هـ", "DATE", "2015", None)]),
    ("النتيجة 10/2015 في", MON, []),
    # a weekday equated with a date («الموافق») is that date
    ("يوم السبت الموافق 15 أغسطس", MON,
     [("يوم السبت", "DATE", "2015-08-15", None), ("15 أغسطس", "DATE", "2015-08-15", None)]),
    ("يوم الاثنين الموافق 2 / 11 / 1436هـ", MON,
     [("يوم الاثنين", "DATE", "2015-08-17", None), ("2 / 11 / 1436هـ", "DATE", "2015-08-17", None)]),
    # «N unit في اليوم» is a rate (like «يوميا»); «اليوم الذي» is the day on which
    ("ينتج 3 ملايين برميل من النفط في اليوم خلال", MON, [("اليوم", "SET", "P1D", None)]),
    ("أعلن في 2014 أنه سيزور في اليوم", MON,  # «في 2014 أنه»: a year before a particle (session 6)
     [("2014", "DATE", "2014", None), ("اليوم", "DATE", "2015-08-10", None)]),
    ("هو اليوم الذي ولد فيه", MON, []),
    # a named or counted day is not today
    ("احتفلت باليوم المفتوح", MON, []),
    ("وفي اليوم السادس من المؤتمر", MON, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), TIME_CASES, ids=[c[0][:30] for c in TIME_CASES])
def test_time_family(text: str, published: str, expected: list) -> None:
    assert tag(text, published) == expected


QUANTITY_CASES = [
    # bare counts: after «عدد/بلغ» in the clause, before «فقط», after a sound plural
    ("بلغ عدد المستفيدين من البرنامج خلال العام 350 ، توزعوا", [("350", 350)]),
    ("وكان الناجون منهم 3 فقط", [("3", 3)]),
    ("توزعوا بين الناجحين 120 والراسبات 15", [("120", 120), ("15", 15)]),
    ("المجلة العسكرية، العدد 6 ، يونيو", []),
    ("سجل هدفين في الدقيقتين 43، ثم", []),  # a dual is no sound plural
    # bracketed count with an accusative noun even after a definite word
    ("بلغ العدد (1250) طالبا", [("(1250) طالبا", 1250)]),
    ("بموجب المادة (56) من لائحة", []),
    # identifiers: a number after «الرقم (», in an e-mail address, «5 + 1»
    ("الاتصال على الرقم (920) أو", []),
    ("عبر البريد (15@site.com) للتواصل", []),
    ("مع دول «5 + 1» حول", []),
    ("بقيمة بـ(8146 ريالاً) شهريا", [("8146 ريالاً", 8146)]),
    # areas and volumes; a digit glued to a unit («كم2») starts no quantity
    ("على مساحة 693 ألف متر مربع", [("693 ألف متر مربع", 693000)]),
    ("مساحتها 20 كم2 فقط", [("20 كم2", 20)]),
    ("بطاقة 80.000 متر مكعب", [("80.000 متر مكعب", 80000)]),
    ("بسعر 1.000 دينار كويتي", [("1.000 دينار كويتي", 1.0)]),
    ("ارتفع بمقدار 27.000. أما", [("27.000", 27000)]),
    # plural money nouns after «من» or in construct keep their currency (checked below)
    ("خسر ملايين الدولارات", [("ملايين الدولارات", None)]),
    # «بين 5 و10 آلاف»: the first number shares the second's thousands
    ("بين 5 و10 آلاف ريال", [("5", 5000), ("10 آلاف ريال", 10000)]),
    ("من 1.5 إلى 2 مليار دولار", [("1.5", 1.5e9), ("2 مليار دولار", 2e9)]),
    ("ما بين 20 و30 قتيلا", [("20", 20), ("30 قتيلا", 30)]),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITY_CASES, ids=[c[0][:30] for c in QUANTITY_CASES])
def test_quantity_family(text: str, expected: list) -> None:
    assert quantities(text) == expected


def test_plural_money_nouns_keep_their_currency() -> None:
    doc = Document(id="q", text="أنفقت عشرات الملايين من الدولارات وملايين الريالات", published=MON)
    doc.times = STAGE(doc)
    assert [(q.unit, q.currency) for q in QUANT(doc)] == [("دولار", "USD"), ("ريال", "SAR")]
