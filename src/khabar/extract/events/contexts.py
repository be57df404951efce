"""PLOVER contexts by keyword: the contexts whose words occur in the event's sentence.

Lexicon: ``resources/events/contexts.tsv``. Cheap by design (a dict probe per token); a
context is a hint for filtering and aggregation, not a judgement.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache

from khabar.document import Token
from khabar.extract.events.evidence import sports_sentence
from khabar.extract.events.lexicon import PhraseIndex, load_combined
from khabar.extract.events.triggers import TriggerLexicon
from khabar.text.normalize import match_form

# Contexts implied by an event type and mode whatever the words.
IMPLIED = {("ASSAULT", "suicide-attack"): "terrorism", ("COERCE", "censor"): "rights_freedoms",
           ("SANCTION", "convict"): "legal", ("ACCUSE", "investigate"): "legal"}


@lru_cache(maxsize=1)
def _index():
    return load_combined("contexts.tsv")


_local = threading.local()


def sentence_contexts(tokens: Sequence[Token]) -> frozenset[str]:
    """The contexts whose words occur in a sentence (computed once per sentence, per thread)."""
    last = getattr(_local, "last", None)
    if last is None or last[0] is not tokens:
        last = (tokens, frozenset(_index().positions(tokens)))
        _local.last = last
    return last[1]


def contexts(tokens: Sequence[Token], type_: str, mode: str | None) -> list[str]:
    """Sorted context names for an event of ``type_``/``mode`` in a sentence of ``tokens``."""
    found = set(sentence_contexts(tokens))
    extra = IMPLIED.get((type_, mode))
    if extra:
        found.add(extra)
    return sorted(found)


# Session 14 (evt14b, issue #6): sports reports for the 14 types. A document counts its `sports`
# words and its `sports_doc` words (cues.tsv: كرة القدم، الكروي، بالتعادل، السوبر، الفيفا، اللاعبين …
# — words a sports report uses and the `sports` group, which also gates ASSAULT/PROTEST, lacks).
# With SPORTS_REPORT of them a sentence with any sports, club or double-sense sports word is sports
# talk (the session-8 rule); with SPORTS_WHOLE of them every sentence is — a coach's quote on
# «الانتقاد», a fixture «بلقاء وست بروميتش», a player asked why he «رفضت العروض» — but an arrest
# (COERCE), which is no club business (a shooting at a team's bus: «نأمل في إلقاء القبض»), and
# a line with a governing party — a country's name, a federation, a government, an international
# body or a ministry (Kuwait's pledge to the IOC, «وقعت على اتفاقية الونيسكو», «عدم الموافقة على
# تعديل النظام الأساسي للاتحاد», federations agreeing on a meeting: judged events in s7–s14).
SPORTS_REPORT = 3
SPORTS_WHOLE = 5
SPORTS_DOC = ("sports", "sports_doc")
GOVERNING = frozenset(match_form(w) for w in (
    "اتحاد اتحادات الاتحاد الاتحادات حكومة حكومات حكومية حكومي الحكومة الحكومات الحكومية الحكومي "
    "دولية دولي الدولية الدولي أمم الأمم امم الامم وزارة الوزارة وزير الوزير برلمان البرلمان "
    "مملكة المملكة"
).split())


def governing_party(sentence: Sequence[Token]) -> bool:
    """Whether a sentence names a governing party (see :data:`GOVERNING`) or a country."""
    from khabar.gazetteer.countries import lookup  # the shared country gazetteer

    prev: Token | None = None
    for tok in sentence:
        if tok.kind != "word":
            prev = None
            continue
        if tok.base in GOVERNING or tok.norm in GOVERNING:
            return True
        found = lookup(tok.text)
        if found is not None and found.kind == "name" \
                and not (tok.prefix == "ال" and prev is not None and prev.prefix == "ال"):
            return True  # not an adjective after a definite noun: «الكرة السعودية»
        prev = tok
    return False


@lru_cache(maxsize=4)
def _sports_index(lex: TriggerLexicon) -> PhraseIndex:
    """The `sports`/`sports_doc` cue groups as one index, built once per lexicon."""
    return PhraseIndex.union([lex.cues[g] for g in SPORTS_DOC if g in lex.cues])


def sports_level(lex: TriggerLexicon, tokens: Sequence[Token], cap: int = SPORTS_WHOLE) -> int:
    """How many `sports`/`sports_doc` words a document holds (counting stops at ``cap``)."""
    index = _sports_index(lex)
    n = 0
    for i in range(len(tokens)):
        if index.match_at(tokens, i):
            n += 1
            if n >= cap:
                break
    return n


class SportsDoc:
    """A document's sports level, counted on first use (at most once per document)."""

    def __init__(self, lex: TriggerLexicon, tokens: Sequence[Token]) -> None:
        self._lex, self._tokens = lex, tokens
        self._level: int | None = None

    def level(self) -> int:
        if self._level is None:
            self._level = sports_level(self._lex, self._tokens)
        return self._level

    def drops(self, sentence: Sequence[Token], type_: str) -> bool:
        """Whether an event of ``type_`` (one of the 14 types) in ``sentence`` is sports talk."""
        if sports_sentence(self._lex, sentence):
            return self.level() >= SPORTS_REPORT
        return type_ != "COERCE" and self.level() >= SPORTS_WHOLE and not governing_party(sentence)
