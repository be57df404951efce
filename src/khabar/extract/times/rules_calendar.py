"""Handlers of calendar expressions: Gregorian and Hijri dates and months, occasions,
numeric dates, quarters and halves, years, decades."""


from __future__ import annotations

import datetime as dt
from functools import cache

import regex

from khabar.extract.times import resolve as R
from khabar.extract.times.context import (
    DERIVED_PERFECT,
    HIJRI_CONTEXT,
    NTH,
    ORD,
    PARTICLES,
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
from khabar.extract.times.lexicon import alt, key, lexicon
from khabar.extract.times.merge import SAME_YEAR_VALUE

YEAR_RANGE_AFTER = regex.compile(r"\s*[-–/]\s*(?:1\d|20)\d\d(?!\d)")
YEAR_RANGE_BEFORE = regex.compile(r"(?<!\d)(?:1\d|20)\d\d\s*[-–/]\s*$")
# «(١٨٥٩-١٨٦٩)», «1914-1918»: two increasing years, nothing counted after the second
PREV_YEAR = regex.compile(r"(\d{4})\s*[-–/]\s*$")
PREV_YEAR_AND = regex.compile(r"(?<![\d.,])((?:1\d|20)\d\d)\s+و\s*$")  # «عامي 2010 و2012»
DASH_DIGIT = regex.compile(r"\s*[-–]\s*\d")
DIGIT_END = regex.compile(r"\d\s*$")
PUNCT_NEXT = regex.compile(r"\s+(?:\p{P}|$)")
DAY_ISO = regex.compile(r"(\d{4}|XXXX)-\d\d-\d\d")
YEAR_PAIR = regex.compile(r"(?<![\d.,/])(?P<y1>1\d\d\d|20\d\d)\s*[-–]\s*(?P<y2>1\d\d\d|20\d\d)(?![\d]|[.,/]\d)")


def _year_pair(ctx: Context, m: regex.Match) -> bool:
    """The year is one end of a range of years (1000–2099, at most 300 years apart)."""
    pm = YEAR_PAIR.match(ctx.text, m.start("year")) or YEAR_PAIR.search(
        ctx.text, max(0, m.start("year") - 12), m.end("year"))
    if pm is None or m.end("year") not in (pm.end("y1"), pm.end("y2")):
        return False
    y1, y2 = int(pm.group("y1")), int(pm.group("y2"))
    if not y1 < y2 <= y1 + 300 or y1 >= 1300 and y2 <= 1500:
        return False  # «1436 – 1437هـ», «1435-1436»: Hijri years, not Gregorian ones
    nxt = ctx.next_word(pm.end())
    gap = ctx.text[pm.end() : pm.end() + 1]
    return not (nxt and gap == " " and nxt not in YEAR_FOLLOW)  # «1000-1200 ريال» counts


def _priced_pair(ctx: Context, m: regex.Match) -> bool:
    """The number is one end of «N-M» followed by a unit or currency («1999-2000 ريال»,
    «1950-2000 دولارا», «2000-2500 طن»): a range of quantities."""
    from khabar.extract.quantities.lexicon import quantity_lexicon

    pm = YEAR_PAIR.match(ctx.text, m.start("year")) or YEAR_PAIR.search(
        ctx.text, max(0, m.start("year") - 12), m.end("year"))
    if pm is None or m.end("year") not in (pm.end("y1"), pm.end("y2")):
        return False
    nxt = ctx.next_word(pm.end())
    if ctx.text[pm.end() : pm.end() + 1] != " " or not nxt:
        return False
    units = quantity_lexicon().units
    base = nxt[:-1] if nxt.endswith("ا") and nxt[:-1] in units else nxt
    return base in units and base not in YEAR_FOLLOW


def _first_of(m: regex.Match, month: str) -> bool:
    """«أول» right before a month name (no day, no «من») is the month's first day."""
    return g(m, "part") == "اول" and not m.group("day") and not m.group("wd") and (
        "من" not in m.string[m.end("part") : m.start(month)].split())


UNIT_WORDS = frozenset({"بالمئه", "بالمائه", "بالميه"})
NAMED_AHEAD = 20  # years after the dateline a year named by a definite noun may be  # «في 2000 بالمئة» is a percentage


def _particle_next(ctx: Context, end: int) -> bool:
    """A preposition or particle (not a counted noun) right after the number."""
    nxt = ctx.next_word(end)
    # a preposition with the article («في 2006 بالرياض», «في 2014 للمرة الأولى») is no counted noun
    prep_def = nxt[:3] in ("بال", "كال") or nxt[:2] == "لل" and len(nxt) > 4
    return ctx.text[end : end + 1] == " " and (
        nxt in PARTICLES or nxt[:1] in "وف" and nxt[1:] in PARTICLES or prep_def and nxt not in UNIT_WORDS
        or _place_next(ctx, end))


PREP_PLACE = regex.compile(r" [بل](\p{L}{3,})(?: (\p{L}+))?")


def _place_next(ctx: Context, end: int) -> bool:
    """«في 2006 بمكة المكرمة», «في 2011 لمصر»: ب/ل + a place name of the package gazetteers
    (cities, regions, countries; not names that are also common words) opens a phrase, it is
    no counted noun in ب/ل («برميل», «بيت»)."""
    m = PREP_PLACE.match(ctx.text, end)
    if m is None:
        return False
    return _is_place(m.group(1)) or m.group(2) is not None and _is_place(f"{m.group(1)} {m.group(2)}")


def _is_place(name: str) -> bool:
    """A place or country name of the package gazetteers (normalised; the tables are loaded on
    first use, usually already by the entity stage), not a common word, unit or number word."""
    from khabar.gazetteer import countries, places

    if len(name) < 3 or name in _not_places():
        return False
    country = countries.forms().get(name)
    return country is not None and country.kind in ("name", "capital") or name in places.forms()


@cache
def _not_places() -> frozenset[str]:
    """Gazetteer names that are also common words, quantity units, number words or stop nouns."""
    from khabar.extract.quantities.lexicon import quantity_lexicon
    from khabar.gazetteer.names import ambiguous_forms
    from khabar.numbers import words

    lex = quantity_lexicon()
    return frozenset(ambiguous_forms() | set(lex.units) | set(words()) | lex.stop_nouns)


# «بداية من غرة سبتمبر», «بداية من الخميس 6 أغسطس» (Maghrebi "starting from"): a part word + «من»
# before a date with its day is a preposition, not the day's start (session 17)
STARTING_FROM = regex.compile(r"(?:بدايه|بدءا|ابتداء)\s+من\s+")


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
    day = m.group("day")
    # «تموز/ آب 2014», «تموز/ آب الماضيين»: two months share the year or modifier after them
    year, yrel, rel = m.group("year"), g(m, "yrel"), g(m, "rel")
    if m1 in lex.misspelt_months and not day:
        return None  # a typing slip of a month name («سبتبمر») only after its day («اربيل 2015» is Erbil)
    if m1 in lex.ambiguous_months and not (day or m.group("shahr") or year or pair or yrel or rel or g(m, "part")
                                           or m.group("week")):  # «الأسبوع الأول من آب» (session 16)
        if m1 == "اب" or ctx.prev_word(m.start()) not in HIJRI_CONTEXT:
            return None  # «مارس الضغط» (he practised), «باب», «في إب» (a city); but «منذ مارس»
    mod = mod_of_part(g(m, "part"))
    start = m.start()
    if day and (fm := STARTING_FROM.match(ctx.text, m.start())) is not None:
        mod, start = None, fm.end()  # «بداية من غرة سبتمبر»: "starting from" a day, no START of it (session 17)
    if _first_of(m, "m1"):
        day, mod = "غره", None  # «أول أيلول»: 1 September
    pod = pod_value(g(m, "pod"))
    recurring = RECURRING.match(ctx.text, end) is not None
    anchored = False
    if not year and month == 9 and day and day_number(day) == 11 and not (rel or yrel) and _attacks_of(ctx, m.start()):
        y = 2001  # «هجمات 11 سبتمبر», «أحداث 11 سبتمبر (أيلول)»: the 2001 attacks named by their date
    elif year:
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
        # with a day, the dateline's own month counts: «27 أغسطس المقبل» told on 10 August
        # is this 27 August, «3 أغسطس الماضي» this 3 August; a bare «أغسطس المقبل» is next year's
        when, now = (month, day_number(day) if day else 0), (a.month, a.day if day else 0)
        if d > 0:
            y = (a.year if when > now else a.year + 1) + d - 1
        elif d < 0:
            y = (a.year if when < now else a.year - 1) + d + 1
        else:
            y = a.year
            if month > a.month and (ctx.past(start) or ctx.past_after(end)) and not ctx.future(start, end):
                y -= 1  # «استولوا عليها في سبتمبر» told in August: last September; also
                # «بحلول آخر سبتمبر، اتسعت»: a past verb opens the clause after the month
            elif not rel and when < now and ENDING_BEFORE.search(ctx.text, max(0, start - 24), start):
                y += 1  # «العام المالي الذي ينتهي في مارس» told in August: the coming March — the end
                # of a plan stays ahead (session 15; a general future cue is not enough: «وسيتم
                # تسديد أيار» pays May's salaries)
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
    if m.group("week") and not mod:
        ny, nm = R.add_months(y, month, 1)
        b, e = week_of(m, dt.date(y, month, 1), dt.date(ny, nm, 1))
        return Candidate(start, cand_end, "DATE", R.span_value(b, e), None, "gregorian",
                         (b.isoformat(), e.isoformat()), anchored)
    return Candidate(start, cand_end, "DATE", f"{y:04d}-{month:02d}", mod, "gregorian",
                     R.month_interval(y, month), anchored)


# (session 23) an ambiguous Hijri month name (محرم، صفر، رجب، شعبان، رمضان: also names and words) in a list of
# Hijri months joined by «و», a dash, a comma or a slash is a month: «للأشهر (محرم وربيع الأول)», «العام الهجري
# الجاري (رجب - شعبان - رمضان)» (news day 633, 679, 1162, 1647; session 16 had left the bracketed list) — when
# another member is an unambiguous month, or the list opens with a bracket or after a noun of months; two
# different months at least («صفر - صفر» is a score)
HM_SEP = r"(?:\s*[-–،,/]\s*(?:و\s*)?|\s+و\s*)"
MONTHS_NOUNS = frozenset({"اشهر", "الاشهر", "للاشهر", "شهري", "شهور", "الشهور"})


@cache
def _hijri_list_res() -> tuple[regex.Pattern, regex.Pattern]:
    names = alt(lexicon().hijri_months)
    return (regex.compile(rf"(?<![\p{{L}}])(?P<o>{names}){HM_SEP}$"),
            regex.compile(rf"{HM_SEP}(?P<o>{names})(?![\p{{L}}])"))


def in_month_list(ctx: Context, start: int, end: int, month: int) -> bool:
    """Whether the Hijri month name at ``start``–``end`` stands in a list of Hijri months (above)."""
    lex = lexicon()
    before, after = _hijri_list_res()
    names = [key(ctx.text[start:end])]
    first, last = start, end
    while (b := before.search(ctx.text, max(0, first - 40), first)) is not None:
        names.append(key(b.group("o")))
        first = b.start()
    while (a := after.match(ctx.text, last)) is not None:
        names.append(key(a.group("o")))
        last = a.end()
    if len({lex.hijri_months[n] for n in names}) < 2:
        return False
    if any(n not in lex.ambiguous_hijri for n in names[1:]):
        return True
    return ctx.text[max(0, first - 2) : first].strip() == "(" or ctx.prev_word(first) in MONTHS_NOUNS


def hdate(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    if m.group("dsep") and not m.group("year"):
        return None  # «2-صفر» is a match score, not 2 Safar
    hm = g(m, "hm")
    month = lex.hijri_months[hm]
    day, year, yrel, rel = m.group("day"), m.group("year"), g(m, "yrel"), g(m, "rel")
    if hm in lex.ambiguous_hijri and not (day or m.group("shahr") or year or yrel or rel or m.group("part")
                                          or m.group("week")):
        before = ctx.text[m.start() - 1 : m.start()] if m.start() else ""
        if ctx.prev_word(m.start()) not in HIJRI_CONTEXT and before not in ("ب", "ل") and not in_month_list(
                ctx, m.start("hm"), m.end("hm"), month):
            return None
    hy, anchored = hijri_year(ctx, month, year, yrel, rel, m.start())
    mod = mod_of_part(g(m, "part"))
    if _first_of(m, "hm"):
        day, mod = "غره", None  # «أول رمضان»: 1 Ramadan
    pod = pod_value(g(m, "pod"))
    if hy is None:  # no year, no dateline: a day or a month of an unknown date (session 20; it was XXXX)
        return Candidate(m.start(), m.end(), "DATE", "XXXX-XX-XX" if day else "XXXX-XX", mod, "hijri")
    if day:
        d = R.hijri_day(hy, month, day_number(day))
        if d is None:
            return None
        return day_cand(m, m.start(), d, pod, mod, "hijri", anchored)
    iv = R.hijri_month_interval(hy, month)
    if iv is None:
        return None
    ten = g(m, "ten")
    if m.group("week") and not (ten or m.group("part")):
        iv = week_of(m, iv[0], iv[1])
    if ten and not (day or m.group("part")):
        ten_days = dt.timedelta(days=10)
        if ten.endswith(("اواخر", "اخيره")):
            iv = (iv[0] + 2 * ten_days, iv[1])
        elif ten.endswith(("اواسط", "وسطي")):
            iv = (iv[0] + ten_days, iv[0] + 2 * ten_days)
        else:
            iv = (iv[0], iv[0] + ten_days)
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
    # «صباح يوم السبت 2-10-1436هـ»: the part of that day (session 17)
    return day_cand(m, m.start(), d, pod_value(g(m, "pod")), mod_of_part(g(m, "part")), "hijri" if hijri else "gregorian")


def numrange(m: regex.Match, ctx: Context) -> Candidate | None:
    """A day/month without a year in a range of two («من تاريخ ١٨ / ١٠ الى ٢١ / ١٠», session 22): day first
    unless impossible («بين 10 / 25 وحتى 10 / 29»); the year of the second day when written («من 8/8 إلى
    21/8/2015»); else the dateline's Hijri month or the one before it is Hijri (Saudi news dates days so),
    the dateline's Gregorian month or the one before it Gregorian, any other month unread."""
    a, b = int(m.group("a")), int(m.group("b"))
    dd, mo = (b, a) if b > 12 and a <= 12 else (a, b)
    if not 1 <= mo <= 12:
        return None
    y2 = m.group("y2")
    if y2:
        y = int(y2)
        hijri = 1300 <= y <= 1500
        d = R.hijri_day(y, mo, dd) if hijri else R.valid_day(y, mo, dd)
        return None if d is None else day_cand(m, m.start(), d, None, None, "hijri" if hijri else "gregorian")
    if ctx.anchor is None:
        return None
    h = R.hijri_of(ctx.anchor)
    if mo in (h.month, (h.month - 2) % 12 + 1):
        d = R.hijri_day(h.year - (mo > h.month), mo, dd)
        return None if d is None else day_cand(m, m.start(), d, None, None, "hijri", True)
    g = ctx.anchor
    if mo in (g.month, (g.month - 2) % 12 + 1):
        d = R.valid_day(g.year - (mo > g.month), mo, dd)
        return None if d is None else day_cand(m, m.start(), d, None, None, "gregorian", True)
    return None


# nouns that make «11 سبتمبر» the name of the 2001 attacks (session 12)
ATTACK_NOUNS = frozenset({"هجمات", "احداث", "اعتداءات", "تفجيرات", "هجوم", "ضربات", "اعتداء", "حادث", "حادثه",
                          "كارثه", "واقعه", "جيل", "مرحله"})


def _attacks_of(ctx: Context, start: int) -> bool:
    prev = ctx.prev_word(start)
    prev = prev[1:] if prev[:1] in "وبلف" and prev[1:] in ATTACK_NOUNS else prev
    return prev in ATTACK_NOUNS or prev.removeprefix("ال") in ATTACK_NOUNS


# «الربع الثالث من العام الهجري» named before: a later bare «الربع … من العام» is of that Hijri year
HIJRI_QUARTER_BEFORE = regex.compile(r"(?:الربع|النصف)\s+\S+\s+من\s+(?:ال)?(?:عام|سنه)\s+(?:ال)?هجري")
HIJRI_REACH = 600


def _hijri_quarter(m: regex.Match, ctx: Context) -> Candidate | None:
    """«الربع الثالث من العام الهجري الجاري» (Rajab to Ramadan of the dateline's Hijri year), and a
    bare «الربع الثالث من العام» after such a mention: the Hijri months as a Gregorian interval."""
    if ctx.anchor is None or m.group("qrel") is not None or m.group("bare") is not None:
        return None
    if not m.group("hij"):
        if not m.group("cls") or m.group("year") or m.group("rel") or m.group("this") or m.group("same"):
            return None
        if HIJRI_QUARTER_BEFORE.search(ctx.text, max(0, m.start() - HIJRI_REACH), m.start()) is None:
            return None
    n = ORD[g(m, "ord")]
    size = 3 if g(m, "qh").endswith("ربع") else 6
    if not n or size == 6 and n > 2:
        return None
    hy = R.hijri_of(ctx.anchor).year + (lexicon().relative.get(g(m, "rel"), 0) if m.group("rel") else 0)
    first, last = (n - 1) * size + 1, n * size
    begin = R.hijri_day(hy, first, 1)
    after = R.hijri_day(hy + 1, 1, 1) if last == 12 else R.hijri_day(hy, last + 1, 1)
    if begin is None or after is None:
        return None
    end = after - dt.timedelta(days=1)
    return Candidate(m.start(), m.end(), "DATE", f"{begin.isoformat()}/{end.isoformat()}",
                     mod_of_part(g(m, "part")), "hijri", (begin.isoformat(), after.isoformat()), True)


def quarter(m: regex.Match, ctx: Context) -> Candidate | None:
    if g(m, "qh") in ("الربع", "النصف", "لربع", "لنصف") and (hq := _hijri_quarter(m, ctx)) is not None:
        return hq
    cand = _quarter(m, ctx)
    if cand is not None and m.group("same") and cand.value[:4].isdigit():
        # «الربع الأول من العام نفسه»: merge.same_days puts the year of the expression before;
        # the interval keeps the dateline's year for the case without one (session 14)
        cand.value = SAME_YEAR_VALUE + cand.value[4:]
    return cand


# «الذي ينتهي في مارس», «تنتهي صلاحيتها في يونيو»: an imperfect verb of ending looks ahead
ENDING_BEFORE = regex.compile(
    r"(?<![\p{L}])[وف]?[سل]?(?:ينتهي|تنتهي|ينقضي|تنقضي|تنتهي\s+صلاحيته|تنتهي\s+صلاحيتها|ينتهي\s+العمل\s+به)"
    r"\s+(?:في|حتي|بنهايه|مع)\s+(?:شهر\s+)?$")
# «الفصل الأول من العام الدراسي» is a term of the school year, not a quarter
SCHOOL_YEAR_AFTER = regex.compile(r"\s+(?:الدراسي|الدراسيه|الجامعي|الجامعيه|التدريبي|الاكاديمي)(?![\p{L}])")


def _quarter(m: regex.Match, ctx: Context) -> Candidate | None:
    year = m.group("year") or m.group("year2")
    if g(m, "qh") in ("الفصل", "الثلاثي", "السداسي") and (m.group("bare") is not None or m.group("qrel") is not None or not (
            year or m.group("rel") or m.group("this")) or SCHOOL_YEAR_AFTER.match(ctx.text, m.end())):
        return None  # the Maghrebi quarter and half year need their year: «الفصل الثاني من السنة
        # الجارية», «من 2015», «السداسي الأول من سنة 2015» (session 17)
    anchored = False
    if year:
        y = int(year)
    else:
        y = year_from_rel(ctx, g(m, "rel"))
        anchored = y is not None
    qh = g(m, "qh")
    if m.group("qrel") is not None:
        return _relative_quarter(m, ctx) if qh.endswith("ربع") else None
    n = ORD[g(m, "ord")]
    if m.group("bare") is not None and ctx.anchor is not None:
        return _bare_quarter(m, ctx, n) if qh.endswith("ربع") else _bare_half(m, ctx, n)
    if m.group("bare") is not None and n == 0 and qh.endswith("ربع"):
        # a bare «الربع الأخير» is the last quarter completed before the dateline: with none, no
        # quarter is known (XXXX); «الربع الأخير من العام الحالي» names the fourth (session 19)
        return Candidate(m.start(), m.end(), "DATE", "XXXX", mod_of_part(g(m, "part")))
    if qh.endswith(("ربع", "فصل", "ثلاثي")):
        return _part_of_year(m, y, "Q", n or 4, anchored)
    if n > 2:
        return None
    return _part_of_year(m, y, "H", n or 2, anchored)


def _part_of_year(m: regex.Match, y: int | None, letter: str, n: int, anchored: bool) -> Candidate:
    """The ``n``-th quarter (``Q``) or half (``H``) of year ``y`` (``XXXX`` when no year is known)."""
    if y is None:
        return Candidate(m.start(), m.end(), "DATE", f"XXXX-{letter}{n}", mod_of_part(g(m, "part")))
    interval = R.quarter_interval(y, n) if letter == "Q" else R.half_interval(y, n)
    return Candidate(m.start(), m.end(), "DATE", f"{y:04d}-{letter}{n}", mod_of_part(g(m, "part")),
                     "gregorian", interval, anchored)


def _bare_quarter(m: regex.Match, ctx: Context, n: int) -> Candidate:
    """«الربع الثالث» with no year: the latest such quarter begun by the dateline (the next
    one in a future context); «الربع الأخير» is the last quarter completed before it."""
    a = ctx.anchor
    cur = (a.month - 1) // 3 + 1
    if n == 0:
        y, n = (a.year, cur - 1) if cur > 1 else (a.year - 1, 4)
    else:
        y = a.year if n <= cur or ctx.future(m.start(), m.end()) else a.year - 1
    return Candidate(m.start(), m.end(), "DATE", f"{y:04d}-Q{n}", mod_of_part(g(m, "part")),
                     "gregorian", R.quarter_interval(y, n), True)


def _relative_quarter(m: regex.Match, ctx: Context) -> Candidate:
    """«في الربع الماضي», «الربع المقبل», «الربع الجاري»: the quarter before, after or holding
    the dateline (session 12)."""
    d = lexicon().relative.get(g(m, "qrel"), 0)
    if ctx.anchor is None:
        return Candidate(m.start(), m.end(), "DATE", "XXXX", mod_of_part(g(m, "part")))  # no dateline: an
        # unknown year (TIMEX3 has no unknown quarter number; «XXXX-QX» was no valid value)
    q = (ctx.anchor.year * 4 + (ctx.anchor.month - 1) // 3) + d
    y, n = divmod(q, 4)
    return Candidate(m.start(), m.end(), "DATE", f"{y:04d}-Q{n + 1}", mod_of_part(g(m, "part")),
                     "gregorian", R.quarter_interval(y, n + 1), True)


def _bare_half(m: regex.Match, ctx: Context, n: int) -> Candidate | None:
    """«في النصف الأول» with no year: the latest such half begun by the dateline (the next
    one in a future context), like a bare quarter; «النصف الأخير» is left out."""
    if n not in (1, 2):
        return None
    a = ctx.anchor
    cur = 1 if a.month <= 6 else 2
    y = a.year if n <= cur or ctx.future(m.start(), m.end()) else a.year - 1
    return Candidate(m.start(), m.end(), "DATE", f"{y:04d}-H{n}", mod_of_part(g(m, "part")),
                     "gregorian", R.half_interval(y, n), True)


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


# «أرغم», «أصدر», «أكثر»: alef + three letters, no long vowel inside, no feminine or accusative end
FORM_IV = regex.compile(r"ا(?!ل)[^\Wاويءى\d_]{2}[^\Wاويءىه\d_]")


def gyear(m: regex.Match, ctx: Context) -> Candidate | None:
    y = int(m.group("year"))
    part, cls, era = m.group("part"), m.group("cls"), m.group("era")
    if not (part or cls or era) and 1900 <= y <= 2099 and (
        ctx.prev_word(m.start()) in YEAR_PREPS
        or ctx.prev_word(m.start()) == "في" and _particle_next(ctx, m.end())
    ):
        pass  # «قبل 2012», «منذ 2003»: a year whatever follows; «في 2016 وفق …»
    elif not (part or cls or era):
        if not 1900 <= y <= 2099 and not _year_pair(ctx, m):
            return None
        if _priced_pair(ctx, m):
            return None  # «1999-2000 ريال»: a range of prices, not two years
        after = ctx.text[m.end() : m.end() + 3]
        before = ctx.text[max(0, m.start() - 2) : m.start()]
        year_range = YEAR_RANGE_AFTER.match(ctx.text, m.end()) or YEAR_RANGE_BEFORE.search(
            ctx.text, max(0, m.start() - 8), m.start())
        if not year_range:  # «2015-2016» is two years; «2-1», «10/106» are not
            if (after[:1] and after[:1] in "%-/") or DASH_DIGIT.match(after):
                return None
            if before.endswith(("-", "/", "#", "+")) or DIGIT_END.search(before):
                return None
        nxt = ctx.next_word(m.end())
        gap = ctx.text[m.end() : m.end() + 1]
        prev_year = PREV_YEAR.search(ctx.text[max(0, m.start() - 8) : m.start()])
        if prev_year and int(prev_year.group(1)) < y <= int(prev_year.group(1)) + 300:
            nxt = ""  # «2015/2016», «1914-1918 غيرت»: a season, a span of years, whatever follows
        prev_and = PREV_YEAR_AND.search(ctx.text[max(0, m.start() - 8) : m.start()])
        if prev_and and int(prev_and.group(1)) < y <= int(prev_and.group(1)) + 300 and 1900 <= y <= 2099:
            nxt = ""  # «بين عامي 2010 و2012 ارتفعت»: the second of two years joined by و
        if DERIVED_PERFECT.fullmatch(nxt) and ctx.anchor is not None and y <= ctx.anchor.year:
            nxt = ""  # «وفي 2012 أصدرت الهيئة»: a perfect verb of the derived forms in ا…ت counts nothing
        elif FORM_IV.fullmatch(nxt) and ctx.prev_word(m.start()) == "في" and ctx.anchor is not None \
                and y <= ctx.anchor.year:
            nxt = ""  # «ففي 2011 أرغم»: «أفعل» (a perfect verb or an elative) after 1900–2099 counts
            # nothing — a number from 11 takes a singular noun, a plural «أفعل» cannot follow (session 15)
        if nxt and gap in (" ", "\u00a0") and nxt not in YEAR_FOLLOW and not (
            nxt[0] in "وف" and nxt[1:] in YEAR_FOLLOW
        ):
            # a word right after the number: a counted noun (2000 شخص), not a year —
            # unless a definite noun names the year before it («الانتفاضة الأولى 1987 صادر»)
            prev = ctx.prev_word(m.start())
            # (a planned year too: «كأس العالم 2018», «رؤية المملكة 2030» — up to 20 years ahead)
            named = prev.startswith("ال") and len(prev) > 3 and prev not in YEAR_FOLLOW and (
                y <= (ctx.anchor.year + NAMED_AHEAD if ctx.anchor else 2030))
            if not named and not PUNCT_NEXT.match(ctx.text, m.end()):
                return None
        prev = ctx.prev_word(m.start())
        if prev in ("رقم", "هاتف", "فاكس", "تحويله", "ب", "ص"):
            return None
    elif cls and 1300 <= y <= 1500:
        return _hijri_year(m, y)
    return Candidate(m.start(), m.end(), "DATE", f"{y:04d}", mod_of_part(g(m, "part")),
                     "gregorian", R.year_interval(y))


# an age in decades (session 16): «الرجل في الخمسينات من العمر», «فتاة عراقية في العشرينات، شديدة الجمال»
AGE_AFTER = regex.compile(r"\s+من\s+(?:ال)?عمر\p{L}*(?![\p{L}])")
PERSON_IN = regex.compile(
    r"(?<![\p{L}])[وبلف]?(?:ال)?(?:رجل|فتاه|شاب|شابه|امراه|مراه|سيده|فتي|شخص)(?:\s+\p{L}+)?\s+في\s+$")
CLAUSE_END = regex.compile(r"\s*(?:[,،.؛:!؟?]|$)")


def _age(m: regex.Match, ctx: Context) -> bool:
    """A bare decade that tells a person's age, not the years of a century: «من العمر» after it, or a
    person noun (and one adjective) + «في» right before it with the clause ending after it."""
    if m.group("century") or m.group("part"):
        return False
    if AGE_AFTER.match(ctx.text, m.end()):
        return True
    return PERSON_IN.search(ctx.text, max(0, m.start() - 40), m.start()) is not None and \
        CLAUSE_END.match(ctx.text, m.end()) is not None


def decade(m: regex.Match, ctx: Context) -> Candidate | None:
    if _age(m, ctx):
        return None
    d = lexicon().decades[g(m, "dec")]
    century = g(m, "century") or ""
    ref = ctx.anchor.year if ctx.anchor else 1999  # no dateline: the 20th century's (session 18)
    if "ماضي" in century or "عشرين" in century and "الحادي" not in century or "منصرم" in century:
        base = 1900
    elif "الحادي" in century or "حالي" in century:
        base = 2000
    else:
        base = 2000 if 2000 + 10 * d <= ref else 1900
    start = base + 10 * d
    return Candidate(m.start(), m.end(), "DATE", f"{start // 10}X", mod_of_part(g(m, "part")),
                     "gregorian", (f"{start}-01-01", f"{start + 10}-01-01"))


def century(m: regex.Match, ctx: Context) -> Candidate | None:
    """«القرن العشرين» → ``19`` (TIMEX3: the hundreds 1900–1999); «القرن الماضي» from the
    dateline; a Hijri century («القرن الرابع عشر الهجري») as its Gregorian ISO interval."""
    lex = lexicon()
    if not (m.group("c") or m.group("this")):
        return None  # «قرن» without the article is a duration («قرن ونصف»)
    mod = mod_of_part(g(m, "part"))
    cal = g(m, "cal") or g(m, "cal2") or ""
    if m.group("cn"):
        n = int(key(m.group("cn")).removeprefix("ال").strip())
    elif m.group("cw"):
        n = lex.ordinals[g(m, "cw")]
    elif ctx.anchor is None:
        return Candidate(m.start(), m.end(), "DATE", "XX", mod)
    elif "هجري" in cal:
        n = R.hijri_of(ctx.anchor).year // 100 + 1 + lex.relative.get(g(m, "rel") or "", 0)
    else:
        n = ctx.anchor.year // 100 + 1 + lex.relative.get(g(m, "rel") or "", 0)
    if not 1 <= n <= 22:
        return None
    if m.group("bc"):  # «القرن الخامس قبل الميلاد»: TIMEX3 «BC04»
        return Candidate(m.start(), m.end(), "DATE", f"BC{n - 1:02d}", mod)
    if "هجري" in cal:
        first, last = R.hijri_year_interval((n - 1) * 100 + 1), R.hijri_year_interval(n * 100)
        if first is None or last is None:
            return None
        return Candidate(m.start(), m.end(), "DATE", R.span_value(first[0], last[1]), mod, "hijri",
                         (first[0].isoformat(), last[1].isoformat()), not (m.group("cn") or m.group("cw")))
    start = (n - 1) * 100
    return Candidate(m.start(), m.end(), "DATE", f"{start // 100:02d}", mod, "gregorian",
                     (f"{start:04d}-01-01", f"{start + 100:04d}-01-01"), not (m.group("cn") or m.group("cw")))


MILLENNIUM_ORD = {"الاولي": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4}
MILLENNIUM_REL = {"الجديده": 0, "الحاليه": 0, "الماضيه": -1, "السابقه": -1, "المنصرمه": -1, "المقبله": 1,
                  "القادمه": 1}


def millennium(m: regex.Match, ctx: Context) -> Candidate | None:
    """«الألفية الثالثة» → ``2`` (like centuries, TIMEX3 keeps the thousands: 2000–2999);
    «مطلع الألفية», «الألفية الجديدة» from the dateline. A bare «الألفية» («أهداف الألفية»)
    is no time."""
    part, ordw, rel = g(m, "part"), g(m, "ord"), g(m, "rel")
    if not (part or ordw or rel):
        return None
    mod = mod_of_part(part)
    if ordw:
        n = MILLENNIUM_ORD[ordw]
    elif ctx.anchor is None:
        return Candidate(m.start(), m.end(), "DATE", "X", mod)
    else:
        n = ctx.anchor.year // 1000 + 1 + MILLENNIUM_REL.get(rel or "", 0)
    if m.group("bc"):
        return Candidate(m.start(), m.end(), "DATE", f"BC{n - 1}", mod)
    if not 1 <= n <= 3:
        return None
    start = (n - 1) * 1000
    return Candidate(m.start(), m.end(), "DATE", f"{n - 1}", mod, "gregorian",
                     (f"{start:04d}-01-01", f"{start + 1000:04d}-01-01"), not ordw)


WEEK_ORD = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 0}


def week_of(m: regex.Match, first: dt.date, after_last: dt.date) -> tuple[dt.date, dt.date]:
    """Days of «الأسبوع الأول/الأخير من …» in a month running ``[first, after_last)``."""
    n = WEEK_ORD[g(m, "week").split()[-1]]
    if n == 0:
        return after_last - dt.timedelta(days=7), after_last
    begin = first + dt.timedelta(days=7 * (n - 1))
    return begin, begin + dt.timedelta(days=7)


# «الموافق 8 – 10 من شهر نوفمبر», «الموافق 12 إلى 15 يوليو»: a Gregorian range equated with a Hijri one (session 21)
RANGE_OPENERS = frozenset({"بين", "من", "يومي", "ايام", "في", "خلال", "الفتره", "ما", "مابين", "الموافق"})


def dayrange(m: regex.Match, ctx: Context) -> Candidate | None:
    """The first day of «بين 10 و15 أغسطس» as a date of the second day's month and year."""
    from khabar.extract.times.patterns import families

    if not m.group("yawmi") and ctx.prev_word(m.start()) not in RANGE_OPENERS:
        return None  # «يومي 14 و15 أيلول»: the dual «يومي» opens its range and is inside (session 16)
    d1, d2 = int(m.group("d1")), day_number(key(m.group("d2")))
    if not d1 < d2:
        return None
    from khabar.extract.times.rules_relative import relperiod

    pats = dict(families())
    # «من 13 إلى 15 الشهر المقبل»: the second day may be of a relative month (session 18c)
    for name, handler in (("gdate", gdate), ("hdate", hdate), ("relperiod", relperiod)):
        m2 = pats[name].match(ctx.text, m.start("d2"))
        second = handler(m2, ctx) if m2 is not None else None
        if second is not None and second.value.startswith("XXXX-XX-"):
            return Candidate(m.start(), m.end(), "DATE", f"XXXX-XX-{d1:02d}")  # no dateline: the day only
        if second is None or not DAY_ISO.fullmatch(second.value):
            continue
        y, mo = second.value[:4], int(second.value[5:7])
        if y == "XXXX":
            return Candidate(m.start(), m.end(), "DATE", f"XXXX-{mo:02d}-{d1:02d}", None, second.calendar)
        d = dt.date(int(y), mo, int(second.value[8:10])) - dt.timedelta(days=d2 - d1)
        return Candidate(m.start(), m.end(), "DATE", d.isoformat(), None, second.calendar,
                         R.day_interval(d), second.anchored)
    return None


def yearera(m: regex.Match, ctx: Context) -> Candidate | None:
    """A year with an explicit era, any number of digits: «عام 500 قبل الميلاد» → ``BC0500``,
    «سنة 622 م» → ``0622`` (a bare number needs «ق.م»/«قبل الميلاد»/«للميلاد»)."""
    y = int(m.group("y") or m.group("y2"))
    era = key(m.group("era") or m.group("era2"))
    if y == 0:
        return None
    if era.startswith("ق"):
        return Candidate(m.start(), m.end(), "DATE", f"BC{y:04d}")
    if y < 100 and era != "للميلاد":
        return None  # «عام 50م»: a year abbreviated, not the first century
    return Candidate(m.start(), m.end(), "DATE", f"{y:04d}", None, "gregorian",
                     R.year_interval(y) if y >= 1 else None)
