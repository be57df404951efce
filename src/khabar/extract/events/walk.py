"""Walking a clause from a token: the words before a trigger (nearest first) or after it, up to
a reach and never past a clause break — the scans the sense, modality and evidence families share."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from khabar.document import Token

# Marks that end a clause for the scans (brackets and quotes too): the modality frames and the
# session 18/19 sense families stop at them.
# The marks of punctuation that end a clause (the rule families' scans, no brackets or quotes).
CLAUSE_BREAKS = frozenset(".!?؟:؛;،,")
CLAUSE_STOPS = frozenset(".!?؟:؛;،,«»\"“”()")


def words_back(tokens: Sequence[Token], start: int, reach: int,
               stops: Collection[str] = (), *, all_punct: bool = False,
               words_only: bool = False) -> Iterator[int]:
    """Indices of the tokens before ``start`` that are not punctuation, nearest first: at most
    ``reach`` of them, and none past a punctuation token whose text is in ``stops`` (other
    punctuation is stepped over). ``all_punct``: every punctuation token stops the walk;
    ``words_only``: every token that is not a word stops it (a number, a symbol too) — the
    older clause walks of :mod:`.modality` (an obligation, a negated purpose, a draft)."""
    seen = 0
    for j in range(start - 1, -1, -1):
        tok = tokens[j]
        if words_only and tok.kind != "word":
            return
        if tok.kind == "punct":
            if all_punct or tok.text in stops:
                return
            continue
        seen += 1
        if seen > reach:
            return
        yield j


def words_forward(tokens: Sequence[Token], first: int, reach: int) -> Iterator[int]:
    """Indices of the tokens from ``first`` on, in order: at most ``reach`` of them, and none
    past a punctuation token (every punctuation token ends the clause)."""
    for j in range(first, min(len(tokens), first + reach)):
        if tokens[j].kind == "punct":
            return
        yield j
