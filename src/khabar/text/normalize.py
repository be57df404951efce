"""Normalisation of Arabic text for matching, with an offset map back to the original.

Matching (lexicons, gazetteers, models) runs on normalised text; every match is mapped
back to ORIGINAL offsets with :meth:`Normalized.to_original`. Steps, each optional
(:class:`NormalizeOptions`):

- presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) → base letters by NFKC
  (a ligature such as ﻻ or ﷲ expands to several characters, all mapped to it);
- removal of tatweel, diacritics (harakat, Quranic marks), bidi controls and
  zero-width characters (ZWSP, ZWNJ, ZWJ, LRM/RLM, embeddings, isolates, BOM, ALM);
- alef/hamza variants (أ إ آ ٱ) → ا; alef maqsura ى → ي; (optional) taa marbuta ة → ه;
  (optional, off by default) hamza on waw/yaa ؤ ئ → ء so that مسؤول and مسئول meet;
- Persian/Urdu letter variants (ک ی …) → Arabic; Arabic-Indic and Persian digits → ASCII;
- Arabic punctuation (، ؛ ؟ ٪ ٫ ٬ ۔) → ASCII equivalents.

Normalisation is per character (no context), so a normalised span that does not cut a
ligature in half maps back to an original span whose normalisation is that span.
Length-preserving substitutions run through one ``str.translate``; deletions and
expansions are found by one compiled regex, so text without them costs one pass.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import regex

TATWEEL = "\u0640"
DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08d3-\u08e1\u08e3-\u08ff"
INVISIBLES = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u00ad"
PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefe"

_ALEF = {c: "ا" for c in "أإآٱ"}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_PUNCT = {"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": "."}
_PERSIAN = {"ک": "ك", "ی": "ي", "ۍ": "ي", "ې": "ي", "ے": "ي", "ہ": "ه", "ە": "ه", "ۀ": "ه"}


@dataclass(frozen=True, slots=True)
class NormalizeOptions:
    """Which normalisation steps to apply (all but taa marbuta by default)."""

    alef: bool = True
    alef_maqsura: bool = True
    taa_marbuta: bool = False
    digits: bool = True
    punctuation: bool = True
    diacritics: bool = True
    tatweel: bool = True
    invisibles: bool = True
    presentation_forms: bool = True
    persian_letters: bool = True
    hamza_carriers: bool = False


DEFAULT = NormalizeOptions()
MATCHING = NormalizeOptions(taa_marbuta=True)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and, for each of its characters, the original range it came from.

    ``starts[i]``/``ends[i]`` are the original offsets of normalised character ``i``
    (non-decreasing; ``ends[i]`` also covers the deleted marks/tatweel right after it);
    ``None`` means the identity map (nothing was deleted or expanded).
    """

    original: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the original text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside normalised text of length {len(self.text)}")
        if self.starts is None:
            return start, end
        if start == end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def from_original(self, pos: int) -> int:
        """The normalised offset of original offset ``pos`` (first normalised character
        that comes from ``pos`` or later)."""
        if self.starts is None:
            return pos
        return bisect_left(self.starts, pos)

    def original_text(self, start: int, end: int) -> str:
        """The original text behind a normalised span."""
        s, e = self.to_original(start, end)
        return self.original[s:e]


@lru_cache(maxsize=16)
def _compiled(opts: NormalizeOptions) -> tuple[dict[int, str], regex.Pattern | None]:
    table: dict[str, str] = {}
    if opts.alef:
        table |= _ALEF
    if opts.alef_maqsura:
        table["ى"] = "ي"
    if opts.taa_marbuta:
        table["ة"] = "ه"
    if opts.hamza_carriers:
        table["ؤ"] = "ء"
        table["ئ"] = "ء"
    if opts.digits:
        table |= _DIGITS
    if opts.punctuation:
        table |= _PUNCT
    if opts.persian_letters:
        table |= _PERSIAN
    klass = ""
    if opts.diacritics:
        klass += DIACRITICS
    if opts.tatweel:
        klass += TATWEEL
    if opts.invisibles:
        klass += INVISIBLES
    if opts.presentation_forms:
        klass += PRESENTATION
    pattern = regex.compile(f"[{klass}]+") if klass else None
    return str.maketrans(table), pattern


@lru_cache(maxsize=4096)
def _expand(ch: str, opts: NormalizeOptions) -> str:
    """What one special character becomes, fully normalised ("" for a deletion)."""
    cp = ord(ch)
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFE:
        out = unicodedata.normalize("NFKC", ch)
        if out == ch:  # no compatibility mapping (ornate parentheses, noncharacters)
            return ch
        # Isolated harakat forms give " ً": keep words, drop the padding.
        return normalize(out.strip(), opts).text
    return ""


def _attaches(ch: str) -> bool:
    """Deleted characters that belong to the letter before them (marks, tatweel)."""
    return ch == TATWEEL or unicodedata.category(ch) == "Mn"


def normalize(text: str, opts: NormalizeOptions = DEFAULT) -> Normalized:
    """Normalise ``text`` and keep the offset map back to it."""
    table, pattern = _compiled(opts)
    if pattern is None or pattern.search(text) is None:
        return Normalized(text, text.translate(table))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        ms, me = m.span()
        if ms > pos:
            out.append(text[pos:ms].translate(table))
            starts.extend(range(pos, ms))
            ends.extend(range(pos + 1, ms + 1))
        for j in range(ms, me):
            rep = _expand(text[j], opts)
            if rep:
                out.append(rep.translate(table))
                starts.extend([j] * len(rep))
                ends.extend([j + 1] * len(rep))
            elif ends and ends[-1] == j and _attaches(text[j]):
                # A mark or tatweel right after a kept character widens that character's
                # end, so a span ending on a letter keeps its harakat.
                ends[-1] = j + 1
        pos = me
    if pos < len(text):
        out.append(text[pos:].translate(table))
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return Normalized(text, "".join(out), tuple(starts), tuple(ends))


def normalize_text(text: str, opts: NormalizeOptions = DEFAULT) -> str:
    """Just the normalised string (for lexicon entries and queries)."""
    return normalize(text, opts).text


@lru_cache(maxsize=200_000)
def match_form(text: str) -> str:
    """The form used for lexicon matching: default steps plus taa marbuta → haa."""
    return normalize(text, MATCHING).text
