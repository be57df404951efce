"""Quote-stage rule families added after the blind held-out-12 run (session 6): informing verbs
without a complementizer, negated announcements of a noun, quotations nested in a quotation, an
adverb before a verbal-noun cue, and a reversed opening mark left open. The sentences are made up
for these tests (no corpus text); each family has a positive and a negative case."""

from __future__ import annotations

import quote_helpers
from quote_helpers import (
    LEAD,
    one,
    quotes,
)

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


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


# -- «أوضح ذلك X»: the statement is what was just reported ----------------------------------------
def test_a_demonstrative_object_attributes_the_sentence_before(pipe: Pipeline) -> None:
    text = ("أقرت إدارة المرور أمس تشكيل لجنة لتحديد مسؤولية الحادث الذي وقع قرب المدينة. "
            "أوضح ذلك المشرف العام على الحملة سالم الحربي، مشيرا إلى أن اللجنة بدأت عملها.")
    q = one(pipe, text, "أقرت إدارة المرور")
    assert q.cue.text == "أوضح" and "سالم الحربي" in q.speaker
    assert q.content.text == "أقرت إدارة المرور أمس تشكيل لجنة لتحديد مسؤولية الحادث الذي وقع قرب المدينة"
    text = "وتم صرف البدل للموظفين بعد استكمال الترتيبات اللازمة مع الوزارة، أوضح ذلك مدير شؤون الموظفين سالم الحربي."
    q = one(pipe, text, "صرف البدل")
    assert q.content.text == "وتم صرف البدل للموظفين بعد استكمال الترتيبات اللازمة مع الوزارة"


def test_a_demonstrative_subject_or_a_statement_of_its_own_is_read_as_before(pipe: Pipeline) -> None:
    text = "انتهى الاجتماع مساء أمس في مقر الوزارة بالرياض. وأكد ذلك المصدر أن الاتفاق قريب."
    assert not [q for q in quotes(pipe, text) if "انتهى الاجتماع" in q.content.text]
    text = "انتهى الاجتماع مساء أمس في مقر الوزارة بالرياض. وأكد ذلك مصدر مطلع بقوله: إن الاتفاق قريب."
    assert not [q for q in quotes(pipe, text) if "انتهى الاجتماع" in q.content.text]
    text = "انتهى الاجتماع مساء أمس في مقر الوزارة بالرياض.\nأوضح ذلك المتحدث سالم الحربي."
    assert not [q for q in quotes(pipe, text) if "انتهى الاجتماع" in q.content.text]


# -- unmarked first-person speech right after «قال» -------------------------------------------
def test_first_person_speech_right_after_the_cue_is_direct(pipe: Pipeline) -> None:
    text = "وتحدث المدرب محمد الحربي عن المباراة. وقال نحن نعمل بجهد مضاعف للتغلب على النقص."
    q = one(pipe, text, "نحن نعمل")
    assert q.type == "direct" and q.content.text == "نحن نعمل بجهد مضاعف للتغلب على النقص"
    assert "محمد الحربي" in q.speaker
    text = "وتحدث المدرب محمد الحربي عن المباراة، وقال لم نتلق أي عرض حتى الآن."
    assert one(pipe, text, "لم نتلق").content.text == "لم نتلق أي عرض حتى الآن"


def test_a_complementizer_with_a_first_person_pronoun_stays_indirect(pipe: Pipeline) -> None:
    text = "وتحدث المدرب محمد الحربي عن المباراة. وقال إننا نعمل بجهد مضاعف."
    q = one(pipe, text, "نعمل بجهد")
    assert q.type == "indirect" and q.content.text == "إننا نعمل بجهد مضاعف"
    assert not quotes(pipe, "وقال نادر الحربي الكلمة في الحفل.")


# -- a phrase head that needs its second word ----------------------------------------------------
def test_as_they_put_it_between_dashes_does_not_cut_the_content(pipe: Pipeline) -> None:
    text = "وقال الأهالي إن الجامعة رفضت بناتهم - على حد قولهم - بدعوى انخفاض المعدلات."
    q = one(pipe, text, "رفضت بناتهم")
    assert q.content.text == "الجامعة رفضت بناتهم - على حد قولهم - بدعوى انخفاض المعدلات"


def test_ala_lisan_still_names_a_source(pipe: Pipeline) -> None:
    text = "وقال المدير إن العمل مستمر - على لسان مساعده - في كل الفروع."
    assert one(pipe, text, "العمل مستمر").content.text == "العمل مستمر"


# -- the group a quantity is taken from -------------------------------------------------------
def test_the_group_after_a_quantity_is_the_subject_an_implicit_cue_takes_up(pipe: Pipeline) -> None:
    q = one(pipe, "شكا عدد من الخبراء من تأخر المشروع، وقالوا إن الأعمال متوقفة.", "الأعمال متوقفة")
    assert q.speaker == "الخبراء" and q.speaker_kind == "group"


def test_a_quantity_of_things_is_no_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وتحدث الوزير سالم الحربي عن الخطة. وتأخر عدد من المشاريع، وقال إن الأعمال متوقفة.", "الأعمال متوقفة")
    assert q.speaker is None or "الحربي" in q.speaker


# -- a «و» cue with its complementizer after an unknown name -------------------------------------
def test_a_wa_cue_with_a_complementizer_after_a_name_starts_a_new_statement(pipe: Pipeline) -> None:
    text = "وأكد سالم الحربي أن اللجنة تشكلت برئاسة خالد وبين المطيري أن مهام اللجنة تتمثل في النظر في الطعون."
    assert one(pipe, text, "اللجنة تشكلت").content.text == "اللجنة تشكلت برئاسة خالد"
    assert one(pipe, text, "مهام اللجنة").content.text == "مهام اللجنة تتمثل في النظر في الطعون"


def test_a_relayed_noun_inside_a_clause_does_not_cut_it(pipe: Pipeline) -> None:
    text = "وأكد سالم الحربي أن على المجالس ونقل هموم المواطن أن يكون لها دور مؤثر."
    q = one(pipe, text, "المجالس")
    assert q.content.text.endswith("أن يكون لها دور مؤثر")


def test_a_prayer_to_the_lord_is_no_call(pipe: Pipeline) -> None:
    assert not quotes(pipe, "وقدم المدير التعازي داعيا المولى عز وجل أن يتغمد الشهداء بواسع رحمته.")
    q = one(pipe, "ودعا المدير الموظفين إلى الالتزام بالتعليمات.", "الالتزام")
    assert q.content.text == "الالتزام بالتعليمات"


# -- SPA's «//» used as quote marks -------------------------------------------------------------
def test_slashes_after_a_say_cue_are_quote_marks(pipe: Pipeline) -> None:
    text = "وأوضح مدير المستشفى سالم الحربي أن العملية نجحت.\nوقال // إن هذا النجاح يأتي ضمن خطة الإدارة // .\n // انتهى //"
    q = one(pipe, text, "هذا النجاح")
    assert q.type == "direct" and q.content.text == "إن هذا النجاح يأتي ضمن خطة الإدارة"
    assert q.content.start == text.index("إن هذا") + len(LEAD)  # offsets in the original text
    assert "سالم الحربي" in q.speaker


def test_the_wire_footer_and_unpaired_slashes_are_no_quotation(pipe: Pipeline) -> None:
    assert not quotes(pipe, "وافتتح المدير المعرض مساء أمس.\n // انتهى //")
    assert not quotes(pipe, "وقال // ثم انصرف.")


# -- an unknown name before a title in apposition -------------------------------------------------
def test_an_unknown_name_before_a_title_is_the_subject_an_implicit_cue_takes_up(pipe: Pipeline) -> None:
    text = ("وقال المتحدث باسم الحزب كيم سانغ إن الحوار مستمر. "
            "ووبخت يو إيون-هي المتحدثة باسم حزب المعارضة الحكومة بسبب موقفها، وأضافت \"من المؤسف للغاية ألا تعتذر الحكومة\".")
    assert one(pipe, text, "من المؤسف").speaker == "يو إيون-هي"


def test_an_unknown_word_without_a_title_is_still_too_weak(pipe: Pipeline) -> None:
    text = ("وقال المتحدث باسم الحزب كيم سانغ إن الحوار مستمر. "
            "وزارت يو إيون المدينة بسبب موقفها، وأضافت \"من المؤسف للغاية ألا تعتذر الحكومة\".")
    assert one(pipe, text, "من المؤسف").speaker != "يو إيون"


# -- «وهناك من يقول إن …»: some people, unnamed --------------------------------------------------
def test_someone_after_there_is_is_an_anonymous_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وهناك من يقول إن بعض الأعضاء تعالوا على المواطن.", "تعالوا")
    assert q.speaker == "من" and q.speaker_kind == "anonymous" and q.content.text == "بعض الأعضاء تعالوا على المواطن"
    q = one(pipe, "وثمة من يرى أن الحل قريب.", "الحل قريب")
    assert q.speaker_kind == "anonymous" and q.hedged


def test_whoever_says_is_still_no_statement(pipe: Pipeline) -> None:
    assert not quotes(pipe, "ومن يقول إن الأمر سهل فهو مخطئ.")
    assert not [q for q in quotes(pipe, "وأشار المدير إلى من يقول إن الأمر سهل.") if q.speaker_kind == "anonymous"]


def test_parents_as_a_group_are_the_speaker(pipe: Pipeline) -> None:
    """«أولياء أمور» heads a group speaker like «أهالي» (lexicon: speaker_nouns.tsv)."""
    q = one(pipe, "وقال أولياء أمور الطلاب إن المدارس تأخرت في تسليم الكتب.", "المدارس تأخرت")
    assert q.speaker == "أولياء أمور الطلاب" and q.speaker_kind == "group"


def test_a_citing_participle_after_a_comma_ends_the_content(pipe: Pipeline) -> None:
    """«، مستشهدا بـ…» starts the author's clause, like «، مستنكرا» (words.tsv clause_participle)."""
    q = one(pipe, "وقال الوزير إن الاقتصاد يتحسن، مستشهدا بأرقام البنك المركزي.", "الاقتصاد يتحسن")
    assert q.content.text == "الاقتصاد يتحسن"


def test_a_bare_organisation_name_speaks_as_an_organisation() -> None:
    """«وقال داعش …»: a one-name speaker the entity stage tags ORG is an organisation, while a
    person's name (also without a title) stays a person."""
    from khabar import analyze

    def kinds(text: str) -> list[tuple[str | None, str | None]]:
        return [(q.speaker, q.speaker_kind) for q in analyze(text).quotes]

    assert kinds("وقال داعش في بيان إن مقاتليه سيطروا على المدينة.") == [("داعش", "organization")]
    assert kinds("وقالت حماس إن الاحتلال يتحمل المسؤولية.") == [("حماس", "organization")]
    assert kinds("وقال محمد بن سلمان إن المملكة قوية.") == [("محمد بن سلمان", "person")]
