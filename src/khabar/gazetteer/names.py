"""All curated names together: one matcher for running text and entries for NER features.

Combines :mod:`countries`, :mod:`places`, :mod:`orgs` and :mod:`outlets` into
:class:`GazEntry` payloads (label PERS/ORG/LOC/MISC, canonical name, kind, country,
coordinates). :func:`find_all` matches only names that are safe on their own (country
names, curated places, unambiguous organisations and outlets); :func:`resolve` types and
geocodes any mention, ambiguous names included, once the model has found it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import regex

from khabar.gazetteer import countries, orgs, outlets, places
from khabar.gazetteer.matcher import Match, PhraseMatcher
from khabar.text.normalize import match_form


@dataclass(frozen=True, slots=True)
class GazEntry:
    """What a gazetteer name denotes."""

    label: str  # PERS | ORG | LOC | MISC
    canonical: str
    kind: str | None  # country | capital | city | region | outlet | armed_group | army | ...
    # (None: a place known only by the country it is in)
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    ref: str | None = None  # org/outlet id


def _place_entry(p: places.Place) -> GazEntry:
    return GazEntry("LOC", p.name, p.kind, p.country, p.lat, p.lon)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, places.Place]:
    return places.forms()


def _country_entry(m: countries.CountryMatch) -> GazEntry:
    lat = lon = None
    cap = None
    if m.kind == "capital":
        cap = places.lookup(m.form)
        if cap is not None:
            lat, lon = cap.lat, cap.lon
        return GazEntry("LOC", cap.name if cap else m.form, "capital", m.iso3, lat, lon)
    return GazEntry("LOC", m.name, "country", m.iso3)


def _org_entry(o: orgs.Org) -> GazEntry:
    return GazEntry("ORG", o.name, o.type, o.country, ref=o.id)


def _outlet_entry(o: outlets.Outlet) -> GazEntry:
    return GazEntry("ORG", o.name, "outlet", o.country, ref=o.id)


@lru_cache(maxsize=1)
def ambiguous_forms() -> frozenset[str]:
    """Normalised names that are also frequent common words (``ambiguous_names.txt``)."""
    from khabar.gazetteer.tables import read_lines

    return frozenset(match_form(w) for w in read_lines("ambiguous_names.txt"))


def _safe_entries() -> Iterable[tuple[str, GazEntry]]:
    from khabar.gazetteer.tables import read_rows, split_aliases

    ambiguous = ambiguous_forms()
    for form, m in countries.forms().items():
        if m.kind in ("name", "capital") and form not in ambiguous:
            yield form, _country_entry(m)
    for row in read_rows("places_curated.tsv"):
        if row.get("role") == "alt":
            continue  # read only in context: never matched on its own (البدع is also a UAE town)
        p = places.lookup(row["canonical"])
        if p is not None:
            for name in [row["canonical"], *split_aliases(row["aliases"])]:
                if match_form(name) not in ambiguous:
                    yield name, _place_entry(p)
    for form, o in outlets.forms().items():
        if not o.needs_cue:
            yield form, _outlet_entry(o)
            if _is_acronym(form):  # «بي بي سي» is also written «بي.بي.سي»
                yield form.replace(" ", "."), _outlet_entry(o)
    for form, org in orgs.forms().items():
        if not org.ambiguous:
            yield form, _org_entry(org)


@lru_cache(maxsize=1)
def matcher() -> PhraseMatcher[GazEntry]:
    """The per-process automaton over all names that are safe to match on their own."""
    return PhraseMatcher(_safe_entries())


def _is_acronym(form: str) -> bool:
    """A name spelt as letter names: «بي بي سي», «سي ان ان», «ا ف ب»."""
    words = form.split()
    return len(words) >= 2 and all(len(w) <= 3 for w in words)


def _undotted(name: str) -> str:
    """«بي.بي.سي» → «بي بي سي»: an acronym's letters written with dots between them."""
    return regex.sub(r"(?<=\p{L})\.\s*(?=\p{L})", " ", name).rstrip(".")


def find_all(text: str) -> list[Match[GazEntry]]:
    """Every safe gazetteer name in ``text`` (original offsets, proclitics outside)."""
    return matcher().find_all(text)


def resolve(name: str, label: str | None = None,
            context: Mapping[str, int] | None = None) -> GazEntry | None:
    """Type, canonicalise and geocode a mention found by the model (or None).

    A one-word name the gazetteers hold only without the article is not read through it when
    it is a place or an organisation other than a company («الفتح», the club, is no «فتح»,
    «الحماس» zeal; a country and a brand are: «الباراغواي», «التويتر»).

    The model's ``label`` decides between readings of an ambiguous name: an ORG «الرياض»
    is the newspaper only with a cue word; a LOC «الرياض» is the city. ``context`` (ISO3 →
    mentions of that country in the document, see :func:`context`) picks among places of
    one name: «طرابلس» is Tripoli in Lebanon in a document about Lebanon.
    """
    if "." in name and _is_acronym(match_form(_undotted(name))):
        name = _undotted(name)
    if label in (None, "ORG"):
        o = outlets.lookup(name)
        if o is not None:
            return _outlet_entry(o)
        org = orgs.lookup(name)
        one_word = " " not in name.strip()
        if org is not None and one_word and org.type != "company" and (
            orgs.lookup(name, article=False) is None
        ):
            org = None  # «الفتح» (the club) is not «فتح», «الحماس» (zeal) not «حماس»
        if org is not None:
            return _org_entry(org)
    if label in (None, "LOC", "ORG"):
        m = countries.lookup(name)
        if m is None and label == "LOC":
            m = _bare_country(name)
        p = places.choose(places.candidates(name), context)
        if p is not None and " " not in name.strip() and not places.candidates(name, article=False):
            # a place reached only by reading the article as a proclitic: «النورس» (a
            # district) is not Nurs, France; «الجامعة» no Algerian town
            p = None
        if m is not None and m.kind == "name":
            # «عمان» is Amman in a document about Jordan that never names Oman otherwise
            # (a hand-checked place only: «لبنان» is no town in Pennsylvania)
            if p is not None and p.curated and p.country != m.iso3 and context and (
                context.get(p.country or "", 0) > 0 and context.get(m.iso3, 0) == 0
            ):
                return _place_entry(p)
            return _country_entry(m)
        if m is not None and m.kind == "capital" and (p is None or p.country == m.iso3):
            return _country_entry(m)
        if p is not None:
            return _place_entry(p)
    return None


# Bare forms that are common words before they are countries: جزائر (islands), بحرين (two
# seas), مغرب (sunset), إمارات (emirates). Forms under four letters (هند the name Hind,
# يمن good fortune) never qualify.
_BARE_NOT_COUNTRY = frozenset(match_form(w) for w in "جزائر بحرين مغرب امارات".split())


def _bare_country(name: str) -> countries.CountryMatch | None:
    """A country whose name carries the article, written without it in a phrase the model
    tagged as a place: «عراق 2024 ليس عراق 2014», «سودان ما بعد الثورة» → IRQ, SDN."""
    form = match_form(name)
    if " " in form or form.startswith("ال") or len(form) < 4 or form in _BARE_NOT_COUNTRY:
        return None
    m = countries.lookup("ال" + form)
    return m if m is not None and m.kind == "name" else None


def context(text: str, entries: Iterable[GazEntry] = ()) -> Counter[str]:
    """The countries a document talks about: ISO3 → mentions of the country's names,
    adjectives, demonyms and capitals in ``text``, plus the curated places in ``entries``
    (the gazetteer matches of the document: «الدمام» counts for Saudi Arabia)."""
    ctx: Counter[str] = Counter(
        m.match.iso3 for m in countries.find_all(text)
        # a form that also names a place of another country (عمان: Oman or Amman) says
        # nothing about which of the two the document is about
        if not any(p.curated and p.country != m.match.iso3 for p in places.candidates(m.text)))
    for e in entries:
        if e.label == "LOC" and e.country and e.kind != "country":
            ctx[e.country] += 1
    return ctx


@lru_cache(maxsize=1)
def all_forms() -> frozenset[str]:
    """Every normalised name of every gazetteer (exact forms, no clitic stripping)."""
    return frozenset(
        [*countries.forms(), *places.forms(), *orgs.forms(), *outlets.forms()]
    )


def feature_entries() -> Iterable[tuple[str, str]]:
    """``(name, class)`` pairs for the NER feature lexicon (see :mod:`khabar.ner.lexicon`)."""
    for form in places.forms():
        yield form, "LOC"
    for form in orgs.forms():
        yield form, "ORG"
    for form in outlets.forms():
        yield form, "OUT"
    for cue in outlets.cues():
        yield match_form(cue), "CUE"
