"""Rule families added after the twelfth blind check (docs/time.md, session 9): «في + year» before
ب/ل + a place name, «العام/الشهر/الأسبوع السابق» as an anaphoric period (left out), a bare unit
after a superlative and «في» ("in a month"), ages and lengths after «أكبر/أصغر/أطول/أقصر من»; for
quantities a counted noun in ة whose first letters spell a particle («لوحة», «منحة», «مادة»),
«م» glued to digits after a noun of size (metres), an approximator set apart from the amount by
the noun it measures («يقارب عددهم»), perfect verbs of the derived forms in ا…ت after a number or a
year, digits after a definite noun of a numbered item («الدقيقة 17 سدد»), «و/ف» + a preposition
and a particle or a verbal noun («وبذلك», «وبدون», «وباختيار») and «هنا/هناك» after a number; four
digits before «بتوقيت» as a clock time. The
sentences are written for these tests, not taken from
a gold set."""

from __future__ import annotations

import pytest
from time_helpers import quantities, tag

TIME_CASES = [
    # «في + year» before ب/ل + a place name of the gazetteers: a year, not a count of «بمكة»
    ("أقيمت الدورة الأولى في 2004 بجدة ثم انتقلت", [("2004", "DATE", "2004", None)]),
    ("نظم الملتقى في 2012 ببغداد بحضور", [("2012", "DATE", "2012", None)]),
    ("صدرت الطبعة في 2009 بالقاهرة", [("2009", "DATE", "2009", None)]),  # article: an older rule
    ("أنتجت الشركة في 2001 برميل", []),  # ب is part of the counted noun: no place
    # «السابق» with a singular period counts back from the narrated period, not the dateline
    ("بلغت الأرباح في الربع الثاني 40 مليونا مقابل 30 مليونا في الربع السابق", [
        ("الربع الثاني", "DATE", "2015-Q2", None)]),
    ("تراجعت المبيعات مقارنة مع الشهر السابق", []),
    ("ارتفع العدد عن العام السابق له", []),
    ("تضاعف خلال السنوات السابقة", [("السنوات السابقة", "DATE", "PAST_REF", None)]),  # plural: kept
    ("تراجع في العام الماضي", [("العام الماضي", "DATE", "2014", None)]),
    # a superlative, its noun, «في» + a bare singular unit: the span a record is measured over
    ("سجل الذهب أعلى سعر له في شهر بعد", [("شهر", "DURATION", "P1M", None)]),
    ("وصل المؤشر إلى أدنى مستوياته في عام مع", [("عام", "DURATION", "P1Y", None)]),
    ("هذه أكبر خسارة أسبوعية في أسبوع كامل", [("أسبوع", "DURATION", "P1W", None)]),
    ("كان أكبر مهرجان في شهر رمضان", [("شهر رمضان", "DATE", "2015-06-18/2015-07-16", None)]),
    ("وقع الحادث في شهر", []),  # no superlative: «في شهر» alone stays out
    # a comparative of age or length + «من» before a duration gives its mod, outside the span
    ("يشترط أن يكون المتقدم أكبر من 21 عاما وأصغر من 40 عاما", [
        ("21 عاما", "DURATION", "P21Y", "MORE_THAN"), ("40 عاما", "DURATION", "P40Y", "LESS_THAN")]),
    ("للأطفال الأصغر سنا من 6 سنوات", [("6 سنوات", "DURATION", "P6Y", "LESS_THAN")]),
    ("لم تدم الهدنة أطول من ثلاثة أيام", [("ثلاثة أيام", "DURATION", "P3D", "MORE_THAN")]),
    ("بعد أكثر من 5 سنوات", [("بعد أكثر من 5 سنوات", "DATE", "2020", "MORE_THAN")]),  # lexicon: inside
    # a year before a perfect verb of the derived forms in ا…ت (no counted noun)
    ("وفي 2013 أطلقت الوزارة برنامجا", [("2013", "DATE", "2013", None)]),
    ("في 2010 انتقلت إلى", [("2010", "DATE", "2010", None)]),
    ("تم توزيع 2000 استمارة", []),  # a noun in ة: a count
    # four digits before a time zone, without «الساعة», are a clock time
    ("أغلق السوق عند الثالثة عصرا بالتوقيت المحلي (0700 بتوقيت جرينتش) .", [
        ("الثالثة عصرا", "TIME", "2015-08-10T15:00", None), ("0700", "TIME", "2015-08-10T07:00", None)]),
    ("بلغ 2460 بتوقيت", []),  # no such clock time
]


@pytest.mark.parametrize(("text", "expected"), TIME_CASES)
def test_time_families(text: str, expected) -> None:
    assert tag(text) == expected


QUANTITY_CASES = [
    # singular nouns in ة whose first two or three letters spell a particle (لو، من، ما) are no pronoun forms
    ("علقت البلدية 250 لوحة إرشادية", [("250 لوحة", 250.0, None)]),
    ("قدمت الجامعة 120 منحة دراسية", [("120 منحة", 120.0, None)]),
    ("يضم المنهج 35 مادة دراسية", [("35 مادة", 35.0, None)]),
    ("حصل على 3 منه", [("3", 3.0, None)]),  # «منه» (من + pronoun) is still no counted noun
    # «م» glued to the digits after a noun of size is metres, an era or abbreviation elsewhere
    ("شقة مساحتها 90م في", [("90م", 90.0, None)]),
    ("جسر بطول 350م وعرض 20م", [("350م", 350.0, None), ("20م", 20.0, None)]),
    ("بني في عام 70م", []),
    ("رقم الملف 45م", []),
    # an approximator set apart from the amount by the noun it measures sets approx only
    ("الذين يقارب عددهم 3 ملايين نسمة", [("3 ملايين نسمة", 3000000.0, "about")]),
    ("حضر حفل تجاوز عدد حضوره 900 شخص", [("900 شخص", 900.0, None)]),  # a genitive between: no
    ("بلغ الحضور ما يزيد عددهم على 400 شخص", [("400 شخص", 400.0, "more_than")]),
    ("أسعار البيض فوق مستوى 12 ريالا", [("12 ريالا", 12.0, "more_than")]),
    ("منازل لا تتجاوز مساحتها 200 متر", [("200 متر", 200.0, "at_most")]),
    ("لجان لا يقل عددها عن 7 أعضاء", [("7 أعضاء", 7.0, "at_least")]),
    ("تبلغ قيمتها 8 ملايين ريال", [("8 ملايين ريال", 8000000.0, None)]),  # «تبلغ» approximates nothing
    # a perfect verb of the derived forms in ا…ت after a number is no counted noun
    ("شارك 40 لاعبا وعددهم 25 انسحبت منهم", [("40 لاعبا", 40.0, None), ("25", 25.0, None)]),
    # digits right after a definite noun of a numbered item name it, whatever follows
    ("وفي الدقيقة 12 أرسل المهاجم كرة", []),
    ("بالدقيقة 70 خرج اللاعب", []),
    ("نصت المادة 9 من القانون", []),
    ("حصل على المرتبة 3 عالميا", []),
    ("يضم المركز 300 موظف", [("300 موظف", 300.0, None)]),  # not a head of a numbered item
    ("بعد 90 دقيقة من اللعب", []),  # a time expression, not a quantity
    # a conjunction + a preposition, or a demonstrative of place, is never the counted noun
    ("حصل على 12 نقطة مقابل 9 وبذلك تصدر", [("12 نقطة", 12.0, None), ("9", 9.0, None)]),
    ("بقي من المرشحين 7 وبدون منافس", [("7", 7.0, None)]),
    ("وصل عددهم إلى 40 فهناك من غادر", [("40", 40.0, None)]),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITY_CASES)
def test_quantity_families(text: str, expected) -> None:
    assert quantities(text) == expected
