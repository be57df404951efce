"""Quote-stage rule family of session 19b (q19b): a manner adverbial — «بـ» + an indefinite noun of tone
or manner (`words.tsv` tone) with its adjectives — between the speaker (or the cue) and the content says how
the words were spoken; it is neither part of the speaker's mention nor the start of the content
(«وأضاف الإمام بحزن شديد وبلغة عربية سليمة أنه …»، «وأشار بلهجة مليئة بالسخرية إلى أن …»، «ودافعت
هيلاري كلينتون بشدة عن …»: ANERcorp 723.. 1993, 3193, 3513). The sentences are made up for these tests (no
corpus text); positive and negative cases. Second family: an imperfect «يعتبر/تعتبر» with no clause, colon or
quote after it is the passive «is considered», no statement («وتعتبر إيطاليا إحدى الدول …»، «ويعتبر مسجد
هوبان من أفخم …»، «البنك الذي يعتبر المؤسسة الأولى»: news day 5 documents, ANERcorp 723.. 4)."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one, quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


# -- positives: the adverbial is neither speaker nor content ---------------------------------------
def test_a_manner_adverbial_after_the_speaker_is_not_his_name(pipe: Pipeline) -> None:
    q = one(pipe, "وأضاف الإمام بحزن شديد وبلغة عربية سليمة أنه يحاول منذ زمن جمع أبناء العشيرة.", "يحاول منذ زمن")
    assert q.speaker == "الإمام" and q.source.text == "الإمام"
    assert q.content.text.startswith("أنه يحاول")
    q = one(pipe, "وقال الوزير بصوت مرتفع إن الحكومة ستواصل عملها.", "ستواصل عملها")
    assert q.speaker == "الوزير" and q.source.text == "الوزير"


def test_a_bare_manner_noun_ends_the_mention(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد المتحدث بشدة أن الحكومة لن تتراجع عن قرارها.", "لن تتراجع")
    assert q.speaker == "المتحدث" and q.source.text == "المتحدث"


def test_a_manner_adverbial_right_after_the_cue_is_not_content(pipe: Pipeline) -> None:
    q = one(pipe, "وأشار بلهجة مليئة بالسخرية إلى أن الإعلام الأجنبي أنصف الحزب.", "الإعلام الأجنبي")
    assert q.content.text.startswith("الإعلام الأجنبي")
    assert "بلهجة" not in q.content.text


def test_a_mention_met_before_a_later_cue_loses_its_adverbial(pipe: Pipeline) -> None:
    # the subject of a non-reporting verb named first, the cue after it subjectless
    q = one(pipe, "ودافعت الوزيرة بشدة عن زوجها. وأكدت أن زوجها لم يخالف القانون.", "لم يخالف")
    assert q.speaker == "الوزيرة" and q.source.text == "الوزيرة"
    q = one(pipe, "ودافعت الوزيرة سعاد العلي بشدة عن زوجها. وأكدت أن زوجها لم يخالف القانون.", "لم يخالف")
    assert q.speaker == "سعاد العلي"  # (a title + name: right before as well)


def test_the_span_of_the_adverbial_is_left_out_by_offsets(pipe: Pipeline) -> None:
    text = "وأضاف الإمام بحزن شديد أنه يحاول منذ زمن جمع أبناء العشيرة."
    (q,) = quotes(pipe, text)
    assert "بحزن" not in q.source.text and "بحزن" not in q.content.text


# -- negatives: what is not a manner adverbial ---------------------------------------------------------
def test_hamas_is_no_manner_noun(pipe: Pipeline) -> None:
    q = one(pipe, "وقال قيادي بحماس إن الحركة سترد على الهجوم.", "سترد")
    assert q.source.text == "قيادي بحماس"


def test_a_force_stays_in_the_mention(pipe: Pipeline) -> None:
    q = one(pipe, "وقال قائد بقوة حفظ السلام إن الوضع هادئ.", "الوضع هادئ")
    assert "بقوة" in q.source.text


def test_a_tone_noun_in_construct_is_not_read_as_manner(pipe: Pipeline) -> None:
    # «بصوت العرب»: a noun in construct names something (here a radio), not how it was said
    q = one(pipe, "وقال المذيع بصوت العرب إن البرنامج سيعود.", "البرنامج سيعود")
    assert q.source.text == "المذيع بصوت العرب"


def test_a_manner_adverbial_inside_the_content_stays_there(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير إن الحكومة ترفض بشدة هذه الخطوة.", "ترفض")
    assert q.content.text == "الحكومة ترفض بشدة هذه الخطوة"
    assert q.speaker == "الوزير"


def test_no_quote_without_a_content_trigger(pipe: Pipeline) -> None:
    # a manner adverbial does not make a non-reporting sentence a quote
    assert not [q for q in quotes(pipe, "وغادر الوزير القاعة بحزن شديد بعد الاجتماع.") if "القاعة" in q.content.text]


# -- «يعتبر/تعتبر» + a noun phrase: is considered ----------------------------------------------------
def _cues(pipe: Pipeline, text: str) -> list[str]:
    return [q.cue.text for q in quotes(pipe, text)]


def test_an_imperfect_consider_with_a_noun_phrase_is_no_statement(pipe: Pipeline) -> None:
    assert _cues(pipe, "وتعتبر إيطاليا إحدى الدول التي بها أكبر السكان سنا في العالم.") == []
    assert _cues(pipe, "ويعتبر مسجد هوبان من أفخم المساجد الصينية.") == []


def test_an_imperfect_consider_inside_a_statement_is_no_nested_statement(pipe: Pipeline) -> None:
    assert _cues(pipe, "وأوضح المدير أن الاتفاق يعتبر «نكسة جديدة» للمتهربين من الضرائب.") == ["وأوضح"]


def test_an_imperfect_consider_with_its_clause_stays_an_opinion(pipe: Pipeline) -> None:
    q = one(pipe, "ويعتبر الخبراء أن الصيف في مصر جاف.", "الصيف في مصر")
    assert q.speaker == "الخبراء" and q.hedged
    q = one(pipe, "وتعتبر الحكومة أن الاتفاق خطوة مهمة.", "خطوة مهمة")
    assert q.speaker == "الحكومة"


def test_the_participle_of_consider_keeps_its_object(pipe: Pipeline) -> None:
    q = one(pipe, "وأشاد الوزير بالاتفاق معتبرا إياه خطوة مهمة.", "خطوة مهمة")
    assert q.cue.text == "معتبرا" and q.speaker == "الوزير"


def test_a_passive_consider_inside_a_direct_quote_leaves_the_quote(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير: يعتبر هذا الاتفاق خطوة مهمة.", "خطوة مهمة")
    assert q.cue.text == "وقال" and q.content.text == "يعتبر هذا الاتفاق خطوة مهمة"


def test_a_passive_consider_with_a_quoted_predicate_does_not_end_the_content(pipe: Pipeline) -> None:
    q = one(pipe, "وأوضح المدير أن الاتفاق يعتبر «نكسة جديدة» للمتهربين من الضرائب.", "الاتفاق")
    assert q.content.text == "الاتفاق يعتبر «نكسة جديدة» للمتهربين من الضرائب"
    q = one(pipe, "وأكد القادة أن المسؤولين يعتبرون «مقربين» من الحكومة.", "المسؤولين")
    assert q.content.text == "المسؤولين يعتبرون «مقربين» من الحكومة" and q.cue.text == "وأكد"


def test_another_verb_with_a_quoted_content_still_ends_the_content(pipe: Pipeline) -> None:
    # the quote mark after any other imperfect cue still opens a statement of its own
    found = quotes(pipe, "وأوضح المدير أن الوزير يقول «سنواصل العمل» في كل مناسبة.")
    assert [q.cue.text for q in found] == ["وأوضح", "يقول"]
