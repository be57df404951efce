"""PLOVER contexts by keyword: the contexts whose words occur in the event's sentence.

Lexicon: ``resources/events/contexts.tsv``. Cheap by design (a dict probe per token); a
context is a hint for filtering and aggregation, not a judgement.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.document import Token
from khabar.extract.events.lexicon import load_groups

# Contexts implied by an event type and mode whatever the words.
IMPLIED = {("ASSAULT", "suicide-attack"): "terrorism", ("COERCE", "censor"): "rights_freedoms",
           ("SANCTION", "convict"): "legal", ("ACCUSE", "investigate"): "legal"}


@lru_cache(maxsize=1)
def _index():
    return load_groups("contexts.tsv")


def contexts(tokens: Sequence[Token], type_: str, mode: str | None) -> list[str]:
    """Sorted context names for an event of ``type_``/``mode`` in a sentence of ``tokens``."""
    found: set[str] = set()
    for name, idx in _index().items():
        for i in range(len(tokens)):
            if idx.match_at(tokens, i):
                found.add(name)
                break
    extra = IMPLIED.get((type_, mode))
    if extra:
        found.add(extra)
    return sorted(found)
