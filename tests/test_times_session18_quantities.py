"""Session-18 quantity families (held-out 21: the last news-day articles and ANERcorp blocks), each with
cases that must change and cases that must not; sentences written for these tests, none from a gold set."""

from __future__ import annotations

import pytest
from time_helpers import quantities


def values(text: str) -> list[tuple[str, float | None]]:
    return [(q[0], q[1]) for q in quantities(text)]


# a Latin letter name written in Arabic (or a Soviet maker's short name) before the number: a model
@pytest.mark.parametrize("text", [
    "حلقت قاذفة بي-52 فوق الجزيرة",
    "تسلم سلاح الجو مقاتلات إف-16 الجديدة",
    "نشرت روسيا منظومة إس-300 قرب الحدود",
    "أسقطت طائرة سو-24 فوق البحر",
    "تقدمت دبابات تي-72 نحو البلدة",
    "اشترت الشرطة سيارات «ايه 8» الفاخرة",
    "طرحت الشركة الهاتف جالاكسي إس7 في الأسواق",
    "حلقت طائرات ميغ 23 فوق المدينة",
])
def test_letter_models(text):
    assert values(text) == []


@pytest.mark.parametrize("text,expected", [
    ("اشترت القوات 12 طائرة إف-16", [("12 طائرة", 12.0)]),  # the count before the model stays
    ("قال إن 16 شخصا قتلوا في الهجوم", [("16 شخصا", 16.0)]),  # «إن» is no letter name
    ("ذهب بي 5 أشخاص إلى السوق", [("5 أشخاص", 5.0)]),  # «بي» without a hyphen: an Arabic word
])
def test_letter_words_without_model(text, expected):
    assert values(text) == expected


# digits right before «منهم/منها» count, even after a definite noun (not after a numbered item)
@pytest.mark.parametrize("text,expected", [
    ("لديه 7 من الأبناء 4 منهم يعملون في التعليم", [("7 من الأبناء", 7.0), ("4", 4.0)]),
    ("أصيب 20 من الجنود 6 منهم حالتهم حرجة", [("20 من الجنود", 20.0), ("6", 6.0)]),
])
def test_digits_before_partitive_pronoun(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "تنص المادة 5 منها على العقوبة",  # a numbered item
    "نصت اللائحة في الفقرة 3 منها على ذلك",
    "أشار إلى الجدول 4 في التقرير",  # no «منهم»: a label, as before
])
def test_label_before_partitive(text):
    assert values(text) == []


# «ونصف» right after the counted noun or the unit adds a half
@pytest.mark.parametrize("text,expected", [
    ("كان أسرع منه بخمس مرات ونصف في السباق", [("خمس مرات ونصف", 5.5)]),
    ("سار الفريق 4 كيلومترات ونصف قبل الاستراحة", [("4 كيلومترات ونصف", 4.5)]),
    ("تزن القطعة ثلاثة جرامات ونصفًا فقط", [("ثلاثة جرامات ونصفًا", 3.5)]),
])
def test_half_after_noun(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("حضر 12 طالبا ونصف الطلاب غائبون", [("12 طالبا", 12.0)]),  # half OF the students
    ("بلغت الاستثمارات 5 ملايين ونصف المليون دولار", [("5 ملايين ونصف المليون دولار", 5500000.0)]),  # as before
])
def test_half_not_added(text, expected):
    assert values(text) == expected


# a definite sound plural and one nisba adjective before «الـN»: the number counts that plural
@pytest.mark.parametrize("text,expected", [
    ("أغلقت المختبرات الكيميائية الـ14 في المنطقة", [("الـ14", 14.0)]),
    ("اجتمع المدربون السعوديون الـ 12 في الرياض", [("الـ 12", 12.0)]),
])
def test_plural_adjective_then_numeral(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "انطلقت الدورة الخليجية الـ 23 في الكويت",  # no plural: the 23rd
    "افتتح مؤتمر المهندسين السعوديين الـ 15 في جدة",  # a numbered series' head before the plural
    "احتفلت المملكة بالذكرى الوطنية الـ85",
])
def test_numeral_names_after_adjective(text):
    assert values(text) == []


# a numbered list item with an en dash at a line's start is no count
def test_list_item_en_dash():
    assert values("قرر المجلس ما يلي :\n 1 – تجديد عضوية المدير\n 2 – تعيين 5 أعضاء") == [("5 أعضاء", 5.0)]


def test_dash_range_still_counts():
    assert values("نقلت الشاحنة 4 – 6 أطنان") != []


# a lone full number word 3–10 after a verb or «إلى», before a stop or a preposition, counts
@pytest.mark.parametrize("text,expected", [
    ("قتل عشرة في الهجوم وأصيب آخرون", [("عشرة", 10.0)]),
    ("أدرج خمسة في عداد المصابين", [("خمسة", 5.0)]),
    ("ارتفع عدد الضحايا إلى سبعة، بحسب المستشفى", [("سبعة", 7.0)]),
])
def test_lone_number_word_counts(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "يتفوقون بنسبة ثمانية إلى واحد في الإنفاق",  # a ratio
    "في المراسم التي أقيمت قبل ثلاثة في المدينة",  # a time unit left out after «قبل»
    "سجلت الشرطة خمسة في عداد المفقودين",  # after a definite word (the subject), as before
])
def test_lone_number_word_not_counted(text):
    assert values(text) == []
