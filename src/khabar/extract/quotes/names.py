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
    # («الكورية» ← كوريا الجنوبية/الشمالية: the gazetteer names the two Koreas, not «كوريا»)
    return any(is_country(c) for c in (stem, "ال" + stem, stem + "ا", stem + "يا", stem + "يا الجنوبيه",
                                       stem + "يا الشماليه"))


def nationality(norm: str) -> bool:
    """A definite nationality adjective: a :func:`demonym`, or the nisba of a country named by its own
    feminine nisba («السعودي» ← السعودية), which ``demonym`` leaves out (there «الشركة السعودية للكهرباء»
    is a company's name, not a Saudi company named again)."""
    return demonym(norm) or (norm.startswith("ال") and norm.endswith("ي") and len(norm) > 4
                             and is_country(norm + "ه"))


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
    """Personal-name words: those of the NER feature lexicon (ANERgazet persons, curated given
    names and one-word person names: classes PERS and FIRST only), if shipped; a curated given name
    (FIRST) also when a place or organisation list holds the same word («أحمد»، «وليد»، «قاسم», not an
    outlet: «تسنيم»); and the curated given names that are also common words
    (``resources/ner/given_common.tsv``: «سالم»، «صالح»، «عمر»، «ناصر» …), except definite forms and
    words the quote lexicon gives another role (a speaker noun or title, a function word, a cue:
    «مساعد»، «مرشد»، «سيد»)."""
    out = {match_form(word) for word, cls in _ner_lexicon()
           if " " not in word and (cls <= {"PERS", "FIRST"} or ("FIRST" in cls and "OUT" not in cls))}
    persons = {match_form(word) for word, cls in _ner_lexicon() if " " not in word and "PERS" in cls}
    return frozenset(out | (_common_given() & persons))


@lru_cache(maxsize=1)
def feminine_given() -> frozenset[str]:
    """Given names the curated lists file under women only (the female sections of
    ``resources/ner/persons.tsv`` and the feminine one of ``given_common.tsv``; a name also listed
    in another section or starting a man's compound name, «نور» of «نور الدين», is left out): «هند»، «مريم»، «زينب» take a feminine verb though
    they do not end in ة."""
    female: set[str] = set()
    other: set[str] = set()
    for name in ("persons.tsv", "given_common.tsv"):
        try:
            text = resources.files("khabar.resources.ner").joinpath(name).read_text(encoding="utf-8")
        except (FileNotFoundError, ModuleNotFoundError, OSError):
            continue
        section = None
        for line in text.splitlines():
            if line.startswith("# ") and not line.startswith("#  "):
                head = line[2:].lower()
                section = "female" if (("female" in head and "male and female" not in head)
                                       or head.strip() == "feminine") else "other"
                continue
            word, _, cls = line.partition("\t")
            if line.startswith("#") or not word.strip():
                continue
            if " " in word.strip():  # «نور الدين» (a compound given name): the first word names men too
                if section != "female" and cls.strip().startswith("FIRST"):
                    other.add(match_form(word.split()[0]))
                continue
            if cls.strip().startswith("FIRST"):
                (female if section == "female" else other).add(match_form(word.strip()))
    return frozenset(female - other)


def _common_given() -> set[str]:
    """The curated given names that are common words too, less what the quote lexicon reads otherwise
    (``given_names`` keeps those the lexicon also lists as persons: «سالم»، «صالح», not «وسيلة»، «عون»)."""
    from khabar.extract.quotes.lexicon import load  # (the lexicon is loaded once per process)

    lex = load()
    try:
        text = resources.files("khabar.resources.ner").joinpath("given_common.tsv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return set()
    out = set()
    for line in text.splitlines():
        word = line.partition("\t")[0].strip()
        if not word or word.startswith("#") or " " in word:
            continue
        norm = match_form(word)
        if norm.startswith("ال") or lex.noun_kind(norm) is not None or lex.cue(norm) is not None:
            continue
        if any(norm in table for table in lex.words.values()):
            continue
        out.add(norm)
    return out


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
