"""The store's connection and its write path: one article, one transaction.

:class:`StoreBase` opens (or creates) the SQLite file in WAL mode, runs migrations, and
writes articles. :meth:`StoreBase.put` writes an analysed :class:`Document` with every
layer, its full-text index entry, claims and actor links in ONE transaction, so a crash
mid-batch never leaves a half-written article. An article already stored (same URL or same
normalised content hash) is not duplicated: it is skipped, or its layers are replaced when
the incoming analysis comes from a newer pipeline version (or its text changed).
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import zlib
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import orjson

from khabar.corpus.actors import ActorLinker, norm_name
from khabar.corpus.claims import extract_claims
from khabar.corpus.dedupe import signature
from khabar.document import Document, from_json, to_json
from khabar.export import tables
from khabar.io.readers import timestamp
from khabar.store.access import connect_readonly, is_readonly_error, why_readonly, writable
from khabar.store.dates import span_begin, span_end
from khabar.store.event_docs import EventsDocument, events_document
from khabar.store.filters import outlet_country, outlet_key
from khabar.store.linker_state import LinkerStatus, stamp_if_empty
from khabar.store.linker_state import status as linker_status
from khabar.store.migrations import migrate, stem_version
from khabar.store.outlet_sites import filed_outlet
from khabar.store.quote_docs import relays_document
from khabar.store.rows import EVENT_COLUMNS, participant_rows
from khabar.store.rows import event_rows as store_event_rows
from khabar.store.search import index_columns
from khabar.text.normalize import match_form

LAYER_TABLES = ("entities", "times", "quantities", "quotes", "events")
_CLAIM_COLUMNS = (
    "event_id", "quote_id", "speaker", "speaker_entity", "statement", "event_type",
    "trigger_text", "sentence_text", "due", "due_text", "time_id", "published",
)


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text with whitespace collapsed (the duplicate key)."""
    return hashlib.sha256(" ".join(match_form(text).split()).encode("utf-8")).hexdigest()


def version_key(version: str | None) -> tuple[int, ...]:
    """A sortable key for a dotted version string (non-numeric parts count as 0)."""
    out = []
    for part in (version or "").split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        out.append(int(digits) if digits else 0)
    return tuple(out)


class StoreError(Exception):
    """A store file that cannot be opened (not SQLite, not a khabar store, too new)."""


class ReadOnlyStore(StoreError):
    """A store opened for writing that cannot be written (no write permission, a read-only
    directory or file system): nothing was written or migrated. ``reason`` says why;
    a reading command opens it with ``readonly=True`` instead
    (:func:`khabar.store.access.open_store`)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(
            f"{path} is read-only ({reason}): this command writes to the store (and migrates "
            "an older one); make the file writable, or work on a copy: "
            f"cp {path}* /tmp/ and use --db /tmp/{path.name}")


@dataclass
class PutResult:
    """What :meth:`StoreBase.put` did: ``inserted`` | ``updated`` | ``reanalysed`` |
    ``duplicate``; ``id`` is the stored article's id."""

    status: str
    id: int
    doc_id: str


@dataclass
class Existing:
    """A stored article matched by URL or content hash."""

    id: int
    doc_id: str
    url: str | None
    content_hash: str
    pipeline_version: str | None


_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1


def _bind(params: list | tuple) -> list | tuple:
    """Query parameters SQLite can bind: an integer beyond its 64 bits (an id or offset
    typed by hand, ``/api/articles/99999999999999999999``) becomes the nearest bound, which
    no row id reaches and no offset gets past — so it matches nothing instead of raising."""
    if not any(isinstance(p, int) and not _INT_MIN <= p <= _INT_MAX for p in params):
        return params
    return [min(max(p, _INT_MIN), _INT_MAX) if isinstance(p, int) and not isinstance(p, bool)
            else p for p in params]


def now_iso() -> str:
    """The current UTC time as stored in ``ingested_at`` / ``analysed_at``."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sql_value(v: object) -> object:
    if isinstance(v, list):
        return orjson.dumps(v).decode()
    if isinstance(v, bool):
        return int(v)
    return v


class StoreBase:
    """Connection, migrations and the transactional write path (see :class:`Store`)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        if readonly:  # a WAL file in a read-only directory too (khabar.store.access)
            try:
                self.conn = connect_readonly(self.path, isolation_level=None,
                                             check_same_thread=False, timeout=30)
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path} cannot be read: {exc}") from exc
        else:
            if not writable(self.path):  # checked before anything is written or migrated
                if not self.path.exists():
                    raise StoreError(f"cannot create a store at {self.path}: "
                                     f"{why_readonly(self.path)}")
                raise ReadOnlyStore(self.path, why_readonly(self.path))
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create a store at {self.path}: {exc.strerror}") from exc
            self.conn = sqlite3.connect(self.path, isolation_level=None,
                                        check_same_thread=False, timeout=30)
        self.conn.row_factory = sqlite3.Row
        # event dates are TIMEX3 values (2015-W32, 2016-Q1, 2015/2016): filters compare
        # the days they cover, not their spelling (khabar.store.dates)
        self.conn.create_function("khabar_date_begin", 1, span_begin, deterministic=True)
        self.conn.create_function("khabar_date_end", 1, span_end, deterministic=True)
        # outlet filters compare outlets case-folded and by any of their names
        self.conn.create_function("khabar_outlet_key", 1, outlet_key, deterministic=True)
        self.conn.create_function("khabar_outlet_country", 1, outlet_country, deterministic=True)
        # a relay's name as an actor alias is keyed (quotes carried by an outlet or agency)
        self.conn.create_function("khabar_norm_name", 1, _norm_or_none, deterministic=True)
        # what a statement says, read as search reads words (Store.quotes(says=), session 24)
        self.conn.create_function("khabar_says", 3, _says, deterministic=True)
        self.lock = threading.RLock()
        self._linker = ActorLinker()
        self._data_version: int | None = None
        try:
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA busy_timeout = 30000")
            (self.opened_version,) = self.conn.execute("PRAGMA user_version").fetchone()
            if not readonly:
                migrate(self.conn)
                stamp_if_empty(self.conn)  # a new store's links are today's linker's
            self.conn.execute("SELECT 1 FROM articles LIMIT 1")
            if readonly and not any(r[1] == "source_id" for r in self.conn.execute(
                    "PRAGMA table_info(articles)")):
                # a read-only store from before schema 6: reads see a null source_id
                self.conn.execute("CREATE TEMP VIEW articles AS"
                                  " SELECT *, NULL AS source_id FROM main.articles")
            event_cols = {r[1] for r in self.conn.execute("PRAGMA table_info(events)")}
            if readonly and not {"date_begin", "historical", "report_day",
                                 "sentence_start"} <= event_cols:
                # before schema 7: the days of each event's date computed on read; before
                # 12: no historical flag (null: not known, so not marked); before 14: no
                # report_day flag (null: not known — date filters keep such events); before
                # 15: no sentence start (the page marks the trigger's first occurrence)
                added = [] if "date_begin" in event_cols else [
                    "khabar_date_begin(date) AS date_begin", "khabar_date_end(date) AS date_end"]
                for col in ("historical", "report_day", "sentence_start"):
                    if col not in event_cols:
                        added.append(f"NULL AS {col}")
                self.conn.execute(f"CREATE TEMP VIEW events AS SELECT *, {', '.join(added)}"
                                  " FROM main.events")
            # a read-only store may predate the stem column (search then goes without it)
            # or hold the keys of older stem rules (searched with those: migrations.stem_version)
            has_stems = any(r[1] == "stem" for r in self.conn.execute(
                "PRAGMA table_info(articles_fts)"))
            (version,) = self.conn.execute("PRAGMA user_version").fetchone()
            self.fts_stems: bool | int = stem_version(version) if has_stems else False
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            if not readonly and is_readonly_error(exc):  # a write refused by the file system
                raise ReadOnlyStore(self.path, why_readonly(self.path)) from exc
            raise StoreError(f"{self.path} is not a usable khabar store: {exc}") from exc

    # -- plumbing ---------------------------------------------------------------------

    def linker_status(self) -> LinkerStatus:
        """Which linker the store's oldest actor links come from, against this khabar's
        (:mod:`khabar.store.linker_state`: ``outdated`` until ``khabar relink --rebuild``)."""
        with self.lock:
            return linker_status(self.conn)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """An IMMEDIATE transaction: committed on success, rolled back on any error."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                self._linker.reset()
                raise
            self.conn.execute("COMMIT")

    def _rows(self, sql: str, params: list | tuple = ()) -> list[dict]:
        with self.lock:
            return [dict(r) for r in self.conn.execute(sql, _bind(params))]

    def _one(self, sql: str, params: list | tuple = ()) -> dict | None:
        with self.lock:
            row = self.conn.execute(sql, _bind(params)).fetchone()
        return dict(row) if row is not None else None

    # -- duplicates -------------------------------------------------------------------

    def lookup(self, url: str | None = None, text: str | None = None,
               hash: str | None = None) -> Existing | None:
        """The stored article with this URL, else with this text's content hash."""
        with self.lock:
            if url:
                row = self.conn.execute(
                    "SELECT id, doc_id, url, content_hash, pipeline_version FROM articles WHERE url = ?",
                    (url,),
                ).fetchone()
                if row:
                    return Existing(*row)
            if text is not None or hash is not None:
                h = hash or content_hash(text or "")
                row = self.conn.execute(
                    "SELECT id, doc_id, url, content_hash, pipeline_version FROM articles"
                    " WHERE content_hash = ?", (h,),
                ).fetchone()
                if row:
                    return Existing(*row)
        return None

    def fill_source_id(self, article_id: int, source_id: str) -> None:
        """Record the input record's id of a stored article that has none yet."""
        if self._one("SELECT 1 FROM articles WHERE id = ? AND source_id IS NULL", (article_id,)):
            with self.transaction() as conn:
                conn.execute("UPDATE articles SET source_id = ? WHERE id = ? AND source_id IS NULL",
                             (source_id, article_id))

    def has_url(self, url: str) -> bool:
        """Whether an article with this URL is stored."""
        return self.lookup(url=url) is not None

    # -- writing ----------------------------------------------------------------------

    def put(
        self,
        doc: Document,
        *,
        author: str | None = None,
        source: str | None = None,
        published_at: str | None = None,
        force: bool = False,
        source_id: str | None = None,
    ) -> PutResult:
        """Store an analysed document with all its layers, atomically.

        Same URL or same normalised content as a stored article: ``duplicate`` unless the
        text changed (``updated``), the document comes from a newer pipeline version
        (``reanalysed``) or ``force`` is set; in those cases the old layers are replaced.
        ``source_id`` is the id the input record gave the article (kept beside ``doc_id``).
        ``author`` / ``published_at``: the document's own (schema 1.1) when not given;
        ``published_at`` is kept only when it holds a time of day (the readers' ``timestamp()``:
        «yesterday» in ``articles.published_at`` would break the ``coalesce(published_at, published)``
        order of a story's copies), else the article's ``published`` date stands for it.
        """
        author = author if author is not None else doc.author
        published_at = published_at if published_at is not None else doc.published_at
        published_at = timestamp(published_at) if isinstance(published_at, str) else None
        h = content_hash(doc.text)
        full, base, stem = index_columns(doc)
        sig = signature(doc)
        layer_rows = {name: tables.rows(name, doc) for name in LAYER_TABLES if name != "events"}
        layer_rows["events"] = [{"doc_id": doc.id, **r} for r in store_event_rows(doc)]
        claims = extract_claims(doc)
        with self.transaction() as conn:
            by_url = self.lookup(url=doc.url) if doc.url else None
            by_hash = self.lookup(hash=h)
            existing = by_url or by_hash
            if by_url and by_hash and by_hash.id != by_url.id:
                return PutResult("duplicate", by_hash.id, by_hash.doc_id)
            if existing:
                changed = existing.content_hash != h
                newer = version_key(doc.pipeline_version) > version_key(existing.pipeline_version)
                if not (changed or newer or force):
                    if source_id is not None:
                        conn.execute("UPDATE articles SET source_id = ? WHERE id = ? AND source_id IS NULL",
                                     (source_id, existing.id))
                    return PutResult("duplicate", existing.id, existing.doc_id)
                status = "updated" if changed else "reanalysed"
                doc.id = existing.doc_id
                article_id = existing.id
                self._delete_layers(conn, article_id)
                conn.execute(
                    "UPDATE articles SET url = coalesce(?, url), content_hash = ?, title = ?,"
                    " outlet = ?, author = coalesce(?, author), published = ?,"
                    " published_at = coalesce(?, published_at), language = ?,"
                    " source = coalesce(?, source), source_id = coalesce(?, source_id),"
                    " pipeline_version = ?, schema_version = ?,"
                    " analysed_at = ?, text = ?, doc_json = ?, minhash = ? WHERE id = ?",
                    (doc.url, h, doc.title, filed_outlet(doc.outlet, doc.url or existing.url,
                                                          doc.text),
                     author, doc.published, published_at,
                     doc.language, source, source_id, doc.pipeline_version, doc.schema_version, now_iso(),
                     doc.text, zlib.compress(to_json(doc), 1), sig, article_id),
                )
            else:
                status = "inserted"
                if conn.execute("SELECT 1 FROM articles WHERE doc_id = ?", (doc.id,)).fetchone():
                    doc.id = f"{doc.id}-{h[:8]}"
                now = now_iso()
                cur = conn.execute(
                    "INSERT INTO articles (doc_id, url, content_hash, title, outlet, author,"
                    " published, published_at, language, source, source_id, pipeline_version,"
                    " schema_version, ingested_at, analysed_at, text, doc_json, minhash)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (doc.id, doc.url, h, doc.title, filed_outlet(doc.outlet, doc.url, doc.text), author,
                     doc.published,
                     published_at or doc.published, doc.language, source, source_id,
                     doc.pipeline_version,
                     doc.schema_version, now, now, doc.text, zlib.compress(to_json(doc), 1), sig),
                )
                article_id = int(cur.lastrowid)
            self._write_layers(conn, article_id, doc, layer_rows, claims)
            conn.execute(
                "INSERT INTO articles_fts (rowid, full, base, stem) VALUES (?, ?, ?, ?)",
                (article_id, full, base, stem),
            )
        return PutResult(status, article_id, doc.id)

    def _delete_layers(self, conn: sqlite3.Connection, article_id: int) -> None:
        for table in (*LAYER_TABLES, "event_actors", "claims"):
            conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))

    def _write_layers(
        self, conn: sqlite3.Connection, article_id: int, doc: Document,
        layer_rows: dict[str, list[dict]], claims: list[dict],
    ) -> None:
        # another connection (a second process, a server) may have stored actors since the
        # linker cached the names: its cache is reloaded then (PRAGMA data_version moves)
        (data_version,) = conn.execute("PRAGMA data_version").fetchone()
        if data_version != self._data_version:
            self._linker.reset()
            self._data_version = data_version
        actor_of = self._linker.link(conn, doc)
        extras = {
            "entities": lambda r: {"canonical_norm": norm_name(r["canonical"] or r["text"]),
                                   "actor_id": actor_of.get(r["entity"] or r["id"])},
            "quotes": lambda r: {"speaker_norm": norm_name(r["speaker"]) if r["speaker"] else None,
                                 "actor_id": actor_of.get(r["speaker_entity"] or "")},
        }
        for table, rows in layer_rows.items():
            if not rows:
                continue
            cols = list(EVENT_COLUMNS) if table == "events" else [
                c for c in tables.columns(table) if c != "doc_id"]
            extra = extras.get(table)
            extra_cols = list(extra(rows[0])) if extra else []
            names = ["article_id", *cols, *extra_cols]
            sql = (f"INSERT INTO {table} ({', '.join(chr(34) + n + chr(34) for n in names)})"
                   f" VALUES ({', '.join('?' * len(names))})")
            values = []
            for r in rows:
                ex = extra(r) if extra else {}
                values.append([article_id, *(_sql_value(r[c]) for c in cols),
                               *(ex[c] for c in extra_cols)])
            conn.executemany(sql, values)
        participants = participant_rows(article_id, doc, actor_of)
        if participants:
            conn.executemany("INSERT INTO event_actors VALUES (?,?,?,?,?,?,?,?)", participants)
        if claims:
            conn.executemany(
                f"INSERT INTO claims (article_id, {', '.join(_CLAIM_COLUMNS)})"
                f" VALUES (?, {', '.join('?' * len(_CLAIM_COLUMNS))})",
                [[article_id, *(c[k] for k in _CLAIM_COLUMNS)] for c in claims],
            )

    def delete(self, article: int | str) -> bool:
        """Remove an article and all its layers; returns whether it existed."""
        article_id = self._article_id(article)
        if article_id is None:
            return False
        with self.transaction() as conn:
            self._delete_layers(conn, article_id)
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return True

    # -- reading ----------------------------------------------------------------------

    def _article_id(self, article: int | str) -> int | None:
        if isinstance(article, int):
            return article
        row = self._one("SELECT id FROM articles WHERE doc_id = ?", (article,))
        if row is None and article.isdigit():
            return int(article)
        if row is None:  # the id the input record gave (a number stays the store's own id)
            row = self._one("SELECT id FROM articles WHERE source_id = ? ORDER BY id LIMIT 1",
                            (article,))
        return row["id"] if row else None

    def get_document(self, article: int | str) -> Document | None:
        """The stored :class:`Document` (all layers) of an article id or doc id."""
        article_id = self._article_id(article)
        if article_id is None:
            return None
        row = self._one("SELECT doc_json FROM articles WHERE id = ?", (article_id,))
        return from_json(zlib.decompress(row["doc_json"])) if row else None

    def events_documents(self, article_ids: list[int]) -> dict[int, EventsDocument]:
        """The events part of each article's stored document (what its exported events
        rows need: khabar.store.event_docs), by article id, fetched in one query per 500."""
        out: dict[int, EventsDocument] = {}
        ids = list(dict.fromkeys(article_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for r in self._rows(f"SELECT id, doc_json FROM articles WHERE id IN"
                                f" ({','.join('?' * len(chunk))})", chunk):
                out[r["id"]] = events_document(r["doc_json"])
        return out

    def quote_relays(self, article_ids: list[int]) -> dict[int, dict[str, list[dict]]]:
        """Each quote's intermediaries as rows of the exported ``relays`` table without
        ``doc_id``/``quote_id`` (``n``, name, kind, text, start, end, entity, cue_*), by
        article id then quote id; only the quotes part of each document is decoded
        (khabar.store.quote_docs), two queries per 500 articles. An article none of whose
        quotes has a relay (the quotes table's ``via`` is empty) is absent and its document
        is not read: a document is decompressed whole, and most quotes have no relay
        (session 18: the /claims page read all 20 of its articles for 3 relayed quotes)."""
        out: dict[int, dict[str, list[dict]]] = {}
        ids = list(dict.fromkeys(article_ids))
        for i in range(0, len(ids), 500):
            marks = ",".join("?" * len(ids[i:i + 500]))
            chunk = [r["article_id"] for r in self._rows(
                f"SELECT DISTINCT article_id FROM quotes WHERE article_id IN ({marks})"
                " AND via IS NOT NULL AND via NOT IN ('', '[]')", ids[i:i + 500])]
            if not chunk:
                continue
            for r in self._rows(f"SELECT id, doc_json FROM articles WHERE id IN"
                                f" ({','.join('?' * len(chunk))})", chunk):
                by_quote: dict[str, list[dict]] = {}
                for row in tables.relay_rows(relays_document(r["doc_json"])):  # type: ignore[arg-type]
                    del row["doc_id"]
                    by_quote.setdefault(row.pop("quote_id"), []).append(row)
                out[r["id"]] = by_quote
        return out

    def entity_actors(self, article_ids: list[int]) -> dict[tuple[int, str], int]:
        """The store actor of each document entity id (``E3``) of these articles, keyed by
        (article id, entity id): what a relay's ``entity`` links to on the web pages; one
        query per 500 articles (the entities_article index)."""
        out: dict[tuple[int, str], int] = {}
        ids = list(dict.fromkeys(article_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for r in self._rows("SELECT DISTINCT article_id, entity, actor_id FROM entities"
                                f" WHERE actor_id IS NOT NULL AND article_id IN"
                                f" ({','.join('?' * len(chunk))})", chunk):
                out[(r["article_id"], r["entity"])] = r["actor_id"]
        return out

    def iter_documents(self, filters: object = None, batch: int = 200, *,
                       query: str | None = None, **kw: object) -> Iterator[Document]:
        """Stored documents matching ``filters`` (a :class:`~khabar.store.Filters` or
        filter keywords; default all), in article id order, streamed in batches;
        ``query``: only those :meth:`search` finds for it."""
        for doc, _ in self.iter_sourced_documents(filters, batch, query=query, **kw):
            yield doc

    def iter_sourced_documents(
        self, filters: object = None, batch: int = 200, *, query: str | None = None,
        articles: Collection[int] | None = None, **kw: object
    ) -> Iterator[tuple[Document, str | None]]:
        """As :meth:`iter_documents`, each document with its ``source_id`` (the id the
        input record gave it, or None). ``query``: only the articles :meth:`search` finds
        for it (the same parser and index: :func:`khabar.store.search.match_clause`; a
        query it refuses raises :class:`~khabar.store.search.QueryError`). ``articles``:
        only these article ids (session 24: those holding the events an export selects)."""
        from khabar.store.filters import Filters
        from khabar.store.search import index_errors, match_clause

        conds, params = Filters.of(filters, **kw).sql()  # type: ignore[arg-type]
        if query is not None:
            cond, expr = match_clause(query, stems=self.fts_stems)
            conds, params = [cond, *conds], [expr, *params]
        if articles is not None:  # one parameter however many: a JSON array
            conds, params = ([*conds, "a.id IN (SELECT value FROM json_each(?))"],
                             [*params, orjson.dumps(sorted(articles)).decode()])
        where = "".join(f" AND {c}" for c in conds)
        last = 0
        while True:
            with index_errors(query):
                rows = self._rows(
                    f"SELECT a.id, a.source_id, a.doc_json FROM articles a WHERE a.id > ?{where}"
                    " ORDER BY a.id LIMIT ?", (last, *params, batch)
                )
            if not rows:
                return
            for r in rows:
                yield from_json(zlib.decompress(r["doc_json"])), r["source_id"]
            last = rows[-1]["id"]


def _says(text: str | None, query: str, stems: int) -> int:
    """:func:`khabar.store.search.says` for SQL (``khabar_says``; ``stems`` 0: no stems)."""
    from khabar.store.search import says

    return int(says(text, query, stems or False))


def _norm_or_none(name: object) -> str | None:
    """:func:`norm_name` for SQL (``khabar_norm_name``): None for a value that is no text."""
    return norm_name(name) if isinstance(name, str) else None
