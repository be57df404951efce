"""Fast pre-scan: where can each rule family match?

Most of a news text holds no time expression, and the grammar's optional prefixes make
a full regex scan slow. Every family has anchor words (month names, units, weekdays …)
or digit shapes without which it cannot match; one Aho–Corasick pass (pyahocorasick)
plus one digit regex finds them, and the families then run only in small windows around
their anchors. Families without anchors (cheap ones) scan the whole text.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import ahocorasick
import regex

from khabar.extract.times.lexicon import lexicon
from khabar.extract.times.patterns import PLURALS

# characters a family may need before / after its anchor (prefix parts, weekday and day
# before a month; pairs, year and modifiers after it …)
REACH = {"gdate": (70, 70), "dayrange": (25, 14), "yearera": (12, 30), "hdate": (70, 60), "occasion": (30, 50), "duration": (45, 25),
         "set": (20, 25), "plural": (15, 40), "iplural": (2, 30), "relday": (20, 40), "relperiod": (30, 25), "curday": (25, 5),
         "weekday": (25, 40), "vague": (5, 30), "vagueago": (10, 25), "gduration": (0, 40),
         "podset": (6, 12), "wireclock": (12, 0)}
DEFAULT_REACH = (60, 60)
FULL_SCAN: frozenset[str] = frozenset()
DIGITS = regex.compile(
    r"(?P<clock>(?<!\d)\d{1,2}(?:[:.]|(?<=ساعه\s+\d{1,2}),)\d\d(?!\d))|(?P<date>(?<!\d)\d{1,4}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{1,4})"
    r"|(?P<era>(?<![\d.,])\d{1,4}\s*(?:ق|م(?!\p{L})))"  # «980 م», «323 ق.م»
    r"|(?P<year>(?<![\d.,])\d{4}(?![\d]|[.,]\d))"
    # «عام 661 هجرية», «سنة 20 هجرية», «عام 390 هـ»: a short year before a Hijri era (four digits are «year»)
    r"|(?P<hera>(?<![\d.,])\d{1,3}(?:\s*\))?\s*(?:ه(?!\p{L})|هجري|للهجره))"  # «عام (661) هجرية» too (session 20)
    r"|(?P<glued>(?<=\p{L})\d{1,4}(?=\s*\p{L}))"  # «في ظرف3 دقائق»: digits glued to the word before (session 19)
    r"|(?P<dm>(?<![\d/])\d{1,2}\s?/\s?\d{1,2}(?![\d/]))"  # «من 18 / 10 إلى 21 / 10»: day/month of a range (session 22)
)
DIGIT_FAMILIES = {"clock": ("clock",), "date": ("numdate",), "era": ("yearera", "gyear", "hyear"),
                  "year": ("gyear", "hyear"), "hera": ("hyear",),
                  "glued": ("gduration",), "dm": ("numrange",)}


@cache
def automaton() -> ahocorasick.Automaton:
    """Anchor word → families it can start (normalised forms)."""
    lex = lexicon()
    table: dict[str, set[str]] = defaultdict(set)

    def add(words, *fams: str) -> None:
        for w in words:
            table[w].update(fams)

    add(lex.months, "gdate", "dayrange")
    add(lex.hijri_months, "hdate", "dayrange")
    add(lex.occasions, "occasion")
    add(["الربع", "النصف", "لربع", "لنصف", "الفصل", "الثلاثي", "السداسي"], "quarter")  # «الفصل الثاني من 2015», «السداسي الأول» (Maghrebi)
    add(lex.decades, "decade")
    add(["القرن", "قرن"], "century")
    add(["الالفيه", "للالفيه"], "millennium")
    add(["الميلاد", "للميلاد"], "yearera")
    add(["ساعه", "الساعه", "بتوقيت", "بالتوقيت"], "clockword")  # «(0230 بتوقيت جرينتش)»
    add(["بتوقيت", "بالتوقيت"], "wireclock")  # «30ر8 بتوقيت مكة المكرمة» (session 20)
    add(lex.hours, "clockword")
    add(lex.weekdays, "weekday")
    add(["الجمع", "الاحاد"], "weekday")  # «أيام الجمع»
    add(["اليوم", "امس", "الامس", "غدا", "البارحه", "غد", "الغد", "بكره", "بكرا", "الليله", "الصباح", "المساء"],
        "relday")
    add(["الاسبوع", "الشهر", "العام", "السنه", "العقد"], "relperiod")
    add(["الشهر"], "dayrange")  # «من 13 إلى 15 الشهر المقبل» (session 18c)
    add(["الجاري", "الحالي", "منه"], "curday")
    add(["لاسبوع", "لشهر", "لعام", "لسنه", "لعقد"], "relperiod", "gyear", "gdate", "hdate", "hyear")
    add(lex.units, "duration", "set")
    add((a + f for f, (_, c) in lex.units.items() if c in (0, 2) for a in ("ال", "ل")), "plural")
    add(PLURALS, "plural", "iplural")  # «في أعوام سابقة» (session 17)
    add(("ال" + p for p in PLURALS), "duration")  # «السنين الطوال»
    add(["والنصف", "والربع"], "duration")  # «ما يقارب السنة والنصف»
    add(lex.sets, "set")
    add([p for p in lex.day_parts if " " not in p], "podset")  # «كل مساء» (session 15)
    add(["مره", "مرتين", "مرات"], "set")
    add(PLURALS + ["فتره", "زمن", "وقت", "مده", "القدم", "القديم", "الازل"], "vagueago")
    add((w.split()[0] for w in lex.vague), "vague")
    add(("ل" + w.split()[0][2:] for w in lex.vague if w.startswith("ال")), "vague")  # «للفترة القادمة»
    add(lex.adverb_parts, "podadv", "clockword")  # «5 فجرا»: a clock hour before the adverb
    auto = ahocorasick.Automaton()
    for word, fams in table.items():
        reaches = tuple((f, *REACH.get(f, DEFAULT_REACH)) for f in sorted(fams))
        auto.add_word(word, (len(word), reaches))
    auto.make_automaton()
    return auto


def _clitic_start(text: str, start: int) -> bool:
    """Only clitics (و ف ب ل ك, at most two) stand between a word start and ``start``."""
    i = start - 1
    k = 0
    while i >= 0 and text[i] in "وفبلك" and k < 2:
        i -= 1
        k += 1
    return k > 0 and (i < 0 or not text[i].isalpha())


def windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per family, the merged text windows ``[lo, hi)`` worth scanning."""
    hits: dict[str, list[tuple[int, int]]] = defaultdict(list)
    n = len(text)
    for end, (length, reaches) in automaton().iter(text):
        if end + 1 < n and text[end + 1].isalpha():
            continue  # inside a longer word
        start = end + 1 - length
        if start > 0 and text[start - 1].isalpha() and not _clitic_start(text, start):
            continue
        for f, before, after in reaches:
            hits[f].append((start - before if start > before else 0, end + 1 + after))
    for m in DIGITS.finditer(text):
        for f in DIGIT_FAMILIES[m.lastgroup]:
            before, after = REACH.get(f, DEFAULT_REACH)
            hits[f].append((max(0, m.start() - before), min(n, m.end() + after)))
    merged: dict[str, list[tuple[int, int]]] = {}
    for f, spans in hits.items():
        spans.sort()
        out = [spans[0]]
        for lo, hi in spans[1:]:
            if lo <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], hi))
            else:
                out.append((lo, hi))
        merged[f] = out
    return merged
