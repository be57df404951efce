"""Post-selection rules for ranges and clock times (session 16), run on the kept candidates:

- two months joined by «و» share the year written after the second («بين حزيران وأيلول 2014»,
  «بين شهري أغسطس وأكتوبر 2014»: the first is 2014's June, not the dateline year's), as two
  joined by «/» or «-» already do in the grammar;
- a weekday range runs forward («من الأحد إلى الثلاثاء المقبلين» after «سيتجدد»: Sunday the 16th
  to Tuesday the 18th, not the 11th) — a second day before the first moves a week on when the
  first was fixed by a modifier or a future context, else the first moves a week back («أغلقت من
  الأحد إلى الخميس» told on a Monday: the 2nd to the 6th);
- an approximator right before a clock time is inside its span and sets APPROX («قرابة الثانية
  فجرا», «حوالي الساعة العاشرة والنصف من مساء السبت»), and before a year with its classifier
  («حوالي سنة 3100 ق.م.», «قرابة عام 2023»; session 20).
"""

from __future__ import annotations

import datetime as dt

import regex

from khabar.extract.times import resolve as R
from khabar.extract.times.context import Candidate

MONTH_VALUE = regex.compile(r"^(\d{4})-(\d\d)$")
DAY_VALUE = regex.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
YEAR_IN = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
AND_GAP = regex.compile(r"^\s+و\s*(?:شهر\s+)?$")
# a month with a word of its own relation or year keeps it: «أيار الماضي وحزيران 2014»
OWN_YEAR = regex.compile(r"\d|الماضي|المقبل|القادم|الجاري|الحالي|المنصرم|الفائت|السابق|الفارط")
RANGE_FROM = regex.compile(r"(?<![\p{L}])من\s+(?:يوم\s+)?$")
RANGE_GAP = regex.compile(r"^\s+[وف]?(?:الي|حتي)\s+(?:يوم\s+)?$")
CLOCK_VALUE = regex.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")
YEAR_VALUE = regex.compile(r"^(?:BC)?\d{4}$")
CLASSIFIED_YEAR = regex.compile(r"(?:ال)?(?:عام|سنه)(?![\p{L}])")  # «عام 1935», «سنة (1935)»: not a bare year
APPROX_BEFORE = regex.compile(r"(?<![\p{L}])[وف]?(?:في\s+)?(?P<a>حوالي|قرابه|نحو|زهاء|(?:ما\s*)?يقارب)\s+$")


def shared_years(kept: list[Candidate], text: str) -> list[Candidate]:
    """«بين حزيران وأيلول 2014»: a bare month joined by «و» to a later month of a written year
    takes that year."""
    for c, nxt in zip(kept, kept[1:], strict=False):
        cm, nm = MONTH_VALUE.match(c.value), MONTH_VALUE.match(nxt.value)
        if cm is None or nm is None or c.type != "DATE" or not AND_GAP.match(text[c.end : nxt.start]):
            continue
        if OWN_YEAR.search(text, c.start, c.end) or not YEAR_IN.search(text, nxt.start, nxt.end):
            continue
        year, month = int(nm.group(1)), int(cm.group(2))
        if month < int(nm.group(2)) and int(cm.group(1)) != year:
            c.value, c.interval = f"{year:04d}-{month:02d}", R.month_interval(year, month)
    return kept


def weekday_ranges(kept: list[Candidate], text: str, weekday_rank: int) -> list[Candidate]:
    """«من الأحد إلى الثلاثاء»: the second weekday of a range is on or after the first."""
    for c, nxt in zip(kept, kept[1:], strict=False):
        if c.rank != weekday_rank or nxt.rank != weekday_rank:
            continue
        cm, nm = DAY_VALUE.match(c.value), DAY_VALUE.match(nxt.value)
        if cm is None or nm is None or not RANGE_GAP.match(text[c.end : nxt.start]):
            continue
        if not RANGE_FROM.search(text, max(0, c.start - 12), c.start):
            continue
        first, second = dt.date.fromisoformat(c.value), dt.date.fromisoformat(nxt.value)
        if second >= first:
            continue
        if c.explicit:
            second += dt.timedelta(days=7 * ((first - second).days // 7 + 1))
            nxt.value, nxt.interval = second.isoformat(), R.day_interval(second)
        else:
            first -= dt.timedelta(days=7 * ((first - second).days // 7 + 1))
            c.value, c.interval = first.isoformat(), R.day_interval(first)
    return kept


def approximate_clocks(kept: list[Candidate], text: str) -> list[Candidate]:
    """«قرابة الثانية فجرا»: the approximator before a clock time joins its span, mod APPROX; so
    before a year with its classifier («حوالي سنة (1935)», «قرابة عام 2023»; session 20)."""
    prev_end = 0
    for c in kept:
        if c.mod is None and (c.type == "TIME" and CLOCK_VALUE.match(c.value) or c.type == "DATE" and len(
                c.value) in (4, 6) and YEAR_VALUE.match(c.value) and CLASSIFIED_YEAR.match(text, c.start)):
            a = APPROX_BEFORE.search(text, max(prev_end, c.start - 16), c.start)
            if a is not None:
                c.start, c.mod = a.start("a"), "APPROX"
        prev_end = c.end
    return kept


SHIFTED = regex.compile(r"^(\d{4})(?:-(\d\d))?$")
ABSOLUTE = regex.compile(r"^(\d{4})(?:-(\d\d))?(?:-\d\d)?$")
NARRATED_REACH = 1000  # characters back to the narrated date a «بعد + amount» counts from
# after the amount: «تقريبا» and a comma, then a perfect verb of the narrative («عاد», «أفرج», «انتقل»):
# three to six letters, no imperfect or future prefix, no noun ending
PERFECT_AFTER = regex.compile(
    r"\s*(?:تقريبا\s*)?[,،]?\s*[وف]?(?P<v>(?![يتنس]|ال)\p{L}{3,6})(?![\p{L}])")
NOUN_END = regex.compile(r"(?:ه|ات|ين|ون|يه|ها|هم)$")


def narrated_after(kept: list[Candidate], text: str, anchor: dt.date | None) -> list[Candidate]:
    """«عام 1962م … بعد سبع سنوات عاد إلى العراق»: «بعد + amount» followed by a perfect verb counts
    from the date the text narrates — the nearest earlier expression naming a year before the
    dateline's (1,000 characters, no date of the dateline's time between) — not from the dateline:
    1969, not 2022 (session 16; heldout18's «سبتمبر 2012 … بعد ثلاثة أشهر تقريبا، أفرج» → 2012-12)."""
    if anchor is None:
        return kept
    for i, c in enumerate(kept):
        sm = SHIFTED.match(c.value) if c.type == "DATE" and text.startswith("بعد", c.start) else None
        if sm is None:
            continue
        verb = PERFECT_AFTER.match(text, c.end)
        if verb is None or NOUN_END.search(verb.group("v")) or verb.group("v") in ("من", "علي", "الي"):
            continue
        base = None
        for prev in reversed(kept[:i]):
            if c.start - prev.end > NARRATED_REACH:
                break
            am = ABSOLUTE.match(prev.value)
            if am is not None or prev.anchored:  # a date of the dateline's own time stops the look
                base = am if am is not None and int(am.group(1)) < anchor.year else None
                break
        if base is None:
            continue
        if sm.group(2) is None:  # a shift in years
            y = int(base.group(1)) + int(sm.group(1)) - anchor.year
            c.value, c.interval = f"{y:04d}", R.year_interval(y)
        elif base.group(2) is not None:  # in months, from a narrated month
            months = (int(sm.group(1)) - anchor.year) * 12 + int(sm.group(2)) - anchor.month
            y, mo = R.add_months(int(base.group(1)), int(base.group(2)), months)
            c.value, c.interval = f"{y:04d}-{mo:02d}", R.month_interval(y, mo)
    return kept
