"""Locators: the words right after a place that say which country it is in (session 16).

A report places a little-known place by what follows it: «ولايات خوست وبكتيا وبكتيكا في شرق
أفغانستان», «في مدينة قصور شرقي باكستان», «سروج/سوروتش (جنوب تركيا)», «مدينة ليدفيل - كولورادو
الأمريكية», «جامعة كيل في مقاطعة ستافوردشير في إنجلترا». :func:`locator_country` reads them:

- an optional opening bracket, dash or comma; then «في» or a glued «ب», or neither;
- one or two direction words («شرق», «شرقي», «جنوب شرق», «بجنوب»), optional;
- a place noun («مقاطعة», «ولاية», «محافظة» …), optional; when the name after it is unknown,
  one more locator right after that name is read («في مقاطعة ستافوردشير في إنجلترا»);
- a known place: a country, or a region or city of one.

``strict`` (for a place the gazetteer does know, whose reading the locator may overturn: «قصور»
is a town in Cameroon, the text's «قصور شرقي باكستان» is Kasur) takes only a country or a
region of one, after «في» or a direction, or in brackets after a direction — never a bare
«ب» + country («ربط دبي بالهند»: Dubai linked with India) nor a city («ربط الرياض بجدة»).
Otherwise (an unknown place) a bare «ب» + a known place, a place noun + its place, a direction
+ a known place («جنوب غرب الطائف») and a dash or comma + a region or country («ليدفيل -
كولورادو») place it too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

import regex

from khabar.extract.entities import geo
from khabar.extract.entities.candidates import Candidate
from khabar.extract.entities.geo import PLACE_NOUNS, QUOTES
from khabar.gazetteer import names, outlets, places
from khabar.gazetteer.matcher import match_key
from khabar.gazetteer.tables import read_lines
from khabar.text.clitics import analyses
from khabar.text.normalize import match_form, word_before

_WORD = regex.compile(r"[\p{L}\p{M}]+")
# what may stand between the place and its locator: spaces, a closing quotation mark, then an
# opening bracket, a dash or a comma
_GAP = regex.compile(r"[\s\"»”']*([(\-–—،,]?)\s*")
# what a locator can start with (a cheap test before the word-by-word reading)
_START = regex.compile(
    r"[\s\"»”']*(?:[(\-–—،,]|ف[يى](?![\p{L}\p{M}])|ب[\p{L}\p{M}]|ل?(?:شرق|غرب|شمال|جنوب|وسط))")
_DIRECTIONS = frozenset(match_form(w) for w in (
    "شرق غرب شمال جنوب وسط شرقي غربي شمالي جنوبي").split())
_IN = frozenset(match_form(w) for w in ("في", "فى"))
_AREA_KINDS = frozenset({"country", "region", "territory"})
# a region named by a direction is also a phrase («في المنطقة الشرقية من الأقصى»: the east
# part of the Aqsa compound), and «المدينة» is also "the city": no locators
_DIRECTION_WORDS = frozenset(match_form(w) for w in (
    "الشرقية الغربية الشمالية الجنوبية الوسطى").split())
_NOT_LOCATORS = frozenset(match_form(w) for w in ("المدينة", "العاصمة"))


def _words(text: str, start: int, n: int = 7) -> list[regex.Match]:
    """Up to ``n`` words from ``start``, stopping at a sentence's or clause's end mark."""
    out = []
    for m in _WORD.finditer(text, start, min(len(text), start + 90)):
        if any(ch in ".!?؟\n:;؛" for ch in text[out[-1].end() if out else start : m.start()]):
            break
        out.append(m)
        if len(out) == n:
            break
    return out


def _direction(word: str) -> bool:
    return word in _DIRECTIONS or (word[:1] in "بل" and word[1:] in _DIRECTIONS)


def locator_country(text: str, end: int, context: Mapping[str, int] | None = None,
                    strict: bool = False, _depth: int = 0) -> str | None:
    """The country (ISO3) the words right after a place ending at ``end`` place it in (see
    the module docstring), or None."""
    if not _START.match(text, end):
        return None  # no bracket, dash, comma, «في», «ب…» or direction word after it
    gap = _GAP.match(text, end)
    mark = gap.group(1) if gap else ""
    words = _words(text, gap.end() if gap else end)
    if not words or (words[0].start() != (gap.end() if gap else end)):
        return None
    forms = [match_form(m.group()) for m in words]
    i, by, direction, noun = 0, "", False, False
    if forms[0] in _IN:
        by, i = "في", 1
    elif forms[0].startswith("ب") and len(forms[0]) > 3:
        by = "ب"
        forms[0] = forms[0][1:]
    while i < len(forms) and _direction(forms[i]) and i < 3:
        direction, i = True, i + 1
    if i < len(forms) and forms[i] in PLACE_NOUNS:
        noun, i = True, i + 1
    if i >= len(forms):
        return None
    if strict and not (by == "في" or direction):
        return None
    if not (by or direction or mark):
        return None  # a bare next word is the next phrase («… مصر»), no locator
    tried = [f"{forms[i]} {forms[i + 1]}", forms[i]] if i + 1 < len(forms) else [forms[i]]
    for name in tried:
        if name in _NOT_LOCATORS:
            continue
        g = names.resolve(name, "LOC", context)
        if g is None or g.label != "LOC" or not g.country:
            continue
        if g.kind != "country" and _DIRECTION_WORDS.intersection(match_form(g.canonical).split()):
            return None
        if g.kind not in _AREA_KINDS and context is not None and not context.get(g.country, 0):
            continue  # a foreign city the document never names («بمقاطعة سان جوان»: Colorado's)
        if strict:
            return g.country if g.kind in _AREA_KINDS else None
        if by == "ب" or noun or direction or (
            g.kind in _AREA_KINDS and (mark not in ("،", ",") or g.kind != "country")
        ):
            return g.country  # («X، مصر» may be a list: a comma places by a region only)
        return None
    if noun and _depth == 0:  # «في مقاطعة ستافوردشير في إنجلترا»: the unknown area's locator
        return locator_country(text, words[i].end(), context, strict, 1)
    return None


def _reading(surface: str, gaz: names.GazEntry) -> places.Place | None:
    """The gazetteer place a reading comes from (None for a made-up entry)."""
    return next((p for p in places.candidates(surface) if p.country == gaz.country
                 and p.lat == gaz.lat and p.lon == gaz.lon), None)


# cheap tests before the readers (most places are followed by neither): «في» or a direction
# word may open a strict locator, a definite word a country's adjective
_STRICT_START = regex.compile(
    r"[\s\"»”']*[(\-–—،,]?\s*(?:ف[يى]\s|[بل]?(?:شرق|غرب|شمال|جنوب|وسط)ي?(?![\p{L}\p{M}]))")
_ADJECTIVE_START = regex.compile(r"\s+ال")


def relocated(text: str, end: int, surface: str, gaz: names.GazEntry,
              context: Mapping[str, int] | None = None) -> names.GazEntry | None:
    """A known place's reading overturned by its locator: the name's reading in the country
    the locator names («طرابلس في شمال لبنان» → Tripoli, Lebanon), else that country with no
    point («قصور شرقي باكستان» → PAK: Kasur, not the Cameroonian town); None when the locator
    agrees or there is none. A country's definite adjective («طرابلس اللبنانية») counts only
    against a generated reading: «شرطة القدس الإسرائيلية» is the police's adjective."""
    if gaz.label != "LOC" or gaz.kind == "country" or not gaz.country:
        return None
    iso = locator_country(text, end, context, strict=True) if _STRICT_START.match(text, end) else None
    if iso is None and _ADJECTIVE_START.match(text, end):
        iso = geo.adjective_country(text, end)
        p = _reading(surface, gaz) if iso is not None else None
        if iso is not None and (p is None or p.curated or p.kind == "capital"):
            iso = None
    if iso is None or iso == gaz.country:
        return None
    p = next((q for q in places.candidates(surface) if q.country == iso and not q.kind == "town"), None)
    p = p or next((q for q in places.candidates(surface) if q.country == iso), None)
    if p is not None:
        return names.GazEntry("LOC", p.name, p.kind, p.country, p.lat, p.lon)
    return names.GazEntry("LOC", gaz.canonical if match_form(gaz.canonical) == match_form(surface)
                          else surface, None, iso)


@lru_cache(maxsize=1)
def common_word_places() -> frozenset[str]:
    """Matching forms of foreign cities named like common words (``common_word_places.txt``)."""
    return frozenset(match_form(w) for w in read_lines("common_word_places.txt"))


def common_word_city(gaz: names.GazEntry, surface: str, context: Mapping[str, int]) -> bool:
    """Whether a model place's reading is a foreign city named like a common word («مشهد» a
    scene, «بورصة» an exchange, «كورونا» the virus) in a document that does not name its
    country: then it is no reading."""
    if gaz.label != "LOC" or gaz.kind not in ("city", "town", "capital") or not gaz.country:
        return False
    if context.get(gaz.country, 0) > 0:
        return False
    form = match_key(surface)
    words = common_word_places()
    return form in words or any(base in words for prefix, base in analyses(form) if prefix)


_LIST_GAP = regex.compile(r"\s*(?:[،,]\s*و?|و)\s*")  # «X وY», «X، Y», «X، وY»
# plural and dual place nouns that open a list of places of one country («ولايات خوست وبكتيا
# وبكتيكا في شرق أفغانستان», «أحياء العزيزية والدار البيضاء جنوب الرياض»)
_PLURALS = frozenset(match_form(w) for w in (
    "ولايات مناطق أحياء حيي محافظات مدن قرى بلدات مديريات أقاليم مقاطعات ولايتي منطقتي "
    "محافظتي مدينتي بلدتي قريتي").split())


def _plural_before(text: str, start: int) -> bool:
    w = word_before(text, start, 16)
    if w is None:
        return False
    return w in _PLURALS or (w[:1] in "وبل" and w[1:] in _PLURALS) or (
        w[:2] in ("في", "وب") and w[2:] in _PLURALS)


def located(text: str, cands: Sequence[Candidate], context: Mapping[str, int],
            first: Callable[[Candidate], str | None]) -> dict[int, str]:
    """Start → country of each unknown place (no gazetteer reading) its words place: ``first``
    (the older locators of :mod:`.geo`), else :func:`locator_country`; and a list of places
    opened by a plural place noun takes the locator of its last place for the unknown ones (else
    that place's own country, when the document names it: «مناطق رياق وبعلبك والهرمل»)
    («ولايات خوست وبكتيا وبكتيكا في شرق أفغانستان»: «بكتيا» too; not «إلى سومطرة، وشنقيط،
    وكوريا موريا (عمان)», a list of far places)."""
    found: dict[int, str] = {}
    places_ = [c for c in cands if c.label == "LOC"]
    for c in places_:
        if c.gaz is None and (iso := first(c) or locator_country(text, c.end, context)):
            found[c.start] = iso
    k = 0
    while k < len(places_):
        j = k
        while j + 1 < len(places_) and _LIST_GAP.fullmatch(text, places_[j].end, places_[j + 1].start):
            j += 1
        if j > k and _plural_before(text, places_[k].start):
            last = places_[j]
            iso = found.get(last.start) or locator_country(text, last.end, context)
            if iso is None:  # else the last place's own country, when the document names it
                g = last.gaz or names.resolve(text[last.start : last.end], "LOC", context)
                form = match_form(text[last.start : last.end])
                own = sum(1 for c in places_ if c.gaz is not None and c.gaz.country == (g and g.country)
                          and match_form(text[c.start : c.end]) == form)  # its own votes
                if g is not None and g.label == "LOC" and g.kind != "country" and g.country and (
                    context.get(g.country, 0) > own
                ):
                    iso = g.country
            for c in places_[k:j]:
                if iso is not None and c.gaz is None and c.start not in found:
                    found[c.start] = iso
        k = j + 1
    return found


_CUE_BEFORE = regex.compile(r"([\p{L}\p{M}]+)(?:\s+([\p{L}\p{M}]+))?\s+$")


def outlet_named_as_place(text: str, c: Candidate) -> names.GazEntry | None:
    """The outlet a model place span names when the outlet's name is a place's and needs a cue
    (``outlets.tsv`` cue=yes): in quotation marks («لـ«الشرق الأوسط»»: the paper, not the
    region) or right after a cue word («وكالة أنباء الأناضول», «صحيفة الرياض»; with the cue, a
    longer outlet name wins: «وكالة أنباء الشرق الأوسط» is MENA). Else None. (A model ORG span
    is :func:`geo.quoted_outlet`'s and :func:`geo.shared_outlet`'s.)"""
    if c.label != "LOC" or c.source not in ("model", "rule"):
        return None
    form = match_form(text[c.start : c.end])
    found = geo._cue_outlets().get(form)
    if found is None:
        return None
    o, shared = found
    quoted = c.start > 0 and c.end < len(text) and text[c.start - 1] in QUOTES and text[c.end] in QUOTES
    m = _CUE_BEFORE.search(text, max(0, c.start - 30), c.start)
    cue = None
    if m is not None:
        words = [match_form(w) for w in m.groups() if w]
        cues = _cue_set()
        for phrase in (" ".join(words), words[-1]):
            bare = phrase[1:] if phrase[:1] in "ولب" else phrase
            if phrase in cues or bare in cues:
                cue = phrase if phrase in cues else bare
                break
    if cue is not None:
        longer = outlets.forms().get(f"{cue} {form}")
        if longer is not None:
            return names.GazEntry("ORG", longer.name, "outlet", longer.country, ref=longer.id)
    elif not quoted:
        return None
    if shared:  # «الجزيرة»: the channel or the paper — the outlet, no country
        return names.GazEntry("ORG", o.name, "outlet")
    return names.GazEntry("ORG", o.name, "outlet", o.country, ref=o.id)


@lru_cache(maxsize=1)
def _cue_set() -> frozenset[str]:
    return frozenset(outlets.cues())
