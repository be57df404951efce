"""Quote-stage rule families added after the blind held-out-16 run (session 9): a title chain that
runs over «في + a unit noun» to the rank and name after it («قائد حرس الحدود في قطاع X بمنطقة Y
العقيد NAME»), «أوضح ذلك X» opening the paragraph after the article's lead, phrases with a noun of
saying and a relative as the source («بحسب زعم ابن المتوفى»، «وفقا لدعوى …»، «وبحسب حديث X في لقائه …
فإنه …»), plural statistics and studies as documents, an issuing body in construct after «الصادرة عن»,
«أيضا» after an opening phrase's source, «إمارة/فرع» as bodies in a title chain, a demonstrative subject
(«كل هذا أكد أن») that makes no statement, «أخبر» (tell) like «أبلغ», a royal namesake of a body in
the speaker's apposition («NAME المتحدث باسم مركز الملك سلمان») that does not replace him, and a describe
participle's definite or demonstrative object («واصفا هذه المحاولات بالبائسة»). The sentences
are made up for these tests (no corpus text); each family has a positive and a negative case."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- a unit of a body between a title and the rank and name --------------------------------
def test_a_title_chain_runs_over_a_unit_to_the_rank_and_name(pipe: Pipeline) -> None:
    text = "أكد قائد حرس الحدود في قطاع الشمال بمنطقة تبوك العقيد سالم بن علي العنزي، أن الأوضاع مستقرة."
    q = one(pipe, text, "الأوضاع")
    assert q.speaker == "سالم بن علي العنزي"
    assert q.source.text == "قائد حرس الحدود في قطاع الشمال بمنطقة تبوك العقيد سالم بن علي العنزي"
    q = one(pipe, "أوضح مدير مكتب العمل في فرع حائل المهندس فهد الشمري أن القرار نهائي.", "القرار")
    assert q.speaker == "فهد الشمري"


def test_a_channel_after_the_title_is_no_unit(pipe: Pipeline) -> None:
    q = one(pipe, "قال وزير المالية في مؤتمر صحفي مع المهندس فهد الشمري إن الميزانية جاهزة.", "الميزانية")
    assert "مؤتمر" not in q.source.text and q.speaker != "فهد الشمري"


# -- «أوضح ذلك X» opening the paragraph after the article's lead -----------------------------
_LEAD = "اعتمدت وزارة النقل خطة جديدة لصيانة الطرق السريعة بين المدن خلال الأشهر المقبلة.\n"
_EXPLAINED = "أوضح ذلك المتحدث الرسمي لوزارة النقل الدكتور ماجد الحربي، مشيراً إلى أن الخطة تشمل ألف كيلومتر."


def _found(pipe: Pipeline, text: str, fragment: str) -> list:
    return [q for q in pipe.analyze(text).quotes if fragment in q.content.text]  # no lead sentence added


def test_explained_that_opening_a_paragraph_takes_up_the_lead(pipe: Pipeline) -> None:
    [q] = _found(pipe, _LEAD + _EXPLAINED, "صيانة الطرق")
    assert q.cue.text == "أوضح" and q.speaker == "ماجد الحربي" and q.content.text.startswith("اعتمدت وزارة النقل")
    [q] = _found(pipe, _LEAD + _EXPLAINED, "ألف كيلومتر")
    assert q.speaker == "ماجد الحربي"


def test_explained_that_after_a_later_paragraph_takes_up_nothing(pipe: Pipeline) -> None:
    # the paragraph before is not the article's lead: no statement is taken up across the break
    assert _found(pipe, "بدأت الوزارة أعمالها في المدن الكبرى.\n" + _LEAD + _EXPLAINED, "صيانة الطرق") == []


def test_explained_that_after_a_heading_or_without_a_speaker_takes_up_nothing(pipe: Pipeline) -> None:
    text = ("خطة جديدة لصيانة الطرق\n"
            "أوضح ذلك المتحدث الرسمي لوزارة النقل الدكتور ماجد الحربي، مشيراً إلى أن الخطة تشمل ألف كيلومتر.")
    assert [q.content.text for q in quotes(pipe, text) if "صيانة" in q.content.text] == []
    text = ("قال التاجر إن الأسعار ارتفعت كثيرا في الأسواق المحلية خلال الأسبوع الماضي.\n"
            "وأرجع ذلك لعدة أسباب مختلفة، من بينها ارتفاع تكاليف النقل.")
    assert all(q.speaker != "لعدة أسباب مختلفة" for q in quotes(pipe, text))
    assert [q.cue.text for q in quotes(pipe, text)] == ["قال"]


# -- phrases with a noun of saying ---------------------------------------------------------
def test_a_noun_of_saying_makes_its_possessor_the_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وتضمنت الدعوى معاقبة البائع بحسب زعم ابن المتوفى، وهي تهم نفاها البائع.", "معاقبة")
    assert q.cue.text == "بحسب زعم" and q.speaker == "ابن المتوفى"
    q = one(pipe, "وفقا لدعوى ورثة التاجر، فإن الأرض بيعت بثمن بخس.", "الأرض")
    assert q.cue.text == "وفقا لدعوى"


def test_an_interview_after_the_source_is_read_over_to_fa_inna(pipe: Pipeline) -> None:
    text = ("وبحسب حديث ابن المتوفى في لقائه الذي نشرته الصحيفة الشهر الماضي فإنه توجه إلى مكتب الأحوال "
            "في جدة، زاعمًا أنه يشك في الأمر.")
    q = one(pipe, text, "توجه")
    assert q.content.text.startswith("فإنه توجه") and q.speaker == "ابن المتوفى"
    assert one(pipe, text, "يشك").speaker == "ابن المتوفى"


def test_a_relative_without_a_noun_of_saying_is_no_source(pipe: Pipeline) -> None:
    assert quotes(pipe, "وارتفعت قيمة الأرض بحسب ابن المتوفى في السوق.") == []


# -- statistics and the body that issued them ----------------------------------------------
def test_plural_statistics_and_studies_are_documents(pipe: Pipeline) -> None:
    q = one(pipe, "وتشير الإحصائيات إلى أن الحوادث تراجعت هذا العام.", "الحوادث")
    assert q.speaker_kind == "document"
    q = one(pipe, "إلا أن الدراسات تشير إلى أن الحوادث تراجعت هذا العام.", "الحوادث")
    assert q.speaker_kind == "document" and q.speaker == "الدراسات"


def test_the_issuing_body_in_construct_stays_in_the_mention(pipe: Pipeline) -> None:
    text = "وبحسب الإحصائيات الصادرة عن مؤسسة النقد العربي السعودي ارتفع حجم النقد إلى 31 مليار ريال."
    q = one(pipe, text, "حجم النقد")
    assert q.source.text == "الإحصائيات الصادرة عن مؤسسة النقد العربي السعودي"
    assert q.content.text.startswith("ارتفع")
    # a plain «عن» after a title is no issuer: the content starts at it
    q = one(pipe, "وتحدث المدير عن تطوير الخدمات في المستشفى.", "تطوير")
    assert q.source.text == "المدير"


def test_also_after_an_opening_phrase_source(pipe: Pipeline) -> None:
    q = one(pipe, "وبحسب بيانات «ساما» أيضا، ارتفع عرض النقد بنسبة 12 في المائة.", "عرض النقد")
    assert q.content.text.startswith("ارتفع") and q.speaker_kind == "document"
    q = one(pipe, "وبحسب بيانات «ساما»، ارتفع عرض النقد بنسبة 12 في المائة.", "عرض النقد")
    assert q.content.text.startswith("ارتفع")


# -- regional governorates and branches as bodies in a title chain -------------------------
def test_a_governorate_or_branch_in_the_chain_keeps_the_name_and_the_noun_object(pipe: Pipeline) -> None:
    text = "أكد مدير السياحة في إمارة منطقة الجوف خالد بن سعد بن فهد تجاوز زوار المنطقة مليون زائر."
    q = one(pipe, text, "تجاوز زوار")
    assert q.speaker == "خالد بن سعد بن فهد"
    q = one(pipe, "وقال مدير فرع الوزارة بالمنطقة الشرقية ماجد العمري إن الخدمة متاحة.", "الخدمة")
    assert q.speaker == "ماجد العمري"
    q = one(pipe, "وحذرت إمارة منطقة تبوك من شرائح الاتصال المجهولة.", "شرائح")
    assert q.speaker_kind == "organization"


# -- a demonstrative as the subject of a say verb ------------------------------------------
def test_a_demonstrative_subject_makes_no_statement_and_no_cut(pipe: Pipeline) -> None:
    text = "وأضاف الوزير: زادت أعداد الأعضاء ومشاركة المرأة كل هذا أكد أن هناك نية للتطوير."
    [q] = quotes(pipe, text)
    assert q.content.text.endswith("هناك نية للتطوير") and q.type == "direct"
    assert quotes(pipe, "وارتفعت الأسعار في الأسواق. وهذا يؤكد أن السوق متقلبة.") == []


def test_a_demonstrative_after_a_preposition_leaves_the_statement(pipe: Pipeline) -> None:
    q = one(pipe, "وبعد ذلك أكد الوزير أن الاتفاق قريب.", "الاتفاق")
    assert q.cue.text == "أكد" and q.speaker == "الوزير"


# -- «أخبر» (tell) like «أبلغ» ---------------------------------------------------------------
def test_tell_with_a_complementizer_is_a_statement(pipe: Pipeline) -> None:
    q = one(pipe, "وقد أخبرني مسؤولون في الوزارة أن الاتفاق قريب.", "الاتفاق")
    assert q.cue.text == "أخبرني" and q.speaker_kind == "anonymous"


def test_tell_without_a_clause_states_nothing(pipe: Pipeline) -> None:
    assert quotes(pipe, "وأخبرني صديق بالقصة كاملة بعد عودته.") == []


# -- a body named after a royal after the speaker's apposition ------------------------------
def test_a_royal_namesake_of_a_body_does_not_replace_the_speaker(pipe: Pipeline) -> None:
    text = "وأوضح سامي الحربي المتحدث باسم مركز الملك سلمان للإغاثة، أن المساعدات وصلت."
    assert one(pipe, text, "المساعدات").speaker == "سامي الحربي"
    assert one(pipe, "وقال خالد العلي مدير مستشفى الملك فهد، إن الحالات مستقرة.", "الحالات").speaker == "خالد العلي"


def test_a_person_after_the_last_title_is_still_the_speaker(pipe: Pipeline) -> None:
    text = "وقال خالد العلي رئيس قسم الجراحة الدكتور سعد الحربي إن الحالات مستقرة."
    assert one(pipe, text, "الحالات").speaker == "سعد الحربي"


# -- a describe participle with a definite or demonstrative object -------------------------
def test_a_describing_participle_takes_its_object_and_evaluation(pipe: Pipeline) -> None:
    text = "وأكد القائد أن المحاولات تفشل في كل مرة، واصفا هذه المحاولات بالبائسة."
    q = one(pipe, text, "بالبائسة")
    assert q.cue.text == "واصفا" and q.content.text == "هذه المحاولات بالبائسة" and q.speaker == "القائد"
    q = one(pipe, "وأكد القائد أن المحاولات فاشلة، واصفا المحاولات بالبائسة.", "بالبائسة")
    assert q.content.text == "المحاولات بالبائسة"


def test_a_describing_participle_without_an_evaluation_states_nothing(pipe: Pipeline) -> None:
    text = "وأكد القائد أن المحاولات فاشلة، واصفا هذه المحاولات في حديثه."
    assert [q.cue.text for q in quotes(pipe, text)] == ["وأكد"]
