"""Quote-stage rule families of session 14 (after the blind held-out-21 run and the session-13
notes): «ما وصفها X "بـ…"» (a characterisation after the relative «ما» is X's statement); the
speaker a relative clause hangs on («X الذي أوضح أن»، «لكن X، الذي …، حذر»، «أن NP التي …، تقول
إن»); «موضحًا فيها + noun» (what a document or list holds, no statement); the nested «تشير
المعلومات» inside a quotation; the given-name class (the curated given names a place list or a
common word hid: «سالم»، «صالح»، «أحمد») and the women's given names without ة; written
communications as channels («في تعميم»); provisions of a law and pictures state nothing
(«بينت المادة التاسعة أن»، «وأوضحت صور …»). The sentences are made up for these tests (no corpus
text); each family has positive and negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.extract.quotes import names as quote_names
from khabar.pipeline import Pipeline
from khabar.text.normalize import match_form

pipe = quote_helpers.quotes_pipe


# -- «ما وصفها X بـ…» ------------------------------------------------------------------------------
def test_what_x_described_in_quote_marks_is_a_direct_quote_of_x(pipe: Pipeline) -> None:
    text = 'وصدر الحكم بسجنه خمس سنوات بسبب ما وصفها التلفزيون الحكومي "بقضايا ضد الأمن".'
    q = one(pipe, text, "بقضايا ضد الأمن")
    assert q.content.text == "بقضايا ضد الأمن" and q.type == "direct"
    assert q.speaker == "التلفزيون الحكومي" and q.cue.text == "وصفها"


def test_what_x_described_without_marks_is_the_evaluation(pipe: Pipeline) -> None:
    q = one(pipe, "وهو ما وصفها الوزير بالفضيحة الكبرى.", "بالفضيحة")
    assert q.content.text == "بالفضيحة الكبرى" and q.speaker == "الوزير"


def test_a_description_without_an_evaluation_is_no_quote(pipe: Pipeline) -> None:
    assert not quotes(pipe, "ووقعت الحادثة كما وصفها الشهود.")
    assert not quotes(pipe, "وهي تشبه ما وصفها الكاتب في روايته.")


# -- the speaker a relative clause hangs on --------------------------------------------------------
def test_the_named_person_before_the_relative_speaks(pipe: Pipeline) -> None:
    text = ("ورأس الاجتماع رئيس وفد البريد السعودي صالح بن حسن الضعيان الذي أوضح أن الاجتماع ناقش "
            "عددا من البنود، مبينا أن عدد المتقدمين بلغ 12 عطاء.")
    assert one(pipe, text, "الاجتماع ناقش").speaker == "صالح بن حسن الضعيان"
    assert one(pipe, text, "عدد المتقدمين").speaker == "صالح بن حسن الضعيان"


def test_a_subject_with_a_relative_clause_and_a_comma_speaks(pipe: Pipeline) -> None:
    text = "لكن تسيبراس، الذي ما زال يملك شعبية كبيرة لدى اليونانيين، حذر المعارضين من تنظيم انتخابات مبكرة."
    assert one(pipe, text, "تنظيم انتخابات").speaker == "تسيبراس"
    text = ("ويشار إلى أن الحكومة العسكرية الحالية التي وصلت إلى السلطة في انقلاب، تقول إن هناك أخطاء "
            "عديدة في السياسة.")
    assert one(pipe, text, "أخطاء عديدة").speaker == "الحكومة العسكرية الحالية"


def test_a_spokesman_after_a_phrase_is_the_relative_head(pipe: Pipeline) -> None:
    text = ("واشتكى الناس من تعطل الماكينات وفقا لما يقوله متحدث باسم الشرطة الذي قال إن هذا تسبب "
            "في تأخير المكالمات.")
    assert one(pipe, text, "تأخير المكالمات").speaker == "متحدث باسم الشرطة"


def test_no_speaker_from_a_thing_a_prepositional_phrase_or_a_passive(pipe: Pipeline) -> None:
    assert not quotes(pipe, "وهذا الأمر الذي يتوقع أن يحدث قريبا.")
    text = "وخفض الإنفاق الضخم علي دعم الطاقة الذي يتوقع أن يصل إلى 70 مليار دولار."
    assert all("علي" not in (q.speaker or "") for q in quotes(pipe, text))
    q = one(pipe, "والتقى الوزير بالسفير الذي أكد أن العلاقات قوية.", "العلاقات قوية")
    assert q.speaker != "الوزير بالسفير"


def test_a_subject_after_the_cue_is_kept(pipe: Pipeline) -> None:
    assert one(pipe, "وحضر المؤتمر الذي أعلن فيه الوزير أن الخطة جاهزة.", "الخطة جاهزة").speaker == "الوزير"
    assert one(pipe, "وانتقد القرار الذي أكد الوزير أنه نهائي.", "نهائي").speaker == "الوزير"


def test_the_relative_must_agree_with_the_cue(pipe: Pipeline) -> None:
    text = "ورحب الحزب بالقرار الذين يعتبرون أن الاتفاق سيزيد من التقشف."
    assert all(q.speaker != "الحزب" for q in quotes(pipe, text))


# -- «موضحًا فيها + noun» --------------------------------------------------------------------------
def test_what_a_list_shows_is_no_statement(pipe: Pipeline) -> None:
    text = "وأوضح الوزير أن الوزارة ستعلن لاحقا أسماء المرشحات، موضحا فيها تفاصيل المعدل والنسب."
    got = quotes(pipe, text)
    assert len(got) == 1 and got[0].content.text.endswith("تفاصيل المعدل والنسب")
    assert not quotes(pipe, "وأصدرت الوزارة بيانا، موضحة فيه أسباب القرار.")


def test_a_participle_with_in_it_and_a_clause_still_states(pipe: Pipeline) -> None:
    q = one(pipe, "وأصدرت الوزارة بيانا، موضحة فيه أن الخطة جاهزة.", "الخطة جاهزة")
    assert q.speaker == "الوزارة"
    text = "وأشار الوزير إلى أن الخطة جاهزة، مبينا أن التنفيذ يبدأ غدا."
    assert len(quotes(pipe, text)) == 2


# -- the nested «تشير المعلومات» -------------------------------------------------------------------
def test_information_nested_in_a_quotation_is_relayed_by_its_speaker(pipe: Pipeline) -> None:
    text = ("واضاف المسؤول «ان الارهابيين استخدموا الكلور فيما تشير المعلومات إلى ان المصادر "
            "الرئيسية هي الصيدليات ونحن نتحرى مصادره».")
    q = next(q for q in quotes(pipe, text) if q.cue.text == "تشير")
    assert q.content.text.startswith("المصادر الرئيسية")
    assert q.speaker == "المعلومات" and q.speaker_kind == "document"
    assert [v.name for v in q.via] == ["المسؤول"]
    outer = one(pipe, text, "الارهابيين استخدموا")
    assert outer.speaker == "المسؤول"


def test_other_nouns_nested_in_a_quotation_say_nothing(pipe: Pipeline) -> None:
    text = "وقال المسؤول: «نحن ننتظر النتائج فيما تشير الأمور إلى أن العدد أكبر»."
    assert [q.speaker for q in quotes(pipe, text)] == ["المسؤول"]


# -- given names ---------------------------------------------------------------------------------
def test_common_word_and_place_colliding_given_names_are_given_names() -> None:
    names = quote_names.given_names()
    for word in ("سالم", "صالح", "أحمد", "وليد", "قاسم", "رياض"):
        assert match_form(word) in names, word
    for word in ("وسيلة", "عون", "تسنيم", "الشيخ"):  # common words no person list holds, an agency, a title
        assert match_form(word) not in names, word


def test_a_given_name_ends_the_title_chain_before_a_bi_object(pipe: Pipeline) -> None:
    q = one(pipe, "أشاد الوزير سالم العلي بالأجواء. وقال إن الفريق جاهز للموسم.", "الفريق جاهز")
    assert q.speaker == "سالم العلي"
    q = one(pipe, "وأكد رئيس البلدية صالح الغامدي أن المشروع اكتمل.", "المشروع اكتمل")
    assert q.speaker == "صالح الغامدي"


def test_womens_given_names_without_ta_marbuta_are_feminine() -> None:
    women = quote_names.feminine_given()
    for word in ("هند", "زينب", "سعاد"):
        assert match_form(word) in women, word
    for word in ("نور", "محمد", "سالم"):  # «نور الدين» names men; the others are men's names
        assert match_form(word) not in women, word


# -- written communications as channels -----------------------------------------------------------
def test_a_circular_is_the_channel_not_part_of_the_speaker(pipe: Pipeline) -> None:
    text = "كما أكد معاليه في تعميم للجان المحلية للانتخابات, على ضرورة الالتزام بما ورد في اللائحة."
    q = one(pipe, text, "ضرورة الالتزام")
    assert q.content.text == "ضرورة الالتزام بما ورد في اللائحة"
    q = one(pipe, "وقال الرئيس في خطاب ألقاه أمس إن البلاد تمر بمرحلة صعبة.", "البلاد تمر")
    assert q.speaker == "الرئيس"


def test_a_channel_word_as_a_subject_is_not_dropped(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد خطاب الوزير أن المرحلة المقبلة صعبة.", "المرحلة المقبلة")
    assert q.content.text == "المرحلة المقبلة صعبة"


# -- subjects that state nothing: provisions and pictures -----------------------------------------
def test_a_provision_or_a_picture_is_no_speaker(pipe: Pipeline) -> None:
    assert not quotes(pipe, "كما بينت المادة التاسعة أن اللجنة المحلية تراجع طلبات التراخيص.")
    assert not quotes(pipe, "وأوضحت صور لوسائل الإعلام، تلوث مياه النهر قرب المدينة.")


def test_a_name_or_a_modifier_like_them_still_speaks(pipe: Pipeline) -> None:
    text = "وقال المسؤول الصحي في عدن الخضر لصور إن المدنيين قتلوا. وذكر لصور أن 19 شخصا قتلوا."
    assert one(pipe, text, "19 شخصا").speaker is not None
    q = one(pipe, "وأكد مدير المواد الغذائية أن الأسعار مستقرة.", "الأسعار مستقرة")
    assert q.speaker == "مدير المواد الغذائية"


# -- time prepositions end the speaker's name -----------------------------------------------------
def test_a_time_preposition_after_a_bare_name_is_no_part_of_it(pipe: Pipeline) -> None:
    text = "وقال ستاثاكيس قبيل بدء المفاوضات السبت، إن المحادثات أصبحت في المرحلة النهائية."
    assert one(pipe, text, "المحادثات أصبحت").speaker == "ستاثاكيس"
    q = one(pipe, "وأكد الوزير فور وصوله إلى المطار أن الخطة جاهزة.", "الخطة جاهزة")
    assert q.speaker == "الوزير" and q.content.text == "الخطة جاهزة"


# -- a verbal noun is no verb for an implicit speaker ----------------------------------------------
def test_an_honorific_after_a_verbal_noun_does_not_go_on(pipe: Pipeline) -> None:
    text = ("نقل المدير الفريق عثمان المحرج للمصابين تحيات سمو ولي العهد وتأكيد سموه بأن هذه المواقف "
            "تزيد رجال الأمن صلابة، وقال: إن الزيارة تأتي تنفيذا للتوجيهات.")
    q = one(pipe, text, "الزيارة تأتي")
    assert q.speaker is not None and "سموه" not in q.speaker and "المحرج" in q.speaker


def test_the_verb_before_still_gives_its_subject(pipe: Pipeline) -> None:
    q = one(pipe, "وحيت الحكومة المواطنين على صبرهم، وأكدت أن الخطة جاهزة.", "الخطة جاهزة")
    assert q.speaker == "الحكومة"
