"""Tagging-time rules on the CRF's tags: sports clubs, outlets and bare family names.

The CRF tags a club named after its city as the city (ميلان، هامبورغ = LOC) and misses
most club names it never saw, even when the curated list holds them (the list's
multi-word matches are only a feature, and ANERcorp leaves many listed bodies untagged,
so the CRF trusts that feature little). Two rules, applied after both passes:

* a multi-word name of the curated club lists (``resources/ner/orgs.tsv``, the
  ``section 1`` sports-club groups; a proclitic on its first word allowed) is an ORG;
  as ANERcorp tags clubs, a trailing nationality adjective stays outside the span
  (ميلان الإيطالي → ميلان). What is left of it after that is then one word, an
  ambiguous one by the list's own convention (النفط of النفط العراقي), so it is only
  tagged in sports context, not at a place (في ميلان), and never if it is a body word
  (الاتحاد السعودي is the FA: the adjective belongs to its name). A one-word club
  of the list (الغرافة, أيندهوفن) the CRF left O or tagged as a place is an ORG in sports
  context, not at a place. Names that begin with «نادي / فريق» are left to the CRF (ANERcorp and
  our news tags disagree on whether the word belongs to the name);
* in sports context (a sports cue word within ±2 sentences, ``sports_cues.txt``), a
  place the CRF tagged right after «نادي / فريق» (without the article) or right before
  a masculine nationality adjective (هامبورغ الألماني, but not مدينة دبي الإماراتي) is
  the club, an ORG.

Two more rules (session 11, chosen on the fourth sixth of ANERcorp train, checked on the
fifth and on fresh news; docs/models/ner.md):

* a place or person the CRF tagged right after an outlet head word (صحيفة، جريدة، مجلة،
  وكالة …, not the canal/channel قناة; a quote may stand between) is the outlet, an ORG
  (صحيفة القدس), as ANERcorp tags the word after such a head;
* document level (:func:`family_names`): a bare word the CRF left O, between two O
  neighbours, that is the last word of a person's full name found within ±10 sentences is
  that person (الفردوسي after «الشاعر أبو القاسم الفردوسي»), unless it reads as an
  adjective (a nationality word, a feminine nisba, an ال-word right after a definite word),
  the name's last word is an ancestor's (after بن، آل، أبو …), a regnal ordinal or
  epithet (الثاني of «عبدالله الثاني», the entity stage's list), or a word the lexicon
  knows only as a place or body (الطائف، الحوثي).

Session 12 and 13 added names with «الله», titles before a name, places typed as persons and
the new-moon crescent; session 14 (ner14b, docs/models/ner.md) Latin glosses after a definite
common noun, titles at the start of a person or alone as one, the place of a named calendar
(«تقويم أم القرى»), Chinese names of three syllables (``chinese_syllables.txt``) and the rules'
own bare/variant club names (``clubs_extra.txt``).

Measured on the dev block with the dev model's own tags (docs/models/ner.md).
A rule only rewrites tokens whose predicted entities lie inside the name it found (it
never cuts a predicted entity in two); everything else is left to the CRF.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from operator import itemgetter

from khabar.gazetteer.name_parts import NOT_A_NAME_ALONE
from khabar.ner.conll import spans as _spans
from khabar.ner.features import FeatureExtractor, name_start, sports_cues
from khabar.text.normalize import match_form

CLUB_SECTION = "# section 1"  # orgs.tsv groups of sports clubs
SPORT_WINDOW = 2
LEADS = frozenset({"نادي", "فريق"})  # normalised; ANERcorp leaves them outside the name
GENERIC = frozenset(match_form(w) for w in (  # bodies, not names: الاتحاد السعودي = the FA
    "اتحاد", "منتخب", "نادي", "فريق", "مجلس", "جيش", "هيئة", "لجنة", "جمعية", "رابطة",
    "حزب", "حركة", "شركة", "بنك", "مصرف",
))
PLACE_BEFORE = frozenset(match_form(w) for w in (
    "في", "إلى", "من", "مدينة", "عاصمة", "العاصمة", "بلدة", "منطقة", "ولاية", "مقاطعة",
))
OUTLET_HEADS = frozenset(match_form(w) for w in (  # the name after them is the outlet (ORG)
    "صحيفة", "جريدة", "مجلة", "وكالة", "إذاعة", "تلفزيون", "شبكة",
))  # not قناة: a canal as often as a channel (قناة بنما)
OPENERS = frozenset('"«»“”\'‘(')  # a quote (either way round) or bracket before the name
FAMILY_WINDOW = 10  # sentences on each side whose full person names lend their last word
ANCESTORS = frozenset(match_form(w) for w in (  # the word after them names an ancestor/house
    "بن", "ابن", "بنت", "آل", "أبو", "أبي", "أبا", "عبد",
))
PERSON_NAMES = frozenset(("PERS", "FIRST"))  # lexicon classes of person names
OTHER_NAMES = frozenset(("LOC", "CTRY", "ORG", "OUT", "MISC"))  # الطائف، الحوثي: not bare names
DEFINITE = ("ال", "وال", "بال", "فال", "كال", "لل")  # the article, alone or after a proclitic
# masculine nationality adjectives of football countries the country gazetteer lacks
# (England, Scotland, Wales, Portugal: no NAT entry), normalised as match_form does
EXTRA_NAT = frozenset(match_form(w) for w in (
    "الإنجليزي", "الإنكليزي", "الانجليزي", "الانكليزي", "الاسكتلندي", "الإسكتلندي",
    "الويلزي", "البرتغالي",
))
# session 12: names joined with «الله» — the first word makes the compound a person, a body or
# a place (ANERcorp tags «عبد الله», «نصر الله», «حزب الله», «رام الله» as one entity and «الله»
# alone MISC). Words that are a phrase with «الله» as often as a name (فضل الله «God's grace»,
# نصر الله «God's victory») join only a person name next to them.
ALLAH = match_form("الله")
ALLAH_NAMES = {match_form(w): t for w, t in (
    ("عبد", "PERS"), ("عطاء", "PERS"), ("عطا", "PERS"), ("جار", "PERS"), ("حسب", "PERS"),
    ("ضيف", "PERS"), ("عوض", "PERS"), ("حرز", "PERS"), ("رزق", "PERS"), ("عبيد", "PERS"),
    ("ذبيح", "PERS"), ("حزب", "ORG"), ("جند", "ORG"), ("رام", "LOC"),
)}
ALLAH_PHRASES = frozenset(match_form(w) for w in (
    "نصر", "فضل", "فتح", "خير", "سعد", "حمد", "كرم", "أمان", "سيف", "هبة",
))
# session 12: indefinite place nouns whose next name is the place (ANERcorp: the head O, the name
# LOC). Not «ولاية» (also a term of office), «ناحية» (also «towards»), «حي», «قضاء», nor the
# definite forms («رئيس الإقليم X», «الجمهورية X» name a person's office).
PLACE_HEADS = frozenset(match_form(w) for w in (
    "مدينة", "محافظة", "منطقة", "بلدة", "قرية", "جزيرة", "مخيم", "مقاطعة", "إقليم", "إمارة",
    "مديرية", "ضاحية", "بلدية",
))
# session 12: one-word titles the CRF tagged as a person of their own right before the name
# («السيد/B-PERS جلال/B-PERS فياضي/I-PERS»); ANERcorp leaves a title before a name O (114 times in
# sixths 2, 3 and 6; never a title alone as PERS before a name). Not «البابا» (the Pope alone is PERS).
TITLES = frozenset(match_form(w) for w in (
    "السيد", "السيدة", "الشيخ", "الشيخة", "الدكتور", "الدكتورة", "البروفيسور", "الأستاذ",
    "الأستاذة", "المهندس", "الرئيس", "الملك", "الأمير", "الأميرة", "الوزير", "الوزيرة",
    "السفير", "اللواء", "العميد", "العقيد", "الجنرال", "الإمام", "الحاج", "المستشار",
    "النائب", "القاضي", "الكابتن", "المدرب", "الفنان", "الفنانة", "الشاعر", "الكاتب",
    "الزعيم", "المطرب", "المطربة", "اللاعب", "الداعية", "العلامة", "المشير", "الفريق",
))
LIST_SEPS = frozenset(",")  # «،» and «,» after match_form
NOT_A_PLACE = frozenset(("PERS", "FIRST", "ORG", "NAT", "MISC", "OUT"))  # lexicon classes
PLACE_CLASSES = frozenset(("LOC", "CTRY"))
# session 13: the crescent «الهلال» of a new-moon sentence is no body (the CRF reads it as the club,
# ORG, or a MISC): a sentence outside sports context with a word of the moon's astronomy (clitic-stripped
# bases). ANERcorp (sixths 2, 3, 6) never tags «الهلال» as an entity; «الهلال الأحمر» is the Red Crescent.
CRESCENT = match_form("هلال")
MOON_CUES = frozenset(match_form(w) for w in (
    "قمر", "اقتران", "محاق", "غروب", "أفق", "ولادة", "رؤية", "إهلال", "فلكيا", "فلكية", "فلكي",
    "فلكيين", "فلكيون",
))
RED = match_form("أحمر")
# session 14: a Latin-script gloss in brackets or quotes right after a definite common noun the
# tagger left O («الهلال ( new moon )», «السرعة ( WiMax )») is no name: ANERcorp gives a gloss the
# status of the word it glosses (a name's gloss its type, «ألبرت أينشتاين ( Albert Einstein )»).
# An indefinite head keeps its bracketed name («مجلة ( TIME )»: the name of the magazine).
GLOSS_OPEN = frozenset(match_form(w) for w in ("(", "«", '"', "“", "'", "[", "-"))
GLOSS_CLOSE = frozenset(match_form(w) for w in (")", "»", '"', "”", "'", "]", "-"))
_LATIN = re.compile(r"[A-Za-z]")
_NON_LATIN_LETTER = re.compile(r"[^\W\dA-Za-z_]")
# session 14: titles never begin nor make a person in ANERcorp (sixths 2, 3, 6: 0 of 1,411 person
# names begin with one; 143 titles left O before a name): a person span that begins with a title
# loses it, a title tagged as a person on its own is O. More heads than TITLES: rulers and ranks.
SPAN_TITLES = TITLES | frozenset(match_form(w) for w in (
    "السلطان", "الخليفة", "الإمبراطور", "الإمبراطورة", "الملكة", "البروفسور", "المرشد", "الحاكم",
    "الباحث", "الأستاذ", "المطران", "الكاردينال", "الحاخام", "النقيب", "الرائد", "المقدم",
))
# session 14: a calendar named after a place: ANERcorp tags the place inside «تقويم أم القرى» as a
# LOC (11 of its 12 uses in the fourth sixth, the 12th inside a committee's ORG name; the CRF leaves
# it O or types it ORG). The calendar head is
# indefinite (construct state); a proclitic on it allowed («بتقويم»). Not a time zone: ANERcorp
# leaves «بتوقيت جرينتش» O (sixths 2, 3, 6).
CALENDAR_HEAD = match_form("تقويم")
CALENDAR_HEADS = frozenset((CALENDAR_HEAD,))
CALENDAR_PLACES = frozenset(match_form(w) for w in ("أم القرى", "مكة المكرمة", "مكة"))


@lru_cache(maxsize=1)
def club_names() -> frozenset[str]:
    """Normalised multi-word club names of the curated organisation list (and the rules' own)."""
    return frozenset(n for n in rule_clubs() if " " in n)


@lru_cache(maxsize=1)
def club_words() -> frozenset[str]:
    """Normalised one-word club names of the curated list (unambiguous by its convention:
    a club named by a common word is listed only in a qualified form), and the rules' own
    bare club names (``clubs_extra.txt``, used in sports context only)."""
    return frozenset(n for n in rule_clubs() if " " not in n)


def rule_clubs() -> frozenset[str]:
    """The club names the rules match: the curated list's and, with :data:`EXTRA_CLUBS`,
    the rules' own list (``clubs_extra.txt``, session 14; not a feature of the model)."""
    return listed_clubs() | extra_clubs() if EXTRA_CLUBS else listed_clubs()


@lru_cache(maxsize=1)
def listed_clubs() -> frozenset[str]:
    """Normalised names of the curated club list (``orgs.tsv``, the club section)."""
    from importlib.resources import files

    text = (files("khabar.resources") / "ner" / "orgs.tsv").read_text("utf-8")
    out: set[str] = set()
    inside = False
    for line in text.splitlines():
        if line.startswith("# section"):
            inside = line.startswith(CLUB_SECTION)
            continue
        if not inside or not line.strip() or line.startswith("#"):
            continue
        out.add(" ".join(match_form(line.partition("\t")[0]).split()))
    return frozenset(out)


EXTRA_CLUBS = True  # session 14: the rules read clubs_extra.txt as well (a switch for measuring)


@lru_cache(maxsize=1)
def extra_clubs() -> frozenset[str]:
    """Normalised names of ``clubs_extra.txt`` (the rules' own club list, session 14; a
    ``.txt`` file: the curated ``*.tsv`` lists are the tagger's lexicon features)."""
    from importlib.resources import files

    text = (files("khabar.resources") / "ner" / "clubs_extra.txt").read_text("utf-8")
    return frozenset(" ".join(match_form(line.partition("\t")[0]).split())
                     for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _nat(ctx: tuple[str, str, str, str]) -> bool:
    """A masculine nationality adjective (الإيطالي, not الإيطالية)."""
    norm, base, lex, _ = ctx
    if norm.endswith("ه"):
        return False
    return "NAT" in lex.split("|") or norm in EXTRA_NAT or ("ال" + base) in EXTRA_NAT


def _lead(ctx: tuple[str, str, str, str]) -> bool:
    """«نادي / فريق» without the article (النادي المكناسي is the club's own name)."""
    norm, base = ctx[0], ctx[1]
    return base in LEADS and "ال" + base not in norm


def _at_place(ctx: Sequence[Ctx], i: int) -> bool:
    """Token ``i`` reads as a place: a preposition glued to it (بميلان) or before it
    (في، إلى، من), or a place noun before it (مدينة دبي)."""
    norm, base = ctx[i][0], ctx[i][1]
    pre = norm[: len(norm) - len(base)] if norm.endswith(base) else ""
    if "ب" in pre:
        return True
    if i == 0:
        return False
    prev = ctx[i - 1][0]
    if prev[:1] in ("و", "ف") and prev[1:] in PLACE_BEFORE:  # «وفي نيوكاسل» (session 14)
        return True
    return prev in PLACE_BEFORE or ctx[i - 1][1] in PLACE_BEFORE


def _inside(spans: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """No predicted entity crosses the edges of [a, b)."""
    return all(j <= a or i >= b or (a <= i and j <= b) for i, j, _ in spans)


def _set(tags: list[str], a: int, b: int, label: str) -> None:
    tags[a] = "B-" + label
    for k in range(a + 1, b):
        tags[k] = "I-" + label


def _entity_end(tags: Sequence[str], i: int) -> int:
    """The end (exclusive) of the entity whose first tag is at ``i``: the I- tags of its type after it."""
    j, inside, n = i + 1, "I-" + tags[i][2:], len(tags)
    while j < n and tags[j] == inside:
        j += 1
    return j


def _club_matches(ctx: Sequence[Ctx]) -> list[tuple[int, int]]:
    """Longest-first matches of curated club names (a proclitic on the first word allowed)."""
    names, stems = club_names(), _stems()
    firsts, bare = _firsts(), _firsts_bare()
    n = len(ctx)
    out: list[tuple[int, int]] = []
    bases = [c[1] for c in ctx]
    if firsts.isdisjoint([c[0] for c in ctx]) and firsts.isdisjoint(bases) and bare.isdisjoint(bases):
        return out  # no word of the sentence may begin a club name (_cands)
    end = 0  # matches do not overlap
    for i, c in enumerate(ctx):
        if i < end or (c[0] not in firsts and c[1] not in firsts and c[1] not in bare):
            continue  # (the last three: _cands(c) is empty — told without hashing ``c``)
        cands = _CANDS.get(c)
        if cands is None:
            cands = _cands(c)
        if not cands:
            continue
        top = min(5, n - i)
        for first in cands:
            key = first
            for j in range(2, top + 1):  # the longest name that starts here
                if key not in stems:
                    break
                key = key + " " + ctx[i + j - 1][0]
                if key in names:
                    end = i + j
            if end > i:
                out.append((i, end))
                break
    return out


_CANDS: dict[Ctx, tuple[str, ...]] = {}  # word context → forms a club name may begin with


def _cands(c: Ctx) -> tuple[str, ...]:
    """The forms of a word (its ``norm``, its clitic-stripped ``base``) that begin a
    curated club name, in trial order (cached per process)."""
    norm, base = c[0], c[1]
    firsts, bare = _firsts(), _firsts_bare()
    cands = [c for c in (norm, base) if c in firsts]
    if base in bare and norm != base and norm[: len(norm) - len(base)].endswith(("ال", "لل")):
        cands.append("ال" + base)  # والدفاع الجديدي, للمغرب التطواني
    if len(_CANDS) >= 300_000:
        _CANDS.clear()
    out = _CANDS[c] = tuple(cands)
    return out


@lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    """Every multi-word club name cut before each of its spaces (a match grows word by
    word only while it is still the start of a name)."""
    return frozenset(k[:p] for k in club_names() for p, ch in enumerate(k) if ch == " ")


@lru_cache(maxsize=1)
def _firsts() -> frozenset[str]:
    return frozenset(k.split(" ", 1)[0] for k in club_names())


@lru_cache(maxsize=1)
def _firsts_bare() -> frozenset[str]:
    """First words of club names that carry the article, without it (الدفاع → دفاع)."""
    return frozenset(f[2:] for f in _firsts() if f.startswith("ال"))


Ctx = tuple[str, str, str, str]  # FeatureExtractor.word context: norm, base, lexicon, cluster


def contexts(sentences: Sequence[Sequence[str]], fx: FeatureExtractor) -> list[list[Ctx]]:
    """Per token its feature-extractor context (cached per word by the extractor)."""
    word = fx.word
    return [[word(w)[1] for w in s] for s in sentences]


# session 15: «فريق» is a team in sport but also a rank («الفريق أول», «الفريق سامي عنان») and a
# staff or work team («فريق الرئيس جورج بوش», «فريق عمل»); in those readings it opens no sports
# window for the rules (it made «مؤتمر روما» a club). The features keep every cue (the CRF's input).
TEAM_CUES = frozenset(match_form(w) for w in ("فريق", "أفرقة"))
NOT_TEAM_AFTER = frozenset(match_form(w) for w in ("أول", "ركن", "عمل", "العمل"))


def _team(ctx: Sequence[Ctx], k: int) -> bool:
    """The team word at ``k`` is a sports team: not before a title, «أول/ركن/عمل», nor, with
    the article (the rank «الفريق»), before a given name of the lexicon (class FIRST: «عثمان»,
    «توماس»; not PERS alone, which ANERgazet gives to «من», «كان», «الأول» and «على» = «علي»)."""
    if k + 1 >= len(ctx):
        return True
    norm, _, lex, _ = ctx[k + 1]
    if norm in NOT_TEAM_AFTER or _is_title(ctx[k + 1]):
        return False
    definite = "ال" + ctx[k][1] in ctx[k][0]
    return not (definite and "FIRST" in lex.split("|"))


def sporty(ctxs: Sequence[Sequence[Ctx]]) -> list[bool]:
    """Per sentence: a sports cue word within ±``SPORT_WINDOW`` sentences (a team word only
    in its sports reading, :func:`_team`)."""
    strong = sports_cues() - TEAM_CUES
    cue = []
    for s in ctxs:
        bases = [c[1] for c in s]
        cue.append(not strong.isdisjoint(bases) or (not TEAM_CUES.isdisjoint(bases) and any(
            _team(s, k) for k, b in enumerate(bases) if b in TEAM_CUES)))
    n = len(cue)
    return [any(cue[max(0, s - SPORT_WINDOW) : s + SPORT_WINDOW + 1]) for s in range(n)]


def apply_sentence(
    ctx: Sequence[Ctx], tags: Sequence[str], sport: bool,
    listed: bool = True, city_clubs: bool = True, outlets: bool = True,
    allah: bool = True, places: bool = True, titles: bool = True,
    names: Mapping[str, str] | None = None, crescent: bool = True,
    glosses: bool = True, title_spans: bool = True, calendars: bool = True,
    chinese: bool = True,
) -> list[str]:
    """One sentence's tags with the club rules applied (a new list); ``ctx``: its tokens'
    contexts (:func:`contexts`); ``sport``: the sentence is in sports context
    (:func:`sporty`); ``listed`` curated club names, ``city_clubs`` places next to club
    cues (sports context only), ``outlets`` names after an outlet head word, ``allah``
    names joined with «الله», ``places`` persons after a place noun and unknown items of a
    list of places, ``titles`` a title tagged as a person before the name (session 12),
    ``crescent`` the new moon «الهلال» of an astronomy sentence outside sports (session 13);
    ``glosses`` a Latin gloss after a definite common noun, ``title_spans`` a title at the
    start of a person or alone as one, ``calendars`` the place of a calendar's name,
    ``chinese`` Chinese names of three syllables (session 14);
    ``names``: the feature lexicon's multi-word names (``FeatureExtractor.multi``) — a person
    span of two words or more that is a place there is the place (with ``places``)."""
    new = list(tags)
    if not ctx:
        return new
    if outlets:
        _outlets(ctx, new)
    for a, b in _club_matches(ctx) if listed else ():
        if ctx[a][1] in LEADS or not _inside(_spans(new), a, b):
            continue  # «نادي X»: corpora disagree on the lead word, the CRF knows the cue
        lo, hi = a, b
        if hi - lo > 1 and _nat(ctx[hi - 1]):
            hi -= 1
        if hi - lo == 1 and (not sport or ctx[lo][1] in GENERIC or _at_place(ctx, lo)):
            # a one-word core is an ambiguous word (النفط of النفط العراقي): only in sport,
            # never a body word (الاتحاد السعودي is the FA, its adjective part of the name)
            continue
        for k in range(a, b):
            new[k] = "O"
        _set(new, lo, hi, "ORG")
    if sport and listed:
        words1 = club_words()
        for i, c in enumerate(ctx):
            if new[i] not in ("O", "B-LOC") or (i + 1 < len(new) and new[i + 1].startswith("I-")):
                continue
            if (c[0] in words1 or c[1] in words1 or "ال" + c[1] in words1) and not _at_place(ctx, i):
                new[i] = "B-ORG"
    if sport and city_clubs:
        for i, j, label in _spans(new):
            if label != "LOC" or "CTRY" in ctx[i][2].split("|"):
                continue
            lead = i > 0 and _lead(ctx[i - 1]) and new[i - 1] == "O"
            nat = j < len(ctx) and new[j] == "O" and _nat(ctx[j]) and not _at_place(ctx, i)
            if lead or nat:
                _set(new, i, j, "ORG")
    if allah and "B-MISC" in new:
        _allah_names(ctx, new)
    if titles and "B-PERS" in new:
        _titles(ctx, new)
    if crescent and not sport and new.count("O") != len(new):
        _crescent(ctx, new)
    if title_spans and "B-PERS" in new:
        _title_spans(ctx, new)
    if calendars or chinese or glosses:  # C-level checks first: the families fire rarely
        norms = list(map(_norm, ctx))
        joined = " ".join(norms)
        if calendars and CALENDAR_HEAD in joined:
            _calendars(ctx, new)
        if chinese and not chinese_syllables()[2].isdisjoint(norms):
            _chinese(ctx, new, norms)
        if glosses and _LATIN.search(joined) and new.count("O") != len(new):
            _glosses(ctx, new)
    if places:
        if "I-PERS" in new and names:
            _listed_places(ctx, new, names)
        if "B-PERS" in new:
            _place_heads(ctx, new)
        _place_lists(ctx, new)
    return new


def apply(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], fx: FeatureExtractor,
    listed: bool = True, city_clubs: bool = True,
) -> list[list[str]]:
    """The tags of consecutive sentences with the club rules applied (new lists)."""
    ctxs = contexts(sentences, fx)
    return [apply_sentence(c, t, sp, listed, city_clubs, names=fx.multi)
            for c, t, sp in zip(ctxs, tags, sporty(ctxs), strict=True)]


def _outlets(ctx: Sequence[Ctx], tags: list[str]) -> None:
    """A LOC or PERS right after an outlet head word (صحيفة القدس) becomes an ORG, in place."""
    if "B-LOC" not in tags and "B-PERS" not in tags:
        return
    n = len(tags)
    if OUTLET_HEADS.isdisjoint([c[1] for c in ctx]):
        return
    for k in [k for k, c in enumerate(ctx) if c[1] in OUTLET_HEADS]:
        if tags[k] != "O":
            continue
        i = k + 2 if k + 2 < n and ctx[k + 1][0] in OPENERS else k + 1
        if i >= n or tags[i] not in ("B-LOC", "B-PERS"):
            continue
        _set(tags, i, _entity_end(tags, i), "ORG")


def _positions(items: list[str], value: str) -> list[int]:
    """Indices of ``value`` in ``items`` (``list.index`` scans: cheaper than a Python loop)."""
    out: list[int] = []
    try:
        i = items.index(value)
        while True:
            out.append(i)
            i = items.index(value, i + 1)
    except ValueError:
        return out


def _allah_head(norm: str) -> str:
    """The first word of a «… الله» compound as listed (a proclitic و/ل allowed), or ""."""
    for form in (norm, norm[1:] if norm[:1] in ("و", "ل") else ""):
        if form in ALLAH_NAMES or form in ALLAH_PHRASES:
            return form
    return ""


def _allah_names(ctx: Sequence[Ctx], tags: list[str]) -> None:
    """«عبد الله», «عطاء الله», «حزب الله» … that the CRF split become one entity, in place:
    «الله» tagged MISC on its own right after a listed first word (:data:`ALLAH_NAMES`,
    which types the compound) joins that word, the person name that ends right before it
    («بهاء حسب الله») and, for persons, the person name right after it or one unknown word
    (no word cluster, no article: «عطاء الله مهاجراني»). A phrase word (:data:`ALLAH_PHRASES`:
    «لولا فضل الله») is a name only when such a person name is joined to it."""
    n = len(tags)
    for i in _positions(tags, "B-MISC"):
        if i == 0 or ctx[i][0] != ALLAH or (i + 1 < n and tags[i + 1] == "I-MISC"):
            continue
        head = _allah_head(ctx[i - 1][0])
        if not head:
            continue
        typ = ALLAH_NAMES.get(head, "PERS")
        if tags[i - 1] not in ("O", "B-" + typ, "I-" + typ):
            continue
        a = i - 1
        if tags[a] == "O" and typ == "PERS" and a and tags[a - 1].endswith("-PERS"):
            a -= 1  # بهاء/B-PERS حسب/O الله
        while a > 0 and tags[a].startswith("I-"):
            a -= 1
        b = i + 1
        if typ == "PERS" and b < n:
            if tags[b] == "B-PERS":
                b = _entity_end(tags, b)
            elif tags[b] == "O" and _unknown_word(ctx[b]):
                b += 1
        if head in ALLAH_PHRASES and tags[i - 1] == "O" and a == i - 1 and b == i + 1:
            continue  # «فضل الله»: the phrase unless a person name is joined
        for k in range(a, b):
            tags[k] = "O"
        _set(tags, a, b, typ)


def _unknown_word(c: Ctx) -> bool:
    """A word without a word cluster nor the article: a rare name part («مهاجراني»)."""
    norm, base, _, cluster = c
    return cluster == "-" and len(base) >= 3 and norm.isalpha() and not norm.startswith("ال")


def _listed_places(ctx: Sequence[Ctx], tags: list[str], names: Mapping[str, str]) -> None:
    """A person span of two words or more that the feature lexicon knows as a place (LOC or
    CTRY) and not as a person («ساو باولو», «بمرسى مطروح»: a proclitic on the first word
    allowed) is the place, in place — unless its first word is a given name or a person's
    name on its own and no place word («سيف الدولة», «خان يونس»); a first word the lexicon
    knows both as a person and as a place («مرسي» of «مرسى مطروح», session 13) is no bar."""
    for i in _positions(tags, "B-PERS"):
        j = _entity_end(tags, i)
        first = set(ctx[i][2].split("|"))
        if j - i < 2 or (first & PERSON_NAMES and not first & PLACE_CLASSES):
            continue  # «سيف الدولة»: a person's name, not a place word as well
        key = " ".join([name_start(ctx[i][0], ctx[i][1]), *(c[0] for c in ctx[i + 1 : j])])
        classes = set(names.get(key, "").split("|"))
        if classes & {"LOC", "CTRY"} and not classes & PERSON_NAMES:
            _set(tags, i, j, "LOC")


def _crescent(ctx: Sequence[Ctx], tags: list[str]) -> None:
    """The new moon is no name: in a sentence with a word of the moon's astronomy
    (:data:`MOON_CUES`: «ولادة الهلال فلكيا», «رؤية الهلال», «القمر»), an entity that begins
    with «الهلال» (any proclitic: «للهلال»), not «الهلال الأحمر», or with a cue word itself
    («فلكيا/B-ORG») becomes O, in place. The caller keeps it out of sports context."""
    bases = [c[1] for c in ctx]
    if CRESCENT not in bases or MOON_CUES.isdisjoint(bases):
        return
    for i, j, _ in _spans(tags):
        red = i + 1 < len(ctx) and bases[i + 1] == RED  # the Red Crescent
        if bases[i] in MOON_CUES or (bases[i] == CRESCENT and not red):
            for k in range(i, j):
                tags[k] = "O"


def _place_heads(ctx: Sequence[Ctx], tags: list[str]) -> None:
    """A person the CRF tagged right after an indefinite place noun (:data:`PLACE_HEADS`; a
    proclitic allowed: «لمدينة كنيدي») is the place, a LOC, in place."""
    for i in _positions(tags, "B-PERS"):
        if i == 0 or tags[i - 1] != "O" or ctx[i - 1][1] not in PLACE_HEADS:
            continue
        norm, base = ctx[i - 1][0], ctx[i - 1][1]
        if not norm[: len(norm) - len(base)].endswith(("ال", "لل")):
            _set(tags, i, _entity_end(tags, i), "LOC")


def _titles(ctx: Sequence[Ctx], tags: list[str]) -> None:
    """A one-word person that is a title (:data:`TITLES`, a proclitic allowed: «وللسيد») right
    before another person's B- tag is no name: O, in place."""
    for i in _positions(tags, "B-PERS"):
        if i + 1 == len(tags) or tags[i + 1] != "B-PERS":
            continue
        norm, base = ctx[i][0], ctx[i][1]
        if norm in TITLES or (norm.endswith(base) and "ال" + base in TITLES
                              and norm[: len(norm) - len(base)].endswith(("ال", "لل"))):
            tags[i] = "O"


def _units(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans and single O tokens, in order: ``(start, end, label or "O")``."""
    out: list[tuple[int, int, str]] = []
    i, n = 0, len(tags)
    while i < n:
        if tags[i] == "O":
            out.append((i, i + 1, "O"))
            i += 1
            continue
        j = _entity_end(tags, i)
        out.append((i, j, tags[i][2:]))
        i = j
    return out


def _place_lists(ctx: Sequence[Ctx], tags: list[str]) -> None:
    """Unknown items of a list of places become LOC, in place: in a run of items joined by a
    comma or by «و» on the next item («نيسابور ، كرمسارسمنان ، وسيزوار وشيروان وسرخس»), made
    only of places and one-word O items, an O item with a place on each side is a place —
    unless the lexicon knows it as something else, or it is a plural noun («والمقدسات»)."""
    if tags.count("B-LOC") < 2:  # a place on each side of the item
        return
    units = [u for u in _units(tags) if ctx[u[0]][0] not in LIST_SEPS]
    if len(units) < 3:
        return
    run: list[tuple[int, int, str]] = [units[0]]
    for prev, unit in zip(units, units[1:], strict=False):
        a = unit[0]
        comma = a == prev[1] + 1 and ctx[prev[1]][0] in LIST_SEPS
        wa = a == prev[1] and ctx[a][0][:1] == "و" and ctx[a][0] != ctx[a][1]
        if comma or wa:
            run.append(unit)
            continue
        _fill_list(ctx, tags, run)
        run = [unit]
    _fill_list(ctx, tags, run)


def _fill_list(ctx: Sequence[Ctx], tags: list[str], run: list[tuple[int, int, str]]) -> None:
    labels = [u[2] for u in run]
    if len(run) < 3 or "LOC" not in labels or any(x not in ("LOC", "O") for x in labels):
        return
    first, last = labels.index("LOC"), len(labels) - 1 - labels[::-1].index("LOC")
    for a, _, label in run[first + 1 : last]:
        if label != "O":
            continue
        norm, base, lex, _ = ctx[a]
        classes = set(lex.split("|"))
        if len(base) < 3 or not norm.isalpha() or classes & NOT_A_PLACE:
            continue
        if base.endswith("ات") and not classes & {"LOC", "CTRY"}:
            continue  # والمقدسات: a plural noun, not a place
        tags[a] = "B-LOC"


def _family_word(name: Sequence[Ctx]) -> str:
    """The last word of a person's full name as it may stand alone ("" if it may not)."""
    norm, base, lex, _ = name[-1]
    if len(name) < 2 or name[-2][1] in ANCESTORS or len(base) < 4 or norm.endswith("ه"):
        return ""
    if norm in NOT_A_NAME_ALONE:  # regnal ordinals and epithets: «عبدالله الثاني»
        return ""
    classes = set(lex.split("|"))
    if "NAT" in classes or norm not in (base, "ال" + base):
        return ""
    if classes & OTHER_NAMES and not classes & PERSON_NAMES:  # known as a place or body only
        return ""
    return norm


def family_names(
    ctxs: Sequence[Sequence[Ctx]], tags: Sequence[list[str]], window: int = FAMILY_WINDOW,
) -> dict[int, list[int]]:
    """Tag bare family names of persons named in full nearby, in place; returns the
    rewritten token indices per sentence.

    A token the CRF left O between two O neighbours becomes B-PERS when its normalised
    form (a و before it allowed) is the last word of a PERS name of two or more words
    within ``window`` sentences (:func:`_family_word`), unless it is an ال-word right after
    a definite word (an adjective agreeing with its noun: العالم العربي)."""
    found: list[set[str]] = []
    for c, t in zip(ctxs, tags, strict=True):
        words = set()
        if "I-PERS" in t:  # a person name of two words or more
            for i, j, label in _spans(t):
                if label == "PERS" and j - i >= 2:
                    w = _family_word(c[i:j])
                    if w:
                        words.add(w)
        found.append(words)
    out: dict[int, list[int]] = {}
    if not any(found):
        return {}
    for s, (c, t) in enumerate(zip(ctxs, tags, strict=True)):
        pool: set[str] = set()
        for other in found[max(0, s - window) : s + window + 1]:
            pool |= other
        if not pool or (pool.isdisjoint([x[0] for x in c])
                        and pool.isdisjoint([x[0][1:] for x in c if x[0][:1] == "و"])):
            continue  # no candidate word in this sentence
        for i, x in enumerate(c):
            norm = x[0]
            if t[i] != "O":
                continue
            if norm not in pool:
                norm = norm[1:] if norm.startswith("و") else ""
                if norm not in pool:
                    continue
            if (i and t[i - 1] != "O") or (i + 1 < len(t) and t[i + 1] != "O"):
                continue
            if norm.startswith("ال") and i and c[i - 1][0].startswith(DEFINITE):
                continue
            t[i] = "B-PERS"
            out.setdefault(s, []).append(i)
    return out


def _latin(norm: str) -> bool:
    """A word of Latin letters (digits and punctuation allowed), no other script."""
    return _LATIN.search(norm) is not None and _NON_LATIN_LETTER.search(norm) is None


def _glosses(ctx: Sequence[Ctx], tags: list[str]) -> None:
    """A Latin-script entity enclosed by brackets or quotes whose glossed word — the word
    before the opener, past one closing mark («الاقتران » « new moon »») — is a definite
    Arabic word the tagger left O (an article, a proclitic allowed: «للقمر ( Nwe moon )») is
    no name: O, in place. An indefinite head keeps its bracketed name («مجلة ( TIME )»)."""
    n = len(tags)
    for i, j, _ in _spans(tags):
        if i < 2 or j >= n or ctx[i - 1][0] not in GLOSS_OPEN or ctx[j][0] not in GLOSS_CLOSE:
            continue
        if not all(_latin(c[0]) for c in ctx[i:j]):
            continue
        k = i - 2
        if ctx[k][0] in GLOSS_CLOSE and k > 0:
            k -= 1
        norm, base = ctx[k][0], ctx[k][1]
        if tags[k] != "O" or not norm.isalpha() or _LATIN.search(norm):
            continue
        pre = norm[: len(norm) - len(base)] if norm.endswith(base) else ""
        if pre.endswith(("ال", "لل")):
            for x in range(i, j):
                tags[x] = "O"


def _is_title(c: Ctx) -> bool:
    """A title of :data:`SPAN_TITLES`, a proclitic allowed («وللسيد», «والبروفيسور»)."""
    norm, base = c[0], c[1]
    return norm in SPAN_TITLES or (
        norm.endswith(base) and "ال" + base in SPAN_TITLES
        and norm[: len(norm) - len(base)].endswith(("ال", "لل")))


def _title_spans(ctx: Sequence[Ctx], tags: list[str]) -> None:
    """A person span that begins with a title loses it («البروفيسور/B-PERS وانغ/I-PERS» →
    «وانغ» the person), and a title tagged as a person on its own is O, in place. A title
    right before another person's B- tag is the session-12 family (:func:`_titles`)."""
    n = len(tags)
    for i in _positions(tags, "B-PERS"):
        if (i + 1 < n and tags[i + 1] == "B-PERS") or not _is_title(ctx[i]):
            continue
        tags[i] = "O"
        if i + 1 < n and tags[i + 1] == "I-PERS":
            tags[i + 1] = "B-PERS"


def _calendars(ctx: Sequence[Ctx], tags: list[str]) -> None:
    """The place a calendar is named after, right after an indefinite calendar head
    (:data:`CALENDAR_HEADS`: «تقويم أم القرى»), is a LOC when the tagger left it O or typed
    it as a body or a person (not inside a longer entity), in place."""
    n = len(ctx)
    for k, c in enumerate(ctx[:-1]):
        if c[1] not in CALENDAR_HEADS or tags[k] != "O":
            continue
        norm, base = c[0], c[1]
        if norm[: len(norm) - len(base)].endswith(("ال", "لل")):
            continue  # «التقويم»: a definite head is no calendar's name
        for size in (2, 1):
            j = k + 1 + size
            if j > n or " ".join(x[0] for x in ctx[k + 1 : j]) not in CALENDAR_PLACES:
                continue
            if not _inside(_spans(tags), k + 1, j) or tags[k + 1] == "B-LOC":
                break  # inside a longer entity, or a place already
            _set(tags, k + 1, j, "LOC")
            break


@lru_cache(maxsize=1)
def chinese_syllables() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``chinese_syllables.txt`` normalised: (family names, every syllable, the syllables
    that are no common Arabic word — the evidence that a run of syllables is Chinese)."""
    from importlib.resources import files

    text = (files("khabar.resources") / "ner" / "chinese_syllables.txt").read_text("utf-8")
    family: set[str] = set()
    every: set[str] = set()
    arabic: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        form = match_form(cols[0])
        every.add(form)
        if cols[1] == "S":
            family.add(form)
        if cols[2:3] == ["ar"]:
            arabic.add(form)
    return frozenset(family), frozenset(every), frozenset(every - arabic)


_norm = itemgetter(0)  # a word context's normalised form


def _syllable(c: Ctx, every: frozenset[str]) -> bool:
    """A bare word (no clitic) of the syllable list."""
    return c[0] == c[1] and c[0] in every


def _chinese(ctx: Sequence[Ctx], tags: list[str], norms: list[str]) -> None:
    """Chinese names of three syllables, in place: (1) a person of one or two syllables with
    one that is no Arabic word («يو/B-PERS شنغ/I-PERS») takes the syllables left O before it
    when the first of them is a family name («قوه يو شنغ», «لن هوى شيانغ»; three syllables at
    most); (2) three O syllables in a row, between words that are none, the first a family
    name and one no Arabic word, are a person («دينغ ون جي», «تشن مين جن»), joined to a person
    right before them (a Hui name: «اسماعيل وانغ قوانغ شوى», as ANERcorp tags it). Two-syllable runs
    are left alone: place names («تشن داي», «شيا مين») as often as persons. ``norms``: the
    words' normalised forms; the caller checks that one is a Chinese-only syllable."""
    family, every, chinese_only = chinese_syllables()
    n = len(tags)
    for i in _positions(tags, "B-PERS"):
        j = _entity_end(tags, i)
        if j - i > 2 or not all(_syllable(c, every) for c in ctx[i:j]):
            continue
        if chinese_only.isdisjoint(norms[i:j]):
            continue
        for a in (i - 3 + (j - i), i - 1):  # the longest run of at most three syllables
            if a < 0 or a >= i or any(t != "O" for t in tags[a:i]):
                continue
            if norms[a] in family and all(_syllable(c, every) for c in ctx[a:i]):
                _set(tags, a, j, "PERS")
                break
    for i in range(n - 2):
        if tags[i] != "O" or norms[i] not in family or not _syllable(ctx[i], every):
            continue
        if any(t != "O" for t in tags[i : i + 3]) or not all(
                _syllable(c, every) for c in ctx[i : i + 3]):
            continue
        if (i and _syllable(ctx[i - 1], every)) or (i + 3 < n and _syllable(ctx[i + 3], every)):
            continue  # a longer run: not a three-syllable name
        if chinese_only.isdisjoint(norms[i : i + 3]):
            continue
        a = i
        if i and tags[i - 1].endswith("-PERS"):  # «اسماعيل وانغ قوانغ شوى»: one person
            while tags[a - 1].startswith("I-"):
                a -= 1
            a -= 1
        _set(tags, a, i + 3, "PERS")
