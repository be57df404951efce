"""Quotes on 2000s wire copy (session 18, qa18, ANERcorp set 1): «إلي» written with a final yaa is
the preposition «إلى» (Egyptian copy: «وأشار إلي أن»، «داعيا … إلي تقديم»), while «علي» stays a name
(the stage compares «إلى/على» as written so that «على» is not «علي»)."""

from __future__ import annotations

from quote_helpers import one, quotes, quotes_pipe

pipe = quotes_pipe
NAMED = "وقال وزير الري محمود أبوزيد إن المياه زادت. "


def test_ashara_ila_with_yaa_continues_the_speaker(pipe):
    q = one(pipe, NAMED + "وأشار إلي أنه رغم ذلك فقد زاد المعدل.", "رغم ذلك")
    assert q.speaker == "محمود أبوزيد"
    assert q.content.text.startswith("أنه رغم ذلك")


def test_directive_with_ila_in_yaa_is_found(pipe):
    q = one(pipe, "ودعا الوزير المواطنين إلي ترشيد استهلاك المياه.", "ترشيد")
    assert q.content.text == "ترشيد استهلاك المياه"


def test_lafata_ila_noun_phrase_with_yaa(pipe):
    q = one(pipe, NAMED + "ولفت إلي زيادة منسوب النيل الأزرق.", "منسوب")
    assert q.speaker == "محمود أبوزيد" and q.content.text == "زيادة منسوب النيل الأزرق"


def test_ali_is_still_a_name(pipe):
    q = one(pipe, "وقال علي إن المياه زادت.", "المياه")
    assert q.speaker == "علي"
    q = one(pipe, "وأشار علي إلى أن المياه زادت.", "المياه")
    assert q.speaker == "علي"


def test_ila_with_yaa_makes_no_quote_without_a_cue(pipe):
    assert quotes(pipe, "وصل الوزير إلي القاهرة أمس في زيارة رسمية.") == []
