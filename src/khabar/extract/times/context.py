"""Shared pieces of the time rules: the candidate record, the matching context (text,
dateline, neighbouring words, future cues) and small helpers for the rule handlers."""


from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from khabar.extract.times import resolve as R
from khabar.extract.times.lexicon import key, lexicon, norm
from khabar.text.normalize import word_before

UNIT_DAYS = {"D": 1, "W": 7}
ISO_UNIT = {"D": "D", "W": "W", "M": "M", "Y": "Y", "DE": "Y", "CE": "Y", "H": "H", "MIN": "M", "S": "S"}
UNIT_SCALE = {"DE": 10, "CE": 100}
TIME_UNITS = {"H", "MIN", "S"}
ORD = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 0}
NTH = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4}
RELDAY = {"اليوم": 0, "هذا اليوم": 0, "امس": -1, "الامس": -1, "يوم غد": 1, "غد": 1, "الغد": 1, "بكره": 1, "بكرا": 1, "البارحه": -1, "اول امس": -2, "امس الاول": -2,
          "اول من امس": -2, "اول من الامس": -2, "اول الامس": -2,
          "غدا": 1, "بعد غد": 2, "الليله الماضيه": -1, "هذه الليله": 0, "هذا الصباح": 0, "هذا المساء": 0}
# relative days that name a part of the day: «الليلة الماضية» (last night), «هذا الصباح»
RELDAY_PART = {"الليله الماضيه": "NI", "هذه الليله": "NI", "هذا الصباح": "MO", "هذا المساء": "EV"}
# س + imperfect verb («سيعقد», «ستبدأ», «سنعلن»): at least five letters, not a listed noun
FUTURE_SA = regex.compile(r"(?<![\p{L}])[وف]?(س[يتن][\p{L}]{3,})(?![\p{L}])")
# four letters (session 25): س + ي/ت/ن + a two-letter imperfect stem is a future verb only when the stem is
# one of the assimilated or doubled verbs of future.txt's [short_stems] («سيصل», «ستقع», «سيظل», «ستضم»); four-
# letter words in س are mostly nouns and names («سيتي», «سيما», «سياق», «ستين», «سنوي», «سيدي»)
FUTURE_SA4 = regex.compile(r"(?<![\p{L}])[وف]?(س[يتن](\p{L}{2}))(?![\p{L}])")


# a word before which «س + imperfect» cannot be a verb (session 24): a preposition or adverbial noun
# («في سيفاري», «داخل سيريزا», «تحت سيطرتها», «على سندرلاند») governs a noun. Not a verb of saying:
# after «وقال» a future verb is ordinary reported speech («وأضاف سيعقد الاجتماع الخميس»), and the
# name it sometimes takes as subject («وقال ستاثاكيس») cannot be told from that verb by its shape
NOT_BEFORE_VERB = frozenset(norm(w) for w in (
    "في إلى على عن مع داخل خارج بين حول لدى عند ضد نحو عبر مثل بحسب حسب أمام وراء خلف تحت فوق دون بدون "
    "منذ بعد قبل خلال لدي وفي وإلى وعلى وعن ومع وبين").split())


def _future_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    from importlib import resources

    text = resources.files("khabar.resources.times").joinpath("future.txt").read_text(encoding="utf-8")
    sections: dict[str, set[str]] = {"words": set(), "scheduled": set(), "not_verbs": set(), "short_stems": set()}
    cur = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            cur = line.strip("[]")
            continue
        sections[cur].add(norm(line))
    return frozenset(sections["words"] | sections["scheduled"]), frozenset(sections["scheduled"]), frozenset(
        sections["not_verbs"]), frozenset(sections["short_stems"])


FUTURE_WORDS, SCHEDULED, NOT_VERBS, SHORT_STEMS = _future_lists()
FUTURE = regex.compile(r"(?<![\p{L}])[وف]?(?:" + "|".join(sorted(FUTURE_WORDS, key=len, reverse=True)) + r")(?![\p{L}])")
PAST = regex.compile(
    r"(?<![\p{L}])(?:[وف]?(?:لقد|قد)\s+(?![يتن])\p{L}{3,}|[وف]?(?:كان|كانت|كانوا)|[وف]?\p{L}{3,}[^اي\s]وا)(?![\p{L}])")
PAST_AFTER = regex.compile(r"\s*[,،]\s*")
# «غرامة (قد) تصل إلى 300 ريال», «السجن مدة تصل إلى 3 سنوات»: the imperfect «يصل/تصل إلى» right
# before an amount (not «لتصل إلى», "so as to reach", nor the perfect «وصلت إلى») is an upper
# bound, at_most / EQUAL_OR_LESS; the verb stays outside the span («ما يصل إلى» is an approximator)
UP_TO_VERB = regex.compile(r"(?<![\p{L}])(?<!ما\s)(?P<before>\p{L}+\s+)?[وف]?[يت]صل\s+(?:الي|حتي)\s+$")
NOT_UP_TO = frozenset({"ان", "حتي", "كي", "لكي", "لن", "لم", "قد", "ربما"})
# a noun of measure or a total right before «تصل إلى» states the amount, not a ceiling (session 12)
MEASURE_UP_TO = frozenset({"مسافه", "قيمه", "طول", "مساحه", "ارتفاع", "عمق", "حجم", "وزن", "اجمالي", "اجماليه",
                           "تكلفه", "كلفه", "مبلغ", "اجماليا",
                           "نسبه"})  # «بنسبة تصل إلى 15 في المائة» (session 15)


def up_to(text: str, pos: int) -> bool:
    """«يصل/تصل إلى» right before ``pos`` reads "up to": after «قد/ربما» or after an indefinite
    noun it qualifies («غرامة تصل إلى», «عددا يصل إلى»); not after a definite subject («المسافة
    الآن تصل إلى 23 كلم», "amounts to") nor after «أن/حتى» («يتوقع أن يصل إلى»: a point forecast)."""
    m = UP_TO_VERB.search(text, max(0, pos - 40), pos)
    if m is None:
        return False
    before = (m.group("before") or "").strip()
    if before in ("قد", "ربما"):
        return True
    if (before[1:] if before[:1] == "ب" else before) in MEASURE_UP_TO:
        return False  # «بمسافة تصل إلى 325 كيلومترا», «بقيمة إجمالية تصل إلى»: a measure, "amounting to"
    return bool(before) and not before.startswith(("ال", "وال")) and before not in NOT_UP_TO
DERIVED_PERFECT = regex.compile(r"[وف]?ا(?!ل)\p{L}{3,5}(?<!ا)ت(?![\p{L}])")
FUTURE_AFTER = regex.compile(r"(?<![\p{L}])(?:متوقع|متوقعه|المتوقع|المقرر|المرتقب|المقبل)(?![\p{L}])")
# «إن شاء الله», «بإذن الله», «بمشيئة الله» (God willing) are said of what is still to come
# «على أن يكون التجمع الأربعاء», «على أن تقام المباراة الخميس»: a stipulated plan (session 14)
STIPULATED = regex.compile(r"(?<![\p{L}])[وف]?علي\s+ان\s+[يتن]\p{L}{2,}(?![\p{L}])")
GOD_WILLING = regex.compile(r"(?<![\p{L}])(?:ان\s+شاء\s+الله|[وف]?(?:باذن|بمشيئه)\s+الله)(?![\p{L}])")
HIJRI_CONTEXT = frozenset(
    norm(w) for w in "في خلال منذ حتى قبل بعد حلول طوال شهر أيام ليالي نهاية بداية منتصف أواخر مطلع "
    # nouns of a season's onset or end («دخول رمضان», «قدوم رمضان», «قبيل رمضان», «انقضاء رمضان»)
    "دخول قدوم مقدم اقتراب قبيل بعيد انتهاء انقضاء".split()
)
YEAR_FOLLOW = frozenset(
    norm(w) for w in
    "ليس ليست إلى حتى و أو ثم في من عن على مع بعد قبل عندما حين حيث الذي التي كان كانت "
    "م ه وما ومن وفي إلا أي".split()
)
YEAR_PREPS = frozenset(norm(w) for w in "قبل بعد منذ حتى خلال عام عامي مطلع".split())
# after «في + year»: prepositions and particles, never a counted noun («في 2016 وفق استطلاعات»)
PARTICLES = frozenset(
    norm(w) for w in
    "وفق وفقا طبقا حسب بحسب عبر ضمن لدى عند بين أمام وراء تحت فوق دون بدون حول ضد مثل "
    "بسبب إثر عقب إذ إذا لكن بل إن أن لأن كما قد لم لن لا ما هو هي هم إنه أنه بينما "
    # «وصفها في 2011 بأنها …»: أنّ with a preposition and a pronoun
    "بأن بأنه بأنها بأنهم بأنهما لأنه لأنها لأنهم كأن كأنه كأنها".split()
)
WORD = regex.compile(r"[\p{L}]+")
# «23 يوليو و29 أغسطس من كل عام»: dates that recur every year
RECURRING = regex.compile(
    r"(?:\s+(?:و|الي|حتي)\s*[^.\n]{0,40}?\d{1,2}\s+(?:من\s+)?(?:شهر\s+)?[\p{L}]+)?\s+من\s+كل\s+(?:عام|سنه)"
)
# «قبل أربع دقائق من النهاية»: the amount measures up to an event (a DURATION)
EVENT_OF = regex.compile(
    r"(?:\s+(?:علي\s+(?:الاقل|الاكثر)|تقريبا))?"  # «قبل سبعة أيام على الأقل من موعد …», «بعد عام تقريبا من»
    r"\s+(?:(?:من|علي)\s+(?!الزمن|الان|الاقل|الاكثر)(?:ال|نهايه|بدايه|موعد|انطلاق|انتهاء|بدء|اجراء|انعقاد|وقوع|حلول|مرور)"
    r"|منذ\s"  # «بعد 11 عاما منذ ترك تدريب تشيلسي»
    # «بعد شهرين على وفاته», «من رحيلها»: an event noun with a pronoun (not a bare ـه,
    # which is also a normalised taa marbuta: «من ولاية»)
    r"|(?:من|علي)\s+(?!الان)\p{L}{2,}(?:ته|ها|هم|هما|هن)(?!\p{L})"
    # after «على» also a demonstrative or a noun with the pronoun ـه (session 18: «بعد سبع سنوات على
    # ذلك», «بعد نحو شهرين على مقتله»; not «على يده/متنه/خلفيته/رأسه/حسابه»: a phrase, not an event)
    r"|علي\s+(?:ذلك|هذا|هذه|تلك|ذاك(?!\p{L})|(?!يد|ايدي|متن|خلفي|راس|حساب|طريق|غرار|صعيد)\p{L}{3,}ه(?!\p{L}))"
    # or a verbal noun of a derived form: تفعيل «تأسيس», إفعال «إعلان», افتعال «اجتماع»,
    # استفعال «استقلال» («بعد 40 عاما من تأسيس الوكالة»), مفاعلة «موافقة», «مغادرة» (session 18)
    r"|(?:من|علي)\s+(?:ت\p{L}{2}ي\p{L}|ا\p{L}{2}ا\p{L}|ا\p{L}ت\p{L}ا\p{L}|است\p{L}{2}ا\p{L}|م\p{L}ا\p{L}{2}ه)(?!\p{L}))"
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
    explicit: bool = False  # a weekday resolved by its modifier or a future context, not by default
    dayless: bool = False  # a clock time valued on the dateline's day for want of a day of its own


@dataclass(slots=True)
class Context:
    text: str  # normalised text
    anchor: dt.date | None
    # normalised words of the document's person names (the entity stage's PERS mentions) that start like a
    # future verb: «وقال ستاثاكيس قبيل بدء المفاوضات السبت» names a man, it does not say «will» (session 25)
    names: frozenset[str] = frozenset()

    def prev_word(self, pos: int) -> str:
        """The normalised word just before ``pos`` (clitic و/ف stripped), or ""."""
        i = pos - 1
        while i >= 0 and self.text[i] == " ":
            i -= 1
        j = i
        while j >= 0 and self.text[j].isalpha():
            j -= 1
        w = self.text[j + 1 : i + 1]
        return w[1:] if len(w) >= 3 and w[0] in "وف" and (w[1:] in HIJRI_CONTEXT or w[1:] in YEAR_PREPS) else w

    def next_word(self, pos: int) -> str:
        m = WORD.match(self.text, pos + len(self.text[pos:]) - len(self.text[pos:].lstrip(" ")))
        return m.group() if m else ""

    def past(self, pos: int) -> bool:
        """A past-tense cue earlier in the clause (40 characters): «قد/لقد» + a perfect verb,
        «كان/كانت/كانوا», or a perfect verb of the third person plural («استولوا»)."""
        window = self.text[max(0, pos - 40) : pos]
        cut = max(window.rfind("."), window.rfind("\n"), window.rfind(","), window.rfind("،"))
        return PAST.search(window[cut + 1 :]) is not None

    def past_after(self, end: int) -> bool:
        """A fronted time phrase followed by a comma and a past verb: «بحلول آخر سبتمبر،
        اتسعت الحملات» — a PAST cue or a perfect verb of the derived forms in ا…ت
        («اتسعت», «انفجرت», «استمرت»; not a plural noun in ـات) opens the next clause."""
        m = PAST_AFTER.match(self.text, end)
        return m is not None and (PAST.match(self.text, m.end()) is not None
                                  or DERIVED_PERFECT.match(self.text, m.end()) is not None)

    def future(self, pos: int, end: int | None = None) -> bool:
        """A future marker in the 60 characters before ``pos`` (same clause), or an
        expectation word («متوقعة», «المقرر») in the 30 after ``end``."""
        lo = max(0, pos - 60)
        window = self.text[lo:pos]
        cut = max(window.rfind("."), window.rfind("\n"), window.rfind(","))
        clause = window[cut + 1 :]
        if FUTURE.search(clause) is not None or GOD_WILLING.search(clause) is not None or STIPULATED.search(
                clause) is not None:
            return True
        for fm in FUTURE_SA.finditer(clause):
            w = fm.group(1)
            if w in NOT_VERBS or w.rstrip("ه") in NOT_VERBS or w[:-1] in NOT_VERBS or w in self.names:
                continue
            if word_before(clause, fm.start(), 20) not in NOT_BEFORE_VERB:
                return True  # «سيعقد», «ستبدأ», «سنعلن»
        for fm in FUTURE_SA4.finditer(clause):
            if fm.group(2) in SHORT_STEMS and fm.group(1) not in self.names and word_before(
                    clause, fm.start(), 20) not in NOT_BEFORE_VERB:
                return True  # «سيصل», «ستقع», «سيظل»
        if end is not None:
            after = self.text[end : end + 30]
            nxt = self.next_word(end)
            return FUTURE_AFTER.search(after) is not None or GOD_WILLING.search(after) is not None or (
                nxt in SCHEDULED and self.text[end : end + 1] == " ")  # «وفي يوم الخميس تطرح»
        return False


def day_number(day: str) -> int:
    """«19», «ال19», «ال 19» or an ordinal word («الخامس») → day of month."""
    if day.startswith("ال") and day[2:].strip().isdigit():
        return int(day[2:].strip())
    if day.isdigit():
        return int(day)
    if day == "غره":  # «غرة رمضان»: the first day of the month
        return 1
    return lexicon().ordinals[key(day)]


def g(m: regex.Match, name: str) -> str | None:
    v = m.group(name)
    return key(v) if v else None


def mod_of_part(part: str | None) -> str | None:
    return lexicon().period_parts.get(part) if part else None


def pod_value(pod: str | None) -> str | None:
    if not pod:
        return None
    lex = lexicon()
    return lex.day_parts.get(pod) or lex.adverb_parts.get(pod)


def day_cand(m, start, d: dt.date | None, pod, mod, cal="gregorian", anchored=False, unresolved="XXXX-XX-XX"):
    end = m.end()
    if d is None:
        val = unresolved + (f"T{pod}" if pod else "")
        return Candidate(start, end, "TIME" if pod else "DATE", val, mod, cal, None, False)
    if pod:
        return Candidate(start, end, "TIME", f"{d.isoformat()}T{pod}", mod, cal, R.day_interval(d), anchored)
    return Candidate(start, end, "DATE", d.isoformat(), mod, cal, R.day_interval(d), anchored)


def year_from_rel(ctx: Context, rel: str | None) -> int | None:
    if ctx.anchor is None:
        return None
    return ctx.anchor.year + (lexicon().relative.get(rel, 0) if rel else 0)


def hijri_year(ctx: Context, month: int, year: str | None, yrel: str | None, rel: str | None,
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
