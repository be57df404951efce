"""Unmarked speech and topic phrases after a cue (q18b, session 18).

Two families the walk from a cue left unread:

- a negated clause right after a sure speaker — wire copy translates speech with no
  complementizer or colon («وأضاف المتحدث لا توجد عمليات جديدة»، «وقال محمد عبدالله
  معشي لن يزدنا هذا التفجير …»): a negation «لا/لن/لم» + an imperfect verb cannot go on
  the speaker's noun phrase, so the words start there;
- the topic of a channel after «عن» («وكشفت مجلة X في تقرير لها عن شركات …، أن …»): the
  report is about the companies; what it revealed follows «أن».
"""

from __future__ import annotations

from khabar.extract.quotes.tokens import OPEN_QUOTES, Tok, is_comma, is_terminal

NEGATIONS = frozenset({"لا", "لن", "لم"})
_IMPERFECT_PREFIXES = frozenset("يتنا")  # normalised: «أ» is «ا»
# saying verbs only: «تابع» is also "followed" («وتابع ركلة ركنية نفذها … لم تكن متقنة»)
SAY_LEMMAS = frozenset({"قال", "أضاف"})
# «إن» of saying (and the undotted «ان») ahead: a relative clause first («وقال مسؤول لم يكشف اسمه إن»)
_SAY_THAT = frozenset({"إن", "إنه", "إنها", "إنهم", "إننا", "ان", "انه", "انها"})
_TOPIC_REACH = 24  # words from «عن» to the complementizer


def negated_clause(toks: list[Tok], p: int) -> bool:
    """Whether token ``p`` opens a negated verbal clause: «لا/لن/لم» + an imperfect verb
    (indefinite, no clitic preposition, no cue) — and no complementizer, colon or quote mark
    or «إن» of saying ahead in the sentence (then the words are marked further on)."""
    if p + 1 >= len(toks) or not toks[p].is_word or toks[p].norm not in NEGATIONS:
        return False
    v = toks[p + 1]
    if not (v.is_word and not v.definite and not v.preposed and v.cue is None
            and v.norm[:1] in _IMPERFECT_PREFIXES and len(v.norm) >= 3):
        return False
    for t in toks[p + 2 :]:
        if is_terminal(t):
            return True
        if t.text == ":" or t.text in OPEN_QUOTES or t.plain in _SAY_THAT:
            return False
    return True


def topic_end(toks: list[Tok], p: int, is_comp) -> int | None:
    """``p`` is «عن» right after a channel phrase: the token of the complementizer that opens
    the content further on («… عن شركات الاتصالات …، أن»), read through the topic's words and at
    most a comma right before it; None at a cue, a quote mark, a colon or the sentence end."""
    for k in range(p + 2, min(len(toks), p + _TOPIC_REACH)):
        t = toks[k]
        if is_terminal(t) or t.cue is not None or t.text == ":" or t.text in OPEN_QUOTES:
            return None
        if is_comp(k):
            return k
        if is_comma(t) and not (k + 1 < len(toks) and is_comp(k + 1)):
            return None
    return None
