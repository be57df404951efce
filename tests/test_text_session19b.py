"""Session 19 (txt19): the quotes' verb-subject path ends a subject before a title or group noun
written with «بـ» («واجتمع الوزير بالسفير … وأكد»: the speaker is «الوزير», not «الوزير بالسفير»),
the guard the form VIII verbs of ل-initial roots (التقى, التحق) wait for."""

from __future__ import annotations

import pytest
import quote_helpers
from quote_helpers import one

from khabar.pipeline import Pipeline

pipe = quote_helpers.quotes_pipe


@pytest.mark.parametrize(("text", "speaker"), [
    ("واجتمع الوزير بالسفير وأكد أن العلاقات قوية.", "الوزير"),
    ("وأشاد الوزير بالسفير وأكد أن العلاقات قوية.", "الوزير"),
    ("ورحب الرئيس بالطلاب وقال إن العلاقات قوية.", "الرئيس"),
    ("واجتمع الرئيس الأمريكي باراك أوباما بالسفير وقال إن العلاقات قوية.", "الرئيس الأمريكي باراك أوباما"),
    # a preposition before a word that is no title or group is part of the subject
    ("واجتمع المتحدث باسم الشرطة مع الصحفيين وقال إن العلاقات قوية.", "المتحدث باسم الشرطة"),
    ("واجتمع رئيس لجنة الشؤون الخارجية بمجلس الشيوخ بالسفير وأكد أن العلاقات قوية.",
     "رئيس لجنة الشؤون الخارجية بمجلس الشيوخ"),
    # «لـ» + a title inside a title phrase is not another party
    ("واجتمع المستشار الإعلامي للرئيس مع الصحفيين وقال إن العلاقات قوية.", "المستشار الإعلامي للرئيس"),
])
def test_a_title_after_bi_ends_the_verb_subject(pipe: Pipeline, text: str, speaker: str) -> None:
    assert one(pipe, text, "العلاقات قوية").speaker == speaker


def test_the_relative_after_the_other_party_is_not_both(pipe: Pipeline) -> None:
    q = one(pipe, "واجتمع الوزير بالسفير الذي أكد أن العلاقات قوية.", "العلاقات قوية")
    assert q.speaker != "الوزير بالسفير"
