"""A fast normalised view of a document for the time and quantity stages.

Same normalised text as ``khabar.text.normalize.normalize(text, MATCHING)`` (it reuses
that module's translation table and deletion class), but the offset map is kept as
the deletion runs only (``O(#runs)`` to build, ``O(log n)`` per lookup) instead of one
entry per character, which is what made normalisation the slowest part of the time
stage. Texts with presentation forms (expanding characters) fall back to
:func:`khabar.text.normalize.normalize`. ``tests/test_times_properties.py`` checks that
both agree. The last view is cached so the quantity stage reuses the time stage's.
:func:`view` first writes a tatweel run standing between two numbers as a dash (session 21).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

import regex

from khabar.text.normalize import MATCHING, PRESENTATION, TATWEEL, Normalized, _compiled, normalize

_PRESENTATION = regex.compile(f"[{PRESENTATION}]")


class TextView:
    """Normalised text plus ``to_original(start, end)`` for spans of it."""

    __slots__ = ("original", "text", "_qs", "_cum", "_attach", "_slow")

    def __init__(self, original: str) -> None:
        self.original = original
        self._slow: Normalized | None = None
        table, pattern = _compiled(MATCHING)
        if _PRESENTATION.search(original):
            self._slow = normalize(original, MATCHING)
            self.text = self._slow.text
            return
        parts = _splitter(pattern).split(original)  # text, deleted run, text, run, …
        if len(parts) == 1:
            self.text = _translate(original, table)
            self._qs = self._cum = self._attach = []
            return
        pieces, runs = parts[0::2], parts[1::2]
        run_lens = list(map(len, runs))
        self._qs = list(accumulate(map(len, pieces[:-1])))  # normalised position of each run
        self._cum = list(accumulate(run_lens))  # characters deleted up to each run
        self._attach = run_lens
        self.text = _translate("".join(pieces), table)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of a non-empty normalised span."""
        if self._slow is not None:
            return self._slow.to_original(start, end)
        if not self._qs:
            return start, end
        k = bisect_right(self._qs, start)
        os = start + (self._cum[k - 1] if k else 0)
        last = end - 1
        k = bisect_right(self._qs, last)
        oe = last + (self._cum[k - 1] if k else 0) + 1
        if k < len(self._qs) and self._qs[k] == end:
            s = oe  # the deleted run right after the last letter: its marks belong to it
            e = s + self._attach[k]
            while s < e and _attaches(self.original[s]):
                s += 1
                oe += 1
        return os, oe


@lru_cache(maxsize=4)
def _splitter(pattern: regex.Pattern) -> regex.Pattern:
    """The deletion pattern with a capturing group, for ``split``."""
    return regex.compile(f"({pattern.pattern})")


@lru_cache(maxsize=4)
def _pairs(table_items: tuple) -> tuple[tuple[str, str], ...] | None:
    table = dict(table_items)
    if any(len(v) != 1 or ord(v) in table for v in table.values()):
        return None  # not a simple one-to-one table: no shortcut
    return tuple((chr(cp), rep) for cp, rep in table_items)


def _translate(text: str, table: dict[int, str]) -> str:
    """``text.translate(table)`` for a one-to-one table, as one ``str.replace`` per
    character present (C-speed scans instead of a per-character dict lookup)."""
    pairs = _pairs(tuple(table.items()))
    if pairs is None:
        return text.translate(table)
    for ch, rep in pairs:
        if ch in text:
            text = text.replace(ch, rep)
    return text


def _attaches(ch: str) -> bool:
    return ch == TATWEEL or unicodedata.category(ch) == "Mn"


_last: tuple[str, TextView] | None = None
# a run of tatweels standing alone between two numbers is a dash (okaz, al-Riyadh, wire copy: «2 ــ 2»,
# «2007 ــ 2014», «2016ــ2017», «19 ـ 25 مايو»); normalising deletes tatweels, which glued the numbers
TATWEEL_DASH = regex.compile(r"(?<=\d[ \u00a0]?)\u0640+(?=[ \u00a0]?\d)")


def _dash(m: regex.Match) -> str:
    return "-" + TATWEEL * (len(m.group()) - 1)  # same length: the offsets stay the original's


def view(text: str) -> TextView:
    """The normalised view of ``text`` (the previous one is reused for the same text); a tatweel run
    between two numbers reads as a dash («2 ــ 2» → «2 - 2»), offsets unchanged."""
    global _last
    if _last is not None and _last[0] is text:
        return _last[1]
    v = TextView(TATWEEL_DASH.sub(_dash, text) if TATWEEL in text else text)
    _last = (text, v)
    return v
