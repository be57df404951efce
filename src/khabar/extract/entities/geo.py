"""Geocoding fallbacks for tagged places the gazetteers do not name as written.

- A place written a long vowel apart from the gazetteer's spelling of a big place («زيوريخ»
  for «زيورخ»/«زوريخ», «برزبن» for «بريزبن») is that place, when no other place shares the
  spelling (:func:`khabar.gazetteer.places.by_variant`) and the place is famous (a capital, a
  curated place, a city of :data:`FAMOUS_POPULATION`) or in a country the document names: a
  small Dutch town «ميرلو» (Mierlo) is not Merlo, a suburb of Buenos Aires.
- A small city (a generated reading under :data:`~khabar.gazetteer.places.SKELETON_MIN_POPULATION`
  people, not curated) of a country the document does not name is no reading, unless it is the
  outlet's country, or an Arab country in a document that names no other: «فوه», a district of
  Mukalla, is not Fuwwah in Egypt; «النورس», a district of Khobar, not a French town.
- «مسقط رأس» (birthplace) names no capital, «نصف قطر» (a radius) no Qatar, and a direction's
  adjective before «ل» + a place («والشرقية لمنطقة مكة المكرمة»: the east of the Mecca region)
  no region (:func:`not_a_place`).
- An unknown place placed in a known one right after it («بمدينة شانتييه بفرنسا», «قرية X
  بمحافظة الطائف», «… في فرنسا») is in that place's country: it gets the country, no point.
- A gazetteer name whose last letter is «ه» where the text writes «ة» («بريده» from GeoNames,
  «بريدة» in the text) is displayed as the text writes it.
- A place followed by its country's definite nisba adjective («مدينة سالزبورج النمساوية»,
  «بولاية أوهايو الأمريكية»): an unknown place gets that country (no point), and a model span
  that took the adjective in leaves it out when the place without it is of that country.
- A model organisation right after a place noun («وشرق منطقة الرياض»: the paper «الرياض»
  elsewhere) is the place when the name is one of that kind.
- A model organisation in quotation marks that is an outlet named like a place («لـ "الرياض"»,
  «لـ"المدينة"») is the outlet, not the place: it does not join the place's mentions.
- An outlet name several outlets share («الجزيرة»: the Qatari channel, the Saudi paper) is the
  one its cue word names («قناة "الجزيرة"», «صحيفة الجزيرة»), else the document's own outlet when
  it is one of them (a paper naming itself: «في تصريح لـ"الجزيرة"»); else no country
  (:func:`shared_outlet`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import regex

from khabar.extract.entities.candidates import Candidate
from khabar.gazetteer import countries, names, outlets, places
from khabar.text.normalize import match_form, word_after, word_before

# ب or «في» right after the place, then a known place, maybe after a place noun («بمحافظة»;
# PLACE_NOUNS: locate reads them too, after a locator)
_NESTED = regex.compile(r"\s+(ب|في\s+|فى\s+)([\p{L}\p{M}]+)(?:\s+([\p{L}\p{M}]+))?")
PLACE_NOUNS = frozenset(match_form(w) for w in (
    "محافظة منطقة مدينة ولاية إقليم مقاطعة دولة جمهورية مملكة إمارة سلطنة").split())


FAMOUS_POPULATION = 300_000  # a spelling variant of a city of an unnamed country: this big
# Arab League states: their towns are named in Arabic news without their country
ARAB_STATES = frozenset(
    "SAU YEM IRQ SYR JOR LBN PSE EGY LBY TUN DZA MAR MRT SDN KWT BHR QAT ARE OMN SOM DJI COM".split())


def variant_place(surface: str, context: Mapping[str, int] | None = None
                  ) -> names.GazEntry | None:
    """The big place a spelling variant denotes (see the module docstring), or None."""
    p = places.by_variant(surface)
    if p is None or not (p.curated or p.kind == "capital" or p.population >= FAMOUS_POPULATION
                         or (context or {}).get(p.country or "", 0) > 0):
        return None
    return names.GazEntry("LOC", p.name, p.kind, p.country, p.lat, p.lon)


def unnamed_small_city(gaz: names.GazEntry, surface: str, context: Mapping[str, int],
                       home: str | None = None) -> bool:
    """Whether a model place's reading is a small city of a country the document does not
    name (see the module docstring): then it is no reading at all."""
    country = gaz.country
    if gaz.label != "LOC" or gaz.kind not in ("city", "town") or not country or (
        context.get(country, 0) > 0 or country == home
    ):
        return False
    p = next((q for q in places.candidates(surface) if q.country == country
              and q.name == gaz.canonical and q.lat == gaz.lat), None)
    if p is None or p.curated or p.population >= places.SKELETON_MIN_POPULATION:
        return False
    return country not in ARAB_STATES or any(v > 0 for k, v in context.items() if k != country)


_BIRTHPLACE = regex.compile(r"\s+ر[أاإ]س")


def birthplace(text: str, start: int, end: int) -> bool:
    """Whether a mention is «مسقط» of «مسقط رأسه» (birthplace), not Muscat."""
    return match_form(text[start:end]) == _MUSCAT and _BIRTHPLACE.match(text, end) is not None


_MUSCAT = match_form("مسقط")
_QATAR = match_form("قطر")
_HALF = frozenset(match_form(w) for w in "نصف ونصف بنصف".split())
_DIRECTIONS = frozenset(match_form(w) for w in "الشرقية الغربية الشمالية الجنوبية".split())


def not_a_place(text: str, start: int, end: int) -> bool:
    """Whether a place mention is a word of a phrase that names no place: «مسقط» of «مسقط
    رأسه» (birthplace), «قطر» of «نصف قطر» (a radius), a direction's adjective right before
    «ل» + a place noun or a place («والشرقية لمنطقة مكة المكرمة», «الشمالية للمملكة»: the
    adjective of a noun before it, not the Eastern or Northern region)."""
    form = match_form(text[start:end])
    if form == _MUSCAT:
        return _BIRTHPLACE.match(text, end) is not None
    if form == _QATAR:
        return word_before(text, start, 12) in _HALF
    if form in _DIRECTIONS:
        nxt = word_after(text, end)
        return nxt is not None and _to_place(nxt)
    if form in _PHRASE_HEADS:
        return _in_phrase(text, start, end, form)
    return False


# session 17: a place name that is a word of a fixed phrase naming no place — «الرباط
# الصليبي» (the cruciate ligament, not Rabat), «النيل من» (harming, not the Nile: «في النيل من
# أمن المملكة», «محاولات النيل منه»), «جنات عدن» (the Gardens of Eden, not Aden)
_RABAT, _NILE, _ADEN = (match_form(w) for w in ("الرباط", "النيل", "عدن"))
_PHRASE_HEADS = frozenset((_RABAT, _NILE, _ADEN))
_LIGAMENT = frozenset(match_form(w) for w in ("الصليبي", "الصليبية"))
_FROM = regex.compile(r"\s+من(?:ه|ها|هم|هما|هن|كم|نا|ي)?(?![\p{L}\p{M}])")
# nouns of a river before «النيل من» keep the Nile («يمتد نهر النيل من …»)
_RIVER_NOUNS = frozenset(match_form(w) for w in (
    "نهر مياه ضفاف ضفة ضفتي دلتا وادي حوض منابع منبع مجرى فيضان سد بلاد").split())
_EDEN = frozenset(match_form(w) for w in "جنات جنة جنان وجنات وجنة".split())


def _in_phrase(text: str, start: int, end: int, form: str) -> bool:
    """Whether «الرباط», «النيل» or «عدن» at ``start:end`` is a word of a fixed phrase
    (see :data:`_PHRASE_HEADS`)."""
    if form == _RABAT:
        return word_after(text, end) in _LIGAMENT
    prev = word_before(text, start, 16) or ""
    if form == _ADEN:
        return prev in _EDEN
    return _FROM.match(text, end) is not None and prev not in _RIVER_NOUNS and (
        prev[1:] not in _RIVER_NOUNS)


def _to_place(word: str) -> bool:
    """Whether a word is «ل» + a place noun or a place: «لمنطقة», «للمملكة», «لمكة»."""
    if not word.startswith("ل") or len(word) < 4:
        return False
    rest = "ال" + word[2:] if word.startswith("لل") else word[1:]
    if rest in PLACE_NOUNS or rest[2:] in PLACE_NOUNS:
        return True
    g = names.resolve(rest, "LOC")
    return g is not None and g.label == "LOC"


def nested_country(text: str, end: int, context: Mapping[str, int] | None = None,
                   home: str | None = None) -> str | None:
    """The country (ISO3) of the known place an unknown place ending at ``end`` is placed in,
    right after it: «شانتييه بفرنسا» → FRA, «… بمحافظة الطائف» → SAU; after «في» only a
    country or a place noun and its place («في اليابان», «في منطقة انتوفاجاستا»), since «في»
    also starts a phrase («شرطة X في بيان»). A bare «ب» + a city of a country the document does
    not name (nor ``home``) places nothing (session 17: «وادى زقله بالرصيفة», a district of Mecca, is no
    town of Jordan's Russeifa)."""
    m = _NESTED.match(text, end)
    if m is None:
        return None
    by, first, second = m.group(1), m.group(2), m.group(3)
    noun = match_form(first) in PLACE_NOUNS
    if noun:
        if second is None:
            return None
        first, second = second, None
    for name in ([f"{first} {second}", first] if second else [first]):
        g = names.resolve(name, "LOC", context)
        if g is not None and g.country and g.label == "LOC" and (
            by == "ب" or noun or g.kind == "country"
        ):
            if not noun and g.kind in _CITY_KINDS and context is not None and (
                not context.get(g.country, 0) and g.country != home
            ):
                continue  # «وادى زقله بالرصيفة» in a report on Mecca: no town of Jordan
            return g.country
    return None


_CITY_KINDS = frozenset({"city", "town", "capital", "district"})


def text_spelling(canonical: str, surface: str) -> str:
    """The gazetteer's name with the text's final «ة» where the gazetteer writes «ه» and the
    two are otherwise one spelling («بريده» / «بريدة»)."""
    if canonical.endswith("ه") and surface.endswith("ة") and (
        match_form(canonical) == match_form(surface)
    ):
        return canonical[:-1] + "ة"
    return canonical


_NEXT_WORD = regex.compile(r"\s+([\p{L}\p{M}]+)")


def _adjective_iso(word: str) -> str | None:
    """The country of a definite nisba adjective («النمساوية», «الأمريكية»), else None."""
    if not match_form(word).startswith("ال"):
        return None
    m = countries.lookup(word)
    return m.iso3 if m is not None and m.kind == "adj" and m.form == match_form(word) else None


def adjective_country(text: str, end: int) -> str | None:
    """The country whose definite adjective follows a place ending at ``end``: «سالزبورج
    النمساوية» → AUT."""
    m = _NEXT_WORD.match(text, end)
    return _adjective_iso(m.group(1)) if m is not None else None


def without_adjective(text: str, c: Candidate) -> Candidate:
    """A model place span that ends in its own country's definite adjective («أوهايو
    الأمريكية»), cut before it when the rest is a known place of that country."""
    if c.label != "LOC" or c.source != "model" or c.gaz is not None or " " not in text[c.start : c.end]:
        return c
    surface = text[c.start : c.end]
    head, sep, last = surface.rpartition(" ")
    if not sep or not head.strip():
        return c
    iso = _adjective_iso(last)
    if iso is None:
        return c
    g = names.resolve(head, "LOC")
    if g is None or g.label != "LOC" or g.country != iso or g.kind == "country":
        return c
    return Candidate(c.start, c.start + len(head.rstrip()), c.label, c.source, c.score)


_ORG_AS_PLACE_NOUNS = frozenset(match_form(w) for w in "منطقة مدينة محافظة ولاية إقليم".split())


def org_after_place_noun(text: str, c: Candidate) -> Candidate:
    """A model ORG span right after «منطقة/مدينة/محافظة/ولاية/إقليم» (with proclitics) whose
    name is a region or city of the gazetteers is that place («وشرق منطقة الرياض», tagged ORG
    in a paper named «الرياض»)."""
    k = c.start - 1
    if c.label != "ORG" or c.source != "model" or k < 1 or text[k] != " " or text[k - 1] not in "ةهم":
        return c  # (the place nouns end in ة or م: a cheap test before the regex)
    w = word_before(text, c.start, 20)
    if w is None:
        return c
    if not any(w == n or (w.endswith(n) and len(w) - len(n) <= 2) for n in _ORG_AS_PLACE_NOUNS):
        return c
    g = names.resolve(text[c.start : c.end], "LOC")
    if g is None or g.label != "LOC" or g.kind not in ("city", "capital", "region"):
        return c
    return Candidate(c.start, c.end, "LOC", c.source, c.score,
                     c.gaz if c.gaz is not None and c.gaz.label == "LOC" else None)


QUOTES = frozenset('"«»“”')


def quoted_outlet(text: str, c: Candidate) -> names.GazEntry | None:
    """The outlet a model ORG span in quotation marks names when the name is also a place's
    and needs a cue to be the outlet («لـ "الرياض"»: the paper, not the city), else None."""
    if c.label != "ORG" or c.source != "model" or c.start < 1 or c.end >= len(text) or (
        text[c.start - 1] not in QUOTES or text[c.end] not in QUOTES
    ):
        return None
    found = _cue_outlets().get(match_form(text[c.start : c.end]))
    if found is None:
        return None
    o, shared = found
    if shared:  # «الجزيرة»: the Qatari channel or the Saudi paper «الجزيرة السعودية»
        return names.GazEntry("ORG", o.name, "outlet")
    return names.GazEntry("ORG", o.name, "outlet", o.country, ref=o.id)


_CUE_KINDS = {match_form(w): kind for kind, ws in (
    ("newspaper", "صحيفة جريدة يومية"), ("tv", "قناة تلفزيون فضائية شبكة")) for w in ws.split()}
_CUE_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[\s\"«»“”]*$")


def shared_outlet(text: str, c: Candidate, own: str | None = None) -> names.GazEntry | None:
    """The outlet a model ORG span names when several outlets share its name («الجزيرة»: the
    Qatari channel or the Saudi paper «الجزيرة السعودية»): the one of the kind its cue word
    names right before it («فقناة «الجزيرة»», «صحيفة الجزيرة», «جريدة "الجزيرة"»), else the
    document's own outlet (``own``: an outlet id) when it is one of them; else None."""
    if c.label != "ORG" or c.source != "model":
        return None
    found = _cue_outlets().get(match_form(text[c.start : c.end]))
    if found is None or not found[1]:
        return None
    sharing = _sharing(match_form(text[c.start : c.end]))
    m = _CUE_BEFORE.search(text, max(0, c.start - 16), c.start)
    kind = None
    if m is not None:
        w = match_form(m.group(1))
        kind = _CUE_KINDS.get(w) or (_CUE_KINDS.get(w[1:]) if w[:1] in "وفبل" else None)
    if kind:
        chosen = [o for o in sharing if o.kind == kind]
    elif own is not None and not _in_longer_name(text, c, m):
        chosen = [o for o in sharing if o.id == own]
    else:
        return None
    if len(chosen) != 1:
        return None
    o = chosen[0]
    return names.GazEntry("ORG", o.name, "outlet", o.country, ref=o.id)


# head nouns of other names an outlet's name also ends («شركة توكيلات الجزيرة», «بنك الجزيرة»)
_NAME_HEADS = frozenset(match_form(w) for w in (
    "شركة مؤسسة توكيلات بنك مصرف نادي فندق مجموعة مركز جامعة مستشفى مدرسة أسواق دار منتجع "
    "جزيرة شبه").split())


def _in_longer_name(text: str, c: Candidate, before: regex.Match | None) -> bool:
    """Whether the span ends another name («شركة توكيلات الجزيرة», «بنك الجزيرة») or opens
    one («الجزيرة للصحافة والطباعة»: «لل…» right after it)."""
    if before is not None and text[before.end(1) : c.start].strip() == "":
        w = match_form(before.group(1))
        if w in _NAME_HEADS or (w[:1] in "وبل" and w[1:] in _NAME_HEADS):
            return True
    nxt = word_after(text, c.end)
    return nxt is not None and nxt.startswith("لل")


@lru_cache(maxsize=64)
def _sharing(form: str) -> tuple[outlets.Outlet, ...]:
    """The outlets named ``form`` or by a longer name opening with it."""
    found = {o.id: o for f, o in outlets.forms().items() if f == form or f.startswith(form + " ")}
    return tuple(found.values())


@lru_cache(maxsize=1)
def _cue_outlets() -> dict[str, tuple[outlets.Outlet, bool]]:
    """The outlet names that need a cue word → (outlet, whether the name opens another
    outlet's name: «الجزيرة» / «الجزيرة السعودية»)."""
    table = outlets.forms()
    return {f: (o, any(g.startswith(f + " ") and p.id != o.id for g, p in table.items()))
            for f, o in table.items() if o.needs_cue}


_PROCLITICS = frozenset("وفبل")


def proclitic_place(surface: str, gaz: names.GazEntry, context: Mapping[str, int],
                    home: str | None = None) -> names.GazEntry | None:
    """A one-word place read whole as a generated city of a country the document does not
    name (nor ``home``) that is a proclitic and a curated place of a country it does name:
    «والرياض وجدة» → و + Jeddah, not Oujda (session 17). None otherwise."""
    if gaz.label != "LOC" or gaz.kind not in ("city", "town") or not gaz.country or (
        context.get(gaz.country, 0) > 0 or gaz.country == home
    ):
        return None
    form = match_form(surface)
    if " " in form or form[:1] not in _PROCLITICS or len(form) < 4:
        return None
    whole = next((p for p in places.candidates(form) if p.country == gaz.country), None)
    if whole is None or whole.curated:
        return None
    rest = places.lookup(form[1:])
    if rest is None or not rest.curated or not rest.country or (
        context.get(rest.country, 0) == 0 and rest.country != home
    ):
        return None
    return names.GazEntry("LOC", rest.name, rest.kind, rest.country, rest.lat, rest.lon)
