"""Session 19 (t19), quantities: «ضمن» (within) after a number opens a phrase and is not what the number
counts — held-out 23a's match minutes «(76) ضمن المجموعة» (ANERcorp 3113 twice, 3123)."""

from __future__ import annotations

import pytest
from time_helpers import quantities


@pytest.mark.parametrize("text", [
    "مرتين عن طريق مروان الشماخ (53) ومبارك بو صوفة (76) ضمن المجموعة الثانية عشرة.",
    "سجله المدافع يوريس ماتيينسن (18) ضمن المجموعة السابعة، بينما فاز الآخرون.",
])
def test_bracketed_minute_before_dimn_is_no_count(text):
    assert quantities(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل 5 أشخاص ضمن الهجوم على القرية.", ("5 أشخاص", 5.0, None)),  # the noun is counted, «ضمن» after it
    ("أدرج المدرب 15 لاعبا ضمن القائمة النهائية.", ("15 لاعبا", 15.0, None)),
])
def test_counted_noun_before_dimn_kept(text, expected):
    assert expected in quantities(text)
