"""Store-wide family-name relinking: the same person actors whatever the ingest order.

:class:`khabar.corpus.actors.ActorLinker` links one document at a time against the actors
already stored, so what it decides can depend on the order documents arrive in (and on
actors another process stored meanwhile, or on a store ingested before its family-name
rule). :func:`relink` re-applies the rule to the whole store, per person label and family
name (the last word of a full name, as ``khabar.corpus.actors`` reads it). Every document
entity group known only by the bare family name («أوباما» in every mention and as its
canonical name), and every actor known only by it, goes to:

1. the person its own article names in full (one full name ending with it there; two —
   «يوسف الموكاء», «فهد الموكاء» — make it ambiguous: 4.);
2. else the one actor whose articles name the person both ways in one entity group
   («نوري المالكي … المالكي»: in-document evidence), when exactly one has;
3. else the one actor carrying full names ending with it («باراك أوباما»);
4. else (two people carry it, «بشار الأسد» and «حافظ الأسد», and no single one has
   in-document evidence) one actor of the bare name, apart from both;

never across conflicting countries. Entities, quotes and event participants follow their
group; alias counts move with them; an actor merged away is recorded in ``actor_moves``. A
second run changes nothing. Before this rule, :func:`relink` runs the other store-wide
name rules (:mod:`khabar.store.relink_names`: nasab chains, fathers' names, bare given
names and titles, foreign transliterations and spacing). :func:`rebuild` links every article again from scratch.
"""

from __future__ import annotations

import sqlite3
import zlib
from dataclasses import dataclass, field

from khabar.corpus.actors import (
    PERSON_LABELS,
    SURNAME_MIN_LEN,
    ActorLinker,
    _family_name,
    given_names,
)
from khabar.document import from_json
from khabar.store.actor_ops import add_alias as _add_alias
from khabar.store.actor_ops import country_compatible, groups_of, record_move
from khabar.store.actor_ops import drop_alias as _drop_alias
from khabar.store.actor_ops import move_group as _move_group
from khabar.store.relink_names import relink_names


@dataclass
class RelinkResult:
    """What :func:`relink` changed: ``merged`` (actor known only by a bare name → the
    actor it joined) and ``moved`` (bare-name entity groups moved to another actor)."""

    merged: dict[int, int] = field(default_factory=dict)
    moved: int = 0

    def as_dict(self) -> dict:
        return {"merged": len(self.merged), "moved": self.moved}


def _aliases(conn: sqlite3.Connection, label: str) -> dict[int, dict[str, int]]:
    out: dict[int, dict[str, int]] = {}
    for actor_id, alias, n in conn.execute(
            "SELECT actor_id, alias, n FROM actor_aliases WHERE label = ?", (label,)):
        out.setdefault(int(actor_id), {})[alias] = int(n)
    return out


def _carriers(aliases: dict[int, dict[str, int]]) -> dict[str, set[int]]:
    """Family name → actors with a multi-word alias ending in it."""
    out: dict[str, set[int]] = {}
    for actor_id, names in aliases.items():
        for alias in names:
            if " " in alias and (family := _family_name(alias)) is not None:
                out.setdefault(family, set()).add(actor_id)
    return out


def _is_family_key(key: str) -> bool:
    return len(key) >= SURNAME_MIN_LEN and " " not in key and key not in given_names()


def _relink_family(conn: sqlite3.Connection, label: str, family: str, carriers: set[int],
                   aliases: dict[int, dict[str, int]], one_word: dict[str, set[int]],
                   result: RelinkResult) -> None:
    """Put every bare-name group of ``family`` with the person it names, or together
    with the other bare mentions when that person is ambiguous. ``one_word``: one-word
    alias → the actors holding it (kept up to date here)."""
    bare_holders = one_word.setdefault(family, set())
    holders = sorted(bare_holders | carriers)
    bare_actors = [a for a in holders if a not in carriers
                   and all(" " not in x for x in aliases.get(a, {}))]
    groups = groups_of(conn, label, holders)

    def full(g: dict) -> bool:
        return any(" " in f and _family_name(f) == family for f in g["forms"])

    # in-document evidence: a group naming the person both ways («نوري المالكي … المالكي»)
    evidence = sorted({key[2] for key, g in groups.items()
                       if key[2] in carriers and family in g["forms"] and full(g)})
    named_in: dict[int, set[int]] = {}  # article → carriers it names in full
    for (article_id, _, actor_id), g in groups.items():
        if actor_id in carriers and full(g):
            named_in.setdefault(article_id, set()).add(actor_id)
    if len(evidence) == 1:
        default: int | None = evidence[0]
    elif not evidence and len(carriers) == 1:
        (default,) = carriers
    else:
        default = None  # two people carry the family name: a bare mention names neither
    home = bare_actors[0] if bare_actors else None  # where ambiguous bare mentions go
    for (article_id, entity, actor_id), g in sorted(groups.items()):
        if g["forms"] != {family}:
            continue
        here = named_in.get(article_id, set())  # the article's own full names first
        dst = next(iter(here)) if len(here) == 1 else None if here else default
        if dst is None:
            if home is None:
                cur = conn.execute("INSERT INTO actors (name, norm, label, first_seen)"
                                   " VALUES (?,?,?,?)", (g["text"], family, label, g["published"]))
                home = int(cur.lastrowid)
                aliases[home] = {}
            dst = home
        if dst == actor_id or not country_compatible(conn, dst, g["country"]):
            continue
        _move_group(conn, article_id, entity, actor_id, dst)
        _drop_alias(conn, family, label, actor_id, 1)
        _add_alias(conn, family, label, dst, 1)
        names = aliases[actor_id]
        names[family] = names.get(family, 0) - 1
        if names[family] <= 0:
            del names[family]
            bare_holders.discard(actor_id)
        aliases[dst][family] = aliases[dst].get(family, 0) + 1
        bare_holders.add(dst)
        result.moved += 1
        if actor_id in bare_actors:
            result.merged[actor_id] = dst
    # an actor known only by the bare name that has lost every mention is gone
    for a in bare_actors:
        if a not in result.merged:
            continue
        if conn.execute("SELECT 1 FROM entities WHERE actor_id = ? LIMIT 1", (a,)).fetchone():
            del result.merged[a]  # it keeps mentions of other forms
            continue
        dst = result.merged[a]
        for alias, n in aliases.pop(a, {}).items():
            _add_alias(conn, alias, label, dst, n)
            aliases[dst][alias] = aliases[dst].get(alias, 0) + n
            if " " not in alias:
                one_word.setdefault(alias, set()).discard(a)
                one_word[alias].add(dst)
        conn.execute("DELETE FROM actor_aliases WHERE actor_id = ?", (a,))
        row = conn.execute("SELECT country, first_seen FROM actors WHERE id = ?", (a,)).fetchone()
        conn.execute(
            "UPDATE actors SET country = coalesce(country, ?), first_seen ="
            " CASE WHEN first_seen IS NULL OR ? < first_seen THEN ? ELSE first_seen END"
            " WHERE id = ?", (row[0], row[1], row[1], dst))
        conn.execute("DELETE FROM actors WHERE id = ?", (a,))
        record_move(conn, a, dst)


def relink(conn: sqlite3.Connection) -> RelinkResult:
    """Re-apply the family-name rule store-wide (call inside a transaction)."""
    result = RelinkResult()
    for label in PERSON_LABELS:
        moved, merged = relink_names(conn, label)  # given, fathers' and foreign names
        result.moved += moved
        result.merged.update(merged)
        aliases = _aliases(conn, label)
        one_word: dict[str, set[int]] = {}  # one-word alias → actors holding it
        for actor_id, names in aliases.items():
            for alias in names:
                if " " not in alias:
                    one_word.setdefault(alias, set()).add(actor_id)
        for family, carriers in sorted(_carriers(aliases).items()):
            # no actor holds the bare name itself: no bare-name group to place
            if _is_family_key(family) and one_word.get(family):
                _relink_family(conn, label, family, carriers, aliases, one_word, result)
    return result


# articles in an order that depends on the articles only (not on when they were stored)
CANONICAL_ORDER = "published IS NULL, published, content_hash"


def rebuild(conn: sqlite3.Connection) -> dict:
    """Link every stored article's entities again from no actors at all, articles taken in
    :data:`CANONICAL_ORDER`, then :func:`relink` — so the actors are a function of the set of
    stored articles, whatever order they were ingested in (call inside a transaction).
    Actor ids change; new ids start above every old one, so an old id is never reused for
    another actor, and ``actor_moves`` sends each old id to the new actor that holds most of
    its mentions. Returns ``{"actors", "merged", "moved"}``."""
    (old_max,) = conn.execute("SELECT coalesce(max(id), 0) FROM actors").fetchone()
    # each mention's actor before, to tell every old id where most of its mentions went
    conn.execute("DROP TABLE IF EXISTS temp.old_links")
    conn.execute("CREATE TEMP TABLE old_links AS SELECT rowid AS r, actor_id FROM entities"
                 " WHERE actor_id IS NOT NULL")
    conn.execute("DELETE FROM actor_aliases")
    conn.execute("DELETE FROM actors")
    for table in ("entities", "quotes", "event_actors"):
        conn.execute(f"UPDATE {table} SET actor_id = NULL")
    # a placeholder row keeps SQLite from handing out the old ids again
    conn.execute("INSERT INTO actors (id, name, norm, label) VALUES (?, '', '', '')", (old_max,))
    linker = ActorLinker()
    ids = [r[0] for r in conn.execute(f"SELECT id FROM articles ORDER BY {CANONICAL_ORDER}")]
    for article_id in ids:
        (blob,) = conn.execute("SELECT doc_json FROM articles WHERE id = ?",
                               (article_id,)).fetchone()
        actor_of = linker.link(conn, from_json(zlib.decompress(blob)))
        pairs = [(actor, article_id, key) for key, actor in actor_of.items()]
        conn.executemany("UPDATE entities SET actor_id = ? WHERE article_id = ?"
                         " AND coalesce(nullif(entity, ''), id) = ?", pairs)
        conn.executemany("UPDATE quotes SET actor_id = ? WHERE article_id = ?"
                         " AND speaker_entity = ?", pairs)
        conn.executemany("UPDATE event_actors SET actor_id = ? WHERE article_id = ?"
                         " AND entity = ?", pairs)
    conn.execute("DELETE FROM actors WHERE id = ?", (old_max,))
    done = relink(conn).as_dict()
    moved: dict[int, int] = {}
    for old, new, _ in conn.execute(
            "SELECT o.actor_id, e.actor_id, count(*) AS n FROM temp.old_links o"
            " JOIN entities e ON e.rowid = o.r WHERE e.actor_id IS NOT NULL"
            " GROUP BY o.actor_id, e.actor_id ORDER BY o.actor_id, n DESC, e.actor_id"):
        moved.setdefault(old, new)
    conn.execute("UPDATE actor_moves SET new_id = -new_id")  # earlier moves, to old ids
    for old, new in moved.items():
        conn.execute("UPDATE actor_moves SET new_id = ? WHERE new_id = ?", (new, -old))
        conn.execute("INSERT OR REPLACE INTO actor_moves (old_id, new_id) VALUES (?, ?)",
                     (old, new))
    conn.execute("DELETE FROM actor_moves WHERE new_id < 0")  # led to an actor now gone
    conn.execute("DROP TABLE temp.old_links")
    (n,) = conn.execute("SELECT count(*) FROM actors").fetchone()
    return {"actors": n, **done}
