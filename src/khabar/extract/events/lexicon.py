"""Event lexicons: load the TSV data files, generate inflected forms, match them on tokens.

Arabic verbs and nouns are listed once (a perfect/imperfect stem pair, or a singular noun)
and every inflection a news text uses is generated here: all persons and numbers of both
tenses (passive voice is spelt the same without diacritics), object pronouns, feminine and
sound plurals, possessive pronouns. Proclitics (و ف ب ل ك ال س) are handled at match time
by :func:`khabar.text.clitics.analyses`. Everything is normalised with
:func:`khabar.text.normalize.match_form`, like :attr:`Token.norm`.

:class:`PhraseIndex` maps token sequences to payloads (single- or multi-word entries); a
lookup is a few dict probes per token.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from khabar.document import Token
from khabar.text.clitics import analyses
from khabar.text.normalize import match_form

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "events"
PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "كم", "ك", "نا", "ني")
PERFECT_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "تما", "و")
IMPERFECT_PREFIXES = ("ي", "ت", "ن")  # 1sg ا is rare in news and collides with form IV perfects
IMPERFECT_SUFFIXES = ("", "ون", "ان", "ين", "وا", "ن", "و")


def _with_pronouns(forms: set[str], word: str) -> None:
    forms.add(word)
    for p in PRONOUNS:
        forms.add(word + p)


def verb_forms(perfect: str | None, imperfect: str | None) -> set[str]:
    """All inflected forms of a verb from its perfect (3ms) and imperfect stems (normalised)."""
    out: set[str] = set()
    if perfect:
        for s in PERFECT_SUFFIXES:
            _with_pronouns(out, perfect + s)
    if imperfect:
        for pre in IMPERFECT_PREFIXES:
            for s in IMPERFECT_SUFFIXES:
                _with_pronouns(out, pre + imperfect + s)
    return out


def noun_forms(noun: str) -> set[str]:
    """A noun with feminine, dual and sound plural endings and possessive pronouns."""
    out: set[str] = set()
    stem = noun[:-1] if noun.endswith("ه") else noun
    if noun.endswith("ه"):
        out.add(noun)
        for end in ("ات", "تان", "تين", "تا"):
            out.add(stem + end)
        for p in PRONOUNS:
            out.add(stem + "ت" + p)
            out.add(stem + "ات" + p)
    else:
        _with_pronouns(out, noun)
        for end in ("ه", "ات", "ين", "ون", "ان", "ا"):
            out.add(noun + end)
        for p in PRONOUNS:
            out.add(noun + "ت" + p)
            out.add(noun + "ات" + p)
    return out


def literal_forms(word: str) -> set[str]:
    """A literal form plus possessive pronouns (ة becomes ت before a pronoun)."""
    out = {word}
    stem = word[:-1] + "ت" if word.endswith("ه") else word
    for p in ("ه", "ها", "هم", "هما"):
        out.add(stem + p)
    return out


def expand(kind: str, spec: str) -> set[str]:
    """The normalised forms of one lexicon cell (``kind`` v | n | w)."""
    out: set[str] = set()
    for item in (s.strip() for s in spec.split(",")):
        if not item:
            continue
        if kind == "v":
            perf, _, imperf = item.partition("/")
            p = match_form(perf) if perf and perf != "-" else None
            i = match_form(imperf) if imperf and imperf != "-" else None
            out |= verb_forms(p, i)
        elif " " in item:
            out.add(" ".join(match_form(w) for w in item.split()))
        elif kind == "n":
            out |= noun_forms(match_form(item))
        else:
            out |= literal_forms(match_form(item))
    return out


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a TSV data file under ``khabar/resources/events`` (comments skipped)."""
    path = RESOURCES / name
    rows = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            rows.append([c.strip() for c in row])
    return rows


@lru_cache(maxsize=100_000)
def candidates(norm: str) -> tuple[tuple[str, str], ...]:
    """``(prefix, base)`` readings of a normalised token, least stripped first."""
    return analyses(norm)


@lru_cache(maxsize=100_000)
def bases(norm: str) -> frozenset[str]:
    """The bases of :func:`candidates` (a later word of a phrase matches any of them)."""
    return frozenset(b for _, b in candidates(norm))


def readings(tok: Token) -> set[str]:
    """The token's matching form and its clitic-stripped readings (بالإعصار → إعصار)."""
    return {tok.norm} | {base for _, base in candidates(tok.norm)}


# Token kinds that may start or continue an entry (punctuation and symbols never do).
_WORDY = frozenset(("word", "number"))
# Bound of a PhraseIndex's per-norm memo (a long-running process sees new words forever).
STARTS_MAX = 200_000


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon hit: tokens ``[start, end)`` of the sequence, the payload, the proclitic."""

    start: int
    end: int
    payload: Any
    prefix: str


class PhraseIndex:
    """Token-sequence lexicon: single and multi-word entries, proclitics allowed."""

    def __init__(self) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        # (session 16, perf16b) token norm -> its readings whose base starts an entry, with those
        # entries (most norms start none: one dict probe instead of the readings loop)
        self._starts: dict[str, tuple[tuple[str, list[tuple[tuple[str, ...], Any]]], ...]] = {}

    def add(self, form: str, payload: Any) -> None:
        words = form.split()
        if not words:
            return
        self._first.setdefault(words[0], []).append((tuple(words[1:]), payload))
        self._starts.clear()

    def _starts_of(self, norm: str) -> tuple[tuple[str, list[tuple[tuple[str, ...], Any]]], ...]:
        """``(prefix, entries)`` of the readings of ``norm`` whose base starts an entry, in the
        order of :func:`candidates` (memoised per norm; emptied when an entry is added)."""
        got = self._starts.get(norm)
        if got is None:
            first = self._first
            # most norms start nothing in most of the ~140 indices (96 % of first sights over
            # the news day): one C-level test of the norm's cached bases settles them (perf22)
            got = () if first.keys().isdisjoint(bases(norm)) else tuple(
                (prefix, first[base]) for prefix, base in candidates(norm) if first.get(base))
            if len(self._starts) >= STARTS_MAX:
                self._starts.clear()
            self._starts[norm] = got
        return got

    def add_forms(self, forms: set[str], payload: Any) -> None:
        for f in forms:
            self.add(f, payload)

    def __contains__(self, word: str) -> bool:
        return word in self._first

    @classmethod
    def union(cls, indices: Sequence[PhraseIndex]) -> PhraseIndex:
        """One index holding the entries of ``indices`` (a match of the union at a token is a
        match of one of them there: one lookup instead of one per index)."""
        out = cls()
        for index in indices:
            for first, entries in index._first.items():
                out._first.setdefault(first, []).extend(entries)
        return out

    def match_at(self, tokens: Sequence[Token], i: int) -> list[Match]:
        """All entries starting at token ``i`` (longest first)."""
        tok = tokens[i]
        if tok.kind not in _WORDY:
            return []
        starts = self._starts.get(tok.norm)
        if starts is None:
            starts = self._starts_of(tok.norm)
        if not starts:
            return []
        out: list[Match] = []
        n = len(tokens)
        for prefix, entries in starts:
            for rest, payload in entries:
                j = i + 1
                for w in rest:  # a later word matches any clitic reading of its token
                    if j >= n or w not in bases(tokens[j].norm):
                        break
                    j += 1
                else:
                    out.append(Match(i, j, payload, prefix))
        if len(out) > 1:
            out.sort(key=lambda m: m.start - m.end)
        return out

    def matches_by_position(self, tokens: Sequence[Token]) -> list[list[Match]]:
        """``match_at(tokens, i)`` for every position ``i``; a token whose norm the memo knows
        to start no entry (session 16, perf16b: most tokens start none) or that is no word or
        number (session 21, perf21: punctuation is never memoised) is not asked about."""
        starts = self._starts
        return [[] if tok.kind not in _WORDY or starts.get(tok.norm) == ()
                else self.match_at(tokens, i) for i, tok in enumerate(tokens)]

    def positions(self, tokens: Sequence[Token]) -> dict[Any, list[int]]:
        """Payload → the token positions where one of its entries starts (one pass)."""
        out: dict[Any, list[int]] = {}
        for i, found in enumerate(self.matches_by_position(tokens)):
            for m in found:
                lst = out.setdefault(m.payload, [])
                if not lst or lst[-1] != i:
                    lst.append(i)
        return out

    def find(self, tokens: Sequence[Token]) -> Iterator[Match]:
        """Every match in a token sequence (overlaps included)."""
        for i in range(len(tokens)):
            yield from self.match_at(tokens, i)

    def has(self, token: Token) -> bool:
        """Whether a single token (any clitic reading) is a one-word entry."""
        return any(base in self._first and any(not r for r, _ in self._first[base])
                   for _, base in candidates(token.norm))


def load_groups(name: str) -> dict[str, PhraseIndex]:
    """A cues-style file (group, kind, forms) as one index per group."""
    out: dict[str, PhraseIndex] = {}
    for row in read_tsv(name):
        group, kind, forms = row[0], row[1], row[2]
        out.setdefault(group, PhraseIndex()).add_forms(expand(kind, forms), group)
    return out


def load_combined(name: str) -> PhraseIndex:
    """A cues-style file as ONE index whose payloads are the group names."""
    idx = PhraseIndex()
    for row in read_tsv(name):
        idx.add_forms(expand(row[1], row[2]), row[0])
    return idx


def imperfect(tok: Token, prefix: str, lemma: str = "") -> bool:
    """Whether a verb token is imperfect (a perfect stem may itself begin with ت: تجمع)."""
    base = tok.norm[len(prefix):] if prefix and tok.norm.startswith(prefix) else tok.norm
    if match_form(lemma).startswith("ت"):
        return len(base) > 4 and base[0] in "يتن" and base[1] == "ت"
    return len(base) > 3 and base[0] in "يتن"
