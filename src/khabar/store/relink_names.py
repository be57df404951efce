"""Store-wide person-name rules besides the family name: fathers' names, bare given names,
foreign transliterations — decided on the whole store, so ingest order does not matter.

:class:`khabar.corpus.actors.ActorLinker` applies its rules one document at a time, so a
link can depend on which names were stored first. :func:`relink_names` (run by
:func:`khabar.store.relink.relink` before the family-name rule, per person label) puts:

1. **fathers' names**: a name «G F» (given name, possibly compound «عبد ربه», and family
   name) and the longer names «G … F» with a father's (and grandfather's) name in between:
   when every longer name in the store can be one person's («ماجد بن عبدالله القصبي»,
   «ماجد عبدالله القصبي»: one's words inside the other's once بن is dropped, or one
   skeleton), the «G F» groups and the groups of those longer names are one actor; when
   the longer names are two people («جون كوينسي آدمز», «جون فلان آدمز»), the «G F»
   groups are one actor apart from both — whatever came first;
2. **bare given names** apart: an entity group named only by given names («محمد»,
   «عبد الله»: ``given_names()``, one word or a compound) names no one in particular, so
   it goes to the one person its own article names with it (first word, or family name:
   «عباس» with «محمود عباس»), goes to the person whose entity groups call him by it as
   a family name («صالح» with «علي عبد الله صالح»: most of the store's such groups, two at
   least — session 11; before, it stayed with such a person wherever the linker had put
   it), else joins the one actor of that bare given name, which holds no named person (as
   the bare family names of :mod:`khabar.store.relink`); a one-word name of fewer than
   four letters counts as a given name («علي», «عمر», «عون»);
3. **foreign transliterations**: two person actors whose full names differ only in the
   letters a foreign sound is written with — ج/خ (Spanish j: خوردي / جوردي), نه/ني and
   له/لي before a vowel (Portuguese nh, lh: مورينهو / مورينيو), ز/س (بلازيو / بلاسيو), د/ت
   (Turkish: دمرداش / دمرتاش), تش/ش (تشيك / شيك), on top of the linker's skeleton (long
   vowels, hamza seats, ك/غ/ج/ق, ط/ت, ة/ه) — are one actor. Only in words that look
   foreign: at least four letters, no article, not a listed given name, so native names
   (خليل / جليل, الخالدي / الجالدي) keep every letter; the two names share a word.

Session 9: before these, :mod:`khabar.store.relink_chains` joins nasab chains without a
family name («محمد بن سلمان» / «… بن عبدالعزيز آل سعود») and family names that are given
names («أختر منصور» / «أختر محمد منصور»); the fathers' rule takes longer names a letter
apart in a father's name for one person («مالح» / «مالحة») and splits longer names of two
people that one actor holds only because the linker chained them through the short name
(«سعيد بن سعد العمري» / «سعيد العمري» / «سعيد بن محمد العمري»); a bare given name after a
title goes to the one person the store gives that title and name
(:mod:`khabar.store.relink_titles`: «الملك سلمان»); and one name spaced two ways («علي عبد
الله صالح» / «علي عبدالله صالح») is one actor with the transliterations.

Never across conflicting countries. A second run changes nothing.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from rapidfuzz import fuzz

from khabar.corpus.actors import (
    _NOT_FAMILY_AFTER,
    SURNAME_MIN_LEN,
    _family_name,
    _skeleton,
    _variant_spelling,
    _words_inside,
    given_names,
    norm_name,
)
from khabar.store.actor_ops import (
    GroupKey,
    country_compatible,
    country_of,
    groups_of,
    heaviest,
    move_with_aliases,
    new_actor,
    settle,
)
from khabar.store.relink_chains import family_added, gather_short, given_family, nasab
from khabar.store.relink_mononyms import mononyms
from khabar.store.relink_offices import one_office
from khabar.store.relink_spacing import spaced_in_article
from khabar.store.relink_titles import (
    TITLES,
    split_title_classes,
    titled_holders,
    titled_mentions,
)

_COMPOUND = frozenset({"عبد", "ابو", "ام"})  # the first half of a compound given name
FOREIGN_MIN_LEN = 4
FAMILY_MIN_EVIDENCE = 2  # groups calling one person by the full name and the bare one
TRANSLIT_MIN_RATIO = 80.0


def _is_given(form: str) -> bool:
    """A bare given name, one word or a compound written apart («عبد الله»)."""
    return form.replace(" ", "") in given_names() and len(form.split()) <= 2


def _is_bare(form: str) -> bool:
    """A name that names no one in particular alone: a given name (:func:`_is_given`), or
    one word shorter than a family name may be (``SURNAME_MIN_LEN``: «علي», «عمر», «حسن»,
    «عون») — the NER lists leave the given names that are common words out («عمر» is
    also «age»), and no family-name rule takes a word that short, so without this such
    a bare group stayed wherever the order of ingest had put it."""
    return _is_given(form) or (" " not in form and len(form) < SURNAME_MIN_LEN)


def _parts(name: str) -> tuple[str, tuple[str, ...], str] | None:
    """(given name, middle words, family name) of a normalised person name with a family
    name; a compound given name («عبد ربه», «عبدربه») keys as one word."""
    family = _family_name(name)
    if family is None:
        return None
    words = name.split()
    given, rest = (words[0] + words[1], words[2:]) if (
        words[0] in _COMPOUND and len(words) > 2) else (words[0], words[1:])
    if not rest or rest[-1] != family:
        return None
    return given, tuple(rest[:-1]), family


def _drop_bin(name: str) -> str:
    return " ".join(w for w in name.split() if w not in ("بن", "ابن"))


def _one_letter_more(x: str, y: str) -> bool:
    """Whether one word is the other with one letter more (مالح / مالحه, لرحمن / الرحمن)."""
    short, long_ = sorted((x, y), key=len)
    if len(long_) != len(short) + 1 or len(short) < 3:
        return False
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _father_letter(a: str, b: str) -> bool:
    """Whether two names differ only by one letter left out or added in a father's or
    grandfather's name («حامد بن مالح الشمري» / «حامد بن مالحة الشمري», «بدر عبد الرحمن
    السمحان» / «بدر عبد لرحمن السمحان»): a slip of the pen, not another father — a nasab
    names men, so a feminine ة there is the man's name misspelt. A letter written in the
    place of another («صالح» / «مالح») is another name."""
    wa, wb = _drop_bin(a).split(), _drop_bin(b).split()
    if len(wa) != len(wb) or len(wa) < 3 or wa == wb:
        return False
    for i, (x, y) in enumerate(zip(wa, wb, strict=True)):
        if _skeleton(x) == _skeleton(y):
            continue
        if not 0 < i < len(wa) - 1 or not _one_letter_more(x, y):
            return False
    return True


def _one_name(a: str, b: str) -> bool:
    """Whether two longer names can be one person's: one's words inside the other's once
    بن is dropped («حسام بن مأمون زواوي» ⊂ «حسام مأمون عباس زواوي»), one skeleton, or a
    father's name with a letter more or less (:func:`_father_letter`)."""
    return (_words_inside(_drop_bin(a), _drop_bin(b)) or _variant_spelling(a, b)
            or _father_letter(a, b))


class _Pass:
    """One label's store-wide moves, with the bookkeeping they share."""

    def __init__(self, conn: sqlite3.Connection, label: str) -> None:
        self.conn = conn
        self.label = label
        self.moved = 0
        self.merged: dict[int, int] = {}
        self.left: dict[int, int] = {}  # actor that lost groups → an actor they went to

    def move(self, key: GroupKey, g: dict, dst: int) -> None:
        move_with_aliases(self.conn, self.label, key, g["forms"], dst)
        self.left.setdefault(key[2], dst)
        self.moved += 1

    def gather(self, groups: dict[GroupKey, dict], keys: Iterable[GroupKey], target: int, *,
               check_country: bool = True) -> None:
        """Move the groups ``keys`` (of ``groups``) that are not at ``target`` there, in key
        order; with ``check_country``, not a group whose country conflicts with the
        target's (a rule that checked the actors' countries itself passes False)."""
        for key in sorted(set(keys)):
            if key[2] != target and (not check_country or country_compatible(
                    self.conn, target, groups[key]["country"])):
                self.move(key, groups[key], target)

    def to_heaviest(self, groups: dict[GroupKey, dict], keys: Iterable[GroupKey], *,
                    weigh: Iterable[GroupKey] | None = None,
                    check_country: bool = True) -> int | None:
        """Move the groups ``keys`` to the actor holding most mentions of the groups
        ``weigh`` (``keys`` when None; :func:`khabar.store.actor_ops.heaviest`) and return
        it — the one loop of every rule that puts one person's groups together (the
        fathers', nasab, given-name-as-family, transliteration and office rules; they differ
        in which groups weigh and whether each group's country is checked). None, and no
        move, when no group weighs."""
        keys = list(keys)
        target = heaviest(groups, keys if weigh is None else weigh)
        if target is not None:
            self.gather(groups, keys, target, check_country=check_country)
        return target

    def settle(self) -> None:
        for src, dst in sorted(self.left.items()):
            if settle(self.conn, src, dst):
                self.merged[src] = dst
        self.left.clear()

    def holders(self, names: set[str]) -> list[int]:
        """The actors holding any of ``names`` as an alias."""
        ordered = sorted(names)
        found: set[int] = set()
        for start in range(0, len(ordered), 500):
            chunk = ordered[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(int(r[0]) for r in self.conn.execute(
                f"SELECT actor_id FROM actor_aliases WHERE label = ? AND alias IN ({marks})",
                (self.label, *chunk)))
        return sorted(found)


def _holds_name(form: str, name: str) -> bool:
    """Whether a full name (not a bare given name) starts with the given name ``name`` or
    ends with it as a family name («عباس» in «محمود عباس»; not a father's name in the
    middle, «محمد» in «منيرة محمد العليان», nor after بن, «عمر بن عبدالعزيز»)."""
    words = form.split()
    if len(words) < 2 or _is_given(form):
        return False
    key = name.replace(" ", "")
    first = words[0] + words[1] if words[0] in _COMPOUND and len(words) > 2 else words[0]
    return key == first or (key == words[-1] and _family_position(words))


def _family_position(words: list[str]) -> bool:
    """Whether the last word of a name stands where a family name stands: not after بن, أبو
    …, nor right after a title — «الملك عبدالعزيز», «شارعي الملك عبدالعزيز» (an NER span
    of a street) end with a title and a given name, not a given and a family name."""
    return words[-2] not in _NOT_FAMILY_AFTER and words[-2] not in TITLES


def _named_in_article(conn: sqlite3.Connection, label: str, article_id: int,
                      name: str) -> set[int]:
    """The actors of the article's groups with a full name that holds ``name``."""
    found: set[int] = set()
    for text, canon, actor_id in conn.execute(
            "SELECT text, canonical_norm, actor_id FROM entities WHERE article_id = ?"
            " AND label = ? AND actor_id IS NOT NULL AND source IS NOT 'coref'",
            (article_id, label)):
        if any(_holds_name(f, name) for f in (norm_name(text), canon or "")):
            found.add(int(actor_id))
    return found


def _family_in(form: str, name: str) -> bool:
    """Whether a full name ends with ``name`` (written joined) where a family name stands
    («صالح» of «علي عبد الله صالح», «عبدالرحمن» of «حسبو محمد عبد الرحمن»)."""
    words = form.split()
    if len(words) < 2 or _is_given(form):
        return False
    if words[-1] == name:
        return _family_position(words)
    return (len(words) >= 3 and words[-2] in _COMPOUND and words[-2] + words[-1] == name
            and _family_position(words[:-1]))


def _bare_given(p: _Pass) -> None:
    """Rule 1: a bare given-name group goes to the one named person of its own article
    whose full name holds that name («عباس» with «محمود عباس»), else to the one person
    whose entity groups call him both ways with the name as family name («علي عبد الله
    صالح … صالح»: in-document evidence in at least two groups, most of them his), else to
    the actor of that bare given name, apart from every named person — whatever actor the
    linker had put it in."""
    names = {r[0] for r in p.conn.execute(
        "SELECT DISTINCT alias FROM actor_aliases WHERE label = ?", (p.label,)) if _is_bare(r[0])}
    if not names:
        return
    holders = p.holders(names)
    groups = groups_of(p.conn, p.label, holders)
    by_actor: dict[int, list[GroupKey]] = defaultdict(list)
    for key in groups:
        by_actor[key[2]].append(key)

    def bare(key: GroupKey) -> bool:
        return bool(groups[key]["forms"]) and all(_is_bare(f) for f in groups[key]["forms"])

    def named(actor_id: int) -> bool:
        return any(not bare(k) and groups[k]["forms"] for k in by_actor[actor_id])

    # given name → the actor of its bare groups: the one holding most of them among the
    # actors of no named person
    count: dict[tuple[str, int], int] = defaultdict(int)
    for key, g in groups.items():
        if bare(key) and not named(key[2]):
            count[(_given_key(g["forms"]), key[2])] += 1
    homes: dict[str, int] = {}
    for (name, actor_id), _n in sorted(count.items(), key=lambda x: (-x[1], x[0])):
        homes.setdefault(name, actor_id)
    # the person whose groups call him by a full name and the bare name as its family
    # name («علي عبد الله صالح … صالح»): at least FAMILY_MIN_EVIDENCE such groups, more
    # than all the other people's together (his nephew «طارق محمد عبدالله صالح» is one)
    evidence: dict[str, Counter[int]] = defaultdict(Counter)
    for key, g in groups.items():
        for f in g["forms"]:
            if _is_bare(f) and any(_family_in(h, f.replace(" ", "")) for h in g["forms"]):
                evidence[f.replace(" ", "")][key[2]] += 1
    family: dict[str, int] = {}
    for name, by in evidence.items():
        (top, n), = by.most_common(1)
        if n >= FAMILY_MIN_EVIDENCE and 2 * n > sum(by.values()):
            family[name] = top
    # a title right before the bare name («الملك سلمان») and the one person it names
    titled = titled_mentions(p.conn, p.label)
    holder = titled_holders(titled, _is_given)
    titles: dict[tuple[int, str], set[str]] = defaultdict(set)
    for article_id, entity, _, _, title in titled:
        titles[(article_id, entity)].add(title)
    # the same title in a group that also calls the person by a full name ending with the
    # bare name («الملا محمد عمر … الملا عمر»): (title, name) → the one such person, when
    # only one is — one group is enough, the title narrowing the name (session 12)
    titled_family: dict[tuple[str, str], set[int]] = defaultdict(set)
    for key, g in groups.items():
        for f in g["forms"]:
            name = f.replace(" ", "")
            if _is_bare(f) and any(_family_in(h, name) for h in g["forms"]):
                for t in titles.get(key[:2], ()):
                    titled_family[(t, name)].add(key[2])
    for key in sorted(groups):
        g = groups[key]
        if not bare(key):
            continue
        name = _given_key(g["forms"])
        here = _named_in_article(p.conn, p.label, key[0], name) - set(homes.values())
        by_title = {a for t in titles.get(key[:2], ()) if (a := holder.get((t, name)))}
        if not by_title:
            by_title = {a for t in titles.get(key[:2], ())
                        if len(found := titled_family.get((t, name), ())) == 1 for a in found}
        if len(here) == 1:
            dst = here.pop()
        elif len(by_title) == 1 and not here:
            dst = by_title.pop()
        elif name in family and not here:
            dst = family[name]  # «صالح» with «علي عبد الله صالح»: a family name too
        elif name in homes:
            dst = homes[name]
        else:
            dst = homes[name] = new_actor(p.conn, g["text"] or name, name, p.label,
                                          g["published"])
        if dst != key[2] and country_compatible(p.conn, dst, g["country"]):
            p.move(key, g, dst)
    p.settle()


def _given_key(forms: set[str]) -> str:
    """The one given name a bare group is known by (the first in order, written joined)."""
    return min(f.replace(" ", "") for f in forms)


def _fathers(p: _Pass) -> None:
    """Rule 2: «G F» with the one person of the longer «G … F» names, or apart."""
    short: dict[tuple[str, str], set[str]] = defaultdict(set)  # (given, family) → names
    longer: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (alias,) in p.conn.execute(
            "SELECT DISTINCT alias FROM actor_aliases WHERE label = ? AND alias LIKE '% %'",
            (p.label,)):
        if (parts := _parts(alias)) is not None:
            given, middle, family = parts
            (longer if middle else short)[(given, family)].add(alias)
    for gf in sorted(set(short) & set(longer)):
        names = short[gf] | longer[gf]
        groups = groups_of(p.conn, p.label, p.holders(names))

        def full(key: GroupKey, gf: tuple[str, str] = gf,
                 groups: dict[GroupKey, dict] = groups) -> set[str]:
            return {f for f in groups[key]["forms"] if " " in f and not _is_given(f)
                    and (parts := _parts(f)) is not None and parts[::2] == gf}

        short_keys = [k for k in groups if full(k) and full(k) <= short[gf]
                      and all(f in short[gf] or " " not in f for f in groups[k]["forms"])]
        long_keys = [k for k in groups if full(k) & longer[gf]]
        long_names = sorted({f for k in long_keys for f in full(k) & longer[gf]})
        if not short_keys or not long_names:
            continue
        # one person per class of longer names that one spelling or one entity group
        # joins (one actor holding two of them is no evidence: the linker may have
        # chained «سعيد بن سعد العمري» and «سعيد بن محمد العمري» through «سعيد العمري»)
        classes = _name_classes(long_names, [full(k) & longer[gf] for k in long_keys])
        if len(classes) == 1:  # the short name and the longer ones, wherever they went
            own = [k for k in long_keys if all(
                f in names or " " not in f for f in groups[k]["forms"])]
            p.to_heaviest(groups, [*short_keys, *own], weigh=long_keys)
            continue
        # two people carry longer names: each its own actor, and the short name is
        # neither («جون آدمز» is not «جون كوينسي آدمز» more than «جون فلان آدمز»): one
        # actor of its own
        _one_actor_per_class(p, groups, classes, long_keys, full, short[gf])
        groups.clear()  # read again after the moves (``full`` reads ``groups``)
        groups.update(groups_of(p.conn, p.label, p.holders(names)))
        short_keys = [k for k in groups if full(k) and full(k) <= short[gf]
                      and all(f in short[gf] or " " not in f for f in groups[k]["forms"])]
        taken = {k[2] for k in groups if full(k) & longer[gf]}  # the longer names' actors
        gather_short(p, groups, short_keys, taken, lambda key: min(full(key)))
    p.settle()


def _name_classes(names: list[str], held: list[set[str]]) -> list[set[str]]:
    """The longer names split into people: two names are one person's when they can be
    one name (:func:`_one_name`) or one entity group holds both (``held``)."""
    parent = {n: n for n in names}

    def find(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if _one_name(a, b):
                union(a, b)
    for forms in held:
        ordered = sorted(forms)
        for b in ordered[1:]:
            union(ordered[0], b)
    out: dict[str, set[str]] = defaultdict(set)
    for n in names:
        out[find(n)].add(n)
    return [out[r] for r in sorted(out)]


def _written(conn: sqlite3.Connection, keys: list[GroupKey], name: str) -> str:
    """The normalised ``name`` as a mention of the groups ``keys`` writes it (else itself)."""
    for article_id, entity, _ in keys:
        for (text,) in conn.execute(
                "SELECT text FROM entities WHERE article_id = ?"
                " AND coalesce(nullif(entity, ''), id) = ? ORDER BY start", (article_id, entity)):
            if norm_name(text) == name:
                return text
    return name


def _one_actor_per_class(p: _Pass, groups: dict[GroupKey, dict], classes: list[set[str]],
                         long_keys: list[GroupKey],
                         full: Callable[[GroupKey], set[str]],
                         short: set[str] | frozenset[str] = frozenset()) -> None:
    """Each class of longer names (one person) in an actor of its own: the heaviest
    class keeps the actor holding most of it, the next ones the heaviest actor not taken,
    else a new one. A group of one class's names and the ``short`` name («عبدالله بن مطلق
    العنزي … عبدالله العنزي») is that class's (session 20: it was no class's, so it
    stayed wherever the linker had put it, with the other class or not by ingest order)."""
    of_class: list[list[GroupKey]] = [
        [k for k in long_keys if full(k) & names and full(k) - names <= short]
        for names in classes]
    order = sorted(range(len(classes)), key=lambda i: (
        -sum(groups[k]["n"] for k in of_class[i]), min(classes[i])))
    taken: set[int] = set()
    for i in order:
        keys = of_class[i]
        if not keys:
            continue
        target = heaviest(groups, keys, exclude=taken)
        first = min(full(keys[0]) & classes[i])  # the class's name, not the short one
        if target is None:
            target = new_actor(p.conn, _written(p.conn, keys, first), first, p.label,
                               groups[keys[0]]["published"])
        elif (row := p.conn.execute("SELECT norm FROM actors WHERE id = ?",
                                    (target,)).fetchone()) and row[0] not in classes[i]:
            # named by the short name (neither person) or another class's: this class's name
            p.conn.execute("UPDATE actors SET name = ?, norm = ? WHERE id = ?",
                           (_written(p.conn, keys, first), first, target))
        taken.add(target)
        p.gather(groups, keys, target)


_FOREIGN = [
    (re.compile("تش"), "ش"),  # ch
    (re.compile("([نل])ه(?=[اوي])"), r"\1ي"),  # Portuguese nh, lh
    (re.compile("خ"), "ج"),  # Spanish j
    (re.compile("ز"), "س"),
    (re.compile("د"), "ت"),
]


def _foreign_key(name: str) -> str:
    """A name's skeleton with the letters of foreign sounds folded in words that look
    foreign (≥ 4 letters, no article, not a listed given name)."""
    out = []
    for word in name.split():
        if _foreign_looking(word):
            for pattern, repl in _FOREIGN:
                word = pattern.sub(repl, word)
        out.append(_skeleton(word))
    return "".join(out)


def _foreign_looking(word: str) -> bool:
    return (len(word) >= FOREIGN_MIN_LEN and not word.startswith("ال")
            and word not in given_names())


def _foreign_words_apart(a: str, b: str) -> bool:
    """Whether two names of one skeleton differ only in words that look foreign — a long
    vowel moved in a transliteration («جوريجوس» / «جورجيوس دونيس»), which the linker's
    spelling rule misses under its ratio of 90 and against actor names only, so whether
    the two met depended on the order of ingest."""
    wa, wb = a.split(), b.split()
    pairs = [(x, y) for x, y in zip(wa, wb, strict=False) if x != y]
    return (len(wa) == len(wb) and bool(pairs)
            and all(_foreign_looking(x) and _foreign_looking(y) for x, y in pairs))


def _translit_pair(a: str, b: str) -> bool:
    """Whether two normalised full names are one name in two transliterations (and not
    already one spelling by the linker's skeleton)."""
    if a == b or _foreign_key(a) != _foreign_key(b):
        return False
    if _skeleton(a) == _skeleton(b) and not _foreign_words_apart(a, b):
        return False  # one spelling, which the linker's own rule joins
    shared = {_skeleton(w) for w in a.split()} & {_skeleton(w) for w in b.split()}
    return bool(shared) and fuzz.ratio(a, b) >= TRANSLIT_MIN_RATIO


def _glued_wa(name: str) -> str | None:
    """A full name of three words or more whose first word is «و» glued to a name the NER
    took in («وروز نوري شاويس»), without it; ``None`` when the first word is a listed given
    name starting with و (وليد، وائل، وفاء) or too short."""
    words = name.split()
    first = words[0]
    if len(words) < 3 or not first.startswith("و") or len(first) < 4 or _is_given(first):
        return None
    return " ".join([first[1:], *words[1:]])


def _transliterations(p: _Pass) -> None:
    """Rule 3: actors whose full names are one foreign name transliterated two ways."""
    by_key: dict[str, set[str]] = defaultdict(set)
    owners: dict[str, set[int]] = defaultdict(set)
    for alias, actor_id in p.conn.execute(
            "SELECT alias, actor_id FROM actor_aliases WHERE label = ? AND alias LIKE '% %'",
            (p.label,)):
        if not _is_given(alias):
            by_key[_foreign_key(alias)].add(alias)
            owners[alias].add(int(actor_id))
    parent: dict[int, int] = {}

    def find(a: int) -> int:
        while parent.get(a, a) != a:
            a = parent[a]
        return a

    def union(a: str, b: str) -> None:
        # an actor holding both spellings joins nothing: the actors sharing one of them
        # were kept apart by another rule (the fathers' rule keeps the short «G F» apart
        # from an actor of a longer «G بن X F» whose group holds it too); joining them
        # undid that rule on every run — a relink that was never done (session 20)
        for x in owners[a] - owners[b]:
            for y in owners[b] - owners[a]:
                rx, ry = find(x), find(y)
                if rx != ry:
                    parent[max(rx, ry)] = min(rx, ry)

    for alias in sorted(owners):
        if (bare := _glued_wa(alias)) is not None and bare in owners:
            union(alias, bare)  # «وروز نوري شاويس»: the conjunction glued on by the NER
    # a family name written with and without its article («حسام الزواوي» / «حسام زواوي»,
    # «نوري المالكي» / «نوري مالكي»): one name, unless the bare word is a listed given name
    # («الصالح» / «صالح» are two families); the linker's spelling rule compares actor names
    # only, so whether the two met depended on the order (session 12)
    by_bare: dict[str, list[str]] = defaultdict(list)
    for alias in sorted(owners):
        words = alias.split()
        family = words[-1].removeprefix("ال") if len(words[-1]) > 4 else words[-1]
        if len(words) >= 2 and family not in given_names():
            by_bare[" ".join([*words[:-1], family])].append(alias)
    for names in by_bare.values():
        for other in names[1:]:
            union(names[0], other)
    for names in by_key.values():
        ordered = sorted(names)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                # one foreign name two ways, or one name spaced two ways («علي عبد الله
                # صالح» / «علي عبدالله صالح»: the linker's fuzzy rule compares actor
                # names only, so which it caught depended on the order)
                if not (_translit_pair(a, b) or a.replace(" ", "") == b.replace(" ", "")):
                    continue
                union(a, b)
    clusters: dict[int, list[int]] = defaultdict(list)
    for a in parent:
        clusters[find(a)].append(a)
    for root, members in sorted(clusters.items()):
        actors = sorted({root, *members})
        countries = {c for a in actors if (c := country_of(p.conn, a))}
        if len(countries) > 1:
            continue
        groups = groups_of(p.conn, p.label, actors)
        # the countries were checked above, actor by actor: no group's is checked again
        p.to_heaviest(groups, groups, check_country=False)
    p.settle()


def relink_names(conn: sqlite3.Connection, label: str) -> tuple[int, dict[int, int]]:
    """Apply the three rules to one person label (inside a transaction); returns the
    groups moved and the actors merged away (old id → new id, recorded in actor_moves)."""
    p = _Pass(conn, label)
    nasab(p)  # names without a family name first: they feed the fathers' and title rules
    _fathers(p)  # before the bare given names: one follows the named person of its article
    given_family(p, _one_name)
    family_added(p, _one_name)
    split_title_classes(p)  # after the chains joined «فيصل بن تركي» to its longer names
    _transliterations(p)  # before the bare given names: they count one person's groups
    spaced_in_article(p)  # «داسيلفا» … «دا سيلفا» in one article: one person (session 13)
    one_office(p)  # «سليمان الحمود وزير الإعلام» is «سلمان الحمود وزير الإعلام»
    _bare_given(p)
    mononyms(p)  # after the transliterations: one actor per full name
    return p.moved, p.merged

