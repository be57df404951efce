"""Paragraphs and sentences, with sentences broken across lines rejoined.

News text arrives with hard line breaks inside sentences (a paragraph that ends on
«في» or on a word mid-phrase continues on the next block). A block boundary is a
sentence boundary only when the block ends with terminal punctuation, or looks like a
headline (short, no terminal punctuation, not ending on a function word or colon).
Inside a block, sentences end at . ! ? ؟ … (and a closing quote after them), never
inside a balanced quotation, never after an abbreviation or a single letter (د. أ.).
"""

from __future__ import annotations

import regex

from khabar.document import Sentence

_BLOCK = regex.compile(r"[^\n]+(?:\n(?![ \t\u00a0]*\n)[^\n]*)*")
_TERMINAL = regex.compile(r"[.!?؟…]+[\"'»”’)\]]*$")
_SENT_END = regex.compile(r"[.!?؟…]+[\"'»”’)\]]*(?=\s)")
_WORD = regex.compile(r"[\p{L}\p{M}\u0640]+")
OPEN_CLOSE = {"«": "»", "“": "”", "\"": "\"", "(": ")"}
FUNCTION_WORDS = frozenset(
    "في من الى إلى على عن أن ان إن الذي التي الذين مع بين حول ضد عبر لدى منذ حتى و أو او ثم بل لكن "
    "قد لم لن لا ما هذا هذه ذلك تلك كان كانت عند بعد قبل خلال نحو".split()
)
ABBREVIATIONS = frozenset("د م ص ق ج أ ا ب ت ه هـ ش ع س ك ل ن و ي ف ط ح خ ر ز ظ غ ض ذ ث إ آ د.م ص.ب".split())
HEADLINE_MAX_WORDS = 14


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty block of lines separated by blank lines."""
    out = []
    for m in _BLOCK.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _continues(prev: str, nxt: str) -> bool:
    """Whether block ``nxt`` continues the unfinished sentence ending block ``prev``."""
    tail = prev.rstrip()
    if not tail or _TERMINAL.search(tail):
        return False
    if tail.endswith((":", ",", "،", "؛", "-", "–")):
        return True
    words = _WORD.findall(tail)
    if not words:
        return False
    if words[-1] in FUNCTION_WORDS or tail.endswith("لـ"):
        return True
    # A short block without final punctuation or commas is a headline, caption or byline;
    # a body sentence (long, or with a comma inside) runs on.
    last_line = tail.rsplit("\n", 1)[-1]
    if "،" in last_line or "," in last_line:
        return True
    return len(_WORD.findall(last_line)) > HEADLINE_MAX_WORDS


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Balanced quotation regions inside ``[start, end)`` (no break is allowed inside)."""
    regions = []
    i = start
    while i < end:
        ch = text[i]
        close = OPEN_CLOSE.get(ch)
        if close and ch != "(":
            j = text.find(close, i + 1, end)
            if j != -1:
                regions.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return regions


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    regions = _quote_regions(text, start, end)
    out = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        cut = m.end()
        if any(a < m.start() < b - 1 for a, b in regions):
            continue
        if text[m.start()] == ".":
            before = _WORD.findall(text, s, m.start())
            prev_char = text[m.start() - 1] if m.start() > start else " "
            if before and before[-1] in ABBREVIATIONS and not prev_char.isdigit():
                word_start = m.start() - len(before[-1])
                if word_start == s or text[word_start - 1].isspace():
                    continue
        out.append((s, cut))
        s = cut
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with original offsets and paragraph index."""
    blocks = paragraphs(text)
    # Merge blocks that continue an unfinished sentence.
    merged: list[tuple[int, int, int]] = []  # start, end, paragraph index
    for idx, (s, e) in enumerate(blocks):
        if merged and _continues(text[merged[-1][0] : merged[-1][1]], text[s:e]):
            merged[-1] = (merged[-1][0], e, merged[-1][2])
        else:
            merged.append((s, e, idx))
    out: list[Sentence] = []
    for s, e, para in merged:
        for a, b in _split_block(text, s, e):
            # Line breaks inside a block that end a headline-like line split too.
            for a2, b2 in _split_lines(text, a, b):
                out.append(Sentence(start=a2, end=b2, text=text[a2:b2], paragraph=para))
    return out


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence at single line breaks that end a complete line."""
    out = []
    s = start
    pos = text.find("\n", start, end)
    while pos != -1:
        if not _continues(text[s:pos], text[pos + 1 : end]):
            e = pos
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e))
            s = pos + 1
            while s < end and text[s].isspace():
                s += 1
        pos = text.find("\n", pos + 1, end)
    if s < end:
        out.append((s, end))
    return out
