"""Unmarked colon speech carried over a full stop (txt22, session 22; quotes/colon_speech.py): the
next sentence of the paragraph goes on with the speech when it speaks in the first person (a
pronoun, a preposition with «نا», «سوف/لن/لم» + an imperfect of «نحن», the jussive «فلـ/ولـ»), holds
no saying verb, colon or opening quotation mark, and the writer does not speak in the first person
himself before the speech."""

from __future__ import annotations

from quote_helpers import one, quotes, quotes_pipe

pipe = quotes_pipe
SAID = "وقال المدير في حديثه: عملنا طوال الليل على إصلاح الشبكة"


def _content(pipe, text: str) -> str:
    return one(pipe, text, "عملنا طوال الليل").content.text


# -- positives: a first-person sentence goes on with the speech ---------------------------
def test_a_preposition_with_na_carries_the_speech(pipe):
    text = SAID + ". لذا يجب علينا أن نعمل أكثر في الأيام المقبلة."
    assert _content(pipe, text).endswith("لذا يجب علينا أن نعمل أكثر في الأيام المقبلة")


def test_the_jussive_carries_the_speech(pipe):
    text = SAID + ". فلنعمل معا من أجل عودة الخدمة."
    assert _content(pipe, text).endswith("فلنعمل معا من أجل عودة الخدمة")


def test_a_particle_and_an_imperfect_of_nahnu(pipe):
    text = SAID + ". وسوف نبقى في الموقع حتى تعود الخدمة! ولن نتركه قبل ذلك."
    got = _content(pipe, text)
    assert got.startswith("عملنا") and got.endswith("ولن نتركه قبل ذلك")


# -- negatives: the speech ends at the full stop ------------------------------------------
def test_a_sentence_without_first_person_ends_the_speech(pipe):
    text = SAID + ". وتعد الشبكة من أكبر الشبكات في المنطقة."
    assert _content(pipe, text) == "عملنا طوال الليل على إصلاح الشبكة"


def test_a_writer_in_the_first_person_keeps_his_sentences(pipe):
    text = "كنت أتابع الموقع منذ أيام مع الزملاء. " + SAID + ". لذا يجب علينا أن نعمل أكثر."
    assert _content(pipe, text) == "عملنا طوال الليل على إصلاح الشبكة"


def test_a_new_paragraph_ends_the_speech(pipe):
    text = SAID + ".\nلذا يجب علينا أن نعمل أكثر في الأيام المقبلة."
    assert _content(pipe, text) == "عملنا طوال الليل على إصلاح الشبكة"


def test_a_quotation_in_the_next_sentence_ends_the_speech(pipe):
    text = SAID + ". لدينا شعار «العمل أولا» في الموقع."
    assert _content(pipe, text) == "عملنا طوال الليل على إصلاح الشبكة"


def test_offsets_point_into_the_text(pipe):
    text = "وقع الحادث مساء أمس في المدينة.\n" + SAID + ". لذا يجب علينا أن نعمل أكثر."
    doc = pipe.analyze(text)
    for q in doc.quotes:
        assert text[q.content.start : q.content.end] == q.content.text
    assert any(q.content.text.endswith("أن نعمل أكثر") for q in quotes(pipe, text))
