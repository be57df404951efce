"""Session 21 (perf21): output-identical per-process caches.

- The gazetteers' look-ups (``countries.lookup``, ``places.lookup`` / ``candidates``,
  ``orgs.lookup``) are pure functions of a name over tables built once: each keeps its
  answers (``lru_cache``), since the events and quotes stages ask the same words in every
  sentence. A cached answer is the uncached look-up's, for every argument combination.
- ``resolve.key`` and ``resolve.display`` (a name's comparison key and canonical form) are
  kept the same way; ``display`` builds its options object once.
"""

from __future__ import annotations

import importlib

import pytest

from khabar.gazetteer import countries, orgs, places
from khabar.gazetteer.matcher import lookup_form

res = importlib.import_module("khabar.extract.entities.resolve")  # the module, not the function

# found with proclitics, found bare, the article read or not, and common words found nowhere
_WORDS = ["وبغداد", "للعراق", "والسعودية", "العراقية", "عمان", "الفتح", "فتح", "وحزب الله",
          "التويتر", "تويتر", "كتاب", "قال", "الذي", "", "ب"]


@pytest.mark.parametrize("word", _WORDS)
def test_the_cached_lookups_answer_as_the_tables_do(word):
    for _ in range(2):  # the first call fills the cache, the second reads it
        assert countries.lookup(word) == lookup_form(countries._table(), word)
        assert places.lookup(word) == lookup_form(places._table(), word)
        assert places.candidates(word) == (lookup_form(places._all(), word) or ())
        assert places.candidates(word, False) == (lookup_form(places._all(), word, False) or ())
        assert orgs.lookup(word) == lookup_form(orgs._table(), word)
        assert orgs.lookup(word, article=False) == lookup_form(orgs._table(), word, False)


def test_found_and_not_found_through_the_cache():
    assert countries.lookup("للعراق").iso3 == "IRQ"
    assert countries.lookup("وبغداد").kind == "capital"
    assert countries.lookup("كتاب") is None and countries.lookup("كتاب") is None
    assert places.lookup("وبغداد").country == "IRQ"
    assert places.lookup("للعراق") is None
    assert {p.country for p in places.candidates("عمان")} >= {"JOR"}
    assert places.candidates("كتاب") == ()


def test_the_article_argument_is_part_of_the_cached_key():
    # «التويتر» is Twitter when the article may be read as one, nothing when it may not;
    # whichever is asked first, the other keeps its own answer
    for first in (True, False):
        orgs.lookup.cache_clear()
        a = orgs.lookup("التويتر", article=first)
        b = orgs.lookup("التويتر", article=not first)
        on, off = (a, b) if first else (b, a)
        assert on is not None and on.id == "twitter"
        assert off is None


def test_the_cached_answers_are_immutable():
    m = countries.lookup("للعراق")
    with pytest.raises(AttributeError):
        m.iso3 = "XXX"  # type: ignore[misc]
    assert isinstance(places.candidates("عمان"), tuple)
    assert countries.lookup("للعراق").iso3 == "IRQ"


@pytest.mark.parametrize("text", ["الأميركية", "الأمريكية", "عبد الله  بن\u0640 سعود", "مُحمّد",
                                  "بلومبيرغ", "المملكة", "2015 ـ «الهلال»", "", " x "])
def test_key_and_display_answer_as_before(text):
    plain_key, plain_display = res.key.__wrapped__, res.display.__wrapped__
    for label in ("PERS", "LOC", "ORG", "MISC"):
        assert res.key(text, label) == plain_key(text, label)
    assert res.display(text) == plain_display(text)


def test_key_depends_on_the_label():
    # a person's name keeps its long vowels and article; a place's loses them
    assert res.key("الأميركية", "PERS") != res.key("الأميركية", "LOC")
    assert res.key("الأميركية", "LOC") == res.key("الأمريكية", "LOC")
    assert res.key("عبد الله", "PERS") == res.key("عبدالله", "PERS")
    assert res.key("عبد الله", "LOC") != res.key("عبدالله", "LOC")


def test_display_keeps_alef_forms_digits_and_punctuation():
    assert res.display("مُحمّد  الأوّل") == "محمد الأول"
    assert res.display("٢٠١٥ ، 2015") == "٢٠١٥ ، 2015"
    assert "إ" in res.display("«إيران»") and "«" in res.display("«إيران»")
    assert res.display("الـــعراق") == "العراق"

