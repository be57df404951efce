"""Countries: Arabic names, nisba adjectives, demonyms and capitals → ISO alpha-3.

Data: ``resources/gazetteer/countries_curated.tsv`` (hand-curated news usage, with the
adjective stems that get inflected here) plus every country's Arabic name from Babel's
CLDR data. All forms are compared in :func:`khabar.text.normalize.match_form` form, so
hamza, alef and taa-marbuta variants (الأميركية / الأمريكيه) meet.

Two entry points:

- :func:`lookup` — a word or phrase (possibly with proclitics: وواشنطن، للعراق) → match;
- :func:`find_all` — every country mention in a text, as ORIGINAL offsets with proclitics
  left outside the span, in one Aho–Corasick pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry
from babel import Locale

from khabar.gazetteer.matcher import PhraseMatcher, lookup_form
from khabar.text.normalize import match_form

# Suffixes of a nisba adjective stem ending in ي: m.sg, f.sg, m.pl (nom/obl), duals, f.pl.
# States whose Arabic name is «المملكة …»: a bare «المملكة» can only mean one of them
KINGDOMS = frozenset("SAU JOR MAR BHR GBR ESP NLD BEL SWE NOR DNK THA KHM BTN LSO SWZ TON".split())

_NISBA_SUFFIXES = ("", "ة", "ون", "ين", "ان", "تان", "تين", "ات")


@dataclass(frozen=True, slots=True)
class CountryMatch:
    """A country form: ISO alpha-3 code, its Arabic name, and what kind of form matched."""

    iso3: str
    name: str
    kind: str  # name | adj | demonym | capital
    form: str  # the normalised form that matched


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country mention found in a text, with original offsets."""

    start: int
    end: int
    text: str
    match: CountryMatch


def _inflect_adjective(stem: str) -> list[str]:
    """All inflected forms of a (possibly multi-word) nisba stem, with and without ال."""
    words = stem.split()
    out = []
    for suffix in _NISBA_SUFFIXES:
        plain = " ".join(w + suffix for w in words)
        defin = " ".join("ال" + w + suffix for w in words)
        out.extend([plain, defin])
    return out


@lru_cache(maxsize=1)
def _table() -> dict[str, CountryMatch]:
    """Normalised form → match, built once per process."""
    names: dict[str, str] = {}
    rows: list[tuple[str, str, str]] = []
    text = resources.files("khabar.resources.gazetteer").joinpath("countries_curated.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, kind, form = line.split("\t")
        rows.append((iso3, kind, form))
        if kind == "name":
            names.setdefault(iso3, form)
    babel_names = Locale("ar").territories
    for country in pycountry.countries:
        ar = babel_names.get(country.alpha_2)
        if not ar:
            continue
        # «ميانمار (بورما)», «هونغ كونغ الصينية (منطقة إدارية خاصة)»: the name before
        # the brackets (a one-word bracket is another name of the country)
        base, _, note = ar.partition("(")
        forms = [base.strip()]
        if " - " in base:  # «تيمور - ليشتي», «الكونغو - برازافيل»: news writes no dash
            forms.insert(0, base.strip().replace(" - ", " "))
        if note and " " not in note.strip(" )"):
            forms.append(note.strip(" )"))
        for form in forms:
            if len(match_form(form)) >= 3:
                rows.append((country.alpha_3, "name", form))
                names.setdefault(country.alpha_3, form)
    # «notform» rows: generated adjective forms that are another word («الغانيات»)
    left_out = {match_form(form) for _, kind, form in rows if kind == "notform"}
    table: dict[str, CountryMatch] = {}
    for iso3, kind, form in rows:
        if kind == "notform":
            continue
        forms = _inflect_adjective(form) if kind == "adj" else [form]
        if kind == "adjform":  # one exact form of an adjective whose other forms are unsafe
            kind = "adj"
        for f in forms:
            key = match_form(f)
            if key in left_out:
                continue
            # Curated rows come first and win over Babel's.
            table.setdefault(key, CountryMatch(iso3, names.get(iso3, form), kind, key))
    return table


def forms() -> dict[str, CountryMatch]:
    """Every normalised country form and its match (for building automata)."""
    return dict(_table())


def name_ar(iso3: str) -> str | None:
    """The Arabic name used for a country code, if known."""
    for match in _table().values():
        if match.iso3 == iso3 and match.kind == "name":
            return match.name
    return None


def lookup(phrase: str) -> CountryMatch | None:
    """The country a word or phrase names or qualifies, allowing proclitics on it."""
    return lookup_form(_table(), phrase)


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher[CountryMatch]:
    return PhraseMatcher(_table().items())


def find_all(text: str) -> list[CountryMention]:
    """Every country mention in ``text``: longest match, proclitics outside the span."""
    return [CountryMention(m.start, m.end, m.text, m.payload) for m in _matcher().find_all(text)]
