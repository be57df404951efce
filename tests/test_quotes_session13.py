"""Quote-stage rule families of session 13 (after the blind held-out-20 run and the session-12
notes): «ذهب X إلى القول إن» (the verb's subject speaks, not a phrase starting at the verb); a
directive verb with its plural ending («وطالبوا»، «يحذرون») has a pronoun subject, so the noun after
it is the one asked, and a plural pronoun statement nested in one person's quotation («قال أحدهم:
«إنهم يطالبون …»») is theirs, relayed by him; time adverbs «وقتها/حينها/آنذاك» between a cue and its
content. The sentences are made up for these tests (no corpus text); each family has positive and
negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- «ذهب X إلى القول إن» ------------------------------------------------------------------------
def test_went_as_far_as_saying_takes_the_subject_of_the_verb(pipe: Pipeline) -> None:
    q = one(pipe, "وذهب المحلل سالم العتيبي إلى القول إن الأسعار سترتفع.", "الأسعار سترتفع")
    assert q.speaker is not None and "سالم العتيبي" in q.speaker and "ذهب" not in q.speaker
    assert q.source is not None and q.source.text == "المحلل سالم العتيبي"


def test_a_title_alone_after_the_verb_speaks_too(pipe: Pipeline) -> None:
    q = one(pipe, "وذهب الوزير إلى القول بأن الخطة فشلت.", "الخطة فشلت")
    assert q.speaker == "الوزير"


def test_a_finding_verb_and_an_impersonal_frame_are_unchanged(pipe: Pipeline) -> None:
    q = one(pipe, "وخلص التقرير إلى القول إن الخطة نجحت.", "الخطة نجحت")
    assert q.speaker == "التقرير" and q.speaker_kind == "document"
    assert not quotes(pipe, "ويمكن القول إن السوق تراجعت هذا العام.")


# -- a directive with its plural ending ------------------------------------------------------------
def test_the_plural_ending_is_the_subject_and_the_noun_after_it_is_asked(pipe: Pipeline) -> None:
    text = "ورفع المتظاهرون لافتات تندد بالزيارة، وطالبوا الحكومة المصرية بعدم استقباله."
    q = one(pipe, text, "بعدم استقباله")
    assert q.speaker == "المتظاهرون" and q.speaker_kind == "group"


def test_a_pronoun_before_a_plural_imperfect_is_its_subject(pipe: Pipeline) -> None:
    q = one(pipe, "وتجمع المزارعون أمام المبنى وهم يطالبون الحكومة بدفع التعويضات.", "بدفع التعويضات")
    assert q.speaker == "المزارعون"


def test_no_plural_antecedent_gives_no_speaker_rather_than_the_one_asked(pipe: Pipeline) -> None:
    q = one(pipe, "وتظاهر المئات أمام الوزارة. وطالبوا الحكومة المصرية بعدم استقبال الوفد.", "بعدم استقبال")
    assert q.speaker is None


def test_a_singular_directive_keeps_the_subject_after_it(pipe: Pipeline) -> None:
    q = one(pipe, "ويحذر الخبراء من ارتفاع الأسعار.", "ارتفاع الأسعار")
    assert q.speaker == "الخبراء"
    q = one(pipe, "ودعا الوزير خالد العلي المواطنين إلى الابتعاد عن مجاري السيول.", "الابتعاد")
    assert q.speaker is not None and "خالد العلي" in q.speaker


def test_their_statement_inside_his_quotation_is_nested(pipe: Pipeline) -> None:
    text = "وتظاهر المزارعون أمام الوزارة، وقال أحدهم: «إنهم يطالبون الحكومة بدفع التعويضات»."
    [q] = [x for x in quotes(pipe, text) if x.cue.text == "يطالبون"]
    assert q.content.text == "بدفع التعويضات" and q.speaker == "المزارعون"
    assert [v.name for v in q.via] == ["أحدهم"]


def test_a_plural_speaker_saying_they_demand_is_one_statement(pipe: Pipeline) -> None:
    [q] = quotes(pipe, "وقال المتظاهرون إنهم يطالبون الحكومة بدفع التعويضات.")
    assert q.cue.text == "وقال" and q.speaker == "المتظاهرون"


# -- «وقتها/حينها» between the cue and its content -------------------------------------------------
def test_time_adverbs_of_then_are_read_through(pipe: Pipeline) -> None:
    q = one(pipe, "وكان الوزير سالم الحربي قد قال حينها إن المشروع سيكتمل.", "المشروع سيكتمل")
    assert "سالم الحربي" in q.speaker
    [q] = quotes(pipe, "ويقال إنها قالت وقتها: «سوف تجدون اسم المدينة محفورا على قلبي».")
    assert q.type == "direct" and q.content.text.startswith("سوف تجدون")


def test_a_time_adverb_is_no_speaker(pipe: Pipeline) -> None:
    for q in quotes(pipe, "وقالت وقتها إن المشروع سيكتمل. وأضافت آنذاك أن التمويل متاح."):
        assert q.speaker is None or "وقتها" not in q.speaker and "آنذاك" not in q.speaker


# -- a hope after «أعرب عن» ----------------------------------------------------------------------
def test_a_hope_or_a_wish_is_no_statement(pipe: Pipeline) -> None:
    text = ("وأعرب الوزير خالد العلي عن أمله في أن يشكل الجهاز رافدا للعمل الأمني، "
            "معرباً عن تمنياته بأن ينجح المشروع.")
    assert not quotes(pipe, text)
    assert not quotes(pipe, "وأعرب ممثل عن الوزارة عن أمله في أن ينجح المشروع.")


def test_confidence_or_concern_with_a_clause_stays_a_statement(pipe: Pipeline) -> None:
    q = one(pipe, "وأعرب الوزير خالد العلي عن ثقته في أن المشروع سينجح.", "المشروع سينجح")
    assert "خالد العلي" in q.speaker
    assert one(pipe, "وأعرب الوزير عن قلقه من أن الأسعار سترتفع.", "الأسعار سترتفع").speaker == "الوزير"


# -- «دعا» with a reason or a need as its subject --------------------------------------------------
def test_reasons_and_needs_lead_to_and_say_nothing(pipe: Pipeline) -> None:
    assert not quotes(pipe, "لم تتضح الاسباب التي دعت إلى إلغاء المباراة.")
    assert not quotes(pipe, "ودعت الحاجة إلى بناء مدارس جديدة.")
    [q] = quotes(pipe, "وقال المدير سالم العنزي إن الظروف التي دعت للتراجع غير واضحة.")
    assert q.cue.text == "وقال"


def test_a_body_still_calls_on_people(pipe: Pipeline) -> None:
    q = one(pipe, "ودعت الوزارة المواطنين إلى الحذر.", "الحذر")
    assert q.speaker == "الوزارة"


# -- a noun with its possessive after the cue -------------------------------------------------------
def test_a_possessed_noun_after_the_cue_is_its_object(pipe: Pipeline) -> None:
    text = ("وقال المدرب سالم العلي إن الفريق جاهز. وأكد عزمهم على التركيز الكبير مبكرا، "
            "مشيرا إلى أن الدعم مهم.")
    q = one(pipe, text, "على التركيز")
    assert q.content.text == "عزمهم على التركيز الكبير مبكرا" and "سالم العلي" in q.speaker
    assert "سالم العلي" in one(pipe, text, "الدعم مهم").speaker
    q = one(pipe, "وقال المدرب سالم العلي إن الفريق جاهز. وأكد حرصه على الفوز.", "الفوز")
    assert q.content.text == "حرصه على الفوز" and "سالم العلي" in q.speaker


def test_honorifics_names_and_speaker_nouns_with_a_pronoun_still_speak(pipe: Pipeline) -> None:
    assert one(pipe, "وأكد معاليه على أهمية المشروع.", "أهمية المشروع").speaker == "معاليه"
    assert one(pipe, "وأكد طه على أهمية المشروع.", "أهمية المشروع").speaker == "طه"
    q = one(pipe, "وأوضح فودة على هامش اللقاء أن المهرجان سيقام في موعده.", "المهرجان")
    assert q.speaker == "فودة"


# -- the subject of the sentence before ------------------------------------------------------------
def test_a_player_praising_before_he_speaks_is_the_speaker(pipe: Pipeline) -> None:
    text = ("وستقام المباراة على ملعب الأمير محمد العبد الله الفيصل. من جانبه، أشاد المهاجم سلمان "
            "المؤشر بالأجواء التي غلفت المعسكر. وقال عقب وصوله: «أكملنا المعسكر على أتم صورة».")
    q = one(pipe, text, "أكملنا")
    assert q.speaker == "سلمان المؤشر"
    for title in ("الحارس", "المدافع"):
        q = one(pipe, f"أشاد {title} خالد المطيري بالجماهير الحاضرة. وقال: «سنفوز في المباراة المقبلة».", "سنفوز")
        assert q.speaker == "خالد المطيري"


def test_no_speaker_without_a_subject_before(pipe: Pipeline) -> None:
    q = one(pipe, "أقيمت المباراة بحضور الجماهير. وقال: «سنفوز في المباراة المقبلة».", "سنفوز")
    assert q.speaker is None


# -- opening phrases: observers, analyses, the outlet told, the body after the source --------------
def test_observers_and_analyses_are_sources_of_an_opening_phrase(pipe: Pipeline) -> None:
    q = one(pipe, "وبحسب مراقبين، كان العامان الأخيران الأكثر مأسوية للمبتعثين.", "العامان")
    assert q.speaker == "مراقبين" and q.speaker_kind == "group"
    assert q.content.text == "كان العامان الأخيران الأكثر مأسوية للمبتعثين"
    text = "ووفقا لتحليل وحدة التقارير الاقتصادية في صحيفة \"الاقتصادية\"، تراجعت القروض الشخصية بشكل طفيف."
    q = one(pipe, text, "القروض")
    assert q.speaker_kind == "document" and "وحدة التقارير الاقتصادية" in q.speaker
    assert q.content.text == "تراجعت القروض الشخصية بشكل طفيف"


def test_the_outlet_told_after_the_source_is_the_via(pipe: Pipeline) -> None:
    q = one(pipe, "ووفقا لمصدر مطلع لـ «عكاظ» فإن فروع الإسكان قطعت شوطاً طويلاً.", "فروع الإسكان")
    assert q.speaker == "مصدر مطلع" and [v.name for v in q.via] == ["عكاظ"]
    assert "عكاظ" not in q.content.text
    q = one(pipe, "وبحسب مصادر لصحيفة «الحياة»، فإن الوزارة ستغير القرار.", "الوزارة")
    assert [v.name for v in q.via] == ["الحياة"] and "الحياة" not in q.content.text


def test_no_via_without_an_outlet_and_a_body_without_a_comma_stays_out(pipe: Pipeline) -> None:
    q = one(pipe, "وبحسب خبراء لجنة الاقتصاد، فإن الأسعار سترتفع.", "الأسعار")
    assert not q.via and "خبراء" in q.speaker
    q = one(pipe, "ووفقا لمصدر مطلع، فإن الوزارة ستغير القرار في مكة.", "الوزارة")
    assert not q.via and q.content.text.endswith("في مكة")


def test_an_unmarked_relative_after_an_indefinite_source_describes_it(pipe: Pipeline) -> None:
    text = "ووفقاً لتحليل أجرته وحدة التقارير الاقتصادية في \"الاقتصادية\"، فإن هذا النمو جاء مدعوما من القروض."
    q = one(pipe, text, "النمو")
    assert "أجرته" not in q.content.text and q.speaker_kind == "document"
    q = one(pipe, "ووفقا لمصدر مطلع، فإن الوزارة ستغير القرار.", "الوزارة")
    assert q.content.text.endswith("ستغير القرار")


# -- «بحسب الكاتبة «…»» inside a clause --------------------------------------------------------------
def test_a_bare_title_in_a_phrase_names_the_writer_introduced_before(pipe: Pipeline) -> None:
    text = ("صدر حديثا كتاب الباحثة المغربية حورية الخمليشي «الشعر المنثور» وهي دراسة تهدف بحسب "
            "الكاتبة «إلى رصد تطور الشعر المنثور في العالم العربي».")
    [q] = quotes(pipe, text)
    assert q.speaker == "حورية الخمليشي" and q.source.text == "الكاتبة"
    assert q.content.text.startswith("هي دراسة تهدف") and q.type == "mixed"


def test_a_bare_title_in_a_phrase_without_an_antecedent_stays_the_title(pipe: Pipeline) -> None:
    q = one(pipe, "وارتفعت الأسعار هذا الشهر بحسب الوزير.", "الأسعار")
    assert q.speaker == "الوزير"


def test_an_aside_or_which_clause_does_not_open_the_phrase_clause(pipe: Pipeline) -> None:
    text = "وأضافت المتحدثة أن الرجل - وهو من مونتانا - أعلن مفقودا ذلك اليوم، حسب رويترز."
    assert all(not q.content.text.startswith("هو من") for q in quotes(pipe, text))
    text = "وأجريت التجارب في مناطق نائية وهو ما يجعل المشكلات أكثر غموضا، كما ذكر موقع «ذا لوكال»."
    assert all(not q.content.text.startswith("هو ما") for q in quotes(pipe, text))


# -- a quotation opened before «ان» that closes the sentence -----------------------------------------
def test_a_quotation_opened_before_the_complementizer_is_whole(pipe: Pipeline) -> None:
    text = ("واضاف المسؤول الذي يعمل في قسم المتفجرات «ان المجاميع الارهابية استخدمت مادة الكلور "
            "السائل فيما تشير المعلومات الى ان المصادر الرئيسية هي الصيدليات ونحن الان نتحرى مصادره».")
    q = one(pipe, text, "المجاميع")
    assert q.type == "direct" and q.content.text.startswith("ان المجاميع")
    assert q.content.text.endswith("نتحرى مصادره")


def test_without_the_mark_the_nested_statement_still_cuts_the_clause(pipe: Pipeline) -> None:
    text = "واضاف المسؤول ان المجاميع الارهابية استخدمت مادة الكلور فيما تشير المعلومات الى ان مصادرها في الخارج."
    q = one(pipe, text, "المجاميع")
    assert q.type == "indirect" and q.content.text == "المجاميع الارهابية استخدمت مادة الكلور"
    assert one(pipe, text, "مصادرها").cue.text == "تشير"


# -- «وفي الوقت الذي أعلن فيه X أن …، شن Y …، قائلاً» ------------------------------------------------
def test_the_while_clause_statement_ends_at_the_main_clause(pipe: Pipeline) -> None:
    text = ("وفي الوقت الذي أعلن فيه اللواء خالد العلي، وكيل لجنة الدفاع، أن القصف توقف، شن النائب "
            "سعد الحربي هجوما على الحكومة، قائلا إن القصف مستمر.")
    first = one(pipe, text, "القصف توقف")
    assert first.content.text == "القصف توقف" and "خالد العلي" in first.speaker
    assert one(pipe, text, "القصف مستمر").speaker == "سعد الحربي"


def test_a_second_that_clause_still_belongs_to_the_statement(pipe: Pipeline) -> None:
    text = "وفي الوقت الذي أكد فيه المدرب أن الفريق جاهز، وأن الإصابات لن تؤثر، بدأ الفريق تدريباته."
    assert one(pipe, text, "الفريق جاهز").content.text == "الفريق جاهز، وأن الإصابات لن تؤثر"


def test_without_the_while_opener_the_content_runs_on(pipe: Pipeline) -> None:
    q = one(pipe, "وأعلن الجيش أن القصف توقف، وأن القوات انسحبت من المدينة.", "القصف توقف")
    assert q.content.text == "القصف توقف، وأن القوات انسحبت من المدينة"


# -- a feminine verb does not go on from the last titled man ----------------------------------------
def test_a_feminine_cue_does_not_take_the_last_titled_man(pipe: Pipeline) -> None:
    text = ("وعثر على الطالب ريان إبراهيم مقتولا. وما زالت التحقيقات التي تقوم بها الشرطة هناك مستمرة، "
            "ووصفت الجريمة بأنها قضية حزينة.")
    q = one(pipe, text, "قضية حزينة")
    assert q.speaker is None or "ريان" not in q.speaker


def test_the_last_titled_person_of_the_right_gender_still_speaks(pipe: Pipeline) -> None:
    q = one(pipe, "وحضرت الوزيرة سلمى الخالد الحفل. وأكدت في كلمتها أن المشروع مهم.", "المشروع مهم")
    assert q.speaker is not None and "سلمى الخالد" in q.speaker
    q = one(pipe, "وعثر على الطالب ريان إبراهيم مقتولا. والتحقيقات جارية، ووصف الجريمة بأنها قضية حزينة.",
            "قضية حزينة")
    assert q.speaker is not None and "ريان إبراهيم" in q.speaker


# -- medical titles ----------------------------------------------------------------------------------
def test_consultants_and_specialists_head_title_chains(pipe: Pipeline) -> None:
    q = one(pipe, "وقال استشاري الجلدية في عيادة الرياض الدكتور عبدالعزيز السدحان إن الوشم خطير.", "الوشم")
    assert q.speaker == "عبدالعزيز السدحان"
    q = one(pipe, "وأوضحت أخصائية التغذية منى الحربي أن السكر ضار.", "السكر")
    assert q.speaker == "منى الحربي"


def test_a_name_before_a_consultant_apposition_is_the_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وأشار ماجد علي قنش استشاري علم الاجتماع إلى أن ذلك يعد تعريفا شاملا.", "تعريفا")
    assert q.speaker == "ماجد علي قنش"


# -- the author of a piece named with «لـ» --------------------------------------------------------
def test_the_author_named_with_li_says_what_is_in_the_piece(pipe: Pipeline) -> None:
    q = one(pipe, "ونشر الموقع تغريدة للغفيلي قال فيها إن القرار خاطئ.", "القرار خاطئ")
    assert q.speaker == "الغفيلي"
    text = ("ونشر معهد واشنطن مقالا لزميلة الأبحاث في برنامج سياسة الخليج بالمعهد، لوري بلوتكين بوارتن، "
            "قالت فيه: جاء الاجتماع في أعقاب عمليات الاعتقال الأخيرة.")
    assert one(pipe, text, "جاء الاجتماع").speaker == "لوري بلوتكين بوارتن"


def test_a_speech_given_by_the_subject_keeps_its_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وألقى الوزير خالد العلي كلمة أكد فيها أن المشروع مهم.", "المشروع مهم")
    assert "خالد العلي" in q.speaker
    q = one(pipe, "وأرسل الوزير خالد العلي رسالة للمواطنين أكد فيها أن المشروع مهم.", "المشروع مهم")
    assert "خالد العلي" in q.speaker


def test_a_letter_for_someone_is_not_his(pipe: Pipeline) -> None:
    q = one(pipe, "وأرسل رئيس الجمعية خالد العلي رسالة للوزير سعد الحربي أكد فيها أن المشروع مهم.", "المشروع مهم")
    assert q.speaker is None or "سعد الحربي" not in q.speaker
