"""Countries: Arabic names, nisba adjectives, demonyms and capitals → ISO alpha-3.

Data: ``resources/gazetteer/countries_curated.tsv`` (hand-curated news usage, with the
adjective stems that get inflected here) plus every country's Arabic name from Babel's
CLDR data. All forms are compared in :func:`khabar.text.normalize.match_form` form, so
hamza, alef and taa-marbuta variants (الأميركية / الأمريكيه) meet.

Two entry points:

- :func:`lookup` — a word or phrase (possibly with proclitics: وواشنطن، للعراق) → match;
- :func:`find_all` — every country mention in a text, as ORIGINAL offsets with proclitics
  left outside the span, in one Aho–Corasick pass.

Two row kinds need the noun before the adjective, so only :func:`find_all` reads them (they
are not in :func:`forms` or :func:`lookup`, which have no context):

- ``after``: a form read only right after a noun that takes a nationality
  (``nationality_nouns.txt``: «اللاعب المجري», «المدرب الألباني»; not «المجرى الملاحي», a
  channel, nor «الشيخ الألباني», the hadith scholar);
- ``notafter``: a form of the table dropped right after a noun of antiquity
  (``history_nouns.txt``: «الإمبراطورية الرومانية», «المسرح الروماني» are Roman).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry
from babel import Locale

from khabar.gazetteer.matcher import LOOKUP_CACHE, PhraseMatcher, lookup_form
from khabar.gazetteer.tables import read_lines
from khabar.text.clitics import PROCLITICS
from khabar.text.normalize import match_form, word_before

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
def _curated_rows() -> tuple[tuple[str, str, str], ...]:
    text = resources.files("khabar.resources.gazetteer").joinpath("countries_curated.tsv").read_text("utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines()  # type: ignore[misc]
                 if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _table() -> dict[str, CountryMatch]:
    """Normalised form → match, built once per process."""
    names: dict[str, str] = {}
    rows: list[tuple[str, str, str]] = []
    for iso3, kind, form in _curated_rows():
        if kind in _GUARDED:
            continue
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


@lru_cache(maxsize=LOOKUP_CACHE)
def lookup(phrase: str) -> CountryMatch | None:
    """The country a word or phrase names or qualifies, allowing proclitics on it (a pure
    function of the phrase over a table built once: kept per process, as the events and
    quotes stages ask the same words again and again)."""
    return lookup_form(_table(), phrase)


_GUARDED = ("after", "notafter")


@lru_cache(maxsize=1)
def _guards() -> dict[str, str]:
    """Normalised form → ``after`` or ``notafter`` (see the module docstring)."""
    return {match_form(form): kind for _, kind, form in _curated_rows() if kind in _GUARDED}


@lru_cache(maxsize=1)
def _after_forms() -> dict[str, CountryMatch]:
    """The ``after`` forms and their matches (not in the table)."""
    table = _table()
    out: dict[str, CountryMatch] = {}
    for iso3, kind, form in _curated_rows():
        if kind == "after":
            key = match_form(form)
            out.setdefault(key, CountryMatch(iso3, name_ar(iso3) or form, "adj", key))
    return {k: v for k, v in out.items() if k not in table}


@lru_cache(maxsize=1)
def _nouns(name: str) -> frozenset[str]:
    return frozenset(match_form(w) for w in read_lines(name))




def _noun_before(text: str, start: int, nouns: frozenset[str]) -> bool:
    """Whether the word before the token holding ``start`` (proclitics of the adjective
    skipped) is one of ``nouns``, with proclitics of its own («للاعب» = ل + اللاعب)."""
    i = start
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    w = word_before(text, i, 40)
    if w is None:
        return False
    for p in PROCLITICS:
        if w.startswith(p):
            rest = w[len(p):]
            # ل + ال loses the alef («للمدرب»), and one lam more before a lam («للاعب»)
            if rest in nouns or (p.endswith("ل") and ("ا" + rest in nouns or "ال" + rest in nouns)):
                return True
    return False


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher[CountryMatch]:
    return PhraseMatcher([*_table().items(), *_after_forms().items()])


def find_all(text: str) -> list[CountryMention]:
    """Every country mention in ``text``: longest match, proclitics outside the span (the
    ``after`` and ``notafter`` forms read by the noun before them)."""
    guards = _guards()
    out = []
    for m in _matcher().find_all(text):
        guard = guards.get(m.payload.form) if m.payload.kind == "adj" else None
        if guard == "after" and not _noun_before(text, m.start, _nouns("nationality_nouns.txt")):
            continue
        if guard == "notafter" and _noun_before(text, m.start, _nouns("history_nouns.txt")):
            continue
        out.append(CountryMention(m.start, m.end, m.text, m.payload))
    return out
