"""Walking a clause backwards from a token: the words before a trigger, nearest first, up to
a reach and never past a clause break — the scan the sense and modality families share."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from khabar.document import Token


def words_back(tokens: Sequence[Token], start: int, reach: int,
               stops: Collection[str]) -> Iterator[int]:
    """Indices of the tokens before ``start`` that are not punctuation, nearest first: at most
    ``reach`` of them, and none past a punctuation token whose text is in ``stops`` (other
    punctuation is stepped over)."""
    seen = 0
    for j in range(start - 1, -1, -1):
        tok = tokens[j]
        if tok.kind == "punct":
            if tok.text in stops:
                return
            continue
        seen += 1
        if seen > reach:
            return
        yield j
