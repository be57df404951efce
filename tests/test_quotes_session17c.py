"""Quote-stage rule families of session 17c (q17c), left by q17/q17b: a first-person «أعتقد أن»
(a hamzat-al-wasl verb written with «أ» right before a complementizer) is the speaker's or the
author's own «I think» wherever it stands — opening a sentence or an interview's answer, after «و/ف»,
«لكنني» or an adverb — and no new statement; the perfect «اعتقد X أن» stays a cue. The sentences are
made up for these tests (no corpus text); each family has positive and negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


def _cues(pipe: Pipeline, text: str) -> list[str]:
    return [q.cue.text for q in quotes(pipe, text)]


# -- a first-person «أعتقد أن» is no cue --------------------------------------------------------
def test_a_sentence_opening_i_think_is_no_cue(pipe: Pipeline) -> None:
    text = "ما رأيك في الموسم؟ - لا شيء جديد. أعتقد أن الفريق سيعود أقوى في الموسم المقبل."
    assert "أعتقد" not in _cues(pipe, text)
    text = "تجاريا أعتقد أنه لم يكن من الأفلام التي يحتشد لها الجمهور."
    assert "أعتقد" not in _cues(pipe, text)


def test_i_think_after_and_or_but_i_is_no_cue(pipe: Pipeline) -> None:
    text = "هذا مطلب مهم وجيد، وأعتقد أنه يطبق كثيرا في الجهات الحكومية."
    assert "وأعتقد" not in _cues(pipe, text)
    text = "للعرب فنون كثيرة في الشعر لكنني أعتقد أننا نتميز بالهجاء."
    assert "أعتقد" not in _cues(pipe, text)
    text = "ولا أعتقد بأنها تخفى عليكم أسباب الخسارة."
    assert "أعتقد" not in _cues(pipe, text)


def test_i_think_inside_a_quotation_leaves_the_quotation_whole(pipe: Pipeline) -> None:
    q = one(pipe, "وقال المدرب \"إن وجود المهاجم سيساعد الفريق كثيرا وأعتقد أنها كانت مشكلتنا الكبيرة\".",
            "وجود المهاجم")
    assert q.speaker == "المدرب" and "مشكلتنا الكبيرة" in q.content.text
    assert [x.cue.text for x in quotes(pipe, "وقال المدرب \"إن وجود المهاجم سيساعد الفريق كثيرا وأعتقد"
                                       " أنها كانت مشكلتنا الكبيرة\".")] == ["وقال"]


def test_the_perfect_he_believed_stays_a_cue(pipe: Pipeline) -> None:
    q = one(pipe, "وأشاروا إلى أن عمر اعتقد أن هؤلاء جاؤوا لمساعدته.", "جاؤوا لمساعدته")
    assert q.cue.text == "اعتقد"
    q = one(pipe, "واعتقد الوزير أن الأزمة ستنتهي قريبا.", "الأزمة ستنتهي")
    assert q.speaker == "الوزير"
    q = one(pipe, "واعتبر الوزير أن القرار صائب.", "القرار صائب")
    assert q.speaker == "الوزير"


def test_a_hamza_spelled_verb_with_a_subject_after_it_is_not_read_first_person(pipe: Pipeline) -> None:
    # no complementizer right after the verb: the rule leaves it as the lexicon reads it
    got = quotes(pipe, "وأعتبر الوزير أن القرار صائب.")
    assert any("القرار صائب" in q.content.text and q.speaker == "الوزير" for q in got)
