"""Post-selection merges: a clock time written just before a day expression belongs to it
(«الساعة 9 صباح السبت 15 أغسطس», «الساعة العاشرة من صباح يوم الأحد») — the day
candidate is longer and wins the selection, so the clock is attached to it here; a clock
time followed by its time zone and a day takes that day's date («(1700 بتوقيت جرينتش) يوم
الأحد»); a weekday followed by «الموافق» + a date of the same weekday is that date
(«يوم السبت الموافق 15 أغسطس»); a bare weekday named again takes the day an earlier
mention of it was fixed to by a modifier or a future context; a bare part-of-day adverb
(«صباحا», «مساء») is on the day named before it in its sentence."""

from __future__ import annotations

import datetime as dt
from functools import cache

import regex

from khabar.extract.times import resolve as R
from khabar.extract.times.context import Candidate
from khabar.extract.times.lexicon import alt, key, lexicon

YEAR_VALUE = regex.compile(r"^\d{4}$")
DAY_VALUE = regex.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T(MO|MI|AF|EV|NI))?$")


def _day(dm: regex.Match) -> dt.date:
    """The date of a ``DAY_VALUE`` match."""
    return dt.date(int(dm.group(1)), int(dm.group(2)), int(dm.group(3)))


@cache
def _clock_before() -> regex.Pattern:
    hours = alt(lexicon().hours)
    return regex.compile(
        rf"(?:(?:ال)?ساعه\s+(?P<hw>{hours}|\d{{1,2}})|(?P<hh>\d{{1,2}})(?::|(?<=الساعه\s+\d{{1,2}})\.)(?P<mm>\d\d))"
        rf"(?:\s+و\s*(?P<frac>النصف|الربع))?\s*(?:من\s+)?$"
    )


SAME_DAY_VALUE = "SAME_DAY"  # the placeholder of «اليوم نفسه», «نفس اليوم» until resolved
SAME_DAY_REACH = 600  # characters back to the day an anaphoric «same day» refers to
CLOCK_PART = regex.compile(r"^T\d\d:\d\d")
UNKNOWN_DAY = regex.compile(r"^XXXX-(?:XX|\d\d)-(?:XX|\d\d)(?:T(?:MO|MI|AF|EV|NI))?$")  # a day of no known year


SAME_WEEK_VALUE, SAME_MONTH_VALUE, SAME_YEAR_VALUE = "SAME_WEEK", "SAME_MONTH", "SAME_YEAR"
MONTH_OF = regex.compile(r"^(\d{4})-(\d\d)(?:-\d\d)?(?:T[\w:]+)?$")
ANY_MONTH_OF = regex.compile(r"^(?:\d{4}|XXXX)-(\d\d)(?:-\d\d)?(?:T[\w:]+)?$")  # also an unknown year
YEAR_OF = regex.compile(r"^(\d{4})(?:$|-(?:\d\d|W\d\d|Q\d|H\d))")


def same_days(kept: list[Candidate], text: str = "") -> list[Candidate]:
    """«ويستقبل … صباح يوم الثلاثاء …، فيما يتهيأ الفرع في اليوم نفسه»: «اليوم نفسه / نفس اليوم /
    ذات اليوم» is the day of the nearest earlier expression naming a day (session 12); with no
    such day shortly before it, it is left out (an anaphor without its antecedent). Session 13:
    «الشهر/العام/الأسبوع نفسه» the month, year or week of the nearest earlier expression that
    names one (a day names all three)."""
    if not any(c.value.startswith("SAME_") for c in kept):
        return kept
    out: list[Candidate] = []
    for c in kept:
        if c.value.startswith((SAME_WEEK_VALUE, SAME_MONTH_VALUE, SAME_YEAR_VALUE)):
            host = out[-1] if out and MONTH_OF.match(out[-1].value) and OF_GAP.fullmatch(
                text, out[-1].end, c.start) else None  # «في ديسمبر من نفس العام»: the month it dates
            if c.value == SAME_YEAR_VALUE and host is not None:
                if _same_period(c, out[:-1]):
                    _move_to_year(host, int(c.value), c.end)
                continue
            found = _same_period(c, out)
            if not found and c.value.startswith(SAME_YEAR_VALUE + "-") and c.interval:
                # «الربع الأول من العام نفسه» with no year before it: the dateline's (its interval)
                c.value, found = c.interval[0][:4] + c.value[len(SAME_YEAR_VALUE) :], True
            if found:
                if out and DAY_VALUE.match(c.value) and DAY_VALUE.match(out[-1].value) and regex.fullmatch(
                        r"\s*,?\s*", text[out[-1].end : c.start]) and _same_weekday(out[-1].value, c.value) \
                        and not regex.search(r"\d", text[out[-1].start : out[-1].end]):
                    c.start = out.pop().start  # «يوم الخميس 27 من الشهر نفسه»: one date
                out.append(c)
            continue
        if not c.value.startswith(SAME_DAY_VALUE):
            out.append(c)
            continue
        # not a bare clock; a day of an unknown date too (no dateline: «أمس الاثنين … في وقت سابق من
        # نفس اليوم» is that unknown day, XXXX-XX-XX; session 19)
        prev = next((p for p in reversed(out) if DAY_VALUE.match(p.value) or UNKNOWN_DAY.match(p.value)), None)
        part = c.value[len(SAME_DAY_VALUE) :]
        clock = CLOCK_PART.match(part)
        if prev is None or c.start - prev.end > SAME_DAY_REACH:
            if clock is not None:  # «الساعة السادسة من مساء نفس اليوم» with no day before: the
                c.value = (c.interval[0][:10] if c.interval else "XXXX-XX-XX") + part  # dateline's
                out.append(c)
            continue
        day = prev.value[:10]
        if day.startswith("XXXX"):
            c.value, c.interval, c.anchored = day + part, None, False
            out.append(c)
            continue
        c.value, c.anchored = day + part, prev.anchored
        if clock is not None:  # a clock time of that day: its minute
            begin = dt.datetime.fromisoformat(day + part)
            c.interval = R.minute_interval(begin)
        else:
            c.interval = R.day_interval(dt.date.fromisoformat(day))
        out.append(c)
    return out


OF_GAP = regex.compile(r"\s*\)?\s+من\s+")


def _same_weekday(a: str, b: str) -> bool:
    return dt.date.fromisoformat(a[:10]).isoweekday() == dt.date.fromisoformat(b[:10]).isoweekday()


def _move_to_year(host: Candidate, year: int, end: int) -> None:
    """«ديسمبر (كانون الأول) من نفس العام»: the month takes the year and the span of its anaphor."""
    y, mo = year, int(host.value[5:7])
    day = DAY_VALUE.match(host.value)
    if day is not None and R.valid_day(y, mo, int(day.group(3))) is not None:
        d = dt.date(y, mo, int(day.group(3)))
        host.value, host.interval = d.isoformat() + host.value[10:], R.day_interval(d)
    elif day is None:
        host.value, host.interval = f"{y:04d}-{mo:02d}", R.month_interval(y, mo)
    else:
        return
    host.end = end


def _same_period(c: Candidate, before: list[Candidate]) -> bool:
    """Value an anaphoric «الشهر/العام/الأسبوع نفسه» by the nearest earlier expression naming such
    a period (within SAME_DAY_REACH characters); False when there is none. A day of the same
    month («السابع من نفس الشهر») is a day of the antecedent's month, a Hijri one when the
    antecedent is Hijri («في الأول من شهر ذي القعدة … في السابع من نفس الشهر»)."""
    kind = c.value[: c.value.find("-")] if "-" in c.value else c.value
    test = {SAME_WEEK_VALUE: DAY_VALUE, SAME_MONTH_VALUE: ANY_MONTH_OF, SAME_YEAR_VALUE: YEAR_OF}[kind]
    prev = next((p for p in reversed(before) if test.match(p.value) or kind == SAME_MONTH_VALUE and _hijri_month(p)),
                None)
    if prev is None or c.start - prev.end > SAME_DAY_REACH:
        return False
    if kind == SAME_MONTH_VALUE and c.value == kind and _hijri_month(prev):
        # «خلال شهر صفر الماضي … خلال ذات الشهر»: that Hijri month, its Gregorian interval (session 25)
        c.value, c.interval, c.calendar, c.anchored = prev.value, prev.interval, "hijri", prev.anchored
        return True
    if prev.value.startswith("XXXX-"):
        return _same_unknown_month(c, prev, kind)
    if kind == SAME_WEEK_VALUE:
        day = dt.date.fromisoformat(prev.value[:10])
        c.value, c.interval = R.week_value(day), R.week_interval(day)
    elif kind == SAME_MONTH_VALUE and c.value != kind:  # a day of that month
        dd = int(c.value[len(kind) + 1 :])
        first = dt.date.fromisoformat(prev.interval[0][:10]) if prev.interval else None
        if prev.calendar == "hijri" and first is not None:
            h = R.hijri_of(first)
            d = R.hijri_day(h.year, h.month, dd)
            c.calendar = "hijri"
        else:
            d = R.valid_day(int(prev.value[:4]), int(prev.value[5:7]), dd)
        if d is None:
            return False
        c.value, c.interval = d.isoformat(), R.day_interval(d)
    elif kind == SAME_MONTH_VALUE:
        y, mo = int(prev.value[:4]), int(prev.value[5:7])
        c.value, c.interval = f"{y:04d}-{mo:02d}", R.month_interval(y, mo)
    elif c.value != kind:  # «الربع الأول من العام نفسه»: a quarter or half of that year
        y = int(prev.value[:4])
        c.value, c.interval = f"{y:04d}{c.value[len(kind):]}", _part_interval(y, c.value[len(kind) + 1 :])
    else:
        y = int(prev.value[:4])
        c.value, c.interval = f"{y:04d}", R.year_interval(y)
    c.anchored = prev.anchored
    return True


HIJRI_MONTH_VALUE = regex.compile(r"^\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d$")


def _hijri_month(p: Candidate) -> bool:
    """A Hijri month valued as its Gregorian interval («رمضان» → 2015-06-18/2015-07-16): 29 or 30 days."""
    if p.calendar != "hijri" or HIJRI_MONTH_VALUE.match(p.value) is None:
        return False
    a, b = (dt.date.fromisoformat(x) for x in p.value.split("/"))
    return 28 <= (b - a).days <= 29


def _same_unknown_month(c: Candidate, prev: Candidate, kind: str) -> bool:
    """«في 21 أغسطس … يوم 29 من نفس الشهر» with no year known (no dateline, session 18c): the month
    of the antecedent in an unknown year, ``XXXX-08-29`` / ``XXXX-08``; not a Hijri antecedent."""
    if prev.calendar == "hijri":
        return False
    mo = int(prev.value[5:7])
    if c.value != kind:
        dd = int(c.value[len(kind) + 1 :])
        if R.valid_day(2000, mo, dd) is None:  # a leap year: «29 فبراير» of an unknown year is valid
            return False
        c.value = f"XXXX-{mo:02d}-{dd:02d}"
    else:
        c.value = f"XXXX-{mo:02d}"
    c.interval, c.anchored = None, False
    return True


def _part_interval(y: int, part: str) -> tuple[str, str]:
    """The interval of a quarter («Q2») or a half («H1») of the year ``y``."""
    return R.quarter_interval(y, int(part[1])) if part[0] == "Q" else R.half_interval(y, int(part[1]))


@cache
def _elliptic() -> regex.Pattern:
    rel = alt(w for w in lexicon().relative if " " not in w)
    # «للعام الحالي والقادم», «العام المالي الماضي والحالي», «للعامين الحالي والمقبل»
    return regex.compile(rf"(?<=(?P<noun>عام|سنه|عامين|سنتين|شهر|شهرين)\s+(?:(?:المالي|الماليه|الميلادي|الميلاديه)\s+)?"
                         rf"(?P<r1>{rel}))\s+و\s*(?P<r2>{rel})(?![\p{{L}}])")


def elliptic_years(kept: list[Candidate], text: str) -> list[Candidate]:
    """«للعام الحالي والقادم»: a second modifier joined by «و» to a year's names another year
    (the one it points to), its noun left out (session 12); so for months («الشهرين الحالي
    والمقبل», «الشهر الماضي والحالي»; session 14)."""
    out: list[Candidate] = []
    taken = {c.start for c in kept}
    for c in kept:
        out.append(c)
        if "و" not in text[c.end : c.end + 4]:
            continue  # a cheap look: «و» + the second modifier follows at once
        month = MONTH_ONLY.match(c.value)
        if not (YEAR_VALUE.match(c.value) or month) or not c.anchored:
            continue
        m = _elliptic().match(text, c.end)
        if m is None or m.start("r2") in taken or (month is not None) != m.group("noun").startswith("شهر"):
            continue
        rel = lexicon().relative
        shift = rel[key(m.group("r2"))] - rel[key(m.group("r1"))]
        if month is not None:
            y, mo = R.add_months(int(month.group(1)), int(month.group(2)), shift)
            out.append(Candidate(m.start("r2"), m.end(), "DATE", f"{y:04d}-{mo:02d}", None, "gregorian",
                                 R.month_interval(y, mo), True, c.rank))
            continue
        y = int(c.value) + shift
        out.append(Candidate(m.start("r2"), m.end(), "DATE", f"{y:04d}", None, "gregorian",
                             R.year_interval(y), True, c.rank))
    return out


MONTH_ONLY = regex.compile(r"^(\d{4})-(\d\d)$")


def attach_clocks(kept: list[Candidate], text: str) -> list[Candidate]:
    """Extend day-level candidates over a clock time right before them."""
    out: list[Candidate] = []
    pat = _clock_before()
    for c in kept:
        dm = DAY_VALUE.match(c.value) if c.type in ("DATE", "TIME") else None
        if dm is not None:
            m = pat.search(text, max(0, c.start - 40), c.start)
            if m is not None and (not out or out[-1].end <= m.start() or _is_clock(out[-1])):
                merged = _merge(c, m, dm)
                if merged is not None:
                    if out and out[-1].end > m.start():
                        merged.start = min(merged.start, out.pop().start)  # the clock alone
                    out.append(merged)
                    continue
        out.append(c)
    return out


# «(1700 بتوقيت جرينتش) يوم الأحد», «الساعة 1500 بتوقيت غرينتش يوم الأحد»: only a time zone
# (and the bracket closing it) stands between a clock time and the day it is on
ZONE_GAP = regex.compile(r"\s*(?:بتوقيت|بالتوقيت)\s+\p{L}+(?:\s+\p{L}+)?\s*\)?\s*[,،]?\s*(?:من\s+)?")
CLOCK_VALUE = regex.compile(r"^\d{4}-\d\d-\d\d(T\d\d:\d\d(?::\d\d)?)$")


def zone_clocks(kept: list[Candidate], text: str) -> list[Candidate]:
    """A clock time followed by its time zone and then a day takes that day's date (it was
    valued on the dateline's day, as a clock time without a day is)."""
    for c, nxt in zip(kept, kept[1:], strict=False):
        cm = CLOCK_VALUE.match(c.value) if c.type == "TIME" else None
        dn = DAY_VALUE.match(nxt.value) if nxt.type == "DATE" else None
        if cm is None or dn is None or dn.group(4):
            continue
        gap = ZONE_GAP.match(text, c.end, nxt.start)
        if gap is None or gap.end() != nxt.start:
            continue
        c.dayless = False
        day = _day(dn)
        begin = dt.datetime.fromisoformat(day.isoformat() + cm.group(1))
        c.value = day.isoformat() + cm.group(1)
        c.interval = R.minute_interval(begin)
        c.anchored = c.anchored or nxt.anchored
    return kept


def _is_clock(prev: Candidate) -> bool:
    return prev.type == "TIME" and regex.search(r"T\d\d:\d\d$", prev.value) is not None


def _merge(c: Candidate, m: regex.Match, dm: regex.Match) -> Candidate | None:
    if m.group("hw"):
        hw = key(m.group("hw"))
        h = int(hw) if hw.isdigit() else lexicon().hours[hw]
        minute = {"النصف": 30, "الربع": 15}.get(m.group("frac") or "", 0)
    else:
        h, minute = int(m.group("hh")), int(m.group("mm"))
    part = dm.group(4)
    if part in ("AF", "EV") and h < 12 or part == "NI" and 6 <= h < 12 or part == "MI" and h < 11:
        h += 12
    if not (0 <= h <= 23 and 0 <= minute < 60):
        return None
    day = _day(dm)
    begin = dt.datetime(day.year, day.month, day.day, h, minute)
    return Candidate(
        m.start(), c.end, "TIME", f"{day.isoformat()}T{h:02d}:{minute:02d}", c.mod, c.calendar,
        R.minute_interval(begin),
        c.anchored, c.rank,
    )


AGREEING = regex.compile(r"\s*[,،]?\s*(?:و?الموافق|و?الموافقه)\s*$")


def align_weekdays(kept: list[Candidate], text: str, weekday_rank: int) -> list[Candidate]:
    """«يوم السبت الموافق 15 أغسطس»: a weekday (a candidate of the weekday family) takes the
    date it is equated with, when the weekdays agree, instead of the default most recent one."""
    for c, nxt in zip(kept, kept[1:], strict=False):
        if c.rank != weekday_rank:
            continue
        dm, dn = DAY_VALUE.match(c.value), DAY_VALUE.match(nxt.value)
        if dm is None or dn is None or dm.group(4) or c.value == nxt.value:
            continue
        if AGREEING.match(text[c.end : nxt.start]) is None:
            continue
        d1 = _day(dm)
        d2 = _day(dn)
        if d1.isoweekday() == d2.isoweekday() and abs((d1 - d2).days) <= 21:
            c.value, c.interval = d2.isoformat(), nxt.interval
            c.explicit = True
    return kept


def repeat_weekdays(kept: list[Candidate], weekday_rank: int) -> list[Candidate]:
    """«موجة حارة يومي الثلاثاء والأربعاء متوقعة … وفي التدرج الحراري ليوم الأربعاء»: a bare
    weekday named again later in the document is the day an earlier mention of it fixed by its
    modifier or a future context (the default — the most recent such day — is only a guess)."""
    fixed: dict[int, tuple[dt.date, tuple[str, str] | None]] = {}
    for c in kept:
        if c.rank != weekday_rank:
            continue
        dm = DAY_VALUE.match(c.value)
        if dm is None:
            continue
        day = _day(dm)
        if c.explicit:
            fixed[day.isoweekday()] = (day, c.interval)
            continue
        earlier = fixed.get(day.isoweekday())
        if earlier is not None and earlier[0] != day:
            c.value = earlier[0].isoformat() + c.value[10:]  # keeps a part of the day («مساء الأربعاء»)
            c.interval = earlier[1]
    return kept


ADVERB_REACH = 150  # characters back to the day a bare part-of-day adverb belongs to
# a habit earlier in the adverb's sentence: «كل يوم», «يوميا», «عادة», «دائما», «غالبا», «أحيانا»
HABIT = regex.compile(r"(?<![\p{L}])(?:كل\s+(?:يوم|صباح|مساء|ليله)|يوميا|عاده|دائما|غالبا|احيانا)(?![\p{L}])")
# «كانوا يشترون الروبيان عصرا»: «كان» + an imperfect verb right before, a past habit (session 16)
PAST_HABIT_BEFORE = regex.compile(r"(?<![\p{L}])[وف]?(?:كان|كانت|كانوا|كنت|كنا)\s+[يتن]\p{L}{2,}(?:\s+[^\s,،.]+){0,5}\s+$")


def past_habit(text: str, s: int, lo: int = 0) -> bool:
    """«كان + imperfect» earlier in the clause of ``s`` (60 characters, not before ``lo``; no comma
    or stop between)."""
    return PAST_HABIT_BEFORE.search(text, max(lo, s - 60), s) is not None


def _habitual(text: str, pos: int) -> bool:
    """A habit cue between the last sentence end (within ADVERB_REACH) and ``pos``."""
    lo = max(0, pos - ADVERB_REACH)
    cut = max((m.end() for m in SENTENCE_END.finditer(text, lo, pos)), default=lo)
    return HABIT.search(text, cut, pos) is not None or past_habit(text, pos, cut)

SENTENCE_END = regex.compile(r"[.!?؟\n]")


def day_adverbs(kept: list[Candidate], text: str, adverb_rank: int,
                day_ranks: frozenset[int] = frozenset()) -> list[Candidate]:
    """«وصل الوفد يوم الخميس صباحا», «سيؤدي مرانه صباح الاثنين قبيل المغادرة مساء»: a bare
    part-of-day adverb (a candidate of the podadv family, valued on the dateline's day) is that
    part of the day named last before it in its sentence (session 14); with none, the
    dateline's day stays. So is a clock time without a day of its own after a relative day or a
    weekday (session 16: «يوم غد الثلاثاء عند الساعة الثانية عشر ظهرا», «الأربعاء الماضي عند الخامسة
    عصرا»; not after a calendar date, which is as often a period's end or a schedule's day)."""
    if not any(c.rank == adverb_rank or c.dayless for c in kept):
        return kept  # most texts have no bare adverb
    last: Candidate | None = None
    for c in kept:
        if c.dayless and last is not None and last.rank in day_ranks and c.start - last.end <= ADVERB_REACH \
                and SENTENCE_END.search(text, last.end, c.start) is None and c.value[:10] != last.value[:10] \
                and not _habitual(text, c.start):  # «بمعدل خمس ساعات يوميا … من الساعة الخامسة»: hours of every day
            # «سيقطع غدا ما بين الساعة الثامنة صباحا …», «أمس … في الساعة 19:30»: a clock time
            # without a day of its own is on the day named last before it in its sentence (session 16)
            day = dt.date.fromisoformat(last.value[:10])
            begin = dt.datetime.fromisoformat(day.isoformat() + c.value[10:16])
            c.value = day.isoformat() + c.value[10:]
            c.interval = R.minute_interval(begin)
            continue
        dm = DAY_VALUE.match(c.value)
        if dm is None:
            continue
        if c.rank == adverb_rank and dm.group(4) and _habitual(text, c.start):
            # «فالماء يدخل المعدة صباحاً» after «كل يوم»: that part of every day, no single day (session 15)
            c.type, c.value, c.interval, c.anchored = "SET", f"XXXX-XX-XXT{dm.group(4)}", None, False
            continue
        if c.rank == adverb_rank and last is not None and c.start - last.end <= ADVERB_REACH \
                and SENTENCE_END.search(text, last.end, c.start) is None:
            day = dt.date.fromisoformat(last.value[:10])
            c.value, c.interval, c.anchored = day.isoformat() + c.value[10:], R.day_interval(day), last.anchored
        last = c
    return kept
