"""Arabic full-text search: what goes into the FTS5 index, query parsing, snippets.

Every word is indexed three times, position for position, in three FTS5 columns:

- ``full``: its normalised form (:func:`khabar.text.normalize.match_form`: no diacritics,
  unified alef/yaa/taa marbuta, ASCII digits);
- ``base``: the same form with its proclitics stripped (:func:`khabar.text.clitics.strip`),
  so وواشنطن and لواشنطن are both indexed under واشنطن;
- ``stem``: a conflation key (:func:`khabar.store.stems.stem`): the base with enclitic
  pronouns and number endings off and a few frequent broken plurals mapped to their
  singular, so قواته, بقواتهم, القوات and قوة share قوت, مظاهرات and مظاهرة share
  مظاهرت, جنود and جنديين share جندي, اتفاقاً and الاتفاق share اتفاق, مسؤولو and
  المسؤولين share مسؤول (a written tanwin or final أ is read off the original word).

An unquoted query word ``w`` (normalised the same way, base ``b``, stem ``s``) becomes
``(full:w OR base:w OR full:b OR base:b OR stem:s)``. A quoted phrase (one word or more)
is exact up to normalisation and proclitics: the same alternatives without the stem, as
phrases, so word order is kept and quoting a word turns suffix stripping off. ``AND``,
``OR``, ``NOT`` and parentheses pass through to FTS5; adjacent operands are ANDed. A word
typed with its article or a clitic also counts its exact form twice (BM25 then ranks the
articles that write it so first). Spelling variants of names are sought too (:func:`_variants`:
عبدربه ↔ عبد ربه and أبوظبي ↔ أبو ظبي, an unquoted عبد/أبو joining the next word; بن ↔ ابن;
the hamza before و on ؤ or ئ, مسؤول ↔ مسئول).
Snippets come from the ORIGINAL text: hits are found again on the original words (one
normalisation with its offset map) by the same forms; a word sought only inside a phrase is
a hit only where the whole phrase stands. A store's ``stem`` column was built
by one version of the stem rules (:data:`khabar.store.stems.STEM_VERSION`; migrations
rebuild it); ``parse_query(…, stems=version)`` seeks the keys of that version.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from khabar.document import Document, Token
from khabar.store.alef_lam import own_form, written_forms
from khabar.store.stems import STEM_VERSION, stem, surface_stem, written_ending
from khabar.text.clitics import analyses
from khabar.text.normalize import DEFAULT, normalize
from khabar.text.tokenize import tokenize

_QUERY_TOKEN = regex.compile(r'"([^"]*)"|(\()|(\))|([^\s()"]+)')
OPERATORS = {"AND", "OR", "NOT"}


class QueryError(ValueError):
    """A search query that cannot be parsed. ``kind`` says why, machine-readably (the web
    pages pick their Arabic message by it, the API's 422 carries it): ``empty_parentheses``
    (a «)» without its «(», or «()»), ``unclosed_parenthesis``, ``operator_first`` (AND, OR,
    NOT with no term before), ``trailing_operator``, ``prefix`` (``word*``),
    ``exclude_first`` (``-word`` first), ``no_words``, ``index`` (the full-text index
    refused the expression); ``term`` is the operator or word at fault, when there is one."""

    def __init__(self, message: str, kind: str = "syntax", term: str | None = None) -> None:
        super().__init__(message)
        self.kind, self.term = kind, term


@contextmanager
def index_errors(query: str | None) -> Iterator[None]:
    """The full-text index refusing a query's expression is a :class:`QueryError` (kind
    ``index``); without a query, an SQLite error stays one. One wrapper for every store
    read a query can reach (search, its count, event lists, stories, exports; session 24:
    written out seven times)."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if query is None:
            raise
        raise QueryError(f"cannot search for {query!r}: {exc}", "index") from exc


@dataclass
class Terms:
    """The forms a query seeks: exact forms (word or base) and stems (unquoted words)."""

    forms: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    # multi-word phrases: per word the forms it may take; a word sought only inside a
    # phrase is a hit only where the whole phrase is (not «مجلس» of «مجلس التعاون»)
    phrases: list[list[set[str]]] = field(default_factory=list)
    loose: set[str] = field(default_factory=set)  # forms and stems of one-word operands
    stem_version: int = STEM_VERSION  # the rules that made ``stems``

    def __bool__(self) -> bool:
        return bool(self.forms or self.stems)


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.kind in ("word", "number")]


def _stem(token: Token, version: int = STEM_VERSION) -> str:
    return surface_stem(token.text, version) if token.kind == "word" else token.norm


def index_columns(doc: Document) -> tuple[str, str, str]:
    """The ``(full, base, stem)`` texts indexed for a document (title first, then body)."""
    return text_columns(doc.text, doc.title, list(doc.tokens))


def text_columns(text: str, title: str | None, tokens: list[Token] | None = None) -> tuple[str, str, str]:
    """The ``(full, base, stem)`` texts for a text and title (``tokens``: of ``text``, if known)."""
    tokens = tokens or tokenize(text)
    if title:
        tokens = tokenize(title) + tokens
    words = _words(tokens)
    return (" ".join(t.norm for t in words), " ".join(t.base for t in words),
            " ".join(_stem(t) for t in words))


def _quote(words: list[str]) -> str:
    return '"' + " ".join(words) + '"'


# Name parts written as one word or two (matching forms): عبدربه / عبد ربه, عبدالله /
# عبد الله, أبوظبي / أبو ظبي, أبوبكر / أبو بكر. The news day writes both (عبدربه 19, عبد ربه
# 19), so a name typed one way must find the other.
COMPOUND_HEADS = ("عبد", "ابو")


def _compound_variant(tokens: list[Token]) -> list[Token] | None:
    """The words with every عبد/أبو name joined to the next word or split off it
    (``None`` when there is none): عبد ربه ↔ عبدربه, أبو ظبي ↔ أبوظبي."""
    out: list[Token] = []
    changed = False
    i = 0
    while i < len(tokens):
        t = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if t.norm in COMPOUND_HEADS and nxt is not None and nxt.kind == "word":
            out.append(tokenize(t.text + nxt.text)[0])
            changed = True
            i += 2
            continue
        head = next((h for h in COMPOUND_HEADS if t.norm.startswith(h) and len(t.norm) >= len(h) + 3), None)
        if head is not None and t.kind == "word":
            split = tokenize(t.text[:len(head)] + " " + t.text[len(head):])
            if len(split) == 2:
                out += split
                changed = True
                i += 1
                continue
        out.append(t)
        i += 1
    return out if changed else None


# «son of» in a name chain, written بن (محمد بن نايف) or ابن (ابن خلدون, محمد ابن نايف)
SON = {"بن": "ابن", "ابن": "بن"}


def _son_variant(tokens: list[Token]) -> list[Token] | None:
    """The words with بن and ابن swapped (``None`` when there is none)."""
    if not any(t.norm in SON for t in tokens):
        return None
    return [tokenize(SON[t.norm])[0] if t.norm in SON else t for t in tokens]


# The hamza before و sits on ؤ or, in the Egyptian convention, on ئ: مسؤول / مسئول, شؤون /
# شئون (the dev day: مسؤول 202 articles, مسئول 14; شؤون 133, شئون 19). Normalisation keeps
# the seats apart, so a query word is also sought with the other one.
HAMZA_SEATS = {"ؤو": "ئو", "ئو": "ؤو"}
_SEAT = regex.compile("ؤو|ئو")


def _hamza_variant(tokens: list[Token]) -> list[Token] | None:
    """The words with the hamza before و on the other seat (``None`` when there is none)."""
    if not any(_SEAT.search(t.text) for t in tokens):
        return None
    return [tokenize(_SEAT.sub(lambda m: HAMZA_SEATS[m.group()], t.text))[0]
            if t.kind == "word" and _SEAT.search(t.text) else t for t in tokens]


def _variants(tokens: list[Token]) -> list[list[Token]]:
    """Other spellings sought with the words: عبد/أبو joined or split, بن ↔ ابن, and the
    hamza seat before و (مسؤول ↔ مسئول), alone and combined."""
    out: list[list[Token]] = []
    seen = [[t.norm for t in tokens]]
    compound = _compound_variant(tokens)
    son = _son_variant(tokens)
    names = [v for v in (compound, son, _son_variant(compound) if compound else None) if v]
    for variant in names + [_hamza_variant(v) for v in [tokens, *names]]:
        if variant is not None and [t.norm for t in variant] not in seen:
            seen.append([t.norm for t in variant])
            out.append(variant)
    return out


def _proclitic_forms(norm: str) -> list[str]:
    """A word with the conjunctions and prepositions written on it (matching forms; ل + ال
    is لل): الله → والله, فالله, بالله, لله, ولله …"""
    if norm.startswith("ال"):
        rest = norm[2:]
        lam = "ل" if rest.startswith("ل") else "لل"  # لله, لليل: one ل is not written twice
        return [p + norm for p in ("و", "ف", "ب", "ك", "وب", "فب", "وك")] + [
            p + lam + rest for p in ("", "و", "ف")]
    return [p + norm for p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")]


def _own_alternatives(word: Token, own: str, definite: str, terms: Terms,
                      quoted: bool) -> list[str]:
    """The alternatives of one word whose «ال» is its own (khabar.store.alef_lam: ألفية,
    الإلغاء): its written forms whole and the base of its definite forms, never the fragment
    the splitter leaves (فيه); unquoted, the stem of its definite form."""
    forms = written_forms(own)
    terms.forms.update([word.norm, own, *forms])
    terms.loose.update([word.norm, own, *forms])
    alternatives = [f"full : {_quote([f])}" for f in forms] + [f"base : {_quote([own])}"]
    if not quoted:
        key = surface_stem(definite, terms.stem_version)
        terms.stems.add(key)
        terms.loose.add(key)
        alternatives.append(f"stem : {_quote([key])}")
    return alternatives


def _alternatives(words: list[Token], terms: Terms, quoted: bool) -> list[str]:
    """The FTS5 alternatives (full, base and, unquoted, stem columns) for one word sequence."""
    if len(words) == 1 and (own := own_form(words[0])) is not None:
        return _own_alternatives(words[0], *own, terms, quoted)
    norms = [t.norm for t in words]
    # a base of one or two letters is no word of the query's (الله is no ال + له "for him")
    bases = [t.base if len(t.base) >= 3 else t.norm for t in words]
    terms.forms.update(norms)
    terms.forms.update(bases)
    alternatives = [f"full : {_quote(norms)}", f"base : {_quote(norms)}"]
    if bases != norms:
        alternatives += [f"full : {_quote(bases)}", f"base : {_quote(bases)}"]
        # the form as typed counts twice in BM25: a query with its article or clitic
        # (الفيصل, السيسي) ranks the articles that write it so above those with the bare
        # word only (a given name فيصل, Cissé written سيسي), which it still finds
        alternatives.append(f"full : {_quote(norms)}")
    if len(words) == 1 and len(words[0].base) < 3 <= len(norms[0]):
        # its base is not trusted, so its proclitic forms are sought whole (والله, بالله, لله)
        forms = _proclitic_forms(norms[0])
        terms.forms.update(forms)
        alternatives += [f"full : {_quote([f])}" for f in forms]
    if not quoted:
        stems = [_stem(t, terms.stem_version) for t in words]
        terms.stems.update(stems)
        alternatives.append(f"stem : {_quote(stems)}")
    sought = [{t.norm, b} | ({_stem(t, terms.stem_version)} if not quoted else set())
              for t, b in zip(words, bases, strict=True)]
    if len(words) > 1:
        terms.phrases.append(sought)
    else:
        terms.loose.update(sought[0])
    return alternatives


def _operand(text: str, terms: Terms, quoted: bool) -> str | None:
    """The FTS5 expression for one query word or quoted phrase (``None`` if no words);
    a name in عبد/أبو or with بن/ابن is also sought written the other way (:func:`_variants`)."""
    words = _words(tokenize(text))
    if not words:
        return None
    alternatives = _alternatives(words, terms, quoted)
    for variant in _variants(words):
        alternatives += _alternatives(variant, terms, quoted)
    return "(" + " OR ".join(alternatives) + ")"


def match_clause(query: str, stems: bool | int = True) -> tuple[str, str]:
    """``(condition, expression)``: a condition on ``articles a`` that holds for exactly the
    articles ``Store.search(query)`` finds (its parser, :func:`parse_query`, and its MATCH
    over ``articles_fts``), with the MATCH expression as its one parameter — the article
    filter of ``khabar export --query`` (session 21, ux21b). Raises :class:`QueryError`."""
    expr, _ = parse_query(query, stems=stems)
    return "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", expr


def parse_query(query: str, stems: bool | int = True) -> tuple[str, Terms]:
    """Translate a user query into an FTS5 MATCH expression and the forms it seeks.

    ``stems=False``: no ``stem`` alternative (an index without that column); ``True``:
    the keys of the current stem rules; a number: the keys of that
    :data:`~khabar.store.stems.STEM_VERSION` (an older store searched read-only).

    Raises :class:`QueryError` for a query without words or with misplaced operators.
    """
    parts: list[str] = []
    terms = Terms(stem_version=STEM_VERSION if stems is True else int(stems) or STEM_VERSION)
    depth = 0
    prev = "start"  # start | operand | op | open
    tokens = [m.groups() for m in _QUERY_TOKEN.finditer(query)]
    i = 0
    while i < len(tokens):
        phrase, open_, close, word = tokens[i]
        i += 1
        # an unquoted عبد/أبو joins the next word: one operand, found written either way
        if (word is not None and word not in OPERATORS and i < len(tokens)
                and normalize(word, DEFAULT).text in COMPOUND_HEADS
                and tokens[i][3] is not None and tokens[i][3] not in OPERATORS):
            word = f"{word} {tokens[i][3]}"
            i += 1
        if open_:
            if prev in ("operand",):
                parts.append("AND")
            parts.append("(")
            depth += 1
            prev = "open"
            continue
        if close:
            if depth == 0 or prev in ("op", "open"):
                raise QueryError(f"unbalanced or empty parentheses in {query!r}",
                                 "empty_parentheses")
            parts.append(")")
            depth -= 1
            prev = "operand"
            continue
        if word is not None and word in OPERATORS:
            if prev != "operand":
                raise QueryError(f"operator {word} needs a term before it in {query!r}",
                                 "operator_first", word)
            parts.append(word)
            prev = "op"
            continue
        if word is not None and word.endswith("*"):
            # FTS5 reads «واشن*» as a prefix, but the index holds normalised words and
            # their stems: say so rather than silently find nothing
            raise QueryError(f"prefix search ({word}) is not supported; type the whole word "
                             "(its clitic, plural and pronoun forms are found with it)",
                             "prefix", word)
        if word is not None and word.startswith("-"):
            # «-word» (or «- "phrase"») excludes, as in web search engines: NOT word
            if prev != "operand":
                raise QueryError(f"-{word[1:] or 'word'} (leave out) needs a term before it"
                                 f" in {query!r}", "exclude_first", word[1:] or None)
            parts.append("NOT")
            prev = "op"
            word = word[1:]
            if not word:
                continue
        expr = _operand(phrase if phrase is not None else word, terms, phrase is not None or not stems)
        if expr is None:
            continue
        if prev == "operand":
            parts.append("AND")
        parts.append(expr)
        prev = "operand"
    if depth:
        raise QueryError(f"unbalanced parentheses in {query!r}", "unclosed_parenthesis")
    if prev == "op":
        raise QueryError(f"query ends with an operator: {query!r}", "trailing_operator")
    if not terms:
        raise QueryError(f"query has no searchable words: {query!r}", "no_words")
    return " ".join(parts), terms


_WORD = regex.compile(r"[\p{L}\p{M}]+|\p{Nd}+(?:[.,]\p{Nd}+)*")


def _hits(text: str, terms: Terms) -> list[tuple[int, int]]:
    """Original ``(start, end)`` of the words of ``text`` that match a query form.

    One normalisation pass over the whole text (with its offset map), then a dictionary
    test per word: the word itself or any of its clitic splits, or its stem (taken with
    the written word's ending, :func:`khabar.store.stems.written_ending`, as indexed).
    A word that the query seeks only inside a phrase (``terms.phrases``) is a hit only
    where the consecutive words make up the whole phrase.
    """
    norm = normalize(text, DEFAULT)  # taa marbuta kept for the stem; matched as ه below
    folded = {t.lower() for t in terms.forms}
    suffixes = tuple(folded)  # a clitic split's base is a suffix of the word: cheap pre-test
    stems = {t.lower() for t in terms.stems}
    loose = {t.lower() for t in terms.loose}
    candidates = []  # (word index, span, forms the word can take)
    for index, m in enumerate(_WORD.finditer(norm.text)):
        word = m.group().lower()
        w = word.replace("ة", "ه")
        keys: set[str] = set()
        if w in folded or (w.endswith(suffixes) and any(b in folded for _, b in analyses(w))):
            keys = {w} | {b for _, b in analyses(w)}
        span = None  # the original offsets, mapped only for a word that needs them
        if stems:
            # a final ا: the written word tells a tanwin or a hamza (أ) apart, as indexed
            ending = ""
            if word.endswith("ا"):
                span = norm.to_original(m.start(), m.end())
                ending = written_ending(text[span[0]:span[1]])
            key = stem(word, terms.stem_version, ending)
            if key in stems:
                keys.add(key)
        if keys:
            candidates.append((index, span or norm.to_original(m.start(), m.end()), keys))
    if not terms.phrases:
        return [span for _, span, _ in candidates]
    hit = [bool(keys & loose) for _, _, keys in candidates]
    for phrase in terms.phrases:
        n = len(phrase)
        for i in range(len(candidates) - n + 1):
            run = candidates[i:i + n]
            if (run[-1][0] - run[0][0] == n - 1
                    and all(keys & sought for (_, _, keys), sought in zip(run, phrase, strict=True))):
                hit[i:i + n] = [True] * n
    return [span for (_, span, _), h in zip(candidates, hit, strict=True) if h]


def snippet(text: str, terms: Terms, width: int = 90) -> tuple[str, list[list[int]]]:
    """A passage of the ORIGINAL ``text`` around the densest hit, and hit offsets in it.

    Returns ``(snippet, hits)`` where each hit is ``[start, end]`` in original-text
    offsets (``text[start:end]`` is the matched word). Without a hit, the text's start.
    """
    hits = _hits(text, terms)
    if not hits:
        end = min(len(text), 2 * width)
        return text[:end].strip() + ("…" if end < len(text) else ""), []
    # The window around the hit with the most other hits within reach (hits come in text
    # order: the count is two bisections, not a pass over every hit for each hit).
    starts = [h[0] for h in hits]
    best_start, best_end = hits[max(range(len(hits)), key=lambda i: bisect_left(
        starts, starts[i] + width) - bisect_right(starts, starts[i] - width))]
    start = max(0, best_start - width)
    end = min(len(text), best_end + width)
    while start > 0 and not text[start - 1].isspace() and best_start - start < width + 20:
        start -= 1
    while end < len(text) and not text[end].isspace() and end - best_end < width + 20:
        end += 1
    inside = [[s, e] for s, e in hits if s >= start and e <= end]
    out = text[start:end].replace("\n", " ").strip()
    return ("…" if start > 0 else "") + out + ("…" if end < len(text) else ""), inside


def says_operands(query: str) -> list[str]:
    """The words and ``"phrases"`` of a statement-content query (session 24,
    ``Store.quotes(says=)``), each an operand of its own (an unquoted عبد/أبو joins the next
    word, as in :func:`parse_query`). Every one must be in what was said, so AND is implied
    (an explicit ``AND`` is taken and changes nothing) and OR / NOT / parentheses / «-word»
    are refused (:class:`QueryError`, kind ``says``)."""
    out: list[str] = []
    tokens = [m.groups() for m in _QUERY_TOKEN.finditer(query)]
    i = 0
    while i < len(tokens):
        phrase, open_, close, word = tokens[i]
        i += 1
        if phrase is not None:
            if phrase.strip():
                out.append(f'"{phrase.strip()}"')
            continue
        if word == "AND":  # every word must be there already: AND says it again
            continue
        if open_ or close or word in OPERATORS or word.startswith("-"):
            raise QueryError(f"what was said is sought by words and \"phrases\", every one in "
                             f"the statement (AND is implied): {word or open_ or close!r} is "
                             f"not taken (search articles for OR / NOT)", "says", word)
        if (normalize(word, DEFAULT).text in COMPOUND_HEADS and i < len(tokens)
                and tokens[i][3] is not None and tokens[i][3] not in OPERATORS
                and not tokens[i][3].startswith("-")):
            word = f"{word} {tokens[i][3]}"
            i += 1
        out.append(word)
    return out


@lru_cache(maxsize=256, typed=True)  # True (today's rules) is not 1 (version 1)
def says_terms(query: str, stems: bool | int = True) -> tuple[str, tuple[Terms, ...]]:
    """``(expression, terms)`` of a statement-content query: the MATCH expression of the
    articles that hold all its operands (implied AND: the one index narrows the statements
    to read) and each operand's :class:`Terms` (:func:`says` tests them on a statement).
    Raises :class:`QueryError` (also for a query without a searchable word)."""
    operands = says_operands(query)
    terms = []
    for op in operands:
        try:
            terms.append(parse_query(op, stems=stems)[1])
        except QueryError:  # an operand of punctuation alone: nothing to seek
            continue
    if not terms:
        raise QueryError(f"query has no searchable words: {query!r}", "no_words")
    return parse_query(" ".join(operands), stems=stems)[0], tuple(terms)


def says(text: str | None, query: str, stems: bool | int = True) -> bool:
    """Whether a statement's content holds every word and phrase of ``query``, each read as
    search reads it (clitics, alef-lam, hamza, stems: :func:`_hits`)."""
    if not text:
        return False
    return all(_hits(text, t) for t in says_terms(query, stems)[1])
