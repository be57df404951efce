"""Read views of the store: articles, search, entities/actors, events, quotes, claims.

Every function returns plain dicts (JSON-ready) so the API and CLI can pass them on.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import replace
from datetime import date

import orjson

from khabar.corpus.actors import norm_name
from khabar.document import to_dict
from khabar.store.core import StoreBase
from khabar.store.dates import bound_from, bound_until
from khabar.store.filters import (
    ENTITY_LABELS,
    EVENT_ROLES,
    Filters,
    about_clause,
    actor_clause,
    check_code,
    check_date,
    country_codes,
    event_date_clause,
    event_types,
)
from khabar.store.lookup import split_title, titled_actor
from khabar.store.rows import EVENT_COLUMNS, EVIDENCE_OFFSETS_SQL
from khabar.store.search import (
    index_errors,
    match_clause,
    parse_query,
    says_terms,
    snippet,
)
from khabar.store.stems import STEM_VERSION

ARTICLE_FIELDS = ("id", "doc_id", "source_id", "url", "title", "outlet", "author", "published",
                  "published_at", "story_id", "dup_of", "pipeline_version")
_A = ", ".join(f"a.{f}" for f in ARTICLE_FIELDS)

# an event dated after its article's dateline — a planned event, or a misread time (the
# news day of 2015 has one in 2040) — stands at the dateline in the default order
_SEEN = ("CASE WHEN ev.published IS NOT NULL AND ev.date_begin > ev.published"
         " THEN ev.published ELSE ev.date_begin END")
# the orders of an event list (Store.events, /api/events, /events, /map, khabar events);
# undated events (PAST_REF) last, one article's events in text order
EVENT_ORDERS = {
    # newest by event date, up to the article's date: what happened lately first
    "date": f"{_SEEN} DESC, ev.date_begin > ev.published, ev.date_end DESC,"
            " ev.article_id DESC, ev.rowid",
    # newest report first (the dateline), then the article's events in text order
    "published": "ev.published DESC, ev.article_id DESC, ev.rowid",
    # by event date as it stands, latest first: planned and future-dated events on top
    # (the one order before session 13)
    "event": "ev.date_begin DESC, ev.date_end DESC, ev.article_id DESC, ev.rowid",
}
EVENT_ORDER_HELP = (
    "date (default): newest event date first, an event dated after its article's dateline "
    "(planned, or a misread time) at that dateline; published: newest article first; "
    "event: by event date as it stands, future-dated events first.")


# words inside names that name no one by themselves (a lookup by one of them finds nothing)
_NAME_PARTICLES = frozenset(norm_name(w) for w in (
    "بن", "ابن", "بنت", "أبو", "أم", "آل", "عبد", "ولد", "دا", "دي", "دو", "دوس", "فان",
    "فون", "لا", "لو", "ال"))


def _like(key: str) -> str:
    """``key`` for a LIKE pattern with ``ESCAPE '\\'``: its % and _ are letters."""
    return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _lists(rows: list[dict], *columns: str) -> list[dict]:
    """Decode list columns the tables keep as JSON text (quotes.via, events.contexts)."""
    for r in rows:
        for c in columns:
            if isinstance(r.get(c), str):
                r[c] = orjson.loads(r[c])
    return rows


def _bools(rows: list[dict], *columns: str) -> list[dict]:
    """SQLite keeps booleans as 0/1; give them back as the booleans of the exports."""
    for r in rows:
        for c in columns:
            if r.get(c) is not None:
                r[c] = bool(r[c])
    return rows


def _where(filters: Filters, extra: list[str] | None = None) -> tuple[str, list[object]]:
    conds, params = filters.sql()
    conds = list(extra or []) + conds
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


class ViewsMixin(StoreBase):
    """Queries over articles and their layers (mixed into :class:`khabar.store.Store`)."""

    # -- articles ---------------------------------------------------------------------

    def get_article(self, article: int | str, *, document: bool = True) -> dict | None:
        """One article's metadata and original text (by id or doc id); with
        ``document=True`` also its full Document (all layers) under ``"document"``."""
        article_id = self._article_id(article)
        if article_id is None:
            return None
        row = self._one(f"SELECT {_A}, a.source, a.ingested_at, a.text FROM articles a WHERE a.id = ?",
                        (article_id,))
        if row is None:
            return None
        if document:
            doc = self.get_document(article_id)
            row["document"] = to_dict(doc) if doc else None
        return row

    def list_articles(
        self, filters: Filters | None = None, limit: int = 50, offset: int = 0, **kw: object
    ) -> list[dict]:
        """Articles matching ``filters`` (or filter keywords), newest first."""
        where, params = _where(Filters.of(filters, **kw))
        return self._rows(
            f"SELECT {_A} FROM articles a{where}"
            " ORDER BY a.published DESC, a.published_at DESC, a.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )

    def count(self, filters: Filters | None = None, **kw: object) -> int:
        """How many articles match."""
        where, params = _where(Filters.of(filters, **kw))
        return self._one(f"SELECT count(*) AS n FROM articles a{where}", params)["n"]

    def stats(self) -> dict:
        """Row counts of the main tables and the schema version."""
        out = {t: self._one(f"SELECT count(*) AS n FROM {t}")["n"] for t in (
            "articles", "entities", "times", "quantities", "quotes", "events", "actors",
            "claims", "stories")}
        out["schema_version"] = self._one("PRAGMA user_version")["user_version"]
        return out

    def outlets(self) -> list[dict]:
        """Outlets with their article counts."""
        return self._rows("SELECT outlet, count(*) AS n FROM articles GROUP BY outlet ORDER BY n DESC")

    # -- search -----------------------------------------------------------------------

    def search(
        self,
        query: str,
        filters: Filters | None = None,
        limit: int = 20,
        offset: int = 0,
        *,
        order: str = "relevance",
        **kw: object,
    ) -> list[dict]:
        """Arabic full-text search (clitic-aware; phrases in quotes; AND/OR/NOT).

        Returns article dicts (``ARTICLE_FIELDS``, ``date`` = the dateline) plus ``score``
        (BM25, lower is better),
        ``snippet`` (from the original text) and ``hits`` (``[start, end]`` original
        offsets of matched words). ``order``: relevance | date. Raises
        :class:`khabar.store.search.QueryError` for an unparsable query.
        """
        order = check_code("order", order, ("relevance", "date"), "search order") or "relevance"
        expr, terms = parse_query(query, stems=self.fts_stems)
        where, params = _where(Filters.of(filters, **kw), ["articles_fts MATCH ?"])
        order_by = ("a.published DESC, a.id DESC" if order == "date" else "score")
        with index_errors(query):
            rows = self._rows(
                f"SELECT {_A}, bm25(articles_fts) AS score, a.text FROM articles_fts"
                f" JOIN articles a ON a.id = articles_fts.rowid{where}"
                f" ORDER BY {order_by} LIMIT ? OFFSET ?",
                [expr, *params, limit, offset],
            )
        for r in rows:
            r["date"] = r["published"]
            r["snippet"], r["hits"] = snippet(r.pop("text"), terms)
        return rows

    def search_count(self, query: str, filters: Filters | None = None, **kw: object) -> int:
        """How many articles a search matches."""
        expr, _ = parse_query(query, stems=self.fts_stems)
        where, params = _where(Filters.of(filters, **kw), ["articles_fts MATCH ?"])
        with index_errors(query):
            return self._one(
                f"SELECT count(*) AS n FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid{where}",
                [expr, *params],
            )["n"]

    # -- entities / actors ------------------------------------------------------------

    def entity(self, actor: int | str) -> dict | None:
        """A cross-document actor (by id, or by a name/alias): its names, counts, articles."""
        actor_id, others, by_word, by_title = None, [], False, None
        if isinstance(actor, str) and not actor.strip().isdigit():
            # a name typed with its title («الملك سلمان», «الرئيس الأمريكي باراك أوباما»):
            # the person the name without the title names (khabar.store.lookup), before an
            # alias that kept the title (a stray NER span) — names and aliases hold none
            rest, title = split_title(actor)
            if rest != norm_name(actor):
                actor_id = titled_actor(self.conn, rest, title)
                if actor_id is None and (near := self.actors_by_word(rest, limit=1)):
                    actor_id = near[0]["id"]
                if actor_id is not None:
                    typed = actor.split()  # the name as typed, without its title words
                    shown = " ".join(typed[len(typed) - len(rest.split()):]) if len(
                        typed) >= len(rest.split()) else rest
                    by_title = {"by": "title", "query": actor, "name": shown, "title": title,
                                "others": []}
        if actor_id is None:
            actor_id = self._actor_id(actor)
        if actor_id is None and isinstance(actor, str) and not actor.isdigit():
            # no actor has this name: a bare family or given name («كيري») finds the actors
            # whose names hold it as a whole word, the most mentioned first
            found = self.actors_by_word(actor, limit=6)
            if found:
                actor_id, others, by_word = found[0]["id"], found[1:], True
        if actor_id is None:
            return None
        row = self._one("SELECT * FROM actors WHERE id = ?", (actor_id,))
        if row is None:
            return None
        if by_title:
            row["matched"] = by_title
        if by_word:
            # found by a word of its names, not by a name: say so, and who else holds it
            row["matched"] = {"by": "word", "query": actor, "others": [
                {"id": o["id"], "name": o["name"], "label": o["label"], "mentions": o["mentions"]}
                for o in others]}
        row["aliases"] = self._rows(
            "SELECT alias, n FROM actor_aliases WHERE actor_id = ? ORDER BY n DESC", (actor_id,))
        # the aliases are normalised match keys (الدوله الاسلاميه); readers want the names
        # as the texts write them, with their mention counts
        # — one name however its letters are encoded: a text in Arabic presentation forms
        # («ﺍﻟﺤﻮﺛﻲ», copied from a PDF) was listed beside «الحوثي» as a second, identical name
        names: dict[str, int] = {}
        for r in self._rows("SELECT text, count(*) AS n FROM entities WHERE actor_id = ?"
                            " GROUP BY text ORDER BY n DESC, text LIMIT 200", (actor_id,)):
            key = unicodedata.normalize("NFKC", r["text"])
            names[key] = names.get(key, 0) + r["n"]
        row["names"] = [{"name": k, "n": n} for k, n in
                        sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[:30]]
        stats = self._one(
            "SELECT count(*) AS mentions, count(DISTINCT e.article_id) AS articles,"
            " min(a.published) AS first_seen, max(a.published) AS last_seen"
            " FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.actor_id = ?",
            (actor_id,),
        )
        row.update(mentions=stats["mentions"], n_articles=stats["articles"],
                   first_seen=stats["first_seen"] or row["first_seen"], last_seen=stats["last_seen"])
        row["articles"] = self.list_articles(entity=actor_id, limit=20)
        # across outlets (session 24): which outlets mention it, in how many articles each —
        # the actor's rows first (the actor index), then their articles' outlet
        row["outlets"] = self._rows(
            "SELECT a.outlet AS outlet, count(*) AS articles, sum(e.n) AS mentions FROM"
            " (SELECT article_id, count(*) AS n FROM entities WHERE actor_id = ?"
            " GROUP BY article_id) e JOIN articles a ON a.id = e.article_id"
            " GROUP BY a.outlet ORDER BY articles DESC, mentions DESC, a.outlet IS NULL, a.outlet",
            (actor_id,))
        # the actor's articles once each: joining its mentions to every mention of their
        # articles made mentions × mentions rows (0.9 s for one long document)
        row["related"] = self._rows(
            "SELECT o.actor_id AS id, ac.name, ac.label, count(DISTINCT o.article_id) AS n"
            " FROM (SELECT DISTINCT article_id FROM entities WHERE actor_id = ?) e"
            " JOIN entities o ON o.article_id = e.article_id"
            " JOIN actors ac ON ac.id = o.actor_id"
            " WHERE o.actor_id != ? GROUP BY o.actor_id ORDER BY n DESC LIMIT 10",
            (actor_id, actor_id),
        )
        return row

    def _actor_id(self, actor: int | str) -> int | None:
        if isinstance(actor, int) or (isinstance(actor, str) and actor.isdigit()):
            actor_id = int(actor)
            if self._one("SELECT 1 FROM actors WHERE id = ?", (actor_id,)) is None:
                # merged into another actor or renumbered by a rebuild (khabar.store.relink)
                try:
                    moved = self._one("SELECT new_id FROM actor_moves WHERE old_id = ?",
                                      (actor_id,))
                except sqlite3.OperationalError:  # a read-only store from before schema 8
                    moved = None
                if moved is not None:
                    return int(moved["new_id"])
            return actor_id
        key = norm_name(actor)
        row = self._one(
            "SELECT actor_id FROM actor_aliases WHERE alias = ? GROUP BY actor_id"
            " ORDER BY sum(n) DESC LIMIT 1", (key,))
        return row["actor_id"] if row else None

    def actor_ref(self, actor: int | str) -> dict | None:
        """``{"id", "name", "label"}`` of an actor by id or name/alias (no counts), or None."""
        actor_id = self._actor_id(actor)
        if actor_id is None:
            return None
        return self._one("SELECT id, name, label FROM actors WHERE id = ?", (actor_id,))

    def event_types(self) -> list[dict]:
        """The PLOVER types of the stored events with their counts, most frequent first."""
        return self._rows("SELECT type, count(*) AS n FROM events WHERE type IS NOT NULL"
                          " GROUP BY type ORDER BY n DESC, type")

    def actors_by_word(self, name: str, *, limit: int = 50) -> list[dict]:
        """Actors one of whose names holds ``name`` as a whole word or words («كيري» in
        «جون كيري», «فيصل بن تركي» in «الأمير فيصل بن تركي»), most mentioned first; nothing
        for a name particle («بن», «دا») or a word of fewer than 3 letters."""
        key = norm_name(name)
        if len(key.replace(" ", "")) < 3 or key in _NAME_PARTICLES:
            return []  # «بن», «دا», «عبد» name no one
        return self.actors(name, limit=limit, words_only=True)

    def actors(
        self, query: str | None = None, *, label: str | None = None, country: str | None = None,
        limit: int = 50, offset: int = 0, words_only: bool = False,
    ) -> list[dict]:
        """Actors, optionally by name, label or country; most mentioned first.

        ``query`` finds the actors with a name that is it, that holds it as a whole word
        («كيري» finds «جون كيري»), or that starts with it; in that order, each group most
        mentioned first (``words_only``: names that are it or hold it as whole words)."""
        conds: list[str] = []
        params: list[object] = []
        rank, rank_params, matched, matched_params = "0", [], "", []
        if query:
            key = _like(norm_name(query))
            # % and _ typed in a name are letters, not LIKE wildcards
            word = ("alias = ? OR alias LIKE ? ESCAPE '\\' OR alias LIKE ? ESCAPE '\\'"
                    " OR alias LIKE ? ESCAPE '\\'")
            word_params = [norm_name(query), key + " %", "% " + key, "% " + key + " %"]
            where = word if words_only else word + " OR alias LIKE ? ESCAPE '\\'"
            # a name typed with its title («الملك سلمان»): the person it names comes first
            rest, title = split_title(query)
            titled = titled_actor(self.conn, rest, title) if rest != norm_name(query) else None
            titled = -1 if titled is None else titled
            # the actor's best match: its name itself, a whole word of a name, a name starting
            # so («كيري»: «كيري», then «جون كيري» and «كيري كينيدي», then «كيريباتي») — taken
            # over the matching aliases in one pass (session 18: a subquery per actor scanned
            # every alias, 178 ms for «محمد» on the news day); an alias that does not match
            # ranks 2, no better than any match, so the minimum is the same
            matched = (f" LEFT JOIN (SELECT actor_id, min(CASE WHEN alias = ? THEN 0 WHEN {word}"
                       f" THEN 1 ELSE 2 END) AS best FROM actor_aliases WHERE {where}"
                       " GROUP BY actor_id) m ON m.actor_id = ac.id")
            matched_params = [norm_name(query), *word_params,
                              *(word_params if words_only else [*word_params, key + "%"])]
            conds.append("(ac.id = ? OR m.actor_id IS NOT NULL)")
            params.append(titled)
            rank = "(CASE WHEN ac.id = ? THEN -1 ELSE m.best END)"
            rank_params = [titled]
        # any case (pers, Pers); an unknown code raises (khabar.store.filters.UnknownCode)
        label = check_code("label", label, ENTITY_LABELS, "entity label")
        country = check_code("country", country, country_codes(), "country code")
        if label:
            conds.append("ac.label = ?")
            params.append(label)
        if country:
            conds.append("ac.country = ?")
            params.append(country)
        where = (" WHERE " + " AND ".join(conds)) if conds else ""
        rows = self._rows(
            f"SELECT ac.*, (SELECT count(*) FROM entities e WHERE e.actor_id = ac.id) AS mentions,"
            f" {rank} AS match_rank FROM actors ac{matched}{where}"
            " ORDER BY match_rank, mentions DESC, ac.id LIMIT ? OFFSET ?",
            [*rank_params, *matched_params, *params, limit, offset],
        )
        for r in rows:
            r.pop("match_rank", None)
        return rows

    # -- events / quotes --------------------------------------------------------------

    def events(
        self, filters: Filters | None = None, limit: int = 100, offset: int = 0, *,
        type: str | None = None, actor: int | str | None = None, order: str | None = None,
        columns: tuple[str, ...] | None = None, place: str | None = None,
        query: str | None = None, role: str | None = None, **kw: object,
    ) -> list[dict]:
        """Event rows (the flat events schema + ``article_id``, ``title``) in ``order``
        (:data:`EVENT_ORDERS`, any case; :class:`UnknownCode` for another): ``date`` (the
        default) newest first by the first day of the event's date (``date_begin``), an
        event dated after its article's dateline (planned, or a misread time) at that
        dateline; ``published`` newest article first; ``event`` by the event's date as it
        stands (future-dated events first). Undated ``PAST_REF`` events last.

        ``type``: PLOVER type; ``actor``: an actor id/name taking part (either role);
        ``place``: the ISO3 country of the event's location (where it happened — ``country``
        is a participant's, which most placed events lack: session 21);
        ``query``: the events of the articles :meth:`search` finds for it (session 21,
        ux21b; :class:`~khabar.store.search.QueryError` for a query it refuses);
        ``event_from`` / ``event_to``, ``event_type``, ``country`` and ``sector`` select
        the events themselves (an event dated within the range, of that type, with such a
        participant — country and sector of ONE participant), the other filters / keywords
        the articles (dateline, outlet …); ``role`` (``actor`` | ``recipient``, session 22)
        asks that participant, and the ``actor``, to stand in that role: what Saudi
        military forces did (``country="SAU", sector="MIL", role="actor"``) rather than
        every event they took part in; alone, the events that have a participant in it.
        ``columns``: only these columns of the events table (:data:`EVENT_COLUMNS` or
        ``article_id``; no ``title``) — the map reads 4 of the 35 (session 18).
        """
        order = check_code("order", order, EVENT_ORDERS, "event order") or "date"
        where, params = self._event_where(filters, type, actor, kw, place, query, role)
        if columns is None:
            chosen = "ev.*, a.title"
        else:
            unknown = [c for c in columns if c not in EVENT_COLUMNS and c != "article_id"]
            if unknown or not columns:
                raise ValueError(f"not columns of the events table: {unknown or columns}")
            chosen = ", ".join(f"ev.{c}" for c in columns)
        with index_errors(query):
            return _bools(_lists(self._rows(
                f"SELECT {chosen} FROM events ev, articles a{where}"
                f" ORDER BY {EVENT_ORDERS[order]} LIMIT ? OFFSET ?",  # NULL (PAST_REF) last
                [*params, limit, offset],
            ), "contexts"), "hedged", "historical", "report_day")

    def event_count(
        self, filters: Filters | None = None, *, type: str | None = None,
        actor: int | str | None = None, place: str | None = None, query: str | None = None,
        role: str | None = None, **kw: object,
    ) -> int:
        """How many events :meth:`events` lists for the same filters (every page of them):
        the count the /events page and ``/api/events`` show, as the article lists do."""
        where, params = self._event_where(filters, type, actor, kw, place, query, role)
        with index_errors(query):
            return self._one(f"SELECT count(*) AS n FROM events ev, articles a{where}",
                             params)["n"]

    def event_keys(
        self, filters: Filters | None = None, *, type: str | None = None,
        actor: int | str | None = None, place: str | None = None, query: str | None = None,
        role: str | None = None, **kw: object,
    ) -> dict[int, set[str]]:
        """Every event :meth:`events` lists for the same filters, as ``{article_id: {its
        exported event_id}}`` (``doc_id:event id``, the events and participants tables'
        key): what ``khabar export --type/--country/--sector/--role/--place`` keeps (session
        24), by the one rule the event list, its count and the API use."""
        where, params = self._event_where(filters, type, actor, kw, place, query, role)
        out: dict[int, set[str]] = {}
        with index_errors(query):
            for r in self._rows("SELECT ev.article_id AS article_id, a.doc_id || ':' || ev.id"
                                f" AS event_id FROM events ev, articles a{where}", params):
                out.setdefault(r["article_id"], set()).add(r["event_id"])
        return out

    def event_type_counts(
        self, filters: Filters | None = None, *, actor: int | str | None = None,
        place: str | None = None, query: str | None = None, role: str | None = None,
        **kw: object,
    ) -> list[dict]:
        """``[{"type", "n"}]``: the events :meth:`events` lists for the same filters, by
        PLOVER type, most first (then by type) — a type filter given is left out, so the
        counts are those of each choice (session 23: "what a party did, by type")."""
        kw = {k: v for k, v in kw.items() if k not in ("type", "event_type")}
        if filters is not None and getattr(filters, "event_type", None):
            filters = replace(filters, event_type=None)
        where, params = self._event_where(filters, None, actor, kw, place, query, role)
        with index_errors(query):
            return self._rows(f"SELECT ev.type AS type, count(*) AS n FROM events ev, articles a"
                              f"{where} AND ev.type IS NOT NULL GROUP BY ev.type"
                              " ORDER BY n DESC, ev.type", params)

    def event_outlet_counts(
        self, filters: Filters | None = None, *, type: str | None = None,
        actor: int | str | None = None, place: str | None = None, query: str | None = None,
        role: str | None = None, **kw: object,
    ) -> list[dict]:
        """``[{"outlet", "n"}]``: the events :meth:`events` lists for the same filters, by
        the outlet of their article, most first — an ``outlet`` filter given is left out, so
        the counts are those of each outlet (session 24: an actor's events across outlets;
        the articles without an outlet as ``None``, last among equals)."""
        kw = {k: v for k, v in kw.items() if k != "outlet"}
        if filters is not None and getattr(filters, "outlet", None):
            filters = replace(filters, outlet=None)
        where, params = self._event_where(filters, type, actor, kw, place, query, role)
        with index_errors(query):
            return self._rows(f"SELECT a.outlet AS outlet, count(*) AS n FROM events ev, articles a"
                              f"{where} GROUP BY a.outlet ORDER BY n DESC, a.outlet IS NULL,"
                              " a.outlet", params)

    def _event_where(self, filters: Filters | None, type: str | None,
                     actor: int | str | None, kw: dict, place: str | None = None,
                     query: str | None = None,
                     role: str | None = None) -> tuple[str, list[object]]:
        """The WHERE clause of an event list and its parameters (one rule for the list and
        its count)."""
        f = Filters.of(filters, **kw)
        role = check_code("role", role, EVENT_ROLES, "participant role")
        # any case; an unknown type raises (UnknownCode) rather than answering nothing
        type = check_code("type", type, event_types(), "PLOVER event type") or f.event_type
        place = check_code("place", place, country_codes(), "country code")
        extra = ["ev.article_id = a.id"]
        params: list[object] = []
        conds, dparams = event_date_clause(f.event_from, f.event_to)
        extra.extend(conds)
        params.extend(dparams)
        # the event-level filters, applied above to the event rather than to its article
        f = replace(f, event_from=None, event_to=None, event_type=None)
        if type:
            extra.append("ev.type = ?")
            params.append(type)
        if place:  # where it happened: the location's country, not a participant's
            extra.append("ev.location_country = ?")
            params.append(place)
        if actor is not None:
            actor_id = self._actor_id(actor)
            # the actor's own rows first (session 18): EXISTS walked the actor index for
            # every event — 34 ms for the news day's «السعودية», 0.04 ms this way
            in_role = " AND role = ?" if role else ""
            extra.append("(ev.article_id, ev.id) IN (SELECT article_id, event_id FROM"
                         f" event_actors WHERE actor_id = ?{in_role})")
            params.extend([actor_id, role] if role else [actor_id])
        if f.country or f.sector or (role and actor is None):
            clause, clause_params = actor_clause(
                f.country, f.sector, ["x.article_id = ev.article_id", "x.event_id = ev.id"],
                role=role)
            extra.append(clause)
            params.extend(clause_params)
        if query is not None and query.strip():  # the articles search finds (one parser)
            cond, expr = match_clause(query, stems=self.fts_stems)
            extra.append(cond)
            params.append(expr)
        where, fparams = _where(f, extra)
        return where, [*params, *fparams]

    def quotes(
        self, filters: Filters | None = None, limit: int = 100, offset: int = 0, *,
        speaker: str | int | None = None, article: int | str | None = None,
        via: str | int | None = None, about: str | int | None = None,
        says: str | None = None, **kw: object,
    ) -> list[dict]:
        """Attributed statements (flat quotes schema + ``article_id``, ``title``), newest
        first; ``speaker`` by name (normalised) or actor id, ``article`` by id; ``via``:
        the statements a relay carried — an outlet, agency or person named in the quote's
        chain (``via``), by a name (matched normalised, and as any alias of the actors it
        names) or an actor id (any of its aliases); ``about``: the statements that speak
        of an actor — a mention of it inside what was said (the content span), by actor
        id or by a name (a mention's canonical name, or any alias of a linked actor), as
        the ``entity`` filter finds the articles that mention it (session 22); ``says``: the
        statements whose content holds every word and ``"phrase"`` of it, each read as
        search reads words — clitics, alef-lam, hamza, stems (session 24: a claim followed
        by what was said; :func:`khabar.store.search.says`, :class:`QueryError` for OR /
        NOT or no word)."""
        where, params = self._quote_where(filters, speaker, article, via, about, says, kw)
        with index_errors(says):
            return _bools(_lists(self._rows(
                f"SELECT q.*, a.title FROM quotes q, articles a{where}"
                " ORDER BY a.published DESC, q.article_id DESC, q.content_start LIMIT ? OFFSET ?",
                [*params, limit, offset],
            ), "via"), "implicit", "hedged")

    def quote_counts(
        self, filters: Filters | None = None, *, speaker: str | int | None = None,
        article: int | str | None = None, via: str | int | None = None,
        about: str | int | None = None, says: str | None = None, top: int = 10, **kw: object,
    ) -> dict:
        """Every statement :meth:`quotes` lists for the same filters, counted: ``{"n",
        "speakers": [{"id", "speaker", "n"}], "outlets": [{"outlet", "n"}], "days": [{"day",
        "n"}]}`` — the speakers (the ``top`` most): a linked speaker by its actor (``id``; the
        actor's name, whatever spelling each article gives), another by the name as written
        (``id`` null) — as :meth:`about_speakers`; the outlets (``None``: no outlet) and the
        datelines, most first (days in order). Who said a claim, where and when, in three
        grouped queries rather than every row (session 24)."""
        where, params = self._quote_where(filters, speaker, article, via, about, says, kw)
        base = f"FROM quotes q, articles a{where}"
        with index_errors(says):
            n = self._one(f"SELECT count(*) AS n {base}", params)["n"]
            # a speaker linked to an actor counted as the actor (its name: one person under
            # several spellings is one row), another by the name the article gives
            speakers = self._rows(
                "SELECT q.actor_id AS id, coalesce((SELECT ac.name FROM actors ac WHERE"
                f" ac.id = q.actor_id), q.speaker) AS speaker, count(*) AS n {base}"
                " GROUP BY q.actor_id, CASE WHEN q.actor_id IS NULL THEN q.speaker END"
                " ORDER BY n DESC, speaker IS NULL, speaker LIMIT ?", [*params, top])
            outlets = self._rows(f"SELECT a.outlet AS outlet, count(*) AS n {base}"
                                 " GROUP BY a.outlet ORDER BY n DESC, a.outlet IS NULL,"
                                 " a.outlet", params)
            days = self._rows(f"SELECT a.published AS day, count(*) AS n {base} AND"
                              " a.published IS NOT NULL GROUP BY a.published ORDER BY day",
                              params)
        return {"n": n, "speakers": speakers, "outlets": outlets, "days": days}

    def _quote_where(self, filters: Filters | None, speaker: str | int | None,
                     article: int | str | None, via: str | int | None,
                     about: str | int | None, says: str | None,
                     kw: dict) -> tuple[str, list[object]]:
        """The WHERE clause of a statement list and its parameters (one rule for the list
        and its counts)."""
        extra = ["q.article_id = a.id"]
        params: list[object] = []
        if says is not None and says.strip():
            # the articles that hold every word (the index), then each of their statements
            expr, _ = says_terms(says, self.fts_stems)
            extra.append("q.article_id IN (SELECT rowid FROM articles_fts WHERE"
                         " articles_fts MATCH ?) AND khabar_says(q.content, ?, ?)")
            # the SQL function takes a number: the version of the rules (True is today's, not 1)
            stems = STEM_VERSION if self.fts_stems is True else int(self.fts_stems)
            params.extend([expr, says, stems])
        if about is not None:
            cond, about_params = about_clause(self._about(about))
            extra.append(cond)
            params.extend(about_params)
        if via is not None:
            keys = self.relay_keys(via)
            extra.append("q.via IS NOT NULL AND q.via NOT IN ('', '[]') AND EXISTS (SELECT 1"
                         " FROM json_each(q.via) j WHERE khabar_norm_name(j.value) IN"
                         f" ({','.join('?' * len(keys)) or 'NULL'}))")
            params.extend(keys)
        if speaker is not None:
            if isinstance(speaker, int):
                extra.append("q.actor_id = ?")
                params.append(speaker)
            else:
                key = norm_name(speaker)
                extra.append("(q.speaker_norm = ? OR q.actor_id IN"
                             " (SELECT actor_id FROM actor_aliases WHERE alias = ?))")
                params.extend([key, key])
        if article is not None:
            extra.append("q.article_id = ?")
            params.append(self._article_id(article))
        where, fparams = _where(Filters.of(filters, **kw), extra)
        return where, [*params, *fparams]

    def relay_count(self, via: str | int, *, originals_only: bool = False) -> int:
        """How many statements :meth:`quotes` lists for ``via`` (every page of them)."""
        keys = self.relay_keys(via)
        if not keys:
            return 0
        dup = " AND a.dup_of IS NULL" if originals_only else ""
        return self._one(
            "SELECT count(*) AS n FROM quotes q JOIN articles a ON a.id = q.article_id"
            " WHERE q.via IS NOT NULL AND q.via NOT IN ('', '[]') AND EXISTS (SELECT 1 FROM"
            f" json_each(q.via) j WHERE khabar_norm_name(j.value) IN ({','.join('?' * len(keys))})){dup}",
            keys)["n"]

    def about_speakers(self, about: str | int, *, originals_only: bool = False,
                       limit: int = 10) -> list[dict]:
        """Who spoke of ``about`` (the statements :meth:`quotes` lists for it): ``{"id",
        "name", "n"}`` per speaker, most statements first — a linked speaker by its actor
        (``id``; its name), another by the name the articles give (``id`` null)."""
        cond, params = about_clause(self._about(about))
        dup = " AND a.dup_of IS NULL" if originals_only else ""
        return self._rows(
            "SELECT q.actor_id AS id, coalesce(ac.name, q.speaker) AS name, count(*) AS n"
            " FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors ac ON"
            f" ac.id = q.actor_id WHERE {cond}{dup} AND coalesce(ac.name, q.speaker) IS NOT NULL"
            " GROUP BY q.actor_id, CASE WHEN q.actor_id IS NULL THEN q.speaker END"
            " ORDER BY n DESC, name LIMIT ?", [*params, limit])

    def doc_ids(self, article_ids: list[int]) -> dict[int, str]:
        """``article id -> doc_id`` of these stored articles (the id every export joins on)."""
        ids = sorted(set(article_ids))
        return {r["id"]: r["doc_id"] for r in self._rows(
            f"SELECT id, doc_id FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)
        } if ids else {}

    def about_count(self, about: str | int, *, originals_only: bool = False) -> int:
        """How many statements :meth:`quotes` lists for ``about`` (every page of them)."""
        cond, params = about_clause(self._about(about))
        dup = " AND a.dup_of IS NULL" if originals_only else ""
        return self._one(f"SELECT count(*) AS n FROM quotes q JOIN articles a ON a.id ="
                         f" q.article_id WHERE {cond}{dup}", params)["n"]

    def _about(self, about: str | int) -> str | int:
        """An actor id as an ``about`` filter names it: one merged away points at the
        actor it went to (``actor_moves``), as every actor filter does."""
        if isinstance(about, int):
            return self._actor_id(about) or about
        return about

    def relay_keys(self, via: str | int) -> list[str]:
        """The normalised names a relay filter matches: an actor id's aliases; a name itself
        and the aliases of every actor that has it as an alias («وول ستريت جورنال», «واس»)."""
        if isinstance(via, int):
            names: set[str] = set()
        else:
            key = norm_name(via)
            if not key:
                return []
            names = {key}
        ids = [via] if isinstance(via, int) else [r["actor_id"] for r in self._rows(
            "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias = ?", [norm_name(via)])]
        for actor_id in ids:
            names.update(r["alias"] for r in self._rows(
                "SELECT alias FROM actor_aliases WHERE actor_id = ?", [actor_id]))
        return sorted(names)

    # -- claims -----------------------------------------------------------------------

    def claims(
        self, *, due_before: str | None = None, due_after: str | None = None,
        as_of: str | None = None, status: str | None = None, speaker: str | int | None = None,
        originals: bool = False, limit: int = 200, offset: int = 0,
    ) -> list[dict]:
        """Attributed claims about future events with their due date, soonest due first.

        Each row has ``status``: ``overdue`` when ``due < as_of`` (default today), else
        ``due``. ``status`` filters on it; ``due_before`` / ``due_after`` bound the due date
        (inclusive); ``originals`` leaves out the claims of near-duplicate copies;
        ``speaker`` keeps one speaker's, as :meth:`quotes`: an int is an actor id, a name
        matches the speaker as written or any alias of a linked actor.
        """
        as_of = bound_from(check_date("as_of", as_of) or date.today().isoformat())
        due_before, due_after = check_date("due_before", due_before), check_date("due_after", due_after)
        status = check_code("status", status, ("due", "overdue"), "claim status")
        conds, params = ["c.article_id = a.id"], []
        if originals:
            conds.append("a.dup_of IS NULL")
        if due_before:  # a month or year bound is all of its days (2015-08: up to 31 August)
            conds.append("c.due < ?")
            params.append(bound_until(due_before))
        if due_after:
            conds.append("c.due >= ?")
            params.append(bound_from(due_after))
        if status == "overdue":
            conds.append("c.due < ?")
            params.append(as_of)
        elif status == "due":
            conds.append("c.due >= ?")
            params.append(as_of)
        if speaker is not None:  # as quotes(): an int is an actor id, a name also its aliases
            same = "q.article_id = c.article_id AND q.id = c.quote_id"
            if isinstance(speaker, int):
                conds.append(f"EXISTS (SELECT 1 FROM quotes q WHERE {same} AND q.actor_id = ?)")
                params.append(speaker)
            else:
                key = norm_name(speaker)
                conds.append(f"EXISTS (SELECT 1 FROM quotes q WHERE {same} AND (q.speaker_norm = ?"
                             " OR q.actor_id IN (SELECT actor_id FROM actor_aliases WHERE alias = ?)))")
                params.extend([key, key])
        rows = self._rows(
            # the claim's event: the offsets of its trigger and sentence (session 24)
            f"SELECT c.*, {EVIDENCE_OFFSETS_SQL}, a.title, a.url, a.outlet FROM claims c,"
            " articles a LEFT JOIN events ev ON ev.article_id = c.article_id"
            " AND ev.id = c.event_id WHERE "
            + " AND ".join(conds) + " ORDER BY c.due, c.article_id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        for r in rows:
            r["status"] = "overdue" if r["due"] < as_of else "due"
        return rows
