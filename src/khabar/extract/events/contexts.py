"""PLOVER contexts by keyword: the contexts whose words occur in the event's sentence.

Lexicon: ``resources/events/contexts.tsv``. Cheap by design (a dict probe per token); a
context is a hint for filtering and aggregation, not a judgement.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache

from khabar.document import Token
from khabar.extract.events.lexicon import load_combined

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
