"""Handlers of amounts of time: durations (and «قبل/بعد + amount» ago/later dates),
plural periods, «قبل/منذ + plural», and sets."""


from __future__ import annotations

import datetime as dt
from functools import cache

import regex

from khabar.extract.times import resolve as R
from khabar.extract.times.context import (
    EVENT_OF,
    ISO_UNIT,
    TIME_UNITS,
    UNIT_SCALE,
    Candidate,
    Context,
    g,
    mod_of_part,
    up_to,
)
from khabar.extract.times.lexicon import APPROX_MOD, alt, key, lexicon, norm, read_tsv
from khabar.extract.times.separated import at_least_before, bracketed_approx, separated_approx
from khabar.numbers import parse as parse_number
from khabar.numbers import tokens as number_tokens
from khabar.numbers import words as number_words

# «لمدة عام», «مدة شهر»: a bare singular unit after a noun of length is one unit of time
PERIOD_OF = frozenset({"لمده", "مده", "بمده", "غضون"})  # «في غضون شهر»: within a month (session 17)
# «العامين الحالي والمقبل»: «و» + a second relative modifier after a dual's first
PAIRED_REL = regex.compile(
    r"\s+و\s*(?:الحالي|الجاري|الماضي|المنصرم|المقبل|القادم|السابق|التالي|الفائت)(?![\p{L}])")
# «أكبر من 14 عاما», «أصغر من 65 عاما», «أطول من عامين»: a comparative of age or length + «من»
# before the amount gives its mod; it is a predicate, not an approximator, so it stays outside
COMPARATIVE_MOD = {"اكبر": "MORE_THAN", "اطول": "MORE_THAN", "اصغر": "LESS_THAN", "اقصر": "LESS_THAN"}
COMPARED = regex.compile(r"(?:^|(?<=[\s(]))[وف]?(?:ال)?(اكبر|اطول|اصغر|اقصر)(?:\s+(?:سنا|عمرا))?\s+من\s+$")


# «أكبر مكسب يومي له في شهر», «أدنى مستوى في عام»: after a superlative, «في» + a bare singular
# unit is the span of time the record is measured over ("in a month"), a DURATION
SUPERLATIVE = regex.compile(
    r"(?:^|(?<=\s))[وف]?(?:ب|ل)?(?:ال)?(?:اكبر|اعلي|ادني|اقل|اسوا|افضل|اكثر|اطول|اقوي|اضعف|اسرع|اشد|ابطا|اعمق|ارفع|اقصي|اضخم)"
    r"\s+\p{L}+(?:\s+\p{L}+){0,3}\s+في\s+$")


@cache
def _event_dated() -> regex.Pattern:
    """«بعد ثلاثة أشهر من قمة نيسان/أبريل», «بعد عامين من انتخابات 2012»: «من/على» + a noun named by
    its date is an event too — the amount measures from it (a DURATION; session 16)."""
    return regex.compile(rf"\s+(?:من|علي)\s+\p{{L}}{{2,}}\s+(?:(?:شهر\s+)?(?:{alt(lexicon().months)})|(?:عام\s+)?(?:19|20)\d\d)"
                         r"(?![\p{L}\d])")




def _record_in(ctx: Context, start: int) -> bool:
    """«أكبر مكسب يومي لها في [شهر]»: a superlative and its noun, then «في», right before the unit."""
    window = ctx.text[max(0, start - 48) : start]
    return ctx.prev_word(start) == "في" and SUPERLATIVE.search(window) is not None


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
    if frac and unit == "D":  # «نصف يوم» → PT12H: half a unit in the next smaller one (session 16)
        hours = round(frac * 24)
        return f"P{whole}DT{hours}H" if whole else f"PT{hours}H"
    return f"P{whole}{u}" if not frac else f"P{amount:g}{u}"


# «80 ألف متر مكعب يومًا»: «يوما» after an amount's unit is «يوميا» (a rate), not one day
RATE_WORDS_BACK = 4
NOT_RATE_AFTER = frozenset({"بعد", "ما", "كاملا", "واحدا", "الا"})


def _daily_rate(m: regex.Match, ctx: Context) -> bool:
    """A bare «يوما» whose word before is a noun — a unit, a currency or a counted noun — with a
    number among the words before it (session 14). Not «خمسة عشر يوما» (the number's counted
    noun), «يوما بعد يوم», «يوما ما», «يوما كاملا»."""
    if g(m, "sing") != "يوما" or ctx.next_word(m.end()) in NOT_RATE_AFTER:
        return False
    back = ctx.text[max(0, m.start() - 40) : m.start()].split()[-RATE_WORDS_BACK:]
    if not back or not back[-1].isalpha() or back[-1] in number_words() or back[-1] in lexicon().units:
        return False
    return any(w[:1].isdigit() or w[-1:].isdigit() or w in number_words() for w in back[:-1])


def duration(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    rel, approx = g(m, "rel"), g(m, "approx")
    if m.group("sing") and not rel and not approx and _daily_rate(m, ctx):
        return Candidate(m.start(), m.end(), "SET", "P1D")
    if m.group("sing") and not (rel in ("قبل", "بعد", "مرور", "منذ") or approx or m.group("one") or m.group("half")
                                or ctx.prev_word(m.start()) in PERIOD_OF or _record_in(ctx, m.start())):
        return None
    if m.group("defsing") and not (rel == "منذ" or approx):
        return None  # «الساعة والنصف» alone is no amount; «ما يقارب السنة والنصف», «منذ الساعة والنصف» are
    amount: float | None
    if m.group("num"):
        numtext = key(m.group("num"))
        n = parse_number(numtext)
        if n is None or n.value is None and not (n.low == 3 and n.high == 9):
            return None
        if n.value is None:
            n = None  # «بضعة أيام»: a few — a vague amount, like «عدة أيام»
        elif n.words < len(number_tokens(numtext)):
            # «بين 19 و30 عاما»: two amounts sharing the last one's unit — the first is its
            # own duration (the rest is matched again); «قبل 5 و10 سنوات» keeps the last
            tail = number_tokens(numtext)[n.words :]
            tail[0] = tail[0][1:] if tail[0].startswith("و") else tail[0]
            n2 = parse_number(" ".join(tail))
            if n2 is not None and n2.value is not None:
                if not rel and n2.words == len(tail):
                    first = number_tokens(numtext)[: n.words]
                    head = regex.match(r"\s+".join(regex.escape(t).replace(r"\ ", r"\s+") for t in first),
                                       m.group("num"))
                    unit = lex.units[g(m, "unit")][0]
                    mod = APPROX_MOD.get(lex.approximators.get(approx, ""), None) if approx else None
                    if head is not None:
                        return Candidate(m.start(), m.start("num") + head.end(), "DURATION",
                                         _duration_value(n.value, unit), mod)
                n = n2
        amount = n.value if n is not None else None
        unit = lex.units[g(m, "unit")][0]
        if g(m, "unit") in ("عقد", "عقدا") and amount is not None and amount > 20:
            return None  # «بواقع 1800 عقد»: contracts, not decades
    elif m.group("dual"):
        amount, unit = 2.0, lex.units[g(m, "dual")][0]
        prev = ctx.prev_word(m.start())
        if g(m, "dual").startswith("عام") and not rel and not approx and prev.endswith(("ين", "ون")) \
                and len(prev) > 3 and prev not in ("بين", "لمدة"):
            return None  # «مديرين عامين»: عامين = general (adjective), not two years
    elif m.group("vague"):
        amount, unit = None, lex.units[g(m, "vunit")][0]
    elif m.group("vunit2"):
        if rel:
            return None  # «منذ/قبل سنوات طويلة»: a vague past (vagueago)
        amount, unit = None, lex.units[g(m, "vunit2")][0]
    elif m.group("frac"):
        amount = 0.5 if g(m, "frac") == "نصف" else 0.25
        unit = lex.units[g(m, "funit")][0]
    else:
        if rel == "بعد" and ctx.prev_word(m.start()) in (g(m, "sing"), g(m, "sing") + "ا"):
            return None  # «يوما بعد يوم», «عاما بعد عام»: little by little, no date
        amount, unit = 1.0, lex.units[g(m, "sing")][0]
        nxt = ctx.next_word(m.end())
        if g(m, "sing") == "عقد" and not m.group("half") and nxt and nxt not in ("من", "علي", "او", "و"):
            return None  # «بعد عقد اتفاقية»: عقد = concluding/contract, not a decade
    if m.group("half") and amount is not None:
        amount += 0.5 if g(m, "half").removeprefix("ال") == "نصف" else 0.25
    if amount is not None and amount <= 0:
        return None
    mod = APPROX_MOD.get(lex.approximators.get(approx, ""), None) if approx else None
    if mod is None and not rel and at_least_before(ctx.text, m.start()):
        mod = "EQUAL_OR_MORE"  # «على الأقل 3 سنوات»: the approximator before the amount, outside (session 16)
    if mod is None and (post := _post_approximator(ctx.text, m.end())):
        mod = APPROX_MOD[post]  # «20 سنة تقريبا», «5 سنوات على الأقل»: outside the span
    if mod is None and not rel and (cmp := COMPARED.search(ctx.text, max(0, m.start() - 16), m.start())):
        mod = COMPARATIVE_MOD[cmp.group(1)]  # «أكبر من 14 عاما»: the comparative stays outside
    if mod is None and not rel and up_to(ctx.text, m.start()):
        mod = "EQUAL_OR_LESS"  # «السجن مدة تصل إلى 3 سنوات»: an upper bound, the verb outside
    if mod is None and not rel and (kind := separated_approx(ctx.text, m.start())):
        mod = APPROX_MOD.get(kind)  # «تتجاوز أعمارهم ستين عاما»: past the noun of measure (session 14)
    if mod is None and not rel and (kind := bracketed_approx(ctx.text, m.start(), m.end())):
        mod = APPROX_MOD.get(kind)  # «تحت (15 عاما)»: before the bracket that holds the amount (session 23)
    inner = m.start()
    if rel:
        inner = regex.search(r"\S", ctx.text[m.end("rel") :]).start() + m.end("rel")
    followed_by_of = EVENT_OF.match(ctx.text, m.end()) is not None or _event_dated().match(ctx.text, m.end()) is not None
    if rel in ("قبل", "بعد") and unit in TIME_UNITS and amount is not None:
        followed_by_of = True  # «بعد 77 دقيقة»: minutes/hours count from an event, not the dateline
    if rel in ("قبل", "بعد") and not followed_by_of:
        if amount is None or ctx.anchor is None:
            # no dateline: the unit's granularity, unanchored («قبل عشرين عاما» → XXXX; session 20)
            val = ("PAST_REF" if rel == "قبل" or narrated_after(ctx, m.start(), m.end()) else "FUTURE_REF") \
                if amount is None else R.unanchored_shift(amount, unit)
            return Candidate(m.start(), m.end(), "DATE", val, mod)
        sign = -1 if rel == "قبل" else 1
        if unit in TIME_UNITS:
            return Candidate(m.start(), m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
        try:
            val, iv = R.shift(ctx.anchor, sign * amount, unit)
        except (ValueError, OverflowError):
            val, iv = None, None
        if val is None:
            # «قبل 2025 عاما»: beyond the calendar — keep it as a vague past/future
            return Candidate(m.start(), m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
        return Candidate(m.start(), m.end(), "DATE", val, mod, "gregorian", iv, True)
    start = inner if rel else m.start()
    return Candidate(start, m.end(), "DURATION", _duration_value(amount, unit), mod)


@cache
def _post_pattern() -> regex.Pattern:
    return regex.compile(rf"\s+(?P<post>{alt(POST_APPROX)})(?![\p{{L}}])")


POST_APPROX = {norm(r[0]): r[1] for r in read_tsv("post_approximators.tsv")}


def _post_approximator(text: str, end: int) -> str | None:
    """An approximator after the amount and its unit («تقريبا», «على الأقل»): its kind."""
    pm = _post_pattern().match(text, end)
    return POST_APPROX[key(pm.group("post"))] if pm else None


# «وبعد أيام خرجت …», «قتلوا بعد أيام», «لم أتوقع … إلا بعد عدة أسابيع»: «بعد» + a vague amount told in a past
# narration is PAST_REF (docs/time.md's rule for the gold; the tagger said FUTURE_REF until session 21) — a past cue
# earlier in its clause, «لم» + a verb there, or a perfect verb in ـت/ـوا right after it, and no future cue
PERFECT_NEXT = regex.compile(r"\s*[,،]?\s*[وف]?\p{L}{2,}(?<!ا)(?:ت|وا)(?![\p{L}])")
NEGATED_PAST = regex.compile(r"(?<![\p{L}])[وف]?لم\s+\p{L}")


def narrated_after(ctx: Context, start: int, end: int) -> bool:
    """Is «بعد» + a vague amount at ``start:end`` told in a past narration (session 21)?"""
    if ctx.future(start, end):
        return False
    window = ctx.text[max(0, start - 40) : start]
    clause = window[max(window.rfind("."), window.rfind("\n"), window.rfind(","), window.rfind("،")) + 1 :]
    return ctx.past(start) or NEGATED_PAST.search(clause) is not None or PERFECT_NEXT.match(ctx.text, end) is not None


# «من» + the event a vague amount is counted from (not «من الآن», «من قبل» = by, «من الزمن»)
EVENT_AFTER_PLURAL = regex.compile(r"\s+من\s+(?!(?:الان|قبل|الزمن|الوقت|جديد)(?![\p{L}]))\p{L}")


def vagueago(m: regex.Match, ctx: Context) -> Candidate | None:
    rel = g(m, "rel")
    if m.group("old"):
        return Candidate(m.start("old"), m.end(), "DATE", "PAST_REF")  # «منذ [القدم]», like «منذ [أشهر]»
    nxt = ctx.text[m.end() : m.end() + 40]
    if rel != "منذ" and EVENT_AFTER_PLURAL.match(nxt) and g(m, "pl") in lexicon().units:
        # «بعد أعوام من الصراع», «قبل أيام من انتخابه»: a vague amount counted from an event is a
        # DURATION, «قبل/بعد» outside (as «قبل [أربع دقائق] من النهاية»; session 15)
        return Candidate(m.start("pl"), m.end(), "DURATION",
                         _duration_value(None, lexicon().units[g(m, "pl")][0]))
    if regex.match(r"\s+(?:من|على)(?![\p{L}])(?!\s+الان(?![\p{L}]))|\s+ال", nxt):
        return None  # «قبل أسابيع على استقبال», «منذ أيام الدراسة» (not «بعد سنوات من الآن»)
    value = "FUTURE_REF" if rel == "بعد" and not narrated_after(ctx, m.start(), m.end()) else "PAST_REF"
    start = m.start("pl") if rel == "منذ" else m.start()
    return Candidate(start, m.end(), "DATE", value)


def plural(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    pl = g(m, "pl")
    unit, count = lex.units[pl[2:] if pl.startswith("ال") else pl[1:]]  # «الأيام», «(ل)لأيام»
    if m.group("first"):
        cand = _first_months(m, ctx, unit)
        if cand is not None or not m.group("num"):
            return cand
        n = parse_number(g(m, "num"))  # «الأيام العشرة الأولى من العام»: the plural alone
        start = m.start("pl") if m.group("pnum") else m.start()
        return Candidate(start, m.end("num"), "DURATION", _duration_value(n.value, unit)) if n and n.value else None
    if m.group("pnum"):
        pn = parse_number(g(m, "pnum"))
        if pn is not None and pn.value and count != 2 and not m.group("num"):
            # «في الثلاث السنوات الماضية»: the number word before the plural counts it
            return Candidate(m.start(), m.end(), "DURATION", _duration_value(pn.value, unit))
        start = m.start("pl")
        if not m.group("rel") and not m.group("num"):
            return None
        cand = plural_tail(m, ctx, unit, count)
        return Candidate(start, cand.end, cand.type, cand.value) if cand else None
    if not m.group("rel") and not m.group("num"):
        return None  # «الأيام» alone; «السنوات الـ 20», «الأيام العشرة» are durations
    return plural_tail(m, ctx, unit, count)


@cache
def _range_head() -> regex.Pattern:
    approx = alt(lexicon().approximators)
    # «أو» too (session 24: «لأربع أو خمس سنوات», «40 أو 45 سنة»; a rising pair, as «إلى»)
    return regex.compile(rf"(?<![\p{{L}}\d])(?:(?P<ap>{approx})\s+)?(?P<n>\d{{1,3}}|\p{{L}}+)\s*(?:الي|-|–|\s+او\s)\s*$")


SIMPLE_DURATION = regex.compile(r"^P(T?)(\d+)([YMWDHS])$")


def range_durations(kept: list[Candidate], text: str) -> list[Candidate]:
    """«في غضون 3 إلى 4 ساعات», «ما بين خمسة إلى سبعة أشهر», «نحو 10 إلى 15 عاما», «لأربع أو خمس سنوات»: the
    first amount of a range takes the unit of the duration after it (a DURATION of its own)."""
    out: list[Candidate] = []
    last_end = 0
    for c in kept:
        sm = SIMPLE_DURATION.match(c.value) if c.type == "DURATION" and not c.mod else None
        if sm is not None and c.start - last_end > 2:
            m = _range_head().search(text, max(last_end, c.start - 40), c.start)
            n = parse_number(key(m.group("n"))) if m is not None else None
            start = m.start() if m is not None else 0
            if n is None and m is not None and not m.group("ap") and m.group("n")[:1] in "وفبل":
                n, start = parse_number(key(m.group("n")[1:])), start + 1  # «لأربع أو خمس سنوات»: the clitic outside
            first = parse_number(text[c.start : c.end].split()[0]) if n is not None else None
            if n is not None and n.value and first is not None and first.value == float(sm.group(2)) \
                    and n.value < min(first.value, 1000) and _prev_word(text, m.start()) not in RANGE_BLOCK \
                    and not DIGIT_BEFORE.search(text, max(0, m.start("n") - 4), m.start("n")):  # «800 ألف إلى مليون سنة»
                approx = m.group("ap")
                mod = APPROX_MOD.get(lexicon().approximators.get(key(approx), ""), None) if approx else None
                value = f"P{sm.group(1)}{n.value:g}{sm.group(3)}"
                out.append(Candidate(start, m.end("n"), "DURATION", value, mod, c.calendar, None, False, c.rank))
        out.append(c)
        last_end = c.end
    return out


DIGIT_BEFORE = regex.compile(r"\d\s*$")
# (session 25) «وتبلغ أعمارهن 31، 60، 55 عاما على التوالي»: numbers listed with commas before one unit, after
# a noun of age, are amounts of that unit each (as «بين أعمار [19] و[30 عاماً]» for a pair joined by «و»)
LISTED_NUMBER = regex.compile(r"(?<![\p{L}\d.,،])(?P<n>\d{1,3})\s*[،,]\s*$")
AGE_NOUNS = frozenset({"اعمار", "اعمارهم", "اعمارهن", "اعمارهما", "اعمارها", "باعمار", "الاعمار", "عمر", "اعمارا"})


def listed_durations(kept: list[Candidate], text: str) -> list[Candidate]:
    """Each number of a comma list before a simple duration after a noun of age takes its unit (a DURATION of
    its own): «أعمارهن [31]، [60]، [55 عاما]»; not without the noun of age («عام 2014، 30 عاما»)."""
    if "،" not in text and "," not in text:
        return kept
    out: list[Candidate] = []
    for c in kept:
        sm = SIMPLE_DURATION.match(c.value) if c.type == "DURATION" and not c.mod else None
        if sm is not None and sm.group(3) == "Y":
            heads: list[regex.Match] = []
            pos = c.start
            while (m := LISTED_NUMBER.search(text, max(0, pos - 12), pos)) is not None:
                heads.append(m)
                pos = m.start()
            before = _prev_word(text, pos)
            if heads and (before in AGE_NOUNS or before[:1] in "وف" and before[1:] in AGE_NOUNS):
                for m in reversed(heads):
                    out.append(Candidate(m.start("n"), m.end("n"), "DURATION", f"P{int(m.group('n'))}Y", None,
                                         c.calendar, None, False, c.rank))
        out.append(c)
    return out
RANGE_BLOCK = frozenset({"قبل", "بعد", "منذ"})  # «قبل 3 إلى 4 سنوات»: a vague date, not two amounts


def _prev_word(text: str, pos: int) -> str:
    words = text[max(0, pos - 20) : pos].split()
    return words[-1] if words else ""


def _first_months(m: regex.Match, ctx: Context, unit: str) -> Candidate | None:
    """«الأشهر السبعة الأولى من عام 2015» → 2015-01-01/2015-07-31 (an interval of days, as a week
    of a month is); «الأخيرة» the last months; the year given, relative, or «العام» alone (the
    dateline's)."""
    n = parse_number(g(m, "num")) if m.group("num") else None
    if unit != "M" or n is None or not n.value or not 1 <= n.value <= 11 or n.value != int(n.value):
        return None
    if m.group("fyear") or m.group("fyear2"):
        year = int(m.group("fyear") or m.group("fyear2"))
    elif ctx.anchor is None:
        year = 2001  # no dateline (session 18): the months of an unknown year, XXXX-01-01/XXXX-07-31
    else:
        year = ctx.anchor.year + (lexicon().relative.get(g(m, "frel"), 0) if m.group("frel") else 0)
    k = int(n.value)
    first = g(m, "first") == "الاولي"
    begin = dt.date(year, 1 if first else 13 - k, 1)
    ey, em = R.add_months(year, k if first else 12, 1)
    end = dt.date(ey, em, 1)  # exclusive
    last = end - dt.timedelta(days=1)
    if ctx.anchor is None and not (m.group("fyear") or m.group("fyear2")):
        return Candidate(m.start(), m.end(), "DATE", f"XXXX{begin.isoformat()[4:]}/XXXX{last.isoformat()[4:]}")
    return Candidate(m.start(), m.end(), "DATE", f"{begin.isoformat()}/{last.isoformat()}", None, "gregorian",
                     (begin.isoformat(), end.isoformat()), True)


def iplural(m: regex.Match, ctx: Context) -> Candidate | None:
    """«في أعوام سابقة» (PAST_REF), «لسنوات مقبلة» (FUTURE_REF): an indefinite plural period with
    an indefinite «past/next» adjective reads as the definite «السنوات الماضية/المقبلة» (session 17)."""
    past = g(m, "irel") in ("سابقه", "ماضيه")
    return Candidate(m.start(), m.end(), "DATE", "PAST_REF" if past else "FUTURE_REF")


def plural_tail(m: regex.Match, ctx: Context, unit: str, count: int) -> Candidate | None:
    """The value of a definite plural period with its number or relative modifier."""
    lex = lexicon()
    d = lex.relative[g(m, "rel")] if m.group("rel") else 0
    if count == 2 and unit in ("Y", "M") and m.group("rel") and ctx.anchor is not None and PAIRED_REL.match(
            ctx.text, m.end()):
        # «للعامين الحالي والمقبل», «الشهرين الحالي والمقبل» (session 14): the dual names two years
        # or months, each by its modifier — the first here, the second by merge.elliptic_years
        if unit == "M":
            y, mo = R.add_months(ctx.anchor.year, ctx.anchor.month, d)
            return Candidate(m.start(), m.end(), "DATE", f"{y:04d}-{mo:02d}", None, "gregorian",
                             R.month_interval(y, mo), True)
        y = ctx.anchor.year + d
        return Candidate(m.start(), m.end(), "DATE", f"{y:04d}", None, "gregorian", R.year_interval(y), True)
    if count == 2:
        return Candidate(m.start(), m.end(), "DURATION", _duration_value(2.0, unit))
    if m.group("num"):
        num = g(m, "num")
        n = parse_number(num[2:].strip() if num[2:].strip().isdigit() else num)  # «ال24»
        if n is not None and n.value:
            return Candidate(m.start(), m.end(), "DURATION", _duration_value(n.value, unit))
    value = "PAST_REF" if d < 0 else "FUTURE_REF" if d > 0 else "PRESENT_REF"
    return Candidate(m.start(), m.end(), "DATE", value)


POD_EVERY = regex.compile(r"(?<![\p{L}])[وف]?(?P<pod>صباح|مساء|فجر|ليله|ظهر|عصر)\s+$")
NOT_EVERY_DAY = regex.compile(r"\s+(?:ال|(?:السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه)(?![\p{L}]))")


def podset(m: regex.Match, ctx: Context) -> Candidate | None:
    """«يقام كل مساء», «كل ليلة»: that part of every day, a SET (session 15)."""
    return Candidate(m.start(), m.end(), "SET", f"XXXX-XX-XXT{lexicon().day_parts[g(m, 'podset')]}")


def set_(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = lexicon()
    if m.group("adv"):
        return Candidate(m.start(), m.end(), "SET", lex.sets[g(m, "adv")])
    if m.group("unit"):
        n = 2.0 if lex.units[g(m, "unit")][1] == 2 else 1.0  # كل أسبوعين
        if m.group("num"):
            p = parse_number(g(m, "num"))
            if p is None or p.value is None:
                return None
            n = p.value
        unit = lex.units[g(m, "unit")][0]
        if unit == "D" and n == 1.0 and not m.group("part") and (pm := POD_EVERY.search(
                ctx.text, max(0, m.start() - 8), m.start())) and not NOT_EVERY_DAY.match(ctx.text, m.end()):
            # «صباح كل يوم», «فجر كل يوم»: that part of every day (session 15)
            return Candidate(pm.start("pod"), m.end(), "SET", f"XXXX-XX-XXT{lex.day_parts[pm.group('pod')]}")
        return Candidate(m.start(), m.end(), "SET", _duration_value(n, unit), mod_of_part(g(m, "part")))
    u = g(m, "unit2")
    u = u[2:] if u.startswith("ال") and u[2:] in lex.units else u
    return Candidate(m.start(), m.end(), "SET", _duration_value(1.0, lex.units[u][0]))
