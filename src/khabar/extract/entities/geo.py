"""Geocoding fallbacks for tagged places the gazetteers do not name as written.

- A place written a long vowel apart from the gazetteer's spelling of a big place («زيوريخ»
  for «زيورخ»/«زوريخ», «برزبن» for «بريزبن») is that place, when no other place shares the
  spelling (:func:`khabar.gazetteer.places.by_variant`).
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


def variant_place(surface: str) -> names.GazEntry | None:
    """The big place a spelling variant denotes (see the module docstring), or None."""
    p = places.by_variant(surface)
    return names.GazEntry("LOC", p.name, p.kind, p.country, p.lat, p.lon) if p else None


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
