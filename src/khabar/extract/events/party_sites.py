"""Places coded as the actor of the 14 other types (session 18b, evo18b; issue #6).

2000s agency copy (ANERcorp) runs a dateline, a headline place or a meeting's site into the
sentence, and the general rules took such a place for the party that acts. Here, before the
session-15..18 families fill the empty roles (:func:`khabar.extract.events.party_roles.complete`):

- **a run-in dateline is no party**: a place phrase at the sentence's start that holds or is
  followed by an agency credit in parentheses («واشنطن (اف ب) اتهم البيت الابيض أمس …»); when
  the trigger is the verb right after it, the phrase the rules coded as its object is its subject
  (V S O) and becomes the actor;
- **a city in a meeting noun's genitive is its site**: «اجتماع بيروت»، «قمة بيروت العربية»،
  «بحوار القاهرة» — a capital right after a meeting, summit, talks or conference noun is dropped
  (a country stays: «محادثات إيران» may be Iran's talks);
- **the place right after a visit is the visited**: «يزوران بيروت»، «زيارة للمغرب» — a country
  or capital phrase at the visit's object position is the host (the recipient, as
  ``party_objects.visit_host`` codes a visit), not the visitor;
- **a person's name joined to the country after it is two phrases** (:func:`split_joined`): the
  NER tags «دعا انان اسرائيل الى»، «ويزور باتشان بريطانيا»، «دعا … صلاد حسن إثيوبيا إلى سحب» as one
  name, and the general rules coded the joined phrase; a country name or capital ending a named
  phrase right after an indefinite word that is no actor noun (not «ملك الأردن»، «مجلس نواب
  الباراغواي», not after a definite word: «مجلس الحكم الانتقالي العراق», nor in a body's name
  after a ل/ب genitive: «لحركة تحرير السودان»، «بأرامكو السعودية») is split off — the
  person stays in the role and the country becomes the object of a verb-first clause or a visit.

Session 21 (evt21):

- **a place after a compass word is a location**: «وفي البصرة جنوب العراق اعتقل الجيش»، «في قضاء المسيب
  جنوب بغداد اعتقلت قوات»، «محافظة الأنبار غربي العراق»، «مسجد فنسبري بارك … بشمال لندن»، «في مدينة
  بنغازي بشرق ليبيا … وهدد»: the phrase right after «جنوب/شمال/شرق/غرب/وسط» (or «جنوبي …»، «بشمال …»)
  that itself follows a word of the sentence places that word; coded as the actor or the recipient
  it is dropped, here (so that the later families may fill the role) and once more from what
  :func:`khabar.extract.events.party_roles.complete` returns (ANERcorp 723.. 4, the news day 1,
  Wojood 0 at e2a8274 — all wrong by reading).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.document import Token
from khabar.extract.events.actors import ActorLexicon, Phrase, actor_lexicon
from khabar.extract.events.clauses import base_in
from khabar.extract.events.rolewords import COMPASS_WORDS
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_forms

# Agency credits of a dateline (the words inside the parentheses, normalised).
AGENCY_WORDS = match_forms("رويترز اف ب أ ا د ش يو بي آي اي وام واس قنا كونا سانا بترا وكالات")
AGENCY_CUES = match_forms("رويترز اف وكالات وام واس قنا كونا سانا بترا")
OPEN, CLOSE = "(", ")"
DASHES = frozenset("-–—ـ:")
# Nouns that take a place as their genitive (أمير منطقة الرياض، جامعة القاهرة, شمال العراق).
PLACE_HEADS = match_forms("منطقة محافظة مدينة ولاية إقليم اقليم عاصمة جامعة ميناء مطار بلدية دولة "
                          "جمهورية مملكة إمارة سلطنة شمال جنوب شرق غرب وسط أنحاء ريف حدود سفارة")
# Compass words that place the name after them (session 21): البصرة جنوب العراق، الأنبار غربي العراق
# (with «وسط»: وسط بغداد; :func:`after_compass` strips a ب/و; see location.COMPASS).
COMPASS = COMPASS_WORDS | match_forms("وسط")
# Meeting nouns whose genitive city is the site (اجتماع بيروت، قمة بيروت).
SITE_NOUNS = match_forms("اجتماع اجتماعات قمة القمة مؤتمر المؤتمر حوار الحوار محادثات المحادثات "
                         "مباحثات المباحثات مفاوضات المفاوضات لقاء منتدى اتفاق اتفاقية")


def _credit(tokens: Sequence[Token], i: int) -> int | None:
    """The end of a parenthesised agency credit starting at token ``i`` («(اف ب)»، «(د ب أ)»)."""
    if i >= len(tokens) or tokens[i].text != OPEN:
        return None
    for k in range(i + 1, min(len(tokens), i + 6)):
        if tokens[k].text == CLOSE:
            inner = tokens[i + 1 : k]
            if inner and all(t.norm in AGENCY_WORDS for t in inner) \
                    and any(t.norm in AGENCY_CUES for t in inner) or len(inner) >= 2 \
                    and all(len(t.norm) == 1 and t.norm in AGENCY_WORDS for t in inner):
                return k + 1
            return None
    return None


def _dateline(tokens: Sequence[Token], q: Phrase) -> bool:
    """A place phrase that opens the sentence with an agency credit inside it or right after
    it (a dash may come between)."""
    if q.start != 0 or q.prep or q.kind not in ("country", "entity"):
        return False
    for i in range(q.start + 1, min(len(tokens), q.end + 2)):
        if tokens[i].text in DASHES:
            continue
        if _credit(tokens, i) is not None:
            return True
        if i >= q.end:
            return False
    return False


def _site(tokens: Sequence[Token], cand: Candidate, q: Phrase) -> bool:
    """A capital in the genitive of a meeting noun (the meeting's site)."""
    return not cand.verbal and q.start == cand.end and not q.prep and q.kind == "country" \
        and "capital" in q.tags and base_in(tokens[cand.start], SITE_NOUNS)


def _visited(cand: Candidate, q: Phrase) -> bool:
    """A country or capital at a visit's object position (يزور بيروت، زيارة للمغرب)."""
    return cand.entry.mode == "visit" and q.start == cand.end and q.kind == "country" \
        and not q.prep and ("capital" in q.tags or "name" in q.tags)


def after_compass(tokens: Sequence[Token], cand: Candidate, q: Phrase) -> bool:
    """Whether the phrase ``q`` follows a compass word that follows another word outside the trigger
    («البصرة جنوب العراق»، «بنغازي بشرق ليبيا»): the place of that word, no party (session 21)."""
    k = q.start - 1
    if k < 1 or tokens[k].kind != "word" or tokens[k - 1].kind != "word" or cand.start <= k - 1 < cand.end:
        return False
    norm = tokens[k].norm
    return norm in COMPASS or norm[:1] in ("ب", "و") and norm[1:] in COMPASS


def misplaced(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
              actors: list[Phrase], recips: list[Phrase]) -> tuple[list[Phrase], list[Phrase]]:
    """Drop (or move) a coded actor that is a dateline, a meeting's site, or a visited place, and a
    coded party that is a place after a compass word (see the module docstring)."""
    actors = [q for q in actors if not after_compass(tokens, cand, q)]
    recips = [q for q in recips if not after_compass(tokens, cand, q)]
    if len(actors) != 1:
        return actors, recips
    q = actors[0]
    if _dateline(tokens, q):
        if cand.verbal and len(recips) == 1 and recips[0].start == cand.end:
            return [recips[0]], []  # واشنطن (اف ب) اتهم البيت الابيض: V S O
        return [], recips
    if _site(tokens, cand, q):
        return [], recips
    if _visited(cand, q):
        return [], (recips or [q])
    return actors, recips


def _split(tokens: Sequence[Token], q: Phrase, lex: ActorLexicon) -> tuple[Phrase, Phrase] | None:
    """The person and the country of a named phrase that ends in a country name or capital
    right after an indefinite word that is no actor noun (see the module docstring)."""
    if q.prep or q.kind == "country" or q.end - q.start < 2:
        return None
    for k in (q.end - 1, q.end - 2):
        if k <= q.start:
            return None
        hit = lex.country_span(tokens, k)
        if hit is None or hit[0] != q.end or hit[2] not in ("name", "capital"):
            continue
        prev, first = tokens[k - 1], tokens[k]
        if prev.kind != "word" or "ال" in prev.prefix or prev.norm.startswith("ال") \
                or prev.norm in lex.words or prev.base in lex.words or base_in(prev, PLACE_HEADS) \
                or first.prefix.startswith("و") \
                or any(tokens[m].prefix.lstrip("و")[:1] in ("ل", "ب") for m in range(q.start, k)):
            return None  # (a ل/ب genitive inside names a body: لحركة تحرير السودان، بأرامكو السعودية)
        own = next((c for c in (lex.country_span(tokens, m) for m in range(q.start, k))
                    if c is not None and c[0] <= k), None)
        person = replace(q, end=k, country=own[1] if own else None, tags=set(q.tags))
        country = Phrase(k, q.end, hit[1], None, kind="country", clitic=hit[3],
                         prep=first.prefix.lstrip("و")[:1] in ("ل", "ب"), tags={hit[2]})
        return person, country
    return None


def split_joined(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
                 actors: list[Phrase], recips: list[Phrase]
                 ) -> tuple[list[Phrase], list[Phrase], list[Phrase]]:
    """Phrases, actors and recipients with every person + country phrase split in two: the
    person keeps the role; a split actor's country becomes the recipient when there is none and
    the person is the subject right after a verb or the visitor of a visit."""
    lex = actor_lexicon()
    parts = {}
    for i, q in enumerate(phrases):
        two = _split(tokens, q, lex)
        if two is not None:
            parts[i] = two
    if not parts:
        return list(phrases), actors, recips
    out = [x for i, q in enumerate(phrases) for x in (parts[i] if i in parts else (q,))]
    by_span = {(phrases[i].start, phrases[i].end): two for i, two in parts.items()}
    new_actors, new_recips = [], []
    for q in recips:
        two = by_span.get((q.start, q.end))
        new_recips.append(two[0] if two else q)
    for q in actors:
        two = by_span.get((q.start, q.end))
        if two is None:
            new_actors.append(q)
            continue
        person, country = two
        new_actors.append(person)
        if not new_recips and not country.prep and (
                cand.entry.mode == "visit" or cand.verbal and person.start == cand.end):
            new_recips.append(country)  # دعا انان اسرائيل الى، ويزور باتشان بريطانيا
    return out, new_actors, new_recips
