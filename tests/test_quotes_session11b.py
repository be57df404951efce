"""Quote-stage rule families taken after held-out 18 (session 11, second helper): a saying noun with
a pronoun as the source of an attribution phrase («على حد قولهم»، «بحسب حديثه»، «حسب وصفها»، «وفق
تعبيره»: the speaker is the nearest earlier speaker the pronoun agrees with, the content the clause
the phrase qualifies; the speaker's own gloss inside or right after his statement is no statement of
its own). The sentences are made up for these tests (no corpus text); each family has positive and
negative cases."""

from __future__ import annotations

import quote_helpers
from quote_helpers import quotes

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


def _by_cue(pipe: Pipeline, text: str, cue: str) -> list:
    return [q for q in quotes(pipe, text) if q.cue.text == cue]


# -- a saying noun with a pronoun as the source -----------------------------------------------------
def test_as_he_put_it_goes_to_the_last_speaker_that_agrees(pipe: Pipeline) -> None:
    text = "وقال المزارع أحمد سالم إن المحصول تضرر كثيرا. والأسعار ارتفعت بنسبة كبيرة على حد قوله."
    [q] = _by_cue(pipe, text, "على حد قوله")
    assert q.speaker == "أحمد سالم" and q.content.text == "الأسعار ارتفعت بنسبة كبيرة"
    assert q.implicit and q.type == "indirect"


def test_a_plural_pronoun_takes_the_plural_speaker(pipe: Pipeline) -> None:
    text = ("وأكد المسؤولون أن المشروع تأخر. وقال المدير خالد عمر إن العمل مستمر. "
            "والشركة لم تدفع الرواتب منذ شهرين، حسب وصفهم.")
    [q] = _by_cue(pipe, text, "حسب وصفهم")
    assert q.speaker == "المسؤولون" and q.content.text == "الشركة لم تدفع الرواتب منذ شهرين"


def test_a_feminine_pronoun_skips_a_masculine_speaker(pipe: Pipeline) -> None:
    text = ("وقالت الطبيبة منى صالح إن المرضى كثيرون. وقال المدير خالد عمر إن العمل مستمر. "
            "والمستشفى يعاني من نقص حاد بحسب حديثها.")
    [q] = _by_cue(pipe, text, "بحسب حديثها")
    assert q.speaker == "منى صالح"


def test_the_phrase_between_dashes_keeps_the_rest_of_its_clause(pipe: Pipeline) -> None:
    text = ("وأوضح الوزير سعيد ناصر أن الخطة جاهزة. وتأخر التنفيذ كثيرا، فهو تسبب -وفق تعبيره- "
            "بخسارة كبيرة للشركات، ولم يعلق أحد.")
    [q] = _by_cue(pipe, text, "وفق تعبيره")
    assert q.speaker == "سعيد ناصر"
    assert q.content.text == "فهو تسبب -وفق تعبيره- بخسارة كبيرة للشركات"


def test_the_speaker_named_again_nearer_is_the_source(pipe: Pipeline) -> None:
    text = ("وقال اللاعب سامي العنزي إنه سيعود قريبا.\nلم يكن تصرف العنزي مقبولا، فهو تأخر "
            "-بحسب حديثه- بسبب الإصابة.")
    [q] = _by_cue(pipe, text, "بحسب حديثه")
    assert q.speaker == "سامي العنزي"
    full = quote_helpers.LEAD + text
    assert q.source is not None and q.source.start > full.index("لم يكن") and q.source.text == "العنزي"


def test_no_speaker_that_agrees_no_statement(pipe: Pipeline) -> None:
    # a plural pronoun with only a singular speaker before it; no speaker at all
    assert not _by_cue(pipe, "وقال الوزير خالد عمر إن العمل مستمر. والمياه مقطوعة منذ أسبوع حسب وصفهم.",
                       "حسب وصفهم")
    assert not _by_cue(pipe, "والتقى الصحفي بالسكان في المخيم. والمياه مقطوعة منذ أسبوع حسب وصفهم.",
                       "حسب وصفهم")


def test_the_speakers_own_gloss_is_no_statement_of_its_own(pipe: Pipeline) -> None:
    for text in ("وقال الوزير خالد عمر إن الخطة ناجحة على حد قوله.",
                 "وقال الوزير خالد عمر إن الخطة - على حد قوله - ناجحة تماما."):
        found = quotes(pipe, text)
        assert [q.cue.text for q in found] == ["وقال"], [q.cue.text for q in found]
        assert "على حد قوله" in found[0].content.text


def test_ala_hadd_without_a_saying_noun_is_no_phrase(pipe: Pipeline) -> None:
    text = "وقال الوزير خالد عمر إن العمل مستمر. والوضع مستقر على حد سواء في المدن والقرى."
    assert [q.cue.text for q in quotes(pipe, text)] == ["وقال"]


def test_ala_hadd_with_a_named_source(pipe: Pipeline) -> None:
    [q] = quotes(pipe, "وتعرضت القرية لقصف عنيف، على حد قول الأهالي.")
    assert q.cue.text == "على حد قول" and q.speaker == "الأهالي" and q.content.text == "تعرضت القرية لقصف عنيف"
