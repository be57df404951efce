"""Quote-stage rule families added after the blind held-out-13 run (session 7): a nationality
before a name, a possessed verbal noun after the speaker as the object, «قد/كان» never in a name,
«المدير العام», a bare role for the person the text gave that role («كمدرب»), a long time phrase
between the speaker and the content, «هناك» after a speaker and the bare verbal nouns «تأكيد/إعلان
X أن». The sentences are made up for these tests (no corpus text); each family has a positive and a
negative case."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- a nationality before a name -----------------------------------------------------------
def test_a_nationality_before_a_name_is_a_title(pipe: Pipeline) -> None:
    q = one(pipe, "أعلن الإيطالي كارلو أنشيلوتي استقالته من تدريب الفريق بعد الخسارة.", "استقالته")
    assert q.speaker == "كارلو أنشيلوتي" and q.source.text == "الإيطالي كارلو أنشيلوتي"
    assert q.content.text.startswith("استقالته")
    q = one(pipe, "وقال البرتغالي جوزيه مورينيو إن الفريق جاهز للموسم.", "الفريق جاهز")
    assert q.speaker == "جوزيه مورينيو"


def test_an_adjective_that_names_no_country_is_no_title(pipe: Pipeline) -> None:
    # «الرسمي» is no nationality: the phrase after the cue stays the announced object
    q = one(pipe, "أعلن الرسمي كارلو الجديد موعد المباراة.", "موعد")
    assert q.speaker != "كارلو الجديد"


# -- a possessed verbal noun after the speaker ---------------------------------------------
def test_a_noun_with_a_pronoun_after_the_speaker_starts_the_object(pipe: Pipeline) -> None:
    q = one(pipe, "ونفى المدرب الإسباني دخوله في مفاوضات مع النادي.", "مفاوضات")
    assert q.source.text == "المدرب الإسباني" and q.content.text.startswith("دخوله")
    q = one(pipe, "أعلن المصري محمد صلاح انتقاله إلى النادي الجديد.", "انتقاله")
    assert q.speaker == "محمد صلاح"


def test_names_ending_like_a_pronoun_stay_names(pipe: Pipeline) -> None:
    assert one(pipe, "وقال الشيخ عبدالله إن الفريق جاهز.", "الفريق جاهز").speaker == "عبدالله"
    # «عدد منهم»: a preposition with a pronoun is no object
    text = "شكا عدد من المسافرين من تأخر الرحلات، وأكد عدد منهم أن الانتظار طال."
    assert one(pipe, text, "الانتظار طال").source.text.endswith("منهم")


# -- «قد»، «كان» and «العام» in a subject before the cue ----------------------------------
def test_qad_is_never_part_of_the_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وكان اللاعب قد صرح أن الاتفاق لم يوقع بعد.", "الاتفاق")
    assert q.source.text == "اللاعب" and q.speaker == "اللاعب"


def test_al_aam_after_a_title_is_part_of_the_title(pipe: Pipeline) -> None:
    q = one(pipe, "وكان المدير العام للشركة خالد العمري قد أكد أن الاتفاق لم يوقع بعد.", "الاتفاق")
    assert q.speaker == "خالد العمري"
    # a year after a title is a time, not a title word
    q = one(pipe, "وقال الوزير العام الماضي إن الاتفاق لم يوقع.", "الاتفاق")
    assert q.source.text == "الوزير"


# -- a bare role for the person the text gave it ---------------------------------------------
def test_a_bare_role_takes_the_person_introduced_as_such(pipe: Pipeline) -> None:
    text = ("أعلن الإيطالي كارلو أنشيلوتي استقالته كمدرب للفريق بعد الخسارة. "
            "وقال المدرب إن القرار نهائي.")
    assert one(pipe, text, "القرار نهائي").speaker == "كارلو أنشيلوتي"


def test_a_bare_role_given_to_nobody_stays_bare(pipe: Pipeline) -> None:
    text = "قال اللاعب خالد العمري إن الفريق جاهز. وقال المدرب إن القرار نهائي."
    assert one(pipe, text, "القرار نهائي").speaker == "المدرب"
    # the role inside what the person said is not given to him
    text = ("وقال الطالب خالد العمري إن معلم الرياضيات كان صارما. "
            "وأكد المعلم أن الدرس انتهى.")
    assert one(pipe, text, "الدرس انتهى").speaker != "خالد العمري"


# -- a time phrase between the speaker and the content ---------------------------------------
def test_a_long_time_phrase_before_the_quotation_is_read_through(pipe: Pipeline) -> None:
    text = ("وقال المدرب عقب رده على كل الأسئلة الخاصة بالمباراة التي أقيمت بمعقل الفريق: "
            "«قدمت استقالتي للتو، لا أستطيع أن أقبل بهذا».")
    q = one(pipe, text, "قدمت استقالتي")
    assert q.type == "direct" and q.source.text == "المدرب"


def test_a_time_phrase_does_not_run_over_another_cue(pipe: Pipeline) -> None:
    text = "وأكد الوزير بعد اجتماعه مع السفير الذي قال إن العلاقات جيدة، أن التعاون مستمر."
    assert not any(q.content.text.startswith("الذي") for q in quotes(pipe, text))


# -- «هناك» after a speaker; bare verbal nouns with their speaker ---------------------------
def test_a_bare_verbal_noun_with_its_speaker_is_a_statement(pipe: Pipeline) -> None:
    text = "ونفى المدرب دخوله في مفاوضات مع الاتحاد، رغم تأكيد الصحافة هناك أنه المرشح الأوفر."
    q = one(pipe, text, "المرشح الأوفر")
    assert q.cue.text == "تأكيد" and q.speaker == "الصحافة" and q.speaker_kind == "outlet"
    assert one(pipe, text, "دخوله").content.text == "دخوله في مفاوضات مع الاتحاد"
    q = one(pipe, "وجاء ذلك بعد إعلان الوزارة أن المدارس ستغلق غدا.", "المدارس")
    assert q.speaker == "الوزارة"


def test_a_bare_verbal_noun_without_a_clause_is_no_statement(pipe: Pipeline) -> None:
    assert not quotes(pipe, "وشارك في إعلان الرياض عدد من الوزراء.")
    assert not quotes(pipe, "وتم تأكيد الحجز في الفندق مساء أمس.")


# -- a role over something («المشرف العام على …») -----------------------------------------
def test_an_overseer_with_his_object_is_a_title_chain(pipe: Pipeline) -> None:
    text = "وأوضح المشرف العام على البرنامج نايف الهاجري ، أن النجاحات يقف وراءها مجموعة من الشباب."
    q = one(pipe, text, "النجاحات")
    assert q.speaker == "نايف الهاجري" and q.content.text.startswith("النجاحات")
    text = "وكشف رئيس اللجنة المشرفة على البرنامج، الدكتور سالم بن علي العمري، أن البرنامج يشمل ندوات."
    assert one(pipe, text, "البرنامج يشمل").speaker == "سالم بن علي العمري"


def test_an_overseer_without_an_object_keeps_its_content(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد المشرف على ضرورة الالتزام بالتعليمات.", "الالتزام")
    assert q.content.text.startswith("ضرورة")


# -- a comma inside a title chain ----------------------------------------------------------
def test_a_comma_before_a_name_stays_in_the_chain(pipe: Pipeline) -> None:
    text = ("أعلن رئيس الوزراء التركي المكلف، أحمد داود أوغلو، في تعليق على الهجوم مساء أمس: "
            "لن تتمكن المنظمات الإرهابية من النيل من أمن تركيا.")
    assert one(pipe, text, "لن تتمكن").speaker == "أحمد داود أوغلو"


def test_a_comma_before_an_object_ends_the_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد المدير العام للتعليم بالمنطقة, أهمية العناية بالبيئة الصفية الجاذبة.", "العناية")
    assert q.content.text.startswith("أهمية") and "أهمية" not in (q.speaker or "")


# -- an imperfect cue with its own subject inside a content ----------------------------------
def test_the_clause_verb_inside_a_content_does_not_cut_it(pipe: Pipeline) -> None:
    text = "وقال المدير إن الأرقام الصادرة من لجنة التسجيل تشير إلى مشاركة 350 متدربا في الدورات."
    assert one(pipe, text, "الأرقام").content.text.endswith("في الدورات")


def test_a_new_statement_after_a_colon_still_cuts(pipe: Pipeline) -> None:
    text = "وقالت الأم إن ابنتها كانت تدخل علينا تقول: التلفزيون حرام والخروج ممنوع."
    assert one(pipe, text, "ابنتها").content.text.endswith("علينا")


# -- attribution phrases with a pronoun and at a line end -------------------------------------
def test_an_attribution_phrase_with_a_pronoun_is_no_object(pipe: Pipeline) -> None:
    assert not quotes(pipe, "إن الانتصارات تعتبر مقدمة لتحرير البلاد من المليشيات، وفق رأيه.")


def test_a_phrase_before_a_line_break_attributes_the_clause_before_it(pipe: Pipeline) -> None:
    text = ("وأوضح أن العقوبة يتم تشديدها إذا كانت الظروف المحيطة بالواقعة خطيرة، حسب (الحياة)\n"
            "ولفت المحامي ناصر التويم إلى استسهال المتحرشين فعلهم.")
    assert one(pipe, text, "استسهال").speaker == "ناصر التويم"
    assert "استسهال" not in one(pipe, text, "العقوبة يتم").content.text


# -- a prayer after «بأن» ----------------------------------------------------------------
def test_a_prayer_after_bi_an_is_no_call(pipe: Pipeline) -> None:
    assert not quotes(pipe, "وفي ختام حديثهما دعا المدير العام ورئيس الهيئة بأن يتقبل الله الشهداء.")
    q = one(pipe, "ودعا المدير العام المواطنين بأن يلتزموا بالتعليمات.", "يلتزموا")
    assert q.cue.text == "ودعا"


# -- «مسؤول» as an adjective; «يدعى NAME»; a purpose «ل» -----------------------------------
def test_masool_after_a_noun_is_an_adjective(pipe: Pipeline) -> None:
    q = one(pipe, "وقال دبلوماسي مصري مسؤول إن البروتوكول تم التوافق عليه.", "البروتوكول")
    assert q.speaker == "دبلوماسي مصري مسؤول" and q.speaker_kind == "anonymous"


def test_a_person_introduced_by_his_name_after_yudaa(pipe: Pipeline) -> None:
    text = "وقال مقيم في مقديشو يدعى مقطر ظاهر «أفلامي المفضلة هي الأميركية وأحب الأغاني القديمة»."
    assert one(pipe, text, "أفلامي").speaker == "مقطر ظاهر"
    text = "وقالت طالبة بالأكاديمية تُدعى هامدي عثمان حسين «أحلم بأن أكون مصورة سينمائية»."
    assert one(pipe, text, "أحلم").speaker == "هامدي عثمان حسين"


def test_yaddai_an_claims_no_name(pipe: Pipeline) -> None:
    # «يدّعي أن» (claims that) introduces no name
    assert all(q.speaker != "أن" for q in quotes(pipe, "وقال رجل يدعي أن الحادث وقع ليلا."))


def test_a_perfect_cue_after_a_purpose_lam_is_no_statement(pipe: Pipeline) -> None:
    text = ("يبذل المدرب قصارى جهده للفت انتباه تلاميذه في الأكاديمية الصومالية «صوما» التي تقدم "
            "دورات في الصحافة منذ عام 2012.")
    assert not quotes(pipe, text)
    assert one(pipe, "وقال الوزير ليؤكد أن العلاقات جيدة.", "العلاقات").cue.text == "وقال"


# -- «لفت النظر/الانتباه إلى» -------------------------------------------------------------
def test_drawing_attention_to_is_a_refer_cue(pipe: Pipeline) -> None:
    q = one(pipe, "ولفت الوزير الانتباه إلى أن البرنامج يقام للعام الحادي عشر.", "البرنامج")
    assert q.speaker == "الوزير"
    q = one(pipe, "ولفت الهاجري النظر ، إلى أن البرنامج يقام للعام الحادي عشر.", "البرنامج")
    assert q.speaker == "الهاجري"


def test_a_body_named_for_looking_into_keeps_its_name(pipe: Pipeline) -> None:
    q = one(pipe, "وقالت لجنة النظر في المظالم إن القرار نهائي.", "القرار")
    assert q.speaker == "لجنة النظر في المظالم"


# -- the report of an outlet ---------------------------------------------------------------
def test_a_report_of_an_outlet_is_that_outlet(pipe: Pipeline) -> None:
    text = "وهو واحد من الأفلام القليلة التي تنتج في المنطقة، حسب تقرير لـ«رويترز»."
    q = one(pipe, text, "الأفلام")
    assert q.speaker == "رويترز" and q.speaker_kind == "outlet"
    q = one(pipe, "وذكر تقرير لوكالة رويترز أن الأسعار ارتفعت.", "الأسعار")
    assert q.speaker == "رويترز"


def test_a_report_of_a_body_stays_a_document(pipe: Pipeline) -> None:
    q = one(pipe, "وذكر تقرير للبنك الدولي أن الأسعار ارتفعت.", "الأسعار")
    assert q.speaker_kind == "document"


# -- a place after a clitic in a title chain; a weekday as a family name -----------------------
def test_a_short_bi_place_and_a_weekday_family_name(pipe: Pipeline) -> None:
    text = ("أكد رئيس لجنة التنمية الأهلية بحي الروضة في الدمام ، محمد الخميس، أن العاملين في البرنامج "
            "يواجهون تحدياً.")
    assert one(pipe, text, "العاملين").speaker == "محمد الخميس"


def test_a_weekday_after_a_name_with_a_time_word_is_a_time(pipe: Pipeline) -> None:
    assert one(pipe, "وقال محمد الخميس الماضي إن الاتفاق تم.", "الاتفاق").speaker == "محمد"
    text = "من جانبه أكد د. بدر السمحان المدير الإقليمي للحملة أن البرنامج من أبرز المشروعات."
    assert one(pipe, text, "البرنامج").speaker == "بدر السمحان"


# -- an implicit cue after a person introduced in a new paragraph -----------------------------
def test_an_implicit_cue_takes_the_person_just_introduced(pipe: Pipeline) -> None:
    text = ("وقال الوزير إن الأسعار ارتفعت.\n"
            "ويدرس عثمان جميل التصوير الفوتوغرافي في الصومال. ويقول: إنه يحلم بأن يحترف العمل.")
    assert "عثمان جميل" in one(pipe, text, "يحلم").speaker


def test_an_implicit_cue_does_not_take_a_subject_of_the_other_gender(pipe: Pipeline) -> None:
    text = ("وقال الوزير إن الأسعار ارتفعت.\n"
            "وتدرس هند العمري التصوير الفوتوغرافي في الصومال. ويقول: إنه يحلم بأن يحترف العمل.")
    assert "هند" not in (one(pipe, text, "يحلم").speaker or "")


# -- a relative clause between the speaker and the content --------------------------------------
def test_a_relative_clause_after_the_speaker_is_read_through(pipe: Pipeline) -> None:
    q = one(pipe, "وأكدت الدراسة التي أجرتها جامعة الملك سعود أن نسبة البطالة ارتفعت.", "البطالة")
    assert q.speaker == "الدراسة" and q.content.text == "نسبة البطالة ارتفعت"
    text = "فيؤكد الخبراء الذين تحدثوا لـ«الصحيفة» أن الاعتماد على الأخبار غير كاف."
    q = one(pipe, text, "الاعتماد")
    assert q.type == "indirect" and q.content.text.startswith("الاعتماد")


def test_a_relative_clause_with_its_own_statement_is_not_read_through(pipe: Pipeline) -> None:
    text = "وأكد المسؤول الذي قال إن المشروع تأخر، أن العمل مستمر."
    assert all(not q.content.text.startswith("الذي") for q in quotes(pipe, text))
    assert one(pipe, text, "العمل مستمر").speaker == "المسؤول"


def test_an_announcement_as_the_channel_is_read_through(pipe: Pipeline) -> None:
    # «في إعلان» is a channel like «في بيان», though «إعلان X أن» is now a cue
    text = "وأوضحت الشركة في إعلان نشرته على موقعها اليوم أن الأرباح ستوزع على المساهمين."
    q = one(pipe, text, "الأرباح")
    assert q.cue.text == "وأوضحت" and q.speaker == "الشركة"
