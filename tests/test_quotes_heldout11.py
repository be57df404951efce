"""Quote-stage rule families added after the blind held-out-11 run (session 5): speaker heads
that begin with ب/ل, adjectives after a speaker head, describe verbs with an object, the
preposition «بين», spelt-out broadcaster names, title chains with a role noun, honorifics after
an institution named for a person, subjects before a verb, documents «صادر عن» a body, an
outlet reached «عبر», verbal nouns after «بـ» and «…، كما قال X». The sentences are made up for these tests (no
corpus text); each family has a positive and a negative case."""

from __future__ import annotations

import quote_helpers
from quote_helpers import (
    one,
    quotes,
)

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- a speaker head that begins with ب or ل ----------------------------------------------------
def test_a_head_noun_beginning_with_ba_is_the_speaker_not_a_ba_object(pipe: Pipeline) -> None:
    q = one(pipe, "وأشار بنك الكويت إلى أن النمو تراجع.", "النمو تراجع")
    assert q.speaker == "بنك الكويت" and q.content.text == "النمو تراجع"
    q = one(pipe, "وأشارت بلدية جدة إلى أن الأعمال انتهت.", "الأعمال انتهت")
    assert q.speaker == "بلدية جدة"


def test_a_real_ba_object_of_a_refer_cue_stays_the_content(pipe: Pipeline) -> None:
    q = one(pipe, "وقال المدير إن العمل مستمر، منوها بما تحقق.", "بما تحقق")
    assert q.content.text == "بما تحقق"


# -- listed adjectives after a speaker head ----------------------------------------------------
def test_recent_and_new_documents_are_speakers(pipe: Pipeline) -> None:
    q = one(pipe, "وأشارت التقارير الأخيرة إلى أن النمو تراجع.", "النمو تراجع")
    assert q.speaker == "التقارير الأخيرة" and q.speaker_kind == "document"
    q = one(pipe, "وتشير الدراسة الجديدة إلى أن النمو تراجع.", "النمو تراجع")
    assert q.speaker == "الدراسة الجديدة"


def test_a_definite_object_after_a_speaker_is_no_adjective(pipe: Pipeline) -> None:
    q = one(pipe, "وأكدت الوزارة الأخيرة أن العمل مستمر.", "العمل مستمر")
    assert q.speaker_kind == "organization"
    assert not quotes(pipe, "وأشارت التقارير الأخيرة.")


# -- a describe verb's object between its speaker and «بأن» ------------------------------------
def test_a_describe_verb_keeps_its_object_out_of_the_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "ووصف الوزير القرار بأنه صائب.", "صائب")
    assert q.speaker == "الوزير"
    q = one(pipe, "وبرر مسؤول في النادي الحركة بأنها تعني اللعب بقوة.", "اللعب بقوة")
    assert q.speaker == "مسؤول في النادي"
    q = one(pipe, "وقال الوزير إن الطريق خطر. ووصف الطريق بأنه يؤدي لعاقبة وخيمة.", "عاقبة وخيمة")
    assert q.speaker == "الوزير"


def test_a_describe_verb_without_bi_an_after_the_object_finds_nothing(pipe: Pipeline) -> None:
    assert not quotes(pipe, "وبرر الوزير القرار.")


# -- «بين» as a preposition ------------------------------------------------------------------
def test_between_after_a_noun_is_the_preposition(pipe: Pipeline) -> None:
    assert not quotes(pipe, "وهذا المشروع مشترك بين وكالتي «ناسا» ووكالة الفضاء الروسية.")
    text = "وكتبت كارلي فيورينا المرأة الوحيدة بين مرشحي الحزب على موقع «تويتر»: «ما قلته لا يقبل»."
    assert "كارلي فيورينا" in one(pipe, text, "لا يقبل").speaker
    assert not quotes(pipe, "وعدا دخول الخضراوات «الفضائية» في الوجبات، فإن الخطة تقضي بإرسالها.")


def test_between_as_a_verb_is_kept(pipe: Pipeline) -> None:
    assert one(pipe, "كما بين الوزير أن العمل مستمر.", "العمل مستمر").speaker == "الوزير"
    assert one(pipe, "وخلال الجولة بين المدير أن الإدارة قامت بالصيانة.", "الإدارة قامت").speaker == "المدير"


# -- broadcasters: a spelt-out name in brackets, «هيئة الإذاعة …» as a recipient -----------------
def test_a_spelt_out_broadcaster_in_brackets_is_the_intermediary(pipe: Pipeline) -> None:
    text = "وقال ناطق باسم الحملة لهيئة الإذاعة الأميركية (سي إن إن) إن «الحملة مستمرة بقوة»."
    q = one(pipe, text, "الحملة مستمرة")
    assert q.speaker == "ناطق باسم الحملة" and [v.name for v in q.via] == ["سي إن إن"]
    q = one(pipe, "وقال الخبير محمد العلي في مقابلة على قناة (سي إن بي سي) إنه متفائل.", "متفائل")
    assert q.content.text == "إنه متفائل"


def test_an_in_that_follows_the_spelt_name_is_the_complementizer(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير إن إن العمل مستمر.", "العمل مستمر")
    assert q.speaker == "الوزير"
    q = one(pipe, "واكدت شبكة ام بي سي ان عضو اللجنة أكد العرض.", "عضو اللجنة")
    assert q.content.text == "عضو اللجنة أكد العرض"


# -- title chains -----------------------------------------------------------------------------
def test_a_role_noun_after_a_title_goes_on_in_the_chain(pipe: Pipeline) -> None:
    text = "وكتب رئيس تحرير موقع «ريد ستيت» إريك أريكسون، القريب من الحزب: «الملاحظة تجاوزت الحدود»."
    q = one(pipe, text, "تجاوزت الحدود")
    assert q.speaker == "إريك أريكسون" and not q.via
    q = one(pipe, "وقال اللواء ركن تركي بن عبدالله إن الشهيد بطل.", "الشهيد بطل")
    assert q.speaker == "تركي بن عبدالله"


def test_an_honorific_after_an_institution_named_for_a_person_introduces_the_speaker(pipe: Pipeline) -> None:
    text = "كشف رئيس مركز الجراحة في مستشفى جامعة الملك عبدالعزيز بجدة البروفسور ياسر صالح جمال، أن المركز نجح."
    assert one(pipe, text, "المركز نجح").speaker == "ياسر صالح جمال"
    text = "أشار رئيس قسم الأرصاد بجامعة الملك عبدالعزيز، الدكتور منصور المزروعي، إلى أن الأمطار قليلة."
    assert one(pipe, text, "الأمطار قليلة").speaker == "منصور المزروعي"


def test_a_title_in_apposition_after_a_name_does_not_replace_it(pipe: Pipeline) -> None:
    text = "حذر ماجد نواز، مستشار ديفيد كاميرون رئيس الوزراء البريطاني، من أن السجون باتت حاضنات."
    assert one(pipe, text, "السجون باتت").speaker == "ماجد نواز"


# -- subjects before the verb ------------------------------------------------------------------
def test_a_group_with_a_place_phrase_before_its_verb(pipe: Pipeline) -> None:
    text = "لكن مختصي الاقتصاد في بنك إنجلترا يعتقدون أن التركيبة السكانية هي السبب."
    assert one(pipe, text, "التركيبة السكانية").speaker == "مختصي الاقتصاد في بنك إنجلترا"
    text = "وقد تلقت حجته دعما من بحث أجراه خبراء في البنك المركزي، يقدرون أن النمو تراجع."
    assert one(pipe, text, "النمو تراجع").speaker == "خبراء في البنك المركزي"


def test_an_imperfect_after_a_comma_needs_an_agreeing_group(pipe: Pipeline) -> None:
    # a place after a preposition is no subject; a singular cue takes nothing from the comma
    q = one(pipe, "وزار الوفد المصنع في الرياض، يقولون إن العمل جيد.", "العمل جيد")
    assert q.speaker != "الرياض"


# -- documents issued by a body; outlets reached through «عبر»; verbal nouns after «بـ» --------
def test_a_document_issued_by_a_body_is_one_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وأشار بيان رسمي صادر عن المصلحة العامة للجمارك أمس إلى انخفاض التجارة.", "انخفاض التجارة")
    assert q.speaker == "بيان رسمي صادر عن المصلحة العامة للجمارك" and q.speaker_kind == "document"
    q = one(pipe, "وكشفت إحصائية صادرة من وزارة العدل أن القضايا زادت.", "القضايا زادت")
    assert q.speaker == "إحصائية صادرة من وزارة العدل"


def test_a_statement_about_an_issued_decision_is_unchanged(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير إن القرار صادر عن المجلس.", "القرار")
    assert q.speaker == "الوزير" and q.content.text == "القرار صادر عن المجلس"


def test_an_outlet_reached_through_abr_is_the_intermediary(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير عبر «الرياض» إن العمل مستمر.", "العمل مستمر")
    assert q.speaker == "الوزير" and [v.name for v in q.via] == ["الرياض"]
    q = one(pipe, "وقال الوزير عبر الهاتف إن العمل مستمر.", "العمل مستمر")
    assert not q.via


def test_a_verbal_noun_after_bi_takes_the_subject_of_its_verb(pipe: Pipeline) -> None:
    text = "وقال المرشح إنه سيفوز. وكان قد أثار الاستياء بإعلانه أنه لا يستبعد الترشح."
    q = one(pipe, text, "لا يستبعد الترشح")
    assert q.speaker != "وكان قد أثار الاستياء"
    assert not quotes(pipe, "وكان قد أثار الاستياء بإعلانه الحرب.")


# -- «…، كما قال X»: an attribution phrase inside a clause ----------------------------------------
def test_as_x_said_after_a_comma_attributes_the_clause(pipe: Pipeline) -> None:
    text = "ودعي سبعة مرشحين إلى التجمع، كما قال موقع «ريد ستيت»، بعضهم من المرشحين المهمين."
    q = one(pipe, text, "سبعة مرشحين")
    assert q.speaker == "ريد ستيت" and q.speaker_kind == "outlet"
    text = "وتراجع نمو السكان إلى الصفر، كما ذكر موقع «ذا لوكال» الإخباري الأوروبي."
    assert one(pipe, text, "نمو السكان").speaker == "ذا لوكال"


def test_also_with_a_statement_of_its_own_is_no_phrase(pipe: Pipeline) -> None:
    q = one(pipe, "وقتل عشرة في الهجوم، كما أعلنت الحركة مسؤوليتها عن هجوم آخر.", "مسؤوليتها")
    assert q.content.text == "مسؤوليتها عن هجوم آخر"
    qs = quotes(pipe, "وقال المدير إن الطلب زاد، كما أكد أن العمل مستمر.")
    assert not [q for q in qs if q.cue.text.startswith("كما")]
    assert one(pipe, "وقال المدير إن الطلب زاد، كما أكد أن العمل مستمر.", "العمل مستمر").speaker == "المدير"
