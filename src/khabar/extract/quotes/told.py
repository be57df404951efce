"""A person told, after «لـ» glued to his title or given name (q18b, session 18).

Wire copy names the one a statement was made to — an interviewer, an official met — right after
the speaker's phrase: «صرح الدكتور X وزير الموارد المائية والري لمحمد السعدني نائب رئيس
التحرير بأن …»، «وقال السفير السوري لمساعد وزير الخارجية المصري إن …». The «لـ» word is a
given name with a word after it, the word before it closing a phrase (a definite word: the
speaker's title, nisba or family name); or a title noun right after «title + nationality» — after
any other word a «لـ» title goes on the speaker's own chain («مستشار لرئيس الوزراء»، «النائب السابق
لمدير عام الاتصالات»). The person told is an intermediary (a via), not part of the speaker.
"""

from __future__ import annotations

from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.names import demonym
from khabar.extract.quotes.tokens import Tok


def person_told(toks: list[Tok], k: int, cand: str, lex: Lexicon, given_names: frozenset[str]) -> bool:
    """Whether token ``k`` (``cand``: the word without its glued «لـ») opens a person told."""
    t = toks[k]
    if t.norm.startswith("لل") or k == 0 or k + 1 >= len(toks):
        return False
    prev, nxt = toks[k - 1], toks[k + 1]
    if not (prev.is_word and prev.definite and not prev.preposed and nxt.is_word and not nxt.preposed):
        return False
    if cand in given_names:
        return nxt.cue is None  # «لمحمد السعدني»
    # a title only after «title + nationality» («السفير السوري لمساعد وزير الخارجية»): after any other
    # definite word a «لـ» title goes on the chain («النائب السابق لمدير عام الاتصالات»، «النائب الأول لرئيس …»)
    return (lex.noun_kind(cand) == "title" and not nxt.definite and k >= 2 and demonym(prev.norm)
            and lex.noun_kind(toks[k - 2].norm) == "title")
