"""Words whose own first letters are «ال»: the clitic splitter reads them as the article.

A word written with a hamza on its alef before ل — ألفية, إلغاء, ألمانيا, ألوان, ألسنة, إلهام —
or the definite form of a word that begins with «ال» (الالتزام, الإلغاء) loses letters that are
its own when the splitter takes «ال» for the article: ألفية gets the base «فيه» ("in it"),
ألوان «وان» (وأن), ألسنة «سنه» (سنة, a year), إلهام «هام» (important), while its definite form
الألفية gets «الفيه». The index keeps what the splitter gives, so a search for ألفية also
sought every article with «فيه» (the news day: 228 articles for a word 1 article holds), and a
search for الإلغاء missed بإلغاء and لإلغاء. :func:`own_form` finds such a query word and its
own form (الفيه, الغاء); the search then seeks the word's written forms whole
(:func:`written_forms`: bare or definite, with the proclitics) and the base of its definite
forms — never the fragment. Since session 18 the tokenizer keeps such a word's «ال» in
``Token.base`` (a hamza alef + ل as written, or a word of ``resources/text/own_alef_lam.txt``
typed without its hamza: الغاء, الوان, التزام), so the own form is the base; a word typed
without its hamza and not listed (الهام) cannot be told from «ال» + «هام» and is sought as before.
"""

from __future__ import annotations

import regex

from khabar.document import Token

_MARKS = regex.compile(r"[\p{Mn}\u0640]")  # diacritics and tatweel: not in a token's prefix
MIN_OWN = 4  # «ال» and two letters (آلية: اليه); «ألم» (الم) is left as it was

# the proclitics written before a bare word, and the definite forms (ل + ال is لل)
BARE = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
DEFINITE = ("ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "لل", "ولل", "فلل")


def own_form(token: Token) -> tuple[str, str] | None:
    """The word's own matching form when its «ال» is no article, and the definite word as
    written (for its stem): ``("الفيه", "الألفية")`` for ألفية, بألفية or الألفية;
    ``("التزام", "الالتزام")`` for الالتزام. ``None`` for any other word."""
    if token.kind != "word" or not token.base.startswith("ال") or len(token.base) < MIN_OWN:
        return None
    plain = _MARKS.sub("", token.text)
    if token.prefix.endswith(("ال", "لل")):
        # the definite form of an «ال» word: the splitter took the article, not the «ال»
        return token.base, plain[len(token.prefix) - 2:]
    # the bare word (إلغاء, بإلغاء, الغاء): its definite form, without the proclitics
    return token.base, "ال" + plain[len(token.prefix):]


def written_forms(own: str) -> list[str]:
    """Every matching form a word whose own form is ``own`` takes with the proclitics:
    bare (ألفية, بألفية, لألفية) and definite (الألفية, بالألفية, للألفية)."""
    return [p + own for p in BARE] + [d + own for d in DEFINITE]
