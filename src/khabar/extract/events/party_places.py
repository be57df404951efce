"""Place and time adverbials the role rules of the 14 other types step over (evr15b's, moved
out of :mod:`khabar.extract.events.party_roles` in session 16 so that
:mod:`khabar.extract.events.party_objects` shares them): «في مكتبه بالإمارة أمس»، «في بيروت
اليوم،»، «، مؤخرا،»."""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.rolewords import SKIPPABLE
from khabar.text.normalize import match_forms

IN = match_forms("في وفي")
TIME_WORDS = SKIPPABLE | match_forms("مؤخرا يوم")
COMMAS = frozenset(",،")
OBJECT_SUFFIXES = ("ها", "هم", "ه")


def b_noun(tok: Token) -> bool:
    """A word with the preposition ب (بالإمارة، بمكتبه، بقصر; the tokenizer leaves ب on an
    indefinite noun)."""
    norm = tok.norm[1:] if tok.prefix[:1] == "و" else tok.norm
    return tok.kind == "word" and norm.startswith("ب") and len(norm) > 3


def place_start(tok: Token) -> bool:
    """A word that surely opens a place or time phrase: في، a time word, a definite ب-noun or
    one with a pronoun (بالإمارة، بمكتبه) — not a name that starts with ب (بندر)."""
    return tok.norm in IN or tok.norm in TIME_WORDS or b_noun(tok) \
        and ("ال" in tok.prefix or tok.norm.endswith(OBJECT_SUFFIXES))


def adverbial_end(tokens: Sequence[Token], k: int, hi: int) -> int:
    """The first word after a run of place and time phrases starting at ``k`` (في مكتبه
    بالإمارة أمس، في مكتب سموه بقصر الحكم اليوم، ، مؤخرا،), or ``k`` when none starts there."""
    start = k
    if k < hi and tokens[k].text in COMMAS:
        k += 1
    if k >= hi or not place_start(tokens[k]):
        return start
    while k < hi:
        tok = tokens[k]
        if tok.text in COMMAS or tok.norm in TIME_WORDS:
            k += 1
            continue
        if tok.norm in IN and k + 1 < hi:
            k += 1  # في + its noun
            tok = tokens[k]
        elif not b_noun(tok):
            break
        k += 1  # a ب-noun or the noun after في
        if "ال" not in tok.prefix and not tok.norm.endswith(OBJECT_SUFFIXES) and k < hi \
                and tokens[k].kind == "word" and (tokens[k].prefix == "ال" or tokens[k].norm.endswith("ه")):
            k += 1  # its genitive: مكتب سموه، بقصر الحكم
    return k
