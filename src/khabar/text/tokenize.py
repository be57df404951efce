"""Tokenisation with original offsets: words, numbers, punctuation and quote marks apart.

A token never carries a glued quote mark or full stop: «"بلومبرغ".» gives ``"``,
``بلومبرغ``, ``"``, ``.``. Zero-width and bidi controls inside a word stay in it; around
words they are skipped. Each token keeps its ORIGINAL offsets and gets a normalised form
(``norm``, :data:`khabar.text.normalize.MATCHING`) and a clitic-stripped ``base`` with
the removed ``prefix`` (see :mod:`khabar.text.clitics`; a hamza alef + ل as written, إلغاء,
is never taken for the article); :func:`base_start` gives the
original offset where the base begins. The per-surface analysis is cached, so a
document costs one regex pass plus a dict lookup per token.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from khabar.document import Token
from khabar.text.clitics import strip, strip_token
from khabar.text.normalize import MATCHING, normalize, text_former

_LETTERS = r"[\p{L}\p{M}\u0640]+"
_TOKEN = regex.compile(
    # words: letters with their marks and tatweel (لـ stays one token); invisible
    # controls (ZWNJ, RLM, soft hyphen …) are kept only between letters
    rf"{_LETTERS}(?:[\u200b-\u200f\u00ad\u2060]+{_LETTERS})*"
    # numbers: digits with decimal/thousand separators between digits
    r"|\p{Nd}+(?:[.,\u066b\u066c]\p{Nd}+)*"
    r"|\.{2,}|\p{P}"  # punctuation
    r"|[\p{S}\p{No}\p{Nl}\p{Co}]",  # symbols
)


_KIND = regex.compile(r"(?P<word>[\p{L}\p{M}])|(?P<number>\p{Nd})|(?P<punct>\p{P})")
_CACHE: dict[str, tuple[str, str, str, str]] = {}
CACHE_MAX = 300_000


def analyse(surface: str) -> tuple[str, str, str, str]:
    """``(kind, norm, prefix, base)`` of a token surface (cached per process)."""
    hit = _CACHE.get(surface)
    if hit is not None:
        return hit
    m = _KIND.match(surface)
    kind = m.lastgroup if m else "symbol"
    norm = _matching_form(surface)
    if kind == "word":
        prefix, base = strip(norm)
        if prefix.endswith("ال"):  # only an «ال» split asks whether it is the word's own
            written = _written_form(surface) if not _HAMZA_ALEFS.isdisjoint(surface) else norm
            prefix, base = strip_token(norm, written)
    else:
        prefix, base = "", norm
    if len(_CACHE) >= CACHE_MAX:
        _CACHE.clear()
    hit = _CACHE[surface] = (kind, norm, prefix, base)
    return hit


# ``normalize(surface, MATCHING).text`` without the option hashing of its caches (once per
# new surface; session 16, perf16)
_matching_form = text_former(MATCHING)
# the same with hamza alefs kept (one-to-one, so letter for letter with the matching form):
# a hamza alef before ل is never the article (session 18, txt18)
_written_form = text_former(replace(MATCHING, alef=False))
# a surface with none of these (alefs with a hamza or madda, wasla, or the combining marks that
# make one) has a written form equal to its matching form
_HAMZA_ALEFS = frozenset("أإآٱ\u0653\u0654\u0655")


def tokenize(text: str, start: int = 0, end: int | None = None, sentence: int = 0) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    append = tokens.append
    get = _CACHE.get
    for m in _TOKEN.finditer(text, start, end):
        surface = m.group()
        kind, norm, prefix, base = get(surface) or analyse(surface)
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
