"""Places named inside the name of a street, a square, a gate or a stadium.

A place name right after a street noun is the name part of a place of its own, not a mention
of its namesake: «شارعي الثورة وبغداد في دمشق» are two streets of Damascus, not Baghdad;
«بشارع القدس» in a report on Dammam is a street, not Jerusalem; «استاد الإمارات» in London is
a stadium, not the Emirates. Such a mention is read as the facility («شارع بغداد»): no kind,
no point, the country of a known place right after it («بشارع الرقاص بصنعاء» → Yemen, «بشارع
الحمراء في بيروت» → Lebanon), else none (:func:`facility_name`, :func:`located_in`).

- Street nouns, singular or dual (a dual also names the second of two coordinated names,
  «شارعي الثورة وبغداد»), with no article and at most the proclitics و ف ب ل: شارع، ساحة،
  ميدان، دوار، باب. With the article «الشارع» is the public («الشارع السعودي»), «الساحة»
  the arena; «من باب» is «as a matter of». A square noun before a country («ساحة العراق»)
  is the arena of the country, not a square: countries are left to it.
- Stadium nouns (استاد، ملعب) only before a country: a stadium named after its city is in it
  («استاد القاهرة»), one named after a country (a sponsor: «استاد الإمارات») is not.
- Left out on purpose (read on the news day of 2015-08-10): roads («طريق الجوف – تبوك», «طريق
  عدن – حضرموت»: the event is on the road between the places), plurals («أحد شوارع اللاذقية»:
  the streets OF the city), airports, ports, hospitals, markets, universities and hotels named
  after their own city («مطار عدن», «سوق الدمام», «بفندق شيراتون الدمام»).
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from khabar.extract.entities import geo
from khabar.gazetteer import names
from khabar.text.normalize import match_form

# dual forms → the singular the facility is named with
_STREETS = {"شارع": "شارع", "شارعي": "شارع", "ساحة": "ساحة", "ساحتي": "ساحة",
            "ميدان": "ميدان", "ميداني": "ميدان", "دوار": "دوار", "دواري": "دوار",
            "باب": "باب", "بابي": "باب"}
_DUALS = frozenset(match_form(w) for w in ("شارعي", "ساحتي", "ميداني", "دواري", "بابي"))
_SQUARES = frozenset({"ساحة", "ميدان"})  # before a country: the arena of the country
_STADIUMS = {"استاد": "استاد", "ستاد": "استاد", "ملعب": "ملعب"}
_STADIUM_NAMES = frozenset(_STADIUMS.values())
_NOUNS = {**_STREETS, **_STADIUMS}
_FORMS = {match_form(k): v for k, v in _NOUNS.items()}

_WORD = r"[\p{L}\p{M}]+"
_QUOTE = r"[\"«“”']?"
# the noun right before the mention (an opening quotation mark between them allowed)
_DIRECT = regex.compile(rf"(?:^|[^\p{{L}}\p{{M}}])({_WORD})\s+{_QUOTE}$")
# a dual, one or two name words, then «و» (glued to the mention or spaced)
_COORDS = tuple(regex.compile(rf"(?:^|[^\p{{L}}\p{{M}}])({_WORD})\s+{_QUOTE}{names_}{_QUOTE}"
                              rf"\s+{_QUOTE}(و\s*)?$")
                for names_ in (_WORD, rf"{_WORD}\s+{_WORD}"))
# any facility noun in the window (the cheap test first: most places follow none)
_ANY = regex.compile("شارع|ساح|ميدان|دوار|باب|ستاد|ملعب")
_BEFORE = regex.compile(rf"({_WORD})\s+$")
_PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
_FROM = match_form("من")


def _noun(word: str) -> str | None:
    """The facility noun a word is (its matching form), with at most its proclitics
    («وبشارع» → «شارع»)."""
    form = match_form(word)
    if form in _FORMS:
        return form
    for p in _PROCLITICS:
        if form.startswith(p) and form[len(p):] in _FORMS:
            return form[len(p):]
    return None


def facility_name(text: str, start: int, end: int, gaz: names.GazEntry | None = None) -> str | None:
    """The facility («شارع بغداد») whose name part a place mention ``text[start:end]`` is,
    else None (see the module docstring); ``gaz``: the mention's gazetteer reading, if any."""
    base = max(0, start - 60)
    if _ANY.search(text, base, start) is None:
        return None
    left = text[base:start]
    surface = text[start:end]
    m = _DIRECT.search(left)
    noun = _noun(m.group(1)) if m is not None else None
    if noun is None:  # the second of two names after a dual: «شارعي الثورة وبغداد»
        glued = surface.startswith("و") and len(surface) > 3
        for pattern in _COORDS:
            m = pattern.search(left)
            noun = _noun(m.group(1)) if m is not None and (m.group(2) or glued) else None
            if noun in _DUALS:
                break
        else:
            return None
        if m is not None and m.group(2) is None:
            surface = surface[1:]  # the tagger's «وبغداد»
    if noun is None or m is None:
        return None
    single = _FORMS[noun]
    if single == "باب":
        before = _BEFORE.search(text, max(0, base - 20), base + m.start(1))
        if before is not None and match_form(before.group(1)) == _FROM:
            return None  # «من باب الحرص»: as a matter of
    if single in _STADIUM_NAMES or single in _SQUARES:
        reading = gaz if gaz is not None else names.resolve(surface, "LOC")
        is_country = reading is not None and reading.kind == "country"
        if (single in _SQUARES) == is_country:
            return None
    return f"{single} {surface}"


_IN_PLACE = regex.compile(r"\s+(?:في|فى)\s+([\p{L}\p{M}]+)(?:\s+([\p{L}\p{M}]+))?")


def located_in(text: str, end: int, context: Mapping[str, int] | None = None) -> str | None:
    """The country of the known place a facility ending at ``end`` is placed in, right after
    it: «بشارع الرقاص بصنعاء», «بحي … بمحافظة الطائف» (:func:`geo.nested_country`), or «في» +
    any known place, a city too («بشارع الحمراء في بيروت»: a street is in a city)."""
    iso = geo.nested_country(text, end, context)
    if iso is not None:
        return iso
    m = _IN_PLACE.match(text, end)
    if m is None:
        return None
    for name in ([f"{m.group(1)} {m.group(2)}", m.group(1)] if m.group(2) else [m.group(1)]):
        g = names.resolve(name, "LOC", context)
        if g is not None and g.label == "LOC" and g.country:
            return g.country
    return None
