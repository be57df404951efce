"""Tokenisation: punctuation and quote marks apart, clitics split for lookup, offsets kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.text.clitics import analyses, strip
from khabar.text.tokenize import base_start, tokenize


def _texts(tokens):
    return [t.text for t in tokens]


def test_quotes_and_full_stops_are_separate_tokens():
    text = 'وقال مسؤول أميركي كبير لـ"بلومبرغ": «توصلنا إلى اتفاق».'
    toks = tokenize(text)
    assert _texts(toks) == [
        "وقال", "مسؤول", "أميركي", "كبير", "لـ", '"', "بلومبرغ", '"', ":",
        "«", "توصلنا", "إلى", "اتفاق", "»", ".",
    ]
    for t in toks:
        assert text[t.start : t.end] == t.text
        if t.kind == "word":
            assert not set(t.text) & set('"«».,:')
    assert [t.kind for t in toks if t.text in '"«».:'] == ["punct"] * 6


def test_numbers_keep_separators_and_digits_normalise():
    toks = tokenize("بلغ 1,094.50 دولار و٢٠٢٤ و0.3 %")
    assert _texts(toks) == ["بلغ", "1,094.50", "دولار", "و", "٢٠٢٤", "و", "0.3", "%"]
    assert toks[1].kind == "number"
    assert toks[4].norm == "2024"


def test_norm_base_prefix():
    toks = {t.text: t for t in tokenize("وبالقوات للصحيفة وسيغادرون والثلاثاء الأمريكية قال")}
    t = toks["وبالقوات"]
    assert (t.prefix, t.base) == ("وبال", "قوات")
    assert t.prefix + t.base == t.norm
    t = toks["للصحيفة"]
    assert (t.prefix, t.base, t.norm) == ("لل", "صحيفه", "للصحيفه")
    assert toks["والثلاثاء"].base == "ثلاثاء"
    assert toks["الأمريكية"].norm == "الامريكيه"
    assert toks["قال"].prefix == ""


def test_clitic_analyses_for_lookup():
    splits = analyses("وسيغادرون")
    assert ("", "وسيغادرون") == splits[0]
    assert ("و", "سيغادرون") in splits and ("وس", "يغادرون") in splits
    splits = analyses("وبالقوات")
    assert [p for p, _ in splits] == ["", "و", "وب", "وبال"]
    assert ("ف", "بالقوات") not in splits
    assert ("ك", "الدول") in analyses("كالدول")
    assert strip("قال") == ("", "قال")


def test_base_start_maps_into_the_original_with_diacritics():
    text = "قال إنَّ وَبِالقُوّاتِ انسحبت"
    tok = next(t for t in tokenize(text) if t.text.startswith("وَ"))
    assert tok.base == "قوات"
    assert text[base_start(tok) : tok.end] == "قُوّاتِ"


def test_invisible_controls_inside_words_stay_outside_are_skipped():
    text = "\u200fبغداد\u200c\u200cية \u202bواشنطن\u202c"
    toks = tokenize(text)
    assert _texts(toks) == ["بغداد\u200c\u200cية", "واشنطن"]
    assert toks[0].norm == "بغداديه"


def test_tatweel_and_ligatures():
    toks = tokenize("الـــقوات \ufefb")
    assert toks[0].norm == "القوات" and toks[0].text == "الـــقوات"
    assert toks[1].norm == "لا"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ابتسمنولي«»\"'.,،؟!:()-ـ\u064e\u0651 \n0123٤٥\u200f", max_size=80))
def test_tokens_cover_every_visible_character_in_order(text):
    toks = tokenize(text)
    prev = 0
    for t in toks:
        assert text[t.start : t.end] == t.text and t.start >= prev and t.end > t.start
        prev = t.end
        if t.kind == "punct":
            assert len(t.text) == 1 or set(t.text) == {"."}
    covered = sum(1 for t in toks for c in t.text if c != "\u200f")
    visible = sum(1 for c in text if not c.isspace() and c != "\u200f")
    assert covered == visible


def test_stem_initial_letters_are_not_stripped():
    # the first letter belongs to the stem: names and nouns that take the article
    for word in ("وزاره", "وكاله", "واشنطن", "فرنسا", "بغداد", "والده"):
        assert strip(word) == ("", word), word
    # but a real proclitic before them still goes
    assert strip("ووزاره") == ("و", "وزاره")
    assert strip("لواشنطن") == ("ل", "واشنطن")
    assert strip("ونقلت") == ("و", "نقلت")
    # every split stays available for lookup
    assert ("ب", "غداد") in analyses("بغداد")
