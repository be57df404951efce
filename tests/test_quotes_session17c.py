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


# -- a family name right after a cue is its subject ---------------------------------------------
_NAMED = "وقال رئيس الجمعية جديع بن نهار القحطاني إن المادة واضحة. "


def test_a_family_name_met_before_is_the_subject_not_the_object(pipe: Pipeline) -> None:
    q = one(pipe, _NAMED + "ودعا القحطاني الجمعيات والمؤسسات الوطنية للتنسيق فيما بينها.", "الجمعيات")
    assert q.content.text.startswith("الجمعيات") and q.speaker == "جديع بن نهار القحطاني"
    q = one(pipe, "أكد مدير الخدمات راشد بن أحمد الزهراني, صمود المجتمع. "
                  "وعدّ الزهراني الحادث الأليم مصاباً للوطن كافة.", "الحادث الأليم")
    assert q.content.text.startswith("الحادث") and "الزهراني" in (q.speaker or "")
    q = one(pipe, "وأوضح المتحدث خميس الغامدي أن التنظيم ضال. ودعا الغامدي كافة شرائح المجتمع إلى صحوة وطنية.",
            "شرائح المجتمع")
    assert q.content.text.startswith("كافة") and q.speaker == "خميس الغامدي"


def test_a_family_name_takes_up_the_channel_of_its_persons_statements(pipe: Pipeline) -> None:
    text = ("وقال رئيس الجمعية جديع بن نهار القحطاني لـ«الرياض» إن المادة واضحة.\n\n"
            "وتنص اللائحة على تقديم التسهيلات للجمعيات.\n\n"
            "ودعا القحطاني الجمعيات والمؤسسات الوطنية للتنسيق فيما بينها.")
    q = one(pipe, text, "الجمعيات والمؤسسات")
    assert q.speaker == "جديع بن نهار القحطاني" and [v.name for v in q.via] == ["الرياض"]


def test_a_word_not_met_as_a_family_name_stays_as_it_was(pipe: Pipeline) -> None:
    # no one named with it before: the word opens the content, as before
    q = one(pipe, "ودعا القحطاني الجمعيات والمؤسسات الوطنية للتنسيق فيما بينها.", "الجمعيات")
    assert q.content.text.startswith("القحطاني")
    # a nationality met only as an adjective is no family name
    q = one(pipe, "وقال الوزير سعيد العلي إن الاقتصاد السعودي قوي. ودعا السعودي كافة الشركات إلى الاستثمار.",
            "الشركات")
    assert q.content.text.startswith("السعودي") and q.speaker == "سعيد العلي"
    # the name met only later in the document does not count
    q = one(pipe, "ودعا القحطاني الجمعيات والمؤسسات الوطنية للتنسيق فيما بينها. "
                  "وقال جديع بن نهار القحطاني إن المادة واضحة.", "الجمعيات")
    assert q.content.text.startswith("القحطاني")
