"""Within-document entity resolution: one id and one canonical form per entity.

- Gazetteer entities resolve by their entry (بلومبيرغ → بلومبرغ, «واشنطن» → USA + DC);
  a place name borne by places in several countries is read in the countries the
  document names (زنجبار in a report on Yemen is the Yemeni town, not Zanzibar).
- Names resolve by a normalised key (alef/hamza/taa-marbuta variants, the article on
  places and organisations, and — except for people — word-internal long vowels, so
  that الإدارة الأميركية ↔ الإدارة الأمريكية).
- A person mention whose words are the tail or the head of an earlier, longer person
  name joins that person (السوداني ↔ محمد شياع السوداني; a one-word family name also
  with or without its article: قاضي ↔ محمد محمود القاضي); the canonical form is the
  longest name.
- An organisation named with and without its generic head noun or a final nationality
  adjective is one entity (منظمة اسويف ↔ اسويف; نادي الأسير الفلسطيني ↔ نادي الأسير),
  unless two organisations share the short form.
- A title standing right before a person (رئيس الوزراء العراقي محمد شياع السوداني)
  makes later bare uses of the same title (with the same country adjective) coreferent
  mentions of that person (``source="coref"``).
- A model name also found bare elsewhere in the document is tagged there too
  (``source="rule"``), for consistency across sentences.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from khabar.document import Entity
from khabar.extract.entities.candidates import Candidate
from khabar.extract.entities.overlap import SpanIndex
from khabar.gazetteer import countries, names
from khabar.gazetteer.matcher import PhraseMatcher
from khabar.gazetteer.tables import read_lines
from khabar.text.normalize import match_form, normalize_text

_SPACES = regex.compile(r"\s+")
_INNER_VOWELS = regex.compile(r"(?<=\w)[اوي]")


def key(text: str, label: str) -> str:
    """The comparison key of a name: normalised, spelling variants folded."""
    k = _SPACES.sub(" ", match_form(text)).strip()
    if label in ("LOC", "ORG") and k.startswith("ال") and len(k) > 4:
        k = k[2:]
    if label != "PERS":
        # transliteration variants differ in long vowels: الأميركية / الأمريكية,
        # بلومبيرغ / بلومبرغ → the same consonant skeleton
        k = _INNER_VOWELS.sub("", k)
    return k


def display(text: str) -> str:
    """A readable canonical form: diacritics, tatweel and extra spaces removed."""
    from khabar.text.normalize import NormalizeOptions

    t = normalize_text(text, NormalizeOptions(alef=False, alef_maqsura=False, digits=False,
                                               punctuation=False))
    return _SPACES.sub(" ", t).strip()


@lru_cache(maxsize=1)
def title_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher((t, t) for t in read_lines("titles.txt"))


@dataclass
class _Entity:
    eid: str
    label: str
    canonical: str
    words: list[str] = field(default_factory=list)  # normalised words of the longest name
    gaz: names.GazEntry | None = None


def _nationality_after(text: str, end: int) -> tuple[int, str]:
    """Extend a title over a following country adjective: «رئيس الوزراء» + « العراقي»."""
    m = regex.match(r"\s+([\p{L}\p{M}]+)", text[end:])
    if m:
        c = countries.lookup(m.group(1))
        if c is not None and c.kind == "adj":
            return end + m.end(), c.iso3
    return end, ""


def resolve(text: str, cands: Sequence[Candidate]) -> list[Entity]:
    """Entities with ids and canonical forms for the candidates of one document."""
    cands = sorted(cands, key=lambda c: (c.start, -c.end))
    cands = _add_title_corefs(text, cands)
    ctx = names.context(text, [c.gaz for c in cands if c.gaz is not None])
    entities: list[_Entity] = []
    by_key: dict[tuple[str, str], _Entity] = {}
    short_of: dict[str, _Entity | None] = {}  # short keys of organisation names (None: shared)
    of_cand: dict[int, _Entity] = {}
    out: list[Entity] = []
    for n, c in enumerate(cands, 1):
        surface = text[c.start : c.end]
        gaz = _in_context(c.gaz, surface, ctx) if c.gaz else names.resolve(surface, c.label, ctx)
        if gaz is not None and c.gaz is not None and c.gaz.kind == "country" and (
            gaz.kind != "country" and _among_countries(text, c.start, c.end)
        ):
            gaz = c.gaz  # «الأردن وعمان وقطر»: a country in a list of countries
        label = c.label  # an ORG-tagged capital (government metonymy) keeps its label
        ent: _Entity | None = None
        if c.ref is not None:
            ent = of_cand.get(id(c.ref))
            gaz = None
        if ent is None and gaz is not None:
            k = ("gaz", gaz.canonical)
            ent = by_key.get(k)
            if ent is None:
                ent = _Entity(f"E{len(entities) + 1}", label, gaz.canonical, gaz=gaz)
                entities.append(ent)
                by_key[k] = ent
        if ent is None:
            k2 = key(surface, label)
            ent = by_key.get((label, k2))
            if ent is None and label == "PERS":
                ent = _person_match(entities, k2.split())
            if ent is None and label == "ORG":
                ent = _org_match(surface, k2, by_key, short_of)
            if ent is None:
                ent = _Entity(f"E{len(entities) + 1}", label, display(surface))
                entities.append(ent)
            by_key[(label, k2)] = ent
            if label == "ORG":
                for short in _org_short_keys(surface):
                    if short_of.setdefault(short, ent) is not ent:
                        short_of[short] = None  # two organisations: «الهلال السعودي/السوداني»
            words = k2.split()
            if label == "PERS" and len(words) > len(ent.words):
                ent.words = words
                ent.canonical = display(surface)
        of_cand[id(c)] = ent
        g = ent.gaz
        # a club the tagger labels ORG though a city bears its name (ميلان in a match
        # report) keeps the city's country, not its kind and point
        place_of_org = g is not None and ent.label == "ORG" and g.label == "LOC" and g.kind not in (
            "country", "capital")
        out.append(Entity(
            id=f"N{n}", start=c.start, end=c.end, text=surface, label=ent.label,
            entity=ent.eid, canonical=ent.canonical,
            kind=(None if place_of_org else g.kind if g
                  else ("person" if ent.label == "PERS" else None)),
            country=g.country if g else None,
            lat=g.lat if g and not place_of_org else None,
            lon=g.lon if g and not place_of_org else None,
            source=c.source,  # type: ignore[arg-type]
            score=c.score if c.source != "coref" else None,
        ))
    return out


def _in_context(gaz: names.GazEntry, surface: str, ctx: Counter[str]) -> names.GazEntry:
    """A curated place read in the document's countries: «طرابلس» in a document about
    Lebanon is Tripoli in Lebanon, not the Libyan capital the matcher gave; «عمان» in a
    document about Jordan is Amman, not Oman."""
    if gaz.label != "LOC" or not ctx:
        return gaz
    alt = names.resolve(surface, "LOC", ctx)
    return alt if alt is not None and alt.country != gaz.country else gaz


def _among_countries(text: str, start: int, end: int, window: int = 30) -> bool:
    """Whether the mention is coordinated with another country name («الأردن وعمان»)."""
    lo = max(0, start - window)
    for m in countries.find_all(text[lo : end + window]):
        s, e = lo + m.start, lo + m.end
        if m.match.kind != "name" or (s <= start and end <= e):
            continue
        gap = text[e:start] if e <= start else text[end:s]
        if regex.fullmatch(r"[\s،,]*و?[\s]*", gap):
            return True
    # a country label in brackets: «أحمد الشكيلي (عمان)»
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _person_match(entities: list[_Entity], words: list[str]) -> _Entity | None:
    """The most recent person whose name ends or starts with these words."""
    if not words:
        return None
    n = len(words)
    for e in reversed(entities):
        if e.label != "PERS" or len(e.words) <= n:
            continue
        if e.words[-n:] == words or e.words[:n] == words:
            return e
    if n == 1:  # a family name with or without its article: قاضي ↔ محمد محمود القاضي
        bare = _without_article(words[0])
        for e in reversed(entities):
            if e.label == "PERS" and len(e.words) > 1 and len(bare) >= 3 and (
                _without_article(e.words[-1]) == bare
            ):
                return e
    return None


# Generic head nouns an organisation's name is used with or without (منظمة اسويف / اسويف)
_ORG_HEADS = frozenset(match_form(w) for w in (
    "منظمة شركة حركة مؤسسة جماعة حزب تنظيم جمعية مجموعة وكالة صحيفة قناة جريدة "
    "مجلة مجموعة ائتلاف تحالف").split())


def _org_short_keys(surface: str) -> list[str]:
    """Keys of an organisation's name without its generic head noun and/or a final
    nationality adjective (نادي الأسير الفلسطيني → نادي الأسير)."""
    words = surface.split()
    variants = []
    if len(words) >= 2 and match_form(words[0]) in _ORG_HEADS:
        variants.append(words[1:])
    for w in [words, *variants]:
        if len(w) >= 2:
            c = countries.lookup(w[-1])
            if c is not None and c.kind == "adj":
                variants.append(w[:-1])
    keys = [key(" ".join(v), "ORG") for v in variants]
    return [k for k in keys if len(k.replace(" ", "")) >= 3]


def _org_match(surface: str, k: str, by_key: dict[tuple[str, str], _Entity],
               short_of: dict[str, _Entity | None]) -> _Entity | None:
    """An earlier organisation this name is the short form of, or the short form of."""
    ent = short_of.get(k)
    if ent is not None:
        return ent
    for short in _org_short_keys(surface):
        ent = by_key.get(("ORG", short))
        if ent is not None:
            return ent
    return None


def _without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _add_title_corefs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Bare titles that refer back to a person introduced with the same title."""
    persons = [c for c in cands if c.label == "PERS"]
    if not persons:
        return cands
    titled: dict[tuple[str, str], Candidate] = {}
    bare: list[tuple[int, int, Candidate]] = []
    starts = [p.start for p in persons]  # sorted: ``cands`` comes sorted by start
    for m in title_matcher().find_all(text):
        end, iso = _nationality_after(text, m.end)
        tkey = (match_form(m.payload), iso)
        k = bisect_left(starts, end)  # the first person starting at or after ``end``
        nxt = persons[k] if k < len(persons) else None
        gap = text[end : nxt.start] if nxt else None
        if nxt is not None and gap is not None and regex.fullmatch(r"[\s\"«»“”:،,]*", gap):
            titled[tkey] = nxt
        elif tkey in titled:
            bare.append((m.start, end, titled[tkey]))
    if not bare:
        return cands
    taken = SpanIndex((c.start, c.end) for c in cands)
    extra: list[Candidate] = []
    for s, e, ref in bare:
        if taken.overlaps(s, e):
            continue
        extra.append(Candidate(s, e, "PERS", "coref", ref=ref))
    return sorted([*cands, *extra], key=lambda c: (c.start, -c.end))
