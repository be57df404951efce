"""Quote-stage rule families taken after the blind held-out-19 run (session 12): «طلب عدم كشف
هويته» (asking not to be named) is no statement of «كشف»; the bare definite verbal noun «القول» of an
impersonal frame («يمكن القول إن»، «من السابق لأوانه القول إن») is nobody's statement, while «بالقول»،
«إلى القول» and «على القول» after a verb keep the verb's subject. The sentences are made up for these
tests (no corpus text); each family has positive and negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


def _by_cue(pipe: Pipeline, text: str, cue: str) -> list:
    return [q for q in quotes(pipe, text) if q.cue.text == cue]


# -- asking not to be named -------------------------------------------------------------------
def test_asking_not_to_be_named_is_no_statement(pipe: Pipeline) -> None:
    text = "وقال مسؤول في الشرطة طلب عدم كشف هويته «تلقينا بلاغا عن سيارة مفخخة قرب السوق»."
    [q] = quotes(pipe, text)
    assert q.cue.text == "وقال" and q.content.text == "تلقينا بلاغا عن سيارة مفخخة قرب السوق"
    assert q.speaker is not None and q.speaker.startswith("مسؤول في الشرطة") and q.speaker_kind == "anonymous"


def test_a_feminine_and_a_plural_identity_too(pipe: Pipeline) -> None:
    text = ("وقالت موظفة طلبت عدم كشف هويتها إن الرواتب تأخرت. "
            "وقال سكان طلبوا عدم كشف هويتهم إن الماء انقطع منذ يومين.")
    assert not _by_cue(pipe, text, "كشف")
    assert [q.cue.text for q in quotes(pipe, text)] == ["وقالت", "وقال"]


def test_revealing_an_identity_with_a_content_stays_a_statement(pipe: Pipeline) -> None:
    text = "وكشف مدير الشرطة سالم العنزي أن المتهمين اعترفوا بالسرقة."
    [q] = quotes(pipe, text)
    assert "سالم العنزي" in q.speaker and q.content.text == "المتهمين اعترفوا بالسرقة"


# -- «القول» in an impersonal frame --------------------------------------------------------------
def test_it_can_be_said_is_no_statement(pipe: Pipeline) -> None:
    text = ("ويمكن القول إن السوق تراجعت هذا العام. "
            "ويرى المحلل خالد عمر أنه من السابق لأوانه القول إن الأزمة انتهت.")
    assert not _by_cue(pipe, text, "القول")
    [q] = quotes(pipe, text)
    assert q.speaker == "خالد عمر" and q.content.text.startswith("أنه من السابق لأوانه القول إن الأزمة")


def test_saying_after_a_verb_keeps_its_speaker(pipe: Pipeline) -> None:
    text = ("واكتفى الوزير سالم الحربي بالقول إن الملف قيد الدرس. "
            "وخلص التقرير إلى القول إن الخطة نجحت.")
    [q] = _by_cue(pipe, text, "بالقول")
    assert "سالم الحربي" in q.speaker and q.content.text == "الملف قيد الدرس"
    assert any(x.content.text == "الخطة نجحت" for x in quotes(pipe, text))


def test_going_on_to_say_keeps_its_quote(pipe: Pipeline) -> None:
    text = "وقالت الوزيرة هند صبري إن الخطة جاهزة. وتابعت القول «إن التمويل مضمون»."
    q = next(x for x in quotes(pipe, text) if "التمويل" in x.content.text)
    assert q.speaker == "هند صبري" and q.content.text == "إن التمويل مضمون"
