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
One-to-one substitutions run first over the whole text (they move no offset); deletions
and expansions are found by one compiled regex, and the offset map is kept as runs
(:class:`OffsetRuns`), so time and memory grow with the number of edits, not the text.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex

TATWEEL = "\u0640"
DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08d3-\u08e1\u08e3-\u08ff"
INVISIBLES = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u00ad"
PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefe"
# the eight marks a word's last letter may carry (short vowels, tanwin, shadda, sukun): strip them
# before reading its ending (``text.rstrip(HARAKAT).endswith("ة")``)
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"

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
class OffsetRuns:
    """The offset map as runs, so its size grows with the number of edits, not the text.

    Run ``r`` covers normalised characters ``norm[r] .. norm[r+1]-1``: an *affine* run is
    a stretch of kept characters (character ``i`` comes from ``orig[r] + i - norm[r]``);
    otherwise it is the expansion of the one original character ``orig[r]`` (a ligature).
    ``last_end[r]`` is the original end of the run's last character, widened over the
    marks and tatweel deleted right after it.
    """

    norm: array
    orig: array
    affine: array
    last_end: array


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and the map of each of its characters to the original range it
    came from (``runs``; ``None`` means the identity map: nothing deleted or expanded).

    :attr:`starts` / :attr:`ends` give the per-character view: the original offsets of
    normalised character ``i``, non-decreasing, ``ends[i]`` covering the deleted
    marks/tatweel right after it.
    """

    original: str
    text: str
    runs: OffsetRuns | None = None

    def _run(self, i: int) -> int:
        return bisect_right(self.runs.norm, i) - 1

    def _run_end(self, r: int) -> int:
        norm = self.runs.norm
        return norm[r + 1] if r + 1 < len(norm) else len(self.text)

    def start_of(self, i: int) -> int:
        """Original start offset of normalised character ``i``."""
        if self.runs is None:
            return i
        runs = self.runs
        r = self._run(i)
        return runs.orig[r] + (i - runs.norm[r]) if runs.affine[r] else runs.orig[r]

    def end_of(self, i: int) -> int:
        """Original end offset of normalised character ``i``."""
        if self.runs is None:
            return i + 1
        runs = self.runs
        r = self._run(i)
        if i == self._run_end(r) - 1:
            return runs.last_end[r]
        return runs.orig[r] + (i - runs.norm[r]) + 1 if runs.affine[r] else runs.orig[r] + 1

    @property
    def starts(self) -> list[int] | None:
        """Original start of every normalised character (``None``: identity)."""
        return None if self.runs is None else [self.start_of(i) for i in range(len(self.text))]

    @property
    def ends(self) -> list[int] | None:
        """Original end of every normalised character (``None``: identity)."""
        return None if self.runs is None else [self.end_of(i) for i in range(len(self.text))]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the original text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside normalised text of length {len(self.text)}")
        if self.runs is None:
            return start, end
        if start == end:
            pos = self.start_of(start) if start < len(self.text) else len(self.original)
            return pos, pos
        return self.start_of(start), self.end_of(end - 1)

    def from_original(self, pos: int) -> int:
        """The normalised offset of original offset ``pos`` (first normalised character
        that comes from ``pos`` or later)."""
        if self.runs is None:
            return pos
        runs = self.runs
        r = bisect_right(runs.orig, pos) - 1
        if r < 0:
            return 0
        offset = pos - runs.orig[r]
        if offset == 0 or (runs.affine[r] and offset < self._run_end(r) - runs.norm[r]):
            return runs.norm[r] + offset
        return self._run_end(r)

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


@lru_cache(maxsize=16)
def _pairs(opts: NormalizeOptions) -> tuple[tuple[str, str], ...]:
    table, _ = _compiled(opts)
    return tuple((chr(k), v) for k, v in table.items())


SHORT_TEXT = 64  # shorter strings are substituted with ``str.translate`` (see _translate)


def _translate(text: str, opts: NormalizeOptions) -> str:
    """The one-to-one substitutions: ``str.translate`` for short strings; for long ones a
    chain of ``str.replace`` (C-speed scans, several times faster than a dict-driven
    ``translate`` on non-ASCII text)."""
    if len(text) < SHORT_TEXT:
        return text.translate(_compiled(opts)[0])
    for a, b in _pairs(opts):
        if a in text:
            text = text.replace(a, b)
    return text


@lru_cache(maxsize=256)
def normalize(text: str, opts: NormalizeOptions = DEFAULT) -> Normalized:
    """Normalise ``text`` and keep the offset map back to it.

    Cached per process (several stages normalise the same document text); treat the
    result as read-only."""
    _, pattern = _compiled(opts)
    # Substitutions are one-to-one and never touch the characters ``pattern`` finds, so
    # they run first over the whole text without moving any offset.
    subst = _translate(text, opts)
    if pattern is None or pattern.search(subst) is None:
        return Normalized(text, subst)
    table = _compiled(opts)[0]
    out: list[str] = []
    rn, ro, rf, rl = array("q"), array("q"), array("b"), array("q")
    k = 0  # normalised length so far
    pos = 0
    for m in pattern.finditer(subst):
        ms, me = m.span()
        if ms > pos:
            out.append(subst[pos:ms])
            rn.append(k), ro.append(pos), rf.append(1), rl.append(ms)
            k += ms - pos
        for j in range(ms, me):
            rep = _expand(text[j], opts)
            if rep:
                rep = rep.translate(table)
                out.append(rep)
                rn.append(k), ro.append(j), rf.append(0), rl.append(j + 1)
                k += len(rep)
            elif rl and rl[-1] == j and _attaches(text[j]):
                # A mark or tatweel right after a kept character widens that character's
                # end, so a span ending on a letter keeps its harakat.
                rl[-1] = j + 1
        pos = me
    if pos < len(text):
        out.append(subst[pos:])
        rn.append(k), ro.append(pos), rf.append(1), rl.append(len(text))
    return Normalized(text, "".join(out), OffsetRuns(rn, ro, rf, rl))


def text_former(opts: NormalizeOptions = DEFAULT) -> Callable[[str], str]:
    """``normalize(text, opts).text`` as a function of ``text`` alone, for per-token hot paths
    (session 16, perf16): the options' table and pattern are looked up once here, not per call
    through the caches of :func:`normalize` (which hash the options each time). A short text
    with nothing to delete or expand is its one-to-one substitution, exactly as in
    :func:`normalize`; anything else goes through :func:`normalize`."""
    table, pattern = _compiled(opts)

    def form(text: str) -> str:
        if len(text) < SHORT_TEXT:
            subst = text.translate(table)
            if pattern is None or pattern.search(subst) is None:
                return subst
        return normalize(text, opts).text

    return form


def normalize_text(text: str, opts: NormalizeOptions = DEFAULT) -> str:
    """Just the normalised string (for lexicon entries and queries)."""
    return normalize(text, opts).text


@lru_cache(maxsize=200_000)
def match_form(text: str) -> str:
    """The form used for lexicon matching: default steps plus taa marbuta → haa."""
    return normalize(text, MATCHING).text


def match_forms(words: str) -> frozenset[str]:
    """The matching forms of the space-separated ``words`` (a word list written in a module)."""
    return frozenset(match_form(w) for w in words.split())


_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)\s+$")
_WORD_AFTER = regex.compile(r"\s+([\p{L}\p{M}]+)")


def word_before(text: str, start: int, reach: int) -> str | None:
    """The matching form of the word (a run of letters and marks) that only white space
    separates from ``start``, read in the ``reach`` characters before it (a longer word is cut
    there); None where a digit, a mark of punctuation or nothing stands right before."""
    m = _WORD_BEFORE.search(text, max(0, start - reach), start)
    return None if m is None else match_form(m.group(1))


def word_after(text: str, end: int) -> str | None:
    """The matching form of the word (a run of letters and marks) after the white space at
    ``end``; None where there is no white space or no word there."""
    m = _WORD_AFTER.match(text, end)
    return None if m is None else match_form(m.group(1))
