"""Session 19 (txt19): the form VIII verbs of ل-initial roots (التقى, التحق, التزم) keep their «ال»
in ``Token.base`` (``own_alef_lam.txt``, built from the imperfects the data contains), and the
quotes' verb-subject path ends a subject before a title or group noun written with «بـ» («واجتمع /
والتقى الوزير بالسفير … وأكد»: the speaker is «الوزير», not «الوزير بالسفير»)."""

from __future__ import annotations

from collections import Counter

import pytest
import quote_helpers
from quote_helpers import one

from khabar.pipeline import Pipeline
from khabar.text import build_alef_lam
from khabar.text.tokenize import tokenize

pipe = quote_helpers.quotes_pipe


@pytest.mark.parametrize(("text", "prefix", "base"), [
    ("التقى", "", "التقي"),
    ("والتقى", "و", "التقي"),
    ("التقت", "", "التقت"),
    ("التقوا", "", "التقوا"),
    ("والتحق", "و", "التحق"),
    ("التزمت", "", "التزمت"),
    # nouns with the article stay split
    ("التهم", "ال", "تهم"),
    ("والتقرير", "وال", "تقرير"),
    ("بالتحقيق", "بال", "تحقيق"),
])
def test_a_form_viii_verb_keeps_its_alef_lam(text, prefix, base):
    (tok,) = tokenize(text)
    assert (tok.prefix, tok.base) == (prefix, base)


def test_the_verb_rule_on_a_small_input():
    counts = Counter({
        "التقى": 4, "يلتقي": 3, "وتلتقي": 1, "التقت": 2, "التقينا": 1,  # imperfects 4: the perfects seen
        "التحق": 2, "سيلتحقون": 1, "يلتحق": 1,                          # «يلتحقون» reads as stem حق
        "التهم": 9, "تهم": 20, "بالتهم": 3, "يلتهم": 2,                  # the charges, more than devoured
        "التهمت": 1,                                                     # only a verb
        "التفت": 3, "يلتفت": 1,                                          # one imperfect: too little
    })
    assert build_alef_lam.form_viii(Counter({build_alef_lam.match_form(w): n for w, n in counts.items()})) == {
        "التقي", "التقت", "التقينا", "التحق", "التهمت"}


def test_the_perfects_of_a_sound_and_a_defective_stem():
    assert build_alef_lam._perfects("حق") == ("التحق", "التحقت", "التحقوا", "التحقا", "التحقتا", "التحقنا")
    assert build_alef_lam._perfects("قي") == ("التقي", "التقت", "التقوا", "التقيا", "التقتا", "التقينا")


@pytest.mark.parametrize(("text", "speaker"), [
    ("واجتمع الوزير بالسفير وأكد أن العلاقات قوية.", "الوزير"),
    ("والتقى الوزير بالسفير وأكد أن العلاقات قوية.", "الوزير"),
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


@pytest.mark.parametrize("verb", ["واجتمع", "والتقى"])
def test_the_relative_after_the_other_party_is_not_both(pipe: Pipeline, verb: str) -> None:
    q = one(pipe, verb + " الوزير بالسفير الذي أكد أن العلاقات قوية.", "العلاقات قوية")
    assert q.speaker != "الوزير بالسفير"
