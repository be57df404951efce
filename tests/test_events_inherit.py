"""Modality inherited from the sentence: sequence cues after a future event, plan nouns that
govern a verbal noun, and verbal nouns dated after the dateline (docs/events.md, "Frame").

Sentences are written for these tests (not taken from the example article or the dev gold);
each rule has positive and negative cases.
"""

import event_helpers
import pytest
from event_helpers import trigger_modality

PUBLISHED = "2024-09-06"


pipe = event_helpers.frame_pipe


def _modality(pipe, text, trigger, published=PUBLISHED):
    return trigger_modality(pipe, text, trigger, published=published)


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
