"""Mention candidates: model spans over tokens, clitics stripped, and gazetteer matches merged.

A model entity covers whole tokens; its first token may carry proclitics (وواشنطن،
ببغداد، للعراق) that must stay outside the span. The proclitics are removed when they are
a conjunction/preposition sequence (never the article itself) and the rest is a known name
(feature lexicon, gazetteers, or a bare occurrence in the same document) while the whole
word is not: «فرنسا» keeps its ف, «بمصر» loses its ب, «وفرهاد» loses its و when «فرهاد»
stands alone elsewhere in the text; a ب before a place nested in a larger one
(«بفرعان بمحافظة …») goes too, and so do a place's و when the rest is a place named bare in
the document («وجدة» beside «جدة») and an organisation's head noun's proclitics («لمنظمة …»).
The preposition «على» + a definite noun is no person, and a kinship noun with a pronoun
before a name («لأخي إبراهيم») is no part of it; a generation mark after a name («… الأب»)
is, where the document names both generations, and so is «آل» before a family name.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from khabar.document import Token
from khabar.gazetteer.matcher import Match
from khabar.gazetteer.names import GazEntry
from khabar.ner.conll import spans as bio_spans
from khabar.text.clitics import PROCLITICS, analyses
from khabar.text.normalize import MATCHING, match_form, normalize


@dataclass
class Candidate:
    """A mention before resolution."""

    start: int
    end: int
    label: str
    source: str  # model | gazetteer | rule | coref
    score: float | None = None
    gaz: GazEntry | None = None
    ref: Candidate | None = None  # for coref mentions: the mention they refer back to


def strip_proclitics(token: Token, known: Callable[..., bool], listed: bool = False,
                     nested: bool = False, label: str | None = None) -> int:
    """Original-offset start of ``token`` once its proclitics (not the article) are removed
    (of several readings that leave a known name, the one that removes the least).

    ``listed``: the name follows another of its kind or a comma («… الزبيدي وشايع
    شراحيلي», «فيهيندو، وفولهادو»), so a leading و is the list's conjunction even when the
    rest is an unknown name. ``nested``: a place placed in a larger one with the same
    preposition («الجمعية الخيرية بفرعان بمحافظة …»), so a leading ب is that preposition.
    ``label``: a place whose word is a known name but also و/ف + a known place that stands
    bare in the document is the conjunction and that place («المدينة وجدة» beside «في
    جدة»: Jeddah, not Oujda); an organisation's generic head noun loses its proclitics
    («لمنظمة …», «ومؤسسة …»), and so does a MISC name's head noun («ببطولة …»)."""
    norm = normalize(token.text, MATCHING)
    t = norm.text
    cuts = []
    for prefix, base in analyses(t):
        if not prefix or prefix == "ال" or prefix.endswith("س"):
            continue
        if prefix.endswith("لل"):  # (و)للعراق: the article's alef is gone; span the base
            cut, safe = len(prefix), len(base) >= 3 or known(base)
        elif prefix.endswith("ال"):  # والعراق، بالعراق: keep the article
            cut = len(prefix) - 2
            # but a known name that merely starts like one stays whole (كاليفورنيا,
            # بالتيمور) unless the rest is a known name too (بالله → الله)
            safe = (len(base) >= 3 or known(t[cut:])) and (
                not known(t, True) or known(t[cut:], True))
        else:
            cut = len(prefix)
            # (ل + الفيفا is «للفيفا» with the alef restored: not a cut of the word)
            safe = t[cut:] == base and len(base) >= 3 and (
                known(base) or (listed and prefix == "و") or (nested and prefix == "ب")
                or (label == "ORG" and base in _ORG_HEAD_NOUNS)
                or (label == "MISC" and base in _MISC_HEAD_NOUNS)
            ) and (not known(t, True) or (
                # «وجدة»: Oujda, or «و» + Jeddah named bare elsewhere in the document
                label == "LOC" and prefix in ("و", "ف") and known(base, True)
                # (the word itself counts once when the tokenizer left it whole)
                and known(base, bare_only=True) >= 1 and known(t, bare_only=True) <= 1
            )) and not (prefix.endswith("ل") and t[cut - 1 :] in _LAM_NOUNS)
        if safe:
            cuts.append(cut)
    # the least taken off that leaves a known name: «وكارل» is و + كارل, not وك + ارل
    best = min(cuts, default=0)
    if best == 0:
        return token.start
    s, _ = norm.to_original(best, len(t))
    return token.start + s


# Generic head nouns of organisations' names, in the construct state: a proclitic before one
# is a conjunction or preposition («لمنظمة علماء …», «ومؤسسة النقد …»), not part of the name
_ORG_HEAD_NOUNS = frozenset(match_form(w) for w in (
    "منظمة هيئة جمعية مؤسسة شركة جامعة وزارة مجلس مركز معهد كلية مستشفى نادي حزب حركة "
    "جماعة بنك مصرف صندوق اتحاد رابطة وكالة صحيفة قناة جريدة مجلة محكمة ديوان غرفة "
    "أكاديمية مجموعة شبكة نقابة").split())


# … and of named events, prizes and competitions («ببطولة كأس العالم …», «لجائزة …», «بمهرجان
# …»): a proclitic before one of these heading a MISC name is a preposition or conjunction
_MISC_HEAD_NOUNS = _ORG_HEAD_NOUNS | frozenset(match_form(w) for w in (
    "بطولة كأس دوري مهرجان جائزة مسابقة ملتقى مؤتمر معرض منتدى مباراة أولمبياد "
    "دورة ندوة قمة حملة عملية اتفاقية اتفاق معاهدة إعلان").split())


# … and the nouns of institutions named after people («مركز/مستشفى/جائزة/مدينة الملك …»)
_INSTITUTION_HEADS = _ORG_HEAD_NOUNS | frozenset(match_form(w) for w in (
    "مدينة جائزة كرسي برنامج مطار ملعب استاد مجمع قاعة مكتبة مدرسة مسجد جامع مشروع "
    "مبادرة منحة وقف").split())


# Nouns whose first letter ل is a root letter, not the preposition: a name's head or first word
# («لجنة مبادرة السلام العربية», «لواء الحرس», «لقاء القمة»), never cut to «جنة», «واء», «قاء»
_LAM_NOUNS = frozenset(match_form(w) for w in (
    "لجنة لجان لواء لقاء لائحة لاعب لاعبة لاعبو لاعبي لعبة لغة ليلة لحظة لوحة لبنة "
    "لقمة").split())


def _is_nisba(token: Token) -> bool:
    """«السوداني», «البغدادي»: a definite masculine nisba, a common family-name shape."""
    n = token.norm
    return token.kind == "word" and not token.prefix.strip("ال") and n.startswith("ال") and (
        n.endswith("ي") and len(n) >= 6
    )


# Closed-class words that never stand inside a person's name (not على: its match form is
# the name علي): a PERS span the model runs
# across one («خرجت الريماوي بأن درويش …») is two names, or a name and a clause.
_PERSON_BREAKS = frozenset(match_form(w) for w in (
    "أن بأن إن وأن فإن لأن أنه بأنه إنه في عن إلى الى مع من التي الذي الذين قد لقد لم لن "
    "ما كما حيث لكن بل ثم أو أي هو هي هم خلال بعد قبل عند").split())


# «على» spelt with alef maqsura, alone or after و/ف: the preposition, unless the name علي
# written the Egyptian way («على عبد الله صالح»); before a definite noun it is the
# preposition («على الغيتار», «وعلى العلن»), a name never being followed by a bare noun
_ALA = frozenset(("على", "وعلى", "فعلى"))
_KIN = frozenset(match_form(w) for w in "بن ابن بنت أبو أبي أم عبد".split())


def _preposition_ala(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is «على» + a definite noun that is no nisba family name
    («على الغيتار», not «على السيستاني»), and no «بن» before it."""
    if tokens[k].text not in _ALA or k + 1 >= len(tokens):
        return False
    if k > 0 and match_form(tokens[k - 1].text) in _KIN:
        return False  # «وليد بن على الجلال»: the father's name
    nxt = tokens[k + 1]
    return (nxt.kind == "word" and nxt.prefix == "ال"
            and len(nxt.norm) > 4 and not _is_nisba(nxt))


def _split_persons(tokens: Sequence[Token], tags: Sequence[str]) -> list[str]:
    """Tags with every PERS token that is a closed-class word set to O (the name after it
    starts anew); the preposition «على» + a definite noun drops with the rest of its
    span (the noun is no name: «… على الغيتار»)."""
    out = list(tags)
    if "PERS" not in "".join(tags):
        return out
    for k in range(len(tokens)):
        if out[k][2:] == "PERS" and _preposition_ala(tokens, k):
            out[k] = "O"
            j = k + 1
            while j < len(out) and out[j] == "I-PERS":
                out[j] = "O"
                j += 1
    for k, tok in enumerate(tokens):
        if out[k][2:] == "PERS" and match_form(tok.text) in _PERSON_BREAKS:
            out[k] = "O"
            if k + 1 < len(out) and out[k + 1] == "I-PERS":
                out[k + 1] = "B-PERS"
    return out


# Circumstantial participles that follow a speaker's name («وقال القرني معقبا», «وأضاف
# فلان موضحا»): never part of the name. A closed class (a looser م…ا pattern would cut
# foreign names: مانديلا، موريرا، ميرزا).
_HAL_WORDS = frozenset(match_form(w) for w in (
    "قائلا لافتا داعيا واصفا ناصحا ناقلا شارحا سائلا آملا راجيا نافيا رافضا كاشفا "
    "مضيفا موضحا مشيرا مؤكدا معقبا مبينا منوها مشددا معربا متابعا مستدركا مستذكرا "
    "مستشهدا مطالبا معتبرا محذرا مختتما مستطردا معلقا متسائلا مفيدا ملمحا متمنيا "
    "مرجحا مستبعدا منتقدا موجها مستعرضا مذكرا مفسرا معللا مستنكرا متهما متوعدا "
    "مهددا معترفا مقرا مقترحا متحدثا مخاطبا مردفا مبديا مثمنا مشيدا مستغربا").split())


def _is_hal(token: Token) -> bool:
    """«معقبا», «مضيفاً», «قائلا»: an accusative participle after a speaker, not a name."""
    return token.kind == "word" and match_form(token.text) in _HAL_WORDS


def _listed(tokens: Sequence[Token], tags: Sequence[str], i: int, label: str) -> bool:
    """Whether the span starting at token ``i`` follows a name of the same type or a comma."""
    if i == 0:
        return False
    return tags[i - 1][2:] == label or tokens[i - 1].text in ("،", ",")


# Nouns of a larger place («… بمحافظة الطائف») and words after which a ب-word is a name
# of its own (a preposition cannot stand before another: «في بيش»; a place noun takes
# the name as its genitive: «محافظة بيش»)
_PLACE_NOUNS = frozenset(match_form(w) for w in (
    "محافظة منطقة مدينة قرية بلدة مركز حي ولاية إقليم ناحية قضاء مديرية إمارة").split())
_BEFORE_NAME = _PLACE_NOUNS | frozenset(match_form(w) for w in (
    "في فى من إلى الى على عن مع حتى نحو قرب عند داخل خارج شمال جنوب شرق غرب وسط").split())


def _nested_place(tokens: Sequence[Token], i: int, j: int, known: Callable[..., bool]) -> bool:
    """Whether the one-word place at token ``i`` (``j == i + 1``) starts with the
    preposition ب and is followed by a larger place with the same preposition
    («بفرعان بمحافظة الجموم», «بفرعان بالطائف»), the word before it being no
    preposition or place noun (then the ب belongs to the name: «محافظة بيش بمنطقة …»)."""
    if j != i + 1 or j >= len(tokens) or tokens[i].prefix != "ب":
        return False
    if i > 0 and (match_form(tokens[i - 1].text) in _BEFORE_NAME
                  or tokens[i - 1].base in _PLACE_NOUNS):  # also «بمنطقة بولانيك»
        return False
    nxt = tokens[j]
    if nxt.kind != "word" or not nxt.prefix.startswith("ب"):
        return False
    return nxt.base in _PLACE_NOUNS or (nxt.prefix == "بال" and known("ال" + nxt.base, True))


# Kinship nouns with a possessive pronoun that stand before a person's name («لأخي
# إبراهيم», «وعمنا محمد»): a relation, not part of the name. Without a pronoun «أم/أبو»
# make a kunya (أم أفراح) and stay; «أبي/أمي» (also a kunya's genitive, "illiterate") too.
_KIN_POSSESSED = frozenset(
    match_form(stem + suffix)
    for stems, suffixes in (
        ("أخ", ("ي", "ينا", "يه", "يها", "يهم", "وه", "وها", "وهم", "ونا")),
        ("أخت عم عمت خال خالت ابن ابنت بنت والد والدت زوج زوجت جد جدت حفيد حفيدت شقيق شقيقت "
         "صهر نسيب", ("ي", "نا", "ه", "ها", "هم")),
    )
    for stem in stems.split() for suffix in suffixes
)
_MARKS = "".join(map(chr, range(0x64B, 0x653))) + "\u0640"  # harakat and tatweel


def _is_kin_noun(token: Token) -> bool:
    """«أخي», «لأخينا», «وعمه»: a kinship noun with a possessive pronoun (and proclitics)."""
    if token.kind != "word" or token.text.rstrip(_MARKS).endswith("ة"):
        return False  # «ابنة/عمة/جدة X» (X's daughter, aunt; Jeddah): no pronoun
    w = match_form(token.text)
    return any(w.startswith(cl) and w[len(cl):] in _KIN_POSSESSED for cl in PROCLITICS)


# Words after a person's name that tell father from son (Western naming: «جورج بوش الأب»,
# «… الابن», «… جونيور»); the tagger often leaves them outside the span
_GENERATION_MARKS = frozenset(match_form(w) for w in "الأب الابن الحفيد جونيور".split())
_AL = match_form("آل")


_FATHER_WORD = regex.compile(r"(?<![\p{L}\p{M}])ال[أا]ب(?![\p{L}\p{M}])")
_SON_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?:الابن|الإبن|جونيور)(?![\p{L}\p{M}])")


@lru_cache(maxsize=8)
def _two_generations(text: str) -> bool:
    """Whether a document names a father and a son apart («… الأب» and «… الابن»)."""
    return _FATHER_WORD.search(text) is not None and _SON_WORD.search(text) is not None


def _generation_mark(tokens: Sequence[Token], j: int, text: str | None) -> bool:
    """Whether token ``j``, right after a person's name, is a generation mark that belongs to
    it, in a document that names both generations (elsewhere «رفسنجاني الأب» is simply the
    one «رفسنجاني» it names): no proclitic, and not followed by a definite or «ل» complement
    that makes it a noun of its own («محمد الابن الأكبر للملك», «… الابن لـ…»)."""
    if tokens[j].kind != "word" or match_form(tokens[j].text) not in _GENERATION_MARKS:
        return False
    if text is None or not _two_generations(text):
        return False
    if tokens[j].start - tokens[j - 1].end != 1:
        return False
    if j + 1 < len(tokens) and tokens[j + 1].kind == "word":
        nxt = match_form(tokens[j + 1].text)
        return not nxt.startswith(("ال", "ل"))
    return True


# Institutions named after a ruler («مركز الملك عبدالله … الدولي», «مستشفى الملك فهد
# التخصصي»): the adjective after the name is the institution's, never the person's
_RULER_TITLES = frozenset(match_form(w) for w in "الملك الأمير الأميرة الشيخ السلطان الإمام".split())
_INSTITUTION_ADJECTIVES = frozenset(match_form(w) for w in (
    "الدولي الدولية العالمي العالمية التخصصي التخصصية الجامعي الجامعية الوطني الوطنية "
    "الإقليمي الإقليمية الخيري الخيرية الطبي الطبية الثقافي الثقافية الحضاري الحضارية "
    "الرياضي الرياضية التعليمي التعليمية العام العامة الصحي الصحية التقني التقنية "
    "الاجتماعي الاجتماعية العلمي العلمية التخصصي للعلوم").split())
_INSTITUTION_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")


def _named_institution(tokens: Sequence[Token], i: int) -> bool:
    """Whether the person span at token ``i`` names the ruler an institution is named after:
    an institution's head noun, then a ruler's title, then the span (the title may open the
    span: «مركز [الملك عبدالله …]»)."""
    k = i if match_form(tokens[i].text) in _RULER_TITLES else i - 1
    if k < 1 or match_form(tokens[k].text) not in _RULER_TITLES:
        return False
    head = match_form(tokens[k - 1].text)
    return any(head.startswith(c) and head[len(c):] in _INSTITUTION_HEADS
               for c in _INSTITUTION_CLITICS)


def _title_start(text: str, token: Token) -> bool:
    """A span that starts right after an opening quote: a quoted title («ليطمئن قلبي»)."""
    return token.start > 0 and text[token.start - 1] in "«\"“'"


def model_candidates(
    tokens: Sequence[Token],
    tags: Sequence[str],
    probs: Sequence[float] | None,
    known: Callable[..., bool],
    text: str | None = None,
) -> list[Candidate]:
    """Candidates from one sentence's BIO tags (``text``: the document, for quote marks)."""
    out: list[Candidate] = []
    if tags.count("O") == len(tags):
        return out
    for i, j, label in bio_spans(_split_persons(tokens, tags)):
        if label not in ("PERS", "ORG", "LOC", "MISC"):
            continue
        # trim punctuation the model may have included at the edges
        while i < j and tokens[i].kind == "punct":
            i += 1
        while j > i and tokens[j - 1].kind == "punct":
            j -= 1
        while label == "PERS" and j - i >= 2 and _is_kin_noun(tokens[i]):
            i += 1  # «لأخي إبراهيم» → «إبراهيم»
        if i >= j:
            continue
        if label == "PERS" and j - i >= 2 and j < len(tokens) and _is_nisba(tokens[j]) and (
            tokens[j].start - tokens[j - 1].end <= 1
        ):
            j += 1  # a nisba family name: محمد شياع + السوداني
        while label == "PERS" and j - i >= 2 and _is_hal(tokens[j - 1]):
            j -= 1  # «القرني معقبا» → «القرني»
        if label == "PERS" and j - i >= 2 and _named_institution(tokens, i):
            while j - i >= 2 and match_form(tokens[j - 1].text) in _INSTITUTION_ADJECTIVES:
                j -= 1  # «مركز الملك عبدالله بن عبدالعزيز [الدولي]»: the centre's adjective
        if label == "MISC" and text is not None and _title_start(text, tokens[i]):
            start = tokens[i].start  # a quoted title keeps its first letter: «ليطمئن قلبي»
        else:
            start = strip_proclitics(tokens[i], known, _listed(tokens, tags, i, label),
                                     label == "LOC" and _nested_place(tokens, i, j, known),
                                     label)
        if label == "PERS" and j < len(tokens) and _generation_mark(tokens, j, text) and (
            j + 1 >= len(tags) or tags[j + 1][2:] != "PERS"  # «… الأب باولو»: a priest's title
        ):
            j += 1  # «جورج بوش» + «الأب»: the father, not his son «جورج بوش الابن»
        if label == "PERS" and j - i == 1 and i > 0 and match_form(tokens[i - 1].text) == _AL and (
            tokens[i].start - tokens[i - 1].end == 1 and start == tokens[i].start
        ):
            start = tokens[i - 1].start  # «آل» + «سعود»: a family name is «آل سعود»
        end = tokens[j - 1].end
        if start >= end:
            continue
        score = round(min(probs[i:j]), 4) if probs else None
        out.append(Candidate(start, end, label, "model", score))
    return out


def merge(model: list[Candidate], gaz: list[Match[GazEntry]]) -> list[Candidate]:
    """Model candidates plus gazetteer matches; a longer gazetteer name wins an overlap.

    A gazetteer match that overlaps a model span of equal or greater extent only enriches
    it (canonical name, type, country, coordinates) when both cover the same text.
    """
    result = _Pool(sorted(model, key=lambda c: c.start))
    for m in gaz:
        overlapping = result.overlapping(m.start, m.end)
        if not overlapping:
            result.append(Candidate(m.start, m.end, m.payload.label, "gazetteer", None, m.payload))
            continue
        if all(m.start <= c.start and c.end <= m.end for c in overlapping) and (
            len(overlapping) > 1 or (m.end - m.start) > (overlapping[0].end - overlapping[0].start)
        ):
            for c in overlapping:
                result.remove(c)
            result.append(Candidate(m.start, m.end, m.payload.label, "gazetteer", None, m.payload))
            continue
        for c in overlapping:
            if c.start == m.start and c.end == m.end and c.gaz is None:
                c.gaz = m.payload
                # a curated name keeps its type («بلومبرغ» is an outlet, not a place),
                # except a country, capital or seat the model reads as its government (ORG:
                # «أعلن الإليزيه»)
                if c.label == "PERS" and m.payload.kind == "landmark":
                    c.label = "ORG"  # «قالت داوننغ ستريت»: an agent, the seat's government
                elif not (c.label == "ORG" and m.payload.kind in ("country", "capital", "landmark")):
                    c.label = m.payload.label
    out = result.items()
    out.sort(key=lambda c: (c.start, -c.end))
    return out


class _Pool:
    """The candidates of :func:`merge` in list order — the sorted model spans, then the
    appended gazetteer ones — with the spans overlapping a match found without a scan of
    the whole document: each part is searched from its sorted starts back by its widest
    span (a linear scan of the appended part if it ever stops being sorted)."""

    def __init__(self, base: list[Candidate]) -> None:
        self._parts: list[list[Candidate]] = [base, []]
        self._starts: list[list[int]] = [[c.start for c in base], []]
        self._width = [max((c.end - c.start for c in base), default=0), 0]
        self._alive: list[list[bool]] = [[True] * len(base), []]
        self._sorted = [True, True]
        self._where: dict[int, tuple[int, int]] = {id(c): (0, i) for i, c in enumerate(base)}

    def append(self, c: Candidate) -> None:
        part, starts = self._parts[1], self._starts[1]
        if starts and c.start < starts[-1]:
            self._sorted[1] = False
        self._where[id(c)] = (1, len(part))
        part.append(c)
        starts.append(c.start)
        self._alive[1].append(True)
        self._width[1] = max(self._width[1], c.end - c.start)

    def remove(self, c: Candidate) -> None:
        p, i = self._where.pop(id(c))
        self._alive[p][i] = False

    def overlapping(self, s: int, e: int) -> list[Candidate]:
        out = []
        for p in (0, 1):
            part, alive = self._parts[p], self._alive[p]
            if self._sorted[p]:
                lo = bisect_left(self._starts[p], s - self._width[p])
                hi = bisect_left(self._starts[p], e)
            else:
                lo, hi = 0, len(part)
            out.extend(c for i in range(lo, hi)
                       if alive[i] and (c := part[i]).start < e and s < c.end)
        return out

    def items(self) -> list[Candidate]:
        return [c for part, alive in zip(self._parts, self._alive, strict=True)
                for c, a in zip(part, alive, strict=True) if a]
