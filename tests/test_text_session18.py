"""Session 18 (txt18): a word's own «ال» is not the article in ``Token.base``.

A hamza alef before ل as written (إلغاء, ألمانيا, آلاف, إليه) is never the article; when the
hamza was dropped or the alef is a hamzat wasl (الغاء, التزام) the listed words of
``resources/text/own_alef_lam.txt`` keep their «ال». Real articles still go, and the plain
``clitics.strip`` (the NER features' split) is unchanged.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.text import build_alef_lam
from khabar.text.clitics import own_alef_lam, strip, strip_token
from khabar.text.normalize import match_form
from khabar.text.tokenize import base_start, tokenize


def _split(text: str) -> list[tuple[str, str]]:
    return [(t.prefix, t.base) for t in tokenize(text) if t.kind == "word"]


@pytest.mark.parametrize(("word", "split"), [
    ("إلغاء", ("", "الغاء")),
    ("ألمانيا", ("", "المانيا")),
    ("آلاف", ("", "الاف")),
    ("إليه", ("", "اليه")),
    ("آلية", ("", "اليه")),
    ("ألوان", ("", "الوان")),
    ("بألمانيا", ("ب", "المانيا")),
    ("لآلاف", ("ل", "الاف")),
    ("وإلغاء", ("و", "الغاء")),
    ("لإلغاءِ", ("ل", "الغاء")),
])
def test_a_written_hamza_alef_before_lam_is_never_the_article(word, split):
    assert _split(word) == [split]


@pytest.mark.parametrize(("word", "split"), [
    ("الإلغاء", ("ال", "الغاء")),      # the article before the word's own «ال» still goes
    ("بالألفية", ("بال", "الفيه")),
    ("للإلغاء", ("لل", "الغاء")),
    ("بالالتزام", ("بال", "التزام")),
    ("والقوات", ("وال", "قوات")),      # ordinary definite words are untouched
    ("الحكومة", ("ال", "حكومه")),
    ("الهام", ("ال", "هام")),          # «الدور الهام»: bare spellings outnumber إلهام
    ("الحق", ("ال", "حق")),            # ألحق is rarer than «الحق»
    ("الغاز", ("ال", "غاز")),          # ألغاز likewise
])
def test_the_article_still_goes(word, split):
    assert _split(word) == [split]


@pytest.mark.parametrize(("word", "split"), [
    ("الغاء", ("", "الغاء")),          # dropped hamza, listed
    ("الاف", ("", "الاف")),
    ("المانيا", ("", "المانيا")),
    ("والغاء", ("و", "الغاء")),
    ("التزام", ("", "التزام")),        # hamzat wasl: the word itself takes the article
    ("والتزامات", ("و", "التزامات")),
    ("لالتحاقهم", ("ل", "التحاقهم")),
])
def test_listed_words_keep_their_own_alef_lam_when_written_bare(word, split):
    assert _split(word) == [split]


def test_plain_strip_is_unchanged_for_the_ner_features():
    # the shipped CRF was trained on these splits (feature b=…): strip() keeps them
    assert strip("الغاء") == ("ال", "غاء")
    assert strip("المانيا") == ("ال", "مانيا")
    # strip_token without a hamza and with an unlisted word is strip()
    assert strip_token("الحكومه", "الحكومه") == strip("الحكومه")
    assert strip_token("الغاء", "إلغاء") == ("", "الغاء")


def test_the_shipped_list_has_the_families_and_no_common_definite_words():
    own = own_alef_lam()
    assert {"الغاء", "الاف", "المانيا", "اليه", "التزام", "التقاء"} <= own
    assert not own & {"الهام", "الحق", "الغاز", "السنه", "الان", "الامه", "الوسط", "الحكومه", "الله"}
    # the form VIII verbs, listed since session 19 (the quotes' verb-subject guard, build_alef_lam)
    assert {"التقي", "التحق", "التزم", "التفت"} <= own
    assert all(w.startswith("ال") and len(w) >= 4 and w == match_form(w) for w in own)


def test_builder_rules_on_counts():
    counts = Counter({
        "إلغاء": 3, "الغاء": 1, "بإلغاء": 1,     # hamza spellings outnumber bare ones: listed
        "ألوسط": 1, "الوسط": 50,                 # one typo: not listed
        "آلان": 2, "الان": 26,                    # a name against «now»: not listed
        "التزام": 1, "الالتزام": 3, "بالالتزام": 1,  # the word takes the article, تزام never alone
        "هام": 10, "الإلهام": 1, "الهام": 8,      # «important» alone outnumbers الإلهام
        "التقى": 3, "يلتقي": 1,                   # form VIII verb: not listed (yet)
        "التعليم": 5, "تعليم": 3,                 # an ordinary definite noun
    })
    assert build_alef_lam.build(counts) == ["التزام", "الغاء"]


SHARED = Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared"))


@pytest.mark.skipif(not (SHARED / "data" / "news" / "dev" / "2015-08-10.zip").exists(), reason="needs ../shared")
def test_the_shipped_list_is_what_the_builder_writes():
    assert build_alef_lam.build(build_alef_lam.written_counts()) == sorted(own_alef_lam())


_PRE = st.sampled_from(["", "و", "ف", "ب", "ل", "وب", "ال", "وال", "بال", "لل"])
_STEM = st.sampled_from(["إِلْغَاءِ", "ألمانيا", "آلاف", "إليه", "الغاء", "التزام", "قُوّاتِ", "حكومة", "هام"])


@settings(max_examples=200, deadline=None)
@given(_PRE, _STEM, st.booleans())
def test_offsets_round_trip(pre, stem, tatweel):
    word = pre + ("\u0640" if tatweel and pre else "") + stem
    text = "قال " + word + " ."
    (tok,) = [t for t in tokenize(text) if t.start == 4]
    assert text[tok.start:tok.end] == word
    assert tok.prefix + tok.base == tok.norm == match_form(word)
    assert match_form(text[base_start(tok):tok.end]) == tok.base
    assert match_form(text[tok.start:base_start(tok)]) == tok.prefix


@pytest.mark.parametrize(("word", "own"), [
    ("بإلغاء", ("الغاء", "الإلغاء")),
    ("إلغاء", ("الغاء", "الإلغاء")),
    ("الإلغاء", ("الغاء", "الإلغاء")),
    ("الغاء", ("الغاء", "الالغاء")),       # typed without its hamza, listed
    ("والتزام", ("التزام", "الالتزام")),
])
def test_the_search_reads_the_own_form_from_the_base(word, own):
    from khabar.store.alef_lam import own_form

    assert own_form(tokenize(word)[0]) == own


@pytest.mark.parametrize("word", ["الهام", "الحكومة", "بالقوات", "الله"])
def test_no_own_form_for_the_article(word):
    from khabar.store.alef_lam import own_form

    assert own_form(tokenize(word)[0]) is None
