"""Modality inherited from the sentence: sequence cues after a future event, plan nouns that
govern a verbal noun, and verbal nouns dated after the dateline (docs/events.md, "Frame").

Sentences are written for these tests (not taken from the example article or the dev gold);
each rule has positive and negative cases.
"""

import pytest

from khabar.pipeline import Pipeline
from khabar.text.normalize import match_form

PUBLISHED = "2024-09-06"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(["text", "entities", "times", "events"])


def _modality(pipe, text, trigger, published=PUBLISHED):
    """The modality of the event whose trigger is ``trigger`` (offsets checked)."""
    doc = pipe.analyze(text, published=published)
    found = []
    for ev in doc.events:
        assert doc.text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        if match_form(ev.trigger.text) == match_form(trigger):
            found.append(ev.modality)
    assert found, f"no event on {trigger!r}: {[e.trigger.text for e in doc.events]}"
    return found[0]


# ---------------------------------------------------------------- sequence
@pytest.mark.parametrize("text, trigger", [
    ("قال المتحدث إن الجنود سينسحبون من المدينة الشهر المقبل، يليه سحب القوات المتبقية.", "سحب"),
    ("ستغادر القوات البريطانية القاعدة، على أن يتم سحب الجنود بعد ذلك.", "سحب"),
    ("أعلن الجيش أنه سينسحب من البلدة الشمالية، تمهيدا لانسحاب قواته من الإقليم.", "انسحاب"),
])
def test_sequence_after_future_event_is_future(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "future"


@pytest.mark.parametrize("text, trigger", [
    ("انسحبت القوات من المدينة ثم تبعه سحب الجنود من القرى.", "سحب"),
    ("غادر الجنود القاعدة أمس، يليه سحب القوات من المطار.", "سحب"),
])
def test_sequence_after_past_event_stays_asserted(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "asserted"


# ---------------------------------------------------------------- plan nouns
@pytest.mark.parametrize("text, trigger", [
    ("صحيفة تكشف خطوات الانسحاب الروسي من سوريا", "الانسحاب"),
    ("ناقش الوزراء الاتفاق على انسحاب القوات التركية من الحدود.", "انسحاب"),
    ("عرض القائد آلية سحب الجنود من الجبهة الشمالية.", "سحب"),
    ("أعلنت الحكومة جدول انسحاب القوات الأجنبية من البلاد.", "انسحاب"),
])
def test_verbal_noun_governed_by_plan_noun_is_future(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "future"


@pytest.mark.parametrize("text, trigger", [
    ("نفذ العمال خطوات احتجاجية أمام الوزارة أمس.", "احتجاجية"),  # an adjective, not idafa
    ("بعد الاتفاق هاجم المسلحون دورية للشرطة.", "هاجم"),  # a definite head is no construct
])
def test_plan_noun_without_construct_leaves_event_asserted(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "asserted"


def test_plan_noun_not_governing_leaves_event_asserted(pipe):
    # خطوات is not the head of انسحاب here: a clause break separates them
    text = "اتخذت الحكومة خطوات جديدة، وأكمل الجيش انسحاب القوات من المدينة أمس."
    assert _modality(pipe, text, "انسحاب") == "asserted"


# ---------------------------------------------------------------- planned date
def test_verbal_noun_dated_after_dateline_is_future(pipe):
    text = "توصل الطرفان إلى تفاهم لانسحاب القوات الأجنبية من البلاد بنهاية عام 2026."
    assert _modality(pipe, text, "انسحاب") == "future"


def test_verbal_noun_dated_before_dateline_stays_asserted(pipe):
    text = "أكد الجيش انسحاب القوات الأجنبية من البلاد في مارس 2021."
    assert _modality(pipe, text, "انسحاب") == "asserted"


def test_future_date_in_another_clause_does_not_count(pipe):
    text = "أكمل الجيش انسحاب القوات من المدينة، وستجرى الانتخابات في مارس 2026."
    assert _modality(pipe, text, "انسحاب") == "asserted"


def test_no_dateline_no_planned_date(pipe):
    text = "توصل الطرفان إلى تفاهم لانسحاب القوات الأجنبية من البلاد بنهاية عام 2026."
    assert _modality(pipe, text, "انسحاب", published=None) == "asserted"
