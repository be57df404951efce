"""Row operations of the store-wide actor rules: move an entity group, keep alias counts.

Shared by :mod:`khabar.store.relink` (family names) and :mod:`khabar.store.relink_names`
(fathers' names, bare given names, foreign transliterations). An entity group is one
document entity (mentions sharing ``Entity.entity``) in one article; moving it moves its
mentions, the quotes it speaks and the event roles it fills, and its alias counts.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable

from khabar.corpus.actors import given_names, is_link_form, norm_name

# (article id, document entity id, actor id)
GroupKey = tuple[int, str, int]


def move_group(conn: sqlite3.Connection, article_id: int, entity: str, src: int,
               dst: int) -> None:
    """Point one entity group's mentions, quotes and event roles at ``dst``."""
    conn.execute("UPDATE entities SET actor_id = ? WHERE article_id = ? AND actor_id = ?"
                 " AND coalesce(nullif(entity, ''), id) = ?", (dst, article_id, src, entity))
    conn.execute("UPDATE quotes SET actor_id = ? WHERE article_id = ? AND actor_id = ?"
                 " AND speaker_entity = ?", (dst, article_id, src, entity))
    conn.execute("UPDATE event_actors SET actor_id = ? WHERE article_id = ? AND actor_id = ?"
                 " AND entity = ?", (dst, article_id, src, entity))


def add_alias(conn: sqlite3.Connection, alias: str, label: str, actor_id: int, n: int) -> None:
    conn.execute("INSERT INTO actor_aliases (alias, label, actor_id, n) VALUES (?,?,?,?)"
                 " ON CONFLICT (alias, label, actor_id) DO UPDATE SET n = n + excluded.n",
                 (alias, label, actor_id, n))


def drop_alias(conn: sqlite3.Connection, alias: str, label: str, actor_id: int, n: int) -> None:
    conn.execute("UPDATE actor_aliases SET n = n - ? WHERE alias = ? AND label = ? AND actor_id = ?",
                 (n, alias, label, actor_id))
    conn.execute("DELETE FROM actor_aliases WHERE alias = ? AND label = ? AND actor_id = ?"
                 " AND n <= 0", (alias, label, actor_id))


def record_move(conn: sqlite3.Connection, old: int, new: int) -> None:
    """Remember that actor ``old`` is now ``new`` (and so is every id that led to ``old``)."""
    conn.execute("UPDATE actor_moves SET new_id = ? WHERE new_id = ?", (new, old))
    conn.execute("INSERT OR REPLACE INTO actor_moves (old_id, new_id) VALUES (?, ?)", (old, new))


def groups_of(conn: sqlite3.Connection, label: str, holders: list[int]) -> dict[GroupKey, dict]:
    """The document entity groups linked to ``holders``: their forms (names, not titles:
    :func:`khabar.corpus.actors.is_link_form`), first name as written, mention count,
    dateline and country, keyed by (article id, entity id, actor id)."""
    groups: dict[GroupKey, dict] = {}
    for start in range(0, len(holders), 500):
        chunk = holders[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for article_id, entity, actor_id, text, source, canon, country, published in conn.execute(
                "SELECT e.article_id, coalesce(nullif(e.entity, ''), e.id), e.actor_id, e.text,"
                " e.source, e.canonical_norm, e.country, a.published FROM entities e"
                " JOIN articles a ON a.id = e.article_id"
                f" WHERE e.label = ? AND e.actor_id IN ({marks})", (label, *chunk)):
            g = groups.setdefault((article_id, entity, actor_id),
                                  {"forms": set(), "text": None, "published": published,
                                   "country": None, "n": 0})
            g["n"] += 1
            if is_link_form(form := norm_name(text), source):
                g["forms"].add(form)
                g["text"] = g["text"] or text
            if canon and is_link_form(canon, None):
                g["forms"].add(canon)
            g["country"] = g["country"] or country
    return groups


def heaviest(groups: dict[GroupKey, dict], keys: Iterable[GroupKey],
             exclude: Collection[int] = ()) -> int | None:
    """The actor holding most mentions of the entity groups ``keys`` (of ``groups``), the
    lowest id on a tie, leaving out the actors of ``exclude``; None when no actor is left.
    The one choice of target of every store-wide rule that puts several groups together
    (:meth:`khabar.store.relink_names._Pass.to_heaviest`)."""
    weight: dict[int, int] = defaultdict(int)
    for key in keys:
        if key[2] not in exclude:
            weight[key[2]] += groups[key]["n"]
    return min(weight, key=lambda a: (-weight[a], a)) if weight else None


def country_of(conn: sqlite3.Connection, actor_id: int) -> str | None:
    row = conn.execute("SELECT country FROM actors WHERE id = ?", (actor_id,)).fetchone()
    return row[0] if row else None


def country_compatible(conn: sqlite3.Connection, actor_id: int, country: str | None) -> bool:
    """Whether a group of ``country`` may join the actor: unless both have a country and
    the two differ."""
    theirs = country_of(conn, actor_id)
    return not (country and theirs and country != theirs)


def move_with_aliases(conn: sqlite3.Connection, label: str, key: GroupKey, forms: set[str],
                      dst: int) -> None:
    """Move one group to ``dst`` with one alias count per form (as the linker counted it)."""
    article_id, entity, src = key
    move_group(conn, article_id, entity, src, dst)
    for form in forms:
        drop_alias(conn, form, label, src, 1)
        add_alias(conn, form, label, dst, 1)


def new_actor(conn: sqlite3.Connection, name: str, norm: str, label: str,
              first_seen: str | None) -> int:
    cur = conn.execute("INSERT INTO actors (name, norm, label, first_seen) VALUES (?,?,?,?)",
                       (name, norm, label, first_seen))
    return int(cur.lastrowid)


def settle(conn: sqlite3.Connection, actor_id: int, dst: int | None) -> bool:
    """After groups left ``actor_id``: delete it when it holds no mention any more (its
    aliases and old id go to ``dst`` when given), else rename it to its most frequent
    remaining full name when the name it had left with the groups or was a bare one-word
    name. Returns whether it went."""
    if conn.execute("SELECT 1 FROM entities WHERE actor_id = ? LIMIT 1", (actor_id,)).fetchone():
        row = conn.execute("SELECT norm FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if row is None:
            return False
        kept = conn.execute("SELECT 1 FROM actor_aliases WHERE actor_id = ? AND alias = ?",
                            (actor_id, row[0])).fetchone()
        bare = " " not in row[0] or row[0].replace(" ", "") in given_names()
        fuller = bare and conn.execute(
            "SELECT 1 FROM actor_aliases WHERE actor_id = ? AND alias LIKE '% %'"
            " AND replace(alias, ' ', '') != ?", (actor_id, row[0].replace(" ", ""))).fetchone()
        if kept and not fuller:  # a bare name left with a full name takes the full name
            return False
        names = conn.execute("SELECT alias, n FROM actor_aliases WHERE actor_id = ?",
                             (actor_id,)).fetchall()
        if names:
            # a full name first (not a compound given name written apart), then the most used
            top = min(names, key=lambda r: (" " not in r[0] or r[0].replace(" ", "")
                                            in given_names(), -r[1], r[0]))[0]
            written = next((t for (t,) in conn.execute(
                "SELECT text FROM entities WHERE actor_id = ?", (actor_id,))
                if norm_name(t) == top), top)
            conn.execute("UPDATE actors SET norm = ?, name = ? WHERE id = ?",
                         (top, written, actor_id))
        return False
    if dst is not None:
        for alias, label, n in conn.execute(
                "SELECT alias, label, n FROM actor_aliases WHERE actor_id = ?",
                (actor_id,)).fetchall():
            add_alias(conn, alias, label, dst, n)
        record_move(conn, actor_id, dst)
    conn.execute("DELETE FROM actor_aliases WHERE actor_id = ?", (actor_id,))
    conn.execute("DELETE FROM actors WHERE id = ?", (actor_id,))
    return True
