"""Session 22 (q22): a saying verb's subject carries no preposition, so a name that begins with «ب» or «ل»
right after the verb keeps its first letter (docs/quotes.md § 5 "Session 22"): «وقال باشميل لـ«عكاظ»»
(held-out 27's 1370 without entities, 4 speakers «اشميل»), «قالت ليبسون»، «أكد بنجامين رودز»، «وقال
برهوم» (news day 23, 93, 162, 177, 1496; events slice 2). A phrase's «لـ» («وفقا لتقرير …») and a
definite word («وقال بالحدة») are read as before. The sentences are made up for these tests."""

from __future__ import annotations

import quote_helpers
from quote_helpers import one

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


def test_a_hadrami_family_name_keeps_its_ba(pipe: Pipeline) -> None:
    q = one(pipe, "وقال باشميل لـ«عكاظ» إن الأمطار ستهطل غدا.", "الأمطار ستهطل")
    assert q.speaker == "باشميل"


def test_a_name_that_begins_with_lam(pipe: Pipeline) -> None:
    q = one(pipe, "وقالت ليبسون إن المفاوضات متعثرة.", "المفاوضات متعثرة")
    assert q.speaker == "ليبسون"


def test_a_full_name_that_begins_with_ba(pipe: Pipeline) -> None:
    q = one(pipe, "وقال بنجامين رودز، نائب المستشار، إن المفاوضات متعثرة.", "المفاوضات متعثرة")
    assert q.speaker == "بنجامين رودز"


def test_a_phrase_keeps_its_preposition_apart(pipe: Pipeline) -> None:
    q = one(pipe, "ووفقا لتقرير حديث فإن المفاوضات متعثرة.", "المفاوضات متعثرة")
    assert q.speaker == "تقرير حديث"
