"""Cross-document actors: one canonical actor per real-world entity, with an alias table.

A document's entity (all mentions sharing ``Entity.entity``) is linked to a store-wide
actor by, in order:

1. its normalised canonical name as a known alias of an actor with the same label;
2. any of its normalised mention forms as a known alias (the actor seen most often wins),
   except that a person group with a full name («نوري المالكي») never links through a
   one-word form alone («المالكي») to an actor carrying only other full names («علي
   المالكي»: :func:`_names_conflict`; names ending in two generation words, «رفسنجاني
   الأب» / «رفسنجاني الابن», are other names however close their letters: session 13);
3. a person's bare family name and a full name ending with it (:func:`_surname_actor`):
   a bare name (every form one word of at least ``SURNAME_MIN_LEN`` letters, not a known
   given name) links to the person whose known full names end with it when exactly one
   actor carries such full names; a full name links to the actor known by its last word alone when that actor
   carries no other full name ending with that word (the actor then takes the full name);
   else to the one actor whose full names of the same given and family name are all this
   name with or without a father's name (:meth:`ActorLinker._longer_name_actor`: ماجد
   القصبي ↔ ماجد بن عبدالله القصبي); a last word after بن / أبو / آل / عبد … or a given
   name is no family name;
4. a close spelling variant of an actor name (rapidfuzz ratio ≥ ``FUZZY_CUTOFF``, names of
   at least ``FUZZY_MIN_LEN`` letters) with the same label; for people, the two must also
   spell one name (:func:`_variant_spelling`: صالح المطلك / صالح المطلق, not فهد الشمري /
   فهد العمري), and a one-word name only its own letters spaced apart (أبومجاهد / أبو
   مجاهد; session 10): one word with a letter more or less is another name as often as a
   spelling (مالكي «owners» / ماليكي an art collector / المالكي, دونيس a coach / ديونيس
   the god Dionysus), and a bare given name likewise («عباد الله» is not «عبد الله»); two
   listed given names a long vowel apart are two names, not two spellings («محمد» /
   «محمود»: :func:`_two_given_names`; session 11);

never across conflicting countries (both known and different). Otherwise a new actor is
created. The link keys and aliases of a group are its canonical name and its name
mentions: a title the entity stage resolved to the person (``source="coref"``: «الرئيس»,
«رئيس مجلس الوزراء», «الملك») or a listed title standing alone (gazetteer titles.txt) is
neither, whatever the label — a title names a different person in every country and
year, so as a key it joined whoever held it most often. Every other mention form becomes
an alias of the chosen actor, so "باراك أوباما"
seen once links a later bare "أوباما", and a bare "أوباما" seen first takes a later
"باراك أوباما". Two people sharing a family name stay apart: once an actor carries one
full name ("بشار الأسد"), another full name ("حافظ الأسد") is a new actor, and a bare name
is never linked by rule 3 while two actors carry full names ending with it (a bare name
already an alias still links by rule 1 to the actor it was linked to first).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from khabar.document import Document, Entity
from khabar.gazetteer.tables import read_lines
from khabar.text.normalize import match_form

FUZZY_CUTOFF = 90.0
FUZZY_MIN_LEN = 5
SURNAME_MIN_LEN = 4  # shorter one-word names (علي، نصر) are as often first names
PERSON_LABELS = ("PERS", "PER")
# a last word after these is a father's or ancestor's name, or the second half of a
# compound given name (سلمان بن عبدالعزيز، محمد بن سلمان، عبد الله), not a family name
_NOT_FAMILY_AFTER = frozenset({"بن", "ابن", "بنت", "ابو", "ام", "ال", "عبد"})
_GIVEN_NAMES = Path(__file__).resolve().parents[1] / "resources" / "ner"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Normalised given names (``FIRST`` of resources/ner/persons.tsv, ``FIRST_AMBIG`` of
    given_common.tsv): alone they name no one in particular (محمد، خالد، ناصر), so the
    family-name rule never takes them for a family name."""
    out = set()
    for name in ("persons.tsv", "given_common.tsv"):
        for line in (_GIVEN_NAMES / name).read_text(encoding="utf-8").splitlines():
            word, _, cls = line.partition("\t")
            if cls.strip() in ("FIRST", "FIRST_AMBIG") and not word.startswith("#"):
                out.add(norm_name(word))
    return frozenset(out)


def _family_name(full: str) -> str | None:
    """The family name a normalised multi-word person name ends with, if it has one."""
    words = full.split()
    if len(words) < 2 or words[-2] in _NOT_FAMILY_AFTER:
        return None
    last = words[-1]
    return last if len(last) >= SURNAME_MIN_LEN and last not in given_names() else None


def norm_name(name: str) -> str:
    """The matching key of a name: normalised letters, single spaces."""
    return " ".join(match_form(name).split())


@lru_cache(maxsize=1)
def title_forms() -> frozenset[str]:
    """Normalised office titles (gazetteer titles.txt: «الرئيس», «رئيس الوزراء», «الملك»)."""
    return frozenset(norm_name(t) for t in read_lines("titles.txt"))


def is_link_form(form: str, source: str | None) -> bool:
    """Whether a normalised mention form may key a cross-document link and be an alias:
    not a title resolved to its holder by coreference, not a listed title on its own."""
    return bool(form) and source != "coref" and form not in title_forms()


def _words_inside(a: str, b: str) -> bool:
    """Whether one name's words all stand in the other, in order (باراك أوباما ⊂ باراك حسين
    أوباما)."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    it = iter(long_)
    return all(w in it for w in short)


# words after a name that tell two men of one name apart: father and son, elder and younger,
# the first and the second («بوش الأب» / «بوش الابن», «رفسنجاني الأب» / «رفسنجاني الابن»)
GENERATIONS = frozenset(norm_name(w) for w in (
    "الأب", "الابن", "الإبن", "الجد", "الحفيد", "الأكبر", "الأصغر", "الكبير", "الصغير",
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "جونيور", "سينيور"))


def _other_generation(a: str, b: str) -> bool:
    """Whether two names end in two different generation words (:data:`GENERATIONS`): a
    letter apart («الأب» / «الابن») or not, they name two people (session 13)."""
    x, y = a.rsplit(" ", 1)[-1], b.rsplit(" ", 1)[-1]
    return x != y and x in GENERATIONS and y in GENERATIONS


def _same_person_names(a: str, b: str) -> bool:
    """Whether two normalised full names can be one person's: the same letters apart
    from spaces (عبد الفتاح / عبدالفتاح), one's words inside the other's in order
    (باراك أوباما ⊂ باراك حسين أوباما), or a close spelling variant — never two names
    ending in two generation words («رفسنجاني الأب» / «رفسنجاني الابن»: a ratio of 96)."""
    if _other_generation(a, b):
        return False
    if a.replace(" ", "") == b.replace(" ", "") or _words_inside(a, b):
        return True
    return fuzz.ratio(a, b) >= FUZZY_CUTOFF


# letters transliteration and spelling vary on (long vowels, hamza seats, ق/ك/غ/ج for g,
# ت/ط, ه/ة): a person name's skeleton without them
_VARIANT_LETTERS = str.maketrans({"ك": "ق", "غ": "ق", "ج": "ق", "ط": "ت", "ة": "ه",
                                  **{c: None for c in "اويىءئؤأإآ"}})


def _skeleton(name: str) -> str:
    # the article also inside a compound (عبدالعزيز), written joined or apart
    words = "".join(w for w in name.split() if w not in ("بن", "ابن")).replace("ال", "")
    letters = words.translate(_VARIANT_LETTERS)
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


def _variant_spelling(a: str, b: str) -> bool:
    """Whether two normalised person names can be spellings of one name: the same
    skeleton once spaces, بن, a word's article, long vowels, hamza seats and doubled
    letters are dropped and the letters foreign sounds are written with are folded (صالح
    المطلك / المطلق, عبد العزيز / عبدالعزيز, خالد بن عبدالله / خالد عبدالله; not الشمري /
    العمري, not الربيعة / الربيعان)."""
    return _skeleton(a) == _skeleton(b) and not _two_given_names(a, b)


# the consonants a foreign sound is written with (g: ك/غ/ج/ق, t: ط/ت), without the long
# vowels the skeleton also drops
_CONSONANT_LETTERS = str.maketrans({"ك": "ق", "غ": "ق", "ج": "ق", "ط": "ت", "ة": "ه"})


def _two_given_names(a: str, b: str) -> bool:
    """Whether two names of as many words (بن aside) hold two different listed given
    names in one place that differ by more than the letter of a foreign sound or a final
    vowel (:func:`_stem`): «محمد» / «محمود», «سعيد» / «سعد», «حامد» / «حمود» share a
    skeleton but are other names, not other spellings («محمد إسماعيل» is not «محمود
    إسماعيل»); «سيرغي» / «سيرجي» and «فيليبي» / «فيليب» are one."""
    wa = [w for w in a.split() if w not in ("بن", "ابن")]
    wb = [w for w in b.split() if w not in ("بن", "ابن")]
    names = given_names()
    return len(wa) == len(wb) and any(
        x != y and x in names and y in names and _stem(x) != _stem(y)
        for x, y in zip(wa, wb, strict=True))


def _stem(name: str) -> str:
    """A given name without the article, with the consonants of foreign sounds folded and
    a final vowel letter dropped («فيليبي» / «فيليب», «سيرغي» / «سيرجي», «صالح» / «الصالح»:
    one name): what is left tells two names apart by a long vowel inside («محمد» /
    «محمود»)."""
    folded = name.removeprefix("ال").translate(_CONSONANT_LETTERS)
    return folded[:-1] if len(folded) > 3 and folded[-1] in "اويه" else folded


def _native_difference(a: str, b: str) -> bool:
    """Whether two spellings of a person name differ in an Arabic word — one with the
    article or a listed given name («المطوع» / «المطيويع») — or in their number of words,
    rather than only in words that look foreign («شين» / «شاين»), in spacing or in a
    word's article («السقطي» / «سقطي»)."""
    wa = [w for w in a.split() if w not in ("بن", "ابن")]
    wb = [w for w in b.split() if w not in ("بن", "ابن")]
    if "".join(wa) == "".join(wb):
        return False  # one name spaced two ways («حمدالعبدان», «دا سيلفا» / «داسيلفا»)
    if len(wa) != len(wb):
        return True
    names = given_names()
    return any(x.removeprefix("ال") != y.removeprefix("ال")  # «السقطي» / «سقطي»: one name
               and (x.startswith("ال") or y.startswith("ال") or x in names or y in names)
               for x, y in zip(wa, wb, strict=True))


def _names_conflict(full: list[str], theirs: list[str]) -> bool:
    """Whether an actor known by the full names ``theirs`` is someone else than a person
    named ``full`` (each non-empty): no pair of the two can be one person's name."""
    return bool(full) and bool(theirs) and not any(
        _same_person_names(a, b) for a in full for b in theirs)


@dataclass
class _Group:
    entity: str
    label: str
    canonical: str
    kind: str | None
    country: str | None
    lat: float | None
    lon: float | None
    forms: list[str]


def _groups(doc: Document) -> list[_Group]:
    by_id: dict[str, list[Entity]] = {}
    for e in doc.entities:
        by_id.setdefault(e.entity or e.id, []).append(e)
    out = []
    for key, all_mentions in by_id.items():
        first = all_mentions[0]
        # titles resolved to the person (coref) and bare listed titles are no names
        mentions = [m for m in all_mentions if is_link_form(norm_name(m.text), m.source)]
        canonical = first.canonical or first.text
        if not is_link_form(norm_name(canonical), None):
            canonical = mentions[0].text if mentions else ""
        country = next((m.country for m in all_mentions if m.country), None)
        lat = next((m.lat for m in all_mentions if m.lat is not None), None)
        lon = next((m.lon for m in all_mentions if m.lon is not None), None)
        forms = list(dict.fromkeys(
            f for f in [norm_name(canonical)] + [norm_name(m.text) for m in mentions] if f
        ))
        out.append(_Group(key, first.label, canonical, first.kind, country, lat, lon, forms))
    return out


class ActorLinker:
    """Links document entities to store actors (keeps a per-process name cache)."""

    def __init__(self) -> None:
        self._names: dict[str, dict[str, int]] | None = None  # label -> norm -> actor id
        # label -> last word -> actors with a multi-word alias ending in that word
        self._surnames: dict[str, dict[str, set[int]]] | None = None

    def _load(self, conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
        if self._names is None:
            names: dict[str, dict[str, int]] = {}
            for actor_id, norm, label in conn.execute("SELECT id, norm, label FROM actors"):
                names.setdefault(label, {}).setdefault(norm, actor_id)
            self._names = names
        return self._names

    def _surname_index(self, conn: sqlite3.Connection) -> dict[str, dict[str, set[int]]]:
        if self._surnames is None:
            index: dict[str, dict[str, set[int]]] = {}
            for alias, label, actor_id in conn.execute(
                "SELECT alias, label, actor_id FROM actor_aliases WHERE alias LIKE '% %'"
            ):
                if (family := _family_name(alias)) is not None:
                    index.setdefault(label, {}).setdefault(family, set()).add(actor_id)
            self._surnames = index
        return self._surnames

    def reset(self) -> None:
        """Forget the cache (after a rollback or an outside change)."""
        self._names = None
        self._surnames = None

    def link(self, conn: sqlite3.Connection, doc: Document) -> dict[str, int]:
        """Link ``doc``'s entities; returns document entity id → actor id. In a transaction."""
        names = self._load(conn)
        surnames = self._surname_index(conn)
        out: dict[str, int] = {}
        groups = [g for g in _groups(doc) if g.forms]
        # the actors later groups will take by a name they carry (rules 1-3), as the article
        # finds the store: the spelling rule's same-article guard must see them too, or it
        # held only when the other spelling's group came first (session 14: the typo «ماجد
        # بن فهد السبيبعي» joined «ماجد فهد السبيعي»'s actor in ingest order, not in the
        # rebuild's, which met the typo's article first)
        ahead = [self._named(conn, g) for g in groups]
        for i, g in enumerate(groups):
            later = {a for a in ahead[i + 1:] if a is not None}
            actor_id = self._resolve(conn, g, names, set(out.values()) | later)
            if actor_id is None:
                cur = conn.execute(
                    "INSERT INTO actors (name, norm, label, kind, country, lat, lon, first_seen)"
                    " VALUES (?,?,?,?,?,?,?,?)",
                    (g.canonical, g.forms[0], g.label, g.kind, g.country, g.lat, g.lon,
                     doc.published),
                )
                actor_id = int(cur.lastrowid)
                names.setdefault(g.label, {}).setdefault(g.forms[0], actor_id)
            elif g.country:
                conn.execute(
                    "UPDATE actors SET country = ?, lat = coalesce(lat, ?), lon = coalesce(lon, ?)"
                    " WHERE id = ? AND country IS NULL", (g.country, g.lat, g.lon, actor_id),
                )
            conn.executemany(
                "INSERT INTO actor_aliases (alias, label, actor_id, n) VALUES (?,?,?,1)"
                " ON CONFLICT (alias, label, actor_id) DO UPDATE SET n = n + 1",
                [(f, g.label, actor_id) for f in g.forms],
            )
            for f in g.forms:
                if (family := _family_name(f)) is not None:
                    surnames.setdefault(g.label, {}).setdefault(family, set()).add(actor_id)
            out[g.entity] = actor_id
        return out

    @staticmethod
    def _compatible(conn: sqlite3.Connection, g: _Group, actor_id: int) -> bool:
        if not g.country:
            return True
        row = conn.execute("SELECT country FROM actors WHERE id = ?", (actor_id,)).fetchone()
        return row is None or row[0] is None or row[0] == g.country

    def _by_name(self, conn: sqlite3.Connection, g: _Group) -> int | None:
        """Rules 1 and 2: the actor whose known alias is the group's canonical name, else
        one of its mention forms (no write)."""
        # a person's full names: a one-word form alone does not join them to an actor
        # that carries only other full names (نوري المالكي is not علي المالكي)
        full = [f for f in g.forms if " " in f] if g.label in PERSON_LABELS else []

        def other_person(actor_id: int, via_full_name: bool) -> bool:
            if via_full_name or not full:
                return False
            theirs = [r[0] for r in conn.execute(
                "SELECT alias FROM actor_aliases WHERE actor_id = ? AND label = ?"
                " AND alias LIKE '% %'", (actor_id, g.label))]
            return _names_conflict(full, theirs)

        for forms in ([g.forms[0]], g.forms[1:]):
            if not forms:
                continue
            marks = ",".join("?" * len(forms))
            rows = conn.execute(
                "SELECT actor_id, sum(n) AS n, max(alias LIKE '% %') FROM actor_aliases"
                f" WHERE label = ? AND alias IN ({marks})"
                " GROUP BY actor_id ORDER BY n DESC, actor_id",
                (g.label, *forms),
            ).fetchall()
            for actor_id, _, via_full_name in rows:
                if (self._compatible(conn, g, actor_id)
                        and not other_person(actor_id, bool(via_full_name))):
                    return int(actor_id)
        return None

    def _named(self, conn: sqlite3.Connection, g: _Group) -> int | None:
        """The actor rules 1-3 give the group — a name it carries, its family name — as the
        store stands (no write): what the spelling rule's same-article guard must avoid."""
        if (actor_id := self._by_name(conn, g)) is not None:
            return actor_id
        actor_id = self._surname_actor(conn, g)
        return actor_id if actor_id is not None and self._compatible(conn, g, actor_id) else None

    def _resolve(
        self, conn: sqlite3.Connection, g: _Group, names: dict[str, dict[str, int]],
        taken: set[int] | None = None,
    ) -> int | None:
        def compatible(actor_id: int) -> bool:
            return self._compatible(conn, g, actor_id)

        # 1. canonical name, then 2. any mention form, as a known alias.
        if (actor_id := self._by_name(conn, g)) is not None:
            return actor_id
        # 3. a bare family name and the one full name carrying it.
        actor_id = self._surname_actor(conn, g)
        if actor_id is not None and compatible(actor_id):
            if " " in g.forms[0]:
                conn.execute("UPDATE actors SET name = ?, norm = ? WHERE id = ? AND norm NOT LIKE '% %'",
                             (g.canonical, g.forms[0], actor_id))
                names.setdefault(g.label, {}).setdefault(g.forms[0], actor_id)
            return actor_id
        # 4. a close spelling variant of a known actor name (a person's full name) — not of
        # an actor another group of this document went to when the two differ in an Arabic
        # word: one article writing two spellings of a native name names two people («فهد
        # المطيويع» presents, «فهد المطوع» is his guest), and which of them came first
        # decided whether the two met (session 12); a foreign name's two transliterations
        # in one digest («شين لونغ» / «شاين لونغ») still meet
        key = g.forms[0]
        taken = (taken or set()) if g.label in PERSON_LABELS else set()
        pool = names.get(g.label) or {}
        one_word_person = g.label in PERSON_LABELS and " " not in key
        given_key = key.replace(" ", "") in given_names() and len(key.split()) <= 2

        def fits(hit: str) -> bool:
            if g.label not in PERSON_LABELS:
                return True
            # only its own letters spaced apart (أبومجاهد / أبو مجاهد): a one-word name, or a
            # bare given name on either side («عباد الله» is no spelling of «عبد الله»)
            if one_word_person or given_key or hit.replace(" ", "") in given_names():
                return hit.replace(" ", "") == key.replace(" ", "")
            # the best hit that is not another family name (الشمري ≠ العمري)
            return _variant_spelling(key, hit) or _words_inside(key, hit)

        if len(key.replace(" ", "")) >= FUZZY_MIN_LEN and pool:
            hits = process.extract(key, pool.keys(), scorer=fuzz.ratio,
                                   score_cutoff=FUZZY_CUTOFF, limit=5)
            name = next((h[0] for h in hits if fits(h[0]) and not (
                pool[h[0]] in taken and _native_difference(key, h[0]))), None)
            if name is not None and compatible(pool[name]):
                return pool[name]
        return None


    def _surname_actor(self, conn: sqlite3.Connection, g: _Group) -> int | None:
        """Rule 3: the one actor a person's bare family name or full name belongs to, if any."""
        if g.label not in PERSON_LABELS:
            return None
        carriers = self._surname_index(conn).get(g.label, {})
        key = g.forms[0]
        if all(" " not in f for f in g.forms):  # a bare name: the one actor of full names ending with it
            if len(key) < SURNAME_MIN_LEN or key in given_names():
                return None
            found = carriers.get(key, set())
            return next(iter(found)) if len(found) == 1 else None
        last = _family_name(key)
        if last is None:
            return None
        bare_actors = [int(r[0]) for r in conn.execute(
            "SELECT actor_id FROM actor_aliases WHERE alias = ? AND label = ?", (last, g.label))]
        # An actor already carrying a full name ending with ``last`` is someone else
        # (بشار الأسد, not حافظ الأسد).
        free = [a for a in bare_actors if a not in carriers.get(last, set())]
        if len(free) == 1 and len(bare_actors) == 1:
            return free[0]
        return self._longer_name_actor(conn, g, key, last, carriers.get(last, set()))

    @staticmethod
    def _longer_name_actor(conn: sqlite3.Connection, g: _Group, key: str, last: str,
                           holders: set[int]) -> int | None:
        """Rule 3b: the one actor whose full names of the same given and family name are all
        this name with or without a father's name (ماجد القصبي ↔ ماجد بن عبدالله القصبي);
        an actor carrying another one (عبدالله بن درويش الحارثي for عبدالله سعيد الحارثي) is
        someone else, and two such actors leave it unlinked."""
        first = key.split()[0]
        found = []
        for actor_id in sorted(holders):
            same = [r[0] for r in conn.execute(
                "SELECT alias FROM actor_aliases WHERE actor_id = ? AND label = ?"
                " AND alias LIKE ? AND alias LIKE ?",
                (actor_id, g.label, f"{first} %", f"% {last}")) if r[0] != key]
            if same and all(_words_inside(key, n) or _variant_spelling(key, n) for n in same):
                found.append(actor_id)
        return found[0] if len(found) == 1 else None
