"""Tokenisation with original offsets: words, numbers, punctuation and quote marks apart.

A token never carries a glued quote mark or full stop: «"بلومبرغ".» gives ``"``,
``بلومبرغ``, ``"``, ``.``. Zero-width and bidi controls inside a word stay in it; around
words they are skipped. Each token keeps its ORIGINAL offsets and gets a normalised form
(``norm``, :data:`khabar.text.normalize.MATCHING`) and a clitic-stripped ``base`` with
the removed ``prefix`` (see :mod:`khabar.text.clitics`); :func:`base_start` gives the
original offset where the base begins. The per-surface analysis is cached, so a
document costs one regex pass plus a dict lookup per token.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from khabar.document import Token
from khabar.text.clitics import strip
from khabar.text.normalize import MATCHING, normalize

_LETTERS = r"[\p{L}\p{M}\u0640]+"
_TOKEN = regex.compile(
    # words: letters with their marks and tatweel (لـ stays one token); invisible
    # controls (ZWNJ, RLM, soft hyphen …) are kept only between letters
    rf"(?P<word>{_LETTERS}(?:[\u200b-\u200f\u00ad\u2060]+{_LETTERS})*)"
    # numbers: digits with decimal/thousand separators between digits
    r"|(?P<number>\p{Nd}+(?:[.,\u066b\u066c]\p{Nd}+)*)"
    r"|(?P<punct>\.{2,}|\p{P})"
    r"|(?P<symbol>[\p{S}\p{No}\p{Nl}\p{Co}])",
)


@lru_cache(maxsize=200_000)
def analyse(surface: str, kind: str) -> tuple[str, str, str]:
    """``(norm, prefix, base)`` of a token surface (cached per process)."""
    norm = normalize(surface, MATCHING).text
    if kind == "word":
        prefix, base = strip(norm)
        return norm, prefix, base
    return norm, "", norm


def tokenize(text: str, start: int = 0, end: int | None = None, sentence: int = 0) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    append = tokens.append
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup
        surface = m.group()
        norm, prefix, base = analyse(surface, kind)
        s, e = m.span()
        append(Token(start=s, end=e, text=surface, norm=norm, base=base, prefix=prefix,
                     kind=kind, sentence=sentence))
    return tokens


def base_start(token: Token) -> int:
    """Original offset where the token's ``base`` starts (after its proclitics)."""
    if not token.prefix:
        return token.start
    n = normalize(token.text, MATCHING)
    return token.start + n.to_original(len(token.prefix), len(token.norm))[0]
