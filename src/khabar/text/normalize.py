"""Normalisation of Arabic text for matching, with an offset map back to the original.

Matching (lexicons, gazetteers, models) runs on normalised text; every match is mapped
back to ORIGINAL offsets with :meth:`Normalized.to_original`. Steps, each optional:

- presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → base letters by NFKC;
- removal of tatweel, diacritics (harakat, Quranic marks), bidi controls, zero-width chars;
- alef/hamza variants (أ إ آ ٱ) → ا; alef maqsura ى → ي; (optional) taa marbuta ة → ه;
- Persian kaf/yeh → Arabic; Arabic-Indic and Persian digits → ASCII;
- Arabic punctuation (، ؛ ؟ ٪ ٫ ٬) → ASCII equivalents.

Length-preserving substitutions run through one ``str.translate``; deletions and
expansions are found by one compiled regex, so text without them costs one pass.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

TATWEEL = "\u0640"
DIACRITICS = "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08d3-\u08ff"
INVISIBLES = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u00ad"
PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefe"

_ALEF = {c: "ا" for c in "أإآٱ"}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_PUNCT = {"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": "."}
_PERSIAN = {"ک": "ك", "ی": "ي", "ۍ": "ي", "ې": "ي"}


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


DEFAULT = NormalizeOptions()
MATCHING = NormalizeOptions(taa_marbuta=True)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and, for each of its characters, the original range it came from.

    ``starts[i]``/``ends[i]`` are the original offsets of normalised character ``i``;
    ``None`` means the identity map (nothing was deleted or expanded).
    """

    original: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the original text."""
        if self.starts is None:
            return start, end
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

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
    if opts.digits:
        table |= _DIGITS
    if opts.punctuation:
        table |= _PUNCT
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


def _expand(ch: str, opts: NormalizeOptions) -> str:
    """What one special character becomes (empty for deletions)."""
    cp = ord(ch)
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFE:
        out = unicodedata.normalize("NFKC", ch)
        # NFKC of an isolated harakat form gives a space + mark: keep only letters.
        out = "".join(c for c in out if not c.isspace())
        return normalize(out, opts).text if out != ch else ch
    return ""


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
        if m.start() > pos:
            chunk = text[pos : m.start()].translate(table)
            out.append(chunk)
            starts.extend(range(pos, m.start()))
            ends.extend(range(pos + 1, m.start() + 1))
        for i in range(m.start(), m.end()):
            rep = _expand(text[i], opts)
            if rep:
                rep = rep.translate(table)
                out.append(rep)
                starts.extend([i] * len(rep))
                ends.extend([i + 1] * len(rep))
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:].translate(table))
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    # A deleted mark (diacritic, tatweel) belongs to the character before it: widen that
    # character's end so spans ending on a letter keep its marks.
    result = "".join(out)
    ends = _absorb_deleted(text, starts, ends)
    return Normalized(text, result, tuple(starts), tuple(ends))


def _absorb_deleted(text: str, starts: list[int], ends: list[int]) -> list[int]:
    """Extend each kept character's end over the deleted characters that follow it."""
    n = len(starts)
    for i in range(n):
        nxt = starts[i + 1] if i + 1 < n else len(text)
        if ends[i] < nxt and nxt - ends[i] >= 0:
            # Only marks and tatweel attach; invisibles between words do not matter.
            j = ends[i]
            while j < nxt and _attaches(text[j]):
                j += 1
            ends[i] = j
    return ends


def _attaches(ch: str) -> bool:
    return ch == TATWEEL or unicodedata.category(ch) == "Mn"


def normalize_text(text: str, opts: NormalizeOptions = DEFAULT) -> str:
    """Just the normalised string (for lexicon entries and queries)."""
    return normalize(text, opts).text


def match_form(text: str) -> str:
    """The form used for lexicon matching: default steps plus taa marbuta → haa."""
    return normalize(text, MATCHING).text
