"""Arabic full-text search: what goes into the FTS5 index, query parsing, snippets.

Every word is indexed twice, position for position, in two FTS5 columns:

- ``full``: its normalised form (:func:`khabar.text.normalize.match_form`: no diacritics,
  unified alef/yaa/taa marbuta, ASCII digits);
- ``base``: the same form with its proclitics stripped (:func:`khabar.text.clitics.strip`),
  so وواشنطن and لواشنطن are both indexed under واشنطن.

A query word ``w`` (normalised the same way, base ``b``) becomes
``(full:w OR base:w OR full:b OR base:b)``; a quoted phrase becomes the same three phrase
alternatives, so phrases keep word order. ``AND``, ``OR``, ``NOT`` and parentheses pass
through to FTS5; adjacent operands are ANDed. Snippets come from the ORIGINAL text: hits
are found again on the original tokens (whose offsets are original offsets).
"""

from __future__ import annotations

import regex

from khabar.document import Document, Token
from khabar.text.clitics import analyses
from khabar.text.normalize import MATCHING, normalize
from khabar.text.tokenize import tokenize

_QUERY_TOKEN = regex.compile(r'"([^"]*)"|(\()|(\))|([^\s()"]+)')
OPERATORS = {"AND", "OR", "NOT"}


class QueryError(ValueError):
    """A search query that cannot be parsed."""


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.kind in ("word", "number")]


def index_columns(doc: Document) -> tuple[str, str]:
    """The ``(full, base)`` texts indexed for a document (title first, then body)."""
    tokens = list(doc.tokens) or tokenize(doc.text)
    if doc.title:
        tokens = tokenize(doc.title) + tokens
    words = _words(tokens)
    return " ".join(t.norm for t in words), " ".join(t.base for t in words)


def _quote(words: list[str]) -> str:
    return '"' + " ".join(words) + '"'


def _operand(text: str, terms: set[str]) -> str | None:
    """The FTS5 expression for one query word or phrase (``None`` if it has no words)."""
    words = _words(tokenize(text))
    if not words:
        return None
    norms = [t.norm for t in words]
    bases = [t.base for t in words]
    terms.update(norms)
    terms.update(bases)
    alternatives = [f"full : {_quote(norms)}", f"base : {_quote(norms)}"]
    if bases != norms:
        alternatives += [f"full : {_quote(bases)}", f"base : {_quote(bases)}"]
    return "(" + " OR ".join(alternatives) + ")"


def parse_query(query: str) -> tuple[str, set[str]]:
    """Translate a user query into an FTS5 MATCH expression and the set of forms it seeks.

    Raises :class:`QueryError` for a query without words or with misplaced operators.
    """
    parts: list[str] = []
    terms: set[str] = set()
    depth = 0
    prev = "start"  # start | operand | op | open
    for m in _QUERY_TOKEN.finditer(query):
        phrase, open_, close, word = m.groups()
        if open_:
            if prev in ("operand",):
                parts.append("AND")
            parts.append("(")
            depth += 1
            prev = "open"
            continue
        if close:
            if depth == 0 or prev in ("op", "open"):
                raise QueryError(f"unbalanced or empty parentheses in {query!r}")
            parts.append(")")
            depth -= 1
            prev = "operand"
            continue
        if word is not None and word in OPERATORS:
            if prev != "operand":
                raise QueryError(f"operator {word} needs a term before it in {query!r}")
            parts.append(word)
            prev = "op"
            continue
        expr = _operand(phrase if phrase is not None else word, terms)
        if expr is None:
            continue
        if prev == "operand":
            parts.append("AND")
        parts.append(expr)
        prev = "operand"
    if depth:
        raise QueryError(f"unbalanced parentheses in {query!r}")
    if prev == "op":
        raise QueryError(f"query ends with an operator: {query!r}")
    if not terms:
        raise QueryError(f"query has no searchable words: {query!r}")
    return " ".join(parts), terms


_WORD = regex.compile(r"[\p{L}\p{M}]+|\p{Nd}+(?:[.,]\p{Nd}+)*")


def _hits(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Original ``(start, end)`` of the words of ``text`` that match a query form.

    One normalisation pass over the whole text (with its offset map), then a dictionary
    test per word: the word itself or any of its clitic splits.
    """
    norm = normalize(text, MATCHING)
    folded = {t.lower() for t in terms}
    suffixes = tuple(folded)  # a clitic split's base is a suffix of the word: cheap pre-test
    out = []
    for m in _WORD.finditer(norm.text):
        w = m.group().lower()
        if w in folded or (w.endswith(suffixes) and any(b in folded for _, b in analyses(w))):
            out.append(norm.to_original(m.start(), m.end()))
    return out


def snippet(text: str, terms: set[str], width: int = 90) -> tuple[str, list[list[int]]]:
    """A passage of the ORIGINAL ``text`` around the densest hit, and hit offsets in it.

    Returns ``(snippet, hits)`` where each hit is ``[start, end]`` in original-text
    offsets (``text[start:end]`` is the matched word). Without a hit, the text's start.
    """
    hits = _hits(text, terms)
    if not hits:
        end = min(len(text), 2 * width)
        return text[:end].strip() + ("…" if end < len(text) else ""), []
    # The window around the hit with the most other hits within reach.
    best_start, best_end = max(hits, key=lambda h: sum(abs(o[0] - h[0]) < width for o in hits))
    start = max(0, best_start - width)
    end = min(len(text), best_end + width)
    while start > 0 and not text[start - 1].isspace() and best_start - start < width + 20:
        start -= 1
    while end < len(text) and not text[end].isspace() and end - best_end < width + 20:
        end += 1
    inside = [[s, e] for s, e in hits if s >= start and e <= end]
    out = text[start:end].replace("\n", " ").strip()
    return ("…" if start > 0 else "") + out + ("…" if end < len(text) else ""), inside
