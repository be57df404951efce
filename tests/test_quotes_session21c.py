"""Session 21 (q21): a source phrase between the speaker and the content — «وقال X، وفقا لـ «Y» إن …»،
«وقال المحافظ …، بحسب الصحيفة، إن …» — names the outlet that relayed the statement (a via), not part of
the speaker (held-out 26's 284 gave the speaker «وفقا لـ», held-out 22's 1145 «المحافظ … بحسب الصحيفة»):
in the walk right after the speaker, and where the walk stalled and the stretch up to the content was read
as the speaker (`stalled._source_phrase_cut`).
Only an outlet (named, or an outlet noun resolved to the one named before) is taken; any other phrase
(«وفقا لتقديراته») is left as it was. The sentences are made up for these tests (no corpus text)."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe
PAPER = "نشرت صحيفة الوطن تقريرا أمس عن الحادث.\n"


# -- positives -------------------------------------------------------------------------------------------
def test_a_quoted_channel_after_the_named_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وقال نائب المفتش العام للشرطة أرون كومار، وفقا لـ «سكاي نيوز عربية» إن النساء تراوح أعمارهن "
                  "بين 32 عاما و50 عاما.", "النساء تراوح")
    assert q.source.text == "نائب المفتش العام للشرطة أرون كومار"
    assert [v.name for v in q.via] == ["سكاي نيوز"]


def test_the_paper_after_a_bare_title_between_commas(pipe: Pipeline) -> None:
    q = one(pipe, PAPER + "وقال المحافظ، بحسب الصحيفة، إن حق الفقيد لن يضيع.", "حق الفقيد")
    assert q.source.text == "المحافظ" and [v.name for v in q.via] == ["الوطن"]


def test_an_agency_named_after_a_bare_title(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير، بحسب وكالة رويترز، إن الخسائر كبيرة.", "الخسائر كبيرة")
    assert q.source.text == "الوزير" and [v.name for v in q.via] == ["رويترز"]


def test_the_paper_after_a_long_speaker_stretch(pipe: Pipeline) -> None:
    # the walk stalls on «بصفته …»; the stretch read as the speaker ends before the phrase's comma
    q = one(pipe, PAPER + "وقال المحافظ بصفته متحدثا باسم الأسد لوالدة الفقيد، بحسب الصحيفة، إن حق الفقيد لن يضيع.",
            "حق الفقيد")
    assert [v.name for v in q.via] == ["الوطن"] and "بحسب" not in q.source.text


# -- negatives: no outlet in the phrase, an apposition, a trailing phrase ----------------------------------
def test_a_long_stretch_with_a_phrase_without_an_outlet_adds_no_via(pipe: Pipeline) -> None:
    q = one(pipe, "وقال المحافظ بصفته متحدثا باسم الأسد لوالدة الفقيد، بحسب تقديراته، إن الخسائر كبيرة.",
            "الخسائر كبيرة")
    assert not q.via


def test_a_phrase_without_an_outlet_adds_no_via(pipe: Pipeline) -> None:
    q = one(pipe, "وقال الوزير أحمد علي، وفقا لتقديراته، إن الخسائر كبيرة.", "الخسائر كبيرة")
    assert not q.via


def test_a_name_in_apposition_after_the_title_is_still_the_speaker(pipe: Pipeline) -> None:
    q = one(pipe, "وقال رئيس اللجنة بالحي ، محمد الخميس، إن الخسائر كبيرة.", "الخسائر كبيرة")
    assert q.speaker == "محمد الخميس" and not q.via


def test_a_trailing_phrase_keeps_its_reading(pipe: Pipeline) -> None:
    q = one(pipe, "وأكد الوزير أن الحرب انتهت، بحسب وكالة رويترز.", "الحرب انتهت")
    assert q.source.text == "الوزير" and [v.name for v in q.via] == ["رويترز"]
