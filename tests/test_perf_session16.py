"""Session-16 speed paths of the text layer give the answers of the plain paths: the
acronym scan tried only where a letter run ends at a dot (segment), and the tokenizer's
matching form of a new surface without the normaliser's caches (tokenize)."""

from __future__ import annotations

import random

from khabar.text import segment
from khabar.text.normalize import MATCHING, normalize
from khabar.text.tokenize import _matching_form, tokenize

# letters (Arabic, Latin), a mark, tatweel, dots, spaces and the marks that stop a run
ALPHABET = ["ب", "ي", "س", "ا", "ل", "ه", "U", "S", "\u064e", "\u0640", ".", ".", ".", " ", " ",
            "\n", "«", "(", "1", "،", "…"]


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _random_texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 40))) for _ in range(n)]


def test_acronym_candidates_equal_the_full_scan_on_random_texts() -> None:
    for text in _random_texts(3000, 16):
        for start, end in ((0, len(text)), (min(3, len(text)), len(text)), (0, max(0, len(text) - 2))):
            assert _spans(segment._acronyms(text, start, end)) == _spans(
                segment._ACRONYM.finditer(text, start, end)), (text, start, end)


def test_acronym_candidates_on_news_forms() -> None:
    cases = {
        "قالت بي.بي.سي إن": [(5, 13)],
        "نقلت بي. بي. سي عن": [(5, 15)],
        "وكالة أ.ف.ب اليوم": [(6, 11)],
        "U.S and ص. ب": [(0, 3), (8, 12)],
        # a long word before the dot, a dot at the start, no dot: no acronym
        "انتهى الاجتماع. وقال": [],
        ".بي": [],
        "بلا نقاط هنا": [],
        # a piece after a letter run of three letters is not the start of an acronym
        "عرب.بي": [],
        # the scan is bounded like finditer: start inside a run, end before the second piece
        "x بي.سي": [(2, 7)],
    }
    for text, want in cases.items():
        assert _spans(segment._acronyms(text, 0, len(text))) == want, text
        assert _spans(segment._ACRONYM.finditer(text, 0, len(text))) == want, text
    text = "بي.سي"
    assert _spans(segment._acronyms(text, 1, len(text))) == _spans(segment._ACRONYM.finditer(text, 1, len(text))) == []
    assert _spans(segment._acronyms(text, 0, 3)) == _spans(segment._ACRONYM.finditer(text, 0, 3)) == []


def test_sentences_keep_acronyms_and_split_after_long_words() -> None:
    text = "قالت بي.بي.سي إن الوفد وصل. ثم غادر الوفد المدينة."
    assert [s.text for s in segment.sentences(text)] == ["قالت بي.بي.سي إن الوفد وصل.", "ثم غادر الوفد المدينة."]
    text = "قال له. هو لم يأت بعد إلى المكان."
    assert [s.text for s in segment.sentences(text)] == ["قال له.", "هو لم يأت بعد إلى المكان."]


def test_matching_form_equals_normalize() -> None:
    rnd = random.Random(1630)
    pool = ["أ", "إ", "آ", "ى", "ة", "ب", "ي", "\u064b", "\u0651", "\u0640", "\u200c", "\ufefb", "\ufdf2",
            "٣", "۴", "،", "ک", "ی", "a", "1", "ﷺ"]
    words = ["".join(rnd.choice(pool) for _ in range(rnd.randint(1, 12))) for _ in range(3000)]
    words += ["ب" * 70, "ب" * 63 + "\u064e", "أ" * 80 + "\u0640"]  # both sides of the short cut-off
    for w in words:
        assert _matching_form(w) == normalize(w, MATCHING).text, w


def test_tokens_of_marked_and_substituted_words() -> None:
    # a mark or tatweel is deleted (the normaliser's path); letters only substituted (the short path)
    toks = tokenize("مدرسةٌ أحمد بـــغداد إلى")
    assert [t.norm for t in toks] == ["مدرسه", "احمد", "بغداد", "الي"]
    assert [t.norm for t in toks] != [t.text for t in toks]
