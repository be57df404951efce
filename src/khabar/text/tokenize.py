"""Tokenisation with original offsets: words, numbers, punctuation and quote marks apart.

A token never carries a glued quote mark or full stop. Each token keeps its ORIGINAL
offsets and gets a normalised form (``norm``) and a clitic-stripped ``base``.
"""

from __future__ import annotations

import regex

from khabar.document import Token
from khabar.text.clitics import strip
from khabar.text.normalize import MATCHING, normalize

# Words: letters with their marks and tatweel (لـ stays one token). Numbers: digits with
# decimal/thousand separators between digits. Everything else: one char per token.
_TOKEN = regex.compile(
    r"(?P<word>[\p{L}\p{M}\u0640\u200c\u200d]+)"
    r"|(?P<number>\p{Nd}+(?:[.,\u066b\u066c]\p{Nd}+)*)"
    r"|(?P<punct>[\p{P}\p{S}])",
)
_WS = regex.compile(r"\s+")


def tokenize(text: str, start: int = 0, end: int | None = None, sentence: int = 0) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup or "symbol"
        surface = m.group()
        if kind == "punct" and regex.match(r"\p{S}", surface):
            kind = "symbol"
        norm = normalize(surface, MATCHING).text if kind != "punct" else surface
        if kind == "word":
            prefix, base = strip(norm)
        else:
            prefix, base = "", norm
        tokens.append(
            Token(
                start=m.start(), end=m.end(), text=surface, norm=norm, base=base,
                prefix=prefix, kind=kind, sentence=sentence,
            )
        )
    return tokens
