"""Quote-stage rule families added after the blind held-out-12 run (session 6): informing verbs
without a complementizer, negated announcements of a noun, quotations nested in a quotation, an
adverb before a verbal-noun cue, and a reversed opening mark left open. The sentences are made up
for these tests (no corpus text); each family has a positive and a negative case."""

from __future__ import annotations

from pathlib import Path

import pytest
from quote_helpers import check_annotation_files, check_gold_spans, needs_news_day, one, quotes

from khabar.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
GOLD12 = REPO / "tests" / "gold" / "quotes" / "heldout12"


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(stages=["text", "quotes"])


# -- the gold itself -----------------------------------------------------------------------
@needs_news_day
def test_heldout12_gold_spans_match_the_article_texts() -> None:
    check_gold_spans(GOLD12, 10, 57)


def test_heldout12_gold_files_are_annotations_not_texts() -> None:
    check_annotation_files(GOLD12)


# -- informing verbs -------------------------------------------------------------------------
def test_an_informing_verb_without_a_clause_does_not_cut_the_content(pipe: Pipeline) -> None:
    text = "وقالت الإدارة إنها أغلقت الموقع وأبلغت الجهات المعنية والفرق الميدانية، وتراقب الحالة."
    q = one(pipe, text, "أغلقت الموقع")
    assert q.content.text.endswith("وتراقب الحالة")


def test_an_informing_verb_with_a_clause_is_still_a_statement(pipe: Pipeline) -> None:
    text = "وقالت الإدارة إنها أغلقت الموقع، وأبلغ المدير الموظفين بأن الموعد تغير."
    assert one(pipe, text, "الموعد تغير").content.text == "الموعد تغير"
    assert one(pipe, text, "أغلقت الموقع").content.text == "إنها أغلقت الموقع"


# -- negated announcements -----------------------------------------------------------------
def test_a_negated_announcement_of_a_noun_states_nothing(pipe: Pipeline) -> None:
    assert not quotes(pipe, "ولم تكشف الشركة عن تفاصيل الأسعار الجديدة.")
    assert not quotes(pipe, "ولم يعلن المدرب أسماء اللاعبين المستبعدين.")


def test_an_announcement_and_a_negated_denial_still_count(pipe: Pipeline) -> None:
    assert one(pipe, "وكشفت الشركة عن تفاصيل الأسعار الجديدة.", "تفاصيل").content.text == "تفاصيل الأسعار الجديدة"
    text = "وقال المهندس سالم الحربي إن الطرق آمنة. ولم ينف وجود أخطاء في بعض المشاريع."
    assert one(pipe, text, "وجود أخطاء").content.text == "وجود أخطاء في بعض المشاريع"


# -- a quotation nested in a quotation -------------------------------------------------------
def test_a_quotation_with_a_nested_quotation_is_direct_and_whole(pipe: Pipeline) -> None:
    text = "وأضاف الوزير: «إن «الحزب» لن يقبل بذلك لأن موقفه تكتيكي». وانتهى الاجتماع."
    q = one(pipe, text, "لن يقبل")
    assert q.type == "direct" and q.content.text == "إن «الحزب» لن يقبل بذلك لأن موقفه تكتيكي"
    text = "وأكد الوزير أنه «لا يمكن لتيار «المستقبل» أن يقبل بذلك في لبنان»، مشيرا إلى أن الحوار مستمر."
    q = one(pipe, text, "لا يمكن")
    assert q.type == "direct" and q.content.text == "لا يمكن لتيار «المستقبل» أن يقبل بذلك في لبنان"


def test_a_quoted_name_then_the_authors_words_is_not_taken_as_one_quotation(pipe: Pipeline) -> None:
    text = "وقال الوزير إن «الحزب» يرفض الحوار وإن موقفه «تكتيكي» في هذه المرحلة."
    q = one(pipe, text, "يرفض الحوار")
    assert q.type == "mixed" and q.content.text.startswith("«الحزب» يرفض")


# -- an adverb before a verbal-noun cue ------------------------------------------------------
def test_an_adverb_before_a_verbal_noun_cue_ends_the_quotation_before_it(pipe: Pipeline) -> None:
    text = "وقال النائب إن «الحكومة باقية»، محذراً من أن «الأزمة تتفاقم»، مجدداً تأكيده أن «الحوار ضروري»."
    q = one(pipe, text, "الأزمة تتفاقم")
    assert q.type == "direct" and q.content.text == "الأزمة تتفاقم"
    assert one(pipe, text, "الحوار ضروري").content.text == "الحوار ضروري"


def test_a_verbal_noun_cue_without_an_adverb_cuts_as_before(pipe: Pipeline) -> None:
    text = "وقال النائب إن الحكومة باقية بسبب قوله إن الأزمة تتفاقم."
    assert one(pipe, text, "الحكومة باقية").content.text == "الحكومة باقية بسبب"


# -- a reversed opening mark left open -------------------------------------------------------
def test_a_reversed_opening_mark_left_open_ends_at_the_next_cue_and_colon(pipe: Pipeline) -> None:
    text = "وقال النائب:» لا خوف علينا وضميرنا مرتاح وقال:» انتم حكومة الأزمات والعرقلة»."
    first = one(pipe, text, "لا خوف")
    assert first.type == "direct" and first.content.text == "لا خوف علينا وضميرنا مرتاح"
    assert one(pipe, text, "انتم حكومة").content.text == "انتم حكومة الأزمات والعرقلة"


def test_a_reversed_mark_closed_before_the_next_cue_stays_one_quotation(pipe: Pipeline) -> None:
    text = "وقال النائب:» لا خوف علينا وضميرنا مرتاح». وقال: إن الحكومة باقية."
    assert one(pipe, text, "لا خوف").content.text == "لا خوف علينا وضميرنا مرتاح"


# -- «أما X فـ…»: a topic that names no speaker ----------------------------------------------
def test_a_topic_after_amma_that_names_no_speaker_is_not_the_speaker(pipe: Pipeline) -> None:
    text = ("وقال عضو المجلس البلدي ماجد الحربي إن المجالس نجحت. وتوقع أن تكون مشاركة المرأة محدودة، "
            "أما حضور المرأة كناخبة فتوقع أن يكون جيدا.")
    first = one(pipe, text, "مشاركة المرأة محدودة")
    assert first.content.text == "تكون مشاركة المرأة محدودة"
    assert "ماجد الحربي" in one(pipe, text, "يكون جيدا").speaker


def test_a_topic_after_amma_with_a_given_name_is_still_the_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "أما أعمام الطفلة عبده وعدنان فقالا إن الأمر عادي.", "الأمر عادي")
    assert "عدنان" in q.speaker


# -- a masculine cue does not continue a feminine subject ---------------------------------------
def test_a_masculine_cue_skips_a_feminine_subject_for_the_earlier_speaker(pipe: Pipeline) -> None:
    text = ("وأشار المدرب محمد الحربي إلى أن الفريق جاهز، واستغرب الانتقادات التي كانت تعمل مساعدة للمدربين, "
            "وأوضح أن المدرب الوطني حقق نتائج مميزة.")
    assert "محمد الحربي" in one(pipe, text, "حقق نتائج").speaker


def test_a_feminine_cue_still_continues_a_feminine_subject(pipe: Pipeline) -> None:
    text = "وأعلنت الشركة الوطنية نتائجها أمس، وأوضحت أن الأرباح تضاعفت."
    assert one(pipe, text, "الأرباح تضاعفت").speaker == "الشركة الوطنية"


# -- a gesture is no statement ---------------------------------------------------------------
def test_pointing_with_a_hand_is_a_gesture(pipe: Pipeline) -> None:
    assert not quotes(pipe, "وغضب المدرب عندما أشار بيده إلى المشجعين الذين كانوا يهتفون.")


def test_pointing_to_a_clause_is_still_a_statement(pipe: Pipeline) -> None:
    q = one(pipe, "وأشار المدرب إلى أن المشجعين كانوا يهتفون.", "المشجعين")
    assert q.content.text == "المشجعين كانوا يهتفون"


# -- a describe verb's object with a relative clause ------------------------------------------
def test_a_describe_verbs_object_with_a_relative_clause_over_a_comma(pipe: Pipeline) -> None:
    text = ("وفسر الوسط الرياضي الحركة التي بدرت من المدرب في مطار المدينة بعد وصول بعثة الفريق من النمسا، "
            "بأنها حركة غير أخلاقية.")
    q = one(pipe, text, "غير أخلاقية")
    assert q.content.text == "بأنها حركة غير أخلاقية" and "الوسط" in q.speaker


def test_a_describe_verbs_object_without_a_relative_clause_stops_at_the_comma(pipe: Pipeline) -> None:
    text = ("وفسر الوسط الرياضي الحركة الغريبة للمدرب في مطار المدينة بعد وصول بعثة الفريق من النمسا، "
            "بأنها حركة غير أخلاقية.")
    assert not [q for q in quotes(pipe, text) if q.content.text == "بأنها حركة غير أخلاقية" and "الوسط" in (q.speaker or "")]
