"""Quote-stage rule families added after the blind held-out-17 run (session 10): the speaker of a
speech or document a relative cue sits in («قدّم X كلمةً أشار فيها»، «الذي ألقى كلمة أكد خلالها»),
a relative named by the whole relation («ابن التاجر»), an honorific pronoun as the source when no
earlier mention names the speaker («وبين معاليه أن …»), the participle of «بيّن» with a noun object
(«مبينا قدرةَ …»; the bare «بين» still is the preposition), «مذكرا أن» (reminding), and the passive
predicate «مطالَب/مطالَبة بـ» (is required to: no demand), a parenthesis between dashes right after
the cue («منوها - بحسب قوله - إلى أن»), and a relative named with his kin's name («والد الشهيد الجندي
X») whose relative clause ends at a comma before his own unmarked first-person words («…، برغم الحزن
… أبنائي …»), and the object of oversight in a body's name («لجنة الرقابة على المنشطات»). The
sentences are made up for these tests (no corpus text); each family has a positive and a negative
case."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- the speaker of a speech or document a relative cue sits in -----------------------------
def test_a_speech_after_a_fronted_adverbial_is_its_speakers(pipe: Pipeline) -> None:
    text = ("ثم ألقى مدير الجمعية الأستاذ سالم الحربي كلمة رحب فيها بالحضور. بعد ذلك قدم رئيس الجمعية "
            "الدكتور ماجد العتيبي كلمة أشار فيها إلى أن الجمعية حققت أهدافها خلال العام.")
    q = one(pipe, text, "حققت أهدافها")
    assert q.speaker == "ماجد العتيبي" and q.source.text == "رئيس الجمعية الدكتور ماجد العتيبي"


def test_a_speech_with_an_adjective_and_a_phrase_before_the_cue(pipe: Pipeline) -> None:
    text = "وفي الحفل ألقى الدكتور هاني العمري كلمة ترحيبية بالحضور تحدث خلالها عن أهمية التدريب."
    assert one(pipe, text, "أهمية التدريب").speaker == "هاني العمري"


def test_a_relative_pronoun_before_the_speech_verb_names_its_head(pipe: Pipeline) -> None:
    text = "وحضر الحفل مدير التعليم سعد الغامدي الذي ألقى كلمة أكد خلالها أن العام الدراسي سيبدأ في موعده."
    q = one(pipe, text, "العام الدراسي")
    assert q.speaker == "سعد الغامدي" and "خلالها" not in q.source.text


def test_a_reply_filed_by_a_relative_with_a_parenthesis(pipe: Pipeline) -> None:
    text = "وتضمن الملف تقديم ابن التاجر (المدعى عليه) ردا مفصلا أشار فيه أن البيع تم بشكل نظامي."
    assert one(pipe, text, "البيع تم").speaker == "ابن التاجر"


def test_a_cue_without_a_resumptive_pronoun_is_not_read_as_a_relative(pipe: Pipeline) -> None:
    # «كلمة» is the object of another verb; «وأشار» (no «فيها») goes on with the speaker named
    text = ("وقال وزير النقل فهد الشمري إن الطرق جاهزة. وألقى مدير المرور سالم العنزي كلمة قصيرة، "
            "وأشار الشمري إلى أن الصيانة مستمرة.")
    assert one(pipe, text, "الصيانة مستمرة").speaker == "فهد الشمري"


# -- a relative named by the whole relation -------------------------------------------------
def test_a_relative_is_named_by_the_relation(pipe: Pipeline) -> None:
    assert one(pipe, "وقال ابن التاجر إن البيع تم بشكل نظامي.", "البيع").speaker == "ابن التاجر"
    # a nasab chain keeps its name
    assert one(pipe, "وقال الأمير محمد بن سلمان إن البيع تم.", "البيع").speaker == "محمد بن سلمان"


# -- an honorific pronoun as the source ------------------------------------------------------
def test_an_honorific_pronoun_is_the_source_when_nobody_was_named(pipe: Pipeline) -> None:
    q = one(pipe, "وبين معاليه أن المجلس وافق على النظام الجديد.", "النظام الجديد")
    assert q.speaker == "معاليه" and q.source.text == "معاليه" and not q.implicit


def test_an_honorific_pronoun_takes_up_the_minister_named_before(pipe: Pipeline) -> None:
    text = "وقال وزير الثقافة عادل الطريفي إن المجلس اجتمع. وبين معاليه أن المجلس وافق على النظام الجديد."
    assert one(pipe, text, "النظام الجديد").speaker == "عادل الطريفي"


# -- the participle of «بيّن» with a noun object; «مذكرا» --------------------------------------
def test_the_participle_of_bayyana_takes_a_noun_object(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الأمير خالد الفيصل إن المنطقة آمنة، مبينا قدرة رجال الأمن على حماية الوطن.",
            "قدرة رجال")
    assert q.cue.text == "مبينا" and q.speaker == "خالد الفيصل" and q.content.text.startswith("قدرة")


def test_the_bare_bayna_before_a_noun_stays_the_preposition(pipe: Pipeline) -> None:
    text = "وعقد الاجتماع بين الوزير والسفير في الرياض لبحث العلاقات الثنائية."
    assert [q.cue.text for q in quotes(pipe, text)] == []


def test_reminding_that_is_a_statement(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الأمير خالد الفيصل إن المنطقة آمنة، مذكرا أن الأمن مسؤولية الجميع.", "مسؤولية الجميع")
    assert q.cue.text == "مذكرا" and q.speaker == "خالد الفيصل"
    # and the content before it ends there
    assert one(pipe, "وقال الأمير خالد الفيصل إن المنطقة آمنة، مذكرا أن الأمن مسؤولية الجميع.",
               "المنطقة آمنة").content.text == "المنطقة آمنة"


# -- the passive predicate «مطالَب بـ» -----------------------------------------------------------
def test_required_to_is_no_demand(pipe: Pipeline) -> None:
    assert quotes(pipe, "كما أن الهيئة مطالبة بتكثيف الرقابة على الأسواق.") == []
    assert quotes(pipe, "والشباب اليوم مطالبون بحماية وطنهم.") == []


def test_demanding_after_a_comma_is_still_a_demand(pipe: Pipeline) -> None:
    q = one(pipe, "وقالت الجمعية إن الخدمات سيئة، مطالبة الوزارة بالتدخل.", "بالتدخل")
    assert q.cue.text == "مطالبة" and q.speaker == "الجمعية"
    q = one(pipe, "وانتقد السكان الإهمال مطالبين البلدية بالتدخل.", "بالتدخل")
    assert q.cue.text == "مطالبين"


# -- a parenthesis between dashes right after the cue ---------------------------------------
def test_a_parenthesis_between_dashes_after_a_participle(pipe: Pipeline) -> None:
    text = "وأكد الوزير أن المشروع سيكتمل، منوها - بحسب قوله - إلى أن العمل يسير وفق الخطة."
    q = one(pipe, text, "العمل يسير")
    assert q.cue.text == "منوها" and q.content.text == "العمل يسير وفق الخطة" and q.speaker == "الوزير"


def test_a_dash_with_no_closing_dash_is_no_parenthesis(pipe: Pipeline) -> None:
    text = "وأكد الوزير أن المشروع سيكتمل، منوها - إلى أن العمل يسير وفق الخطة."
    assert all("بحسب" not in q.content.text for q in quotes(pipe, text))


# -- a relative with his kin's name, a relative clause, and his own unmarked words -------------
_FATHER = ("قال والد الشهيد الجندي سعيد القحطاني الذي استشهد يوم الخميس الماضي في تفجير المسجد أثناء الصلاة، "
           "برغم الحزن على فقدان أحد أبنائي فإنه لمن الفخر أن يكون ابني شهيدا، مؤكدا أن استشهاد ابنه مصدر فخر للأسرة.")


def test_a_relative_named_with_his_kin_speaks_in_his_own_words_after_a_relative_clause(pipe: Pipeline) -> None:
    q = one(pipe, _FATHER, "أبنائي")
    assert q.type == "direct" and q.content.text.startswith("برغم الحزن") and q.content.text.endswith("شهيدا")
    assert q.speaker == "والد الشهيد" and q.source.text == "والد الشهيد الجندي سعيد القحطاني"
    assert one(pipe, _FATHER, "مصدر فخر").speaker == "والد الشهيد"


def test_a_relative_clause_then_third_person_words_is_no_unmarked_speech(pipe: Pipeline) -> None:
    text = ("قال المدرب ماجد العلي الذي تولى تدريب الفريق العام الماضي، برغم الخسارة فإن الفريق قدم "
            "مستوى جيدا.")
    assert quotes(pipe, text) == []
    q = one(pipe, "قال الوزير فهد العلي الذي افتتح المعرض أمس، إن المعرض يضم مئة جناح.", "مئة جناح")
    assert q.type == "indirect" and q.speaker == "فهد العلي"


def test_a_prayer_formula_after_a_kin_named_person_is_no_kin_name(pipe: Pipeline) -> None:
    q = one(pipe, "قال ابن بطال رحمه الله، إن السخاء من أشرف الصفات.", "السخاء")
    assert q.source.text == "ابن بطال"
    q = one(pipe, "وقال والد الشهيد علي أحمد عسيري إن ابنه بطل.", "ابنه بطل")
    assert q.speaker == "والد الشهيد" and q.source.text == "والد الشهيد علي أحمد عسيري"


# -- the object of oversight in a body's name ------------------------------------------------
def test_the_object_of_oversight_is_part_of_the_body_name(pipe: Pipeline) -> None:
    text = "في بيانها الذي أصدرته تعليقا على الحادثة، ذكرت لجنة الرقابة على المنشطات أن المادة محظورة."
    q = one(pipe, text, "المادة محظورة")
    assert q.speaker == "لجنة الرقابة على المنشطات" and q.speaker_kind == "organization"
    q = one(pipe, "وأكدت هيئة الإشراف على المدارس الأهلية أن الرسوم ثابتة.", "الرسوم ثابتة")
    assert q.speaker == "هيئة الإشراف على المدارس الأهلية"


def test_on_after_another_speaker_is_no_part_of_the_name(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير على هامش المؤتمر إن الأسعار مستقرة.", "الأسعار مستقرة")
    assert q.speaker == "الوزير" and q.source.text == "الوزير"
