"""Quote-stage rule families of session 15 (q15): what the blind held-out-22 run showed (a bare role
named again is the mention that bore exactly that title; a press conference held with someone; a
body's genitive chain read as a name; threats; «كان X قد» framing the subject; a feminine
participle after a man's statement) and what session 14 left (an emphasis after a plural verb;
«حيث أجمعوا» after the relatives met; «مصابو X»; «المتحدث باسم أبو مازن»; the hadith after «وهو
يقول:»; a full stop glued to an opening quote mark). The sentences are made up for these tests (no
corpus text); each family has positive and negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- a bare role named again: the mention bearing exactly that title first -------------------------
def test_bare_role_takes_the_exact_title_not_a_nearer_modified_one(pipe: Pipeline) -> None:
    text = ("أكد وزير الخارجية عادل الجبير أن المملكة حريصة على الاستقرار. وقال الجبير في مؤتمر صحفي "
            "مع وزير الخارجية الألماني فرانك شتاينماير إن الحوار مطلوب. ورأى وزير الخارجية أن "
            "الاتفاق يحتاج إلى ضمانات.")
    assert one(pipe, text, "ضمانات").speaker == "عادل الجبير"


def test_a_modified_role_still_takes_its_own_mention(pipe: Pipeline) -> None:
    text = ("أكد وزير الخارجية عادل الجبير أن المملكة حريصة على الاستقرار. وقال وزير الخارجية "
            "الألماني فرانك شتاينماير إن الحوار مطلوب. وأضاف وزير الخارجية الألماني أن الاتفاق "
            "يحتاج إلى ضمانات.")
    assert one(pipe, text, "ضمانات").speaker == "فرانك شتاينماير"


def test_a_role_with_words_between_title_and_name_is_still_found(pipe: Pipeline) -> None:
    text = ("قال المتحدث الرسمي باسم الوزارة خالد العمري إن الخدمة متاحة. وأضاف المتحدث الرسمي أن "
            "التسجيل يبدأ غدا.")
    assert one(pipe, text, "التسجيل").speaker == "خالد العمري"


# -- a channel held with someone: «في مؤتمر صحفي عقده مع X … إن» --------------------------------
def test_press_conference_held_with_a_counterpart_is_read_through(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الجبير في مؤتمر صحفي عقده مع نظيره الألماني في برلين اليوم إن على إيران "
                  "تغيير سياستها.", "إيران")
    assert q.speaker == "الجبير" and q.content.text.startswith("على إيران") and not q.via


def test_interview_with_a_paper_keeps_the_paper_as_via(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير في مقابلة مع صحيفة الحياة اليوم إن على إيران تغيير سياستها.", "إيران")
    assert [v.name for v in q.via] == ["الحياة"]


# -- a body's genitive chain is no name ------------------------------------------------------------
def test_genitive_after_a_body_noun_is_no_name(pipe: Pipeline) -> None:
    q = one(pipe, "وأوضح رئيس لجنة تصحيح أوضاع الجالية أن العمل مستمر.", "العمل")
    assert q.speaker == "رئيس لجنة تصحيح أوضاع الجالية"


def test_genitive_after_a_li_verbal_noun_is_no_name(pipe: Pipeline) -> None:
    q = one(pipe, "من جهته أوضح رئيس اللجنة الميدانية لتصحيح أوضاع الجالية أن العمل مستمر.", "العمل")
    assert q.speaker == "رئيس اللجنة الميدانية لتصحيح أوضاع الجالية"


def test_a_name_after_a_body_stays_the_name(pipe: Pipeline) -> None:
    q = one(pipe, "وقال رئيس لجنة الانضباط سعود الحماد إن العمل مستمر.", "العمل")
    assert q.speaker == "سعود الحماد"


# -- threats, and the subject «كان … قد» frames ---------------------------------------------------
def test_threat_is_a_commissive_statement(pipe: Pipeline) -> None:
    q = one(pipe, "وتوعدت الرسالة بقتل كل مسلح لا ينتمي للمحافظة.", "بقتل")
    assert q.speaker == "الرسالة" and q.content.text.startswith("بقتل كل مسلح")


def test_kana_qad_frames_the_subject_and_the_noun_after_the_verb_is_the_object(pipe: Pipeline) -> None:
    q = one(pipe, "وكانت المقاومة الشعبية قد توعدت المتمردين بهزيمة نكراء.", "بهزيمة")
    assert q.speaker == "المقاومة الشعبية"
    q = one(pipe, "وكانت المقاومة الشعبية قد حذرت المتمردين من هزيمة نكراء.", "هزيمة")
    assert q.speaker == "المقاومة الشعبية"


def test_kana_qad_with_a_say_verb_and_no_speaker_noun_gives_no_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وكانت الأمطار قد أكدت أن الموسم جيد.", "الموسم")
    assert q.speaker != "الأمطار"


# -- an emphasis after a plural verb --------------------------------------------------------------
def test_emphasis_after_the_subject_is_no_part_of_it(pipe: Pipeline) -> None:
    assert one(pipe, "وقال المتظاهرون جميعا إن الحكومة فشلت.", "الحكومة").speaker == "المتظاهرون"
    assert one(pipe, "وأكد الحاضرون كلهم أن الحل سياسي.", "الحل").speaker == "الحاضرون"


def test_emphasis_right_after_a_plural_verb_is_no_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وأجمعوا كلهم على أن الحل سياسي.", "الحل")
    assert q.speaker != "كلهم"


def test_an_emphasis_inside_the_content_stays_there(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد الوزير أن الطلاب جميعا نجحوا في الاختبار.", "الطلاب")
    assert q.speaker == "الوزير" and q.content.text == "الطلاب جميعا نجحوا في الاختبار"


# -- «حيث أجمعوا» after the relatives met --------------------------------------------------------
def test_plural_cue_after_haythu_takes_the_relatives_met(pipe: Pipeline) -> None:
    q = one(pipe, "والتقت الصحيفة والد وذوي الضحية في منزلهم حيث أجمعوا على أن الشرطة تأخرت.", "الشرطة")
    assert q.speaker == "والد وذوي الضحية" and q.speaker_kind == "group"


def test_singular_cue_after_haythu_does_not_take_them(pipe: Pipeline) -> None:
    q = one(pipe, "والتقت الصحيفة والد الضحية في منزله حيث أكد أن الشرطة تأخرت.", "الشرطة")
    assert q.speaker != "والد الضحية والد"


# -- «مصابو X»: a sound plural in construct is a group --------------------------------------------
def test_construct_plural_is_a_group(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد مصابو التفجير أن الحادث كان مروعا.", "الحادث")
    assert q.speaker == "مصابو التفجير" and q.speaker_kind == "group"
    assert one(pipe, "وقال موظفو الشركة إن الرواتب تأخرت.", "الرواتب").speaker_kind == "group"


def test_construct_plural_with_a_relative_clause_is_still_found(pipe: Pipeline) -> None:
    q = one(pipe, "وأجمع مصابو التفجير الإرهابي الذي وقع في المدينة بأن ماحدث لهم يعتبر دافعا قويا.",
            "ماحدث")
    assert q.speaker == "مصابو التفجير" and q.speaker_kind == "group"


def test_a_name_in_waw_is_still_a_person(pipe: Pipeline) -> None:
    assert one(pipe, "وقال ماريو الفريد إن الرواتب تأخرت.", "الرواتب").speaker_kind == "person"


# -- «المتحدث باسم أبو مازن»: the spokesman speaks, the kunya is his principal ------------------
def test_spokesman_of_a_kunya_is_the_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وقال المتحدث باسم أبو مازن نبيل أبو ردينة إن القرار نهائي.", "القرار")
    assert q.speaker == "نبيل أبو ردينة"
    q = one(pipe, "وقال المتحدث باسم أبو مازن إن القرار نهائي.", "القرار")
    assert q.speaker == "المتحدث باسم أبو مازن"


def test_basem_before_a_kunya_without_a_spokesman_stays_the_given_name(pipe: Pipeline) -> None:
    q = one(pipe, "وقال مدير الكرة بالنادي الأهلي باسم أبو داود إن القرار نهائي.", "القرار")
    assert q.speaker == "باسم أبو داود"


# -- the hadith after «وهو يقول:» -----------------------------------------------------------------
def test_pronoun_cue_in_a_sentence_naming_the_prophet_is_his(pipe: Pipeline) -> None:
    q = one(pipe, 'ولا أحد أرحم من النبي صلى الله عليه وسلم، وهو يقول: "الراحمون يرحمهم الرحمن".', "الراحمون")
    assert q.speaker == "النبي" and q.type == "direct"


def test_a_preacher_quoting_the_prophet_keeps_his_own_statement(pipe: Pipeline) -> None:
    qs = quotes(pipe, "وقال الشيخ إن النبي صلى الله عليه وسلم كان رحيما، وأضاف أن الرحمة واجبة.")
    assert [q.speaker for q in qs] == ["الشيخ", "الشيخ"]


def test_a_participle_in_a_list_after_aw_is_a_noun(pipe: Pipeline) -> None:
    assert not quotes(pipe, "ولا يحق لأحد كائنا من كان عالما أو داعية أن يدعي العصمة.")
    assert quotes(pipe, "وأنهى الوزير كلمته، مؤكدا أن الحل قريب.")


# -- a full stop glued to an opening quote mark -----------------------------------------------------
def test_full_stop_glued_to_an_opening_mark_ends_the_content(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير إن الأردن وافق على استقبال الجرحى.«المدينة» حاولت زيارتهم.", "الأردن")
    assert q.content.text == "الأردن وافق على استقبال الجرحى"


def test_glued_full_stop_inside_an_open_quotation_does_not_cut_it(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير: «إن الأردن وافق على استقبال الجرحى.«نحن» سعداء بذلك».", "الأردن")
    assert q.content.text.endswith("سعداء بذلك")


# -- a feminine participle after a man's statement -------------------------------------------------
def test_feminine_participle_goes_on_from_the_feminine_subject_inside_his_statement(pipe: Pipeline) -> None:
    q = one(pipe, "وأضاف الوزير أنه في العام الماضي كرمت الهيئة الدولية الشركة، مؤكدة أنها تجربة رائدة.",
            "تجربة")
    assert q.speaker == "الهيئة الدولية" and [v.name for v in q.via] == ["الوزير"]


def test_feminine_participle_after_a_feminine_speaker_goes_on_from_her(pipe: Pipeline) -> None:
    q = one(pipe, "وقالت الوزارة إنه في العام الماضي كرمت الهيئة الدولية الشركة، مؤكدة أنها تجربة رائدة.",
            "تجربة")
    assert q.speaker == "الوزارة" and not q.via


# -- a relay inside a phrase: «بحسب ما نقلت X عن Y» ---------------------------------------------
def test_phrase_with_a_relay_verb_gives_the_one_after_an_as_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وصل الوفد إلى المدينة، بحسب ما نقلت وكالة رويترز عن مصادر أمنية.", "الوفد")
    assert q.speaker == "مصادر أمنية" and [v.name for v in q.via] == ["رويترز"]
    assert q.content.text == "وصل الوفد إلى المدينة"
    q = one(pipe, "تلقت العائلة وعودا بمحاسبة الفاعل، بحسب ما نقلت صحيفة سورية الاثنين عن زوجة الضحية.", "العائلة")
    assert q.speaker == "زوجة الضحية" and [v.name for v in q.via] == ["صحيفة سورية"]


def test_phrase_with_a_relay_verb_and_no_an_keeps_the_outlet(pipe: Pipeline) -> None:
    q = one(pipe, "وصل الوفد إلى المدينة، بحسب ما نقلت وكالة رويترز.", "الوفد")
    assert q.speaker == "رويترز" and not q.via
    q = one(pipe, "وصل الوفد إلى المدينة، بحسب ما أوردت وكالة رويترز عن مصادر أمنية.", "الوفد")
    assert q.speaker == "رويترز"
