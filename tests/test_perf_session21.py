"""Session 21 (perf21): output-identical per-process caches.

- The gazetteers' look-ups (``countries.lookup``, ``places.lookup`` / ``candidates``,
  ``orgs.lookup``) are pure functions of a name over tables built once: each keeps its
  answers (``lru_cache``), since the events and quotes stages ask the same words in every
  sentence. A cached answer is the uncached look-up's, for every argument combination.
- ``resolve.key`` and ``resolve.display`` (a name's comparison key and canonical form) are
  kept the same way; ``display`` builds its options object once.
- The events lexicon's ``PhraseIndex.match_at`` reads a later word of an entry in a frozen
  set of its token's readings, and ``matches_by_position`` skips punctuation.
"""

from __future__ import annotations

import importlib

import pytest
from event_helpers import text_tokens

from khabar.extract.events.lexicon import PhraseIndex
from khabar.gazetteer import countries, orgs, places
from khabar.gazetteer.matcher import lookup_form
from khabar.text.normalize import match_form

res = importlib.import_module("khabar.extract.entities.resolve")  # the module, not the function
lexicon_mod = importlib.import_module("khabar.extract.events.lexicon")

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


# --- events lexicon: PhraseIndex.match_at / matches_by_position -------------------------------
# A later word of an entry is looked up in the frozen set of its token's clitic readings
# (lexicon.bases) instead of a generator over them, a token whose memo is empty returns at
# once, and matches_by_position no longer calls match_at for punctuation (never memoised).

def _old_match_at(index: PhraseIndex, tokens: list, i: int) -> list:
    """match_at as it was at the session's start: readings scanned with any()."""
    out = []
    tok = tokens[i]
    if tok.kind not in ("word", "number"):
        return out
    for prefix, entries in index._starts_of(tok.norm):
        for rest, payload in entries:
            j = i + 1
            ok = True
            for w in rest:
                if j >= len(tokens) or not any(b == w for _, b in lexicon_mod.candidates(tokens[j].norm)):
                    ok = False
                    break
                j += 1
            if ok:
                out.append(lexicon_mod.Match(i, j, payload, prefix))
    if len(out) > 1:
        out.sort(key=lambda m: m.start - m.end)
    return out


def _index() -> PhraseIndex:
    index = PhraseIndex()
    for form, payload in [("قتل", "kill"), ("قوات الأمن", "forces"), ("قوات", "troops"),
                          ("إطلاق نار", "fire"), ("2015 م", "year")]:
        index.add(match_form(form), payload)  # «قوات الأمن»: «والأمن» read through its «و»
    return index


_TEXTS = ["وقتل جنديان بنيران قوات الأمن، وقوات والأمن في 2015 م.",
          "قوات، الأمن: إطلاق «نار» ثم إطلاق النار وإطلاق نار",
          "قوات", "إطلاق", "، . «", ""]


@pytest.mark.parametrize("text", _TEXTS)
def test_match_at_and_matches_by_position_answer_as_before(text):
    toks = text_tokens(text) if text else []
    index = _index()
    for _ in range(2):  # a cold and a warm memo
        want = [_old_match_at(index, toks, i) for i in range(len(toks))]
        assert [index.match_at(toks, i) for i in range(len(toks))] == want
        assert index.matches_by_position(toks) == want


def test_phrases_found_and_cut_by_punctuation():
    toks = text_tokens("وقتل جنديان بنيران قوات الأمن، وقوات والأمن ثم قوات، الأمن ثم إطلاق نار")
    found = [(toks[m.start].text, toks[m.end - 1].text, m.payload, m.prefix)
             for ms in _index().matches_by_position(toks) for m in ms]
    assert ("قوات", "الأمن", "forces", "") in found
    assert ("وقوات", "والأمن", "forces", "و") in found  # the later word through its «و»
    assert ("وقتل", "وقتل", "kill", "و") in found
    assert ("إطلاق", "نار", "fire", "") in found
    # «قوات، الأمن»: the comma cuts the phrase, the one-word entry stays
    i = [k for k, t in enumerate(toks) if t.text == "قوات"][-1]
    assert [m.payload for m in _index().match_at(toks, i)] == ["troops"]
    assert _index().matches_by_position(toks)[i + 1] == []  # the comma itself: asked nothing
    assert all(not ms for t, ms in zip(toks, _index().matches_by_position(toks), strict=True)
               if t.kind not in ("word", "number"))


def test_bases_are_the_readings_of_candidates():
    for norm in ("والامن", "بالامن", "للامن", "امن", "و", "2015", "كتاب"):
        assert lexicon_mod.bases(norm) == {b for _, b in lexicon_mod.candidates(norm)}
    assert "امن" in lexicon_mod.bases("والامن") and "امن" not in lexicon_mod.bases("كتاب")
