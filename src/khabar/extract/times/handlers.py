"""Turning a pattern match into a time value: one handler per rule family.

A handler gets the match and a :class:`Context` (normalised text, dateline) and
returns a :class:`Candidate` (normalised offsets, TIMEX3 type/value/mod/calendar,
interval) or ``None`` to reject the match. Resolution rules: docs/time.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from khabar.extract.times import resolve as R
from khabar.extract.times.lexicon import APPROX_MOD, key, lexicon, norm
from khabar.numbers import parse as parse_number

UNIT_DAYS = {"D": 1, "W": 7}
ISO_UNIT = {"D": "D", "W": "W", "M": "M", "Y": "Y", "DE": "Y", "CE": "Y", "H": "H", "MIN": "M", "S": "S"}
UNIT_SCALE = {"DE": 10, "CE": 100}
TIME_UNITS = {"H", "MIN", "S"}
ORD = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 0}
NTH = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4}
RELDAY = {"اليوم": 0, "امس": -1, "الامس": -1, "يوم غد": 1, "بكره": 1, "بكرا": 1, "البارحه": -1, "اول امس": -2, "امس الاول": -2,
          "غدا": 1, "بعد غد": 2}
FUTURE = regex.compile(
    r"(?<![\p{L}])(?:[وف]?(?:سوف|سيتم|ستتم|سيكون|ستكون|سيجري|ستجري|سيعقد|ستعقد|سيبدا|ستبدا|"
    r"المقرر|المزمع|المرتقب|المنتظر|يعتزم|تعتزم|يتوقع|ينتظر|تنتظر|سيصل|ستصل|سيلتقي|سيزور|ستشهد|سيشهد))(?![\p{L}])"
)
FUTURE_AFTER = regex.compile(r"(?<![\p{L}])(?:متوقع|متوقعه|المتوقع|المقرر|المرتقب|المقبل)(?![\p{L}])")
HIJRI_CONTEXT = frozenset("في خلال منذ حتى قبل بعد حلول طوال شهر ايام ليالي نهايه بدايه منتصف اواخر مطلع".split())
YEAR_FOLLOW = frozenset(
    norm(w) for w in
    "ليس ليست إلى حتى و أو ثم في من عن على مع بعد قبل عندما حين حيث الذي التي كان كانت "
    "م ه وما ومن وفي إلا أي".split()
)
YEAR_PREPS = frozenset(norm(w) for w in "قبل بعد منذ حتى خلال عام عامي مطلع".split())
WORD = regex.compile(r"[\p{L}]+")
# «23 يوليو و29 أغسطس من كل عام»: dates that recur every year
RECURRING = regex.compile(r"(?:\s+و\s*\d{1,2}\s+[\p{L}]+)?\s+من\s+كل\s+(?:عام|سنه)")
# «قبل أربع دقائق من النهاية»: the amount measures up to an event (a DURATION)
EVENT_OF = regex.compile(
    r"\s+(?:من|على)\s+(?!الزمن|الان)(?:ال|نهايه|بدايه|موعد|انطلاق|انتهاء|بدء|اجراء|انعقاد|وقوع|حلول|مرور)"
)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    calendar: str = "gregorian"
    interval: tuple[str, str] | None = None
    anchored: bool = False
    rank: int = 0


@dataclass(slots=True)
class Context:
    text: str  # normalised text
    anchor: dt.date | None

    def prev_word(self, pos: int) -> str:
        """The normalised word just before ``pos`` (clitic و/ف stripped), or ""."""
        i = pos - 1
        while i >= 0 and self.text[i] == " ":
            i -= 1
        j = i
        while j >= 0 and self.text[j].isalpha():
            j -= 1
        w = self.text[j + 1 : i + 1]
        return w[1:] if len(w) > 3 and w[0] in "وف" and w[1:] in HIJRI_CONTEXT else w

    def next_word(self, pos: int) -> str:
        m = WORD.match(self.text, pos + len(self.text[pos:]) - len(self.text[pos:].lstrip(" ")))
        return m.group() if m else ""

    def future(self, pos: int, end: int | None = None) -> bool:
        """A future marker in the 60 characters before ``pos`` (same clause), or an
        expectation word («متوقعة», «المقرر») in the 30 after ``end``."""
        lo = max(0, pos - 60)
        window = self.text[lo:pos]
        cut = max(window.rfind("."), window.rfind("\n"), window.rfind(","))
        if FUTURE.search(window[cut + 1 :]) is not None:
            return True
        if end is not None:
            after = self.text[end : end + 30]
            return FUTURE_AFTER.search(after) is not None
        return False


def _day_number(day: str) -> int:
    """«19», «ال19», «ال 19» or an ordinal word («الخامس») → day of month."""
    if day.startswith("ال") and day[2:].strip().isdigit():
        return int(day[2:].strip())
    if day.isdigit():
        return int(day)
    return lexicon().ordinals[key(day)]


def _g(m: regex.Match, name: str) -> str | None:
    v = m.group(name)
    return key(v) if v else None


def _mod_of_part(part: str | None) -> str | None:
    return lexicon().period_parts.get(part) if part else None


def _pod_value(pod: str | None) -> str | None:
    if not pod:
        return None
    lex = lexicon()
    return lex.day_parts.get(pod) or lex.adverb_parts.get(pod)


def _day_cand(m, start, d: dt.date | None, pod, mod, cal="gregorian", anchored=False, unresolved="XXXX-XX-XX"):
    end = m.end()
    if d is None:
        val = unresolved + (f"T{pod}" if pod else "")
        return Candidate(start, end, "TIME" if pod else "DATE", val, mod, cal, None, False)
    if pod:
        return Candidate(start, end, "TIME", f"{d.isoformat()}T{pod}", mod, cal, R.day_interval(d), anchored)
    return Candidate(start, end, "DATE", d.isoformat(), mod, cal, R.day_interval(d), anchored)


def _year_from_rel(ctx: Context, rel: str | None) -> int | None:
    if ctx.anchor is None:
        return None
    return ctx.anchor.year + (lexicon().relative.get(rel, 0) if rel else 0)


def gdate(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    m1 = _g(m, "m1")
    month = lex.months[m1]
    end = m.end()
    pair = _g(m, "m2") or _g(m, "m3")
    if pair and lex.months[pair] != month:
        end = m.end("m1")
        pair = None
    day = m.group("day") if end > m.end("m1") or m.group("day") else m.group("day")
    year = m.group("year") if end == m.end() else None
    yrel = _g(m, "yrel") if end == m.end() else None
    rel = _g(m, "rel") if end == m.end() else None
    if m1 in lex.ambiguous_months and not (day or m.group("shahr") or year or pair or yrel or rel):
        return None
    mod = _mod_of_part(_g(m, "part"))
    pod = _pod_value(_g(m, "pod"))
    start = m.start()
    recurring = RECURRING.match(ctx.text, end) is not None
    anchored = False
    if year:
        y = int(year)
    elif recurring:
        y = None
    elif yrel:
        y = _year_from_rel(ctx, yrel)
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
        dd = _day_number(day)
        if y is None:
            val = f"XXXX-{month:02d}-{dd:02d}"
            return Candidate(start, cand_end, "TIME" if pod else "DATE", val + (f"T{pod}" if pod else ""), mod)
        d = R.valid_day(y, month, dd)
        if d is None:
            return None
        c = _day_cand(m, start, d, pod, mod, anchored=anchored)
        c.end = cand_end
        return c
    if y is None:
        return Candidate(start, cand_end, "DATE", f"XXXX-{month:02d}", mod)
    return Candidate(start, cand_end, "DATE", f"{y:04d}-{month:02d}", mod, "gregorian",
                     R.month_interval(y, month), anchored)


def _hijri_year(ctx: Context, month: int, year: str | None, yrel: str | None, rel: str | None,
                start: int) -> tuple[int | None, bool]:
    """Hijri year of a Hijri month/occasion and whether it was resolved from the dateline."""
    lex = lexicon()
    if year:
        y = int(year)
        return (R.hijri_year_in_gregorian(month, y) if y >= 1900 else y), False
    if ctx.anchor is None:
        return None, False
    if yrel:
        return R.hijri_of(ctx.anchor).year + lex.relative.get(yrel, 0), True
    d = lex.relative.get(rel, 0) if rel else 0
    if d == 0:
        # a bare Hijri month is in the dateline's Hijri year (like a bare Gregorian month),
        # the next one when the text speaks of the future and the month is already over
        h = R.hijri_of(ctx.anchor)
        return (h.year + 1 if ctx.future(start) and month < h.month else h.year), True
    return R.hijri_year_for(month, ctx.anchor, d), True


def hdate(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    hm = _g(m, "hm")
    month = lex.hijri_months[hm]
    day, year, yrel, rel = m.group("day"), m.group("year"), _g(m, "yrel"), _g(m, "rel")
    if hm in lex.ambiguous_hijri and not (day or m.group("shahr") or year or yrel or rel or m.group("part")):
        before = ctx.text[m.start() - 1 : m.start()] if m.start() else ""
        if ctx.prev_word(m.start()) not in HIJRI_CONTEXT and before not in ("ب", "ل"):
            return None
    hy, anchored = _hijri_year(ctx, month, year, yrel, rel, m.start())
    mod = _mod_of_part(_g(m, "part"))
    pod = _pod_value(_g(m, "pod"))
    if hy is None:
        return Candidate(m.start(), m.end(), "DATE", "XXXX", mod, "hijri")
    if day:
        d = R.hijri_day(hy, month, _day_number(day))
        if d is None:
            return None
        return _day_cand(m, m.start(), d, pod, mod, "hijri", anchored)
    iv = R.hijri_month_interval(hy, month)
    if iv is None:
        return None
    return Candidate(m.start(), m.end(), "DATE", R.span_value(*iv), mod, "hijri",
                     (iv[0].isoformat(), iv[1].isoformat()), anchored)


def occasion(m: regex.Match, ctx: Context) -> Candidate | None:
    month, day, _days = lexicon().occasions[_g(m, "occ")]
    hy, anchored = _hijri_year(ctx, month, m.group("year"), None, _g(m, "rel"), m.start())
    if hy is None:
        return Candidate(m.start(), m.end(), "DATE", "XXXX", None, "hijri")
    d = R.hijri_day(hy, month, day)
    if d is None:
        return None
    nth = _g(m, "nth")
    if nth in NTH:
        d += dt.timedelta(days=NTH[nth] - 1)
    return _day_cand(m, m.start(), d, None, None, "hijri", anchored)


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
    return _day_cand(m, m.start(), d, None, None, "hijri" if hijri else "gregorian")


def quarter(m: regex.Match, ctx: Context) -> Candidate | None:
    year = m.group("year") or m.group("year2")
    anchored = False
    if year:
        y = int(year)
    else:
        y = _year_from_rel(ctx, _g(m, "rel"))
        anchored = y is not None
    qh = _g(m, "qh")
    n = ORD[_g(m, "ord")]
    if qh == "الربع":
        n = n or 4
        if y is None:
            return Candidate(m.start(), m.end(), "DATE", f"XXXX-Q{n}", _mod_of_part(_g(m, "part")))
        return Candidate(m.start(), m.end(), "DATE", f"{y:04d}-Q{n}", _mod_of_part(_g(m, "part")),
                         "gregorian", R.quarter_interval(y, n), anchored)
    if n > 2:
        return None
    n = n or 2
    if y is None:
        return Candidate(m.start(), m.end(), "DATE", f"XXXX-H{n}", _mod_of_part(_g(m, "part")))
    return Candidate(m.start(), m.end(), "DATE", f"{y:04d}-H{n}", _mod_of_part(_g(m, "part")),
                     "gregorian", R.half_interval(y, n), anchored)


def hyear(m: regex.Match, ctx: Context) -> Candidate | None:
    y = int(m.group("year"))
    iv = R.hijri_year_interval(y)
    if iv is None:
        return None
    mid = iv[0] + (iv[1] - iv[0]) / 2
    return Candidate(m.start(), m.end(), "DATE", f"{mid.year:04d}", None, "hijri",
                     (iv[0].isoformat(), iv[1].isoformat()))


def gyear(m: regex.Match, ctx: Context) -> Candidate | None:
    y = int(m.group("year"))
    part, cls, era = m.group("part"), m.group("cls"), m.group("era")
    if not (part or cls or era) and ctx.prev_word(m.start()) in YEAR_PREPS and 1900 <= y <= 2099:
        pass  # «قبل 2012», «منذ 2003»: a year whatever follows
    elif not (part or cls or era):
        if not 1900 <= y <= 2099:
            return None
        after = ctx.text[m.end() : m.end() + 3]
        if (after[:1] and after[:1] in "%-/") or regex.match(r"\s*[-–]\s*\d", after):
            return None
        before = ctx.text[max(0, m.start() - 2) : m.start()]
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
        iv = R.hijri_year_interval(y)
        if iv is None:
            return None
        mid = iv[0] + (iv[1] - iv[0]) / 2
        return Candidate(m.start(), m.end(), "DATE", f"{mid.year:04d}", None, "hijri",
                         (iv[0].isoformat(), iv[1].isoformat()))
    return Candidate(m.start(), m.end(), "DATE", f"{y:04d}", _mod_of_part(_g(m, "part")),
                     "gregorian", R.year_interval(y))


def decade(m: regex.Match, ctx: Context) -> Candidate | None:
    d = lexicon().decades[_g(m, "dec")]
    century = _g(m, "century") or ""
    ref = ctx.anchor.year if ctx.anchor else 2100
    if "ماضي" in century or "عشرين" in century and "الحادي" not in century or "منصرم" in century:
        base = 1900
    elif "الحادي" in century or "حالي" in century:
        base = 2000
    else:
        base = 2000 if 2000 + 10 * d <= ref else 1900
    start = base + 10 * d
    return Candidate(m.start(), m.end(), "DATE", f"{start // 10}X", _mod_of_part(_g(m, "part")),
                     "gregorian", (f"{start}-01-01", f"{start + 10}-01-01"))


def _hour(h: int, part: str | None) -> int:
    if part in ("AF", "EV") and h < 12:
        return h + 12
    if part == "NI" and 6 <= h < 12:
        return h + 12
    if part == "MI" and h < 11:
        return h + 12
    return h


def _clock(m, ctx: Context, h: int, minute: int, part: str | None, rd: str | None,
           day: dt.date | None = None) -> Candidate | None:
    h = _hour(h, part)
    if not (0 <= h <= 24 and 0 <= minute < 60):
        return None
    if ctx.anchor is None:
        return Candidate(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{h:02d}:{minute:02d}")
    d = day or ctx.anchor + dt.timedelta(days=RELDAY.get(rd, 0) if rd else 0)
    begin = dt.datetime(d.year, d.month, d.day) + dt.timedelta(hours=h, minutes=minute)
    return Candidate(m.start(), m.end(), "TIME", f"{d.isoformat()}T{h:02d}:{minute:02d}", None,
                     "gregorian", (begin.isoformat(timespec="minutes"),
                                   (begin + dt.timedelta(minutes=1)).isoformat(timespec="minutes")), True)


def clock(m: regex.Match, ctx: Context) -> Candidate | None:
    if m.group("sep") == "." and not m.group("adv"):
        return None
    part = _pod_value(_g(m, "adv"))
    return _clock(m, ctx, int(m.group("hh")), int(m.group("mm")), part, None)


def clockword(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    hw = _g(m, "hw") or _g(m, "hw2")
    h = int(hw) if hw.isdigit() else lex.hours[hw]
    minute = {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "الثلث": 20, "ثلث": 20}.get(_g(m, "frac") or "", 0)
    minus = {"ربع": 15, "ربعا": 15, "ثلث": 20, "ثلثا": 20}.get(_g(m, "minus") or "", 0)
    if minus:
        h, minute = h - 1, 60 - minus
    part = _pod_value(_g(m, "adv")) or _pod_value(_g(m, "pod"))
    day = None
    if m.group("wd") and ctx.anchor is not None:
        rel = _g(m, "rel")
        d = lexicon().relative.get(rel, 0) if rel else (1 if ctx.future(m.start()) else 0)
        day = R.weekday(ctx.anchor, lex.weekdays[_g(m, "wd")], d)
    return _clock(m, ctx, h, minute, part, _g(m, "rd"), day)


def weekday(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    prev = ctx.prev_word(m.start())
    if prev in lex.blockers_before and not (m.group("pod") or m.group("yawm")):
        return None  # «صلاة الجمعة» (but «صلاة ظهر يوم الخميس» is a time)
    wd = lex.weekdays[_g(m, "wd")]
    if m.group("every"):  # «كل جمعة», «أيام الجمعة»: every such weekday
        return Candidate(m.start(), m.end(), "SET", f"XXXX-WXX-{wd}")
    if _g(m, "wd") == "الاثنين" and not (m.group("yawm") or m.group("pod") or m.group("rel")) and (
        prev == "من" and ctx.prev_word(ctx.text.rfind("من", 0, m.start())) in ("اي", "ايا", "لاي", "كل", "لكل", "احد")
        or prev in ("كلا", "هذين")
    ):
        return None  # «أي من الاثنين»: "the two", not Monday
    rel = _g(m, "rel")
    pod = _pod_value(_g(m, "pod"))
    if ctx.anchor is None:
        return _day_cand(m, m.start(), None, pod, None)
    d = lex.relative.get(rel, 0) if rel else 0
    if rel is None and ctx.future(m.start(), m.end()):
        day = ctx.anchor + dt.timedelta(days=(wd - ctx.anchor.isoweekday()) % 7)
    else:
        day = R.weekday(ctx.anchor, wd, d)
    return _day_cand(m, m.start(), day, pod, None, anchored=True)


def relday(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    rd = _g(m, "rd")
    s, e = m.start(), m.end()
    if rd == "اليوم":
        before = ctx.text[s - 1 : s] if s else ""
        after = ctx.text[e : e + 1]
        if before in "\"'«“”" and before and after in "\"'»“”" and after:
            return None  # a newspaper named «اليوم»
        if ctx.prev_word(s) in lex.blockers_before:
            return None
    if not (m.group("wd") or m.group("wd2")) and ctx.next_word(e) in lex.blockers_after:
        return None  # «في أمس الحاجة», «اليوم الوطني»
    pod = _pod_value(_g(m, "pod"))
    if ctx.anchor is None:
        return _day_cand(m, s, None, pod, None)
    day = ctx.anchor + dt.timedelta(days=RELDAY[rd])
    wd = _g(m, "wd") or _g(m, "wd2")
    if wd:
        target = lex.weekdays[wd]
        diff = (target - day.isoweekday() + 3) % 7 - 3  # nearest such weekday wins
        day += dt.timedelta(days=diff)
    return _day_cand(m, s, day, pod, None, anchored=True)


def relperiod(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    per, rel, this, part = _g(m, "per"), _g(m, "rel"), m.group("this"), _g(m, "part")
    if not (rel or this or part) or per == "العقد" and not rel:
        return None
    if per == "العام" and not (this or part) and ctx.prev_word(m.start()).startswith("ال"):
        return None  # «المدير العام السابق»: العام = general
    d = lex.relative.get(rel, 0) if rel else 0
    mod = _mod_of_part(part)
    if ctx.anchor is None:
        val = {"الاسبوع": "XXXX-WXX", "الشهر": "XXXX-XX"}.get(per, "XXXX")
        return Candidate(m.start(), m.end(), "DATE", val, mod)
    a = ctx.anchor
    if per == "الاسبوع" and part == "نهايه" and not this:
        # «(عطلة) نهاية الأسبوع» = the weekend: the last one (next one in a future context)
        if rel is None:
            d = 1 if ctx.future(m.start()) else (0 if a.isoweekday() >= 6 else -1)
        w = a + dt.timedelta(weeks=d)
        monday = w - dt.timedelta(days=w.weekday())
        sat = monday + dt.timedelta(days=5)
        return Candidate(m.start(), m.end(), "DATE", R.week_value(w) + "-WE", None, "gregorian",
                         (sat.isoformat(), (sat + dt.timedelta(days=2)).isoformat()), True)
    if per == "الاسبوع":
        w = a + dt.timedelta(weeks=d)
        return Candidate(m.start(), m.end(), "DATE", R.week_value(w), mod, "gregorian", R.week_interval(w), True)
    if per == "الشهر" and m.group("day"):
        y, mo = R.add_months(a.year, a.month, d)
        day = R.valid_day(y, mo, _day_number(key(m.group("day"))))
        return _day_cand(m, m.start(), day, None, mod, anchored=True) if day else None
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


def _duration_value(amount: float | None, unit: str) -> str:
    if amount is None:
        return f"PTX{ISO_UNIT[unit]}" if unit in TIME_UNITS else f"PX{ISO_UNIT[unit]}"
    amount *= UNIT_SCALE.get(unit, 1)
    whole = int(amount)
    frac = amount - whole
    u = ISO_UNIT[unit]
    if unit in TIME_UNITS:
        if frac and unit == "H":
            return f"PT{whole}H{round(frac * 60)}M" if whole else f"PT{round(frac * 60)}M"
        return f"PT{whole}{u}" if not frac else f"PT{amount:g}{u}"
    if frac and unit in ("Y", "DE", "CE"):
        months = round(frac * 12)
        return f"P{whole}Y{months}M" if whole else f"P{months}M"
    if frac and unit == "M":
        return f"P{whole}M{round(frac * 30)}D" if whole else f"P{round(frac * 30)}D"
    if frac and unit == "W":
        return f"P{round(amount * 7)}D"
    return f"P{whole}{u}" if not frac else f"P{amount:g}{u}"


def duration(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    rel, approx = _g(m, "rel"), _g(m, "approx")
    if m.group("sing") and not (rel in ("قبل", "بعد", "مرور", "منذ") or approx or m.group("one") or m.group("half")):
        return None
    amount: float | None
    if m.group("num"):
        numtext = key(m.group("num"))
        n = parse_number(numtext)
        if n is None or n.value is None:
            return None
        if n.words < len(numtext.split()):
            # «بين 5 و15 عاما»: the unit belongs to the last number
            tail = numtext.split()[n.words :]
            tail[0] = tail[0][1:] if tail[0].startswith("و") else tail[0]
            n2 = parse_number(" ".join(tail))
            if n2 is not None and n2.value is not None:
                n = n2
        amount = n.value
        unit = lex.units[_g(m, "unit")][0]
    elif m.group("dual"):
        amount, unit = 2.0, lex.units[_g(m, "dual")][0]
        prev = ctx.prev_word(m.start())
        if _g(m, "dual").startswith("عام") and not rel and not approx and prev.endswith(("ين", "ون")) \
                and len(prev) > 3 and prev not in ("بين", "لمدة"):
            return None  # «مديرين عامين»: عامين = general (adjective), not two years
    elif m.group("vague"):
        amount, unit = None, lex.units[_g(m, "vunit")][0]
    elif m.group("frac"):
        amount = 0.5 if _g(m, "frac") == "نصف" else 0.25
        unit = lex.units[_g(m, "funit")][0]
    else:
        amount, unit = 1.0, lex.units[_g(m, "sing")][0]
        nxt = ctx.next_word(m.end())
        if _g(m, "sing") == "عقد" and not m.group("half") and nxt and nxt not in ("من", "علي", "او", "و"):
            return None  # «بعد عقد اتفاقية»: عقد = concluding/contract, not a decade
    if m.group("half") and amount is not None:
        amount += 0.5 if _g(m, "half") == "نصف" else 0.25
    if amount is not None and amount <= 0:
        return None
    mod = APPROX_MOD.get(lex.approximators.get(approx, ""), None) if approx else None
    inner = m.start()
    if rel:
        inner = regex.search(r"\S", ctx.text[m.end("rel") :]).start() + m.end("rel")
    followed_by_of = EVENT_OF.match(ctx.text, m.end()) is not None
    if rel in ("قبل", "بعد") and unit in TIME_UNITS and amount is not None:
        followed_by_of = True  # «بعد 77 دقيقة»: minutes/hours count from an event, not the dateline
    if rel in ("قبل", "بعد") and not followed_by_of:
        if amount is None or ctx.anchor is None:
            val = ("PAST_REF" if rel == "قبل" else "FUTURE_REF") if amount is None else (
                "XXXX-XX-XX")
            return Candidate(m.start(), m.end(), "DATE", val, mod)
        sign = -1 if rel == "قبل" else 1
        if unit in TIME_UNITS:
            return Candidate(m.start(), m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
        val, iv = R.shift(ctx.anchor, sign * amount, unit)
        return Candidate(m.start(), m.end(), "DATE", val, mod, "gregorian", iv, True)
    start = inner if rel else m.start()
    return Candidate(start, m.end(), "DURATION", _duration_value(amount, unit), mod)


def vagueago(m: regex.Match, ctx: Context) -> Candidate | None:
    rel = _g(m, "rel")
    if regex.match(r"\s+(?:من|على)(?![\p{L}])|\s+ال", ctx.text[m.end() :]):
        return None  # «قبل أيام من الانتخابات», «منذ أيام الدراسة»
    value = "FUTURE_REF" if rel == "بعد" else "PAST_REF"
    start = m.start("pl") if rel == "منذ" else m.start()
    return Candidate(start, m.end(), "DATE", value)


def plural(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    pl = _g(m, "pl")
    unit, count = lex.units[pl[2:]]
    d = lex.relative[_g(m, "rel")]
    if count == 2:
        return Candidate(m.start(), m.end(), "DURATION", _duration_value(2.0, unit))
    if m.group("num"):
        n = parse_number(_g(m, "num"))
        if n is not None and n.value:
            return Candidate(m.start(), m.end(), "DURATION", _duration_value(n.value, unit))
    value = "PAST_REF" if d < 0 else "FUTURE_REF" if d > 0 else "PRESENT_REF"
    return Candidate(m.start(), m.end(), "DATE", value)


def set_(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    if m.group("adv"):
        return Candidate(m.start(), m.end(), "SET", lex.sets[_g(m, "adv")])
    if m.group("unit"):
        n = 2.0 if lex.units[_g(m, "unit")][1] == 2 else 1.0  # كل أسبوعين
        if m.group("num"):
            p = parse_number(_g(m, "num"))
            if p is None or p.value is None:
                return None
            n = p.value
        return Candidate(m.start(), m.end(), "SET", _duration_value(n, lex.units[_g(m, "unit")][0]))
    u = _g(m, "unit2")
    u = u[2:] if u.startswith("ال") and u[2:] in lex.units else u
    return Candidate(m.start(), m.end(), "SET", _duration_value(1.0, lex.units[u][0]))


def podadv(m: regex.Match, ctx: Context) -> Candidate | None:
    """«ليلا», «صباحا» on their own: that part of the dateline's day."""
    part = lexicon().adverb_parts[_g(m, "adv")]
    if ctx.anchor is None:
        return Candidate(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{part}")
    a = ctx.anchor
    return Candidate(m.start(), m.end(), "TIME", f"{a.isoformat()}T{part}", None, "gregorian",
                     R.day_interval(a), True)


def vague(m: regex.Match, ctx: Context) -> Candidate | None:
    value, needs = lexicon().vague[_g(m, "v")]
    if needs and ctx.prev_word(m.start()) != needs:
        return None
    if value == "FUTURE_REF" and ctx.next_word(m.end()) in ("من", "الي", "علي"):
        return None  # «قريبا من أعلى مستوى»: near, not soon
    return Candidate(m.start(), m.end(), "DATE", value)


HANDLERS = {
    "gdate": gdate, "hdate": hdate, "occasion": occasion, "numdate": numdate,
    "quarter": quarter, "hyear": hyear, "gyear": gyear, "decade": decade, "clock": clock,
    "clockword": clockword, "weekday": weekday, "relday": relday, "relperiod": relperiod,
    "plural": plural, "duration": duration, "vagueago": vagueago, "set": set_, "vague": vague,
    "podadv": podadv,
}
