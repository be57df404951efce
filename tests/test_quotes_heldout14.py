"""Quote-stage rule families added after the blind held-out-14 run (session 7): «كبير» + a
definite plural as a title, a negator before the verb whose subject a coordinated cue takes,
«عند سؤاله» and other «عند» phrases out of a speaker, a bare role named in apposition to the last
speaker (not an honorific with a name), «فان/فون» inside a European name the entity stage cut, a
participle with its own named subject («، مؤكدا المهندس X أن»), «بقوله «…»» as a quotation of its own,
more time adverbs (الفائت، المنصرم), participles of thanks and praise ending a content, the passive
«تم/يتم» + verbal noun as no cue, and a quotation closed before «، في إشارة إلى …». The sentences
are made up for these tests (no corpus text); each family has a positive and a negative case."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- «كبير المفاوضين» ----------------------------------------------------------------------
def test_chief_of_a_body_of_people_is_a_title(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد كبير المفاوضين بوزارة الخارجية محمد العلي أن الجولة المقبلة ستعقد في جنيف.", "الجولة")
    assert q.speaker == "محمد العلي"
    assert q.source.text == "كبير المفاوضين بوزارة الخارجية محمد العلي"
    q = one(pipe, "وقالت كبيرة المستشارين سارة خالد إن الخطة جاهزة.", "الخطة")
    assert q.speaker == "سارة خالد"


def test_kabir_after_a_noun_stays_an_adjective(pipe: Pipeline) -> None:
    q = one(pipe, "وقال مسؤول كبير في الوزارة إن الاتفاق قريب.", "الاتفاق")
    assert q.source.text == "مسؤول كبير في الوزارة" and q.speaker_kind == "anonymous"
    # «جهودا كبيرة يبذلها حرس الحدود»: no title, so no speaker «كبيرة يبذلها …»
    text = "وأكد الأهالي أن هناك جهودا كبيرة يبذلها حرس الحدود في البحث. وذكروا أن القارب فقد مساء الأربعاء."
    assert one(pipe, text, "القارب").speaker != "يبذلها حرس الحدود"


# -- a negator before the verb; «عند سؤاله» ------------------------------------------------
def test_a_coordinated_cue_after_a_negated_verb_takes_its_subject(pipe: Pipeline) -> None:
    text = "ولم يتردد المدرب عند سؤاله عن مستقبل الفريق وأجاب: «نحن جاهزون للموسم»."
    q = one(pipe, text, "جاهزون")
    assert q.speaker == "المدرب" and q.source.text == "المدرب"


def test_an_inda_phrase_is_no_part_of_the_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير عند وصوله إلى المطار إن الزيارة ناجحة.", "الزيارة")
    assert q.source.text == "الوزير"


# -- a bare role in apposition to the last speaker -----------------------------------------
def test_a_bare_role_takes_the_last_speaker_named_with_that_role(pipe: Pipeline) -> None:
    text = ("أعلن كارلو أنشيلوتي مدرب النادي الإيطالي أنه باق في منصبه. "
            "وقال المدرب البرتغالي بعد المباراة إن الفريق قدم أداء جيدا.")
    assert one(pipe, text, "أداء جيدا").speaker == "كارلو أنشيلوتي"


def test_a_bare_role_the_last_speaker_did_not_hold_stays_bare(pipe: Pipeline) -> None:
    text = ("أعلن كارلو أنشيلوتي رئيس النادي الإيطالي أنه باق في منصبه. "
            "وقال المدرب البرتغالي بعد المباراة إن الفريق قدم أداء جيدا.")
    assert one(pipe, text, "أداء جيدا").speaker != "كارلو أنشيلوتي"


# -- «فان/فون» in a European name ----------------------------------------------------------
def test_van_inside_a_name_the_entity_stage_cut(pipe: Pipeline) -> None:
    ent = Pipeline(stages=["text", "entities", "quotes"])
    q = one(ent, "وقال لويس فان جال مدرب الفريق إن الحارس باق في الفريق.", "الحارس")
    assert q.speaker == "لويس فان جال" and q.source.text == "لويس فان جال مدرب الفريق"


def test_fan_as_fa_inna_after_a_clause_stays_in_the_content(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير إن المشروع مهم فان الحكومة تدعمه.", "المشروع")
    assert q.content.text.endswith("تدعمه")


# -- a participle with its own named subject; «بقوله «…»» ----------------------------------
def test_a_participle_with_a_named_subject_before_a_complementizer(pipe: Pipeline) -> None:
    text = "وقال المسؤول إن الطريق مغلق، مؤكدا المهندس محمد العلي أن الأعمال ستنتهي قريبا."
    q = one(pipe, text, "الأعمال")
    assert q.speaker == "محمد العلي" and q.source.text == "المهندس محمد العلي"


def test_a_participle_before_a_non_name_stays_implicit(pipe: Pipeline) -> None:
    text = "وقال المسؤول إن الطريق مغلق، مستغربا كيف يمكن أن يحدث ذلك."
    assert all(q.speaker != "كيف يمكن" for q in quotes(pipe, text))
    # a directive's object is its recipient, not its subject
    q = one(pipe, "وقال المسؤول إن الطريق مغلق، مطالبا المهندس محمد العلي بأن يسرع الأعمال.", "يسرع")
    assert q.speaker == "المسؤول"


def test_biqawlihi_with_a_quotation_starts_its_own_quote(pipe: Pipeline) -> None:
    text = "وأوضح اللاعب أنه لم يقرر بعد بقوله «لم أحسم مستقبلي حتى الآن»."
    first = one(pipe, text, "لم يقرر")
    assert first.content.text == "أنه لم يقرر بعد"
    second = one(pipe, text, "أحسم")
    assert second.type == "direct" and second.cue.text == "بقوله" and second.speaker == "اللاعب"


def test_biqawlihi_with_a_complementizer_is_no_cut(pipe: Pipeline) -> None:
    # «بقوله إن» with no quotation mark is not cut out of the statement before it
    q = one(pipe, "وأوضح اللاعب أنه لم يقرر بعد بقوله إن الأمر صعب.", "لم يقرر")
    assert "الأمر صعب" in q.content.text


# -- an honorific with a name is no bare role ----------------------------------------------
def test_an_honorific_before_a_name_is_no_role_of_the_last_speaker(pipe: Pipeline) -> None:
    text = ("وقال السيد جونسون مدير الشركة إن الأرباح ارتفعت. "
            "وقال السيد بيترز إن العمال يحتاجون إلى التدريب.")
    assert one(pipe, text, "التدريب").speaker != "جونسون"


# -- time adverbs, participles of thanks and praise ----------------------------------------
def test_last_week_with_faait_is_a_time_adverb(pipe: Pipeline) -> None:
    q = one(pipe, "وأعلنت الحكومة الأسبوع الفائت أنها ستخفض الضرائب.", "الضرائب")
    assert q.source.text == "الحكومة"


def test_a_participle_of_thanks_or_praise_ends_the_content(pipe: Pipeline) -> None:
    q = one(pipe, "وقالت الشركة إن الأرباح ارتفعت، مقدمة الشكر لعملائها على ثقتهم.", "الأرباح")
    assert q.content.text == "الأرباح ارتفعت"
    q = one(pipe, "وأوضح المدير أن المشروع اكتمل، مشيدا بجهود العاملين فيه.", "المشروع")
    assert q.content.text == "المشروع اكتمل"
    # a participle of saying still starts its own statement
    assert len(quotes(pipe, "وأوضح المدير أن المشروع اكتمل، مؤكدا أن الافتتاح قريب.")) == 2


# -- the passive «تم» + verbal noun --------------------------------------------------------
def test_a_verbal_noun_after_tamma_is_no_cue(pipe: Pipeline) -> None:
    q = one(pipe, "ونقلت وكالة الأنباء أن امرأة حامل تم نقلها إلى المستشفى بعدما أغمي عليها.", "امرأة")
    assert q.content.text.endswith("أغمي عليها")


def test_a_relay_verb_without_tamma_is_still_a_cue(pipe: Pipeline) -> None:
    q = one(pipe, "ونقلت وكالة الأنباء أن الطريق أغلق بسبب الحادث.", "الطريق")
    assert q.speaker_kind == "outlet"


# -- a quotation closed before the author's gloss ------------------------------------------
def test_a_quotation_before_a_comma_and_a_gloss_is_whole(pipe: Pipeline) -> None:
    text = "وتابع المدرب الأرجنتيني «لا يمكنني القبول بوضع غير مستقر»، في إشارة إلى محاولة الإدارة تغيير العقد."
    q = one(pipe, text, "لا يمكنني")
    assert q.content.text == "لا يمكنني القبول بوضع غير مستقر" and q.type == "direct"


def test_a_quotation_the_author_goes_on_from_without_a_comma_is_not_whole(pipe: Pipeline) -> None:
    text = "وتابع المدرب الأرجنتيني «لا يمكنني القبول بوضع غير مستقر» في إشارة إلى محاولة الإدارة تغيير العقد."
    q = one(pipe, text, "لا يمكنني")
    assert q.content.text != "لا يمكنني القبول بوضع غير مستقر"


def test_another_relational_adjective_after_the_same_head_is_another_office(pipe: Pipeline) -> None:
    text = ("وأبان المدير الطبي للعيادات الدكتور سامي العلي أن الوحدة تعمل بكامل طاقتها. "
            "وبيّن المدير الإقليمي للحملة أن البرنامج يخدم شريحة واسعة.")
    assert one(pipe, text, "البرنامج").speaker != "سامي العلي"
    text = ("وأبان المدير الطبي للعيادات الدكتور سامي العلي أن الوحدة تعمل بكامل طاقتها. "
            "وبيّن المدير الطبي أن البرنامج يخدم شريحة واسعة.")
    assert one(pipe, text, "البرنامج").speaker == "سامي العلي"


# -- a ball game in a club's or federation's name ------------------------------------------
def test_a_ball_game_after_a_club_is_part_of_its_name(pipe: Pipeline) -> None:
    q = one(pipe, "أعلن نادي الهلال السعودي لكرة القدم أمس عن تعاقده مع المهاجم البرازيلي.", "تعاقده")
    assert q.source.text == "نادي الهلال السعودي لكرة القدم" and q.content.text.startswith("تعاقده")


def test_a_ball_game_after_a_person_is_no_name(pipe: Pipeline) -> None:
    q = one(pipe, "وأعلن المدرب انضمامه لكرة القدم الشاطئية.", "انضمامه")
    assert q.source.text == "المدرب" and q.content.text.endswith("الشاطئية")
