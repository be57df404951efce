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
- A title standing right before a person (رئيس الوزراء العراقي محمد شياع السوداني, also
  across honorifics: «… الدكتور حيدر العبادي») makes later bare uses of the same title
  (with the same country adjective) coreferent mentions of that person
  (``source="coref"``); a bare listed title without its adjective refers to the one
  person introduced with it. Office titles are also learnt from the document («وكيل
  الوزارة للتنمية الاجتماعية» before a name). Former holders («الرئيس السابق»), deputies
  («نائب وزير الصحة»), other offices («الرئيس التنفيذي») and titles placed in another
  country («وزير الخارجية بجمهورية ألمانيا») are not linked; a bare title in apposition
  to a name is that name's; «الرئيس» as the adjective "main" («السبب الرئيس») is none.
- A country name that is the adjective of the definite noun before it («الحكومة
  السعودية») is no mention of the country; a name of several words typed ORG once and
  MISC once is one entity.
- A model name also found bare elsewhere in the document is tagged there too
  (``source="rule"``), for consistency across sentences.
- A one-word family name the tagger found before the full name (a caption) joins the one
  person who bears it; a name with its generation mark («جورج بوش الابن») never joins the
  other generation, and its family name alone joins it; a family name «آل X» alone is the
  family (ORG; a ruling house: its country), unless a person of the document bears it.
- A family name right after a given name the tagger left out («مساعد [الدوسري]») joins no
  full name; a given and family name introduced as someone's relative («والده، …، جون آدمز»)
  does not join the longer name it shares them with; in a report on father and son whose full
  names carry no mark, «X الأب» / «X الابن» join the full names by the «ابن/نجل …» cue
  (:mod:`.kin`).
- Places the gazetteers lack as written: a spelling a long vowel apart from a big place's, or
  an unknown place placed in a known one («شانتييه بفرنسا»: the country) (:mod:`.geo`); an
  organisation a long vowel apart from its entry («اليونيسكو») is that entry.
- A place name's own gazetteer readings do not vote for their country when the document's
  countries choose among its readings («ميسان» ×3 in a report naming Taif is the Taif
  governorate); a small city of a country the document does not name is no reading, and
  «مسقط رأسه» no Muscat (:mod:`.geo`).
- A family name alone that two people of the document bear is the parent after «ابن/نجل …» or
  when its clause speaks of «ابنه» («وكان رفسنجاني قد انتقد الحكم بسجن ابنه»), and not the person
  its clause names right after it (the speaker of «وأوضح عسيري أن الشهيد مفرح عسيري»); a ruler's
  given name alone met before his full name with «بن» joins it («لسلمان الحزم» … «الملك سلمان بن
  عبدالعزيز»).
- Session 15: a place or organisation whose article was lost after the preposition ل («للقدس»
  cut «ل|لقدس», the typo «لمدينة المنورة») is the name with its article; «بحمد الله»,
  «بتوفيق الله» … typed PERS are God; a short form met before the full name joins it («محمد بن
  نايف» … «محمد بن نايف بن عبدالعزيز», «عبداللطيف الزياني» … «عبداللطيف بن راشد الزياني»);
  «عبد الله» and «عبدالله» are one name word; a father's given name as his sons' family name
  after an epithet («البطل الفيصل») is the father named with «بن»; an outlet name two outlets
  share is read by its cue word or the document's outlet (:func:`geo.shared_outlet`).
- Session 15 (ent15b): a place named inside a street's, square's, gate's or stadium's name
  («شارعي الثورة وبغداد» in Damascus, «استاد الإمارات» in London) is that facility
  («شارع بغداد»): no point, the country of a known place right after it, else none
  (:func:`facility.facility_name`).
- Session 16 (ent16, :mod:`.locate`): the words after a place locate it — a direction («بكتيكا
  في شرق أفغانستان», «قصور شرقي باكستان», «(جنوب تركيا)»), a dash or comma and a region, a chain
  of «في», a list opened by a plural place noun — giving an unknown place its country and
  overturning a known reading of another country (Kasur, not the Cameroonian town); a foreign
  city named like a common word («في مشهد», «بورصة طوكيو», «فيروس كورونا») needs its country
  named; an outlet named like a place and tagged as the place, in quotation marks or after a cue
  word («لـ«الشرق الأوسط»», «وكالة أنباء الأناضول»), is the outlet.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from khabar.document import Entity
from khabar.extract.entities import facility, geo, kin, kingdom, locate, persons
from khabar.extract.entities.candidates import Candidate, _two_generations
from khabar.extract.entities.overlap import SpanIndex
from khabar.gazetteer import countries, names, places
from khabar.gazetteer.matcher import Match, PhraseMatcher, match_key
from khabar.gazetteer.name_parts import FATHER_MARKS, KIN_WORDS, NOT_A_NAME_ALONE
from khabar.gazetteer.tables import read_lines
from khabar.text.normalize import NormalizeOptions, match_form, normalize_text

_SPACES = regex.compile(r"\s+")
# display(): diacritics and tatweel out; alef forms, alef maqsura, digits and punctuation kept
_DISPLAY = NormalizeOptions(alef=False, alef_maqsura=False, digits=False, punctuation=False)
_INNER_VOWELS = regex.compile(r"(?<=\w)[اوي]")
_ABD = regex.compile(r"(?<!\S)عبد (?=\S)")


@lru_cache(maxsize=65_536)
def key(text: str, label: str) -> str:
    """The comparison key of a name: normalised, spelling variants folded («عبد الله» and
    «عبدالله», one name word written with or without its space, are one word of a person)."""
    k = _SPACES.sub(" ", match_form(text)).strip()
    if label == "PERS" and "عبد " in k:
        k = _ABD.sub("عبد", k)
    if label in ("LOC", "ORG") and k.startswith("ال") and len(k) > 4:
        k = k[2:]
    if label != "PERS":
        # transliteration variants differ in long vowels: الأميركية / الأمريكية,
        # بلومبيرغ / بلومبرغ → the same consonant skeleton
        k = _INNER_VOWELS.sub("", k)
    return k


@lru_cache(maxsize=65_536)
def display(text: str) -> str:
    """A readable canonical form: diacritics, tatweel and extra spaces removed."""
    return _SPACES.sub(" ", normalize_text(text, _DISPLAY)).strip()


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
    form: str = ""  # the matching form a gazetteer entity was first met under
    first: int = -1  # start of its first mention
    last: int = -1  # start of its latest mention so far


def _nationality_after(text: str, end: int) -> tuple[int, str]:
    """Extend a title over a following country adjective: «رئيس الوزراء» + « العراقي»."""
    m = regex.match(r"\s+([\p{L}\p{M}]+)", text[end:])
    if m:
        c = countries.lookup(m.group(1))
        if c is not None and c.kind == "adj":
            return end + m.end(), c.iso3
    return end, ""


# Words after a title that make it someone else's: «الرئيس السابق …», «رئيس الوزراء الأسبق»
_FORMER = frozenset(match_form(w) for w in
                    "السابق السابقة الأسبق المخلوع الراحل المقال المستقيل المعزول".split())
# … and words that make it another office: «الرئيس التنفيذي», «الرئيس الفخري»
_OTHER_OFFICE = frozenset(match_form(w) for w in (
    "التنفيذي التنفيذية الفخري الفخرية المشارك المؤقت الشرفي الفعلي الروحي الأعلى "
    "المناوب الإقليمي الفني الإداري العام").split())
_STATE_HEADS = frozenset(match_form(w) for w in "جمهورية مملكة دولة سلطنة إمارة".split())


def _qualified_after(text: str, end: int) -> str | None:
    """What follows a bare title, when it makes the title another person's: another
    office («الرئيس التنفيذي») → ``"other"``; a country in a prepositional phrase
    («وزير الخارجية بجمهورية ألمانيا», «… في ألمانيا», «… لألمانيا») → its ISO3."""
    words = regex.findall(r"[\p{L}\p{M}]+", text[end : end + 60])[:3]
    if not words:
        return None
    first = match_form(words[0])
    if first in _OTHER_OFFICE:
        return "other"
    if first in ("في", "فى") and len(words) > 1:
        target = match_form(words[1])
    elif first[:1] in ("ب", "ل") and first[1:] in _STATE_HEADS and len(words) > 1:
        target = match_form(words[1])
    elif first[:1] in ("ب", "ل"):
        target = first[1:]
    else:
        return None
    c = countries.lookup(target)
    return c.iso3 if c is not None and c.kind in ("name", "capital") else None


def resolve(text: str, cands: Sequence[Candidate], home: str | None = None,
            is_given: Callable[[str], bool] | None = None, outlet: str | None = None
            ) -> list[Entity]:
    """Entities with ids and canonical forms for the candidates of one document (``home``:
    the Arab kingdom of its outlet, see :func:`kingdom.home_kingdom`; ``is_given``: whether
    a matching form is a given name of the NER lexicon; ``outlet``: the id of its outlet, see
    :func:`kingdom.own_outlet`)."""
    name_ends = {c.end for c in cands}
    cands = sorted((_retyped(text, c) for c in cands if not _adjective_reading(text, c, name_ends)
                    and not (c.label == "LOC" and geo.not_a_place(text, c.start, c.end))),
                   key=lambda c: (c.start, -c.end))
    cands = _add_title_corefs(text, cands)
    # «شارعي الثورة وبغداد»: the name of a street, not Baghdad — no reading, no vote in ctx
    facilities = {(c.start, c.end): f for c in cands if c.label == "LOC" and c.ref is None
                  and (f := facility.facility_name(text, c.start, c.end, c.gaz)) is not None}
    if facilities:
        cands = [replace(c, gaz=None) if (c.start, c.end) in facilities else c for c in cands]
    ctx = names.context(text, [c.gaz for c in cands if c.gaz is not None])
    own_votes = _own_votes(text, cands)  # a name's own readings choose none of its readings
    bare_kingdoms = kingdom.untagged(text, cands, ctx, home)  # «بالمملكة» the tagger left
    if bare_kingdoms:
        cands = sorted([*cands, *bare_kingdoms], key=lambda c: (c.start, -c.end))
    # unknown places placed in a known one («شانتييه بفرنسا»): the country, for every mention
    # («خوست وبكتيا وبكتيكا في شرق أفغانستان»: by its locator, or the next place of its list)
    starts = locate.located(text, cands, ctx, lambda c: geo.nested_country(text, c.end, ctx, home)
                            or geo.adjective_country(text, c.end))
    nested: dict[str, str] = {}
    for c in reversed(cands):
        if c.start in starts:
            nested[key(text[c.start : c.end], "LOC")] = starts[c.start]
    person_starts = [c.start for c in cands if c.label == "PERS"]  # sorted, as ``cands``
    person_cands = [c for c in cands if c.label == "PERS"]  # in the order of person_starts
    org_keys = {match_key(text[c.start : c.end]) for c in cands if c.label == "ORG"}
    entities: list[_Entity] = []
    by_key: dict[tuple, _Entity] = {}
    short_of: dict[str, _Entity | None] = {}  # short keys of organisation names (None: shared)
    of_cand: dict[int, _Entity] = {}
    out: list[Entity] = []
    owners: list[_Entity] = []
    houses = _houses_in_names(text, cands)
    for n, c in enumerate(cands, 1):
        surface = text[c.start : c.end]
        if c.label != "PERS":
            surface = _with_article(text, c.start, surface)  # «للاتحاد السعودي», «للقدس»
        family = c.label == "PERS" and c.ref is None and _family_alone(surface, houses)
        if family:
            # «آل سعود», «آل كينيدي» alone: the house or the family, not one of its members
            fam = names.resolve(surface, "ORG")
            gaz = fam if fam is not None and fam.kind == "family" else None
        elif c.gaz is None and c.label == "LOC" and surface.endswith(("مملكة", "مملكه")) and (
            match_form(surface) == _KINGDOM
        ):
            gaz = _kingdom(text, c.end, ctx, home)  # bare «المملكة»: the document's kingdom
        else:
            own = own_votes.get(match_key(surface)) if own_votes else None
            cctx = ctx - own if own else ctx  # «ميسان» ×3 (Iraq by default) do not vote Iraq
            gaz = (_in_context(c.gaz, surface, cctx) if c.gaz
                   else names.resolve(surface, c.label, cctx))
            if gaz is not None and c.gaz is None and c.label == "LOC" and (
                geo.unnamed_small_city(gaz, surface, ctx, home)
                or locate.common_word_city(gaz, surface, ctx)  # «في مشهد»: a scene
            ) and match_key(surface) not in org_keys:
                # «فوه» (Mukalla) in a report on Yemen: no town in Egypt; a club named after
                # its town and typed ORG elsewhere keeps it («فريق استوريل … مع استوريل»)
                gaz = None
            if gaz is not None and c.gaz is None and gaz.label == "LOC" and gaz.kind != "country" and (
                places.weak_reading(surface)
            ):
                gaz = None  # «قاهرة الإعاقة», «بحديدة»: a common word, not القاهرة / الحديدة
            elif gaz is None and c.label == "LOC" and c.gaz is None:
                gaz = geo.variant_place(surface, ctx)  # «زيوريخ»: Zurich, listed as «زيورخ»
                iso = nested.get(key(surface, "LOC")) if gaz is None else None
                if iso is not None:  # «بمدينة شانتييه بفرنسا»: in France, no kind, no point
                    gaz = names.GazEntry("LOC", display(surface), None, iso)
            if gaz is not None and c.label == "LOC" and (
                split := geo.proclitic_place(surface, gaz, ctx, home)
            ) is not None:
                gaz = split  # «والرياض وجدة»: و + Jeddah, not Oujda
            if gaz is not None and c.label == "LOC" and (
                moved := locate.relocated(text, c.end, surface, gaz, ctx)
            ) is not None:
                gaz = moved  # «قصور شرقي باكستان»: Kasur, not the Cameroonian town
        if facilities and c.label == "LOC" and (fac := facilities.get((c.start, c.end))):
            # a place of its own: the country of a known place right after it, no point
            gaz = names.GazEntry("LOC", fac, None, facility.located_in(text, c.end, ctx))
        named = geo.shared_outlet(text, c, outlet) or geo.quoted_outlet(text, c)
        as_outlet = named is None and (named := locate.outlet_named_as_place(text, c)) is not None
        if named is not None:
            gaz = named  # «لـ "الرياض"»: the paper, apart from the city; «قناة الجزيرة»
        if gaz is not None and c.gaz is not None and c.gaz.kind == "country" and (
            gaz.kind != "country" and _among_countries(text, c.start, c.end)
        ):
            gaz = c.gaz  # «الأردن وعمان وقطر»: a country in a list of countries
        # an ORG-tagged capital (government metonymy) keeps its label
        label = "ORG" if family or as_outlet else c.label  # «لـ«الشرق الأوسط»»: the paper
        ent: _Entity | None = None
        if c.ref is not None:
            ent = of_cand.get(id(c.ref))
            gaz = None
        if ent is None and gaz is not None:
            k = ("gaz", gaz.canonical) if gaz.kind != "outlet" else ("outlet", gaz.canonical)
            ent = by_key.get(k)
            if ent is None and label in _NAMED_THINGS:
                # «اليونيسكو» met before the gazetteer's «اليونسكو»: one name a vowel apart
                ent = by_key.get((label, key(surface, label)))
                if ent is not None and ent.gaz is None and ent.label == label and (
                    places.one_vowel_apart(match_form(surface), match_form(ent.canonical))
                ):
                    ent.gaz, ent.canonical = gaz, gaz.canonical
                    by_key[k] = ent
                else:
                    ent = None
            pk = _place_key(gaz) if label == "LOC" else None  # a club named after a city
            if ent is None and pk is not None:
                # one place under two gazetteer names (المدينة / المدينة المنورة, الشرقية /
                # المنطقة الشرقية): the same kind, country and point; the longer name leads
                ent = by_key.get(pk)
                if ent is not None and not _name_within(gaz.canonical, ent.canonical):
                    ent = None  # الهفوف / الأحساء: a city and the oasis it is the seat of
                if ent is not None:
                    by_key[k] = ent
                    if len(gaz.canonical) > len(ent.canonical):
                        ent.canonical = gaz.canonical
            if ent is None:
                ent = _Entity(f"E{len(entities) + 1}", label, geo.text_spelling(gaz.canonical, surface),
                              gaz=gaz)
                entities.append(ent)
                by_key[k] = ent
                if label in _NAMED_THINGS:  # a later spelling a vowel apart joins it
                    by_key.setdefault((label, key(surface, label)), ent)
                    ent.form = match_form(surface)
                if pk is not None:
                    by_key[pk] = ent
        if ent is None:
            # «لله», «ولله» (ل + the name of God) meet «الله»
            k2 = key(_GOD if match_form(surface) in _TO_GOD else surface, label)
            ent = by_key.get((label, k2))
            if ent is not None and ent.gaz is not None and ent.gaz.label == label and not (
                places.one_vowel_apart(match_form(surface), ent.form)
            ):
                ent = None  # a gazetteer name's skeleton only: «الأنصار» is not «النصر»
            if ent is None and label == "PERS":
                ent = _person_match(entities, k2.split(), lambda s=c.start: kin.relative_named(
                    text, s, person_starts))
            cued = None
            if label == "PERS" and " " not in k2 and ent is not None and len(ent.words) > 1:
                # a family name two people of the document bear: a cue of the clause decides
                cued = _family_choice(text, c, k2, entities, ent, person_cands, person_starts)
            if ent is None and label == "ORG":
                ent = _org_match(surface, k2, by_key, short_of)
            if ent is None and label in _NAMED_THINGS and " " in k2:
                # one title or name of several words, typed ORG once and MISC once
                # («سراة الشعر والكهولة»): one entity, under its first label
                other = by_key.get((_NAMED_THINGS[label], key(surface, _NAMED_THINGS[label])))
                if other is not None and other.gaz is None:
                    ent = other
            if ent is None:
                ent = _Entity(f"E{len(entities) + 1}", label, _canonical(surface))
                entities.append(ent)
            by_key[(label, k2)] = ent
            ent = cued or ent  # (the cue holds for this mention only)
            if label == "ORG":
                for short in _org_short_keys(surface):
                    if short_of.setdefault(short, ent) is not ent:
                        short_of[short] = None  # two organisations: «الهلال السعودي/السوداني»
            words = k2.split()
            if label == "PERS" and len(words) > len(ent.words):
                ent.words = words
                ent.canonical = display(surface)
        of_cand[id(c)] = ent
        if ent.first < 0:
            ent.first = c.start
        ent.last = c.start
        g = ent.gaz
        # a club the tagger labels ORG though a city bears its name (ميلان in a match
        # report) keeps the city's country, not its kind and point
        place_of_org = g is not None and ent.label == "ORG" and g.label == "LOC" and g.kind not in (
            "country", "capital")
        out.append(Entity(
            id=f"N{n}", start=c.start, end=c.end, text=text[c.start : c.end], label=ent.label,
            entity=ent.eid, canonical=ent.canonical,
            kind=(None if place_of_org else g.kind if g
                  else ("person" if ent.label == "PERS" else None)),
            country=g.country if g else None,
            lat=g.lat if g and not place_of_org else None,
            lon=g.lon if g and not place_of_org else None,
            source=c.source,  # type: ignore[arg-type]
            score=c.score if c.source != "coref" else None,
        ))
        owners.append(ent)
    _join_family_names_before(text, entities, owners, out, is_given)
    _join_given_names_before(text, entities, owners, is_given)
    persons.join_short_before(text, entities, owners, person_starts, is_given)
    persons.eponyms(text, entities, owners, out)
    _join_generations(text, entities, owners, out)
    ids: dict[int, str] = {}
    for o in owners:  # ids in order of first mention, with no gap after a join
        ids.setdefault(id(o), f"E{len(ids) + 1}")
    for e, owner in zip(out, owners, strict=True):
        e.canonical = owner.canonical  # a longer name met later leads every mention
        if e.kind is None and owner.gaz is not None and owner.label == owner.gaz.label == "ORG":
            e.kind, e.country = owner.gaz.kind, owner.gaz.country  # named before its entry
        e.entity = ids[id(owner)]
        e.label = owner.label
    return out


def _retyped(text: str, c: Candidate) -> Candidate:
    """A model mention as its context types or cuts it: God, not a person
    (:func:`_god_not_person`); a place without its country's adjective, an organisation after
    a place noun that is the place (:mod:`geo`)."""
    if c.label == "PERS":
        return persons.formula_not_person(text, _god_not_person(text, c))
    if c.source != "model":
        return c
    if c.label == "LOC":
        return geo.without_adjective(text, c)
    return geo.org_after_place_noun(text, c) if c.label == "ORG" else c


def _god_not_person(text: str, c: Candidate) -> Candidate:
    """«والله حسيبه», «والله الهادي إلى سواء السبيل»: a person span the tagger opened with
    «الله» right after the conjunction و names God and runs into the predicate (a name is
    «عبد الله …», «حياة الله …», never «و» + «الله …»): the mention is «الله» alone, MISC."""
    if c.label != "PERS" or not text.startswith(_GOD + " ", c.start) or c.start < 1 or (
        text[c.start - 1] != "و" or (c.start > 1 and text[c.start - 2].isalpha())
    ):
        return c
    return replace(c, end=c.start + len(_GOD), label="MISC")


def _own_votes(text: str, cands: Sequence[Candidate]) -> dict[str, Counter[str]]:
    """Per name (its matching key), the countries its own gazetteer readings add to the
    document's context: a place name read by default in one country («ميسان», Iraq) must not
    make the document about that country when it chooses between its readings (the Taif
    governorate «ميسان» in a report naming Abha and Taif). Only names with several readings."""
    out: dict[str, Counter[str]] = {}
    for c in cands:
        g = c.gaz
        if g is not None and g.label == "LOC" and g.country and g.kind != "country":
            k = match_key(text[c.start : c.end])
            if len(places.candidates(k)) > 1:
                out.setdefault(k, Counter())[g.country] += 1
    return out


def _canonical(surface: str) -> str:
    """The display form of a new entity's first name; «لله», «ولله» (ل + the name of God,
    whose article's alef is gone) are «الله»."""
    return _GOD if match_form(surface) in _TO_GOD else display(surface)


_GOD = "الله"
_TO_GOD = frozenset(("لله", "ولله", "فلله"))


def _join_family_names_before(text: str, entities: list[_Entity], owners: list[_Entity],
                              mentions: Sequence[Entity],
                              is_given: Callable[[str], bool] | None = None) -> None:
    """A one-word family name met before the full name («رئيس النادي الموكاء …» in a caption,
    then «فهد الموكاء»): a definite one-word person the tagger found (no propagated copy: those
    come from the full name itself, or from a person the tagger cut; never after a family
    noun: «أسرة الجفالي» is the family) joins the one longer person of the document whose last
    name it is (its article folded; not a father's name after «بن», not when two people bear
    it; not a family name right after a given name the tagger left out: «مساعد الدوسري»)."""
    candidates = {id(e) for e in entities if e.label == "PERS" and len(e.words) == 1
                  and e.words[0].startswith("ال") and e.words[0] not in NOT_A_NAME_ALONE}
    if not candidates:
        return
    propagated = {id(o) for o, m in zip(owners, mentions, strict=True) if id(o) in candidates
                  and (m.source != "model" or _after_family_noun(text, m.start)
                       or kin.given_name_cut(text, m.start, is_given))}
    singles = [e for e in entities if id(e) in candidates and id(e) not in propagated]
    merged: dict[int, _Entity] = {}
    for e in singles:
        bare = _without_article(e.words[0])
        if len(bare) < 3:
            continue
        longer = [o for o in entities if o.label == "PERS" and len(_core(o.words)) > 1
                  and _without_article(_core(o.words)[-1]) == bare
                  and not _ancestors(_core(o.words), 1)]
        if len(longer) == 1:
            merged[id(e)] = longer[0]
    if merged:
        owners[:] = [merged.get(id(o), o) for o in owners]


_KUNYA_WORDS = frozenset(match_form(w) for w in "أبو أبي أبا أم ابن بن بنت ابنة آل".split())


def _join_given_names_before(text: str, entities: list[_Entity], owners: list[_Entity],
                             is_given: Callable[[str], bool] | None = None) -> None:
    """A given name alone met before the full name («شكرا لسلمان الحزم» … «الملك سلمان بن
    عبدالعزيز»): a one-word person that is a given name of the NER lexicon joins the one longer
    person of the document whose first name it is, named with his father's name after «بن» (the
    Gulf's way of naming rulers and princes, called by their given name alone), when that
    person is introduced after it (before, the usual matching has joined them); not after a
    kunya or kin word («أم محمد»), not when two people of the document bear that first name."""
    if is_given is None:
        return
    singles = [e for e in entities if e.label == "PERS" and len(e.words) == 1 and e.first >= 0
               and len(e.words[0]) >= 3 and not e.words[0].startswith("ال")
               and e.words[0] not in NOT_A_NAME_ALONE and is_given(e.words[0])]
    merged: dict[int, _Entity] = {}
    for e in singles:
        longer = [o for o in entities if o.label == "PERS" and len(_core(o.words)) > 1
                  and o.words[0] == e.words[0]]
        if len(longer) != 1 or longer[0].first < e.first or longer[0].words[1] not in FATHER_MARKS:
            continue
        m = regex.search(r"(\S+)\s+$", text[max(0, e.first - 20) : e.first])
        if m is not None and regex.sub(r"^[وف]", "", match_form(m.group(1))) in _KUNYA_WORDS:
            continue
        merged[id(e)] = longer[0]
    if merged:
        owners[:] = [merged.get(id(o), o) for o in owners]


_FATHER, _SON = match_form("الأب"), match_form("الابن")
_GENERATIONS = frozenset((_FATHER, _SON, match_form("جونيور")))


def _join_generations(text: str, entities: list[_Entity], owners: list[_Entity],
                      mentions: Sequence[Entity]) -> None:
    """Father and son in a report that names both generations, where the full names carry
    no mark («علي أكبر هاشمي رفسنجاني» … «مهدي هاشمي رفسنجاني» … «رفسنجاني الأب/الابن»): the
    parent is the full name introduced right after «ابن/نجل …» («ابن الرئيس الأسبق علي أكبر
    …»); «X الأب» joins him, «X الابن» the one other full name bearing X. Without such a cue,
    or with more than two full names of the family, the marked names stay apart."""
    marked = [e for e in entities if e.label == "PERS" and len(e.words) == 2
              and e.words[1] in _GENERATIONS]
    if not marked or not _two_generations(text):
        return
    first: dict[int, int] = {}
    for o, m in zip(owners, mentions, strict=True):
        first.setdefault(id(o), m.start)
    merged: dict[int, _Entity] = {}
    for e in marked:
        fam, mark = e.words
        full = [o for o in entities if o.label == "PERS" and len(o.words) > 1 and o is not e
                and o.words[-1] == fam and id(o) in first]
        parents = [o for o in full if kin.named_as_parent(text, first[id(o)])]
        if not 0 < len(full) <= 2 or len(parents) != 1:
            continue
        if mark == _FATHER:
            merged[id(e)] = parents[0]
        elif len(full) == 2:
            merged[id(e)] = next(o for o in full if o is not parents[0])
    if merged:
        owners[:] = [merged.get(id(o), o) for o in owners]


_FAMILY_NOUNS = frozenset(match_form(w) for w in (
    "أسرة عائلة آل قبيلة عشيرة أسر عائلات لأسرة لعائلة بأسرة وأسرة وعائلة أبناء").split())


def _after_family_noun(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a family noun («أسرة», «عائلة», «آل» …)."""
    m = regex.search(r"(\S+)\s+$", text[max(0, start - 20) : start])
    return m is not None and match_form(m.group(1)) in _FAMILY_NOUNS


def _core(words: Sequence[str]) -> Sequence[str]:
    """A person's name words without trailing epithets (ordinals, «الأب/الابن»)."""
    n = len(words)
    while n > 1 and words[n - 1] in NOT_A_NAME_ALONE:
        n -= 1
    return words[:n]


def _houses_in_names(text: str, cands: Sequence[Candidate]) -> frozenset[str]:
    """Family names «آل X» that stand inside a longer person name of the document
    («… بن عبدالملك آل الشيخ»): alone, they may name that person."""
    out = set()
    for c in cands:
        if c.label == "PERS":
            words = match_form(text[c.start : c.end]).split()
            for k in range(1, len(words) - 1):
                if words[k] == _AL:
                    out.add(words[k + 1])
    return frozenset(out)


_AL = match_form("آل")


def _family_alone(surface: str, houses: frozenset[str]) -> bool:
    """Whether a person mention is a family name alone, «آل X», that names the family: a
    ruling house (``orgs.tsv``, type family: «آل سعود», «آل ثاني»), or a family none of
    whose members is named in the document with it («آل كينيدي»). Saudi papers call an
    official by his «آل X» alone («آل الشيخ» for «… آل الشيخ»): then it is the person."""
    words = match_form(surface).split()
    if len(words) != 2 or words[0] != _AL:
        return False
    fam = names.resolve(surface, "ORG")
    return (fam is not None and fam.kind == "family") or words[1] not in houses


def _place_key(gaz: names.GazEntry) -> tuple[str, str, str | None, float, float] | None:
    """A place's identity beyond its name: kind, country and point (None for a place
    without a point: countries, unplaced regions)."""
    if gaz.label != "LOC" or gaz.lat is None or gaz.lon is None:
        return None
    return ("place", gaz.kind, gaz.country, gaz.lat, gaz.lon)


def _name_within(a: str, b: str) -> bool:
    """Whether the words of one name (the article folded) are all words of the other:
    «المدينة» / «المدينة المنورة», «الشرقية» / «المنطقة الشرقية»."""
    wa, wb = ({_without_article(w) for w in match_form(x).split()} for x in (a, b))
    return wa <= wb or wb <= wa


def _with_article(text: str, start: int, surface: str) -> str:
    """The name a place or organisation mention stands for when the article of its first word
    was lost after the preposition ل: «للاتحاد السعودي» (the span after «لل») → «الاتحاد
    السعودي»; «للقدس» cut «ل|لقدس» by the tagger → «القدس» (not «لقدس», a GeoNames name of the
    city with Israel's capital row); «لمدينة المنورة» (a typo for «للمدينة») → «المدينة
    المنورة» — the last two only when the form with the article is a gazetteer name and (for a
    span without its «ل») the span as written is none."""
    if _after_lam_article(text, start, surface):
        return "ال" + surface
    if start < 1 or text[start - 1] != "ل" or surface.startswith("ال"):
        return surface
    ws = start - 1
    while ws > 0 and not text[ws - 1].isspace() and start - ws < 3:
        ws -= 1
    if text[ws:start] not in ("ل", "ول", "فل") or (ws > 0 and not text[ws - 1].isspace()):
        return surface
    forms = names.all_forms()
    if surface.startswith("ل"):
        full = "ال" + surface[1:]
        return full if match_form(full) in forms else surface
    full = "ال" + surface
    if " " in surface.strip() and match_form(full) in forms and match_form(surface) not in forms:
        return full
    return surface


def _after_lam_article(text: str, start: int, surface: str) -> bool:
    """Whether the mention starts right after «لل» (the preposition ل + the article, whose
    alef is gone: «للاتحاد السعودي», «وللدوري»), so that its name takes the article back."""
    if start < 2 or text[start - 1] != "ل" or surface.startswith("ال"):
        return False
    ws = start
    while ws > 0 and not text[ws - 1].isspace() and start - ws < 4:
        ws -= 1
    return match_form(text[ws:start]) in _LAM_ARTICLE


_LAM_ARTICLE = frozenset(("لل", "ولل", "فلل"))
_MARKS = "".join(map(chr, range(0x64B, 0x653))) + "\u0640"  # harakat and tatweel
_KINGDOM = match_form("المملكة")


def _kingdom(text: str, end: int, ctx: Counter[str], home: str | None = None
             ) -> names.GazEntry | None:
    """The country a bare «المملكة» names: the one of a following country adjective
    («المملكة الأردنية»), else the outlet's Arab kingdom ``home``, else the kingdom the
    document names most (a tie: none)."""
    m = regex.match(r"\s+([\p{L}\p{M}]+)", text[end:])
    adj = countries.lookup(m.group(1)) if m else None
    if adj is not None and adj.kind == "adj" and adj.iso3 in kingdom.KINGDOMS:
        iso3: str | None = adj.iso3
    else:
        iso3 = home if home in kingdom.ARAB_KINGDOMS else kingdom.document_kingdom(ctx)
    name = countries.name_ar(iso3) if iso3 else None
    return names.GazEntry("LOC", name, "country", iso3) if iso3 and name else None


_NAMED_THINGS = {"ORG": "MISC", "MISC": "ORG"}  # labels the tagger confuses on one name

# Country names that are also the feminine nisba adjective with the article: after a
# definite noun «السعودية» qualifies it («الحكومة السعودية», «المواصفات السعودية»)
_ADJECTIVE_NAMES = frozenset(
    f for f, m in countries.forms().items()
    if m.kind == "name" and f.startswith("ال") and f.endswith("يه") and " " not in f)
# Words that start with ال but are no definite noun an adjective could follow
_NOT_DEFINITE_NOUNS = frozenset(match_form(w) for w in (
    "الى التي الذي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي الا الآن الان الأن "
    "المملكة العربية").split())


def _adjective_reading(text: str, c: Candidate, name_ends: frozenset[int] | set[int] = frozenset()
                       ) -> bool:
    """A mention that is the adjective agreeing with the definite noun before it, not a
    name: a country («الحكومة السعودية»; a proclitic — بالسعودية، والسعودية — or the head
    noun المملكة keeps it a name); a one-word place the tagger did not mark that has the
    shape of a definite nisba («اللون الرمادي», not Ramadi); a one-word organisation of that
    shape («التعليم الأهلي», «القطاع الأهلي», not the club) unless the noun before it is a
    name or introduces one («النادي الأهلي»)."""
    if c.label not in ("LOC", "ORG") or (c.label == "ORG" and c.source == "gazetteer"):
        return False
    raw = text[c.start : c.end]
    if raw[:2] != "ال" or " " in raw or raw.rstrip(_MARKS)[-1:] not in "يىةه":
        return False  # (a cheap test first: no definite word ending as a nisba)
    form = match_form(raw)
    if c.label == "LOC" and form in _ADJECTIVE_NAMES:
        return _definite_before(text, c.start) is not None
    if (c.label == "LOC" and c.source != "gazetteer") or not _nisba_shape(form):
        return False
    noun = _definite_before(text, c.start)
    if noun is None or noun in _NAME_HEADS or (noun[2:] in _OFFICE_HEADS):
        return False
    if _nisba_shape(noun) or noun.endswith("ي"):
        # an adjective before it: a second adjective of the same noun only after a definite
        # noun («للقطاع الصحي الأهلي»), a name in apposition after «غريمه التقليدي الفيصلي»
        prev_start = len(text[: c.start].rstrip())
        prev_start -= len(text[:prev_start].split()[-1]) if text[:prev_start].split() else 0
        if _definite_before(text, prev_start) is None:
            return False
    before_end = len(text[: c.start].rstrip())
    if before_end in name_ends:
        return False  # «هزم الهلال الأهلي»: a name before it, no noun it qualifies
    # agreement: a masculine nisba after no feminine or sound plural, a feminine after one
    feminine_noun = noun.endswith(("ه", "ات"))
    return feminine_noun if form.endswith("يه") else not feminine_noun


def _nisba_shape(form: str) -> bool:
    """«الرمادي», «الأهلي», «الإسماعيلية»: one definite word ending in the nisba ي/ية."""
    return " " not in form and form.startswith("ال") and len(form) >= 6 and form.endswith(("ي", "يه"))


def _definite_before(text: str, start: int) -> str | None:
    """The definite noun (with its article, clitics off) right before ``start``, or None
    (punctuation between, no article, or a word that is no noun: «التي», «المملكة»)."""
    m = regex.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
    if m is None or not m.group(1)[-1].isalpha():
        return None  # «في الشرق الأوسط: السعودية..»
    noun = _definite_noun(match_form(m.group(1)))
    return None if noun is None or noun in _NOT_DEFINITE_NOUNS else noun


_ARTICLE_CLITICS = ("", "و", "ف", "ب", "ك", "وب", "فب", "وك")
_LAM_NOUN = regex.compile(r"[وف]?لل(\p{L}{2,})")


def _definite_noun(word: str) -> str | None:
    """The definite noun of a normalised word, with its article and without its proclitics
    («وبالحكومة» → «الحكومة»; after the preposition ل the article loses its alef: «للحكومة» →
    «الحكومة»), else None (no article, or too short to be a noun after it)."""
    for clitic in _ARTICLE_CLITICS:
        if word.startswith(clitic + "ال") and len(word) > len(clitic) + 3:
            return word[len(clitic):]
    lam = _LAM_NOUN.match(word)
    return None if lam is None else "ال" + lam.group(1)


# Definite nouns that introduce an organisation's name rather than take an adjective
# («النادي الأهلي», «الفريق الإسماعيلي», «الحزب الوطني», «الجماعة الإسلامية»)
_NAME_HEADS = frozenset(match_form(w) for w in (
    "النادي الفريق المنتخب البنك المصرف الحزب الاتحاد المجلس الجيش الحرس التيار الائتلاف "
    "التجمع المؤتمر الملعب الاستاد الكيان العميد الزعيم العملاق الجماعة الجبهة الحركة "
    "الكتلة القائمة الهيئة الجمعية الشركة المؤسسة الرابطة المنظمة الصحيفة الجريدة القناة "
    "المركز المعهد الصندوق").split())


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


def _person_match(entities: list[_Entity], words: list[str],
                  relative: Callable[[], bool] | None = None) -> _Entity | None:
    """The most recent person whose name ends or starts with these words, or (given and
    family name) whose first and last words they are — not when the name is introduced as
    someone's relative (``relative()``: «والده، …، جون آدمز» is not «جون كوينسي آدمز»)."""
    if not words:
        return None
    n = len(words)
    if n == 1 and words[0] in NOT_A_NAME_ALONE:
        return None  # «الثاني» of «عبدالله الثاني» is no name of its own
    for e in reversed(entities):
        if e.label != "PERS" or len(e.words) <= n:
            continue
        if e.words[:n] == words or (e.words[-n:] == words and not _ancestors(e.words, n)):
            return e
        core = _core(e.words)  # «بوش» of «جورج بوش الابن»
        if len(core) > n and core[-n:] == words and not _ancestors(core, n):
            return e
    if n >= 2 and len(words[-1]) >= 3 and not (set(words) & KIN_WORDS):
        # given and family name without the father's name: معتز مغربل ↔ معتز عبدالحميد مغربل
        for e in reversed(entities):
            if e.label == "PERS" and len(e.words) > n and e.words[0] == words[0] and (
                e.words[-1] == words[-1] and _subsequence(words, e.words)
            ):
                return None if relative is not None and relative() else e
    if n == 1:  # a family name with or without its article: قاضي ↔ محمد محمود القاضي
        bare = _without_article(words[0])
        for e in reversed(entities):
            if e.label == "PERS" and len(_core(e.words)) > 1 and len(bare) >= 3 and (
                _without_article(_core(e.words)[-1]) == bare and not _ancestors(_core(e.words), 1)
            ):
                return e
    return None


_CLAUSE_END = regex.compile(r"[.!?؟:؛\n]")


def _family_choice(text: str, c: Candidate, word: str, entities: Sequence[_Entity],
                   default: _Entity, person_cands: Sequence[Candidate],
                   person_starts: Sequence[int]) -> _Entity | None:
    """Another person than ``default`` (the usual choice: the person the name first joined) for
    a family name alone that two or more people of the document bear (:func:`_bearers`), when
    a cue of the clause says so, else None: the parent — the one introduced after «ابن/نجل …»
    or marked «الأب» — right after «ابن/نجل …» («ابن الرئيس الأسبق “رفسنجاني”») or when the
    clause goes on to speak of his son («وكان رفسنجاني قد انتقد الحكم بسجن ابنه»); the other
    bearer (the latest named) when the same clause names ``default`` right after it («وأوضح
    عسيري أن الشهيد مفرح عسيري»: the speaker is not the martyr)."""
    bearers = _bearers(entities, word)
    if len(bearers) < 2 or default not in bearers:
        return None
    if kin.named_as_parent(text, c.start) or kin.son_after(text, c.end):
        parents = [e for e in bearers if kin.named_as_parent(text, e.first)] or [
            e for e in bearers if e.words[-1] == _FATHER]  # (the two are joined later)
        if len(parents) == 1:
            return parents[0]
    k = bisect_left(person_starts, c.end)
    nxt = person_cands[k] if k < len(person_cands) else None
    if nxt is not None and nxt.start - c.end < 60 and not _CLAUSE_END.search(text, c.end, nxt.start):
        if key(text[nxt.start : nxt.end], "PERS").split() == default.words:
            others = [e for e in bearers if e is not default]
            return max(others, key=lambda e: e.last)
    named = _named_in_sentence(text, c.start, bearers, person_cands, person_starts)
    return named if named is not None and named is not default else None


def _named_in_sentence(text: str, start: int, bearers: Sequence[_Entity],
                       person_cands: Sequence[Candidate], person_starts: Sequence[int]
                       ) -> _Entity | None:
    """The one bearer named in full earlier in the same sentence as a bare family name at
    ``start`` («… الرئيس جون كوينسي آدمز، … فقد فاز آدمز»: John Quincy, not his father named
    in an earlier sentence); None when no bearer or two are."""
    sentence_start = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 400), start)),
                         default=max(0, start - 400))
    found: set[int] = set()
    named: _Entity | None = None
    for c in reversed(person_cands[: bisect_left(person_starts, start)]):
        if c.start < sentence_start:
            break
        if " " not in text[c.start : c.end]:
            continue  # a full name has two words at least
        words = key(text[c.start : c.end], "PERS").split()
        for e in bearers:
            if len(words) > 1 and words == e.words:
                found.add(id(e))
                named = e
    return named if len(found) == 1 else None


def _bearers(entities: Sequence[_Entity], word: str) -> list[_Entity]:
    """The people of the document whose family name (last word before any epithet, the
    article folded) is ``word`` and who are named by more than it («رفسنجاني الأب» counts),
    unless the name is only their father's (after the only «بن»); none if a person's full name
    starts with ``word`` (a given name: the usual order decides)."""
    bare = _without_article(word)
    if len(bare) < 3:
        return []
    out = []
    for e in entities:
        if e.label != "PERS" or len(e.words) < 2:
            continue
        core = _core(e.words)
        if e.words[0] == word and len(core) > 1:
            return []
        if _without_article(core[-1]) == bare and not _ancestors(core, 1):
            out.append(e)
    return out


def _ancestors(long: Sequence[str], n: int) -> bool:
    """Whether the last ``n`` words of a longer person name name his father: a nasab after
    «بن» («نايف بن عبدالعزيز» in «محمد بن نايف بن عبدالعزيز»), or the one word after the
    only «بن» («خالد» in «فهد بن خالد»). The last of several «بن» links is the ancestor
    the family is named after («ريحان» in «سعيد بن ناصر بن ريحان»), and a bare family name
    may be the person («مريع» for «أحمد بن علي آل مريع»)."""
    if len(long) <= n or long[-n - 1] not in FATHER_MARKS:
        return False
    return n >= 2 or sum(w in FATHER_MARKS for w in long) == 1


def _subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether the words of ``short`` appear in ``long`` in order."""
    it = iter(long)
    return all(w in it for w in short)


# Generic head nouns an organisation's name is used with or without (منظمة اسويف / اسويف)
_ORG_HEADS = frozenset(match_form(w) for w in (
    "منظمة شركة حركة مؤسسة جماعة حزب تنظيم جمعية مجموعة وكالة صحيفة قناة جريدة "
    "مجلة مجموعة ائتلاف تحالف").split())


def _org_short_keys(surface: str) -> list[str]:
    """Keys of an organisation's name without its seat after «ب» (… بديوبند), its generic
    head noun and/or a final nationality adjective (نادي الأسير الفلسطيني → نادي الأسير)."""
    words = surface.split()
    variants = []
    if len(words) >= 3 and words[-1][:1] == "ب" and len(words[-1]) > 3 and (
        names.resolve(words[-1][1:], "LOC") is not None
    ):
        words = words[:-1]  # its seat: «منظمة علماء دار العلوم بديوبند», «… بالرياض»
        variants.append(words)
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


# Office nouns that head a title made of a noun phrase («وكيل الوزارة للتنمية الاجتماعية»,
# «مدير الشؤون الصحية بمحافظة الأحساء»); a title built on one is learnt from the document
_OFFICE_HEADS = frozenset(match_form(w) for w in (
    "وزير وزيرة وكيل وكيلة مدير مديرة رئيس رئيسة نائب مساعد مساعدة أمين أمينة محافظ "
    "أمير سفير سفيرة قائد مستشار مستشارة عميد عميدة مفتي مفوض منسق مندوب ممثل مدرب "
    "المتحدث الناطق").split())
_DEPUTIES = frozenset(match_form(w) for w in "نائب ونائب مساعد ومساعد وكيل ووكيل".split())
# Honorifics and ranks that may stand between a title and the name («… د. ماجد القصبي»)
_HONORIFICS = frozenset(match_form(w) for w in (
    "الدكتور الدكتورة د المهندس المهندسة الشيخ الأستاذ الأستاذة السيد السيدة اللواء "
    "العميد العقيد الفريق المقدم الرائد معالي سمو فضيلة سعادة").split())
# Closed-class words a title never runs across («قال مدير المستشفى إن المريض …»)
_TITLE_BREAKS = frozenset(match_form(w) for w in (
    "أن إن أنه إنه بأن لأن وأن فإن قد لقد لم لن لا ما كما حيث لكن بل ثم أو الذي التي "
    "الذين هو هي هم حين عندما بعد قبل خلال مع وقال قال وأضاف أضاف وأكد أكد").split())
_WORD = regex.compile(r"[\p{L}\p{M}]+|[^\s\p{L}\p{M}]")
# the same tokens found from the end (a letter run is maximal, any other mark one token:
# read backwards, the text splits the same way)
_WORD_BACK = regex.compile(_WORD.pattern, regex.REVERSE)
_GAP_MARKS = frozenset('"«»“”:،,.')


def _only_honorifics(gap: str) -> bool:
    """Whether the text between a title and a name holds only quotes, a comma, a colon and
    honorifics («، المهندس», « د.»; a full stop only after د)."""
    toks = _WORD.findall(gap)
    return _honorific_run(toks) == len(toks)


def _honorific_run(toks: Sequence[str]) -> int:
    """How many of ``toks``, read from the end, are gap marks and honorifics (at most one
    comma; a full stop only as the one of «د.»)."""
    return _honorific_run_back(lambda i: toks[-1 - i] if i < len(toks) else None)


def _honorific_run_back(back: Callable[[int], str | None]) -> int:
    """:func:`_honorific_run` over tokens given from the end (``back(i)``: the ``i``-th
    token from the end, ``None`` before the first), read only as far as the run goes."""
    n, commas = 0, 0
    while (t := back(n)) is not None:
        if t == "." and not ((d := back(n + 1)) is not None and match_form(d) == "د"):
            break
        if t in ("،", ","):
            commas += 1
            if commas > 1:
                break
        elif t not in _GAP_MARKS and match_form(t) not in _HONORIFICS:
            break
        n += 1
    return n


def _office_head(word: str) -> int:
    """Letters of proclitics before an office noun (0 or 1), or -1 if ``word`` is none."""
    w = match_form(word)
    if w in _OFFICE_HEADS:
        return 0
    if len(w) > 3 and w[0] in "وفبلك" and w[1:] in _OFFICE_HEADS:
        return 1
    return -1


def _tokens_back(text: str, lo: int, hi: int) -> Callable[[int], tuple[int, int, str] | None]:
    """The word tokens (:data:`_WORD`) of ``text[lo:hi]`` from the end: ``i`` → the
    ``i``-th one's ``(start, end, token)``, ``None`` before the first; the text is read
    backwards only as far as asked (a title walk stops after a dozen words)."""
    found = _WORD_BACK.finditer(text, lo, hi)
    seen: list[tuple[int, int, str]] = []

    def back(i: int) -> tuple[int, int, str] | None:
        while len(seen) <= i:
            m = next(found, None)
            if m is None:
                return None
            seen.append((m.start(), m.end(), m.group()))
        return seen[i]

    return back


def _office_title(text: str, person: Candidate,
                  persons: Sequence[Candidate]) -> tuple[int, int] | None:
    """The span of an office title right before a person («وكيل الوزارة للتنمية
    الاجتماعية بالإنابة مشوح الحوشان»): an office noun (with the office nouns it is the
    deputy of: «نائب مدير …») and its complement, up to honorifics and a comma."""
    tok = _tokens_back(text, max(0, person.start - 200), person.start)
    k = _honorific_run_back(lambda i: x[2] if (x := tok(i)) is not None else None)
    words: list[tuple[int, int, str]] = []
    while len(words) < 12 and (w := tok(k)) is not None:
        t = w[2]
        if t in _GAP_MARKS or not t[0].isalpha() or match_form(t) in _TITLE_BREAKS:
            break
        words.insert(0, w)
        k += 1
        if _office_head(t) >= 0:
            # «نائب مدير», «مساعد وزير»
            while (w := tok(k)) is not None and _office_head(w[2]) >= 0:
                words.insert(0, w)
                k += 1
            break
    else:
        return None
    if len(words) < 2 or _office_head(words[0][2]) < 0:
        return None
    start = words[0][0] + _office_head(words[0][2])
    end = words[-1][1]
    if any(start < p.end and p.start < end for p in persons):
        return None  # another name inside: no title of this person
    return start, end


def _add_title_corefs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Bare titles that refer back to a person introduced with the same title: the listed
    titles (titles.txt, with a following country adjective) and office titles learnt from
    the document («وكيل الوزارة للتنمية الاجتماعية» before a name, up to the first name
    inside it: «مدير الشؤون الصحية [بمحافظة الأحساء]»); a bare listed title without the
    adjective refers to the one person that bears it with one."""
    persons = [c for c in cands if c.label == "PERS"]
    if not persons:
        return cands
    titled: dict[tuple[str, str], list[Candidate]] = {}
    bare: list[tuple[int, int, tuple[str, str], bool]] = []
    intros: set[int] = set()
    for p in persons:
        span = _office_title(text, p, persons) if p.source != "coref" else None
        if span is None:
            continue
        s, e = span[0], _core_end(text, span[0], span[1], cands)
        # a title cut before a name inside it keeps three words («مدير الشؤون الصحية»),
        # not two («رئيس هيئة [مدينة الرياض]» would match every «رئيس هيئة …»)
        if len(text[s:e].split()) >= (2 if e == span[1] else 3) and not _listed_title(text[s:e]):
            titled.setdefault((_fold(text[s:e]), ""), []).append(p)
            intros.add(s)
    if titled:  # matched apart: a listed title inside an office («مستشار رئيس الوزراء»)
        # both spellings of the hamza seat: «الشئون» / «الشؤون», «مسئول» / «مسؤول»
        offices = PhraseMatcher((v, t) for t, _ in titled for v in (t, t.replace("ؤ", "ئ")))
        bare.extend((m.start, m.end, (m.payload, ""), False)
                    for m in offices.find_all(text)
                    if m.start not in intros and not _after_deputy(text, m.start))
    starts = [p.start for p in persons]  # sorted: ``cands`` comes sorted by start
    listed = title_matcher().find_all(text)
    name_ends = {c.end for c in cands} | {m.end for m in listed}
    for m in listed:
        if _after_deputy(text, m.start):
            continue
        end, iso = _nationality_after(text, m.end)
        former = regex.match(r"\s+([\p{L}\p{M}]+)", text[end:])
        if former is not None and match_form(former.group(1)) in _FORMER:
            # «الرئيس المخلوع علي عبد الله صالح» … «الرئيس المخلوع»: a title of its own
            end, iso = end + former.end(), iso + "|former"
        k = bisect_left(starts, end)  # the first person starting at or after ``end``
        nxt = persons[k] if k < len(persons) else None
        if nxt is not None and _only_honorifics(text[end : nxt.start]):
            titled.setdefault((match_form(m.payload), iso), []).append(nxt)
            continue
        if _main_adjective(text, m, name_ends):
            continue  # «ومصدره الرئيس», «السبب الرئيس»: "main", no title
        other = _qualified_after(text, end)
        if other == "other":
            continue  # «مايك بيترز، الرئيس التنفيذي لـ…» is no president
        # a definite word after it may qualify the title («رئيس الوزراء الأسترالي» with
        # an adjective not listed): then it is read only as itself, never by the fallback
        loose = regex.match(r"\s+ال\p{L}", text[end:]) is None
        bare.append((m.start, end, (match_form(m.payload), iso or other or ""), loose))
    if not titled:
        return cands
    taken = SpanIndex((c.start, c.end) for c in cands)
    extra: list[Candidate] = []
    ends = sorted((p.end, n) for n, p in enumerate(persons) if p.source != "coref")
    for s, e, tkey, loose in sorted(bare, key=lambda b: (b[0], -b[1])):
        ref = _titled_before(titled, tkey, s, loose)
        k = bisect_left(ends, (s + 1, -1)) - 1  # the last name ending before the title
        if ref is not None and k >= 0 and regex.fullmatch(r"\s*[،,]?\s*", text[ends[k][0] : s]):
            ref = persons[ends[k][1]]  # «مارتن ديمبسي، الرئيس …» is in apposition to him
        if ref is not None and not taken.overlaps(s, e) and not (extra and s < extra[-1].end):
            extra.append(Candidate(s, e, "PERS", "coref", ref=ref))
    return sorted([*cands, *extra], key=lambda c: (c.start, -c.end))


_MAIN = match_form("الرئيس")
# Nouns that take «الرئيس» as the adjective "main" with a possessive pronoun («مصدره
# الرئيس», «هدفها الرئيس», «مقرها الرئيس»)
_MAIN_HEADS = frozenset(match_form(w) for w in (
    "مصدر سبب هدف مقر محور عامل دور مورد مدخل مكتب مركز محرك عائق موضوع ملف عنوان بند "
    "شاغل مطلب مسرح مقصد سوق منفذ مكون ركن ممول داعم راعي شريك منافس لاعب طريق "
    "شارع باب مخرج هم اهتمام مأخذ منبع مرجع سند").split())
_POSSESSIVES = ("هما", "هم", "ها", "كم", "نا", "ه")
# Definite words before «الرئيس» that leave it the president: honorifics («بالسيد
# الرئيس»), time adverbs («وصل اليوم الرئيس») and relatives
_NOT_QUALIFIED = _HONORIFICS | frozenset(match_form(w) for w in (
    "اليوم الليلة الآن الان أمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة "
    "السبت الذي التي الذين الى الا").split())


def _may_be_main(noun: str) -> bool:
    """Whether a definite noun may take the adjective «الرئيس»: masculine singular (no
    ة, no sound plural), no office holder («استقبل الوزير الرئيس») and none of
    :data:`_NOT_QUALIFIED`."""
    return noun not in _NOT_QUALIFIED and noun[2:] not in _OFFICE_HEADS and (
        noun not in _OFFICE_HEADS) and not noun.endswith(("ه", "ون", "ين", "ات"))


def _main_adjective(text: str, m: Match[str], name_ends: set[int]) -> bool:
    """Whether a bare «الرئيس» is the adjective "main" of the noun before it: a
    masculine singular definite noun («السبب الرئيس»; not a name, a title, an honorific,
    a plural or a feminine, with which it would not agree) or a noun of the "main X"
    class with a possessive pronoun («ومصدره الرئيس»). With a proclitic («للرئيس») it is
    never the adjective."""
    if m.prefix or match_form(m.text) != _MAIN:
        return False
    lo = max(0, m.start - 40)
    before = regex.search(r"(\p{L}+)\s+$", text[lo : m.start])
    if before is None or lo + before.end(1) in name_ends:
        return False
    word = match_form(before.group(1))
    noun = _definite_noun(word)
    if noun is not None:
        return _may_be_main(noun)
    for clitic in ("", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول"):
        for suffix in _POSSESSIVES:
            if word.startswith(clitic) and word.endswith(suffix) and (
                word[len(clitic) : -len(suffix)] in _MAIN_HEADS
            ):
                return True
    return False


def _fold(title: str) -> str:
    """The matching form of a title with ئ before a waw-seat spelling folded to ؤ."""
    return match_form(title).replace("ئ", "ؤ")


def _after_deputy(text: str, start: int) -> bool:
    """«نائب وزير الخارجية» is another office than the minister's («مستشار رئيس الوزراء»
    still names the prime minister)."""
    before = regex.search(r"(\S+)\s+$", text[max(0, start - 30) : start])
    return before is not None and match_form(before.group(1)) in _DEPUTIES


def _core_end(text: str, start: int, end: int, cands: Sequence[Candidate]) -> int:
    """The end of an office title before the first name inside it («مدير الشؤون الصحية
    بمحافظة الأحساء» → «مدير الشؤون الصحية»), at a word boundary."""
    inner = [c.start for c in cands if start < c.start < end]
    if not inner:
        return end
    cut = text.rfind(" ", start, min(inner))
    while cut > start:  # and before «بمحافظة», «في منطقة» that lead to the name
        last = match_form(text[text.rfind(" ", start, cut) + 1 : cut])
        if last not in _PLACE_HEADS and not (last[:1] in "بلوف" and last[1:] in _PLACE_HEADS):
            break
        cut = text.rfind(" ", start, cut)
    return len(text[:cut].rstrip()) if cut > start else start


# Generic nouns that lead to a place's name inside a title («بمحافظة الأحساء»)
_PLACE_HEADS = frozenset(match_form(w) for w in (
    "في محافظة منطقة مدينة بلدية قرية مركز حي إمارة ولاية").split())


def _listed_title(phrase: str) -> bool:
    """Whether an office title is a listed title, maybe with its country adjective
    («رئيس الوزراء العراقي»): that one is matched as the listed title."""
    ms = title_matcher().find_all(phrase)
    return bool(ms) and ms[0].start == 0 and _nationality_after(phrase, ms[0].end)[0] == len(phrase)


def _titled_before(titled: dict[tuple[str, str], list[Candidate]], tkey: tuple[str, str],
                   pos: int, loose: bool = True) -> Candidate | None:
    """The last person introduced with this title before ``pos``; a title without its
    country adjective refers to the one person introduced before with that title and an
    adjective (not to one of two: «رئيس الوزراء العراقي/التركي»)."""
    def last(key: tuple[str, str]) -> Candidate | None:
        before = [p for p in titled.get(key, ()) if p.start < pos]
        return before[-1] if before else None

    ref = last(tkey)
    if ref is not None or tkey[1] or not loose:
        return ref
    same = {id(p): p for key in titled if key[0] == tkey[0] and key[1]
            and not key[1].endswith("|former")
            if (p := last(key)) is not None}
    return next(iter(same.values())) if len(same) == 1 else None
