"""Quote-stage rule families added after the blind held-out-8 run (and the open families 5–7
of held-out 7): speaker kinds, coordinated quoted outlet names, impersonal opinion verbs,
quote type, content boundaries and roles. The sentences are made up for these tests (no
corpus text)."""

from __future__ import annotations

import pytest
import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- speaker kinds -------------------------------------------------------------------------
def test_indefinite_title_with_a_prepositional_phrase_is_anonymous(pipe: Pipeline) -> None:
    q = one(pipe, "وقال متحدث باسم الجمعية إن التبرعات وصلت إلى القرية.", "التبرعات وصلت")
    assert q.speaker_kind == "anonymous"
    q = one(pipe, "وقال مستشار في الوزارة إن الخطة جاهزة.", "الخطة جاهزة")
    assert q.speaker_kind == "anonymous"


def test_title_in_construct_or_with_a_name_stays_a_person(pipe: Pipeline) -> None:
    assert one(pipe, "وقال مدير الجمعية إن التبرعات وصلت.", "التبرعات").speaker_kind == "person"
    q = one(pipe, "وقال متحدث باسم الجمعية سامر خليل إن التبرعات وصلت.", "التبرعات")
    assert q.speaker_kind == "person" and q.speaker == "سامر خليل"


def test_a_quantifier_takes_the_kind_of_the_noun_it_governs(pipe: Pipeline) -> None:
    assert one(pipe, "وقالت بعض الجماهير إن الفريق خسر بسبب المدرب.", "الفريق خسر").speaker_kind == "group"
    assert one(pipe, "وذكرت بعض وسائل الإعلام أن الفريق سيبيع لاعبه.", "سيبيع").speaker_kind == "outlet"
    assert one(pipe, "وأشارت إحدى التغريدات إلى أن الحفل تأجل.", "الحفل تأجل").speaker_kind == "document"
    assert one(pipe, "وذكر عدد من المسافرين أن الرحلة تأخرت.", "الرحلة تأخرت").speaker_kind == "group"


def test_a_quantifier_over_officials_stays_anonymous(pipe: Pipeline) -> None:
    assert one(pipe, "وقال بعض المسؤولين إن الطريق سيغلق.", "الطريق سيغلق").speaker_kind == "anonymous"
    assert one(pipe, "وقال أحد الوزراء إن الطريق سيغلق.", "الطريق سيغلق").speaker_kind == "anonymous"


def test_plural_participle_speakers_are_a_group(pipe: Pipeline) -> None:
    assert one(pipe, "وقال المعتصمون إن مطالبهم لم تتحقق.", "مطالبهم").speaker_kind == "group"
    assert one(pipe, "وأكد متظاهرون من أبناء الحي أن الشارع مغلق.", "الشارع مغلق").speaker_kind == "group"


def test_nisba_plurals_and_names_are_not_taken_for_participle_groups(pipe: Pipeline) -> None:
    assert one(pipe, "وقال العسكريون إن الهدنة صامدة.", "الهدنة").speaker_kind != "group"
    assert one(pipe, "وقال محمود سالم إن الهدنة صامدة.", "الهدنة").speaker_kind == "person"


# -- outlets named in quote marks ----------------------------------------------------------
def test_coordinated_quoted_outlet_names_are_one_speaker(pipe: Pipeline) -> None:
    q = one(pipe, 'وذكرت صحيفتا "الأفق" و"المساء" أن الوزير قدم استقالته.', "الوزير قدم")
    assert q.speaker == "الأفق والمساء" and q.speaker_kind == "outlet"
    assert q.content.text.startswith("الوزير") and q.type == "indirect"


def test_a_single_quoted_outlet_name_loses_its_head_noun(pipe: Pipeline) -> None:
    q = one(pipe, 'وذكرت صحيفة "الأفق" أن الوزير قدم استقالته.', "الوزير قدم")
    assert q.speaker == "الأفق" and q.speaker_kind == "outlet"


# -- a bare title after an unnamed one -----------------------------------------------------
def test_bare_title_takes_up_the_unnamed_speaker(pipe: Pipeline) -> None:
    text = "وقال متحدث باسم الشرطة إن التحقيق مستمر. وأضاف المتحدث أن المشتبه به فر."
    q = one(pipe, text, "المشتبه به")
    assert q.speaker == "متحدث باسم الشرطة" and q.speaker_kind == "anonymous"


def test_bare_title_after_a_named_one_keeps_the_name(pipe: Pipeline) -> None:
    text = "وقال المتحدث باسم الشرطة سامي علي إن التحقيق مستمر. وأضاف المتحدث أن المشتبه به فر."
    assert one(pipe, text, "المشتبه به").speaker == "سامي علي"


# -- impersonal opinion verbs --------------------------------------------------------------
def test_subjectless_opinion_verb_is_the_authors_voice(pipe: Pipeline) -> None:
    text = "وقالت الوزارة إن البحث مستمر.\nواختفت الطائرة قبل عام. ويعتقد أنها سقطت في البحر."
    assert not [q for q in quotes(pipe, text) if "سقطت" in q.content.text]
    assert not quotes(pipe, "ويتوقع أن يصل الوفد غدا إلى العاصمة.")


def test_opinion_verb_with_a_subject_is_still_a_quote(pipe: Pipeline) -> None:
    q = one(pipe, "ويعتقد الخبير محمد سالم أن الطائرة سقطت في البحر.", "سقطت")
    assert q.speaker == "محمد سالم" and q.hedged


# -- attribution phrases and what follows them ---------------------------------------------
def test_phrase_content_stops_at_a_participle_that_starts_a_new_statement(pipe: Pipeline) -> None:
    text = ("وجددت الحكومة على لسان المتحدث باسمها سالم علي دعمها للمزارعين، "
            "مؤكدة مواصلة العمل مع البلديات لتوزيع البذور.")
    qs = quotes(pipe, text)
    phrase = [q for q in qs if q.cue.text == "على لسان"]
    assert phrase and "مواصلة" not in phrase[0].content.text
    assert [q for q in qs if q.cue.text == "مؤكدة" and "مواصلة العمل" in q.content.text]


def test_relative_clause_after_a_phrase_source_is_its_next_statement(pipe: Pipeline) -> None:
    text = 'وقرر النادي رفع عرضه بحسب ما ذكرت صحيفة "الأفق" التي رأت أن المدرب سيشرك اللاعب.'
    qs = quotes(pipe, text)
    phrase = [q for q in qs if q.cue.text == "بحسب ما ذكرت"]
    assert phrase and phrase[0].content.text == "قرر النادي رفع عرضه"
    seen = [q for q in qs if q.cue.text == "رأت"]
    assert seen and seen[0].speaker == "الأفق" and seen[0].hedged
    assert seen[0].content.text.startswith("المدرب")


def test_phrase_in_mid_clause_without_a_relative_keeps_its_clause(pipe: Pipeline) -> None:
    text = "والفريق بحسب ما تقول صحيفة الأفق يستعد لضم لاعبين جديدين في الشتاء."
    q = one(pipe, text, "يستعد")
    assert q.content.text.endswith("في الشتاء")


# -- quote type ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, fragment", [
    ('وأشار المدير خالد سعيد إلى أن الجمعية نفذت برنامج "بيئتي نظيفة" في المدارس.', "الجمعية نفذت"),
    ('وقال المدير خالد سعيد إن المطر طال قرية "الوادي" أمس.', "المطر طال"),
    ('وبين المدير خالد سعيد أن الحادث أصاب "رجلين، وامرأة، وطفلا" في الطريق.', "الحادث أصاب"),
    ('وقال المدير خالد سعيد إن مدرب الـ"نسور" سيغيب عن المباراة.', "سيغيب"),
    ('وذكر المدير خالد سعيد أن المهرجان يضم أنشطة مثل: "سباق الهجن، ومسابقة الشعر".', "المهرجان يضم"),
])
def test_names_lists_and_examples_in_quote_marks_leave_the_quote_indirect(pipe: Pipeline, text: str,
                                                                       fragment: str) -> None:
    assert one(pipe, text, fragment).type == "indirect"


@pytest.mark.parametrize("text, fragment", [
    ('وقال المدير خالد سعيد إن الوزارة "لن تتهاون أبدا" مع المخالفين.', "الوزارة"),
    ('وقال المدير خالد سعيد إن رد الشركة كان "مخزيا".', "رد الشركة"),
])
def test_the_speakers_own_words_in_quote_marks_still_make_it_mixed(pipe: Pipeline, text: str,
                                                                    fragment: str) -> None:
    assert one(pipe, text, fragment).type == "mixed"


def test_a_content_that_is_one_quotation_is_direct(pipe: Pipeline) -> None:
    text = ('وقال الباحث خالد سعيد إن القمر يغيب الليلة.\nوتابع: "تظهر الشهب من المجموعة النجمية '
            '"حامل رأس الغول" في الصيف من كل عام".')
    q = one(pipe, text, "تظهر الشهب")
    assert q.type == "direct" and q.content.text.startswith("تظهر") and q.content.text.endswith("كل عام")


def test_a_colon_introduced_quotation_that_ends_the_content_is_direct(pipe: Pipeline) -> None:
    text = "وأفاد مسؤول في الوزارة، طلب عدم ذكر اسمه التزاما بالقواعد: «المياه لنا وسنحميها بكل الوسائل»."
    q = one(pipe, text, "المياه لنا")
    assert q.type == "direct" and q.content.text == "المياه لنا وسنحميها بكل الوسائل"


def test_a_colon_before_a_quoted_term_in_the_middle_is_not_direct(pipe: Pipeline) -> None:
    text = 'وقال المدير خالد سعيد إن الخطة لها هدف واحد: "التوفير" في كل الأقسام خلال العام.'
    assert one(pipe, text, "الخطة").type != "direct"


def test_an_opening_phrase_right_before_another_statement_has_no_content_of_its_own(pipe: Pipeline) -> None:
    qs = quotes(pipe, "وبحسب موقع 24 أوضحت “ولاية الشمال” أن المتهمين من قبيلة واحدة.")
    assert [q.content.text for q in qs] == ["المتهمين من قبيلة واحدة"]
    assert qs[0].speaker == "ولاية الشمال"


# -- roles ---------------------------------------------------------------------------------
def test_spokesman_named_again_with_a_synonymous_role_takes_the_name(pipe: Pipeline) -> None:
    text = ("وأعلنت الحكومة على لسان الناطق باسم وزارة الزراعة سامي فؤاد الخطيب خطة جديدة للري.\n"
            "وقال المتحدث إن الخطة تبدأ الشهر المقبل.")
    assert one(pipe, text, "تبدأ الشهر").speaker == "سامي فؤاد الخطيب"


def test_another_role_is_not_taken_for_the_spokesman(pipe: Pipeline) -> None:
    text = ("وأعلنت الحكومة على لسان الناطق باسم وزارة الزراعة سامي فؤاد الخطيب خطة جديدة للري.\n"
            "وقال المدير إن الخطة تبدأ الشهر المقبل.")
    assert one(pipe, text, "تبدأ الشهر").speaker != "سامي فؤاد الخطيب"


def test_a_noun_with_a_possessive_pronoun_stays_in_the_title_chain(pipe: Pipeline) -> None:
    text = "وقالت الحكومة على لسان الناطق باسم وزارة خارجيتها سامي فؤاد الخطيب إن الحدود مفتوحة."
    qs = [q for q in quotes(pipe, text) if q.speaker and "خارجيتها" in q.speaker]
    assert not qs and any(q.speaker == "سامي فؤاد الخطيب" for q in quotes(pipe, text))
    assert one(pipe, "وقال المدرب حسن شحاته إن الفريق جاهز.", "الفريق جاهز").speaker == "حسن شحاته"


# -- content boundaries --------------------------------------------------------------------
def test_a_quotation_after_a_colon_is_whole_though_the_sentence_runs_on(pipe: Pipeline) -> None:
    text = "وهو كريم في أحواله، قال الشاعر سالم علي:» الكرم من أشرف الصفات لأنه يجمع القلوب»، حريص على الخير."
    q = one(pipe, text, "الكرم من أشرف")
    assert q.type == "direct" and q.content.text == "الكرم من أشرف الصفات لأنه يجمع القلوب"


def test_a_quoted_word_before_a_comma_without_a_colon_is_not_direct(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير سالم علي إن الخطة «ناجحة جدا»، وإن العمل مستمر في المدن.", "الخطة")
    assert q.type != "direct"


def test_an_after_before_or_without_is_no_reported_clause(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير سالم علي بعد أن التقى الوفد إن الاتفاق قريب.", "الاتفاق")
    assert q.content.text == "الاتفاق قريب"
    assert not quotes(pipe, "وذكر الوزير سالم علي الأمر من غير أن يعلم به أحد.")


def test_ila_an_after_a_cue_still_opens_the_content(pipe: Pipeline) -> None:
    assert one(pipe, "وأشار الوزير سالم علي إلى أن الاتفاق قريب.", "الاتفاق").content.text == "الاتفاق قريب"


def test_officeholder_titles_head_a_long_title_chain(pipe: Pipeline) -> None:
    text = ("وأشار وكيل وزارة الزراعة لشؤون الثروة الحيوانية المهندس سالم بن محمد الخطيب "
            "في تصريح له اليوم إلى قيام الوزارة بإعداد برنامج للتطعيم.")
    q = one(pipe, text, "قيام الوزارة")
    assert q.speaker == "سالم بن محمد الخطيب" and q.speaker_kind == "person"
    q = one(pipe, "وقال الشاعر خالد الخطيب إن القصيدة لم تكتمل.", "القصيدة")
    assert q.speaker == "خالد الخطيب" and q.speaker_kind == "person"


def test_a_given_name_that_is_also_a_place_after_a_persons_title_is_the_name(pipe: Pipeline) -> None:
    assert one(pipe, "وأشار المهندس سالم بن محمد الخطيب إلى قيام الوزارة بالعمل.", "قيام").speaker == \
        "سالم بن محمد الخطيب"
    q = one(pipe, "وقال الناطق الرسمي لشرطة تبوك الرائد خالد سعيد إن الطريق مغلق.", "الطريق مغلق")
    assert q.speaker == "خالد سعيد"
    q = one(pipe, "وقال والي أرزينجان سليمان قهرمان إن الطريق مغلق.", "الطريق مغلق")
    assert q.speaker == "سليمان قهرمان"


def test_what_was_said_after_a_relative_ma_is_no_statement(pipe: Pipeline) -> None:
    text = ("حاولت أن أغرد عن بعض الأفكار. لكنك بعد أن تتخذ مسافة زمنية ونفسية مما كتبت تجد أنك "
            "لم تكن تصنع سوى التسويق للأفكار، التي يجب أن تكون موسعة في مكان آخر.")
    assert not quotes(pipe, text)
    assert not [q for q in quotes(pipe, "واختلف الحضور حول ما قاله المدرب في المؤتمر.") if q.cue.text == "قاله"]


def test_while_and_as_before_a_cue_are_not_relative_ma(pipe: Pipeline) -> None:
    text = "ارتفعت الأسعار في السوق، فيما قال الوزير خالد سعيد إن الدعم مستمر."
    assert one(pipe, text, "الدعم مستمر").speaker == "خالد سعيد"
    text = "ارتفعت الأسعار في السوق، كما قال الوزير خالد سعيد إن الدعم مستمر."
    assert one(pipe, text, "الدعم مستمر").speaker == "خالد سعيد"


def test_a_name_holding_a_newspaper_word_is_an_outlet(pipe: Pipeline) -> None:
    q = one(pipe, 'وقرر النادي رفع عرضه بحسب ما ذكرت "ذي صنداي إكسبريس".', "رفع عرضه")
    assert q.speaker_kind == "outlet"


def test_a_person_described_by_a_newspaper_stays_a_person(pipe: Pipeline) -> None:
    text = 'وأعلنت منى إحسان محامية جيمس رضوان مراسل صحيفة «واشنطن بوست» أن الجلسة تعقد اليوم.'
    q = one(pipe, text, "الجلسة")
    assert q.speaker_kind == "person"
