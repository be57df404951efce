"""The time-expression grammar: regex families compiled once from the lexicons.

Each family is one compiled ``regex`` pattern with named groups, run over the
normalised text (``match_form``: hamza/alef, taa marbuta → ه, digits → ASCII). A match
starts after any attached clitics (و ف ب ل ك), which stay outside the span; the
handlers in :mod:`khabar.extract.times.handlers` turn a match into a time value.
Family order is the tie-break priority when two candidates cover the same span.
"""

from __future__ import annotations

from functools import cache

import regex

from khabar.extract.times.lexicon import Lexicon, alt, lexicon
from khabar.numbers import expression_pattern, word_pattern, words

B = r"(?<=(?:^|[^\p{L}\p{N}])(?:[وف]?[بلك]?))"  # word start, clitics outside the match
E = r"(?![\p{L}\p{N}])"  # word end
# the end of a word that ends in a letter, digits glued after it allowed: wire copy glues the next
# number to a time word («حتي أمس42 مصابا», «العام الحالي12 اتفاقية», «الأربعاء27/10/1436هـ»; session 19)
EG = r"(?!\p{L})"
# a year is not glued to digits; after «/» only as the second of two years («2015/2016»)
YEAR = r"(?<![\d.,])(?:(?<=(?<!\d)(?:1\d|20)\d\d\s?/\s?)|(?<!/))(?:1[0-9]\d\d|20\d\d|21\d\d)(?!\d|[.,]\d|م[23](?!\d))"
HYEAR = r"(?<![\d.,])(?:(?<=(?<!\d)1[34]\d\d\s?ه?\s?/\s?)|(?<!/))1[3-4]\d\d(?!\d|[.,]\d)"
DAY = r"(?<![\d.,/:])(?:0?[1-9]|[12]\d|3[01])(?![\d.,/:]\d|\d)"
ERA_G = r"(?:\s*(?:م|ميلادي|ميلاديه|للميلاد)(?![\p{L}]|(?<=م)[23](?!\d)))"  # not «1500م2» (square metres)
ERA_H = r"(?:\s*(?:ه|هجري|هجريه|للهجره)(?![\p{L}]))"
ART = r"(?:ال|(?<=ل)ل)"  # the article; after the preposition ل it loses its alef («للعام»)
# the dual «عامي 1940 و1943» too; wire copy glues the digits to the classifier («عام1781», «العام1999»)
CLS = rf"(?:(?:{ART})?(?:عام|سنه|عامي|سنتي)(?:\s+|(?=\d)))"
THIS = r"(?:(?:هذا|هذه)\s+(?=ال))?"  # «هذا العام 1436هـ»
# «العام الحالي 1436هـ», «للعام الماضي 1435هـ»: the year's relation before the Hijri year it names
CUR = r"(?:(?<=(?:عام|سنه)\s)(?:الحالي|الجاري|الماضي|المنصرم|المقبل|القادم|الحاليه|الجاريه|الماضيه|المقبله|القادمه)\s+)?"
PLURALS = "ايام اسابيع اشهر شهور سنوات اعوام سنين عقود ساعات دقائق".split()


def _units(lex: Lexicon, count: int | None = None) -> str:
    return alt(f for f, (_, c) in lex.units.items() if count is None or c == count)


@cache
def families() -> tuple[tuple[str, regex.Pattern], ...]:
    """``(name, compiled pattern)`` for every rule family, in priority order."""
    lex = lexicon()
    REL = alt(lex.relative)
    PART = alt(lex.period_parts)
    POD = alt(lex.day_parts)
    ADV = alt(lex.adverb_parts)
    WD = alt(lex.weekdays)
    GM = alt(lex.months)
    HM = alt(lex.hijri_months)
    OCC = alt(lex.occasions)
    UNIT = _units(lex)
    UNIT1 = _units(lex, 1)
    UNIT2 = _units(lex, 2)
    APPROX = alt(lex.approximators)
    NUM = expression_pattern()
    NUMW = word_pattern()
    HOURS = alt(lex.hours)
    DEC = alt(lex.decades)
    SETS = alt(lex.sets)
    VAGUE = alt(lex.vague)
    PL = alt(PLURALS)
    DEF_UNITS = ART + alt(f for f, (_, c) in lex.units.items() if c in (0, 2))
    # «الثلاث السنوات»: the definite number words (3–10 and the tens)
    DEF_NUMW = alt(w for w, (_, kind) in words().items() if kind in ("unit_def", "ten_def"))
    lead = rf"(?:(?P<part>{PART})\s+(?:من\s+)?)?(?:(?P<pod>{POD})\s+)?(?:(?P<yawm>يوم|اليوم(?=\s+(?:ال\s{{0,2}}\d|\d{1,2}\s+من\s)))\s+)?"
    # «الأربعاء المقبل 27 شوال»: a weekday's «المقبل/الماضي» before the day it names
    WD_REL = rf"(?:\s+{REL}{E}(?=\s*,?\s*(?:ال\s{{0,2}})?\d))?"
    # «الأسبوع الأول/الأخير من سبتمبر»: a week of the month (days 1–7 … the last seven)
    WEEK = rf"(?:(?P<week>{ART}اسبوع\s+(?:الاول|الثاني|الثالث|الرابع|الاخير)){E}\s+(?:من\s+)?)?"
    ORDD = alt(lex.ordinals)
    ORD_DAY = rf"(?<!(?:الاسبوع|الشهر|العام|السنه|الربع|النصف|الجزء|الموسم|الفصل|اليوم|الدور|المركز)\s){ORDD}(?=\s+من\s)"
    RD_WD = r"(?:(?:اليوم|امس|الامس)[^\S\n]+)?"  # «اليوم الاثنين 10 أغسطس»: today named with its date
    wd_day = (
        rf"(?:{RD_WD}(?P<wd>{WD}){E}{WD_REL}\s*,?\s*)?(?:(?P<day>(?:ال\s{{0,2}})?{DAY}|{ORD_DAY}|غره(?=\s))\s*(?:من\s+|(?P<dsep>[/\-])\s*)?)?"
        # «خلال شهر "يوليو" الماضي»: a month name in quotation marks after «شهر» (session 14)
        rf"(?:(?P<shahr>شهر\s+)(?P<oq>[\"«“](?=\p{{L}}+[\"»”]))?)?"
    )
    # «الأشهر السبعة الأولى من عام 2015», «الأشهر الستة الأخيرة من العام الماضي»: the first or
    # last months of a year (the plural family's handler checks the unit and the number)
    FIRST = (
        rf"(?<=\p{{L}})\s+(?P<first>الاولي|الاخيره){E}\s+(?:من\s+|ل(?=ل?(?:عام|سنه)))"
        rf"(?:(?:هذا|هذه)\s+(?P<fthis>العام|السنه)|(?:ال|(?<=ل)ل)?(?:عام|سنه)\s+(?:(?P<frel>{REL})|(?P<fyear>{YEAR}))"
        rf"|(?P<fyear2>{YEAR})|(?P<fbare>(?:ال|(?<=ل)ل)(?:عام|سنه)){E}(?!\s+ال\p{{L}})){ERA_G}?{E}"
    )
    # «أبريل (نيسان) هذا العام»: «this year» after a month is its year, one span (session 21; «هذا» counts 0)
    yrel = (rf"\s+(?:من\s+)?(?P<ycls>(?:ال)?(?:عام|سنه))\s+(?P<yrel>{REL}){E}|\s+(?P<rel>{REL}){E}"
            rf"|\s+(?:من\s+)?(?P<yrel>هذا|هذه)\s+(?P<ycls>العام|السنه){E}")
    # an amount of time (the duration family and its glued twin): «قبل/بعد/منذ» and approximators before it
    DURATION = (
        rf"(?:(?P<rel>قبل|بعد|منذ|مرور)(?:\s+|(?=\d)))?(?:(?P<last>اخر|اول)\s+(?=\d|{NUMW}))?(?:(?P<approx>{APPROX})\s+)?"
        rf"(?:(?:ال\s{{0,2}}(?=\d))?(?:\(\s*(?P<num>\d+)\s*\)|(?P<num>{NUM}))\s*(?P<unit>{UNIT}){E}"
        # «خلال 12 ساعة المقبلة»: an indefinite amount with the definite «next/last» after it
        rf"(?:\s+(?:المقبله|القادمه|الماضيه|الاخيره|المنصرمه){E})?|(?P<dual>{UNIT2}){E}"
        rf"|(?P<vague>عده|بضعه|بضع)\s+(?P<vunit>{UNIT}){E}|(?P<vunit2>{PL})\s+(?:(?:طويله|عديده|مديده|معدوده|معدودات){E}|طوال{E}(?!\s+\S*ال))"
        # «السنين الطوال», «الساعات الطويلة»: the definite vague duration
        rf"|ال(?P<vunit2>{PL})\s+ال(?:طويله|عديده|مديده|معدوده|طوال){E}|(?P<frac>نصف|ربع)\s+(?P<funit>{UNIT1}){E}"
        # «(منذ) ما يقارب السنة والنصف»: a definite unit and a half, after an approximator or «منذ»
        rf"|(?P<defsing>ال(?=\p{{L}}+\s+و\s*ال(?:نصف|ربع){E}))?(?P<sing>{UNIT1}){E}(?:\s+(?P<one>واحد|واحده){E})?(?!\s*(?:\d|{NUMW})))"
        rf"(?:\s+و\s*(?P<half>(?:ال)?(?:نصف|ربع))(?:\s+(?P<hunit>(?:ال)?{UNIT1}))?{E})?"
    )
    fam = {
        "gdate": (
            # a day glued to the word before it («احداث11 سبتمبر», «يوم22 يوليوز2006»): the word stays outside
            rf"(?:{B}|(?<=\p{{L}})(?=\d{{1,2}}\s*{GM}(?!\p{{L}}))){WEEK}{lead}{wd_day}(?P<m1>{GM})(?:{E}|(?=(?:1\d|20)\d\d(?!\d)))(?(oq)[\"»”])"
            rf"(?:\s*[/(\-]\s*(?P<m2>{GM}){E}(?:\s*\))?|\s+(?P<m3>{GM}){E})?"
            rf"(?:\s*[,/\-]?\s*(?:من\s+)?(?P<cls>{CLS})?(?:\(\s*(?P<year>{YEAR})\s*\)|(?P<year>{YEAR}))(?P<era>{ERA_G})?|{yrel})?"
        ),
        "hdate": (
            # «العشر الأواخر من رمضان»: a ten-day third of the month; «الدمام25 شوال 1436 هـ»:
            # a dateline's full date glued to the city before it
            rf"(?:{B}|(?<=\p{{L}})(?=\d{{1,2}}\s*{HM}\s+1[34]\d\d))(?:(?P<ten>العشر\s+(?:الاواخر|الاخيره|الاوائل|الاولي|الاول|الاواسط|الوسطي)){E}\s+(?:من\s+)?)?"
            rf"{WEEK}{lead}{wd_day}(?P<hm>{HM}){E}(?(oq)[\"»”])(?:\s+(?:ال)?(?:مبارك|كريم|فضيل){E})?"
            rf"(?:\s*,?\s*(?:من\s+)?(?P<cls>{CLS})?(?:\(\s*(?P<year>{HYEAR}|{YEAR})\s*\)|(?P<year>{HYEAR}|{YEAR}))"
            rf"(?P<era>{ERA_H}|{ERA_G})?|{yrel})?"
        ),
        "occasion": (
            rf"{B}(?:(?P<nth>اول|ثاني|ثالث|رابع|اخر)\s+(?:ايام\s+)?)?(?P<occ>{OCC}){E}"
            rf"(?:\s+(?:ال)?مبارك{E})?"
            rf"(?:\s+(?:من\s+)?(?P<cls>{CLS})?(?P<year>{HYEAR}|{YEAR})(?P<era>{ERA_H}|{ERA_G})?|\s+(?P<rel>{REL}){E})?"
        ),
        "numdate": (
            # «بنهاية يوم 21/10/1436هـ»: a part of the day's span before «يوم»
            # «صباح يوم السبت 2-10-1436هـ»: a part of the day before «يوم» too (session 17)
            rf"{B}(?:(?:(?P<part>{PART})\s+|(?P<pod>{POD})\s+)?يوم\s+)?(?:{RD_WD}(?P<wd>{WD}){EG}{WD_REL}\s*,?\s*)?(?<![\d/\-])(?<!\d\.)(?P<a>\d{{1,4}})"
            rf"(?:(?P<sep>\.)|\s?(?P<sep>[/\-])\s?)(?P<b>\d{{1,2}})(?:(?P=sep)|\s?(?P=sep)\s?)(?P<c>\d{{1,4}})"
            rf"(?![\d./\-]\d|\d)(?P<era>{ERA_H}|{ERA_G})?"
        ),
        # «من تاريخ ١٨ / ١٠ الى ٢١ / ١٠», «ما بين 10 / 25 وحتى 10 / 29», «من 8/8 إلى 21/8/2015»: a day and month
        # without a year, in a range of two such days (session 22; the handler picks the calendar)
        "numrange": (
            r"(?<=(?<!\p{L})(?:من|بين)\s+(?:تاريخ\s+)?)(?P<a>\d{1,2})\s?/\s?(?P<b>\d{1,2})(?![\d/]|\s/)"
            r"(?=\s*[وف]?(?:الي|حتي|-|–)\s*\d{1,2}\s?/\s?\d{1,2}(?:\s?/\s?(?P<y2>\d{4})(?!\d))?(?![\d/]|\s/))"
            r"|(?<=(?<!\p{L})(?:من|بين)\s+(?:تاريخ\s+)?\d{1,2}\s?/\s?\d{1,2}\s*[وف]?(?:الي|حتي|-|–)\s*)"
            r"(?P<a>\d{1,2})\s?/\s?(?P<b>\d{1,2})(?![\d/]|\s/)"
        ),
        # «الربع الثاني من العام», «النصف الأول لعام 2015», «للنصف الأول من هذا العام»,
        # a bare «الربع الثالث» (not before «من» + a non-year noun); the Maghrebi quarter «الفصل
        # الثاني من السنة الجارية» only with its year (the handler checks; session 15), and so the
        # Maghrebi half year «السداسي الأول من سنة 2015» and quarter «الثلاثي الأول من 2015» (session 17)
        # «بين 10 و15 أغسطس», «من 3 إلى 7 شوال»: the first day takes the second's month; after the dual
        # «يومي» a comma may stand before «و» («يومي 14، و17 من الشهر الجاري», session 22)
        "dayrange": (
            rf"{B}(?P<yawmi>يومي\s+)?(?P<d1>{DAY})(?=(?(yawmi)\s*[،,]?)\s*(?:و|-|–|الي|حتي)\s*(?P<d2>(?:ال\s{{0,2}})?{DAY})\s+(?:من\s+)?(?:شهر\s+)?(?:{GM}|{HM}|الشهر\s+{REL}){E})"
        ),
        "quarter": (
            rf"{B}(?:(?P<part>{PART})\s+(?:من\s+)?)?(?P<qh>الربع|النصف|الفصل|الثلاثي|السداسي|(?<=ل)ل(?:ربع|نصف))\s+(?:(?P<ord>الاول|الثاني|الثالث|الرابع|الاخير)"
            # «في الربع الماضي», «الربع المقبل»: the quarter before/after the dateline's
            rf"|(?<=ربع\s)(?P<qrel>الماضي|المنصرم|الفائت|المقبل|القادم|الحالي|الجاري)){E}"
            rf"(?:\s+(?:من\s+|ل(?=ل?(?:عام|سنه)))?(?:(?P<this>هذا|هذه)\s+)?(?:(?P<cls>(?:ال|(?<=ل)ل)?(?:عام|سنه))"
            # «الربع الثالث من العام الهجري الجاري»: a quarter of the Hijri year (session 16)
            rf"(?:\s+(?P<hij>الهجري|الهجريه){E})?"
            # «الربع الأول من العام نفسه»: the year of the expression before (merge.same_days)
            rf"(?:\s+(?P<rel>{REL}){E}|(?<=(?:ال|ل)(?:عام|سنه))\s+(?P<same>نفسه|ذاته|نفسها|ذاتها){E})?(?:\s+(?P<year>{YEAR}))?"
            rf"|(?P<year2>{YEAR}))|(?P<bare>(?!\s+من\s)(?<=(?:ربع|نصف)\s+\S+)))"
        ),
        "hyear": (
            rf"{B}(?P<cls>{THIS}{CLS}{CUR})?(?:\(\s*(?P<year>{HYEAR})\s*\)|(?P<year>{HYEAR}))(?P<era>{ERA_H})"
            # «1436 / 1437هـ»: the first Hijri year of a range takes the era of the second
            rf"|{B}(?P<year>{HYEAR})(?=\s*[/\-–]\s*1[34]\d\d{ERA_H})"
            # «عام 1295هـ», «سنة 922 هـ»: an earlier Hijri year needs its classifier and era («سنة 20
            # هجرية», «عام661 هجرية»: one to four digits, session 19; in brackets «عام (1256) هجري», session 20)
            rf"|{B}(?P<cls>{CLS})(?:\(\s*(?P<year>[1-9]\d{{0,3}})\s*\)|(?<![\d.,])(?P<year>[1-9]\d{{0,3}})(?!\d))(?P<era>{ERA_H})"
        ),
        # «عام (1976)», «سنة (1935) م»: a bracketed year after a classifier
        "gyear": (
            rf"{B}(?:(?P<part>{PART})\s+(?:من\s+)?)?(?:(?P<cls>{THIS}{CLS})\(\s*(?P<year>{YEAR})\s*\)|(?P<cls>{THIS}{CLS})?(?P<year>{YEAR}))"
            rf"(?P<era>{ERA_G})?"
        ),
        # «عام 500 قبل الميلاد», «323 ق.م», «سنة 622 م»: years with an explicit era
        "yearera": (
            rf"{B}(?:(?P<cls>{CLS})(?P<y>\d{{1,4}})(?!\d)\s*(?P<era>ق\s?\.?\s?م\b\.?|قبل\s+الميلاد{E}|للميلاد{E}|ميلاديه{E}|م(?![\p{{L}}]|[23](?!\d)))"
            rf"|(?P<y2>\d{{1,4}})(?!\d)\s*(?P<era2>ق\s?\.\s?م\.?|قبل\s+الميلاد{E}|للميلاد{E}))"
        ),
        "decade": (
            rf"{B}(?:(?P<part>{PART})\s+(?:من\s+)?)?(?:(?:ال)?عقد\s+)?(?P<dec>{DEC}){E}"
            rf"(?:\s+(?:من\s+)?(?P<century>(?:ال)?قرن\s+(?:(?:ال)?ميلادي\s+)?(?:ال)?(?:ماضي|عشرين|منصرم|حالي|الحادي\s+والعشرين)){E})?"
            rf"(?:\s+(?:ال)?ميلاديه{E})?"
        ),
        # «القرن العشرين», «القرن الـ19», «منتصف القرن الماضي», «القرن الرابع عشر الهجري»
        "century": (
            rf"{B}(?:(?P<part>{PART})\s+(?:من\s+)?)?(?:(?P<this>هذا)\s+)?(?P<c>ال)?قرن{E}"
            rf"(?:\s+(?:(?P<cn>(?:ال\s{{0,2}})?\d{{1,2}}(?!\d))|(?P<cw>{ORDD}){E})(?:\s+(?P<cal>(?:ال)?(?:ميلادي|هجري)){E}|(?P<bc>\s+قبل\s+الميلاد{E}))?"
            rf"|(?:\s+(?P<cal2>(?:ال)?(?:ميلادي|هجري)){E})?\s+(?P<rel>{REL}){E}|(?<=هذا\s+القرن))"
        ),
        # «مطلع الألفية الثالثة», «الألفية الجديدة», «بداية الألفية» (needs a part or a qualifier)
        "millennium": (
            rf"{B}(?:(?P<part>{PART})\s+(?:من\s+)?)?{ART}الفيه{E}"
            rf"(?:\s+(?:(?P<ord>الاولي|الثانيه|الثالثه|الرابعه)|(?P<rel>الجديده|الحاليه|الماضيه|السابقه|المنصرمه|المقبله|القادمه)){E})?"
            rf"(?P<bc>\s+قبل\s+الميلاد{E})?"
        ),
        "clock": (
            rf"{B}(?:(?P<cls>(?:ال)?ساعه)\s+)?(?P<hh>\d{{1,2}})(?P<sep>[:.]|(?<=ساعه\s+\d{{1,2}}),)(?P<mm>\d{{2}})(?::(?P<ss>\d{{2}}))?(?![\d.,:]\d|\d)"
            rf"(?:\s*(?:دقيقه\s+)?(?P<adv>{ADV}){E})?"
        ),
        "clockword": (
            rf"{B}(?:(?P<cls>(?:ال)?ساعه)\s+(?:(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)|(?:ال\s{{0,2}}(?=\d))?(?P<hw>{HOURS}|\d{{1,2}}))|(?P<hw2>{HOURS})(?=\s+(?:{ADV}|(?:من\s+)?(?:{POD})))|(?:ال\s{{0,2}}(?=\d))?(?<![\d.,:/])(?P<hw3>\d{{1,2}})(?=\s+{ADV}{E}(?!\s+(?:يوم\s+)?(?:{WD}|امس|الامس|اليوم|غد|الغد){E}))"
            # «(0230 بتوقيت جرينتش)»: hours and minutes in four digits before a time zone
            rf"|(?<![\d.,:/])(?P<hhmm2>(?:[01]\d|2[0-3])[0-5]\d)(?=\s+(?:بتوقيت|بالتوقيت){E})"
            # «من الثالثة عصرا … في الخامسة … حتى السابعة مساء»: a bare hour word after a
            # preposition, a clock time only beside another clock time (the handler checks)
            rf"|(?<=(?:^|[^\p{{L}}])[وف]?(?:في|حتي|الي|من|منذ|بعد|قبل)\s)(?P<hw4>{HOURS})(?=\s*[,،.]|\s+(?:و|ثم|حتي|الي|او|وحتي|والي){E}))"
            rf"(?![\p{{L}}\p{{N}}:]|\.\d)"  # a full stop may follow («حتى الساعة السادسة.»), not «5.30»
            rf"(?:\s+(?:و\s*)?(?P<frac>النصف|الربع|نصف|ربع|الثلث|ثلث){E})?"
            rf"(?:\s+(?:الا)\s+(?P<minus>ربعا|ربع|ثلثا|ثلث){E})?"
            rf"(?:\s+(?:من\s+)?(?:(?P<adv>{ADV})|(?P<pod>{POD})){E}"
            rf"(?:\s+(?P<rd>(?:نفس|ذات)\s+اليوم|اليوم\s+(?:نفسه|ذاته)|اليوم|امس|الامس|غدا|غد|الغد){E}|\s+(?:يوم\s+)?(?P<wd>{WD}){E}(?:\s+(?P<rel>{REL}){E})?)?)?"
        ),
        # «في 30ر8 بتوقيت مكة المكرمة»: the wire decimal (minutes ر hour) before a time zone (session 20;
        # its own family, anchored on the digits, so that clockword's windows pay nothing for it)
        "wireclock": rf"(?<![\d.,:/ر])(?P<wmm>[0-5]\d)ر(?P<whh>[01]?\d|2[0-3])(?!\d)(?=\s+(?:بتوقيت|بالتوقيت){E})",
        "weekday": (
            # «(عدا أيام الجمع)», «أيام الآحاد»: the plural of a weekday after «أيام» — every such day
            rf"{B}(?:(?P<every>كل|ايام|ايامي)\s+)?(?:(?P<pod>{POD})\s+)?(?:(?P<yawm>يومي?|نهار)\s+)?"
            rf"(?:(?P<wd>{WD})|(?<=ايام\s)(?P<wdpl>الجمع|الاحاد)){E}(?:\s+(?P<rel>{REL}){E})?"
            rf"(?:\s*\(\s*(?P<wd2>{WD})\s*\))?"
        ),
        "relday": (
            # «يوم أمس», «نهار اليوم»: «يوم» before a relative day and «نهار» (daytime) are inside
            rf"{B}(?:(?P<pod>{POD})\s+)?(?:(?:يوم(?=\s+(?:امس|الامس|اول|البارحه|غدا){E})|نهار)\s+)?(?P<rd>(?:نفس|ذات)\s+اليوم|اليوم\s+(?:نفسه|ذاته)|هذا\s+اليوم|الليله\s+الماضيه|هذه\s+الليله|هذا\s+الصباح|هذا\s+المساء|اليوم|امس\s+الاول|اول\s+(?:من\s+)?(?:امس|الامس)|الامس|امس|البارحه|غدا|بعد\s+غد|يوم\s+غد|الغد|غد|بكره|بكرا){EG}"
            rf"(?:\s+(?:يوم\s+)?(?P<wd>{WD}){E})?(?:\s*\(\s*(?P<wd2>{WD})\s*\))?"
        ),
        "relperiod": (
            # «الأسبوع الأول من الشهر المقبل», «الأسبوع الأخير من هذا الشهر»: a week of a relative month (session 17)
            rf"{B}(?:(?P<week>{ART}اسبوع\s+(?:الاول|الثاني|الثالث|الرابع|الاخير)){E}\s+من\s+(?=(?:هذا\s+)?الشهر{E}))?"
            rf"(?:(?P<part>{PART})\s+)?(?:(?:يوم\s+)?(?P<day>(?:ال)?{DAY}|{ORD_DAY})\s+(?:من\s+)?(?=(?:(?:نفس|ذات)\s+)?الشهر))?"
            rf"(?:(?P<this>هذا|هذه)\s+|(?P<same>نفس|ذات)\s+(?=ال))?(?P<per>{ART}(?:اسبوع|شهر|عام|سنه|عقد)){E}"
            # «في الشهر نفسه», «العام ذاته»: the period of the expression named last (merge.same_days);
            # «يوم» before the day is inside, as before a day of a named month («يوم الثامن من الشهر ذاته», session 22)
            rf"(?:\s+(?P<same2>نفسه|ذاته|نفسها|ذاتها){E})?"
            # «العام الهجري الجاري», «العام الدراسي المقبل/الجديد», «السنة الميلادية»
            rf"(?:\s+(?P<kind>الهجري|الهجريه|الميلادي|الميلاديه|الدراسي|الدراسيه|الجامعي|الجامعيه|التدريبي|التدريبيه|الاكاديمي|الاكاديميه|المالي|الماليه){E}"
            rf"(?:\s+(?P<new>الجديد|الجديده){E})?)?"
            rf"(?:\s+(?P<rel>{REL}){EG})?"
        ),
        # «حتى 25 الجاري», «يوم 13 من الجاري»: a day of the current month, the month left out
        # «في 13 منه»: a day of the month just named (after a temporal preposition)
        # «في الثامن منه» (session 16): an ordinal day word before «منه»
        "curday": rf"{B}(?:(?P<yawm>يوم)\s+)?(?P<day>(?:ال\s{{0,2}})?{DAY}|{ORDD}(?=\s+منه{E}))\s+(?:(?:من\s+)?(?:الشهر\s+)?(?P<cur>الجاري|الحالي)|(?P<of>منه)){E}",
        # «الأيام الماضية», «الساعات الـ24 الماضية», «الساعات الأربع والعشرين الأخيرة»,
        # «الأيام القليلة الماضية»
        "plural": (
            # «الثلاث السنوات الماضية»: a definite number word before the definite plural
            rf"{B}(?:(?P<pnum>{DEF_NUMW}){E}\s+(?={DEF_UNITS}{E}))?(?P<pl>{DEF_UNITS}){E}(?:\s+(?P<num>ال\s{{0,2}}\d{{1,3}}(?!\d)|{NUMW}(?:\s+و\s*{NUMW})?){E})?"
            rf"(?:\s+(?:ال)?(?:قليله|معدوده|عديده|طويله){E}(?=\s+(?:{REL}){E}))?(?:{FIRST}|\s+(?P<rel>{REL}){E}|(?<=\d|\p{{L}}))"
        ),
        # «في أعوام سابقة», «لسنوات مقبلة», «في غضون أسابيع قليلة مقبلة»: an indefinite plural
        # period with an indefinite «past/next» adjective, as the definite «السنوات الماضية» (session 17)
        "iplural": rf"{B}(?P<ipl>{PL})(?:\s+(?:قليله|عديده){E})?\s+(?P<irel>سابقه|ماضيه|مقبله|قادمه){E}",
        "duration": rf"{B}" + DURATION,
        # digits glued to the word before the amount («في ظرف3 دقائق», «يناهز23 عاما», «بين6 اشهر»: wire copy;
        # the word stays outside; session 19): a family of its own, anchored by such digits only
        "gduration": rf"(?<=\p{{L}})(?=\d{{1,4}}\s*(?:{UNIT}){E})" + DURATION,
        "vagueago": (
            rf"{B}(?P<rel>منذ)\s+(?P<old>القدم|القديم|الازل){E}|"  # «منذ القدم»: since olden times
            rf"{B}(?P<rel>قبل|بعد|منذ)\s+(?P<pl>{PL}|فتره|زمن|(?:وقت|مده)(?=\s+(?:طويل|طويله|بعيد|قصير|قصيره|وجيز|وجيزه){E})){E}"
            rf"(?:\s+(?P<adj>وجيزه|قصيره|طويله|قليله|عديده|عده|مضت|طويل|بعيد|قصير|وجيز){E})?"
        ),
        "set": (
            # «بداية كل عام دراسي»: a part before «كل» and the kind of year after the unit are inside
            rf"{B}(?:(?P<adv>{SETS}){E}|(?:(?P<part>{PART})\s+(?=كل\s))?(?:(?:مره|مرتين|(?:\d+|{NUMW})\s+مرات)(?:\s+واحده)?\s+)?كل\s+(?:(?P<num>{NUM})\s*)?(?P<unit>{UNIT}){E}"
            rf"(?:\s+(?:دراسي|دراسيه|مالي|ماليه|هجري|هجريه|ميلادي|ميلاديه|جامعي|جامعيه){E})?"
            rf"|(?P<times>مره|مرتين|(?:\d+|{NUMW})\s+مرات)(?:\s+واحده)?\s+(?:في|كل)\s+(?P<unit2>(?:ال)?{UNIT1}){E})"
        ),
        # «يقام كل مساء», «كل ليلة»: that part of every day (session 15; not «كل عصر» = every age)
        "podset": rf"{B}كل\s+(?P<podset>(?!عصر|ظهر){POD}){E}(?!\s+(?:ال|يوم|\d)|\s+(?:{WD}))",
        # «للفترة القادمة»: after the preposition ل the article loses its alef (ل + لفترة)
        "vague": rf"{B}(?:(?P<v>{VAGUE})|(?<=ل)ل(?P<v2>{alt(v[2:] for v in lex.vague if v.startswith('ال'))})){E}",
        # «مساء» alone is too often a noun: the unambiguous adverbs, and a bare «مساء» after a word
        # (or a closing quote) and before a preposition or a stop («على أن يطير مساء إلى لندن»,
        # «يغادر إلى "لندن" مساء بعد»; session 14; the handler checks the word before)
        "podadv": (
            rf"{B}(?P<adv>{alt(a for a in lex.adverb_parts if a != 'مساء')}){E}"
            rf"|(?<=[\p{{L}}\"»”][^\S\n]+)(?P<eve>مساء)(?=[^\S\n]*(?:[,،.؛:)!؟?]|$)|\s+(?:الي|بعد|بسبب|مع|في|علي|حتي|قبل){E})"
        ),
    }
    return tuple((name, regex.compile(p)) for name, p in fam.items())
