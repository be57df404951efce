"""An approximator set apart from its amount by the noun the amount measures, shared by the
time and quantity stages: «يقارب عددهم [20 مليونا]» (about), «فوق معدل [1000 دولار]» (more than),
«لا تتجاوز مساحتها [125م]» (at most), «لا يقل عددهم عن [30]» (at least), «تتجاوز أعمارهم [ستين
عاما]» (more than; plural nouns of measure and durations since session 14). The approximator stays
outside the span; it only sets ``approx`` (quantities) or ``mod`` (durations)."""

from __future__ import annotations

from functools import cache

import regex

from khabar.extract.times.lexicon import alt, key, lexicon

# a perfect verb of approaching or exceeding right before the amount: it sets ``approx``
# but stays outside the span (a predicate, unlike the imperfect «تقارب», «تتجاوز»; docs/time.md)
PERFECT_APPROX = {"قارب": "about", "قاربت": "about", "ناهز": "about", "ناهزت": "about",
                  "تجاوز": "more_than", "تجاوزت": "more_than", "فاق": "more_than", "فاقت": "more_than",
                  "تخطي": "more_than", "تخطت": "more_than"}
SEPARATED_KIND = {"يزيد": "more_than", "تزيد": "more_than", "ما يزيد": "more_than", "ما تزيد": "more_than",
                  "تفوق": "more_than", "تتجاوز": "more_than", "تناهز": "about",
                  "يتعدي": "more_than", "تتعدي": "more_than"}
# «على الأقل» right before the amount: at least, outside the span («على الأقل [50%]», «على الأقل
# [3 سنوات]»; session 16 — not across another word)
AT_LEAST_BEFORE = regex.compile(r"(?<![\p{L}])علي\s+الاقل\s+$")


def at_least_before(text: str, start: int) -> bool:
    """Whether «على الأقل» stands right before the amount starting at ``start``."""
    return AT_LEAST_BEFORE.search(text, max(0, start - 12), start) is not None


BOUND_PREPOSITIONS = frozenset({"دون", "تحت", "فوق"})  # «دون 1100 دولار» below, «فوق 50 درجة» above
# nouns of measure, singular and (session 14) plural: «أعمارهم», «أسعارها», «أعدادهم», «معدلات»
MEASURE_NOUNS = frozenset({"عدد", "اعداد", "معدل", "معدلات", "مستوي", "مستويات", "حاجز", "عتبه", "سقف", "قيمه",
                           "قيمت", "قيم", "حجم", "احجام", "مساحه", "مساحت", "مساحات", "طول", "عمر", "اعمار", "وزن",
                           "اوزان", "سعر", "اسعار", "ارتفاع", "عمق",
                           "مده", "سن"})  # «دون سن 11 عاماً», «لا تتجاوز مدته 3 أشهر» (session 16)
SEPARATED_APPROX = regex.compile(
    r"(?<![\p{L}])[وف]?(?:(?P<neg>لا|الا|ما\s+لا)\s+)?"  # «وتقل أعمارهم عن»: «و/ف» glued
    r"(?P<a>(?:ما\s+)?(?:يقارب|تقارب|يناهز|تناهز|قارب|قاربت|ناهز|ناهزت|يتجاوز|تتجاوز|تجاوز|تجاوزت"
    r"|يفوق|تفوق|فاق|فاقت|يزيد|تزيد|يقل|تقل|يتعدي|تتعدي|فوق|دون|تحت))"
    rf"\s+(?:ال)?(?:{'|'.join(sorted(MEASURE_NOUNS, key=len, reverse=True))})"
    r"(?:هم|ها|هن|ه|هما)?(?:\s+(?:عن|علي))?\s+$")
MEASURE_WORD = regex.compile(r"^(?:ال)?(\p{L}+?)(?:هم|ها|هن|ه|هما)?$")
MEASURE_STEM = regex.compile("|".join(sorted({n[:3] for n in MEASURE_NOUNS})))  # a cheap first look


def measure_noun_before(text: str, pos: int) -> bool:
    """A cheap gate for SEPARATED_APPROX: the word before the amount (past «عن/على») is a
    noun of measure, bare, with the article or with a pronoun («عددهم», «المعدل»)."""
    window = text[max(0, pos - 30) : pos]
    if not MEASURE_STEM.search(window):
        return False
    before = window.split()
    if before and before[-1] in ("عن", "علي"):
        before.pop()
    word = before[-1] if before else ""
    w = MEASURE_WORD.match(word)
    return w is not None and (w.group(1) in MEASURE_NOUNS or word.removeprefix("ال") in MEASURE_NOUNS)


def separated_approx(text: str, start: int) -> str | None:
    """The approx kind (about, more_than, less_than, at_least, at_most) of an approximator set
    apart from the amount at ``start`` (normalised text) by a noun of measure, or None."""
    if not measure_noun_before(text, start):
        return None
    sep = SEPARATED_APPROX.search(text, max(0, start - 40), start)
    if sep is None:
        return None
    word = key(sep.group("a"))
    if sep.group("neg"):  # «لا تتجاوز مساحتها 125م» = at most, «لا يقل عددهم عن 30» = at least
        return "at_least" if word in ("يقل", "تقل") else None if word in BOUND_PREPOSITIONS else "at_most"
    if word in ("يقل", "تقل"):
        return "less_than"  # «تقل أعمارهم عن 19 عاماً» (session 15; before, no kind)
    return lexicon().approximators.get(word) or PERFECT_APPROX.get(word) or SEPARATED_KIND.get(word)


# (session 23) an approximator right before a bracket that holds the whole amount — «نحو (56%)», «تحت (15
# عاما)», «ما يقارب (200 عامل)», «أكثر من (50%)»: the bracket keeps the span (the approximator stays outside, as
# docs/time.md writes for «نحو (56%)») but the amount is still approximate; it was read as exact (news day 786
# ×2, 915, 972, 1102 ×2, 1265, 1333 ×2, 1349). «من دون (3 لاعبين)» is "without".
BRACKET_CLOSE = regex.compile(r"\s*\)")


@cache
def _bracket_approx_re() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}])(?:[وف]?[بل]?)(?P<a>{alt(lexicon().approximators)})\s*\(\s*$")


def bracketed_approx(text: str, start: int, end: int) -> str | None:
    """The approx kind of an approximator standing before the bracket that opens right before ``start``
    and closes right after ``end`` (normalised text), or None."""
    if text[max(0, start - 3) : start].rstrip()[-1:] != "(" or not BRACKET_CLOSE.match(text, end):
        return None
    m = _bracket_approx_re().search(text, max(0, start - 32), start)
    if m is None:
        return None
    word = key(m.group("a"))
    if word in BOUND_PREPOSITIONS and text[max(0, m.start() - 4) : m.start()].split()[-1:] in (["من"], ["ومن"]):
        return None  # «من دون (3 لاعبين)»: without
    return lexicon().approximators.get(word)
