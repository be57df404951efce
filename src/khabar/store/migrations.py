"""Versioned schema migrations of the SQLite store (``PRAGMA user_version``).

``MIGRATIONS[i]`` brings a database from version ``i`` to ``i + 1``: an SQL script, or a
function of the connection when rows must be recomputed in Python. Never edit a
migration that has shipped: append a new one. :func:`migrate` runs the missing ones,
each in its own transaction, so a database is always at a well-defined version.

The entities, times, quantities and quotes tables hold the columns of
:mod:`khabar.export.tables` (``doc_id`` replaced by ``article_id``), the events table the
columns of :mod:`khabar.store.rows`, plus a few store-only columns used for querying
(normalised names, cross-document actor ids).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL UNIQUE,
    url TEXT UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT, outlet TEXT, author TEXT,
    published TEXT,            -- ISO date of the dateline
    published_at TEXT,         -- full timestamp when known (orders copies of one story)
    language TEXT,
    source TEXT,               -- where it was ingested from (file, zip member, feed)
    pipeline_version TEXT, schema_version TEXT,
    ingested_at TEXT NOT NULL, analysed_at TEXT,
    text TEXT NOT NULL,
    doc_json BLOB NOT NULL,    -- zlib-compressed Document JSON
    minhash BLOB,              -- MinHash signature (uint64 array) for near-duplicates
    dup_of INTEGER,            -- earliest copy of the same wire story (NULL: original)
    story_id INTEGER
);
CREATE INDEX articles_published ON articles(published, published_at);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_dup ON articles(dup_of);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    full, base, tokenize = "unicode61 remove_diacritics 0"
);

CREATE TABLE entities (
    article_id INTEGER NOT NULL, id TEXT, entity TEXT, label TEXT, canonical TEXT,
    kind TEXT, country TEXT, lat REAL, lon REAL, source TEXT, score REAL,
    start INTEGER, "end" INTEGER, text TEXT,
    canonical_norm TEXT, actor_id INTEGER
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_canonical ON entities(canonical_norm);
CREATE INDEX entities_actor ON entities(actor_id);

CREATE TABLE times (
    article_id INTEGER NOT NULL, id TEXT, type TEXT, value TEXT, mod TEXT, calendar TEXT,
    interval_begin TEXT, interval_end TEXT, anchored INTEGER,
    start INTEGER, "end" INTEGER, text TEXT
);
CREATE INDEX times_article ON times(article_id);

CREATE TABLE quantities (
    article_id INTEGER NOT NULL, id TEXT, value REAL, low REAL, high REAL, approx TEXT,
    unit TEXT, currency TEXT, start INTEGER, "end" INTEGER, text TEXT
);
CREATE INDEX quantities_article ON quantities(article_id);

CREATE TABLE quotes (
    article_id INTEGER NOT NULL, id TEXT, type TEXT, speaker TEXT, speaker_kind TEXT,
    speaker_entity TEXT, implicit INTEGER, hedged INTEGER, continues TEXT, via TEXT,
    cue_text TEXT, cue_start INTEGER, cue_end INTEGER,
    source_text TEXT, source_start INTEGER, source_end INTEGER,
    content TEXT, content_start INTEGER, content_end INTEGER,
    published TEXT, outlet TEXT, url TEXT,
    speaker_norm TEXT, actor_id INTEGER
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_norm);
CREATE INDEX quotes_actor ON quotes(actor_id);

CREATE TABLE events (
    article_id INTEGER NOT NULL, id TEXT, date TEXT, date_source TEXT, type TEXT, mode TEXT,
    contexts TEXT, modality TEXT, hedged INTEGER, intensity REAL, confidence REAL,
    actor_text TEXT, actor_country TEXT, actor_sector TEXT, actor_entity TEXT,
    recipient_text TEXT, recipient_country TEXT, recipient_sector TEXT, recipient_entity TEXT,
    location_name TEXT, location_country TEXT, lat REAL, lon REAL,
    trigger_text TEXT, trigger_start INTEGER, trigger_end INTEGER, sentence_text TEXT,
    attributed_to TEXT, speaker TEXT, published TEXT, outlet TEXT, source_url TEXT
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date);

-- One row per event participant (actor or recipient), for country/sector/actor filters.
CREATE TABLE event_actors (
    article_id INTEGER NOT NULL, event_id TEXT, role TEXT, text TEXT,
    country TEXT, sector TEXT, entity TEXT, actor_id INTEGER
);
CREATE INDEX event_actors_article ON event_actors(article_id);
CREATE INDEX event_actors_country ON event_actors(country);
CREATE INDEX event_actors_actor ON event_actors(actor_id);

-- Cross-document actors: one row per real-world entity, and its aliases.
CREATE TABLE actors (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, norm TEXT NOT NULL, label TEXT,
    kind TEXT, country TEXT, lat REAL, lon REAL, first_seen TEXT
);
CREATE INDEX actors_norm ON actors(norm, label);
CREATE TABLE actor_aliases (
    alias TEXT NOT NULL, label TEXT NOT NULL, actor_id INTEGER NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (alias, label, actor_id)
);

-- Attributed statements about future events with a due date.
CREATE TABLE claims (
    article_id INTEGER NOT NULL, event_id TEXT, quote_id TEXT, speaker TEXT,
    speaker_entity TEXT, statement TEXT, event_type TEXT, trigger_text TEXT,
    sentence_text TEXT, due TEXT NOT NULL, due_text TEXT, time_id TEXT, published TEXT
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_due ON claims(due);

CREATE TABLE stories (
    id INTEGER PRIMARY KEY, title TEXT, first_published TEXT, last_published TEXT,
    size INTEGER, terms TEXT
);
"""



def _v2_stem_column(conn: sqlite3.Connection) -> None:
    """Version 2: the full-text index gains the ``stem`` column (suffix-stripped words).

    FTS5 tables cannot gain a column, so the index is rebuilt from each article's
    stored title and text (the same words the tokenizer gave the document).
    """
    from khabar.store.search import text_columns

    conn.execute("DROP TABLE articles_fts")
    conn.execute('CREATE VIRTUAL TABLE articles_fts USING fts5('
                 'full, base, stem, tokenize = "unicode61 remove_diacritics 0")')
    rows = conn.execute("SELECT id, title, text FROM articles ORDER BY id")
    conn.executemany(
        "INSERT INTO articles_fts (rowid, full, base, stem) VALUES (?, ?, ?, ?)",
        ((article_id, *text_columns(text, title)) for article_id, title, text in rows),
    )


def _v3_stems_v2(conn: sqlite3.Connection) -> None:
    """Version 3: the ``stem`` column under the second stem rules
    (:data:`khabar.store.stems.STEM_VERSION` 2: ات → ت, تان, يان, broken plurals).

    Every article's index row is written again from its stored title and text (the
    ``full`` and ``base`` columns come out as they were), so stored stems and the stems
    of new queries agree.
    """
    from khabar.store.search import text_columns

    conn.execute("DELETE FROM articles_fts")
    rows = conn.execute("SELECT id, title, text FROM articles ORDER BY id")  # streamed
    conn.executemany(
        "INSERT INTO articles_fts (rowid, full, base, stem) VALUES (?, ?, ?, ?)",
        ((article_id, *text_columns(text, title)) for article_id, title, text in rows),
    )


def _v4_stems_v3(conn: sqlite3.Connection) -> None:
    """Version 4: the ``stem`` column under the third stem rules
    (:data:`khabar.store.stems.STEM_VERSION` 3: the accusative tanwin ا, construct plurals
    in و/ي, masculine ان duals), rebuilt as in version 3 from each article's stored title
    and text. (A store older than version 3 is rebuilt twice: migration 3 already writes
    today's stems; it is left as it shipped.)
    """
    from khabar.store.search import text_columns

    conn.execute("DELETE FROM articles_fts")
    rows = conn.execute("SELECT id, title, text FROM articles ORDER BY id")  # streamed
    conn.executemany(
        "INSERT INTO articles_fts (rowid, full, base, stem) VALUES (?, ?, ?, ?)",
        ((article_id, *text_columns(text, title)) for article_id, title, text in rows),
    )


def _v5_stems_v4(conn: sqlite3.Connection) -> None:
    """Version 5: the ``stem`` column under the fourth stem rules
    (:data:`khabar.store.stems.STEM_VERSION` 4: ن-final stems keep their ن before an
    accusative ا — مبينا, مليونا, مواطنا —, and proclitic letters of inflected listed
    words stay — ووزارتا, وكاميرته, لدينا), rebuilt as in version 3 from each article's
    stored title and text."""
    from khabar.store.search import text_columns

    conn.execute("DELETE FROM articles_fts")
    rows = conn.execute("SELECT id, title, text FROM articles ORDER BY id")  # streamed
    conn.executemany(
        "INSERT INTO articles_fts (rowid, full, base, stem) VALUES (?, ?, ?, ?)",
        ((article_id, *text_columns(text, title)) for article_id, title, text in rows),
    )


def _v6_source_id(conn: sqlite3.Connection) -> None:
    """Version 6: ``articles.source_id``, the id the input record gave the article
    (``khabar ingest`` keys articles by the content hash, ``doc_id``; Spark and ``khabar
    analyze --input`` by the record's id), so exports of one input agree and an analyst
    finds an article by the id they gave it. Articles stored before it have none until
    their input is ingested again (a duplicate fills it in). Adds nothing already there."""
    if not any(r[1] == "source_id" for r in conn.execute("PRAGMA table_info(articles)")):
        conn.execute("ALTER TABLE articles ADD COLUMN source_id TEXT")
    conn.execute("CREATE INDEX IF NOT EXISTS articles_source_id ON articles(source_id)")


def _v7_event_days(conn: sqlite3.Connection) -> None:
    """Version 7: ``events.date_begin`` / ``date_end``, the days an event's TIMEX3 date
    covers (:func:`khabar.store.dates.span`, end exclusive; null for ``PAST_REF``), stored
    and indexed so event lists sort by the real date (``2015-W32`` is 3–9 August, not after
    ``2015-08-31`` as text) and date filters need no per-row function call."""
    from khabar.store.dates import span_begin, span_end

    conn.create_function("khabar_date_begin", 1, span_begin, deterministic=True)
    conn.create_function("khabar_date_end", 1, span_end, deterministic=True)
    cols = {r[1] for r in conn.execute("PRAGMA table_info(events)")}
    for col in ("date_begin", "date_end"):
        if col not in cols:
            conn.execute(f"ALTER TABLE events ADD COLUMN {col} TEXT")
    conn.execute("UPDATE events SET date_begin = khabar_date_begin(date),"
                 " date_end = khabar_date_end(date)")
    conn.execute("CREATE INDEX IF NOT EXISTS events_date_begin ON events(date_begin)")


# Version 8: where an actor id went when the store-wide relink merged the actor into another
# or a rebuild renumbered the actors (khabar.store.relink), so an old link still finds it.
_V8_ACTOR_MOVES = """
CREATE TABLE IF NOT EXISTS actor_moves (old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL);
"""

# Version 9: facts about the store as a whole; ``linker_version`` is the actor linker its
# oldest links come from (khabar.store.linker_state): a store with articles and no record
# was linked before stores kept one, and says so until ``khabar relink --rebuild``.
_V9_STORE_META = """
CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""



def _v10_outlet_sites(conn: sqlite3.Connection) -> None:
    """Version 10: an article stored under a name several outlets share («الجزيرة»: Qatar's
    channel and the Saudi paper) is filed under the outlet whose site its URL is on
    (khabar.store.outlet_sites.filed_outlet: al-jazirah.com → ``aljazirah``), as ``put``
    files new ones; before, it keyed to the channel and ``--outlet aljazirah`` missed it.
    Only the ``outlet`` column of such articles changes; their documents keep the record's
    words."""
    from khabar.store.outlet_names import outlets_named
    from khabar.store.outlet_sites import filed_outlet

    shared = [o for (o,) in conn.execute("SELECT DISTINCT outlet FROM articles"
                                          " WHERE outlet IS NOT NULL")
              if len(outlets_named(o)) > 1]
    for outlet in shared:
        rows = conn.execute("SELECT id, url FROM articles WHERE outlet = ? AND url IS NOT NULL",
                            (outlet,)).fetchall()
        moves = [(new, i) for i, url in rows if (new := filed_outlet(outlet, url)) != outlet]
        conn.executemany("UPDATE articles SET outlet = ? WHERE id = ?", moves)


def _v11_outlet_text(conn: sqlite3.Connection) -> None:
    """Version 11 (session 15): an article still stored under a name several outlets share
    (no URL on a site of one of them) is filed by its text's own credit and dateline
    (khabar.store.outlet_cues: «الجزيرة نت» at an end of the text → ``aljazeera``, «الرياض
    -» → ``aljazirah``), as ``put`` files new ones; the rest stay undecided. Only the
    ``outlet`` column of such articles changes."""
    from khabar.store.outlet_names import outlets_named
    from khabar.store.outlet_sites import filed_outlet

    shared = [o for (o,) in conn.execute("SELECT DISTINCT outlet FROM articles"
                                          " WHERE outlet IS NOT NULL")
              if len(outlets_named(o)) > 1]
    for outlet in shared:
        rows = conn.execute("SELECT id, url, text FROM articles WHERE outlet = ?",
                            (outlet,)).fetchall()
        moves = [(new, i) for i, url, text in rows
                 if (new := filed_outlet(outlet, url, text)) != outlet]
        conn.executemany("UPDATE articles SET outlet = ? WHERE id = ?", moves)


def _v12_event_historical(conn: sqlite3.Connection) -> None:
    """Version 12 (session 17): ``events.historical``, the event's PLOVER auxiliary mode (a
    past event retold, «منذ انطلاق التمرد عام 1984»), which the documents and exports carried
    but the store's events table did not, so the pages that list events from it (/events, an
    actor's, a story's) could not mark a retold event. Filled from each stored document's
    events (decoded alone: khabar.store.event_docs)."""
    from khabar.store.event_docs import events_document

    if not any(r[1] == "historical" for r in conn.execute("PRAGMA table_info(events)")):
        conn.execute("ALTER TABLE events ADD COLUMN historical INTEGER")
    rows = conn.execute("SELECT id, doc_json FROM articles WHERE id IN"
                        " (SELECT DISTINCT article_id FROM events)").fetchall()
    for article_id, doc_json in rows:
        doc = events_document(doc_json)
        conn.executemany("UPDATE events SET historical = ? WHERE article_id = ? AND id = ?",
                         [(int(ev.historical), article_id, ev.id) for ev in doc.events])


def _v13_undated_stories(conn: sqlite3.Connection) -> None:
    """Version 13 (session 20): stories of the articles without a dateline
    (:mod:`khabar.corpus.undated`, window-free). Before, such an article stood alone in no
    story, and only an ingest of new undated articles clusters them now: an older store
    opened for writing gets its undated stories here (0.7 CPU-s for 452 articles)."""
    from khabar.store.corpus_ops import write_undated_stories

    write_undated_stories(conn)


def _v14_event_report_day(conn: sqlite3.Connection) -> None:
    """Version 14 (session 22, ux22b): ``events.report_day``, true when the event's date is
    the dateline given as the day it was reported only — a plan, a hypothesis, a negated
    act, a past event retold (``EventDate.report_day``, evl22) — which the documents carried
    but the store's events table did not, so a date range («what happened in August») listed
    a plan for 2025 under its report's day. Filled from each stored document's events
    (decoded alone: khabar.store.event_docs); a document from before the flag has none
    (false)."""
    from khabar.store.event_docs import events_document

    if not any(r[1] == "report_day" for r in conn.execute("PRAGMA table_info(events)")):
        conn.execute("ALTER TABLE events ADD COLUMN report_day INTEGER")
    rows = conn.execute("SELECT id, doc_json FROM articles WHERE id IN"
                        " (SELECT DISTINCT article_id FROM events)").fetchall()
    for article_id, doc_json in rows:
        doc = events_document(doc_json)
        conn.executemany("UPDATE events SET report_day = ? WHERE article_id = ? AND id = ?",
                         [(int(bool(ev.date and ev.date.report_day)), article_id, ev.id)
                          for ev in doc.events])


def _v15_event_sentence_start(conn: sqlite3.Connection) -> None:
    """Version 15 (session 24): ``events.sentence_start``, where the event's evidence sentence
    starts in the text. The table had the trigger's offsets but not the sentence's, so the
    /events page marked the trigger where its word FIRST stood in the sentence
    (``sentence.find``): 129 of the news day's 2,807 events (4.6 %) were marked elsewhere —
    «قتل» inside an earlier «مقتل», a second «طلب». Filled from each stored document's events
    (decoded alone, as version 12)."""
    from khabar.store.event_docs import events_document

    if not any(r[1] == "sentence_start" for r in conn.execute("PRAGMA table_info(events)")):
        conn.execute("ALTER TABLE events ADD COLUMN sentence_start INTEGER")
    rows = conn.execute("SELECT id, doc_json FROM articles WHERE id IN"
                        " (SELECT DISTINCT article_id FROM events)").fetchall()
    for article_id, doc_json in rows:
        doc = events_document(doc_json)
        conn.executemany("UPDATE events SET sentence_start = ? WHERE article_id = ? AND id = ?",
                         [(ev.sentence.start, article_id, ev.id) for ev in doc.events])


Migration = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = [_V1, _v2_stem_column, _v3_stems_v2, _v4_stems_v3, _v5_stems_v4,
                               _v6_source_id, _v7_event_days, _V8_ACTOR_MOVES, _V9_STORE_META,
                               _v10_outlet_sites, _v11_outlet_text, _v12_event_historical,
                               _v13_undated_stories, _v14_event_report_day,
                               _v15_event_sentence_start]
SCHEMA_VERSION = len(MIGRATIONS)
# The stem rules (khabar.store.stems.STEM_VERSION) whose keys the ``stem`` column of a
# store at each schema version holds; a read-only store is searched with those keys.
# Schema 1 has no stem column; later versions hold the current keys.
STEM_VERSIONS = {2: 1, 3: 2, 4: 3}


def stem_version(schema_version: int) -> bool | int:
    """The ``stems`` argument of :func:`khabar.store.search.parse_query` for a store at
    ``schema_version``: ``False`` without a stem column, the stem rules its column was
    built with when older than today's, ``True`` for today's."""
    if schema_version < 2:
        return False
    return STEM_VERSIONS.get(schema_version, True)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to :data:`SCHEMA_VERSION`; returns the version it was at."""
    (current,) = conn.execute("PRAGMA user_version").fetchone()
    if current > SCHEMA_VERSION:
        raise sqlite3.DatabaseError(
            f"database schema version {current} is newer than this khabar ({SCHEMA_VERSION})"
        )
    for version in range(current, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            step = MIGRATIONS[version]
            if callable(step):
                step(conn)
            else:
                for statement in _statements(step):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return current


def _statements(script: str) -> list[str]:
    """Split a migration script into complete SQL statements."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
