"""Sentences that speak about attacks without reporting one (session 16, ev16; issue #6).

The ASSAULT rules propose an event wherever an attack word stands; these families recognise
kinds of sentence that use the words without reporting a current attack — classes that recur
in the false positives of half A of the dev slice, the news-day labels and the ANERcorp
labels (docs/events.md "ASSAULT detection, session 16 (ev16)"):

- a **film, play, novel or series** told (:func:`fiction`): two words of a fiction or its
  making in the sentence (مسرحية … الممثلون … مخرج، الفيلم … بطولة … إخراج);
- **scripture and early Islam**: the honorifics of the Prophet and his Companions
  (:func:`honorific`: صلى الله عليه وسلم، رضي الله عنه) mark a hadith quoted, a sermon or
  early Islam retold — no report; a Hijri year (:func:`hijri_year`: سنة 40 هجرية) dates a
  killing of early Islam, which :func:`.evidence.historical` marks as history;
- a **habit or a description** in the imperfect (the check is in :func:`.evidence.keep`, which
  knows the actors): an attack verb in the imperfect with no attacker named and no near time in
  its window — «يستهدفون وطنا ومواطنين»، «من يفجرون أنفسهم بالمصلين يعرفون» — says what someone
  does, not that an attack took place (the PROTEST rule of session 4 says the same of protest
  verbs); with an attacker named the present tense reports («تقصف الطائرات التركية مواقع …»).

Session 19 (ev19) adds the benchmark's own kinds (half A of the dev slice: false positives
that no out-of-domain family of session 18 reached), each a word class and a position, called
by :func:`.precision.no_attack` (dropped) and :func:`.precision.toll` (historical):

- an **evaluation before the attack** (:func:`evaluated_record`): a verb of judging and an
  elative or ordinal right before the trigger («ويعد أحدث هجوم»، «تعتبر أعنف عملية») — the
  attack is ranked, told elsewhere;
- a **career's record** (:func:`record`): a possessed noun of a person's record
  («ارتبط اسمه ب/في»، «جرائمه»، «سجله»، «سوابقه») before the trigger in its sentence;
- a **verbal attack** (:func:`verbal_onslaught`): the feminine «هجمة» (the campaign word; the
  raid is «هجوم/هجمات») with an adjective of ideology («هجمة عنصرية شرسة»، «الهجمة الثقافية»),
  beyond the adjectives of the rules' verbal-attack list (which retypes its own as ACCUSE);
- a **plan noun behind quotation marks** (:func:`quoted_plan`): «إحباط "مؤامرة إرهابية"
  لتفجير» — the planning cues of modality.tsv stop at the mark;
- a **count compared with another period** (:func:`compared_count`): a trigger right after
  «مقابل/مقارنة ب + a number» («مقابل 1500 انفجار في يناير»): the other period's total;
- **history told without a year** (:func:`relative_year`): «العام الماضي»، «السنة الماضية»، «قبل
  عامين» or a narrative «آنذاك/وقتها/حينها» in the trigger's clause dates it as session 14's
  explicit years do.

Session 20 (ev20) adds kinds read in the false positives of the sets that behave like unseen
text — the news-day labels and the ANERcorp labels — each found in at least two of {news day,
ANERcorp, half A}, called by :func:`.precision.no_attack` (dropped):

- an **emotional reaction** to a known attack (:func:`reaction`): a word of shock, anger, dismay
  or grief right before the attack it is about («الغضب من الاعتداء»، «عن صدمته للهجوم»، «مصدوم …
  من قصف»): news day and ANERcorp;
- a **trend of attacks** (:func:`trend`): the trigger governed by a noun of escalation, rise or fall
  («بتصاعد الهجمات المسلحة»، «في التصعيد من هجماتها»): news day and ANERcorp.

Every list is of matching forms (:func:`khabar.text.normalize.match_form`), whole words.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.text.normalize import match_form, match_forms

# A fiction and its making: two of these in a sentence (not the same word twice).
FICTION = match_forms(
    "فيلم الفيلم أفلام الأفلام مسرحية المسرحية مسلسل المسلسل رواية الرواية الروائي قصة القصة "
    "بطولة البطولة بطل البطل بطلة إخراج الإخراج مخرج المخرج مخرجة تأليف سيناريو السيناريو "
    "الممثلون الممثلين ممثلون ممثلين الممثل ممثل الممثلة ممثلة أدوار الأدوار دور مشهد المشهد "
    "مشاهد الحلقة السينما المسرح العرض الأحداث"
)
# «العرض» and «الأحداث» alone mean a show and the events; they count only beside a fiction noun.
FICTION_NOUNS = match_forms(
    "فيلم الفيلم أفلام الأفلام مسرحية المسرحية مسلسل المسلسل رواية الرواية الروائي"
)


def fiction(tokens: Sequence[Token]) -> bool:
    """Whether the sentence tells a fiction: a fiction noun (فيلم، مسرحية، مسلسل، رواية) and
    another word of a fiction or its making (بطولة، إخراج، مخرج، الممثلون، أدوار، أحداث …)."""
    seen = {t.base for t in tokens if t.kind == "word" and t.base in FICTION} \
        | {t.norm for t in tokens if t.kind == "word" and t.norm in FICTION}
    return bool(seen & FICTION_NOUNS) and len(seen) >= 2


# The Prophet's and the Companions' honorifics: «صلى الله عليه وسلم»، «رضي الله عنه/عنها/عنهم».
# Not «عليه السلام», which follows the imams' names in shrines attacked today (مرقد الإمام
# الحسين عليه السلام).
_PRAYER = match_form("صلى")
_PLEASED = match_form("رضي")
_GOD = match_form("الله")
_ON_HIM = match_form("عليه")
_FROM = match_forms("عنه عنها عنهم عنهما")
# A Hijri year: a number followed by «هجرية/هجري/للهجرة» or «هـ».
HIJRI = match_forms("هجرية هجري للهجرة هـ ه")


def honorific(tokens: Sequence[Token]) -> bool:
    """Whether the sentence names the Prophet or a Companion with the honorific (صلى الله عليه
    وسلم، رضي الله عنه): a hadith quoted, a sermon, early Islam retold — no attack report."""
    return any(t.kind == "word" and tokens[j + 1].norm == _GOD and (
        t.norm == _PRAYER and tokens[j + 2].norm == _ON_HIM
        or t.norm == _PLEASED and tokens[j + 2].norm in _FROM)
        for j, t in enumerate(tokens[:-2]))


# Hijri years before this are history; the Saudi press dates today's events in the Hijri
# calendar too (الخميس 21/10/1436هـ).
CLASSICAL_BEFORE = 1300


def hijri_year(tokens: Sequence[Token]) -> bool:
    """Whether the sentence dates something by a Hijri year of the past centuries (سنة 40
    هجرية، عام 132 للهجرة، سنة 61 هـ): early Islam retold. A year from 1300 on is a date of
    today (الخميس 21/10/1436هـ)."""
    return any(t.kind == "number" and j + 1 < len(tokens) and tokens[j + 1].norm in HIJRI
               and t.text.isdigit() and int(t.text) < CLASSICAL_BEFORE
               for j, t in enumerate(tokens))


_STOPS = frozenset(".;:!?؛")
_COMMAS = frozenset(",،")


def comma_clause(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """The trigger's clause: the tokens between the commas or stops around ``start:end``."""
    lo = start
    while lo > 0 and not (tokens[lo - 1].kind == "punct"
                          and (tokens[lo - 1].text in _STOPS or tokens[lo - 1].text in _COMMAS)):
        lo -= 1
    hi = end
    while hi < len(tokens) and not (tokens[hi].kind == "punct"
                                    and (tokens[hi].text in _STOPS or tokens[hi].text in _COMMAS)):
        hi += 1
    return lo, hi


def _is(tok: Token, words: frozenset[str]) -> bool:
    return tok.kind == "word" and (tok.norm in words or tok.base in words)


# Verbs of judging and ranking (يعد، يعتبر، يمثل، يشكل), also with و.
JUDGING = match_forms(
    "يعد تعد يعتبر تعتبر يمثل تمثل يشكل تشكل ويعد وتعد ويعتبر وتعتبر ويمثل وتمثل ويشكل وتشكل "
    "اعتبر اعتبرت واعتبر واعتبرت"
)
# Elatives and ordinals that rank an attack (أحدث، أعنف، أول، آخر …), bare or definite.
ELATIVES = match_forms(
    "احدث اعنف اكبر اسوأ اسوا اخطر اشد اكثر اضخم ابرز اول ثاني ثالث اخر افدح ادمى اقوى اعتى "
    "ابشع افظع"
)
RANK_FILLERS = match_forms("هذا هذه ذلك تلك هو هي الهجوم الحادث العمليه التفجير الاعتداء")


def _elative(tok: Token) -> bool:
    return tok.kind == "word" and (tok.norm in ELATIVES or tok.prefix.endswith("ال")
                                   and tok.base in ELATIVES)


ATTACK_HEADS = match_forms("هجوم هجمه عمليه تفجير اعتداء غاره")


def evaluated_record(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A trigger ranked by a verb of judging: «يعد/يعتبر (هذا) + elative + trigger» (ويعد أحدث
    هجوم، تعتبر أعنف عملية; the trigger may be the attack noun's adjective: ويعد أحدث هجوم
    انتحاري) or «يعد + trigger + definite elative» (ويعد الهجوم الأعنف)."""
    if start >= 3 and _is(tokens[start - 1], ATTACK_HEADS) and _elative(tokens[start - 2]):
        start -= 1
    if start >= 2 and _elative(tokens[start - 1]):
        j = start - 2
        if j > 0 and _is(tokens[j], RANK_FILLERS):
            j -= 1
        return _is(tokens[j], JUDGING)
    if start >= 1 and end < len(tokens) and _is(tokens[start - 1], JUDGING):
        nxt = tokens[end]
        return nxt.prefix.endswith("ال") and _elative(nxt)
    return False


# A person's record: a possessed noun of crimes or past, or «ارتبط اسمه».
RECORD = match_forms(
    "جرائمه جرائمها جرائمهم سجله سجلها سجلهم سوابقه سوابقها ماضيه ماضيها"
)
LINKED = match_forms("ارتبط ارتبطت وارتبط وارتبطت اقترن اقترنت واقترن")
NAMED = match_forms("اسمه اسمها اسمهم")


def _possessed(tok: Token, words: frozenset[str]) -> bool:
    """A possessed noun of ``words`` as written, bare or after و (not «الماضية»: base ماضيه)."""
    return tok.kind == "word" and (tok.norm in words
                                   or tok.norm[:1] == "و" and tok.norm[1:] in words)


def record(tokens: Sequence[Token], start: int) -> bool:
    """A trigger after a noun of a person's record in its sentence (no stop between): «ارتبط
    اسمه … في اغتيال»، «تبلغ جرائمه … الاغتيال»، «سجله حافل بالتفجيرات»."""
    for j in range(start - 1, -1, -1):
        t = tokens[j]
        if t.kind == "punct" and t.text in _STOPS:
            return False
        if _possessed(t, RECORD) or _possessed(t, NAMED) and j > 0 and _is(tokens[j - 1], LINKED):
            return True
    return False


# «هجمة» (the campaign word) and the adjectives of ideology and discourse that make it one.
ONSLAUGHT = match_forms("هجمه الهجمه")
# (Not the media, political or diplomatic ones: the rules' `_verbal_attack` list retypes «هجمة
# إعلامية» as an accusation, which this veto must not drop.)
DISCOURSE_ADJECTIVES = match_forms(
    "عنصريه العنصريه صهيونيه الصهيونيه استعماريه الاستعماريه ثقافيه الثقافيه فكريه الفكريه "
    "تغريبيه التغريبيه تبشيريه التبشيريه"
)


def verbal_onslaught(tokens: Sequence[Token], start: int, end: int) -> bool:
    """«هجمة» with an adjective of ideology right after it (هجمة عنصرية شرسة، الهجمة الثقافية)."""
    return _is(tokens[start], ONSLAUGHT) and end < len(tokens) \
        and _is(tokens[end], DISCOURSE_ADJECTIVES)


# Plan nouns whose governed act is planned (modality.tsv's planning cues), and how far a quoted
# name or qualifier may stand between the noun and the act (إحباط "مؤامرة إرهابية" لتفجير).
PLAN_NOUNS = match_forms("مؤامره المؤامره مؤامرات المؤامرات مخطط المخطط مخططا خطه الخطه")
QUOTES = frozenset("\"«»“”'")
PLAN_REACH = 6  # tokens from the plan noun to the act, quotation marks included


def quoted_plan(tokens: Sequence[Token], start: int) -> bool:
    """A «لـ» act governed by a plan noun across quotation marks: within :data:`PLAN_REACH`
    tokens before it, a plan noun, words and at least one quotation mark between, no comma."""
    if not tokens[start].prefix.lstrip("وف").startswith("ل"):
        return False
    quoted = False
    for j in range(start - 1, max(-1, start - PLAN_REACH - 1), -1):
        t = tokens[j]
        if t.kind == "punct":
            if t.text not in QUOTES:
                return False
            quoted = True
        elif _is(t, PLAN_NOUNS):
            return quoted
    return False


COMPARED = match_forms("مقابل ومقابل مقارنه بالمقارنه قياسا")
COUNT_WORDS = match_forms("الف الاف مئات عشرات")


def compared_count(tokens: Sequence[Token], start: int) -> bool:
    """A trigger right after «مقابل/مقارنة بـ/قياسا بـ + a number» (مقابل 1500 انفجار في يناير):
    the count of another period, set against the one reported."""
    j = start - 1
    if j >= 0 and _is(tokens[j], COUNT_WORDS):
        j -= 1
    if j < 1 or tokens[j].kind != "number":
        return False
    k = j - 1
    if k > 0 and tokens[k].norm in ("مع", "ب"):
        k -= 1
    return _is(tokens[k], COMPARED)


# Years counted back from today (العام الماضي، السنة الماضية، قبل عامين) and narrative anchors
# of a story's own time (آنذاك، وقتها، حينها): a past event retold, as an explicit year is.
YEAR_NOUNS = match_forms("العام عام السنه سنه الاعوام السنوات")
YEAR_PAST = match_forms("الماضي الماضيه المنصرم المنصرمه الفائت الفائته السابق السابقه")
YEARS_AGO = match_forms("عامين سنتين اعوام سنوات عقود عقدين")
AGO = match_forms("قبل")
THEN = match_forms("انذاك وقتها حينها حينذاك وقتذاك يومها انئذ")
RELATIVE_YEAR_WINDOW = 8  # words around the trigger, in its clause (as YEAR_WINDOW)


def relative_year(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A year counted back (العام الماضي، السنة الماضية، قبل عامين) or a narrative «آنذاك/وقتها/
    حينها» within :data:`RELATIVE_YEAR_WINDOW` words of the trigger in its clause."""
    lo, hi = comma_clause(tokens, start, end)
    lo, hi = max(lo, start - RELATIVE_YEAR_WINDOW), min(hi, end + RELATIVE_YEAR_WINDOW)
    for j in range(lo, hi):
        t = tokens[j]
        if start <= j < end:
            continue
        if _is(t, THEN):
            return True
        if _is(t, YEAR_NOUNS) and j + 1 < hi and _is(tokens[j + 1], YEAR_PAST):
            return True
        if _is(t, AGO) and j + 1 < hi and _is(tokens[j + 1], YEARS_AGO):
            return True
    return False


# Session 20 (ev20): kinds read in the false positives of the news-day labels and the ANERcorp
# labels (the sets that behave like unseen text) and found in half A's too.

# Nouns and adjectives of an emotional reaction (shock, anger, dismay, grief), with their pronouns.
REACTIONS = match_forms(
    "صدمه صدمته صدمتها صدمتهم مصدوم مصدومه مصدومون مصدومين غضب غضبه غضبها غضبهم استياء "
    "استياءه استياءها استياءهم ذهول ذهوله ذهولها حزن حزنه حزنها حزنهم"
)
REACTION_LINKS = match_forms("من على ازاء تجاه حيال")
REACTION_REACH = 5  # words from the reaction to the attack it is about, no punctuation between


def reaction(tokens: Sequence[Token], start: int) -> bool:
    """A trigger that an emotional reaction is about: a word of shock, anger, dismay or grief
    within :data:`REACTION_REACH` words before it, no punctuation between, and the trigger
    governed by «لـ» or after «من/على/إزاء» («الغضب من الاعتداء»، «عن صدمته للهجوم»، «مصدوم
    ومضطرب في العمق من قصف»): the attack is the topic of the reaction, told elsewhere."""
    head = tokens[start]  # «لـ» may be the token's prefix or still on its written form (لقصف)
    linked = (head.prefix or head.norm).lstrip("وف").startswith("ل")
    for j in range(start - 1, max(-1, start - REACTION_REACH - 1), -1):
        t = tokens[j]
        if t.kind == "punct":
            return False
        if _is(t, REACTION_LINKS):
            linked = True
        elif _is(t, REACTIONS):
            return linked
    return False


# Nouns of a trend (an escalation, a rise, a fall) and what may stand between one and the attacks.
TRENDS = match_forms("تصاعد تصعيد تزايد ازدياد تنامي تراجع انخفاض")
TREND_LINKS = match_forms("من في")


def trend(tokens: Sequence[Token], start: int) -> bool:
    """A trigger governed by a noun of a trend, right after it or after «من/في»
    («بتصاعد الهجمات المسلحة»، «في التصعيد من هجماتها»): the trend is reported, not an attack."""
    j = start - 1
    if j >= 0 and _is(tokens[j], TREND_LINKS) and not tokens[j].prefix:
        j -= 1
    return j >= 0 and _is(tokens[j], TRENDS)
