"""Name look-ups for speakers: outlets, countries and places (gazetteers), given names, nisba."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from khabar.extract.quotes.tokens import Tok, strip_marks
from khabar.text.normalize import match_form

_MARKS = re.compile(r"[\"'«»“”„″()]")

try:  # the gazetteers are optional: the stage degrades to its own lexicon without them
    from khabar.gazetteer import countries as _countries
    from khabar.gazetteer import outlets as _outlets
    from khabar.gazetteer import places as _places
except Exception:  # pragma: no cover - gazetteer package missing
    _countries = None
    _outlets = None
    _places = None


def outlet_name(text: str, *, bare: bool = False) -> str | None:
    """The canonical outlet a name denotes (gazetteer), or None («صحيفة "تايمز"» → التايمز)."""
    if _outlets is None or not text.strip():
        return None
    key = (text, bare)
    if key in _OUTLET_MEMO:
        return _OUTLET_MEMO[key]
    name = _outlets.canonical(_MARKS.sub("", text).strip(), allow_bare=bare)
    if len(_OUTLET_MEMO) < 200_000:
        _OUTLET_MEMO[key] = name
    return name


# outlet_name's answers (the gazetteer is loaded once per process)
_OUTLET_MEMO: dict[tuple[str, bool], str | None] = {}


def outlet_kind(name: str) -> str | None:
    """The gazetteer kind of an outlet (agency | newspaper | tv | site), or None."""
    if _outlets is None:
        return None
    o = _outlets.lookup(strip_marks(name), allow_bare=True)
    return o.kind if o else None


def country_kind(text: str) -> str | None:
    """The gazetteer kind of a country mention (name | capital | …), or None."""
    if _countries is None:
        return None
    match = _countries.lookup(text)
    return match.kind if match is not None else None


def is_country(text: str) -> bool:
    """Whether a word is a known country mention («السعودية»)."""
    return _countries is not None and bool(_countries.lookup(text))


def is_known_place(text: str) -> bool:
    """Whether a word is a known place name (gazetteer)."""
    return _places is not None and bool(_places.lookup(text))


def is_place(t: Tok) -> bool:
    """A known place name («الناطق الرسمي لشرطة تبوك»): part of a title chain, not a name."""
    return _places is not None and not t.definite and _places.lookup(t.text) is not None


def nisba(norm: str) -> bool:
    """A relational adjective ending («اليمنية»، «الأمريكيين»، «العسكري»)."""
    return norm.endswith(("ي", "يه", "يون", "يين", "يان", "يتان", "يات"))


@lru_cache(maxsize=4096)
def demonym(norm: str) -> bool:
    """A definite nationality adjective of a known country («الأرجنتيني» ← الأرجنتين، «الإيطالي» ←
    إيطاليا، «الأمريكية» ← أمريكا): before a person's name it is a title («الأرجنتيني مارسيلو بييلسا»)."""
    if _countries is None or not norm.startswith("ال"):
        return False
    if norm.endswith("يه"):
        stem = norm[2:-2]
    elif norm.endswith("ي"):
        stem = norm[2:-1]
    else:
        return False
    if len(stem) < 2:
        return False
    return any(is_country(c) for c in (stem, "ال" + stem, stem + "ا", stem + "يا"))


@lru_cache(maxsize=1)
def _ner_lexicon() -> tuple[tuple[str, frozenset[str]], ...]:
    """``(entry, classes)`` rows of the shipped NER feature lexicon (none when it is not shipped)."""
    try:
        text = resources.files("khabar.models").joinpath("ner.lexicon.tsv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return ()
    rows = []
    for line in text.splitlines():
        word, _, cls = line.partition("\t")
        if cls.strip():
            rows.append((word, frozenset(cls.strip().split("|"))))
    return tuple(rows)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Personal-name words of the NER feature lexicon (ANERgazet persons, curated given
    names and one-word person names: classes PERS and FIRST only), if shipped."""
    return frozenset(match_form(word) for word, cls in _ner_lexicon() if cls <= {"PERS", "FIRST"} and " " not in word)


@lru_cache(maxsize=1)
def person_names() -> frozenset[tuple[str, ...]]:
    """Person names of two to four words in the NER feature lexicon (class PERS), as tuples of
    normalised words: «بان كي مون» is a name, not «بأن» + words."""
    out = set()
    for word, cls in _ner_lexicon():
        words = tuple(match_form(w) for w in word.split())
        if "PERS" in cls and 2 <= len(words) <= 4:
            out.add(words)
    return frozenset(out)


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    return frozenset(n[0] for n in person_names())


def name_starts(norms: list[str]) -> int:
    """The length (2–4 words) of the known person name the words ``norms`` (normalised) begin
    with («بان كي مون …» → 3); 0 when none does."""
    if not norms or norms[0] not in _name_heads():
        return 0
    names = person_names()
    return next((n for n in (4, 3, 2) if len(norms) >= n and tuple(norms[:n]) in names), 0)
