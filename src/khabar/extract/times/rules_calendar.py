"""Handlers of calendar expressions: Gregorian and Hijri dates and months, occasions,
numeric dates, quarters and halves, years, decades."""


from __future__ import annotations

import datetime as dt

import regex

from khabar.extract.times import resolve as R
from khabar.extract.times.context import (
    HIJRI_CONTEXT,
    NTH,
    ORD,
    RECURRING,
    YEAR_FOLLOW,
    YEAR_PREPS,
    Candidate,
    Context,
    day_cand,
    day_number,
    g,
    hijri_year,
    mod_of_part,
    pod_value,
    year_from_rel,
)
from khabar.extract.times.lexicon import key, lexicon

YEAR_RANGE_AFTER = regex.compile(r"\s*[-–/]\s*(?:19|20)\d\d(?!\d)")
YEAR_RANGE_BEFORE = regex.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–/]\s*$")


def gdate(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    if m.group("dsep") and not m.group("year"):
        return None  # «7/ نوفمبر / 1962» needs its year; «2-صفر» is a score
    m1 = g(m, "m1")
    month = lex.months[m1]
    end = m.end()
    pair = g(m, "m2") or g(m, "m3")
    if pair and lex.months[pair] != month:
        end = m.end("m1")
        pair = None
    day = m.group("day") if end > m.end("m1") or m.group("day") else m.group("day")
    year = m.group("year") if end == m.end() else None
    yrel = g(m, "yrel") if end == m.end() else None
    rel = g(m, "rel") if end == m.end() else None
    if m1 in lex.ambiguous_months and not (day or m.group("shahr") or year or pair or yrel or rel):
        return None
    mod = mod_of_part(g(m, "part"))
    pod = pod_value(g(m, "pod"))
    start = m.start()
    recurring = RECURRING.match(ctx.text, end) is not None
    anchored = False
    if year:
        y = int(year)
    elif recurring:
        y = None
    elif yrel:
        y = year_from_rel(ctx, yrel)
        anchored = y is not None
    elif ctx.anchor is not None:
        a = ctx.anchor
        anchored = True
        d = lex.relative.get(rel, 0) if rel else 0
        if d > 0:
            y = a.year if month > a.month else a.year + 1
        elif d < 0:
            y = a.year if month < a.month else a.year - 1
        else:
            y = a.year
    else:
        y = None
    cand_end = end
    if day:
        dd = day_number(day)
        if y is None:
            val = f"XXXX-{month:02d}-{dd:02d}"
            return Candidate(start, cand_end, "TIME" if pod else "DATE", val + (f"T{pod}" if pod else ""), mod)
        d = R.valid_day(y, month, dd)
        if d is None:
            return None
        c = day_cand(m, start, d, pod, mod, anchored=anchored)
        c.end = cand_end
        return c
    if y is None:
        return Candidate(start, cand_end, "DATE", f"XXXX-{month:02d}", mod)
    return Candidate(start, cand_end, "DATE", f"{y:04d}-{month:02d}", mod, "gregorian",
                     R.month_interval(y, month), anchored)


def hdate(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    if m.group("dsep") and not m.group("year"):
        return None  # «2-صفر» is a match score, not 2 Safar
    hm = g(m, "hm")
    month = lex.hijri_months[hm]
    day, year, yrel, rel = m.group("day"), m.group("year"), g(m, "yrel"), g(m, "rel")
    if hm in lex.ambiguous_hijri and not (day or m.group("shahr") or year or yrel or rel or m.group("part")):
        before = ctx.text[m.start() - 1 : m.start()] if m.start() else ""
        if ctx.prev_word(m.start()) not in HIJRI_CONTEXT and before not in ("ب", "ل"):
            return None
    hy, anchored = hijri_year(ctx, month, year, yrel, rel, m.start())
    mod = mod_of_part(g(m, "part"))
    pod = pod_value(g(m, "pod"))
    if hy is None:
        return Candidate(m.start(), m.end(), "DATE", "XXXX", mod, "hijri")
    if day:
        d = R.hijri_day(hy, month, day_number(day))
        if d is None:
            return None
        return day_cand(m, m.start(), d, pod, mod, "hijri", anchored)
    iv = R.hijri_month_interval(hy, month)
    if iv is None:
        return None
    return Candidate(m.start(), m.end(), "DATE", R.span_value(*iv), mod, "hijri",
                     (iv[0].isoformat(), iv[1].isoformat()), anchored)


def occasion(m: regex.Match, ctx: Context) -> Candidate | None:
    month, day, _days = lexicon().occasions[g(m, "occ")]
    hy, anchored = hijri_year(ctx, month, m.group("year"), None, g(m, "rel"), m.start())
    if hy is None:
        return Candidate(m.start(), m.end(), "DATE", "XXXX", None, "hijri")
    d = R.hijri_day(hy, month, day)
    if d is None:
        return None
    nth = g(m, "nth")
    if nth in NTH:
        d += dt.timedelta(days=NTH[nth] - 1)
    return day_cand(m, m.start(), d, None, None, "hijri", anchored)


def numdate(m: regex.Match, ctx: Context) -> Candidate | None:
    a, b, c = m.group("a"), m.group("b"), m.group("c")
    if len(a) == 4:
        y, mo, dd = int(a), int(b), int(c)
    elif len(c) in (2, 4) and len(a) <= 2:
        dd, mo, y = int(a), int(b), int(c)
        if len(c) == 2:
            y += 2000 if ctx.anchor is None or y <= ctx.anchor.year % 100 + 1 else 1900
    else:
        return None
    era = key(m.group("era") or "")
    hijri = era.startswith("ه") or era.startswith("لله") or 1300 <= y <= 1500
    if m.group("sep") == "." and not (len(a) == 4 or len(c) == 4):
        return None
    if mo > 12 and dd <= 12 and len(a) <= 2:
        dd, mo = mo, dd  # «2/25/1948»: month first when day first is impossible
    d = R.hijri_day(y, mo, dd) if hijri else R.valid_day(y, mo, dd)
    if d is None or not (1 <= mo <= 12):
        return None
    return day_cand(m, m.start(), d, None, None, "hijri" if hijri else "gregorian")


def quarter(m: regex.Match, ctx: Context) -> Candidate | None:
    year = m.group("year") or m.group("year2")
    anchored = False
    if year:
        y = int(year)
    else:
        y = year_from_rel(ctx, g(m, "rel"))
        anchored = y is not None
    qh = g(m, "qh")
    n = ORD[g(m, "ord")]
    if qh == "الربع":
        n = n or 4
        if y is None:
            return Candidate(m.start(), m.end(), "DATE", f"XXXX-Q{n}", mod_of_part(g(m, "part")))
        return Candidate(m.start(), m.end(), "DATE", f"{y:04d}-Q{n}", mod_of_part(g(m, "part")),
                         "gregorian", R.quarter_interval(y, n), anchored)
    if n > 2:
        return None
    n = n or 2
    if y is None:
        return Candidate(m.start(), m.end(), "DATE", f"XXXX-H{n}", mod_of_part(g(m, "part")))
    return Candidate(m.start(), m.end(), "DATE", f"{y:04d}-H{n}", mod_of_part(g(m, "part")),
                     "gregorian", R.half_interval(y, n), anchored)


def _hijri_year(m: regex.Match, y: int) -> Candidate | None:
    """Hijri year ``y`` over the match: its Gregorian interval, valued by the middle year."""
    iv = R.hijri_year_interval(y)
    if iv is None:
        return None
    mid = iv[0] + (iv[1] - iv[0]) / 2
    return Candidate(m.start(), m.end(), "DATE", f"{mid.year:04d}", None, "hijri",
                     (iv[0].isoformat(), iv[1].isoformat()))


def hyear(m: regex.Match, ctx: Context) -> Candidate | None:
    return _hijri_year(m, int(m.group("year")))


def gyear(m: regex.Match, ctx: Context) -> Candidate | None:
    y = int(m.group("year"))
    part, cls, era = m.group("part"), m.group("cls"), m.group("era")
    if not (part or cls or era) and ctx.prev_word(m.start()) in YEAR_PREPS and 1900 <= y <= 2099:
        pass  # «قبل 2012», «منذ 2003»: a year whatever follows
    elif not (part or cls or era):
        if not 1900 <= y <= 2099:
            return None
        after = ctx.text[m.end() : m.end() + 3]
        before = ctx.text[max(0, m.start() - 2) : m.start()]
        year_range = YEAR_RANGE_AFTER.match(ctx.text, m.end()) or YEAR_RANGE_BEFORE.search(
            ctx.text, max(0, m.start() - 8), m.start())
        if not year_range:  # «2015-2016» is two years; «2-1», «10/106» are not
            if (after[:1] and after[:1] in "%-/") or regex.match(r"\s*[-–]\s*\d", after):
                return None
            if before.endswith(("-", "/", "#", "+")) or regex.search(r"\d\s*$", before):
                return None
        nxt = ctx.next_word(m.end())
        gap = ctx.text[m.end() : m.end() + 1]
        if nxt and gap in (" ", "\u00a0") and nxt not in YEAR_FOLLOW and not (
            nxt[0] in "وف" and nxt[1:] in YEAR_FOLLOW
        ):
            # a word right after the number: a counted noun (2000 شخص), not a year —
            # unless a definite noun names the year before it («الانتفاضة الأولى 1987 صادر»)
            prev = ctx.prev_word(m.start())
            named = prev.startswith("ال") and len(prev) > 3 and prev not in YEAR_FOLLOW and (
                y <= (ctx.anchor.year if ctx.anchor else 2030))
            if not named and not regex.match(r"\s+(?:\p{P}|$)", ctx.text[m.end() :]):
                return None
        prev = ctx.prev_word(m.start())
        if prev in ("رقم", "هاتف", "فاكس", "تحويله", "ب", "ص"):
            return None
    elif cls and 1300 <= y <= 1500:
        return _hijri_year(m, y)
    return Candidate(m.start(), m.end(), "DATE", f"{y:04d}", mod_of_part(g(m, "part")),
                     "gregorian", R.year_interval(y))


def decade(m: regex.Match, ctx: Context) -> Candidate | None:
    d = lexicon().decades[g(m, "dec")]
    century = g(m, "century") or ""
    ref = ctx.anchor.year if ctx.anchor else 2100
    if "ماضي" in century or "عشرين" in century and "الحادي" not in century or "منصرم" in century:
        base = 1900
    elif "الحادي" in century or "حالي" in century:
        base = 2000
    else:
        base = 2000 if 2000 + 10 * d <= ref else 1900
    start = base + 10 * d
    return Candidate(m.start(), m.end(), "DATE", f"{start // 10}X", mod_of_part(g(m, "part")),
                     "gregorian", (f"{start}-01-01", f"{start + 10}-01-01"))
