"""Session-16 quantity families: «على الأقل» before the amount (at_least), the verb «تتعدى», a
wire copy's decimal with a right-to-left mark, nights counted by the time stage; cases that
must change and cases that must not, sentences written for these tests."""

from __future__ import annotations

import pytest
from time_helpers import quantities


@pytest.mark.parametrize("text,span,value,approx", [
    ("ارتفعت المبيعات على الأقل 50% هذا العام", "50%", 50.0, "at_least"),
    ("قتل على الأقل 12 شخصا في الهجوم", "12 شخصا", 12.0, "at_least"),
    ("قتل 12 شخصا على الأقل في الهجوم", "12 شخصا", 12.0, "at_least"),  # as before
    ("قال على الأقل إن 5 أشخاص قتلوا", "5 أشخاص", 5.0, None),  # not right before the amount
    ("راتبه لا يتعدى 600 دينار", "لا يتعدى 600 دينار", 600.0, "at_most"),
    ("سعر يتعدى 500 ريال للطن", "يتعدى 500 ريال", 500.0, "more_than"),
])
def test_approximators(text, span, value, approx):
    assert (span, value, approx) in quantities(text)


@pytest.mark.parametrize("text,value", [
    ("يزور المتنزه 5.\u200f2 مليون زائر سنويا", 2_500_000.0),  # the mark: 2.5 million (wire copy)
    ("يزور المتنزه 3.\u200f1 مليون زائر سنويا", 1_300_000.0),
    ("يزور المتنزه 5.2 مليون زائر سنويا", 5_200_000.0),  # no mark: as written
])
def test_wire_mark_decimal(text, value):
    assert [q[1] for q in quantities(text)] == [value]


def test_nights_are_no_count():
    assert quantities("تشمل العروض الإقامة 6 ليال في فندق") == []


def test_nights_of_nothing_stay_counts():
    assert [q[0] for q in quantities("نام 6 أطفال في الخيمة")] == ["6 أطفال"]


# a counted noun whose first letter «ف» is its own, not a conjunction before an imperfect verb
@pytest.mark.parametrize("text,span", [
    ("يضم المنتجع 30 فندقاً ومنتجعاً", "30 فندقاً"),
    ("شاركت 5 فتيات في السباق", "5 فتيات"),
    ("تعود النقوش إلى ثلاث فترات مختلفة", "ثلاث فترات"),
])
def test_stem_initial_fa(text, span):
    assert span in [q[0] for q in quantities(text)]


@pytest.mark.parametrize("text,word", [
    ("بلغ 97666 وتستمر الحملة", "وتستمر"),  # «و» + an imperfect verb: the next clause
    ("أصيب 5 فيتم نقلهم إلى المستشفى", "فيتم"),  # «ف» + an imperfect verb
    ("تأهل 40 وتصفيات أخرى تنتظر", "وتصفيات"),  # «و» + a plural: the next phrase
])
def test_conjunction_before_verb_or_phrase(text, word):
    assert all(word not in q[0] for q in quantities(text))
