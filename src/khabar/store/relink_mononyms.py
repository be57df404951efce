"""Mononyms: a person the news calls by one name that begins the full name («نيمار» and
«نيمار دا سيلفا»), joined store-wide whatever the order the articles came in.

The linker keys a bare name on a family name, the last word of a full name, so a bare
«نيمار» met before «نيمار دا سيلفا» stays an actor of its own, and after it joins only
through an alias one article gave. :func:`mononyms` (run by
:func:`khabar.store.relink_names.relink_names`) moves every entity group known only by a
one-word name W to the one person actor whose full names start with W, when:

- W is no listed given name (those name no one in particular: «محمد», «عمر»), no title,
  no particle of a name (بن, أبو …), and has at least :data:`MIN_LEN` letters;
- exactly one actor of the store carries full names starting with W, and one of its
  entity groups holds both W and such a full name (in-document evidence: an article
  called the person both ways);
- no actor carries W as a family name (the family-name rule owns «الأسد»);

when two people's full names start with W, or the bare W's own article names the person
in another entity group (the entity stage kept them apart), the bare W goes to one actor
of the bare W apart from them (as the family-name rule does with «الأسد»). Never across
conflicting countries.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from khabar.corpus.actors import _NOT_FAMILY_AFTER, given_names
from khabar.store.actor_ops import country_compatible, groups_of, new_actor
from khabar.store.relink_titles import TITLES

if TYPE_CHECKING:
    from khabar.store.relink_names import _Pass

MIN_LEN = 4


def _mononym(word: str) -> bool:
    return (len(word) >= MIN_LEN and word not in given_names() and word not in TITLES
            and word not in _NOT_FAMILY_AFTER)


def mononyms(p: _Pass) -> None:
    """Move the bare-mononym groups to the one person whose full names start with them, or
    to one actor of the bare name apart from the people it could be."""
    starters: dict[str, set[int]] = defaultdict(set)
    family: set[str] = set()
    for alias, actor_id in p.conn.execute(
            "SELECT alias, actor_id FROM actor_aliases WHERE label = ? AND alias LIKE '% %'",
            (p.label,)):
        words = alias.split()
        if _mononym(words[0]):
            starters[words[0]].add(int(actor_id))
        if words[-2] not in _NOT_FAMILY_AFTER:
            family.add(words[-1])
    starters = {w: a for w, a in starters.items() if w not in family}
    if not starters:
        return
    holders = sorted({int(r[0]) for w in sorted(starters) for r in p.conn.execute(
        "SELECT actor_id FROM actor_aliases WHERE label = ? AND alias = ?", (p.label, w))}
        | {a for found in starters.values() for a in found})
    groups = groups_of(p.conn, p.label, holders)
    # an entity group that calls one of the people both ways: W is that person's mononym
    vouched = {(w, key[2]) for key, g in groups.items() for w in g["forms"]
               if w in starters and key[2] in starters[w]
               and any(f.startswith(w + " ") for f in g["forms"])}
    named: dict[tuple[int, str], set[int]] = defaultdict(set)  # (article, W) → its people
    for key, g in groups.items():
        for f in g["forms"]:
            if " " in f and f.split()[0] in starters and key[2] in starters[f.split()[0]]:
                named[(key[0], f.split()[0])].add(key[2])
    homes: dict[str, int] = {}
    for key in sorted(groups):
        g = groups[key]
        if len(g["forms"]) != 1 or next(iter(g["forms"])) not in starters:
            continue
        (w,) = g["forms"]
        people = starters[w]
        if len(people) == 1 and not named.get((key[0], w)):
            (dst,) = people
            if (w, dst) not in vouched:
                continue
        else:
            # two people begin with W, or its own article names the person in another
            # entity group (the entity stage kept them apart: «رفائيل» beside «رفائيل
            # جيريرو» was another Rafael): one actor of the bare W, apart from them
            if w not in homes:
                bare = sorted(a for a in holders if a not in {x for s in starters.values()
                                                               for x in s}
                              and any(k[2] == a and groups[k]["forms"] == {w} for k in groups))
                homes[w] = bare[0] if bare else new_actor(
                    p.conn, g["text"] or w, w, p.label, g["published"])
            dst = homes[w]
        if dst == key[2]:
            continue
        if not country_compatible(p.conn, dst, g["country"]):
            continue
        p.move(key, g, dst)
    p.settle()
