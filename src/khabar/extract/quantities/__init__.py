"""Quantities (issue 3): the pipeline stage that fills ``Document.quantities``.

Finds cardinal numbers (digits or words, via :mod:`khabar.numbers`) with an optional
approximator before them and a unit, currency or counted noun after them; skips
numbers inside time expressions (``doc.times``, filled by the time stage before),
identifiers (phone numbers, codes, list items, index names), scores and ordinals.
Rules: docs/time.md ("Quantities").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from khabar.document import Document, Quantity
from khabar.extract.quantities.filters import (
    LABEL_CHAIN,
    LABEL_HEADS,
    NUMBERED_HEADS,
    SOUND_PLURAL,
    bare_label,
    construct_plural,
    counted,
    definite_plural,
    edition_label,
    is_identifier,
    plural_like,
    prev_word,
    word_start,
)
from khabar.extract.quantities.lexicon import given_names, quantity_lexicon
from khabar.extract.times.context import DERIVED_PERFECT, up_to
from khabar.extract.times.lexicon import alt, key
from khabar.extract.times.lexicon import lexicon as time_lexicon
from khabar.extract.times.patterns import B, E
from khabar.extract.times.rules_calendar import _is_place
from khabar.extract.times.separated import (
    BOUND_PREPOSITIONS,
    PERFECT_APPROX,
    at_least_before,
    bracketed_approx,
    separated_approx,
)
from khabar.extract.times.spans import SpanUnion
from khabar.extract.times.textview import view
from khabar.numbers import expression_pattern, parse, words

WORD = regex.compile(r"[\p{L}]+")
NOTE_NUMBER = regex.compile(r"[ \t]*\d{1,4}$")  # a line's first word, digits only (a footnote or list number)
NOTE_AFTER = regex.compile(r"[ \t]+[\p{L}\"«“]")  # … and the note's text after it on the line
CLITICS = regex.compile(r"^[وف]?[بلك]?(?=ال)")
GLUED_CLITICS = regex.compile(r"[وف]?[بلك]?(?:ال)?")  # «لـ2736», «بالـ50»: clitics glued to the digits
ONE_LETTER_AFTER = regex.compile(r"\p{L}(?![\p{L}\p{N}])")
DOTTED_THOUSANDS = regex.compile(r"\d{1,3}\.\d{3}")
ORDINAL = regex.compile(r"^ال(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)ه?$")
AMBIGUOUS_WORDS = frozenset({"ست", "خمس", "سبع", "عشر", "ثمان", "تسع", "الست", "السبع", "الخمس",
                             "العشر", "الثمان", "التسع", "الف", "واحد", "واحده", "اثنين"})
TWO_AFTER_NOUN = frozenset({"اثنين", "اثنتين", "اثنان", "اثنتان"})
INDEFINITE_PLURAL = regex.compile(r"(?!ال)[وف]?\p{L}{3,}(?:ين|ون|ات)")
SHORT_WORDS = frozenset({"ست", "خمس", "سبع", "عشر", "ثمان", "تسع"})  # 3–10 before feminine plurals


@cache
def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    lex = quantity_lexicon()
    # digits may be glued to the word before them (بمقدار15%)
    number = regex.compile(
        # «أكثر من (9000) توصيلة», «لأكثر من (36) ألف منزل»: the approximator before a bracket
        # «يفوق الـ90 مليون ريال»: the article between the approximator and the digits, as the times' durations
        # read it («يفوق الـ81 عاما»; session 24)
        # «نحو أكثر من 71 موقعا»: «about» before «more/less than» stays in the span, the inner one is the kind
        # (session 25)
        rf"(?:{B}(?:(?:(?:نحو|حوالي|قرابه)\s+(?=(?:اكثر|اقل)\s+من\s))?"
        rf"(?P<approx>{alt(lex.approximators)})\s+(?:\(\s*(?=\d[\d.,]*\s*\))|ال\s?(?=\d))?)?|(?<=\p{{L}})(?=\d))"
        rf"(?P<num>{expression_pattern()})"
    )
    unit = regex.compile(rf"(?:\s*\))?\s*(?P<unit>{alt(lex.units)}){E}")
    post = regex.compile(rf"\s+(?P<post>{alt(lex.post_approximators)}){E}")
    return number, unit, post


class QuantityStage:
    """Finds quantities: value or vague range, approximator, unit/counted noun, currency."""

    name = "quantities"
    layer = "quantities"

    def __init__(self) -> None:
        _patterns()
        quantity_lexicon()
        words()

    def __call__(self, doc: Document) -> list[Quantity]:
        norm = view(doc.text)
        times = SpanUnion((t.start, t.end) for t in doc.times)
        out: list[Quantity] = []
        for q in find_quantities(norm.text, _hamza_initial(norm.to_original, doc.text)):
            start, end = norm.to_original(q["start"], q["end"])
            ns, ne = norm.to_original(q["num_start"], q["num_end"])
            if times.overlaps(ns, ne):
                continue
            if q["unit"] is not None and q["currency"] is None and times.overlaps(ne, end):
                end = ne  # the "counted noun" begins a time expression («العشرة يوم الخميس»)
                q["unit"] = None
                if q["approx"] is None and (bare_label(norm.text, q["num_start"], q["num_end"])
                                            or edition_label(norm.text, q["num_start"])
                                            or _lone_word(norm.text[q["num_start"] : q["num_end"]])):
                    continue  # «في الدقيقة 86 أمس»: without its noun the number is a label;
                    # «ميلاده الخمسين أمس»: a lone number word is too ambiguous (below)
            out.append(
                Quantity(
                    id=f"Q{len(out) + 1}", start=start, end=end, text=doc.text[start:end],
                    value=_wire_value(doc.text[ns:ne], q["value"]), low=q["low"], high=q["high"], approx=q["approx"],
                    unit=q["unit"], currency=q["currency"],
                )
            )
        return out


def _tens_counts(text: str, s: int, e: int, end: int) -> bool:
    """A definite tens word right before its counted noun («عتبة الخمسين درجة», «العشرين صفحة»):
    not the tail of an ordinal («التاسع والعشرين»), not in brackets (a street «(السبعين)»), and
    the next word is no preposition's phrase («الخمسين لاستقلالها», «العشرين لعدد»)."""
    after = text[e:end].split()
    if text[s - 1 : s] in ("و", "(") or not after or "من" in after:
        return False
    return after[-1][0] not in "بلك" or after[-1] in quantity_lexicon().units


def single_word(m: regex.Match) -> str:
    return m.group("num").strip()


# «كسب اثنتين أمام …», «تعادل في اثنتين.», «أسر اثنين،»: the numeral two with its noun left out
# counts (it is never an adjective, a name or a day without the article: «الاثنين» is Monday);
# not after «يوم» or «الساعة» (session 15)
NOT_BEFORE_TWO = frozenset({"يوم", "الساعه", "ساعه", "علي", "يختلف"})  # «لا يختلف اثنان» (everyone agrees)


# a lone full masculine number word 3–10 after a verb or «إلى», before a stop or a preposition, counts
# (session 18: «سجل أربعة في عداد المفقودين», «ارتفعت الحصيلة إلى ثمانية،», «قتل ثلاثة في»), not after
# a ratio («بنسبة ثمانية إلى واحد») nor a time preposition whose unit is left out («قبل ثلاثة في»)
LONE_FULL = frozenset({"ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره"})
LONE_AFTER = regex.compile(r"\s*(?:[,،.]|$)|\s+(?:في|الي|علي|بعد|و)(?![\p{L}])")
NOT_BEFORE_LONE = frozenset({"قبل", "بعد", "منذ", "خلال", "بنسبه", "نسبه", "بمعدل", "معدل"})


def _lone_two(text: str, m: regex.Match, single: str) -> bool:
    """A lone «اثنين/اثنتين/اثنان/اثنتان» after a word of its clause (a verb, a preposition)."""
    if single in LONE_FULL and not m.group("approx") and m.start() == m.start("num"):
        before = prev_word(text, m.start())
        return bool(before) and (before == "الي" or not before.startswith(("ال", "وال")) and len(before) >= 3
                                 and before not in NOT_BEFORE_TWO and before not in NOT_BEFORE_LONE) \
            and text[m.start() - 1 : m.start()] == " " and LONE_AFTER.match(text, m.end("num")) is not None
    if single not in TWO_AFTER_NOUN or m.group("approx") or m.start() != m.start("num"):
        return False
    before = prev_word(text, m.start())
    return bool(before) and before not in NOT_BEFORE_TWO and text[m.start() - 1 : m.start()] == " "


def _lone_word(numtext: str) -> bool:
    """A number of one word that counts nothing is no quantity (ست، خمس، العشرين …)."""
    single = key(numtext.strip())
    table = words()
    return single in AMBIGUOUS_WORDS or single in table and table[single][1] in ("unit", "ten", "ten_def", "few")


@cache
def _unit_values() -> frozenset[str]:
    return frozenset(u for u, _ in quantity_lexicon().units.values())


# «5.‏2 مليون زائر» (a wire copy with a right-to-left mark after the point): the digits after the
# mark are the whole part, as in «03ر20712» — 2.5 million, not 5.2 (session 16)
WIRE_MARK = regex.compile(r"(\d+)\.\u200f(\d+)(?![\d.,])")


def _wire_value(original: str, value: float | None) -> float | None:
    wm = WIRE_MARK.match(original)
    if wm is None or value is None:
        return value
    written, meant = float(f"{wm.group(1)}.{wm.group(2)}"), float(f"{wm.group(2)}.{wm.group(1)}")
    return round(value / written * meant, 6)


def _hamza_initial(to_original: Callable[[int, int], tuple[int, int]], original: str) -> Callable[[int], bool]:
    """Does the word at this normalised offset open with «أل» as written (session 21)? Normalising
    makes «ألقاب، ألغام، ألوان» look definite («القاب»); the article is never written with a hamza."""
    def hamza(pos: int) -> bool:
        return original.startswith("أل", to_original(pos, pos + 1)[0])
    return hamza


def find_quantities(text: str, hamza: Callable[[int], bool] | None = None) -> list[dict]:
    """Quantities of a NORMALISED text, in normalised offsets; ``hamza`` tells a word written with «أل»
    (a broken plural such as «ألقاب») from one with the article (without it, every «ال…» is definite)."""
    number, unit_re, post_re = _patterns()
    lex = quantity_lexicon()
    table = words()
    out: list[dict] = []
    pos = 0
    label_end = -1  # end of the last number rejected as an identifier or a label
    while (m := number.search(text, pos)) is not None:
        pos = m.end()
        numtext = key(m.group("num"))
        n = parse(numtext)
        if n is None:
            continue
        # the parsed prefix may be shorter than the match («20 و30 قتيلا»): cut the span
        # there and look for the next number right after it
        num_start = m.start("num")
        num_end = _prefix_end(text, num_start, m.end("num"), n.words)
        if num_end < m.end("num"):
            pos = num_end
        ranged = _in_range_with_unit(text, num_start, num_end, unit_re)
        chained = label_end >= 0 and LABEL_CHAIN.fullmatch(text, label_end, num_start) is not None
        if is_identifier(text, num_start, num_end, m, ranged):
            label_end = num_end
            continue
        ws = word_start(text, num_start)
        if num_start - ws >= 3 and not GLUED_CLITICS.fullmatch(text, ws, num_start) and not unit_re.match(
                text, num_end) and _counted_noun(text, num_end, False) is None:
            label_end = num_end
            continue  # «أجهزة نكسوس4 ونكسوس5»: digits glued to a name number a model
        if m.start() == num_start and _numbered_item(text, num_start, num_end):
            label_end = num_end
            continue  # «في الدقيقة 17 سدد», «المادة 12 تنص»: the number names the minute or article
        metres = False
        if ONE_LETTER_AFTER.match(text, num_end):
            metres = text[num_end] == "م" and DIMENSION_BEFORE.search(text, max(0, num_start - 40), num_start) is not None
            if not metres:
                continue  # «عام 50م», «ن3»: an era or an abbreviation glued to the digits
        art = 3 if text[max(0, num_start - 3) : num_start] == "ال " and word_start(text, num_start - 1) == num_start - 3 \
            else 2  # «الـ 500 ألف وحدة»: the article, a space, the number
        definite = text[max(0, num_start - art) : num_start].rstrip() == "ال" and word_start(
            text, num_start - art + 2) == num_start - art
        if definite and not m.group("approx") and not (
                _definite_count(text, num_start, num_end, n) or unit_re.match(text, num_end)
                             or _plural_before(text, num_start - art)):
            # «دور الـ32», «الـ19 من»: a definite numeral names, not counts — but a unit of
            # measure after it («تعدت الـ 50 درجة مئوية») or a definite plural before it
            # («المستخدمين الـ 1027») makes it a count
            continue
        qb = _quote_bounds(text, num_start, num_end)
        quoted = qb is not None
        end = qb[1] if qb else num_end  # «"250" ممثلاً», «” 165 ” وظيفة»: the unit after the quote
        scale = 1.0
        opening = _opening_bracket(text, num_start)  # «(36)», «( 190)»: a space inside allowed
        if opening is not None and (bs := BRACKET_SCALE.match(text, num_end)) and n.value is not None:
            scale, end = SCALE_VALUE[bs.group("s")], bs.end()
        elif qb and (qs := QUOTE_SCALE.match(text, qb[1])) and n.value is not None:
            scale, end = SCALE_VALUE[qs.group("s")], qs.end()  # «مقابل «46» مليون جنيه» (session 14)
        unit = currency = None
        um = None if metres else unit_re.match(text, end)
        if metres:
            unit, end = "m", num_end + 1  # «مساحتها 125م»: a length or an area in metres
        elif um:
            unit, currency = lex.units[key(um.group("unit"))]
            end = um.end()
            nxt = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            if nxt and (unit, nxt.group()) in lex.qualified:
                currency = lex.qualified[(unit, nxt.group())]
                end = nxt.end()
        elif not _definite_adjective(text, m, table):
            noun = _counted_noun(text, end, n.low is not None, hamza)
            if noun and single_word(m) in TWO_AFTER_NOUN and text[end + 1 : end + 2] in ("و", "ف"):
                noun = None  # «تعادل في اثنتين وخسر»: after «اثنين» a word with «و/ف» opens the next phrase
            if noun and definite and _plural_before(text, num_start - art) and not _same_stem(
                    noun[0], prev_word(text, num_start - art)):
                noun = None  # «الشركات الـ8 مستمرة»: after the plural it counts; «المساهمات الـ 200 مساهمة» repeats it
            between = text[end : noun[1]].split() if noun else []
            if noun and chained and "من" in between:
                noun = None  # «المادتان 12 و13 من النظام»: a label's partner, not a partitive count
            if noun and "من" not in between and ACCUSATIVE_SCALE.search(numtext):
                noun = None  # «20 مليونا يعيشون»: after «ألفا/مليونا» a counted noun needs «من»
            if noun and ("من" in between and quoted or "من" not in between and not _agrees(
                    key(m.group("num")), between[-1], table)):
                noun = None  # «ستون أورد», «لست متفقا»; «دور الـ«32» من كأس»
            if noun and key(m.group("num")) in SHORT_WORDS and "من" not in between and not plural_like(
                    between[-1]) and noun[0] not in lex.units:
                noun = None  # «وست هام», «وست بروميتش»: «ست» (West) before a word that is no plural
            if noun:
                unit, end = noun
                if unit in lex.units:  # «ملايين الدولارات», «عشرات من الريالات»: money too
                    unit, currency = lex.units[unit]
        if quoted and unit is None and scale == 1.0:
            end = num_end
        single = m.group("num").strip()
        if single in table and table[single][1] == "ten_def" and table[single][0] >= 20 and not (
                unit is not None and _tens_counts(text, num_start, num_end, end)):
            continue  # a lone «العشرين» is mostly the ordinal "twentieth" (not «العشرة»: العاشر),
            # also «للمادة الحادية والعشرين من نظام»; right before its counted noun it counts
            # («عتبة الخمسين درجة»; not after a definite noun, where it is an adjective)
        if single.split()[0] in ("عشر", "عشره") and ORDINAL.match(prev_word(text, num_start)):
            continue  # «المادة الثالثة عشرة»: the tail of an ordinal
        if single in ("واحد", "واحده") or key(text[num_start:num_end].strip()) in ("واحد", "واحده"):
            continue  # «صف واحد»: one/single, not a count (docs/time.md); «بنتيجة واحدة 1 - 0» too
        if currency is None and not m.group("approx") and single in TWO_AFTER_NOUN and m.start() == num_start \
                and INDEFINITE_PLURAL.fullmatch(before := prev_word(text, m.start())) \
                and before not in time_lexicon().units:
            # «مسلحين اثنين», «جنديين تركيين اثنين أصيبا»: the numeral after its noun counts it;
            # the word after it is never its noun (session 14)
            unit, end = before, num_end
        if unit is None and not m.group("approx") and m.start() == num_start and NOTE_NUMBER.match(
                text, text.rfind("\n", 0, num_start) + 1, num_end) and NOTE_AFTER.match(text, num_end):
            continue  # «12 المرجع نفسه.», «4 تسجيل الأعضاء»: a bare number opening a line numbers a note (session 20)
        if unit is None and not m.group("approx") and n.words == 1 and m.start() == num_start and (
                rn := _word_pair_noun(text, num_end, n.value, table, hamza)):
            unit = rn  # «أربع إلى خمس مرات»: the first of two number words takes the noun after the second
        if unit is None and not m.group("approx"):
            definite_after_noun = (single in table and table[single][1] in ("unit_def", "ten_def")
                                   and prev_word(text, m.start()).startswith("ال"))  # «المرشحين العشرة»
            if not definite_after_noun and not PARTITIVE.match(text, num_end) and not ELLIPTIC_AFTER.match(
                    text, num_end) and not _lone_two(text, m, single) and (
                single in AMBIGUOUS_WORDS
                or (single in table and table[single][1] in ("unit", "ten", "ten_def", "few") and n.words == 1)
            ):
                continue  # a lone number word is too ambiguous (ست، خمس، عشر) unless «الصلوات الخمس»
            partitive = PARTITIVE.match(text, num_end) is not None and ITEM_CLITICS.sub(
                "", prev_word(text, word_start(text, num_start))) not in LABEL_HEADS
            scaled = SCALED_NUMBER.search(text, num_start, num_end) is not None  # «(215 ألفا)» (session 25)
            if chained or bare_label(text, num_start, num_end) and not partitive and not scaled or edition_label(
                    text, num_start):
                label_end = num_end
                continue  # «عيار 18 و12 و24», «في الدقيقتين 43 و57»: numbers joined by و to a label are labels
                # too; «مهرجان صيف طيبة 36»: an edition (session 17); «الاخوان 3 منهم» counts (session 18)
        # «الـ1500 طالب»: the article is in the span; so is an approximator before it («يتجاوز الـ22 متبرعا»)
        start = num_start - art if definite and not m.group("approx") else m.start()
        if qb and (unit is not None or scale != 1.0):
            start = qb[0]
        if qb:
            prev = prev_word(text, qb[0])
            if prev.startswith("ال") and len(prev) > 3 and prev not in lex.stop_nouns and unit not in _unit_values() \
                    and (unit is not None or scale != 1.0 or not counted(text, qb[0], num_end)) \
                    and not definite_plural(prev):
                continue  # «المادة «1» تطبيق»: an article number, like «المادة (56)»; also with no noun after it
                # («المراكز الانتخابية ” 1046 ” بمدرسة», «الرقم الموحد «112»»; session 24) unless a count cue
                # stands in its clause («بلغ عدد المراجعين … هذا العام " 11702 "»)
        if text[end - 1 : end] != ")" and ")" in text[num_end:end] and start == num_start and opening is not None:
            start = opening  # «(750) ريالا», «( 190) مقر»: keep the brackets balanced
            prev = prev_word(text, start)
            accusative = unit is not None and text[end - 1 : end] == "ا" and not unit.endswith("ا")
            if value_of_digits(text, num_start, num_end) in (1, 2) and unit is not None and currency is None \
                    and unit not in _unit_values():
                continue  # «السكري من النوع (2) أمر خطير»: no noun is counted by a numeral 1 or 2 (a dual is)
            if prev.startswith("ال") and len(prev) > 3 and prev not in lex.stop_nouns and unit not in _unit_values() \
                    and not accusative and text[num_start:num_end].isdigit() and (
                    OF_AFTER_BRACKET.match(text, num_end) or ITEM_CLITICS.sub("", prev) in LABEL_HEADS):
                continue  # «المادة (56) من لائحة»: an article number; «العدد (439491) شخصاً», «(ثلاث) قضايا»,
                # «بمنطقة مكة المكرمة (11677) وثيقة» (a noun right after the bracket) count
        if "(" in text[start:num_start] and ")" not in text[num_start:end] and (cb := CLOSING.match(text, end)):
            end = cb.end()  # «لا يقل عن (4.50)»: the approximator's bracket closes in the span
        value = n.value * scale if n.value is not None else None
        grouped = False
        if value is not None and DOTTED_THOUSANDS.fullmatch(text[num_start:num_end]) and (
                unit is not None and currency is None and unit not in _unit_values()
                or text[num_end - 3 : num_end] == "000" and currency is None):
            # 194.792 عبوة: boxes are whole; 80.000 متر مكعب: three zero decimals group thousands
            # (not in money: «1.000 دينار» may be one Kuwaiti dinar in fils)
            value = float(text[num_start:num_end].replace(".", ""))
            grouped = True
        if value is not None and unit is not None and value == int(value) and value < 1000 and (
                half := HALF_AFTER.match(text, end)):
            value, end = value + 0.5, half.end()  # «بثماني مرات ونصف», «3 كيلومترات ونصف» (session 18)
        approx = lex.approximators.get(key(m.group("approx"))) if m.group("approx") else None
        if approx and key(m.group("approx")) in BOUND_PREPOSITIONS and prev_word(text, m.start()) in ("من", "ومن"):
            approx, start = None, num_start  # «من دون 3 لاعبين» is "without", «من تحت» "from under"
        pm = post_re.match(text, end) if unit is not None else None
        if pm is None and unit is not None and (adj := WORD.match(text, end + 1)) and text[end : end + 1] == " " \
                and not adj.group().startswith("ال") and adj.group() not in lex.stop_nouns and len(adj.group()) > 2:
            pm = post_re.match(text, adj.end())  # «سبعة مرشحين جمهوريين على الأقل»: past an adjective
        if pm and approx is None:
            approx = lex.post_approximators[key(pm.group("post"))]
        if approx is None and unit is not None and (om := OR_MORE.match(text, end)):
            approx = "at_least" if om.group(1) == "اكثر" else "at_most"  # «5000 ريال أو أكثر»
        if approx is None and m.start() == num_start:
            approx = PERFECT_APPROX.get(prev_word(text, word_start(text, num_start)))  # «قاربت 4 مليارات»
        if approx is None and m.start() == num_start and up_to(text, num_start):
            approx = "at_most"  # «غرامة قد تصل إلى 300 ريال»: an upper bound; the verb stays outside
        if approx is None and m.start() == num_start and at_least_before(text, num_start):
            approx = "at_least"  # «على الأقل 50%»: before the amount, outside the span (session 16)
        if approx is None and m.start() == num_start:
            approx = separated_approx(text, start)  # «يقارب عددهم 20 مليونا», «فوق مستويات الـ50 دولارا»
        if approx is None and m.start() == num_start:
            approx = bracketed_approx(text, start, end)  # «نحو (56%)», «ما يقارب (200 عامل)» (session 23)
        out.append({
            "start": start, "end": end, "num_start": num_start, "num_end": num_end,
            "value": value, "low": n.low, "high": n.high, "approx": approx,
            "unit": unit, "currency": currency, "grouped": grouped,
        })
        if um or scale != 1.0:
            pos = max(pos, end)  # «20 كم2»: a digit inside a unit starts no quantity; «(36) ألف منزل»
    return _restated(text, _with_fraction_units(text, _elided_scale(text, _shared_scale(text, _without_overlaps(
        _between_pairs(text, _same_grouping(text, _spaced_thousands(text, out))))))))


RESTATED_GAP = regex.compile(r" +")


def _restated(text: str, found: list[dict]) -> list[dict]:
    """«أكثر من 6000 ستة آلاف طالب»: digits without a noun and, right after them, the same number in words
    with its noun — one amount written twice (official copy spells a sum out after its digits; session 25).
    The first keeps its start and approximator, the second gives the end, unit and currency."""
    if len(found) < 2:
        return found
    drop: set[int] = set()
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if a["unit"] is not None or a["value"] is None or a["value"] != b["value"] or not text[
                a["num_start"] : a["num_end"]].replace(",", "").isdigit() or b["num_start"] != b["start"]:
            continue
        if RESTATED_GAP.fullmatch(text, a["end"], b["num_start"]) is None or text[b["num_start"]].isdigit():
            continue
        b["start"], b["num_start"] = a["start"], a["num_start"]
        b["approx"] = a["approx"] or b["approx"]
        drop.add(i)
    return [q for i, q in enumerate(found) if i not in drop] if drop else found


# the Wojood sample's thousands: «1, 971», «10, 0» (a 000 group written 0), «1, 250, 0» (session 20)
SPACED_THOUSANDS = regex.compile(r"(?<![\d.,])\d{1,3}(?:, (?:\d{3}|0)(?!\d))+(?![\d.,])")


def _spaced_thousands(text: str, found: list[dict]) -> list[dict]:
    """«1, 971 استشارة», «10, 0 شخص», «ما لا يقل عن 2, 0 إيزيدي»: groups of thousands written with a comma
    and a space (a ``000`` group as ``0``) are one number when the last group's quantity has a counted
    noun or a unit; the first group's approximator, if any, is the whole number's."""
    if ", " not in text or not found:
        return found
    drop: set[int] = set()
    for m in SPACED_THOUSANDS.finditer(text):
        inside = [i for i, q in enumerate(found) if m.start() <= q["num_start"] and q["num_end"] <= m.end()]
        last = next((i for i in inside if found[i]["num_end"] == m.end()), None)
        if last is None or found[last]["unit"] is None:
            continue
        first = next((found[i] for i in inside if found[i]["num_start"] == m.start()), None)
        q = found[last]
        groups = m.group().split(", ")
        q["value"] = float(groups[0] + "".join("000" if g == "0" else g for g in groups[1:]))
        q["num_start"], q["start"] = m.start(), first["start"] if first else m.start()
        q["approx"] = first["approx"] if first and first["approx"] else q["approx"]
        drop |= {i for i in inside if i != last}
    return [q for i, q in enumerate(found) if i not in drop] if drop else found


# «مساحتها 125م», «بطول 40م»: «م» glued to the digits after a noun of size is metres
DIMENSION_BEFORE = regex.compile(
    r"(?<![\p{L}])[وف]?(?:ب|ل)?(?:ال)?(?:مساح|طول|عرض|ارتفاع|عمق|مسافه|مسافت|قطر|سمك|سماكه|مساحه|محيط)"
    r"\p{L}{0,3}(?:\s+\p{L}+){0,2}\s+$")
# definite singular nouns of a numbered item: a bare number right after one names it, whatever
# word follows («في الدقيقة 23 احتسب الحكم», «الصفحة 4 صورة»)
ITEM_HEADS = frozenset({"الدقيقه", "الماده", "البند", "الفقره", "الصفحه", "الحلقه", "الطابق", "المرتبه"})
ITEM_CLITICS = regex.compile(r"^(?:[وف]?[بلك]?)(?=ال)")
OF_AFTER_BRACKET = regex.compile(r"\s*\)\s*من(?![\p{L}])")


def _numbered_item(text: str, s: int, e: int) -> bool:
    """Digits (at most three) right after a definite noun of a numbered item («الدقيقة 17»)."""
    if e - s > 3 or text[s - 1 : s] != " " or not text[s:e].isdigit():
        return False
    head = prev_word(text, s)
    return head[-1:] in ("ه", "د", "ق") and ITEM_CLITICS.sub("", head) in ITEM_HEADS




def _same_grouping(text: str, found: list[dict]) -> list[dict]:
    """«5.964 طلعة جوية …، 2.657 في العراق، و2.289 في سوريا»: a bare number written like the
    dotted thousands of a count on the same line (one dot, three digits) groups thousands too."""
    grouped = [q for q in found if q["grouped"]]
    if not grouped:
        return found
    for q in found:
        if q["grouped"] or q["unit"] is not None or q["value"] is None:
            continue
        if not DOTTED_THOUSANDS.fullmatch(text[q["num_start"] : q["num_end"]]):
            continue
        if any(abs(g["num_start"] - q["num_start"]) < 300 and "\n" not in text[
                min(g["num_start"], q["num_start"]) : max(g["num_start"], q["num_start"])] for g in grouped):
            q["value"] = float(text[q["num_start"] : q["num_end"]].replace(".", ""))
            q["grouped"] = True
    return found


QUOTES = {"«": "»", '"': '"', "“": "”", "”": "”"}


def _opening_bracket(text: str, pos: int) -> int | None:
    """The offset of a «(» right before ``pos``, spaces between allowed, or None."""
    i = pos - 1
    while i >= 0 and i > pos - 4 and text[i] == " ":
        i -= 1
    return i if i >= 0 and text[i] == "(" else None


def value_of_digits(text: str, s: int, e: int) -> int | None:
    tok = text[s:e]
    return int(tok) if tok.isdigit() else None


# «بتكلفة بلغت (167) مليون ريال», «لأكثر من (36) ألف منزل»: a scale word after the bracket
BRACKET_SCALE = regex.compile(r"\s*\)\s*(?P<s>الف|الاف|مليون|ملايين|مليار|مليارات)(?![\p{L}])")
QUOTE_SCALE = regex.compile(r"\s*(?P<s>الف|الاف|مليون|ملايين|مليار|مليارات)ا?(?![\p{L}])")
SCALE_VALUE = {"الف": 1e3, "الاف": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9}


def _quote_bounds(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The number alone in quotation marks, a space inside allowed («250», "250", ” 165 ”):
    (opening mark, end of the closing mark) or None."""
    spaced = text[s - 1 : s] == " "
    i, j = (s - 2, e + 1) if spaced else (s - 1, e)
    if i < 0 or text[i] not in QUOTES or text[j : j + 1] != QUOTES[text[i]] or (text[e : e + 1] == " ") != spaced:
        return None  # spaces on both sides or none (« 1047" بمدرسة» is no quoted number)
    return i, j + 1


def _definite_count(text: str, s: int, e: int, n) -> bool:
    """«لاستيعاب الـ1500 طالب»: «الـ» + a number of 100 or more + its counted noun, not after a
    definite noun that it would name («الذكرى الـ100 لتأسيس», «الدورة الـ45»)."""
    if n.value is None or n.value < 100 or not HEAD_DIGITS.fullmatch(text[s:e].split()[0]):
        return False
    prev = prev_word(text, word_start(text, s - 1) if text[s - 1 : s] == " " else s - 2)
    return not prev.startswith("ال") and _counted_noun(text, e, False) is not None


def _same_stem(noun: str, plural: str) -> bool:
    """The counted noun repeats the definite plural before the number («المساهمات … مساهمة»)."""
    return CLITICS.sub("", plural).removeprefix("ال")[:3] == noun[:3]


def _plural_before(text: str, pos: int, past_adjective: bool = True) -> bool:
    """A definite sound plural before the number («المستخدمين الـ 1027») makes it a count —
    unless that plural follows a noun of a numbered series («مؤتمر الصناعيين الـ 15»)."""
    ws = word_start(text, pos)
    plural = CLITICS.sub("", prev_word(text, pos))
    if not SOUND_PLURAL.match(plural):
        if past_adjective and DEFINITE_NISBA.fullmatch(plural):
            j = ws
            while j > 0 and text[j - 1] == " ":
                j -= 1
            start = word_start(text, j)  # the adjective's first letter
            # «المفاعلات النووية الـ48»: past one nisba adjective (session 18)
            return start < j and _plural_before(text, start, False)
        return construct_plural(text, pos)
    head = prev_word(text, word_start(text, ws - 1) if ws > 0 and text[ws - 1 : ws] == " " else ws)
    head = head[1:] if head[:1] in "وفبل" and head[1:] in NUMBERED_HEADS else head
    return head not in NUMBERED_HEADS


def _agrees(num: str, word: str, table) -> bool:
    """A lone number word and the word after it agree as number and counted noun: after
    20–90 the noun is a singular accusative («ستون شخصا», «عشرون حالة»), after 3–10 a genitive
    plural («ست سنوات», «ثلاثة أمثالها», «خمسة ضحايا») — not «ستون أورد» (a name, then a verb) or «لست متفقا» ("I am not")."""
    if num not in table or word in quantity_lexicon().units:
        return True
    value, kind = table[num]
    if kind == "ten" and value >= 20:
        return word[-1] in "اهيءن"  # «عشرون آخرون»
    if kind == "unit" and 3 <= value <= 10:
        return not (word.endswith("ا") and len(word) > 3 and not word.endswith(("ها", "نا", "ايا")))
    return True


def _definite_adjective(text: str, m: regex.Match, table) -> bool:
    """«المرشحين الجمهوريين العشرة»: a definite number word after a definite noun agrees
    with it like an adjective — it counts the noun before it, never a word after it."""
    single = m.group("num").strip()
    if m.group("approx"):
        return False  # «التي تتجاوز الخمسة حواجز»: after an approximator no noun stands before it (session 25)
    before = prev_word(text, m.start())
    return (single in table and table[single][1] in ("unit_def", "ten_def")
            and before.startswith("ال") and before not in RELATIVES)


# relative pronouns and «إلى» (normalised «الي») begin like a definite noun but are none
RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتين", "اللذين", "اللتان", "اللذان", "اللواتي", "اللاتي", "الي"})


SCALED = regex.compile(r"(?:^|\s)(?:ما\s+)?(?:بين|من)\s*$")
OR_GAP = regex.compile(r"\s+او\s+")
RANGE_GAP = regex.compile(r"\s*(?:و|-|–|الي|حتي)\s*")
HEAD_DIGITS = regex.compile(r"\d+(?:[.,]\d+)?")
# a number with a scale word after its first token counts thousands or millions: no label, issue or
# article is numbered so («أقل مما كان متوقعا (215 ألفا)»; a bracketed bare number is a label otherwise)
SCALED_NUMBER = regex.compile(r"\s(?:الف|الاف|الفا|مليون|ملايين|مليونا|مليار|مليارات|مليارا)(?![\p{L}])")
ACCUSATIVE_SCALE = regex.compile(r"(?:^|\s)(?:الفا|مليونا|مليارا)$")
SCALE_WORD = regex.compile(r"\s*(?:الف|الاف|مليون|ملايين|مليار|مليارات|ترليون|تريليون)ا?(?![\p{L}])")  # «30 ألفا»


def _head_value(head: str) -> float | None:
    """The value of the digits or the one number word before a scale word («7», «سبعة»)."""
    if head[:1].isdigit():
        return float(head.replace(",", "."))
    entry = words().get(key(head)) or words().get(key(head)[1:] if head[:1] == "و" else "")
    return entry[0] if entry and entry[1] in ("unit", "ten") else None


def _shared_scale(text: str, found: list[dict]) -> list[dict]:
    """«بين 5 و10 آلاف ريال»: the first number of a range takes the second's thousands or
    millions (5 000), though not its unit (docs/time.md: «20 و30 قتيلا»)."""
    for q1, q2 in zip(found, found[1:], strict=False):
        if q1["unit"] is not None or q1["value"] is None or q2["value"] is None:
            continue
        first = text[q1["num_start"] : q1["num_end"]]
        if not first.replace(".", "").isdigit() and words().get(key(first), (0, ""))[1] not in ("unit", "ten"):
            continue  # digits, or one number word: «بين خمسة وسبعة ملايين» (session 14)
        gap = text[q1["end"] : q2["start"]]
        hyphen = gap.strip() in ("-", "–")  # «55-50 ألف سيارة»: a hyphen range shares the scale too
        either = OR_GAP.fullmatch(gap) is not None  # «5 أو 7 ملايين» (session 14)
        if not (RANGE_GAP.fullmatch(gap) or either) or not (
                hyphen or either or SCALED.search(text[max(0, q1["start"] - 12) : q1["start"]])):
            continue
        head = HEAD_DIGITS.match(text, q2["num_start"], q2["num_end"]) or WORD.match(text, q2["num_start"])
        scale = SCALE_WORD.match(text, head.end()) if head else None
        base = _head_value(head.group()) if scale else None
        if not base:
            continue
        factor = q2["value"] / base
        if factor >= 1000 and (q1["value"] < base or hyphen and q1["value"] < 1000):
            q1["value"] *= factor
    return found


BETWEEN = regex.compile(r"(?:^|\s)(?:ما\s+)?بين\s*$")
SCALED_PAIR = regex.compile(
    r"(?P<a>\d+(?:[.,]\d+)?)\s*(?P<s1>الف|الاف|مليون|ملايين|مليار|مليارات|تريليون)ا?\s+و\s*"
    r"(?P<b>\d+(?:[.,]\d+)?)(?:\s*(?P<s2>الف|الاف|مليون|ملايين|مليار|مليارات|تريليون)ا?)?$")


def _between_pairs(text: str, found: list[dict]) -> list[dict]:
    """«بين 60 مليون و80 مليون لتر», «بين 5 ملايين و7»: after «بين» two amounts joined by «و»
    are the two ends of a range, not one sum (the parser adds «مليون و80 مليون»; session 14) —
    when the second is not smaller and takes the same scale (written or left out)."""
    out: list[dict] = []
    for q in found:
        pm = SCALED_PAIR.fullmatch(text, q["num_start"], q["num_end"]) if q["value"] is not None and q[
            "num_end"] - q["num_start"] > 6 and "و" in text[q["num_start"] : q["num_end"]] else None
        if pm is None or not BETWEEN.search(text, max(0, q["start"] - 12), q["start"]) or (
                pm.group("s2") and SCALE_VALUE.get(pm.group("s2")) != SCALE_VALUE.get(pm.group("s1"))):
            out.append(q)
            continue
        a, b = float(pm.group("a").replace(",", ".")), float(pm.group("b").replace(",", "."))
        scale = SCALE_VALUE.get(pm.group("s1"), 1e12)
        if b < a:
            out.append(q)
            continue
        out.append(q | {"end": pm.end("s1"), "num_end": pm.end("s1"), "value": a * scale, "unit": None,
                        "currency": None})
        out.append(q | {"start": pm.start("b"), "num_start": pm.start("b"), "value": b * scale, "approx": None})
    return out


# «إلى 113.73 مليون من 137.76», «بين 5 ملايين و7»: what joins a scaled amount to a bare one
ELIDED_GAP = regex.compile(r"\s*(?:من|مقارنه\s+(?:ب|مع)|مقابل|الي|و|او)\s*")


def _elided_scale(text: str, found: list[dict]) -> list[dict]:
    """«ارتفع إلى 113.73 مليون من 137.76»: a bare number right after a scaled amount, joined to
    it by «من/مقارنة بـ/مقابل/إلى/و/أو» and of the same size as its digits, takes the scale
    word left out (session 14; the mirror of _shared_scale) — not its unit or currency."""
    for q1, q2 in zip(found, found[1:], strict=False):
        if q2["unit"] is not None or q2["start"] - q1["end"] > 16 or q1["value"] is None or q2["value"] is None \
                or q2["approx"]:
            continue  # the cheap looks first: a bare number just after the amount
        head = HEAD_DIGITS.match(text[q1["num_start"] : q1["num_end"]])
        scale = SCALE_WORD.match(text, q1["num_start"] + head.end()) if head else None
        digits = text[q2["num_start"] : q2["num_end"]]
        if scale is None or not ELIDED_GAP.fullmatch(text, q1["end"], q2["start"]) or not HEAD_DIGITS.fullmatch(digits):
            continue
        first = float(head.group().replace(",", "."))
        if first and 0.1 <= q2["value"] / first <= 10 and q2["value"] < 1000:
            q2["value"] *= q1["value"] / first
    return found


def _without_overlaps(found: list[dict]) -> list[dict]:
    """Spans never overlap: when a quantity starts inside the counted noun of the one before
    («ثلاثة أكثر من ثلاثة»: «أكثر» opens the next quantity), the earlier one loses that noun;
    any other overlap keeps the earlier quantity."""
    out: list[dict] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and q["start"] < prev["end"]:
            if prev["currency"] is None and q["start"] >= prev["num_end"]:
                prev["end"], prev["unit"] = prev["num_end"], None
            else:
                continue
        out.append(q)
    return out


RANGE_NEXT = regex.compile(r"\s*[-–]\s*\d+(?:[.,]\d+)?")
RANGE_PREV = regex.compile(r"\d\s*[-–]\s*$")


def _in_range_with_unit(text: str, s: int, e: int, unit_re: regex.Pattern) -> bool:
    """«18-38 كم/ساعة», «15- 35 %»: a range whose second number has a unit (not a score)."""
    nxt = RANGE_NEXT.match(text, e)
    if nxt is not None and (unit_re.match(text, nxt.end()) or SCALE_WORD.match(text, nxt.end())
                            or _range_noun(text, s, nxt.end())):
        return True  # «55-50 ألف سيارة»: a scale word after the second number makes a range, not a score
    prev = RANGE_PREV.search(text, max(0, s - 4), s)
    return prev is not None and (unit_re.match(text, e) is not None or SCALE_WORD.search(text, s, e) is not None
                                 or _range_noun(text, _digits_start(text, prev.start()), e))


def _digits_start(text: str, pos: int) -> int:
    """The start of the run of digits that ends at ``pos`` (inclusive)."""
    while pos > 0 and text[pos - 1].isdigit():
        pos -= 1
    return pos


def _range_noun(text: str, first: int, end: int) -> bool:
    """«بتوعية 15 – 20 منزلاً»: a rising range of two numbers of 3 or more followed by a counted
    noun — in the accusative or a sound plural, or any noun from 10 up — is a range of counts,
    not a score (a score is followed by a preposition or a name, not by what it counts)."""
    pair = RANGE_PAIR.match(text, first)
    if pair is None or pair.end() != end or not 3 <= int(pair.group(1)) < int(pair.group(2)):
        return False
    if not NOUN_NEXT.match(text, end):
        return False  # «من 15 - 26 من الشهر»: a partitive; «( 17 – 23 ) عاماً»: past a bracket
    noun = _counted_noun(text, end, False)
    return noun is not None and noun[0] not in quantity_lexicon().stop_nouns and (
        text[noun[1] - 1] == "ا" or noun[0].endswith(("ات", "ين", "ون")) or int(pair.group(1)) >= 10)


CLOSING = regex.compile(r"\s*\)")
NOUN_NEXT = regex.compile(r" (?!من(?![\p{L}]))\p{L}")
RANGE_PAIR = regex.compile(r"(\d{1,4})\s*[-–]\s*(\d{1,4})")


@cache
def _fraction_unit() -> regex.Pattern:
    units = alt(f for f, (u, cur) in quantity_lexicon().units.items() if cur is None and u != "%")
    return regex.compile(
        rf"{B}(?:(?P<frac>نصف|ربع)\s+(?P<unit>{units})|(?P<unit2>{units})\s+و\s*(?P<half>نصف|ربع)){E}"
    )


def _with_fraction_units(text: str, found: list[dict]) -> list[dict]:
    """Add «نصف متر» (0.5 m) and «متر ونصف» (1.5 m), which carry no digit or number word."""
    if "نصف" not in text and "ربع" not in text:
        return found  # both branches of the pattern need one of the two words: skip the scan
    lex = quantity_lexicon()
    taken = SpanUnion((q["start"], q["end"]) for q in found)
    extra = []
    for m in _fraction_unit().finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        frac = m.group("frac") or m.group("half")
        part = 0.5 if frac == "نصف" else 0.25
        unit = lex.units[key(m.group("unit") or m.group("unit2"))][0]
        value = part if m.group("frac") else 1 + part
        extra.append({"start": m.start(), "end": m.end(), "num_start": m.start(), "num_end": m.end(),
                      "value": value, "low": None, "high": None, "approx": None,
                      "unit": unit, "currency": None})
    return sorted(found + extra, key=lambda q: q["start"]) if extra else found


def _prefix_end(text: str, start: int, end: int, n_words: int) -> int:
    toks = list(regex.finditer(r"\S+", text[start:end]))
    merged = []
    table = words()
    i = 0
    while i < len(toks):
        if i + 1 < len(toks) and f"{toks[i].group()} {toks[i + 1].group()}" in table:
            merged.append(toks[i + 1])
            i += 2
        else:
            merged.append(toks[i])
            i += 1
    if n_words >= len(merged):
        return end
    return start + merged[n_words - 1].end()


NUMBER_NEXT = regex.compile(r"\s+\d")
WORD_AFTER = regex.compile(r"\s+(\p{L}+)")
# «أربعة منها/منهم»: a number word before a partitive pronoun counts (the pronoun's noun)
DEFINITE_NISBA = regex.compile(r"ال\p{L}{2,}ي(?:ه|ين|ون)?")  # «النووية», «السعوديين»
# «ونصف» right after a counted noun or a unit adds a half (not «ونصف الطلاب»: half of a definite noun)
HALF_AFTER = regex.compile(r"\s+و\s?نصف(?:ا)?(?![\p{L}])(?!\s+ال)")
PARTITIVE = regex.compile(r"\s+من(?:ها|هم|هن|هما)(?![\p{L}])")
OR_MORE = regex.compile(r"\s+او\s+(اكثر|اقل)(?![\p{L}])")  # «N unit أو أكثر/أقل»: at least / at most
# a perfect verb of three root letters with its subject suffix: «كانوا», «قالوا», «ذكرت», «قالت»
# (a noun never ends in ـوا after three letters — «عضوا» has two —, and after normalisation a
# noun's final ت is an original ت: not «بيوت», «زيوت», «ميغاوات», which have و/ي/ا before it)
SHORT_PERFECT = regex.compile(r"[وف]?(?:\p{L}{3}وا|\p{L}{2}[^\Wاوي\d_]ت)")


def _name_after_and(word: str) -> bool:
    """«و/ف» + a given name or a place name of the gazetteers (the conjunction, not a root
    letter: the whole word is no word of its own in ``native_initial.txt``)."""
    from khabar.extract.times.rules_calendar import _is_place
    from khabar.gazetteer import countries
    from khabar.text.clitics import native_initial

    rest = word[1:]
    if word in native_initial() or rest in words():
        return False
    if rest in given_names():
        return True
    country = countries.forms().get(rest)  # a country of three letters too: «ألفين وقطر», «ومصر»
    return (len(rest) > 3 or country is not None and country.kind == "name") and _is_place(rest)
# elatives a partitive «من» may open («ثلاث من أبرز …»): the amount counts what comes after
ELATIVES = frozenset("ابرز اهم اكبر افضل اكثر اقل اشهر اقدم احدث اعلي ادني اقوي اسوا اخطر اغلي اصغر اطول".split())
# «تراجعت ثلاث من أبرز …», «تراجعت ثلاثة خاصة …»: a number word whose noun is left out counts
ELLIPTIC_AFTER = regex.compile(rf"\s+(?:من\s+(?:{'|'.join(sorted(ELATIVES))})|خاصه|خصوصا|لاسيما)(?![\p{{L}}])")
POSSESSED_PLURAL = regex.compile(r"ات(?:هم|ها|هن|هما|كم|نا)$")
FUNCTION_VERBS = frozenset({"تم", "تمت", "يتم", "تتم", "كان", "كانت", "يكون", "تكون", "ظل", "ظلت", "بات", "باتت"})
COUNTED = regex.compile(r"(?:\s*\))?(?:[ \u00a0]+|(?<=\d)(?=\p{L}))(?:من\s+)?(?P<w>[\p{L}]+)")


def _stem_initial(w: str) -> bool:
    """«فندقا», «فتيات», «فيلما»: a noun whose first letter و/ف is its own, not a conjunction before an
    imperfect verb — a word of ``native_initial.txt``, or after «ف» an accusative in «ا» (not the
    verbs' «وا») or a plural in «ات» («وتصفيات» is «و» + a plural: the next phrase; session 16: «30
    فندقاً ومنتجعاً» lost its noun)."""
    from khabar.text.clitics import native_initial

    return w in native_initial() or w[0] == "ف" and (w.endswith("ا") and not w.endswith("وا") or w.endswith("ات"))


# (session 23) the first of two neighbouring number words joined by «إلى/أو/-» before the second's counted noun
# — «أربع إلى خمس مرات», «أربعة أو خمسة أعيرة», «تسع أو عشر مباريات» — counts that noun too, as «[4]-[6 سيارات]»
# and «نحو [5] أو [7 ملايين ريال]» do; alone it was dropped as too ambiguous (news day 73, 176, 776)
WORD_PAIR_NEXT = regex.compile(r"\s+(?:الي|او|[-–])\s+(?P<w>\p{L}+)(?=\s)")


def _word_pair_noun(text: str, pos: int, value: float | None, table: dict,
                hamza: Callable[[int], bool] | None = None) -> str | None:
    """The counted noun of the number word after «إلى/أو/-» at ``pos`` when that number is one or two
    more than ``value`` (a range of neighbours, 3 to 10), or None."""
    r = WORD_PAIR_NEXT.match(text, pos)
    if r is None or value is None or not 3 <= value <= 9:
        return None
    nxt = table.get(r.group("w"))
    if nxt is None or nxt[1] not in ("unit", "ten") or not value < nxt[0] <= value + 2:
        return None
    noun = _counted_noun(text, r.end(), False, hamza)
    if noun and noun[0] in time_lexicon().units:
        return None  # «لأربع أو خمس سنوات»: amounts of time are the time stage's
    return noun[0] if noun and _agrees(r.group("w"), text[r.end() : noun[1]].split()[-1], table) else None


def _counted_noun(text: str, pos: int, vague: bool,
                  hamza: Callable[[int], bool] | None = None) -> tuple[str, int] | None:
    """The counted noun right after a number (optionally after «من»): (noun, end). A word of five
    letters or more written with «أل» (``hamza``) is an indefinite broken plural, not the article:
    «ستة ألقاب», «ثلاثة ألغام» (session 21) — not a place («في 2006 ألمانيا»)."""
    lex = quantity_lexicon()
    m = COUNTED.match(text, pos, pos + 40)
    if not m:
        return None
    w = m.group("w")
    if w[0] in "وف" and (w[1:3] == "ال" or w[1:] in lex.stop_nouns or (len(w) > 4 and w[1] in "يتن"
                                                                        and not _stem_initial(w))):
        return None  # a conjunction starts the next clause («وتستمر», «والثقافة»)
    if w[0] in "وف" and w[1:2] in ("ب", "ل", "ك") and (w[2:] in lex.stop_nouns or w[2:3] == "ا" and len(w) > 6):
        return None  # «وبذلك», «وبدون», «وباختيار»: conjunction + preposition opens the next phrase
    if w.startswith("وو") or w[0] == "و" and (NUMBER_NEXT.match(text, m.end()) or (
            nw := WORD_AFTER.match(text, m.end())) and nw.group(1) in words()):
        return None  # «استشهاد 15 وإصابة 33», «مقتل اثنين وإصابة ثلاثة»: «و» + the next phrase
    if w[0] == "و" and len(w) > 3 and _name_after_and(w):
        return None  # «36 وصالح», «(26) وصلاح», «أربعة وقطر»: «و» + a person's or a place's name
    if SHORT_PERFECT.fullmatch(w) and w not in lex.units:
        return None  # «6 كانوا», «خمسة ذكرت»: a short perfect verb opens the next clause
    if w in lex.stop_nouns or len(w) < 2 or w in words():
        return None
    partitive = m.group().strip().startswith("من")
    if partitive and w in ELATIVES:
        return None  # «تراجعت ثلاث من أبرز خمس كميات»: a superlative's partitive, no counted noun
    if not partitive and len(w) >= 6 and POSSESSED_PLURAL.search(w):
        return None  # «بينهم 150 إصاباتهم خطيرة»: a plural with a pronoun is definite, not counted
    if DERIVED_PERFECT.fullmatch(w):
        return None  # «وعددها 172 ارتفعت منها 113»: a perfect verb of the derived forms in ا…ت
    if w[:3] in ("بال", "لل", "فال", "كال") or w[:2] == "لل" or (w[0] == "ب" and w[1:2] in ("ا", "م") and len(w) > 4 + (
            w[1] == "ا")):
        return None  # a preposition (+ article) starts a new phrase: «بارتفاع», «بالقرب»; «بمكتب», «بموقع»: ب + a
        # noun in م (no root opens with ب م; session 24: «قطاع ستة بمكتب الحارة», «مقتل 8 بموقع»)
    if w.endswith(("ها", "هم")) and w[:-2] in lex.stop_nouns or w.endswith("ه") and w[:-1] in lex.stop_nouns:
        return None  # «لكنها», «عليه» (not «لوحة», «منحة», «مادة»: لو/من/ما + ة is no pronoun)
    if w[0] in "لس" and w[1:2] in ("ي", "ت") and w.endswith(("وا", "ون")) and len(w) >= 6:
        return None  # «لـ2736 ليتمكنوا من»: ل/س + an imperfect plural verb opens the next clause
    if w[0] in "وف" and w[1:] in FUNCTION_VERBS:
        return None  # «بلغ 97666 وتم قبول»: «و» + «تم/كان» opens the next clause
    v = w[1:] if len(w) == 5 and w[0] in "لس" else w  # «ليخسر», «لتشمل», «سيبلغ»
    if len(v) == 4 and v[0] in "تي" and not set(v[1:]) & set("اويء") and v[-1] != "ه":
        return None  # an imperfect verb starts the next clause: «لتدريب 2302 تشمل الأطباء»
    own = w.startswith("ال") and len(w) >= 5 and hamza is not None and hamza(m.start("w")) and not _is_place(w)
    base = w[2:] if w.startswith("ال") and len(w) > 4 and not own else w
    if len(base) >= 4 and base.endswith("ا") and base[-2] != "ا" and not base.endswith(("ايا", "ها", "نا")):
        base = base[:-1]  # accusative of the counted noun after 11–99: شخصا → شخص
    if not vague and w.startswith("ال") and not own and not m.group().strip().startswith("من"):
        return None  # «2014 الماضي» / a definite word after a digit is not what it counts
    return base, m.end()
