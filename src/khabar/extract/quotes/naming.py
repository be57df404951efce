"""Speaker names from mentions: the outlet's canonical name, the proper name, or the phrase."""

from __future__ import annotations

from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import outlet_name
from khabar.extract.quotes.tokens import Tok, strip_marks
from khabar.extract.quotes.wordclasses import quoted_name

_REPORT_NOUNS = frozenset({"تقرير", "تقريرا", "تقريراً"})  # «تقرير لـX» (chunk: the report of an outlet)


# kin nouns that head a speaker named by relation («ابن المسؤول»، «والد الشهيد»، «شقيقة الضحية»; normalised)
KIN = frozenset({"ابن", "ابنه", "والد", "والده", "شقيق", "شقيقه", "اخ", "اخت", "زوج", "زوجه", "ابناء",
                 "اشقاء", "ذوو", "ذوي", "اسره", "عائله", "جد", "جده", "عم", "خال", "حفيد", "حفيده"})


# God's epithets as a verse's speaker («قال تعالى»، «قال الله تعالى»، «يقول عز وجل»، «قال سبحانه وتعالى»;
# normalised): the speaker is «الله» (held-out 4's gold)
_GOD_WORDS = frozenset({"تعالي", "وتعالي", "سبحانه", "الله", "عز", "وجل", "جل", "جلاله", "شانه"})
_GOD_HEADS = frozenset({"تعالي", "الله", "سبحانه", "عز", "جل"})
GOD = "الله"
# words read after «بـ/لـ» right after a saying verb that are no names (normalised): «يفيد بوجود»،
# «بحصول»، «باستمرار»، «بمزيد»، «لماذا»
_NOT_NAMES = frozenset({"وجود", "حصول", "استمرار", "مزيد", "ماذا", "جلاء", "رجال", "ضروره", "ثقافه"})


def speaker_name(toks: list[Tok], text: str, m: Mention) -> str:
    """The speaker name a mention gives: its outlet's canonical name, its proper name, or the
    phrase (entity names are chosen by the stage, which checks them)."""
    words = [t.norm for t in toks[m.start : m.end] if t.is_word]
    if words and words[0] in _GOD_HEADS and all(w in _GOD_WORDS for w in words):
        return GOD
    if m.kind == "outlet" and m.name and m.name[0] > m.start and toks[m.start].text in _REPORT_NOUNS:
        # «تقرير لوكالة رويترز»، «تقرير لـ«رويترز»»: the outlet after the document noun
        a, b = m.name
        own = _unglue(toks[a], text, toks[b - 1].end)
        return outlet_name(own, bare=True) or own
    if m.kind == "outlet":
        span = text[toks[m.start].start : toks[m.end - 1].end]
        canon = outlet_name(span, bare=True)
        if canon:
            return canon
        quoted = _quoted_parts(toks, m)
        if quoted and not m.quoted:
            return " و".join(quoted)  # «صحيفة "ذي دايلي ستار"» → «ذي دايلي ستار»
    # a subject right after a saying verb carries no preposition: «وقال باشميل»، «وقالت ليبسون»، «وقال
    # برهوم» are names that begin with ب/ل, not «بـ/لـ» + a name (q22)
    named = m.kind == "person" and m.start > 0 and _subject_slot(toks, m.start)
    if m.name and m.kind == "person":
        a, b = m.name
        if b - a == 1 and toks[a].norm in KIN and b < m.end:
            # «ابن التاجر»، «والد الشهيد»: a relative with no name is named by the whole relation
            last = next((k for k in range(b, m.end) if toks[k].text == "("), m.end)  # not «(المدعى عليه)»
            return _unglue(toks[a], text, toks[last - 1].end).rstrip(" ،,؛;")
        while b - a > 2 and toks[a].is_word and len(toks[a].text) == 1 and toks[a + 1].initial:
            a += 2  # «م. ناصر العتيبي»: an abbreviated title before the name
        return _unglue(toks[a], text, toks[b - 1].end, named and a == m.start).rstrip(" ،,؛;")
    return _unglue(toks[m.start], text, toks[m.end - 1].end, named).rstrip(" ،,؛;")  # «…الدقيق، إلى أن»


def _subject_slot(toks: list[Tok], k: int) -> bool:
    """The word at ``k`` is right after a saying verb, with no article: the verb's subject."""
    cue, t = toks[k - 1].cue, toks[k]
    if cue is None or cue.pos != "verb" or not t.is_word or t.definite:
        return False
    # not a noun with «ة» or a pronoun («بطريقة»، «لوالديها»، «بطشهم»), nor a word of a phrase («بوجود»)
    return not t.norm.endswith(("ه", "ها", "هم", "هما")) and t.norm[1:] not in _NOT_NAMES


def _unglue(first: Tok, text: str, end: int, subject: bool = False) -> str:
    """A name without a glued preposition: «لوكالة الأناضول» → «وكالة الأناضول», «للصحيفة» →
    «الصحيفة» (not a verb's subject: ``subject``)."""
    body = text[first.start : end]
    if first.prefix[:1] in "وف" and (first.definite or first.norm[1:] == "بعض") and body[:1] in "وف":
        body = body[1:]  # «والبعض أكد …»، «والمسؤولون أكدوا …»: the conjunction of a fronted subject (q18)
    if first.preposed and first.prefix.startswith("لل"):
        body = "ال" + body[2:]
    elif first.preposed and first.prefix[:1] in "لب" and not subject:
        body = body[1:]
    return strip_marks(body)


def _quoted_parts(toks: list[Tok], m: Mention) -> list[str]:
    """The names in quote marks inside a mention, in order («صحيفتا "X" و"Y"» → X, Y)."""
    out, k = [], m.start
    while k < m.end:
        q = quoted_name(toks, k)
        if q is not None and q <= m.end:
            out.append(" ".join(t.text for t in toks[k + 1 : q - 1]))
            k = q
        else:
            k += 1
    return out
