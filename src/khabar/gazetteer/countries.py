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

import ahocorasick
import pycountry
from babel import Locale

from khabar.text.clitics import analyses
from khabar.text.normalize import MATCHING, match_form, normalize

# Suffixes of a nisba adjective stem ending in ي: m.sg, f.sg, m.pl (nom/obl), duals, f.pl.
_NISBA_SUFFIXES = ("", "ة", "ون", "ين", "ان", "تان", "تين", "ات")
_PROCLITICS = frozenset(
    ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]
)


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
        if ar and "(" not in ar:
            rows.append((country.alpha_3, "name", ar))
            names.setdefault(country.alpha_3, ar)
    table: dict[str, CountryMatch] = {}
    for iso3, kind, form in rows:
        forms = _inflect_adjective(form) if kind == "adj" else [form]
        for f in forms:
            key = match_form(f)
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
    key = match_form(phrase.strip())
    table = _table()
    if key in table:
        return table[key]
    first, _, rest = key.partition(" ")
    for prefix, base in analyses(first):
        if not prefix:
            continue
        candidate = base + (" " + rest if rest else "")
        if candidate in table:
            return table[candidate]
        # لل + X = ل + الX
        if prefix.endswith("لل") and "ال" + candidate in table:
            return table["ال" + candidate]
    return None


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for key, match in _table().items():
        auto.add_word(key, (key, match, False))
        if key.startswith("ال") and len(key) > 3:
            # «للعراق»: the preposition ل swallows the article's alef.
            auto.add_word("ل" + key[2:], ("ل" + key[2:], match, True))
    auto.make_automaton()
    return auto


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def find_all(text: str) -> list[CountryMention]:
    """Every country mention in ``text``: longest match, proclitics outside the span."""
    norm = normalize(text, MATCHING)
    t = norm.text
    found: list[tuple[int, int, CountryMatch]] = []
    for end_idx, (key, match, after_lam) in _automaton().iter(t):
        start = end_idx - len(key) + 1
        end = end_idx + 1
        if end < len(t) and _is_letter(t[end]):
            continue
        # Letters glued before the match must be a proclitic sequence.
        j = start
        while j > 0 and _is_letter(t[j - 1]):
            j -= 1
        prefix = t[j:start]
        if after_lam:
            # the «لل» variant: the preposition ل must stand right before it
            if prefix not in ("ل", "ول", "فل"):
                continue
        elif prefix not in _PROCLITICS:
            continue
        found.append((start, end, match))
    # Keep the longest, leftmost non-overlapping matches.
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[CountryMention] = []
    last_end = -1
    for start, end, match in found:
        if start < last_end:
            continue
        s, e = norm.to_original(start, end)
        out.append(CountryMention(s, e, text[s:e], match))
        last_end = end
    return out
