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
