"""Original-text spans of tokens with their proclitics left outside (وبانسحاب → انسحاب).

The number of proclitic letters comes from the lexicon match that recognised the word, so
a word that merely begins like a clitic (بغداد، فرنسا) keeps its letters. The article ال
stays inside the span (القوات الأمريكية), and a word with لل (للقوات، وللقوات) keeps لل.
A party's span ends before a place phrase with ب that its token range holds (:func:`shown_end`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.document import Span, Token

if TYPE_CHECKING:
    from khabar.extract.events.actors import Phrase

_MARKS = ("\u064b", "\u065f")


def clitic_letters(prefix: str, norm: str = "") -> int:
    """How many leading letters of a token to leave outside its span: ل + the article
    (للحكومة، وللقوات) keeps لل, as the article's alif is dropped after ل."""
    if not prefix:
        return 0
    if prefix.endswith(("لل", "ال")):
        # the article stays inside, also before a word that begins with ل itself
        # (اللاجئين، واللجنة: the ل of the article is no preposition)
        return len(prefix) - 2
    if prefix.endswith("ل") and norm[len(prefix) - 1 : len(prefix) + 1] == "لل":
        return len(prefix) - 1
    return len(prefix)


def skip_letters(text: str, tok: Token, n: int) -> int:
    """The original offset after the first ``n`` letters of ``tok`` (marks/tatweel skipped)."""
    i = tok.start
    letters = 0
    while i < tok.end and letters < n:
        ch = text[i]
        i += 1
        if not (_MARKS[0] <= ch <= _MARKS[1] or ch in "\u0640\u0670"):
            letters += 1
    while i < tok.end and (_MARKS[0] <= text[i] <= _MARKS[1] or text[i] in "\u0640\u0670"):
        i += 1
    return i if i < tok.end else tok.start


def token_span(text: str, first: Token, last: Token, proclitic_letters: int = 0) -> Span:
    """The span from ``first`` (minus its proclitics) to the end of ``last``."""
    s = skip_letters(text, first, proclitic_letters) if proclitic_letters else first.start
    return Span(start=s, end=last.end, text=text[s:last.end])


def shown_end(p: Phrase) -> int:
    """(session 19) The token end of a party's output span: before a place phrase with ب inside
    its token range (منزلا بخان يونس → «منزلا»), else the phrase's end."""
    return p.shown if p.shown is not None and p.start < p.shown < p.end else p.end
