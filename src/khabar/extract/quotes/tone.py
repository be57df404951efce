"""A manner adverbial between a speaker and the content (q19b): «بـ» + a noun of tone or manner
(`words.tsv` tone), indefinite, with its adjectives — «وأضاف الإمام بحزن شديد وبلغة عربية سليمة أنه …»،
«وأشار بلهجة مليئة بالسخرية إلى أن …»، «ودافعت هيلاري كلينتون بشدة عن زوجها» — says how the words were
spoken: it is neither part of the speaker's mention (``chunk``) nor the start of the content (``walk``).
Not a noun in construct («بلغة الأرقام»), nor a definite one («بالقوة»)."""

from __future__ import annotations

from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.tokens import Tok

__all__ = ["tone_at"]

def tone_at(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Whether ``toks[k]`` opens a manner adverbial: «بحزن»، «وبلغة»، «بلهجة»، «بشدة»."""
    t = toks[k]
    if not t.is_word or t.definite:
        return False
    n = t.norm  # (the tokenizer leaves «بـ» on most words: «بشدة» has no prefix)
    base = n[2:] if n[:2] == "وب" else n[1:] if n[:1] == "ب" else ""
    if not base or not lex.is_("tone", base, strip=False):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return not (nxt is not None and nxt.is_word and nxt.definite and not nxt.preposed)
