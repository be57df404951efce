"""Session-14 families of the quantity stage (docs/time.md), on sentences written for these tests:
a count «الـN» after a plural in construct, a scale word shared by number words or across «أو», two
scaled amounts after «بين», a scale word left out on a compared number, a quoted number with its
scale word, «اثنين» after its noun, a separated approximator after a plural noun of measure."""

from __future__ import annotations

import pytest
from time_helpers import QUANT, STAGE, quantities

from khabar.document import Document


@pytest.mark.parametrize(("text", "expected"), [
    # «الـN» after an indefinite plural in construct with a definite noun counts the plural
    ("ارتفعت 12 من قطاعات السوق ال15 بقيادة المصارف", [("12 من قطاعات", 12.0, None), ("ال15", 15.0, None)]),
    ("تراجعت جلسات السوق الـ5 الأخيرة", [("الـ5", 5.0, None)]),
    # but names a numbered item or event
    ("انطلقت مباريات الجولة الـ5 من الدوري", []),
    ("اختتمت فعاليات المهرجان الـ20 للتراث", []),
    # the second number's scale word is shared by number words and across «أو»
    ("تتراوح الخسائر بين خمسة وسبعة ملايين دولار", [("خمسة", 5000000.0, None), ("سبعة ملايين دولار", 7000000.0, None)]),
    ("قدرت التكلفة بنحو 5 أو 7 ملايين ريال", [("نحو 5", 5000000.0, "about"), ("7 ملايين ريال", 7000000.0, None)]),
    ("وصل نحو 3 أو 4 أشخاص", [("نحو 3", 3.0, "about"), ("4 أشخاص", 4.0, None)]),  # no scale word: unchanged
    # two scaled amounts after «بين» are a range, not a sum
    ("تتراوح الكمية بين 60 مليون و80 مليون لتر", [("60 مليون", 60000000.0, None), ("80 مليون لتر", 80000000.0, None)]),
    ("تتراوح التكلفة بين 5 ملايين و7", [("5 ملايين", 5000000.0, None), ("7", 7000000.0, None)]),
    ("بلغت التكلفة 5 ملايين و700 ألف ريال", [("5 ملايين و700 ألف ريال", 5700000.0, None)]),  # a compound
    # a scale word left out on the number compared
    ("ارتفعت الكمية إلى 113.73 مليون من 137.76 في الجلسة السابقة",
     [("113.73 مليون", 113730000.0, None), ("137.76", 137760000.0, None)]),
    ("بلغ 5 ملايين مقابل 4500 شخص", [("5 ملايين", 5000000.0, None), ("4500 شخص", 4500.0, None)]),
    # a number in quotation marks keeps the scale word after the quote
    ("اشترى النادي اللاعب مقابل «46» مليون جنيه استرليني", [("«46» مليون جنيه استرليني", 46000000.0, None)]),
    ("قتل «23» مليوناً؟", [("«23» مليوناً", 23000000.0, None)]),
    ("تنص المادة «1» تطبيق النظام", []),
    # «اثنين» after an indefinite plural counts it; the word after it is no noun
    ("قتلت الشرطة مسلحين اثنين لم تعرف هويتهما", [("اثنين", 2.0, None)]),
    ("أصيب جنديين تركيين اثنين أصيبا بجروح", [("اثنين", 2.0, None)]),
    ("افتتح المعرض يوم الاثنين", []),
])
def test_quantity_families(text: str, expected: list) -> None:
    assert quantities(text) == expected


def test_two_counts_the_noun_before() -> None:
    q = _quantity_of("قتلت الشرطة مسلحين اثنين")
    assert (q.value, q.unit) == (2.0, "مسلحين")


def test_quoted_scale_keeps_currency() -> None:
    q = _quantity_of("مقابل «46» مليون جنيه استرليني")
    assert (q.value, q.currency) == (46000000.0, "GBP")


def _quantity_of(text: str):
    doc = Document(id="q", text=text, published="2015-08-10")
    doc.times = STAGE(doc)
    (q,) = QUANT(doc)
    return q


@pytest.mark.parametrize(("text", "expected"), [
    # an approximator set apart by a plural noun of measure (the singular worked before)
    ("لا تتجاوز أسعارها 50 دولارا", [("50 دولارا", 50.0, "at_most")]),
    ("تزيد أعدادهم على 300 شخص", [("300 شخص", 300.0, "more_than")]),
    ("يتجاوز عددهم 20 شخصا", [("20 شخصا", 20.0, "more_than")]),
    ("بلغت أسعارها 50 دولارا", [("50 دولارا", 50.0, None)]),  # no approximator
])
def test_separated_approximators(text: str, expected: list) -> None:
    assert quantities(text) == expected
