"""Event triggers: verbs (any person, tense, voice, with clitics) and verbal nouns.

Reads ``resources/events/triggers.tsv`` and ``cues.tsv``. A trigger entry is a PLOVER type
(and maybe mode) for a set of generated forms. A *strong* trigger is an event word on its
own (اغتال، تظاهرة); a *weak* one (هجوم، ضربة، تجمع) needs a corroborating cue of its type's
context group elsewhere in the sentence. An entry with ``needs`` only fires when a word of
the named cue group follows within a window (أطلق + النار = firearms, أطلق + سراح = release).
"""

from __future__ import annotations

import threading
from collections.abc import Container, Sequence
from dataclasses import dataclass
from functools import lru_cache

from khabar.document import Token
from khabar.extract.events.lexicon import (
    PhraseIndex,
    expand,
    load_combined,
    load_groups,
    read_tsv,
)
from khabar.text.normalize import match_form

NUMBERS = frozenset(
    "اثنين اثنان ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره عشرات مئات الاف الف مائه مئه مليون "
    "ملايين الاف".split()
)


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One row of triggers.tsv."""

    type: str
    mode: str | None
    kind: str  # v | n | w | x (literal verb forms: اغتيل، أصيبوا)
    strong: bool
    needs: tuple[str, int] | None
    lemma: str = ""  # the entry's first listed form (a feature name for the learned filter)


@dataclass(slots=True)
class Candidate:
    """A trigger found in a sentence: token range, entry, proclitic of the first token."""

    start: int
    end: int
    entry: TriggerEntry
    prefix: str
    mode: str | None
    also_noun: bool = False  # the same form is also a verbal noun of the type (قتل، خطف)

    @property
    def type(self) -> str:
        return self.entry.type

    @property
    def verbal(self) -> bool:
        """Whether the trigger is (most likely) a verb rather than a verbal noun."""
        return self.entry.kind in ("v", "x") and not self.prefix.endswith(("ال", "ب", "ل", "لل"))


class TriggerLexicon:
    """The compiled trigger and cue lexicons (build once per process)."""

    def __init__(self) -> None:
        self.index = PhraseIndex()
        for row in read_tsv("triggers.tsv"):
            type_, mode, kind, forms, strength, needs = (row + ["-"] * 6)[:6]
            need = None
            if needs and needs != "-":
                group, _, window = needs.partition("@")
                need = (group, int(window or 3))
            lemma = forms.split(",")[0].split("/")[0].strip()
            entry = TriggerEntry(type_, None if mode == "-" else mode, kind, strength == "s", need,
                                 lemma)
            self.index.add_forms(expand(kind, forms), entry)
        self.cues = load_groups("cues.tsv")
        self._all_cues = load_combined("cues.tsv")
        self._local = threading.local()  # per-thread cache of the current sentence's cues

    def cue_positions(self, tokens: Sequence[Token]) -> dict[str, list[int]]:
        """Cue group → token positions in this sentence (computed once per sentence)."""
        last = getattr(self._local, "last", None)
        if last is None or last[0] is not tokens:
            last = (tokens, self._all_cues.positions(tokens))
            self._local.last = last
        return last[1]

    def group_at(self, group: str, tokens: Sequence[Token], lo: int, hi: int) -> int | None:
        """Index of the first token in ``[lo, hi)`` starting a phrase of cue ``group``."""
        for j in self.cue_positions(tokens).get(group, ()):
            if lo <= j < hi:
                return j
        return None

    def find(self, tokens: Sequence[Token], words: Container[str] = ()) -> list[Candidate]:
        """All trigger candidates of one sentence whose ``needs`` are satisfied.

        A token that is itself one of ``words`` (actor nouns: وزارة) is not read as a
        proclitic + trigger (و + زارة "visited him").
        """
        out: list[Candidate] = []
        for i in range(len(tokens)):
            seen: set[tuple[str, str | None]] = set()
            whole = tokens[i].norm in words
            after_number = i > 0 and (tokens[i - 1].kind == "number" or tokens[i - 1].norm in NUMBERS)
            for m in self.index.match_at(tokens, i):
                if whole and m.prefix and not m.prefix.endswith("ال"):
                    continue
                e: TriggerEntry = m.payload
                if e.kind == "v" and (m.prefix.endswith(("ال", "لل")) or after_number):
                    continue  # a verb takes no article and follows no number (الطلبة، مليون طالب)
                if e.kind in ("v", "x") and any(ch in TANWEEN for ch in tokens[i].text):
                    continue  # a verb takes no tanween: فجراً is "at dawn", not "they detonated"
                if e.kind == "v" and _object_on_intransitive(tokens[i].norm[len(m.prefix):], e):
                    continue  # تجمعهم "gathers them" is جمع, not the intransitive تجمع
                if e.needs is not None:
                    group, window = e.needs
                    if self.group_at(group, tokens, m.end, m.end + window) is None:
                        continue
                key = (e.type, e.mode)
                if key in seen:
                    if e.kind in ("n", "w"):
                        for c in out:
                            if c.start == m.start and c.entry.type == e.type and c.entry.kind == "v":
                                c.also_noun = True
                    continue
                seen.add(key)
                out.append(Candidate(m.start, m.end, e, m.prefix, e.mode))
        return _prefer_specific(out)


TANWEEN = frozenset("\u064b\u064c\u064d")  # ً ٌ ٍ

# Intransitive protest verbs: an object pronoun on them means another verb of the same
# spelling (تجمعهم = تَجمعهم "brings them together", form I of جمع).
INTRANSITIVE = frozenset(match_form(w) for w in "تظاهر احتج اعتصم تجمع تجمهر احتشد تدفق".split())
OBJECT_SUFFIXES = ("هم", "هن", "ها", "هما", "كم", "ه")


def _object_on_intransitive(word: str, e: TriggerEntry) -> bool:
    return match_form(e.lemma) in INTRANSITIVE and word.endswith(OBJECT_SUFFIXES) \
        and not word.endswith(("وا",))


def _prefer_specific(cands: list[Candidate]) -> list[Candidate]:
    """At one token keep, per type, an entry that needed a collocate over one that did not."""
    by_pos: dict[tuple[int, str], Candidate] = {}
    for c in cands:
        key = (c.start, c.type)
        old = by_pos.get(key)
        if old is None or (c.entry.needs and not old.entry.needs) or (
            c.entry.strong and not old.entry.strong and bool(c.entry.needs) == bool(old.entry.needs)
        ):
            by_pos[key] = c
    # A token that needs a collocate for one type (أطلق سراح) is not a bare trigger of another.
    specific = {c.start for c in by_pos.values() if c.entry.needs}
    out = [c for c in by_pos.values() if c.entry.needs or c.start not in specific
           or c.entry.kind in ("w", "x")]
    out.sort(key=lambda c: (c.start, c.type))
    return out


@lru_cache(maxsize=1)
def lexicon() -> TriggerLexicon:
    """The per-process trigger lexicon."""
    return TriggerLexicon()
