"""Paragraphs and sentences, with sentences broken across lines rejoined.

News text arrives with hard line breaks (single or blank lines) inside sentences: a line
that ends on «في» or mid-phrase continues on the next line. A line break is a sentence
(and paragraph) boundary unless the text before it is unfinished: no terminal
punctuation and either a trailing function word / comma / colon, or a line too long to
be a headline, caption or byline. So a headline stays its own sentence.

Inside a paragraph, sentences end at . ! ? ؟ (with any closing quotes or brackets after
them), never inside a quotation or a short parenthesis that opens and closes on the same
line, never after an abbreviation or an initial (د. أ.), and not at an ellipsis (.. … —
Arabic news uses it as a pause inside sentences). Word lists are data files in
``khabar/resources/text``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex

from khabar.document import Sentence
from khabar.text.normalize import normalize_text

_LINE = regex.compile(r"[^\n]+")
_TERMINAL = regex.compile(r"[.!?؟…]+[\"'»”’)\]]*$")
_SENT_END = regex.compile(
    r"(?<![.…])(?:[!?؟]+|\.(?![.…]))[.!?؟]*[\"'»”’″)\]]*(?=\s)"
    # a full stop, ? or ! glued between two Arabic words («لموسمين.وسبق») ends one too
    r"|(?<=[\u0621-\u064a]\p{Mn}*)[.؟!](?=[\u0621-\u064a])"
)
_WORD = regex.compile(r"[\p{L}\p{M}\u0640](?:[\p{L}\p{M}\u0640.]*[\p{L}\p{M}\u0640])?")
_HAS_DIGIT = regex.compile(r"\d")
OPEN_CLOSE = {"«": "»", "“": "”", '"': '"', "„": "“", "(": ")"}
_OPENING = regex.compile("[" + "".join(OPEN_CLOSE) + "]")
HEADLINE_MAX_WORDS = 14
MAX_QUOTE_CHARS = 1500  # a longer "quotation" is an unbalanced mark, not a quote
MAX_PAREN_CHARS = 200  # a parenthesis longer than this may hold whole sentences
# Dotted acronyms: pieces of one or two letters (Arabic or Latin) joined by dots, either
# glued (بي.بي.سي, أ.ف.ب, U.S) or, with three pieces or more, spaced (بي. بي. سي).
_PIECE = r"(?:\p{L}\p{M}*){1,2}"
_ACRONYM = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}]){_PIECE}(?:(?:\.{_PIECE})+|(?:\.\s?{_PIECE}){{2,}})(?![\p{{L}}\p{{M}}])"
)
_PIECE_SPLIT = regex.compile(r"\.\s?")
ERA_MARKS = frozenset({"م", "هـ", "ه"})  # 2015 م. / 1436 هـ. end sentences


def _word_list(name: str) -> frozenset[str]:
    path = resources.files("khabar.resources") / "text" / name
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line)
    return frozenset(words)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    abbreviations = set(_word_list("abbreviations.txt"))
    abbreviations |= set("ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآ")  # initials
    function_words = frozenset(normalize_text(w) for w in _word_list("function_words.txt"))
    return frozenset(abbreviations), function_words


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line, stripped of surrounding white space."""
    out = []
    for m in _LINE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: lines joined where a sentence runs on."""
    merged: list[tuple[int, int]] = []
    prev_line = ""
    for s, e in _lines(text):
        if merged and _continues(prev_line):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
        prev_line = text[s:e]
    return merged


def _continues(prev: str) -> bool:
    """Whether the line ``prev`` (before a line break) ends an unfinished sentence."""
    tail = prev.rstrip()
    if not tail or _TERMINAL.search(tail):
        return False
    if tail.endswith((":", ",", "،", "؛", ";", "-", "–", "—", "لـ")):
        return True
    last_line = tail.rsplit("\n", 1)[-1]
    words = _WORD.findall(last_line)
    if not words:
        return False
    _, function_words = _lexicon()
    if normalize_text(words[-1]) in function_words:
        return True
    # A short line without final punctuation or commas is a headline, caption, dateline
    # or byline; a body sentence (long, or with a comma inside) runs on.
    if "،" in last_line or "," in last_line:
        return True
    return len(words) > HEADLINE_MAX_WORDS


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotations that open and close on one line inside ``[start, end)``."""
    regions = []
    pos = start
    while True:
        m = _OPENING.search(text, pos, end)
        if m is None:
            return regions
        i = m.start()
        line_end = text.find("\n", i, end)
        line_end = end if line_end == -1 else line_end
        limit = MAX_PAREN_CHARS if m.group() == "(" else MAX_QUOTE_CHARS
        j = text.find(OPEN_CLOSE[m.group()], i + 1, min(line_end, i + limit))
        if j == -1:
            pos = i + 1
        else:
            regions.append((i, j + 1))
            pos = j + 1


def _is_abbreviation(text: str, sent_start: int, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    if dot <= sent_start:
        return False
    m = regex.search(r"[\p{L}\p{M}\u0640.]+$", text[max(sent_start, dot - 12) : dot])
    if not m:
        return False
    word = m.group()
    word_start = dot - len(word)
    if word_start > sent_start and not text[word_start - 1].isspace() and text[word_start - 1] not in "(«\"":
        return False
    abbreviations, _ = _lexicon()
    if word.rstrip("\u0640") in ERA_MARKS or word in ERA_MARKS:
        # «10 أغسطس 2015 م.»: an era mark after a number ends the sentence
        before = text[max(sent_start, word_start - 8) : word_start]
        if _HAS_DIGIT.search(before):
            return False
    return word in abbreviations or word.rstrip("\u0640") in abbreviations


def _acronym_dots(text: str, start: int, end: int) -> set[int]:
    """Positions of the dots inside dotted acronyms (between two pieces) in ``[start, end)``.

    A sequence whose two-letter pieces include a function word («لي.لن», «له. لا. لم»)
    is two short words around a sentence end, not an acronym.
    """
    _, function_words = _lexicon()
    dots: set[int] = set()
    for m in _ACRONYM.finditer(text, start, end):
        pieces = _PIECE_SPLIT.split(m.group())
        if any(len(p) > 1 and normalize_text(p) in function_words for p in pieces):
            continue
        dots.update(m.start() + i for i, c in enumerate(m.group()) if c == ".")
    return dots


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    regions = _quote_regions(text, start, end)
    acronym_dots = _acronym_dots(text, start, end)
    out = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        if any(a < m.start() < b - 1 for a, b in regions):
            continue
        if m.start() in acronym_dots:
            continue
        if text[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(text, s, m.start()):
            continue
        out.append((s, m.end()))
        s = m.end()
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with original offsets and paragraph index."""
    out: list[Sentence] = []
    for para, (s, e) in enumerate(paragraphs(text)):
        for a, b in _split_paragraph(text, s, e):
            out.append(Sentence(start=a, end=b, text=text[a:b], paragraph=para))
    return out
