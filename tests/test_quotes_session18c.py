"""Quote-stage rule families of session 18c (q18c), the wire-copy classes ANERcorp set 2 showed:
ya-final «علي» written for «على» after a cue that takes «على», «على أنها» as a complementizer with its
pronoun, a «"» quotation run over a paragraph break to a spaced closing mark, and «''» (two
apostrophes) as a double quote mark. The sentences are made up for these tests (no corpus text);
each family has positive and negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.extract.quotes.apostrophes import quote_view, widen
from khabar.extract.quotes.content import find_close, runs_over
from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- ya-final «علي» for «على» ----------------------------------------------------------------------
def test_ya_final_on_after_a_participle_is_no_part_of_the_content(pipe: Pipeline) -> None:
    text = "وأكد الوزير أن الوضع مستقر، مشددا علي أن الجيش حصل على كل ما يريد."
    q = one(pipe, text, "الجيش حصل")
    assert q.content.text.startswith("الجيش حصل") and q.speaker == "الوزير"


def test_ya_final_on_after_a_titled_subject_is_no_name(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد رئيس مجلس الادارة علي أنها مرحلة مهمة في تاريخ البنك.", "مرحلة مهمة")
    assert q.speaker == "رئيس مجلس الادارة" and q.content.text.startswith("أنها مرحلة")
    q = one(pipe, "وشدد الوزير علي ضرورة زيادة فعالية منطقة التجارة الحرة.", "زيادة فعالية")
    assert q.speaker == "الوزير" and q.content.text.startswith("ضرورة زيادة")


def test_the_name_ali_stays_a_name(pipe: Pipeline) -> None:
    # a name «علي» is followed by its family name, or by «إن» after «قال», or follows «بن»
    assert one(pipe, "وأكد علي الطخيس أن الوضع مستقر.", "الوضع مستقر").speaker == "علي الطخيس"
    assert one(pipe, "وقال علي إن الوضع مستقر.", "الوضع مستقر").speaker == "علي"
    assert one(pipe, "وأكد محمد بن علي أن الوضع مستقر.", "الوضع مستقر").speaker == "محمد بن علي"


def test_ya_final_on_needs_a_cue_that_takes_on(pipe: Pipeline) -> None:
    # «أشار» takes «إلى», not «على»: «وأشار علي أن …» keeps the name
    assert one(pipe, "وأشار علي أن الوضع مستقر.", "الوضع مستقر").speaker == "علي"


# -- «على أنها» ------------------------------------------------------------------------------------
def test_on_with_a_pronoun_complementizer_keeps_the_whole_clause(pipe: Pipeline) -> None:
    text = "وأكد الوزير على أنها مرحلة مهمة في تاريخ البنك حيث إنها تمثل خطوة كبيرة."
    q = one(pipe, text, "مرحلة مهمة")
    assert q.content.text == "أنها مرحلة مهمة في تاريخ البنك حيث إنها تمثل خطوة كبيرة"


def test_on_with_a_pronoun_after_another_verbal_noun_is_not_the_verbs(pipe: Pipeline) -> None:
    # «، مجددة التأكيد على أنه …» belongs to the participle's statement, not to «وكررت»'s subject
    text = "وكررت الوزيرة دعوتها إلى وقف فوري لإطلاق النار، مجددة التأكيد على أنه لا نية للتحرك المنفرد."
    assert all(q.speaker != "مجددة التأكيد" for q in quotes(pipe, text))


def test_on_before_a_noun_is_still_a_noun_phrase(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد الوزير على ضرورة الحوار بين الأطراف.", "الحوار")
    assert q.content.text.startswith("ضرورة الحوار")


# -- a «"» quotation over a paragraph break ----------------------------------------------------------
SPANNING = ('وتابع الوزير "أعتقد أن الفرصة استثنائية لحل كل القضايا.\n\n'
            'وهذا بالطبع إذا كانوا يهتمون بالعدالة ".\n\nوقال إن البلاد لن تخضع للتهديد.')


def test_a_quotation_closed_after_a_space_in_a_later_paragraph_is_one_content(pipe: Pipeline) -> None:
    q = one(pipe, SPANNING, "الفرصة استثنائية")
    assert q.type == "direct" and q.speaker == "الوزير"
    assert q.content.text.endswith("يهتمون بالعدالة") and "\n\n" in q.content.text
    assert one(pipe, SPANNING, "لن تخضع").content.text.startswith("البلاد")


def test_the_paragraph_close_finder() -> None:
    text = 'قال "أولا.\n\nثانيا ".'
    assert find_close(text, 4) == text.rindex('"') and runs_over(text, 4)
    # a later paragraph opening its own quotation blocks the run
    text = 'قال "أولا.\n\nوأضاف "ثانيا ".'
    assert find_close(text, 4) is None and not runs_over(text, 4)
    # a closing mark glued to a word, or one in mid-paragraph, is no paragraph close
    assert find_close('قال "أولا.\n\nثانيا". ثم مضى', 4) is None
    assert find_close('قال "أولا.\n\nثانيا " ثم مضى.', 4) is None
    # «« »» marks never run over a paragraph break
    assert find_close("قال «أولا.\n\nثانيا ».", 4) is None


def test_a_quotation_left_open_at_a_paragraph_end_stays_capped(pipe: Pipeline) -> None:
    text = 'وقال الوزير "نحن مستعدون للحوار.\n\nوأضاف أن الحكومة ستدرس المقترح.'
    q = one(pipe, text, "مستعدون")
    assert "\n" not in q.content.text
    assert one(pipe, text, "ستدرس").content.text.startswith("الحكومة")


# -- «''» as a double quote mark ----------------------------------------------------------------------
def test_two_apostrophes_open_and_close_a_direct_quotation(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير في كتاب '' لقد صممنا على ذلك ''.", "صممنا")
    assert q.type == "direct" and q.speaker == "الوزير" and q.content.text == "لقد صممنا على ذلك"


def test_two_apostrophes_inside_an_indirect_content_keep_their_original_text(pipe: Pipeline) -> None:
    text = "وقالت الصحيفة ان الجيش '' سيرد بقوة '' على أي هجوم."
    q = one(pipe, text, "الجيش")
    assert q.type == "mixed" and "'' سيرد بقوة ''" in q.content.text


def test_the_apostrophe_view_keeps_every_offset() -> None:
    d = Pipeline(stages=["text"]).analyze("قال '' نعم ''.")
    text, toks = quote_view(d.text, d.tokens)
    assert len(text) == len(d.text) and text == 'قال "  نعم " .'
    marks = [t for t in toks if t.text == '"']
    assert [(t.start, t.end) for t in marks] == [(4, 6), (11, 13)]
    assert widen(d.text, text, 0, 12) == (0, 13) and widen(d.text, text, 0, 10) == (0, 10)
    # one apostrophe, or none, changes nothing
    d = Pipeline(stages=["text"]).analyze("قال إن 'الحل' قريب.")
    assert quote_view(d.text, d.tokens) == (d.text, d.tokens)


def test_a_lone_apostrophe_opens_nothing(pipe: Pipeline) -> None:
    assert all("نعم" not in q.content.text or q.type != "direct"
               for q in quotes(pipe, "وقال الوزير في كتاب ' نعم للحوار."))


# -- a subjectless commissive: the «بـ» word is what is promised ----------------------------------------
def test_a_subjectless_commissive_keeps_the_previous_speaker(pipe: Pipeline) -> None:
    text = "وقال الرئيس صالح إن الوضع صعب. كما وعد بإجراء تداول سلمي على السلطة."
    q = one(pipe, text, "تداول سلمي")
    assert q.speaker == "صالح" and q.content.text.startswith("بإجراء تداول")
    q = one(pipe, "وقال الوزير إن الوضع صعب. وتعهد بتسيير جسر بري إلى المدينة.", "جسر بري")
    assert q.speaker == "الوزير" and q.content.text.startswith("بتسيير جسر")


def test_a_given_name_after_a_commissive_is_its_subject(pipe: Pipeline) -> None:
    q = one(pipe, "ووعد بسام حسن بأن يعود غدا.", "يعود غدا")
    assert q.speaker == "بسام حسن"


def test_a_subject_spelt_with_ba_after_a_commissive_stays_the_subject(pipe: Pipeline) -> None:
    # «بريطانيا» starts with the letter «ب» but carries no proclitic: the subject, not what is promised
    q = one(pipe, "تعهدت بريطانيا باتخاذ إجراءات صارمة ضد المخالفين.", "إجراءات صارمة")
    assert q.speaker == "بريطانيا" and q.content.text.startswith("باتخاذ")
    assert all("بلفور" not in q.content.text for q in quotes(pipe, "وأعاد الكاتب إلى الأذهان وعد بلفور 1917."))


def test_a_commissive_in_an_unmarked_relative_clause_is_no_statement(pipe: Pipeline) -> None:
    text = "وأصدرت الحكومة قرارات رسمية تعهدت باستمرار سير الحياة الطبيعية في الأحياء."
    assert all(not q.content.text.startswith("باستمرار") for q in quotes(pipe, text))
