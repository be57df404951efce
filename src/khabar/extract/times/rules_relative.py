"""Handlers of expressions resolved from the dateline: clock times, weekdays, relative
days and periods, parts of the day, vague references."""


from __future__ import annotations

import datetime as dt
from functools import cache

import regex

from khabar.extract.times import resolve as R
from khabar.extract.times.context import (
    RELDAY,
    RELDAY_PART,
    Candidate,
    Context,
    day_cand,
    day_number,
    g,
    mod_of_part,
    pod_value,
)
from khabar.extract.times.lexicon import alt, key, lexicon
from khabar.extract.times.merge import (
    SAME_DAY_VALUE,
    SAME_MONTH_VALUE,
    SAME_WEEK_VALUE,
    SAME_YEAR_VALUE,
    past_habit,
)
from khabar.extract.times.rules_calendar import week_of

CLAUSE_INTERNAL = frozenset({"^"})  # vague.tsv: the adverb must follow a word of its clause


def _hour(h: int, part: str | None) -> int:
    if part in ("AF", "EV") and h < 12:
        return h + 12
    if part == "NI" and 6 <= h < 12:
        return h + 12
    if part == "MI" and h < 11:
        return h + 12
    return h


def _clock(m, ctx: Context, h: int, minute: int, part: str | None, rd: str | None,
           day: dt.date | None = None, second: int | None = None) -> Candidate | None:
    h = _hour(h, part)
    if not (0 <= h <= 24 and 0 <= minute < 60 and (second is None or 0 <= second < 60)):
        return None
    sec = f":{second:02d}" if second is not None else ""  # «09:28:54»
    if ctx.anchor is None:
        return Candidate(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{h:02d}:{minute:02d}{sec}")
    d = day or ctx.anchor + dt.timedelta(days=RELDAY.get(rd, 0) if rd else 0)
    begin = dt.datetime(d.year, d.month, d.day) + dt.timedelta(hours=h, minutes=minute)
    c = Candidate(m.start(), m.end(), "TIME", f"{d.isoformat()}T{h:02d}:{minute:02d}{sec}", None,
                  "gregorian", R.minute_interval(begin), True)
    c.dayless = day is None and not rd
    return c


def clock(m: regex.Match, ctx: Context, ordered: bool = True) -> Candidate | None:
    dotted_clock = (m.group("cls") or "").startswith("ال") and int(m.group("hh")) <= 23
    if m.group("sep") == "." and not m.group("adv") and not dotted_clock:
        return None  # «11.02» alone may be a decimal; after «الساعة» it is a clock time (session 18)
    part = pod_value(g(m, "adv"))
    ss = m.group("ss")
    h = int(m.group("hh"))
    if ordered and part is None and m.group("cls") and 1 <= h <= 11:
        # «من الساعة 5.30 حتى السابعة مساءً»: the half of the day that keeps the sentence's clock
        # times in order, as for an hour word after «الساعة» (session 18)
        h = _ordered_hour(m, ctx, h) or h
    return _clock(m, ctx, h, int(m.group("mm")), part, None, second=int(ss) if ss else None)


def clockword(m: regex.Match, ctx: Context, ordered: bool = True) -> Candidate | None:
    lex = lexicon()
    if m.group("hw4"):
        return _bare_hour(m, ctx, lex.hours[g(m, "hw4")]) if ordered else None
    hw = g(m, "hw") or g(m, "hw2") or g(m, "hw3")
    if m.group("hw3") and not 1 <= int(hw) <= 12:
        return None  # «5 فجرا», «11 مساءً»: a clock hour of 1–12 before a part-of-day adverb
    if hhmm := m.group("hhmm") or m.group("hhmm2"):  # «الساعة 1500 بتوقيت غرينتش», «(0230 بتوقيت جرينتش)»
        return _clock(m, ctx, int(hhmm[:2]), int(hhmm[2:]), None, None)
    h = int(hw) if hw.isdigit() else lex.hours[hw]
    minute = {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "الثلث": 20, "ثلث": 20}.get(g(m, "frac") or "", 0)
    minus = {"ربع": 15, "ربعا": 15, "ثلث": 20, "ثلثا": 20}.get(g(m, "minus") or "", 0)
    if minus:
        h, minute = h - 1, 60 - minus
    part = pod_value(g(m, "adv")) or pod_value(g(m, "pod"))
    day = None
    if m.group("wd") and ctx.anchor is not None:
        rel = g(m, "rel")
        d = lexicon().relative.get(rel, 0) if rel else (1 if ctx.future(m.start()) else 0)
        day = R.weekday(ctx.anchor, lex.weekdays[g(m, "wd")], d)
    rd = g(m, "rd")
    if ordered and part is None and m.group("hw") and not (rd or m.group("wd") or minus) and 1 <= h <= 11:
        # «من الساعة الخامسة وحتى العاشرة مساء»: an hour without its half of the day takes the
        # half that keeps the hours of its sentence in order (17:00 there), as a bare hour does
        h = _ordered_hour(m, ctx, h) or h
    if rd in SAME_DAY:  # «الساعة السادسة من مساء نفس اليوم»: on the day named last (merge.same_days)
        c = _clock(m, ctx, h, minute, part, None, day)
        if c is not None:
            c.value = SAME_DAY_VALUE + c.value[c.value.index("T") :]
        return c
    return _clock(m, ctx, h, minute, part, rd, day)


def wireclock(m: regex.Match, ctx: Context) -> Candidate | None:
    """«30ر8 بتوقيت مكة المكرمة»: the wire decimal before a time zone is the clock time 08:30 (session 20)."""
    return _clock(m, ctx, int(m.group("whh")), int(m.group("wmm")), None, None)


def _bare_hour(m: regex.Match, ctx: Context, h: int) -> Candidate | None:
    """«في الخامسة» between «من الثالثة عصرا» and «السابعة مساء»: a bare hour word is a clock
    time only when another clock time stands in the same sentence (80 characters either
    side); its half of the day is the one that puts it after the clock time before it and
    before the one after it (the nearest such): 17:00 there, not 05:00."""
    hour = _ordered_hour(m, ctx, h)
    return None if hour is None else _clock(m, ctx, hour, 0, None, None)


SENTENCE_STOP = regex.compile(r"\n|\.(?!\d)|(?<!\d)\.")


def _ordered_hour(m: regex.Match, ctx: Context, h: int) -> int | None:
    """The hour (h or h + 12) that keeps the clock times of the sentence in order, or None
    when no other clock time stands within 80 characters in the sentence."""
    from khabar.extract.times.patterns import families

    text = ctx.text
    lo, hi = max(0, m.start() - 80), min(len(text), m.end() + 80)
    stops = [b.start() for b in SENTENCE_STOP.finditer(text, lo, m.start())]
    lo = stops[-1] + 1 if stops else lo
    stop = SENTENCE_STOP.search(text, m.end(), hi)  # a full stop, not the dot of «9.45»
    hi = stop.start() if stop else hi
    fams = dict(families())
    hours: list[tuple[int, int]] = []  # (position, hour) of the other clock times
    for name in ("clockword", "clock"):
        for mm in fams[name].finditer(text, lo, hi):
            if name == "clockword" and mm.group("hw4") or mm.start() == m.start():
                continue
            c = clockword(mm, ctx, False) if name == "clockword" else clock(mm, ctx, False)
            if c is not None and c.type == "TIME" and regex.search(r"T\d\d:", c.value):
                hours.append((mm.start(), int(c.value.split("T")[1][:2])))
    hours.sort()  # in text order across both families (session 18: «الساعة 5.30 حتى السابعة مساءً»)
    before = [hr for pos, hr in hours if pos < m.start()]
    after = [hr for pos, hr in hours if pos > m.start()]
    if not (before or after):
        return None
    options = [h, h + 12] if h < 12 else [h]
    lo_h = before[-1] if before else -1
    hi_h = after[0] if after else 25
    options = [o for o in options if lo_h <= o <= hi_h] or options  # a sequence of hours runs forward
    near = before[-1] if before else after[0]
    return min(options, key=lambda o: abs(o - near))


PLURAL_WEEKDAYS = {"الجمع": 5, "الاحاد": 7}
# a prayer or its sermons before a bare weekday name the prayer, not a day — also with a clitic and the
# plural «خطب» («وخطب الجمعة», «لصلاة الجمعة»; session 21: news day 412, ANERcorp 1953)
PRAYER_NOUNS = frozenset({"صلاه", "خطبه", "خطب"})


def _prayer(word: str) -> bool:
    return word in PRAYER_NOUNS or word[:1] in "وفلب" and word[1:] in PRAYER_NOUNS


def weekday(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    if m.group("wdpl"):  # «أيام الجمع»: Fridays
        return Candidate(m.start(), m.start("wdpl") + len(m.group("wdpl")), "SET",
                         f"XXXX-WXX-{PLURAL_WEEKDAYS[g(m, 'wdpl')]}")
    prev = ctx.prev_word(m.start())
    if (prev in lex.blockers_before or _prayer(prev)) and not (m.group("pod") or m.group("yawm")):
        return None  # «صلاة الجمعة», «وخطب الجمعة» (but «صلاة ظهر يوم الخميس» is a time)
    wd = lex.weekdays[g(m, "wd")]
    if m.group("every"):  # «كل جمعة», «أيام الجمعة»: every such weekday
        return Candidate(m.start(), m.end(), "SET", f"XXXX-WXX-{wd}")
    if g(m, "wd") == "الاثنين" and not (m.group("yawm") or m.group("pod") or m.group("rel")) and (
        prev == "من" and ctx.prev_word(ctx.text.rfind("من", 0, m.start())) in ("اي", "ايا", "لاي", "كل", "لكل", "احد")
        or prev in ("كلا", "هذين")
    ):
        return None  # «أي من الاثنين»: "the two", not Monday
    rel = g(m, "rel")
    if rel is None and not m.group("pod") and _recurring_weekday(ctx, m.start(), m.end()):
        return Candidate(m.start(), m.end(), "SET", f"XXXX-WXX-{wd}")
    pod = pod_value(g(m, "pod"))
    if ctx.anchor is None:
        return day_cand(m, m.start(), None, pod, None)
    d = lex.relative.get(rel, 0) if rel else 0
    future = rel is None and (ctx.future(m.start(), m.end()) or _parenthetical_future(ctx, m)) and not (
        _past_relative(ctx.text, m.end()))
    if future:
        day = ctx.anchor + dt.timedelta(days=(wd - ctx.anchor.isoweekday()) % 7)
    else:
        day = R.weekday(ctx.anchor, wd, d)
    cand = day_cand(m, m.start(), day, pod, None, anchored=True)
    cand.explicit = bool(rel) or future
    return cand


# «المفاوضات السبت والتي استمرت لأكثر من ست ساعات»: a relative clause right after a bare weekday that
# opens with a past verb narrates the event as over — the day is the last one, whatever cue stands before
# (session 25). A feminine perfect in ـت (not the imperfect prefixes ي/ن/س: «التي تمت» is past, «التي
# ستعقد», «التي يحضرها» are not), a plural perfect in ـوا, or «قد» + a perfect; not «كان/كانت/كانوا»
# («القمة الخميس التي كان مقررا عقدها الأربعاء»: a plan moved, still ahead)
PAST_RELATIVE = regex.compile(
    r"\s*[,،]?\s*[وف]?(?:التي|الذي|اللتين|اللذين|الذين)\s+(?:[وف]?(?:قد|لقد)\s+(?![يتنس])\p{L}{3,}"
    r"|(?!(?:كان|كانت|تحت|ذات|بنت|وقت|بيت)(?![\p{L}]))(?!كانوا)(?![يتنس]\p{L}+وا)(?![ينس])\p{L}{2,}(?:ت|وا)(?![\p{L}]))")


def _past_relative(text: str, end: int) -> bool:
    return PAST_RELATIVE.match(text, end) is not None


# «حيث سيوقع قبل، يوم الأربعاء، في كشوفات»: a weekday set off by commas belongs to the clause before
# the first comma (session 17)
COMMA_BEFORE = regex.compile(r"[,،]\s*$")
COMMA_AFTER = regex.compile(r"\s*[,،]")


def _parenthetical_future(ctx: Context, m: regex.Match) -> bool:
    """A weekday between commas after a future verb («سيوقع قبل، يوم الأربعاء،») is a plan."""
    cm = COMMA_BEFORE.search(ctx.text, max(0, m.start() - 3), m.start())
    return cm is not None and COMMA_AFTER.match(ctx.text, m.end()) is not None and ctx.future(cm.start())


# a generic weekday (session 12): «لم تجدول له أي مباراة في يوم الجمعة» (any Friday), «عادة ما تقام
# يوم الجمعة», «يوم الجمعة من كل أسبوع», and a weekly schedule «من الأحد إلى الخميس» beside opening
# hours or a word of daily routine
GENERIC_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:(?:اي|ايه)\s+\p{L}+\s+(?:في\s+)?|(?:عاده|غالبا|دائما)(?:\s+ما)?\s+(?:[\p{L}]+\s+){0,3}(?:في\s+)?)$")
EVERY_WEEK = regex.compile(r"\s+(?:من\s+)?كل\s+اسبوع(?![\p{L}])")
WEEK_RANGE_FROM = regex.compile(r"(?<![\p{L}])من\s+$")
WEEK_RANGE_TO = regex.compile(r"\s+(?:الي|حتي)\s+(?:يوم\s+)?(?P<wd>\p{L}+)(?![\p{L}])")
WEEK_RANGE_BACK = regex.compile(r"(?<![\p{L}])من\s+(?:يوم\s+)?(?P<wd>\p{L}+)\s+(?:الي|حتي)\s+$")
SCHEDULE = regex.compile(
    r"(?<![\p{L}])(?:[وف]?(?:ال)?ساعه|صباحا|مساء|يوميا|اليومي|اليوميه|اسبوعيا|دوام|الدوام|مواعيد|اوقات|\d{1,2}[:.]\d\d)(?![\p{L}])")


def _recurring_weekday(ctx: Context, s: int, e: int) -> bool:
    """A bare weekday that names every such day, not one date (a SET)."""
    text = ctx.text
    if GENERIC_BEFORE.search(text, max(0, s - 40), s) or EVERY_WEEK.match(text, e) or past_habit(text, s):
        return True
    days = lexicon().weekdays
    to = WEEK_RANGE_TO.match(text, e)
    back = WEEK_RANGE_BACK.search(text, max(0, s - 25), s)
    if not (to and WEEK_RANGE_FROM.search(text, max(0, s - 12), s) and key(to.group("wd")) in days
            or back and key(back.group("wd")) in days):
        return False
    lo = max(text.rfind(".", 0, s), text.rfind("\n", 0, s), s - 120)
    hi = min(x for x in (text.find(".", e), text.find("\n", e), e + 120) if x >= 0)
    return SCHEDULE.search(text, lo + 1, hi) is not None  # «من الساعة 10 صباحا … من الأحد إلى الخميس»


# the opening mark and one or two words of a quoted title that ends in «اليوم» («أخبار اليوم»)
QUOTED_TITLE = regex.compile(r"[\"«“](?:[^\W\d_]+ ){1,2}$")


def relday(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    rd = g(m, "rd")
    s, e = m.start(), m.end()
    if rd in SAME_DAY:  # «في اليوم نفسه», «مساء نفس اليوم»: the day named last (merge.same_days)
        pod = pod_value(g(m, "pod"))
        return Candidate(s, e, "TIME" if pod else "DATE", SAME_DAY_VALUE + (f"T{pod}" if pod else ""))
    if rd == "اليوم" and regex.match(r"\s*(?:ال\s?\d|\d{1,2}\s+من\s)", ctx.text[e : e + 10]):
        return None  # «اليوم ال 15 من سبتمبر»: a day number, not today
    if rd in ("غد", "الغد") and not m.group("pod") and not (rd == "الغد" and _tomorrow_of(ctx, s)):
        return None  # bare «غد/الغد» only after a part of the day («مساء غد», «صباح الغد»)
    if rd == "اليوم":
        before = ctx.text[s - 1 : s] if s else ""
        after = ctx.text[e : e + 1]
        if before in "\"'«“”" and before and after in "\"'»“”" and after:
            return None  # a newspaper named «اليوم»
        if after and after in "\"'»“”" and QUOTED_TITLE.search(ctx.text, max(0, s - 30), s):
            return None  # «أخبار اليوم», «المصري اليوم», "ثقافة اليوم": a title in quotation marks (session 17)
        if before == "(" and after == ")" and ctx.text[s - 2 : s - 1] == "ل":
            return None  # «قال لـ(اليوم)»: told the newspaper
        if ctx.prev_word(s) in lex.blockers_before:
            return None
    if not (m.group("wd") or m.group("wd2")) and ctx.next_word(e) in lex.blockers_after:
        return None  # «في أمس الحاجة», «اليوم الوطني»
    if rd == "اليوم" and not (m.group("wd") or m.group("wd2") or m.group("pod")) and _superlative_after(ctx, e):
        return None  # «يعتبر اليوم الأكثر دموية»: the day that was most …, not today
    if rd == "اليوم" and not (m.group("wd") or m.group("wd2") or m.group("pod")) and _per_day(ctx, s):
        return Candidate(s, e, "SET", "P1D")  # «250 ألف برميل في اليوم»: a rate, like «يوميا»
    pod = pod_value(g(m, "pod")) or RELDAY_PART.get(rd)
    if ctx.anchor is None:
        return day_cand(m, s, None, pod, None)
    day = ctx.anchor + dt.timedelta(days=RELDAY[rd])
    wd = g(m, "wd") or g(m, "wd2")
    if wd:
        target = lex.weekdays[wd]
        diff = (target - day.isoweekday() + 3) % 7 - 3  # nearest such weekday wins
        day += dt.timedelta(days=diff)
    return day_cand(m, s, day, pod, None, anchored=True)


# «الغد» (the morrow) is tomorrow after «نهار» and after a noun of a scheduled match or meeting («مباراة
# الغد», «نهار الغد»; session 21) — not a name or "the future" («حزب الغد», «عدن الغد», «قائد الغد»)
TOMORROWS_EVENT = frozenset({"مباراه", "لمباراه", "مواجهه", "لمواجهه", "لقاء", "للقاء", "جلسه", "اجتماع",
                             "مباريات", "سباق", "نزال", "نهار"})


def _tomorrow_of(ctx: Context, s: int) -> bool:
    return ctx.text.startswith("نهار", s) or ctx.prev_word(s) in TOMORROWS_EVENT


# an elative (أفعل) with the article: «الأكثر», «الأشد», «الأسوأ», «الأطول» (2–3 root letters)
ELATIVE = regex.compile(r"^الا[^\W\d_ا][^\W\d_]{1,2}$")
ELATIVE_COMPLEMENT = frozenset({"من", "في", "علي", "بين", "منذ"})


def _superlative_after(ctx: Context, end: int) -> bool:
    """An elative after «اليوم» followed by its complement — an indefinite accusative noun
    («الأكثر دموية», «الأشد حرارة») or «من/في» — describes a day, it is not today. Nouns of the
    same shape (الأمير، الأردن، الأهلي، الأحد) are followed by a name or end in ي/ن/ه."""
    w = ctx.next_word(end)
    if not ELATIVE.match(w) or w[-1] in "ينه" or w in lexicon().weekdays:
        return False
    pos = ctx.text.find(w, end) + len(w)
    nxt = ctx.next_word(pos)
    return nxt in ELATIVE_COMPLEMENT or (
        len(nxt) > 2 and not nxt.startswith("ال") and nxt[-1] in "اه" and ctx.text[pos : pos + 1] == " ")


# a number, its thousands/millions, the counted noun (+ «من» noun), then «في اليوم»
RATE_BEFORE = regex.compile(
    r"\d[\d.,]*\s*(?:(?:الف|الاف|مليون|ملايين|مليار|مليارات)\s+)?\p{L}+(?:\s+من\s+\p{L}+)?\s+في\s+$")


def _per_day(ctx: Context, start: int) -> bool:
    """«N unit في اليوم»: a number in the clause just before «في اليوم» makes it a rate (also
    «في الأسبوع/الشهر/العام»)."""
    return RATE_BEFORE.search(ctx.text, max(0, start - 40), start) is not None


RATE_PERIODS = {"الاسبوع": "P1W", "الشهر": "P1M", "العام": "P1Y", "السنه": "P1Y"}


# «العام/الشهر/الأسبوع السابق» (singular): "the preceding one" counts back from the period the
# text narrates («الربع الثاني … مقارنة بالربع السابق»), not from the dateline; left out like
# «لاحقا» (docs/time.md). Plurals («السنوات السابقة») and named months keep it.
ANAPHORIC_REL = frozenset({"السابق", "السابقه"})
LAST_REL = frozenset({"الاخير", "الاخيره"})
# Hijri years with their era right after a kind of year («العام التدريبي الجديد 1436/1437هـ»)
YEARS_AFTER = regex.compile(r"\s*\(?\s*1[34]\d\d\s*ه?\s*(?:[/\-–]\s*1[34]\d\d\s*)?ه(?![\p{L}])")
SAME_DAY = frozenset({"نفس اليوم", "ذات اليوم", "اليوم نفسه", "اليوم ذاته"})
LAST_UNITS = {"العقد": "P10Y"}
# particles and relatives whose normalised form opens with «ال» like a definite noun («إلى» → الي):
# «تأجيلها إلى العام المقبل» is a year, not «المدير العام السابق» (session 14)
AL_PARTICLES = frozenset({"الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي"})


# (session 25) «اكتسبها الدولار العام الماضي»: after a definite noun «العام» + a past modifier is last year —
# an office («المدير العام») that is over is «السابق» (anaphoric, left out above), not «الماضي»; still a
# title's head before it keeps «العام» an adjective («النائب العام الماضي» is rare and a person)
PAST_YEAR_REL = frozenset({"الماضي", "المنصرم", "الفائت", "الفارط"})
TITLE_HEADS = frozenset({"المدير", "الامين", "النائب", "المراقب", "المفتش", "المدعي", "القائد", "المرشد", "المنسق",
                         "المشرف", "المحامي", "الرئيس", "المستشار", "المفوض", "القنصل", "الوكيل", "المقرر"})


def relperiod(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    per, rel, this, part = g(m, "per"), g(m, "rel"), m.group("this"), g(m, "part")
    per = per if per.startswith("ال") else "ا" + per  # «للعام الماضي»: ل + لعام
    kind = g(m, "kind") or ""
    if m.group("same") or m.group("same2"):
        return _same_period(m, ctx, per, bool(rel or kind or this or part))
    if kind and per in ("العام", "السنه"):
        return _kinded_year(m, ctx, kind, rel, this, part)
    if not (rel or this or part) and per in RATE_PERIODS and not kind and _per_day(ctx, m.start()):
        return Candidate(m.start(), m.end(), "SET", RATE_PERIODS[per])  # «60 ريالا في العام»: a rate
    throughout = not (rel or this or part or kind) and per in ("الاسبوع", "الشهر") and ctx.prev_word(
        m.start()) in ("طوال", "طيله") and not ctx.next_word(m.end()).startswith("ال")
    if not (rel or this or part or throughout) or per == "العقد" and not rel:
        return None  # «طوال الأسبوع» (throughout the week): this week; not «طوال الشهر الكريم»
    if rel in ANAPHORIC_REL and not this:
        return None  # «مقارنة مع الشهر السابق»: the period before the narrated one, not the dateline's
    prev = ctx.prev_word(m.start())
    if per == "العام" and not (this or part) and prev.startswith("ال") and not prev.endswith(("ه", "ات")) \
            and prev not in AL_PARTICLES and not (rel in PAST_YEAR_REL and prev not in TITLE_HEADS):
        return None  # «المدير العام السابق»: العام = general (not after a feminine word it cannot
        # qualify: «على البوابة الإلكترونية العام الماضي»)
    if rel in LAST_REL and per in LAST_UNITS and not part and not this and ctx.next_word(m.end()) not in ("من", "في") \
            and not ctx.next_word(m.end()).startswith("ل"):
        # «في العقد الأخير»: the last ten years up to the dateline, not the calendar decade
        # before it (not «الأسبوع الأخير من/لشهر رمضان», a week of a month)
        return Candidate(m.start(), m.end(), "DURATION", LAST_UNITS[per])
    d = lex.relative.get(rel, 0) if rel else 0
    mod = mod_of_part(part)
    if ctx.anchor is None:
        if per == "الشهر" and m.group("day") and not (m.group("week") or part):
            # «15 الشهر المقبل», «19 من الشهر الجاري» with no dateline: the day is kept (session 18c)
            return Candidate(m.start(), m.end(), "DATE", f"XXXX-XX-{day_number(key(m.group('day'))):02d}")
        val = {"الاسبوع": "XXXX-WXX", "الشهر": "XXXX-XX"}.get(per, "XXXX")
        return Candidate(m.start(), m.end(), "DATE", val, mod)
    a = ctx.anchor
    if per == "الاسبوع" and part == "نهايه" and not this:
        # «(عطلة) نهاية الأسبوع» = the weekend: the last one (next one in a future context)
        if rel is None:  # the coming weekend in a future context, else the last one
            d = (0 if a.isoweekday() < 6 else 1) if ctx.future(m.start(), m.end()) else (
                0 if a.isoweekday() >= 6 else -1)
        w = a + dt.timedelta(weeks=d)
        monday = w - dt.timedelta(days=w.weekday())
        sat = monday + dt.timedelta(days=5)
        return Candidate(m.start(), m.end(), "DATE", R.week_value(w) + "-WE", None, "gregorian",
                         (sat.isoformat(), (sat + dt.timedelta(days=2)).isoformat()), True)
    if per == "الاسبوع":
        w = a + dt.timedelta(weeks=d)
        return Candidate(m.start(), m.end(), "DATE", R.week_value(w), mod, "gregorian", R.week_interval(w), True)
    if m.group("week"):  # «الأسبوع الأخير من الشهر الجاري»: its days (session 17)
        if per != "الشهر" or m.group("day") or part:
            return None
        y, mo = R.add_months(a.year, a.month, d)
        ny, nm = R.add_months(y, mo, 1)
        b, e = week_of(m, dt.date(y, mo, 1), dt.date(ny, nm, 1))
        return Candidate(m.start(), m.end(), "DATE", R.span_value(b, e), None, "gregorian",
                         (b.isoformat(), e.isoformat()), True)
    if per == "الشهر" and m.group("day"):
        y, mo = R.add_months(a.year, a.month, d)
        day = R.valid_day(y, mo, day_number(key(m.group("day"))))
        return day_cand(m, m.start(), day, None, mod, anchored=True) if day else None
    if per == "الشهر":
        y, mo = R.add_months(a.year, a.month, d)
        return Candidate(m.start(), m.end(), "DATE", f"{y:04d}-{mo:02d}", mod, "gregorian",
                         R.month_interval(y, mo), True)
    if per == "العقد":  # «العقد الماضي/المقبل»: the decade before/after the dateline's
        start = (a.year // 10 + d) * 10
        return Candidate(m.start(), m.end(), "DATE", f"{start // 10}X", mod, "gregorian",
                         (f"{start}-01-01", f"{start + 10}-01-01"), True)
    y = a.year + d
    return Candidate(m.start(), m.end(), "DATE", f"{y:04d}", mod, "gregorian", R.year_interval(y), True)


SAME_PERIOD = {"الاسبوع": SAME_WEEK_VALUE, "الشهر": SAME_MONTH_VALUE, "العام": SAME_YEAR_VALUE, "السنه": SAME_YEAR_VALUE}


def _same_period(m: regex.Match, ctx: Context, per: str, qualified: bool) -> Candidate | None:
    """«وهوت الصادرات في الشهر نفسه», «في العام ذاته», «نفس الأسبوع»: an anaphor valued by the
    expression named last (merge.same_days); not «الشهر نفسه من العام الماضي» (the same month a
    year before) nor with a modifier of its own."""
    if qualified or per not in SAME_PERIOD or ctx.next_word(m.end()) in ("من", "في", "علي"):
        return None
    if m.group("day"):  # «يوم الخميس 27 من الشهر نفسه», «في السابع من نفس الشهر»: a day of it
        if per != "الشهر":
            return None
        return Candidate(m.start(), m.end(), "DATE", f"{SAME_MONTH_VALUE}-{day_number(key(m.group('day'))):02d}")
    return Candidate(m.start(), m.end(), "DATE", SAME_PERIOD[per])


def curday(m: regex.Match, ctx: Context) -> Candidate | None:
    """«حتى 25 الجاري»: a day of the dateline's month («الجاري/الحالي» = of this month)."""
    dd = day_number(key(m.group("day")).replace(" ", ""))
    if m.group("of"):
        return _day_of_named_month(m, ctx, dd)
    if ctx.anchor is None:
        return Candidate(m.start(), m.end(), "DATE", f"XXXX-XX-{dd:02d}")
    day = R.valid_day(ctx.anchor.year, ctx.anchor.month, dd)
    return day_cand(m, m.start(), day, None, None, anchored=True) if day else None


DAY_OF_LEAD = frozenset({"في", "يوم", "حتي", "منذ", "بحلول", "قبل", "بعد", "من", "الي", "وفي", "ومنذ", "وحتي"})
MONTH_VALUE = regex.compile(r"\d{4}-\d\d(?:-\d\d)?")


def _day_of_named_month(m: regex.Match, ctx: Context, dd: int) -> Candidate | None:
    """«في 13 منه» ("on the 13th of it"): the day of the Gregorian month named last in the
    200 characters before («سبتمبر», «8 سبتمبر», «25 الجاري», «8/9/2015»), as that mention was
    resolved; only after a temporal preposition or «يوم» («حصل على 13 منه» counts)."""
    from khabar.extract.times.patterns import families
    from khabar.extract.times.rules_calendar import gdate, numdate

    if not (m.group("yawm") or ctx.prev_word(m.start()) in DAY_OF_LEAD):
        return None
    fams = dict(families())
    last: Candidate | None = None
    for name, handler in (("gdate", gdate), ("curday", curday), ("numdate", numdate)):
        for mm in fams[name].finditer(ctx.text, max(0, m.start() - 200), m.start()):
            if mm.group(0) == m.group(0) or name == "curday" and mm.group("of"):
                continue
            c = handler(mm, ctx)
            if c is not None and MONTH_VALUE.fullmatch(c.value) and (last is None or c.start > last.start):
                last = c
    if last is None:
        return None
    day = R.valid_day(int(last.value[:4]), int(last.value[5:7]), dd)
    return day_cand(m, m.start(), day, None, None, anchored=last.anchored) if day else None


def _kinded_year(m: regex.Match, ctx: Context, kind: str, rel: str | None, this, part) -> Candidate | None:
    """«العام الهجري الجاري» (the dateline's Hijri year, valued by the Gregorian year holding
    most of it), «العام الميلادي المقبل», «العام الدراسي المقبل/الجديد» (an academic year
    from autumn to summer: ``2015/2016``; in June–August the current and past one is the
    year just ended, the new/next one and «بداية العام الدراسي» the one about to start)."""
    lex = lexicon()
    new = m.group("new") is not None
    if not (rel or this or part or new):
        return None  # «العام الدراسي» alone: no particular year
    if YEARS_AFTER.match(ctx.text, m.end()):
        return None  # «العام التدريبي الجديد 1436/1437هـ»: the years after it name it (their own spans)
    d = lex.relative.get(rel, 0) if rel else 0
    mod = mod_of_part(part)
    if ctx.anchor is None:
        return Candidate(m.start(), m.end(), "DATE", "XXXX", mod, "hijri" if "هجري" in kind else "gregorian")
    a = ctx.anchor
    if "هجري" in kind:
        iv = R.hijri_year_interval(R.hijri_of(a).year + d)
        if iv is None:
            return None
        mid = iv[0] + (iv[1] - iv[0]) / 2
        return Candidate(m.start(), m.end(), "DATE", f"{mid.year:04d}", mod, "hijri",
                         (iv[0].isoformat(), iv[1].isoformat()), True)
    if "ميلادي" in kind or "مالي" in kind:
        # «العام المالي الماضي/الحالي/المقبل»: a fiscal year is valued as the Gregorian year it
        # ends in for the news we read — the Saudi state budget year (to 2016 it ran from late
        # December, almost the Gregorian year) and the listed companies' years (December) —
        # so the dateline's year shifted by the modifier; «الجديد» is the coming one from July
        y = a.year + d + (1 if new and not d and a.month >= 7 and "مالي" in kind else 0)
        if "مالي" in kind and (close := _closing_month().match(ctx.text, m.end())) is not None:
            # «للعام المالي الحالي الذي ينتهي في مارس»: a company's year that closes in another
            # month is the year it ends in — written («المنتهي في مارس 2016») or the first end of
            # that month from the dateline, shifted by the modifier (session 14)
            month = lex.months[key(close.group("mon"))]
            y = int(close.group("yr")) if close.group("yr") else (
                a.year + (0 if month >= a.month else 1) + d)
        return Candidate(m.start(), m.end(), "DATE", f"{y:04d}", mod, "gregorian", R.year_interval(y), True)
    summer = a.month in (6, 7, 8)
    start = a.year if a.month >= 9 else a.year - 1  # the one under way (in summer: just ended)
    if summer and (new or d > 0 or mod == "START" and d == 0):
        start += 1  # «العام الدراسي الجديد/المقبل», «بداية العام الدراسي» in summer: the coming one
    elif not summer and not new:
        start += d
    elif summer and d < 0:
        pass  # «العام الدراسي الماضي» in summer: the one just ended
    return Candidate(m.start(), m.end(), "DATE", f"{start:04d}/{start + 1:04d}", mod, "gregorian",
                     (f"{start:04d}-09-01", f"{start + 1:04d}-07-01"), True)


@cache
def _closing_month() -> regex.Pattern:
    """«… الذي ينتهي في (31) مارس (2016)», «المنتهية في شهر يونيو», «، الذي انتهى في يونيو»: where a
    fiscal year closes."""
    return regex.compile(
        # «، الذي انتهى في يونيو», «التي انتهت في مارس»: a comma and the perfect too (session 16)
        r"\s*[,،]?\s+(?:(?:الذي|التي)\s+)?(?:المنتهي|المنتهيه|ينتهي|تنتهي|سينتهي|ستنتهي|انتهي|انتهت|انقضي|انقضت)"
        r"\s+(?:في\s+)?"
        rf"(?:\d{{1,2}}\s+)?(?:شهر\s+)?(?P<mon>{alt(lexicon().months)})(?![\p{{L}}])"
        r"(?:\s*\(\s*\p{L}+(?:\s+\p{L}+)?\s*\))?(?:\s+(?:من\s+)?(?:(?:ال)?(?:عام|سنه)\s+)?(?P<yr>(?:19|20)\d\d)(?!\d))?")


# a bare «مساء» after these is a noun: «صباح مساء» (all the time), «كل مساء», «ذات مساء»
EVENING_NOUN_BEFORE = frozenset({"صباح", "كل", "ذات", "هذا", "ذلك", "يوم", "حتي", "منذ", "الي", "من", "في"})


# (session 25) two parts of the day joined by «و» say "at all hours", no time: «تعمل ليلاً ونهاراً», «صباحا
# ومساء», «نهارا وليلا» (as «صباح مساء»); a part of the day in another clause stays («وصل ليلا وغادر صباحا»)
DAY_PARTS_PAIRED = frozenset({"ليلا", "نهارا", "صباحا", "مساء", "مساءا", "ظهرا", "عصرا", "فجرا"})


def _paired_adverb(ctx: Context, m: regex.Match) -> bool:
    nxt = ctx.next_word(m.end())
    if nxt[:1] == "و" and nxt[1:] in DAY_PARTS_PAIRED and ctx.text[m.end() : m.end() + 1] == " ":
        return True
    before = ctx.text[max(0, m.start() - 1) : m.start()]
    head = ctx.text[max(0, m.start() - 2) : m.start()]
    return (before == "و" or head == "و ") and ctx.prev_word(m.start() - (1 if before == "و" else 2)) in DAY_PARTS_PAIRED


def podadv(m: regex.Match, ctx: Context) -> Candidate | None:
    """«ليلا», «صباحا» on their own: that part of the dateline's day (merge.day_adverbs moves it
    to the day named before it in its sentence). A bare «مساء» is an adverb only after a word
    that is no preposition nor one of EVENING_NOUN_BEFORE (the pattern checks what follows)."""
    if m.group("eve") and ctx.prev_word(m.start()) in EVENING_NOUN_BEFORE:
        return None
    if _paired_adverb(ctx, m):
        return None
    part = lexicon().adverb_parts[g(m, "adv") or "مساء"]
    if ctx.anchor is None:
        return Candidate(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{part}")
    a = ctx.anchor
    return Candidate(m.start(), m.end(), "TIME", f"{a.isoformat()}T{part}", None, "gregorian",
                     R.day_interval(a), True)


# verbs of succeeding or ending: «نجح/تمكن/استطاع/توصل … أخيرا» = finally
FINALLY_VERBS = frozenset(
    "نجح تمكن استطاع توصل فاز ظفر تحقق انتهي اكتمل رضخ وافق اقتنع اعترف".split())
IMPERFECT = regex.compile(r"^(?:س|ل)?(?:ي\p{L}{3,}|[تن]\p{L}{3,}(?<![تهة]))$")


def _finally_verb(word: str) -> bool:
    """The word before «أخيرا» is an imperfect verb («يترجل», «ستنتهي»; a perfect in ـت such
    as «نشرت» is not) or a verb of succeeding/ending in the perfect («نجح», «تمكنت»): "finally".
    «أخيرا» = "recently" follows a perfect or passive verb of an event («عقدت», «صدر»)."""
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    base = w[:-1] if w.endswith(("ت", "وا")) and w[:-1] in FINALLY_VERBS else w
    base = base[:-2] if base.endswith("وا") and base[:-2] in FINALLY_VERBS else base
    stem = regex.sub(r"(?:هم|هن|ها|كم|ه)$", "", w)
    if stem[:1] == "ت" and len(stem) >= 5 and stem[-2] == "ي":
        return False  # a verbal noun «تسجيلهم» (تفعيل), not an imperfect verb
    return base in FINALLY_VERBS or IMPERFECT.match(w) is not None and not w.endswith("ات")


# «قريبا من/إلى/على» with a noun or a pronoun, also past «جدا»: near (session 18: «قريباً منه»)
# — but «سيعود قريبا جدا إلى بلاده» after a future verb is soon
NEAR_AFTER = regex.compile(r"\s+(?P<very>جدا\s+)?(?:من|الي|علي|(?P<pro>منه|منها|منهم|منهما|منهن|مني|منا|منك|"
                           r"منكم|اليه|اليها|اليهم|عليه|عليها|عليهم))(?![\p{L}])")


def vague(m: regex.Match, ctx: Context) -> Candidate | None:
    value, needs = lexicon().vague[g(m, "v") or "ال" + g(m, "v2")]
    attached = ctx.text[m.start() - 1 : m.start()] if m.start() else ""
    if needs == CLAUSE_INTERNAL:
        before = ctx.text[max(0, m.start() - 2) : m.start()].rstrip(" ")
        if before[-1:] in ("-", "–") and ctx.text[m.end() : m.end() + 2].lstrip(" ")[:1] in ("-", "–") \
                and ctx.prev_word(m.start() - 2)[-1:].isalpha():
            return Candidate(m.start(), m.end(), "DATE", value)  # «أكد X - أخيرا - أن»: set off inside its clause
        if attached in ("و", "ف") or not before or not before[-1].isalpha() \
                or ctx.next_word(m.end()) in ("وليس", "ولا") or ctx.prev_word(m.start()).endswith("ا"):
            return None  # «وأخيرا»، «أخيرا وليس آخرا», clause-initial: finally; «لقاء وديا أخيرا»: last
        if _finally_verb(ctx.prev_word(m.start())) or ctx.text[m.end() : m.end() + 2].lstrip(" ")[:1] == "!":
            return None  # «يترجل أخيرا», «نجح أخيرا», «النصر أخيراً !»: finally, not recently
        return Candidate(m.start(), m.end(), "DATE", value)
    if needs and ctx.prev_word(m.start()) not in needs and not ("في" in needs and attached == "ب"):
        return None  # «في الماضي», «بالمستقبل» but not «الماضي» alone
    if (g(m, "v") or "") == "وقت قريب" and ctx.prev_word(m.start()) in ("في", "خلال"):
        value = "FUTURE_REF"  # «في وقت قريب»: soon; «إلى وقت قريب»: until recently (session 25)
    # only «قريبا» also means "near" («لفترة قادمة إلى أن», «مستقبلا من بعض العلل» stay times; session 24)
    near = NEAR_AFTER.match(ctx.text, m.end()) if g(m, "v") == "قريبا" else None
    if near and (near.group("pro") or not near.group("very") or not ctx.future(m.start())):
        return None  # «قريبا من أعلى مستوى», «قريباً منه», «وقريبا جداً من والديه»: near, not soon
    nxt = ctx.next_word(m.end())
    if (g(m, "v") or "ال" + g(m, "v2")) in ("الفتره السابقه", "فتره سابقه") and (nxt[:1] == "ل" and len(nxt) > 3 or nxt == "علي"):
        return None  # «الفترة السابقة للانتخابات / على الحرب»: the time before an event, not the dateline's past
    return Candidate(m.start(), m.end(), "DATE", value)
