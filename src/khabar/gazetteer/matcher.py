"""Clitic-aware phrase matching: every gazetteer name in a text in one Aho–Corasick pass.

Names and text are compared in :func:`khabar.text.normalize.match_form` form; matches are
mapped back to ORIGINAL offsets. A match must end at a word boundary and may be preceded
only by a proclitic sequence (و ف ب ل ك and their combinations), which stays OUTSIDE the
span: «وواشنطن» gives the span «واشنطن». After the preposition ل the article loses its
alef (للعراق = ل + العراق): such a match spans the base «عراق» and its payload names
«العراق».
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from khabar.text.clitics import analyses
from khabar.text.normalize import MATCHING, match_form, normalize

T = TypeVar("T")
# Entries kept by the per-process caches of the gazetteers' look-ups (countries.lookup,
# places.lookup / candidates, orgs.lookup): pure functions of a name over tables built once.
LOOKUP_CACHE = 65_536
PROCLITICS = frozenset(["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"])


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """A name found in a text: original offsets, covered text, and the entry's payload."""

    start: int
    end: int
    text: str
    payload: T
    prefix: str = ""  # the normalised proclitics left outside the span


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


class PhraseMatcher(Generic[T]):
    """An automaton over normalised names; the first payload given for a form wins."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._auto = ahocorasick.Automaton()
        self.size = 0
        for name, payload in entries:
            key = " ".join(match_form(name).split())
            if len(key) < 2 or key in self._auto:
                continue
            self._auto.add_word(key, (key, payload, False))
            self.size += 1
            if key.startswith("ال") and len(key) > 4:
                lkey = "ل" + key[2:]
                if lkey not in self._auto:
                    self._auto.add_word(lkey, (lkey, payload, True))
        if self.size:
            self._auto.make_automaton()

    def find_all(self, text: str) -> list[Match[T]]:
        """Longest leftmost non-overlapping matches, proclitics outside the spans."""
        if not self.size:
            return []
        norm = normalize(text, MATCHING)
        t = norm.text
        found: list[tuple[int, int, T, str]] = []
        for end_idx, (key, payload, after_lam) in self._auto.iter(t):
            start = end_idx - len(key) + 1
            end = end_idx + 1
            if end < len(t) and _is_letter(t[end]):
                continue
            j = start
            while j > 0 and _is_letter(t[j - 1]):
                j -= 1
            prefix = t[j:start]
            if after_lam:
                # «للعراق»: the first ل is the preposition, the second the article's.
                if prefix not in ("ل", "ول", "فل"):
                    continue
                prefix += "ل"
                start += 1
            elif prefix not in PROCLITICS:
                continue
            found.append((start, end, payload, prefix))
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        out: list[Match[T]] = []
        last = -1
        for start, end, payload, prefix in found:
            if start < last:
                continue
            s, e = norm.to_original(start, end)
            out.append(Match(s, e, text[s:e], payload, prefix))
            last = end
        return out


def match_key(name: str) -> str:
    """The lookup key of a name: matching form with single spaces."""
    return " ".join(match_form(name).split())


def lookup_form(table: dict[str, T], name: str, article: bool = True) -> T | None:
    """Look ``name`` up in a table keyed by :func:`match_key`, allowing proclitics on
    its first word («وحزب الله», «للعراق» = ل + العراق); with ``article=False`` the article
    is not read as one («الفتح» is then not «فتح»)."""
    key = match_key(name)
    if key in table:
        return table[key]
    first, _, rest = key.partition(" ")
    for prefix, base in analyses(first):
        if not prefix or (not article and prefix.endswith("ال")):
            continue
        cand = base + (" " + rest if rest else "")
        if cand in table:
            return table[cand]
        if prefix.endswith("ل") and "ال" + cand in table:
            return table["ال" + cand]
    return None
