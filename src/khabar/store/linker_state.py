"""Which actor linker a store's actors come from, so an older store says it is older.

The cross-document actors are decided one article at a time by
:class:`khabar.corpus.actors.ActorLinker` when the article is stored, then adjusted
store-wide by :func:`khabar.store.relink.relink`. The relink re-applies today's store-wide
rules, but it moves no group the linker put together: a store linked by an older linker
keeps what that linker decided (a father and son merged before session 13's generation
words) until ``khabar relink --rebuild`` links every article again.

So a store records, in ``store_meta`` (schema 9), the linker version its OLDEST links come
from: :data:`LINKER_VERSION` when the store is made (or found with no article), unchanged by
ingest (new articles are linked by today's rules, older ones keep theirs), raised to today's
only by a rebuild. A store with articles but no record was linked before stores kept one:
version 0, «unknown, older». :func:`status` tells the commands, the API and the web pages
whether to say so. Nothing rebuilds on open: a rebuild renumbers every actor (old ids are
redirected through ``actor_moves``), takes the write lock and costs about a CPU-second a
thousand articles, which a read command or a server must not do unasked.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

# The session whose linker rules decide the links of a store made today. Raise it when a
# change to the linker (khabar.corpus.actors) makes links a relink cannot repair: session
# 13's generation words («رفسنجاني الأب» / «رفسنجاني الابن» are two people); session 14's
# same-article guard in both directions (a typo the entity stage kept apart from its
# article's other spelling no longer joins that spelling's actor when its group comes first).
LINKER_VERSION = 14
KEY = "linker_version"
REBUILD = "khabar relink --rebuild --db {db}"


@dataclass(frozen=True)
class LinkerStatus:
    """The linker of a store's oldest links (``store``; 0 = before stores recorded it)
    against this khabar's (``current``)."""

    store: int
    current: int = LINKER_VERSION

    @property
    def outdated(self) -> bool:
        return self.store < self.current

    def as_dict(self, db: str = "news.db") -> dict:
        return {"store": self.store, "current": self.current, "outdated": self.outdated,
                **({"fix": REBUILD.format(db=db)} if self.outdated else {})}

    def message(self, db: str) -> str:
        """One line for a user of the store at ``db`` (empty when it is up to date)."""
        if not self.outdated:
            return ""
        when = (f"the linker of session {self.store}" if self.store
                else "a khabar from before stores recorded their linker")
        return (f"the actors of {db} were linked by {when}; this khabar links with session "
                f"{self.current}'s rules, and a relink keeps what an older linker joined "
                f"(e.g. a father and son): run `{REBUILD.format(db=db)}` once (actor ids "
                "change; old ids are redirected)")


def _has_table(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                        " AND name = 'store_meta'").fetchone() is not None


def _has_articles(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is not None


def recorded(conn: sqlite3.Connection) -> int:
    """The linker version of the store's oldest links: the recorded one; for a store with
    no record, today's when it holds no article, else 0 (linked before the record)."""
    if _has_table(conn):
        row = conn.execute("SELECT value FROM store_meta WHERE key = ?", (KEY,)).fetchone()
        if row is not None:
            return int(row[0])
    return 0 if _has_articles(conn) else LINKER_VERSION


def stamp(conn: sqlite3.Connection, version: int = LINKER_VERSION) -> None:
    """Record ``version`` as the linker of the store's links (call inside a transaction)."""
    conn.execute("INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key)"
                 " DO UPDATE SET value = excluded.value", (KEY, str(version)))


def stamp_if_empty(conn: sqlite3.Connection) -> None:
    """A writable store with no article and no record holds no links: today's linker."""
    if _has_table(conn) and not _has_articles(conn) and conn.execute(
            "SELECT 1 FROM store_meta WHERE key = ?", (KEY,)).fetchone() is None:
        stamp(conn)


def status(conn: sqlite3.Connection) -> LinkerStatus:
    """The store's :class:`LinkerStatus`."""
    return LinkerStatus(recorded(conn))
