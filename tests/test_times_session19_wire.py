"""Session 19 (t19): held-out 23a's wire families — early Hijri years with their era, a time word glued
to the digits after it. Sentences of our own, with cases to read and cases to leave."""

from __future__ import annotations

import pytest
from time_helpers import quantities, tag


def values(text: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(t, v) for t, _, v, _ in tag(text, published)]


# --- early Hijri years with their era --------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "value"), [
    ("حيث ولد بالقاهرة عام661 هجرية وتوفي شابا.", "عام661 هجرية", "1263"),
    ("كما ولاه السلطان الوزارة عام 684 هجرية وهو شاب.", "عام 684 هجرية", "1285"),
    ("قتل الخليفة سنة 40 هجرية في الكوفة.", "سنة 40 هجرية", "0660"),
    ("بدأ الشاعر كتابه عام 390 هـ.", "عام 390 هـ", "1000"),
    ("ولد الإمام في المدينة عام 148 للهجرة الموافق 765 للميلاد.", "عام 148 للهجرة", "0765"),
])
def test_early_hijri_year(text, span, value):
    found = tag(text, None)
    assert (span, "DATE", value, None) in found
    assert all(q[0] not in span for q in quantities(text))  # the number is no quantity


@pytest.mark.parametrize("text", [
    "سجل اللاعب 661 هدفا في مسيرته.",  # no classifier, no era
    "بلغ عدد الحجاج 390 ألفا هذا العام.",
    "قطع مسافة 148 كيلومترا.",
])
def test_no_hijri_year_without_classifier_and_era(text):
    assert not [t for t in tag(text, None) if t[1] == "DATE" and t[2][:1] in "0123456789" and len(t[2]) == 4
                and t[2] < "1300"]


# --- a time word glued to the digits after it ------------------------------------------------

@pytest.mark.parametrize(("text", "span", "value", "published"), [
    ("غادر منهم حتي أمس42 مصابا بعد شفائهم.", "أمس", "XXXX-XX-XX", None),
    ("غادر منهم حتي أمس42 مصابا بعد شفائهم.", "أمس", "2015-08-09", "2015-08-10"),
    ("وقعت خلال العام الحالي12 اتفاقية.", "العام الحالي", "XXXX", None),
    ("تقام الفعاليات من الأربعاء27/10/1436هـ لمدة أسبوع.", "الأربعاء27/10/1436هـ", "2015-08-12", "2015-08-10"),
])
def test_time_word_glued_to_digits(text, span, value, published):
    assert (span, value) in values(text, published)


def test_glued_digits_stay_a_quantity():
    assert ("42 مصابا", 42.0, None) in quantities("غادر منهم حتي أمس42 مصابا بعد شفائهم.")


@pytest.mark.parametrize("text", ["فاز منتخب خليجي23 باللقب.", "سجل العام2 نتائج جيدة."])
def test_no_time_glued_to_a_name(text):
    assert values(text) == []


# --- digits glued to the word before a duration ------------------------------------------------

@pytest.mark.parametrize(("text", "span", "value"), [
    ("عقوبات تراوحت بين6 اشهر الى عام سجنا.", "6 اشهر", "P6M"),
    ("توفي عن عمر يناهز23 عاما.", "23 عاما", "P23Y"),
    ("قطع مسافة السباق في ظرف3 دقائق و40 ثانية وراء الفائز.", "3 دقائق و40 ثانية", "PT3M40S"),
])
def test_duration_glued_to_the_word_before(text, span, value):
    assert (span, value) in values(text)
    assert all(q[0] not in span for q in quantities(text))


@pytest.mark.parametrize("text", ["فاز خليجي23 على منافسه.", "اشترى هاتف نكسوس5 أمس."])
def test_glued_digits_without_a_unit_are_no_duration(text):
    assert not [t for t in tag(text) if t[1] == "DURATION"]
