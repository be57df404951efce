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
- «مسقط رأس» (birthplace) names no capital.
- An unknown place placed in a known one right after it («بمدينة شانتييه بفرنسا», «قرية X
  بمحافظة الطائف», «… في فرنسا») is in that place's country: it gets the country, no point.
- A gazetteer name whose last letter is «ه» where the text writes «ة» («بريده» from GeoNames,
  «بريدة» in the text) is displayed as the text writes it.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from khabar.gazetteer import names, places
from khabar.text.normalize import match_form

# ب or «في» right after the place, then a known place, maybe after a place noun («بمحافظة»)
_NESTED = regex.compile(r"\s+(ب|في\s+|فى\s+)([\p{L}\p{M}]+)(?:\s+([\p{L}\p{M}]+))?")
_PLACE_NOUNS = frozenset(match_form(w) for w in (
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


def nested_country(text: str, end: int, context: Mapping[str, int] | None = None) -> str | None:
    """The country (ISO3) of the known place an unknown place ending at ``end`` is placed in,
    right after it: «شانتييه بفرنسا» → FRA, «… بمحافظة الطائف» → SAU; after «في» only a
    country or a place noun and its place («في اليابان», «في منطقة انتوفاجاستا»), since «في»
    also starts a phrase («شرطة X في بيان»)."""
    m = _NESTED.match(text, end)
    if m is None:
        return None
    by, first, second = m.group(1), m.group(2), m.group(3)
    noun = match_form(first) in _PLACE_NOUNS
    if noun:
        if second is None:
            return None
        first, second = second, None
    for name in ([f"{first} {second}", first] if second else [first]):
        g = names.resolve(name, "LOC", context)
        if g is not None and g.country and g.label == "LOC" and (
            by == "ب" or noun or g.kind == "country"
        ):
            return g.country
    return None


def text_spelling(canonical: str, surface: str) -> str:
    """The gazetteer's name with the text's final «ة» where the gazetteer writes «ه» and the
    two are otherwise one spelling («بريده» / «بريدة»)."""
    if canonical.endswith("ه") and surface.endswith("ة") and (
        match_form(canonical) == match_form(surface)
    ):
        return canonical[:-1] + "ة"
    return canonical
