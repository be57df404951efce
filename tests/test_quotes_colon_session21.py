"""Unmarked colon speech carried across a sentence end (txt21, session 21; quotes/colon_speech.py)."""

from __future__ import annotations

from quote_helpers import one, quotes, quotes_pipe

pipe = quotes_pipe
SAID = "وقال المدير في حديثه: عملنا طوال الليل على إصلاح الشبكة"


def _content(pipe, text: str) -> str:
    return one(pipe, text, "عملنا طوال الليل").content.text


# -- positives: the speech goes on --------------------------------------------------------
def test_spaced_ellipsis_carries_the_speech(pipe):
    text = SAID + ".. ونحن الذين جهزناها قبل عامين."
    assert _content(pipe, text).endswith("ونحن الذين جهزناها قبل عامين")


def test_several_sentences_in_turn(pipe):
    text = SAID + ".. ونحن الذين جهزناها قبل عامين.. وسنبقى هنا حتى تعود الخدمة."
    got = _content(pipe, text)
    assert got.startswith("عملنا") and got.endswith("وسنبقى هنا حتى تعود الخدمة")


def test_glued_ellipsis_is_carried_too(pipe):
    text = SAID + "..ونحن الذين جهزناها قبل عامين."
    assert _content(pipe, text).endswith("ونحن الذين جهزناها قبل عامين")


def test_up_to_the_next_attribution(pipe):
    text = SAID + ".. ونحن الذين جهزناها قبل عامين، وأكد الوزير أن العمل مستمر."
    assert _content(pipe, text).endswith("ونحن الذين جهزناها قبل عامين")
    assert one(pipe, text, "العمل مستمر").cue.text == "وأكد"


def test_a_new_paragraph_ends_the_speech(pipe):
    text = SAID + "..\nونحن الذين جهزناها قبل عامين."
    assert _content(pipe, text) == "عملنا طوال الليل على إصلاح الشبكة"


def test_a_cue_in_the_next_sentence_ends_the_speech(pipe):
    text = SAID + ".. وأكد الوزير أن العمل مستمر."
    assert _content(pipe, text) == "عملنا طوال الليل على إصلاح الشبكة"
    assert one(pipe, text, "العمل مستمر").cue.text == "وأكد"


def test_a_quotation_in_the_next_sentence_ends_the_speech(pipe):
    text = SAID + ".. لدينا شعار «العمل أولا» في الموقع."
    assert _content(pipe, text) == "عملنا طوال الليل على إصلاح الشبكة"


def test_quoted_speech_is_not_carried(pipe):
    text = "وقال المدير في حديثه: «عملنا طوال الليل على إصلاح الشبكة» ونحن هنا.. لدينا عدد كبير من الفنيين."
    assert "لدينا" not in _content(pipe, text)


def test_indirect_speech_is_not_carried(pipe):
    text = "وقال المدير إن الفرق عملت طوال الليل على إصلاح الشبكة.. ونحن الذين جهزناها قبل عامين."
    got = one(pipe, text, "طوال الليل").content.text
    assert "جهزناها" not in got


def test_speech_cut_before_its_sentence_end_is_not_carried(pipe):
    text = SAID + "، مشيرا إلى أن العمل مستمر.. ونحن الذين جهزناها قبل عامين."
    assert _content(pipe, text) == "عملنا طوال الليل على إصلاح الشبكة"
    assert "جهزناها" not in one(pipe, text, "العمل مستمر").content.text


def test_offsets_point_into_the_text(pipe):
    text = SAID + ".. ونحن الذين جهزناها قبل عامين."
    for q in quotes(pipe, text):
        doc_text = pipe.analyze("وقع الحادث مساء أمس في المدينة.\n" + text).text
        assert doc_text[q.content.start : q.content.end] == q.content.text


def test_unclosed_mark_after_the_colon_leaves_the_speech_open(pipe):
    text = "وقال المدير في حديثه: «عملنا طوال الليل على إصلاح الشبكة.. ونحن الذين جهزناها قبل عامين."
    assert _content(pipe, text).endswith("ونحن الذين جهزناها قبل عامين")


def test_a_non_attributing_cue_word_does_not_stop_the_speech(pipe):
    text = SAID + ".. وطلبنا من الشركة إرسال فريق آخر."
    assert _content(pipe, text).endswith("وطلبنا من الشركة إرسال فريق آخر")

