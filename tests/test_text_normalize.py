"""Normalisation: each step, and the offset round trip (property-based)."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.text.normalize import (
    DEFAULT,
    MATCHING,
    NormalizeOptions,
    match_form,
    normalize,
    normalize_text,
    word_after,
    word_before,
)

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0653\u0654\u0655"
TATWEEL = "\u0640"
DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789"
PRESENTATION = "".join(
    chr(c) for c in (0xFEFB, 0xFEF5, 0xFDF2, 0xFDFA, 0xFE70, 0xFE71, 0xFE7C, 0xFE8D, 0xFE91,
                     0xFEE3, 0xFB8E, 0xFBFC, 0xFD3E, 0xFDFC, 0xFE80, 0xFE8B)
)
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c\u00ad"
PUNCT = "،؛؟٪٫٬۔.,:!\"«» -\n"
PERSIAN = "کیگپچژ"

ALPHABET = LETTERS + MARKS + TATWEEL + DIGITS + PRESENTATION + INVISIBLE + PUNCT + PERSIAN + "abc"
arabic_text = st.text(alphabet=ALPHABET, max_size=60)
options = st.builds(
    NormalizeOptions,
    alef=st.booleans(), alef_maqsura=st.booleans(), taa_marbuta=st.booleans(),
    digits=st.booleans(), punctuation=st.booleans(), diacritics=st.booleans(),
    tatweel=st.booleans(), invisibles=st.booleans(), presentation_forms=st.booleans(),
    persian_letters=st.booleans(), hamza_carriers=st.booleans(),
)


def _boundaries(n) -> list[int]:
    """Normalised offsets that do not cut an expansion (ligature) in half."""
    if n.starts is None:
        return list(range(len(n.text) + 1))
    k = len(n.text)
    return [i for i in range(k + 1) if i in (0, k) or n.starts[i - 1] != n.starts[i]]


@settings(max_examples=300, deadline=None)
@given(arabic_text, options)
def test_offset_map_is_monotone_and_covers_the_text(text, opts):
    n = normalize(text, opts)
    if n.starts is None:
        assert len(n.text) == len(text)
        return
    assert len(n.starts) == len(n.ends) == len(n.text)
    for i in range(len(n.text)):
        assert 0 <= n.starts[i] < n.ends[i] <= len(text)
        if i:
            assert n.starts[i - 1] <= n.starts[i]
            assert n.ends[i - 1] <= n.ends[i]
            assert n.ends[i - 1] <= n.starts[i] or n.starts[i - 1] == n.starts[i]


@settings(max_examples=300, deadline=None)
@given(arabic_text, options, st.data())
def test_every_span_maps_back_to_a_span_that_normalises_to_it(text, opts, data):
    n = normalize(text, opts)
    cuts = _boundaries(n)
    a = data.draw(st.sampled_from(cuts))
    b = data.draw(st.sampled_from([c for c in cuts if c >= a]))
    s, e = n.to_original(a, b)
    assert 0 <= s <= e <= len(text)
    assert normalize(text[s:e], opts).text == n.text[a:b]
    assert n.original_text(a, b) == text[s:e]


@settings(max_examples=200, deadline=None)
@given(arabic_text)
def test_whole_text_and_idempotence(text):
    n = normalize(text, MATCHING)
    s, e = n.to_original(0, len(n.text))
    assert normalize(text[s:e], MATCHING).text == n.text
    # normalising twice changes nothing (one pass reaches the fixed point)
    assert normalize(n.text, MATCHING).text == n.text


@settings(max_examples=200, deadline=None)
@given(arabic_text)
def test_removed_characters_never_survive(text):
    out = normalize_text(text)
    assert not set(out) & set(MARKS + TATWEEL + INVISIBLE)
    assert not set(out) & set("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹أإآٱى،؛؟")
    assert not any(0xFB50 <= ord(c) <= 0xFDFF and c not in "\ufd3e" or 0xFE70 <= ord(c) <= 0xFEFE
                   for c in out)


@settings(max_examples=200, deadline=None)
@given(arabic_text, options)
def test_from_original_inverts_to_original(text, opts):
    n = normalize(text, opts)
    starts = n.starts if n.starts is not None else list(range(len(n.text)))
    for pos in range(len(text) + 1):
        # the first normalised character that comes from pos or later
        assert n.from_original(pos) == bisect_left(starts, pos)
    for i in range(len(n.text)):
        assert n.from_original(n.to_original(i, i + 1)[0]) <= i


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أَحْمَدُ", "احمد"),
        ("إسلام آباد", "اسلام اباد"),
        ("ٱلله", "الله"),
        ("مصطفى", "مصطفي"),
        ("مدرسة", "مدرسة"),  # taa marbuta kept by default
        ("الـــقـــوات", "القوات"),
        ("٢٠٢٤ و۱۴۰۳", "2024 و1403"),
        ("نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"),
        ("\ufefb \ufdf2", "لا الله"),
        ("\u200fبغداد\u200e\u200c", "بغداد"),
        ("کتاب", "كتاب"),
        ("", ""),
    ],
)
def test_steps(text, expected):
    assert normalize_text(text, DEFAULT) == expected


def test_taa_marbuta_is_configurable():
    assert match_form("مدرسة") == "مدرسه"
    assert normalize_text("مدرسة", NormalizeOptions(taa_marbuta=True)) == "مدرسه"
    assert normalize_text("أحمد", NormalizeOptions(alef=False)) == "أحمد"
    assert normalize_text("٣", NormalizeOptions(digits=False)) == "٣"
    carriers = NormalizeOptions(hamza_carriers=True)
    assert normalize_text("مسؤول", carriers) == normalize_text("مسئول", carriers) == "مسءول"
    assert normalize_text("مسؤول") == "مسؤول"  # off by default


def test_marks_stay_with_their_letter():
    text = "قُوّاتٌ كَبِيرَةٌ"
    n = normalize(text)
    assert n.text == "قوات كبيرة"
    # the first word maps to the whole vocalised word, marks included
    assert n.original_text(0, 4) == "قُوّاتٌ"
    assert n.from_original(text.index("ك")) == 5


def test_plain_text_uses_the_identity_map():
    n = normalize("قال الرئيس")
    assert n.starts is None
    assert n.to_original(0, 3) == (0, 3)
    with pytest.raises(ValueError):
        n.to_original(3, 99)


_STEPS = [f.name for f in dataclasses.fields(NormalizeOptions)]


@pytest.mark.parametrize("step", _STEPS)
@settings(max_examples=60, deadline=None)
@given(text=arabic_text, data=st.data())
def test_round_trip_of_each_step_alone(step, text, data):
    opts = NormalizeOptions(**{name: name == step for name in _STEPS})
    n = normalize(text, opts)
    cuts = _boundaries(n)
    a = data.draw(st.sampled_from(cuts))
    b = data.draw(st.sampled_from([c for c in cuts if c >= a]))
    s, e = n.to_original(a, b)
    assert normalize(text[s:e], opts).text == n.text[a:b]
    starts = n.starts if n.starts is not None else list(range(len(n.text)))
    assert starts == sorted(starts)


def test_word_before_and_after_read_the_neighbouring_word_in_its_matching_form():
    text = "قال نصف قطر الدائرة، وأضاف: ولايات خوست"
    qatar = text.index("قطر")
    assert word_before(text, qatar, 12) == "نصف"
    assert word_after(text, qatar + len("قطر")) == "الدائره"  # matching form: ة → ه
    # only white space may stand between: punctuation or a glued letter gives none
    assert word_before(text, text.index("وأضاف"), 20) is None  # «،» before it
    assert word_after(text, text.index("الدائرة") + len("الدائرة")) is None
    assert word_before(text, qatar + 1, 12) is None  # inside a word
    # the word is read in the ``reach`` characters before the position, cut there
    assert word_before(text, text.index("خوست"), 20) == "ولايات"
    assert word_before(text, text.index("خوست"), 4) == "يات"  # the space counts in the reach
    assert word_before("قوات", 0, 10) is None and word_after("قوات", 4) is None
