"""Quote-stage rule families added after the blind held-out-10 run (session 4): framing
phrases between a cue and its content, the channel's listed adjective, and the families
listed below. The sentences are made up for these tests (no corpus text); each family has a
positive and a negative case."""

from __future__ import annotations

import quote_helpers
from quote_helpers import (
    one,
    quotes,
)

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- framing phrases after the cue ----------------------------------------------------------
def test_a_framing_phrase_between_cue_and_complementizer(pipe: Pipeline) -> None:
    text = "وقال رئيس البلدية إن المشروع تأخر. وأكد في هذا السياق أن العمل سيستأنف قريبا."
    q = one(pipe, text, "العمل سيستأنف")
    assert q.content.text == "العمل سيستأنف قريبا" and q.speaker == "رئيس البلدية"
    q = one(pipe, "وقال المدير إن العمل مستمر، مضيفا في السياق ذاته أن الفرق جاهزة.", "الفرق جاهزة")
    assert q.content.text == "الفرق جاهزة"
    q = one(pipe, "وقال المدير إن العمل مستمر. ورأى في هذا الصدد، أن الحل قريب.", "الحل قريب")
    assert q.content.text == "الحل قريب"


def test_a_framing_phrase_before_a_ba_noun_of_a_refer_cue(pipe: Pipeline) -> None:
    # (a proposition: «منوها … بجهود العاملين» is praise since held-out 18, no statement)
    text = "وأشار المدير إلى أن الطلب زاد، منوها في هذا السياق بضرورة التزام العاملين بالتعليمات."
    q = one(pipe, text, "بضرورة التزام")
    assert q.content.text == "بضرورة التزام العاملين بالتعليمات"


def test_a_place_phrase_after_cue_is_no_framing_phrase(pipe: Pipeline) -> None:
    # «في هذا المكان» followed by no content start: the cue finds no statement there
    assert not quotes(pipe, "وقال في هذا المكان الكثير من الكلام الجميل.")


# -- the channel's adjective and what follows the channel ------------------------------------
def test_a_listed_adjective_of_the_channel_keeps_the_outlet(pipe: Pipeline) -> None:
    text = "وقال مدير الجمعية سالم الحربي، في تصريحات خاصة لـ «الندوة» : إن التبرعات زادت."
    q = one(pipe, text, "التبرعات زادت")
    assert "سالم الحربي" in q.speaker and [v.name for v in q.via] == ["الندوة"]
    text = "وأكد اللاعب في تصريح خاص لـ«الندوة» من مقر إقامته في لندن أن الفريق جاهز."
    q = one(pipe, text, "الفريق جاهز")
    assert q.speaker == "اللاعب" and [v.name for v in q.via] == ["الندوة"]


def test_a_channel_without_adjective_is_read_as_before(pipe: Pipeline) -> None:
    q = one(pipe, "وقال سالم الحربي في تصريح لـ «الندوة» إن التبرعات زادت.", "التبرعات زادت")
    assert [v.name for v in q.via] == ["الندوة"]


# -- a negated cue opens its clause ----------------------------------------------------------
def test_a_negated_denial_with_a_noun_object_and_no_subject(pipe: Pipeline) -> None:
    text = "وقال المهندس سالم الحربي إن الطرق آمنة. ولم ينف وجود أخطاء في بعض المشاريع مشيرا إلى أن اللجان تتابعها."
    q = one(pipe, text, "وجود أخطاء")
    assert q.content.text == "وجود أخطاء في بعض المشاريع" and "سالم الحربي" in q.speaker
    # the participle after it continues the same speaker, not «بعض المشاريع»
    assert "سالم الحربي" in one(pipe, text, "اللجان تتابعها").speaker


def test_a_negated_cue_inside_a_relative_clause_is_no_statement(pipe: Pipeline) -> None:
    text = "وقال المهندس سالم الحربي إن الطرق آمنة. وزار المقاول الذي لم يعلن أسماء العمال الموقع."
    assert not [q for q in quotes(pipe, text) if "أسماء العمال" in q.content.text]


# -- a participle as the adjective of the noun before it -----------------------------------
def test_a_participle_adjective_before_wa_or_a_stop_is_no_cue(pipe: Pipeline) -> None:
    assert not quotes(pipe, "ويبقى ذلك حالة كاشفة وليست منشئة لهذه الظاهرة.")
    assert not quotes(pipe, "ويعاقب المخالف بعقوبة مشددة.")


def test_a_participle_after_a_noun_still_opens_its_content(pipe: Pipeline) -> None:
    text = "وقال المدير إن الوضع مستقر مؤكدا أن الفرق جاهزة."
    assert one(pipe, text, "الفرق جاهزة").content.text == "الفرق جاهزة"
    text = "وقال المدير إن الوضع مستقر، مؤكدا وجود فرق جاهزة."
    assert one(pipe, text, "وجود فرق").content.text == "وجود فرق جاهزة"


# -- «عدد منهم»، «بعضهم»: a part of the group quoted before ---------------------------------
def test_a_part_of_them_opening_the_next_sentence_is_the_group_quoted_before(pipe: Pipeline) -> None:
    text = "قال سكان في الحي إن المياه انقطعت. وأشار عدد منهم لـ \"الندوة\" إلى أنهم اشتكوا مرارا."
    q = one(pipe, text, "اشتكوا مرارا")
    assert q.speaker == "سكان في الحي" and [v.name for v in q.via] == ["الندوة"]
    q = one(pipe, "قال سكان في الحي إن المياه انقطعت. وقال بعضهم إن الشركة لم ترد.", "الشركة لم ترد")
    assert q.speaker == "سكان في الحي"


def test_a_part_of_them_inside_a_sentence_keeps_its_own_antecedent(pipe: Pipeline) -> None:
    text = ("قال سكان في الحي إن المياه انقطعت. وعبر كثير من المسافرين عن غضبهم، "
            "وظهر ذلك في تعليقاتهم، وقال أحدهم إن الرحلة تأخرت.")
    assert one(pipe, text, "الرحلة تأخرت").speaker == "أحدهم"


# -- an amount in brackets is no name -------------------------------------------------------
def test_a_bracketed_number_after_a_source_is_not_in_its_name(pipe: Pipeline) -> None:
    q = one(pipe, "وبلغت المخالفات خلال العام بحسب الإحصائية (85) مخالفة.", "المخالفات")
    assert q.speaker == "الإحصائية"


def test_a_bracketed_name_after_a_source_still_counts(pipe: Pipeline) -> None:
    q = one(pipe, "وبلغت المخالفات خلال العام بحسب وكالة الأنباء (واس) مئة مخالفة.", "المخالفات")
    assert "(" not in (q.speaker or "") and q.speaker
    assert "أطباء بلا حدود" in quotes(pipe, "وقالت منظمة «أطباء بلا حدود» إن المستشفى قصف.")[0].speaker


# -- a subject pronoun takes up the subject of the verb before it -------------------------
def test_a_pronoun_subject_is_the_subject_of_the_verb_before_it(pipe: Pipeline) -> None:
    text = "ورفع مركز الأرصاد الوطني حالة التأهب صباح أمس، لكنه قال إن الخطر ما زال قائما."
    assert one(pipe, text, "الخطر ما زال").speaker == "مركز الأرصاد الوطني"


def test_a_pronoun_subject_of_another_gender_is_not_that_subject(pipe: Pipeline) -> None:
    text = "ورفع مركز الأرصاد الوطني حالة التأهب صباح أمس، لكنها قالت إن الخطر ما زال قائما."
    assert one(pipe, text, "الخطر ما زال").speaker != "مركز الأرصاد الوطني"


# -- «تعليقاً على …»، «ردا على …» between the cue and its content --------------------------
def test_what_a_statement_answers_is_read_through(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير تعليقا على القرار إن الحكومة ستنفذه.", "الحكومة ستنفذه")
    assert q.speaker == "الوزير"
    text = ("وقال المدرب في تصريح صحفي تعليقاً على دعوة الاتحاد لعدد من النجوم والمدربين "
            "المشهورين لحضور المباراة في لندن: «وجود المدربين مهم جداً للاعبينا».")
    q = one(pipe, text, "وجود المدربين")
    assert q.type == "direct" and q.content.text == "وجود المدربين مهم جداً للاعبينا"


def test_a_replying_word_is_no_name_and_no_cue_of_its_own(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير ردا على سؤال للصحفيين إن الحكومة ستنفذه.", "الحكومة ستنفذه")
    assert q.speaker == "الوزير"
    assert not quotes(pipe, "وجاء ذلك ردا على سؤال الصحفيين عن الموعد.")


# -- kinds and types ----------------------------------------------------------------------
def test_a_form_one_participle_plural_is_a_group(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد الباحثون أن النتائج مشجعة.", "النتائج مشجعة")
    assert q.speaker_kind == "group"
    q = one(pipe, "وأكد عاملون في شركات النقل أن الطلب تراجع.", "الطلب تراجع")
    assert q.speaker_kind == "group"


def test_a_foreign_name_in_un_is_no_group(pipe: Pipeline) -> None:
    q = one(pipe, "وقال هارمون إن الفريق جاهز.", "الفريق جاهز")
    assert q.speaker_kind != "group"


def test_a_circular_is_a_document(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد التعميم ضرورة الالتزام بالمواعيد.", "الالتزام")
    assert q.speaker_kind == "document"


def test_a_term_in_marks_after_a_construct_noun_is_not_mixed(pipe: Pipeline) -> None:
    q = one(pipe, "وأشارت الإحصائية إلى أن قضايا \"التفحيط\" بلغت 77 قضية.", "قضايا")
    assert q.type == "indirect"


def test_an_evaluative_word_in_marks_is_still_mixed(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير إن المبادرة الإيرانية «المزعومة» لم تنجح.", "المبادرة")
    assert q.type == "mixed"
    q = one(pipe, "وقالت المنظمة إن موقف الحكومة كان \"مخزيا\" في هذه القضية.", "موقف الحكومة")
    assert q.type == "mixed"


# -- a document opening the sentence before ---------------------------------------------------
def test_a_document_subject_of_the_sentence_before_speaks_on(pipe: Pipeline) -> None:
    text = ("أظهرت دراسة صادرة عن جامعة الملك سعود أن نصف الطلاب يعانون من قلة النوم. "
            "وكشفت أن السهر مرتبط بالهواتف.")
    q = one(pipe, text, "السهر مرتبط")
    assert q.speaker and q.speaker.startswith("دراسة") and q.speaker_kind == "document"


def test_a_document_of_another_gender_does_not_speak_on(pipe: Pipeline) -> None:
    text = ("أظهر تقرير صادر عن جامعة الملك سعود أن نصف الطلاب يعانون من قلة النوم. "
            "وكشفت أن السهر مرتبط بالهواتف.")
    assert not (one(pipe, text, "السهر مرتبط").speaker or "").startswith("تقرير")


# -- a named subject after «أن» goes on --------------------------------------------------------
def test_a_named_subject_after_an_is_the_speaker_of_a_participle_after_it(pipe: Pipeline) -> None:
    text = ("وكان الخبر سيمر لولا أن المتحدث الرسمي للنادي خالد الحربي لم ينتظر كثيرا "
            "فخرج مشيرا إلى أن الصفقة لم تكتمل.")
    assert "خالد الحربي" in (one(pipe, text, "الصفقة لم تكتمل").speaker or "")


def test_an_unnamed_subject_after_an_is_not_taken(pipe: Pipeline) -> None:
    text = ("وقال المدرب سالم العتيبي إن الفريق جاهز. وكان الخبر سيمر لولا أن الإدارة "
            "لم تنتظر كثيرا، مشيرا إلى أن الصفقة لم تكتمل.")
    assert "الإدارة" not in (one(pipe, text, "الصفقة لم تكتمل").speaker or "")
