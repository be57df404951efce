"""Store-wide person-name rules for names without a family name to key on: nasab chains
(«محمد بن سلمان» / «محمد بن سلمان بن عبدالعزيز آل سعود») and family names that are also
given names («أختر منصور» / «أختر محمد منصور»).

Both run inside :func:`khabar.store.relink_names.relink_names` (so by ingest, watch,
``khabar relink`` and the rebuild) on one person label:

1. **nasab chains**: a name «G بن A1 [بن A2 …] [آل F]» is read as a given name, a chain
   of ancestors and an optional dynasty name (a compound «عبد العزيز» counts as one
   word, written apart or joined; an ancestor without بن must be a listed given name —
   otherwise the last word is a family name and :func:`_fathers` decides). A chain
   without a dynasty name is *truncated*: «محمد بن سلمان» is «محمد بن سلمان بن
   عبدالعزيز» or «محمد بن سلمان بن عبدالعزيز آل سعود» said shorter. A chain with the
   dynasty name is the name in full, so «عبدالله بن عبدالعزيز آل سعود» and «عبدالله بن
   عبدالعزيز بن مساعد آل سعود» are two people. When every longer name extending a
   truncated chain can be one person's, the truncated name's groups and theirs are one
   actor; when they are two people, the truncated name's groups are one actor apart from
   both — whatever came first;
2. **family names that are given names**: «G F» and «G M F» where F is a listed given
   name (so neither the linker nor the fathers' rule takes it for a family name). Two
   listed given names in a row («محمد علي») read as a given and a father's name and name
   many people, so only a G that is not a listed given name counts, and only with
   in-document evidence that F is a family name here: some entity group holds «G F» and
   a «G … F» name together, or each is called by the bare F in its own article («قال
   منصور» — news calls a person by the family name). The groups of those names (when the
   longer ones can be one person's) are then one actor;
3. **a name and the same name with a family name added** («لبيد بن ربيعة» / «لبيد بن ربيعة
   العامري», «G A» / «G A F»: a given and a father's name, the usual short form): the
   groups named only by the shorter name join the longer name's actor when the store's
   longer names are one person's and some entity group holds both (in-document
   evidence), and when the shorter name is not made of listed given names only — «ريان
   إبراهيم», «محمد علي», «سلمان بن عبدالعزيز» name many people, and an NER span running
   on past a famous name («سلمان بن عبدالعزيز مشيدين») would split him. Before, the linker
   joined them only when the longer name came first.

Never across conflicting countries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from khabar.corpus.actors import (
    _NOT_FAMILY_AFTER,
    SURNAME_MIN_LEN,
    _family_name,
    given_names,
)
from khabar.store.actor_ops import GroupKey, country_compatible, groups_of, new_actor

if TYPE_CHECKING:
    from khabar.store.relink_names import _Pass

_BIN = frozenset({"بن", "ابن"})

# (given name, ancestors, dynasty name or None)
Chain = tuple[str, tuple[str, ...], "str | None"]


def _joined(words: list[str]) -> list[str]:
    """Words with a compound «عبد X» written as one («عبد العزيز» → «عبدالعزيز»)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == "عبد" and i + 1 < len(words):
            out.append(words[i] + words[i + 1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def chain(name: str) -> Chain | None:
    """The nasab chain of a normalised person name «G بن A1 … [آل F]», if it is one."""
    words = _joined(name.split())
    dynasty = None
    if len(words) >= 2 and words[-2] == "ال":  # «آل سعود», normalised
        dynasty, words = words[-1], words[:-2]
    elif words and words[-1] == "ال":  # «محمد بن راشد آل» cut short
        words = words[:-1]
    if len(words) < 3 or words[1] not in _BIN:
        return None
    ancestors: list[str] = []
    after_bin = False
    for word in words[1:]:
        if word in _BIN:
            if after_bin:
                return None
            after_bin = True
            continue
        if not after_bin and word not in given_names():
            return None  # a family name: «محمد بن عبدالعزيز الصفيان» is the fathers' rule's
        ancestors.append(word)
        after_bin = False
    if after_bin or not ancestors:
        return None
    return words[0], tuple(ancestors), dynasty


def _compatible_chains(x: Chain, y: Chain) -> bool:
    """Whether two chains of one given name can be one person's: the same ancestors, or
    one's ancestors the start of the other's when that one has no dynasty name."""
    (_, ax, fx), (_, ay, fy) = x, y
    if ax == ay:
        return fx is None or fy is None or fx == fy
    if len(ax) > len(ay):
        (ax, fx), (ay, fy) = (ay, fy), (ax, fx)
    return ay[:len(ax)] == ax and fx is None


def _extends(short: Chain, long_: Chain) -> bool:
    """Whether ``long_`` is ``short`` said in full (more ancestors or the dynasty name)."""
    return short != long_ and short[2] is None and long_[1][:len(short[1])] == short[1]


def _multi(forms: set[str]) -> set[str]:
    return {f for f in forms if " " in f}


def nasab(p: _Pass) -> None:
    """Rule 1: a truncated nasab chain with the one person of its longer chains, or apart."""
    by_given: dict[str, dict[str, Chain]] = defaultdict(dict)
    for (alias,) in p.conn.execute(
            "SELECT DISTINCT alias FROM actor_aliases WHERE label = ? AND alias LIKE '% بن %'"
            " OR label = ? AND alias LIKE '% ابن %'", (p.label, p.label)):
        if (c := chain(alias)) is not None:
            by_given[c[0]][alias] = c
    for _given, names in sorted(by_given.items()):
        for short in sorted({c for c in names.values() if c[2] is None}):
            same = {n for n, c in names.items() if c == short}
            longer = {n for n, c in names.items() if _extends(short, c)}
            if not longer:
                continue
            chains = sorted({names[n] for n in longer}, key=str)
            one_person = all(_compatible_chains(a, b)
                             for i, a in enumerate(chains) for b in chains[i + 1:])
            groups = groups_of(p.conn, p.label, p.holders(same | longer))
            if one_person and len(short[1]) == 1:
                longer = _vouched(short, same, longer, names, groups)
                if not longer:
                    continue
            _join_or_apart(p, groups, same, longer, one_person)
    p.settle()


def _vouched(short: Chain, same: set[str], longer: set[str], names: dict[str, Chain],
             groups: dict[GroupKey, dict]) -> set[str]:
    """The longer names a two-name chain («فهد بن خالد») may join: father and son name
    several princes, so only the name with the dynasty added («… آل سعود») and, with
    in-document evidence (one entity group holds the short name and a longer one), the
    names up to that longer one — «فهد بن خالد بن سلطان» alone is not vouched for."""
    seen = {names[f] for g in groups.values() if g["forms"] & same
            for f in g["forms"] & longer}
    return {n for n in longer if names[n][1] == short[1] or any(
        _compatible_chains(names[n], e) and len(names[n][1]) <= len(e[1]) for e in seen)}


def _join_or_apart(p: _Pass, groups: dict[GroupKey, dict], short: set[str],
                   longer: set[str], one_person: bool) -> None:
    """The groups named only by ``short`` (and one-word forms) with those named only by
    ``short`` ∪ ``longer`` in one actor (``one_person``), or in an actor apart."""
    names = short | longer
    short_keys = [k for k, g in groups.items() if _multi(g["forms"]) and _multi(g["forms"]) <= short]
    long_keys = [k for k, g in groups.items() if _multi(g["forms"]) & longer]
    if not short_keys or not long_keys:
        return
    if one_person:
        own = [k for k in long_keys if _multi(groups[k]["forms"]) <= names]
        p.to_heaviest(groups, [*short_keys, *own], weigh=long_keys)
        return
    gather_short(p, groups, short_keys, {k[2] for k in long_keys},
                 lambda key: min(_multi(groups[key]["forms"])))


def gather_short(p: _Pass, groups: dict[GroupKey, dict], short_keys: list[GroupKey],
                 taken: set[int], first_form: Callable[[GroupKey], str]) -> None:
    """Move the short-name groups ``short_keys`` to one actor of their own: the lowest-numbered
    of their actors not in ``taken`` (the longer names' actors), else a new actor named by the
    first group (``first_form`` of its key is the actor's normalised name)."""
    homes = sorted({k[2] for k in short_keys if k[2] not in taken})
    home = homes[0] if homes else None
    for key in sorted(short_keys):
        g = groups[key]
        if key[2] == home:
            continue
        if home is None:
            first = first_form(key)
            home = new_actor(p.conn, g["text"] or first, first, p.label, g["published"])
        if country_compatible(p.conn, home, g["country"]):
            p.move(key, g, home)


def _given_family_key(name: str) -> tuple[str, str] | None:
    """(G, F) of «G … F» without بن whose last word F is a listed given name and whose
    first word G is not (a compound given name or a title-like word is no G)."""
    words = name.split()
    if len(words) < 2 or _BIN & set(words) or words[-2] in _NOT_FAMILY_AFTER:
        return None
    first, last = words[0], words[-1]
    given = given_names()
    if last not in given or len(last) < SURNAME_MIN_LEN or first in given \
            or first in ("عبد", "ابو", "ام") or name.replace(" ", "") in given:
        return None
    return first, last


def given_family(p: _Pass, one_name: Callable[[str, str], bool]) -> None:
    """Rule 2: «G F» and «G … F» (F a given name) with in-document evidence: one actor."""
    short: dict[tuple[str, str], set[str]] = defaultdict(set)
    longer: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (alias,) in p.conn.execute(
            "SELECT DISTINCT alias FROM actor_aliases WHERE label = ? AND alias LIKE '% %'",
            (p.label,)):
        if (key := _given_family_key(alias)) is not None:
            (short if len(alias.split()) == 2 else longer)[key].add(alias)
    for gf in sorted(set(short) & set(longer)):
        names = short[gf] | longer[gf]
        groups = groups_of(p.conn, p.label, p.holders(names))
        family = gf[1]
        evidence = any(g["forms"] & short[gf] and g["forms"] & longer[gf]
                       for g in groups.values()) or (
            any(g["forms"] & short[gf] and family in g["forms"] for g in groups.values())
            and any(g["forms"] & longer[gf] and family in g["forms"] for g in groups.values()))
        long_names = sorted({f for g in groups.values() for f in g["forms"] & longer[gf]})
        if not evidence or not all(one_name(a, b)
                                   for i, a in enumerate(long_names) for b in long_names[i + 1:]):
            continue
        members: list[GroupKey] = [k for k, g in groups.items()
                                   if _multi(g["forms"]) and _multi(g["forms"]) <= names]
        if len({k[2] for k in members}) >= 2:
            p.to_heaviest(groups, members)
    p.settle()


def _without_family(name: str) -> str | None:
    """The shorter name of «P F»: P of at least two words, without a family name of its
    own, not a bare given name, when F is a family name («لبيد بن ربيعة» of «لبيد بن ربيعة
    العامري», «ريان إبراهيم» of «ريان إبراهيم بابا»)."""
    words = name.split()
    if len(words) < 3 or _family_name(name) is None:
        return None
    short = " ".join(words[:-1])
    if _family_name(short) is not None or short.replace(" ", "") in given_names() \
            or words[-2] in _NOT_FAMILY_AFTER:
        return None
    return short


# articles naming «G A» and «G A F» as one person, at least, when G A is listed given names
COMMON_MIN_ARTICLES = 2


def family_added(p: _Pass, one_name: Callable[[str, str], bool]) -> None:
    """Rule 3: «G A» with «G A F» (one person, in-document evidence; G A of listed given
    names only: :data:`COMMON_MIN_ARTICLES` articles with both names)."""
    aliases = {alias for (alias,) in p.conn.execute(
        "SELECT DISTINCT alias FROM actor_aliases WHERE label = ? AND alias LIKE '% %'",
        (p.label,))}
    longer: dict[str, set[str]] = defaultdict(set)
    for alias in aliases:
        if (short := _without_family(alias)) is not None and short in aliases:
            longer[short].add(alias)
    given = given_names()
    for short in sorted(longer):
        long_names = sorted(longer[short])
        groups = groups_of(p.conn, p.label, p.holders({short, *long_names}))
        # articles saying the two names are one person's: one group holds both, or (the
        # document's resolver kept them apart) the article writes both
        both = {k[0] for k, g in groups.items() if short in g["forms"] and g["forms"] & longer[short]}
        with_short = {k[0] for k, g in groups.items() if short in g["forms"]}
        with_long = {k[0] for k, g in groups.items() if g["forms"] & longer[short]}
        common = all(w in given for w in short.split() if w not in _BIN)
        one_person = all(one_name(a, b) for i, a in enumerate(long_names)
                         for b in long_names[i + 1:])
        # a short name of listed given names only («ريان إبراهيم», «محمد عبدالله») may be
        # many people's: it needs two articles saying so (session 12; before, none did and
        # the linker's order decided)
        enough = len(both | (with_short & with_long)) >= COMMON_MIN_ARTICLES if common else both
        if one_person and enough:
            _join_or_apart(p, groups, {short}, longer[short], True)
    p.settle()
