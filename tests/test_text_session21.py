"""Session 21 (txt21): an ellipsis glued to both words («الأساس..لذا لابد») is tried as a
sentence end under the same tests as a spaced one — at least three words before it, no
function word before it, no word that carries the clause on after it, not inside brackets or
quotations, not a one-word list item — and offsets stay in the original text."""

from __future__ import annotations

import pytest

from khabar.text.segment import sentences


def texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


# -- positives: a glued ellipsis before a new clause ends the sentence ----------------------
@pytest.mark.parametrize("text, first", [
    ("وقد تعلمنا من التجربة الأساس..لذا لابد من العمل معا.", "وقد تعلمنا من التجربة الأساس.."),
    ("عملنا طوال الليل على إصلاح الشبكة..ونحن الذين جهزناها.", "عملنا طوال الليل على إصلاح الشبكة.."),
    ("كانت الرحلة طويلة ومتعبة جدا…وفي النهاية وصلنا.", "كانت الرحلة طويلة ومتعبة جدا…"),
    ("كانت الرحلة طويلة ومتعبة جدا...وفي النهاية وصلنا.", "كانت الرحلة طويلة ومتعبة جدا..."),
])
def test_glued_ellipsis_ends_a_sentence(text, first):
    got = texts(text)
    assert got[0] == first and len(got) == 2


def test_glued_and_spaced_are_read_alike():
    glued = texts("عملنا طوال الليل على إصلاح الشبكة..ونحن الذين جهزناها.")
    spaced = texts("عملنا طوال الليل على إصلاح الشبكة.. ونحن الذين جهزناها.")
    assert [t.replace(" ", "") for t in glued] == [t.replace(" ", "") for t in spaced]


# -- negatives: the same tests keep a glued ellipsis a pause --------------------------------
@pytest.mark.parametrize("text", [
    "مصر..ارتفع الدولار.",  # fewer than three words before it
    "وتحدث الوزير طويلا عن..الأزمة الحالية في البلاد.",  # a function word before it
    "ولا بد من المشاركة للجميع..أن نكون معا.",  # «أن» carries the clause on
    "وجاء القرار بعد نقاش طويل..مشددا على أهمية الالتزام.",  # a circumstantial participle
    "وشهدنا في الفترة الماضية إقصاء..تهميش..تضييق على الجميع.",  # one-word list items
    "وقال المدير «عملنا طوال الليل على الشبكة..ونحن جهزناها» أمس.",  # inside a quotation
    "وذكر التقرير (بعد مراجعة الأرقام كلها..ومقارنتها بالعام الماضي) نتائج جيدة.",  # brackets
])
def test_glued_ellipsis_pause(text):
    assert len(texts(text)) == 1


def test_glued_ellipsis_before_a_digit_is_no_end():
    assert len(texts("وقد ارتفعت الأسعار في الأسواق..15 في المئة.")) == 1


def test_offsets_stay_in_the_original():
    text = "عنوان الخبر\n\nوقد تعلمنا من التجربة الأساس..لذا لابد من العمل معا.\nسطر آخر هنا للتجربة."
    for s in sentences(text):
        assert text[s.start : s.end] == s.text
