"""Two apostrophes written for a double quote mark («'' لقد صممنا … ''», q18c): the quote stage reads
each glued pair as one «"».

Tokenised wire copy (ANERcorp) writes the double quote as two apostrophes; the text layer splits
them into two «'» tokens, which no quote rule knows. The stage works on a same-length copy of the
text with each pair turned into «"» plus a space (so every offset still points into the original)
and on token lists with each pair merged into one «"» token over both characters. Output spans
are cut from the original text, so their strings keep the apostrophes.
"""

from __future__ import annotations

import msgspec

from khabar.document import Token

PAIR = "''"


def quote_view(text: str, tokens: list[Token]) -> tuple[str, list[Token]]:
    """``(text, tokens)`` with every glued «''» read as «"»; the inputs themselves when none."""
    if PAIR not in text:
        return text, tokens
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if (t.text == "'" and nxt is not None and nxt.text == "'" and nxt.start == t.end
                and nxt.sentence == t.sentence):
            out.append(msgspec.structs.replace(t, end=nxt.end, text='"', norm='"', base='"', prefix=""))
            k += 2
            continue
        out.append(t)
        k += 1
    return text.replace(PAIR, '" '), out


def widen(original: str, seen: str, start: int, end: int) -> tuple[int, int]:
    """A span of the stage's copy ending on a «"» read from «''» ends after both apostrophes in the
    original (a mixed content keeping its closing mark: «… '' يرصد الجيش … سلاحهم ''»)."""
    if 0 < end < len(original) and seen[end - 1] == '"' and original[end - 1 : end + 1] == PAIR:
        end += 1
    return start, end
