"""Cross-document operations of the store: actor relinking, near-duplicates, stories, timelines.

Near-duplicate groups and stories are recomputed over a date range on demand (``khabar
ingest`` does it after each batch, ``khabar watch`` after each round); they are written
to ``articles.dup_of`` / ``articles.story_id`` and the ``stories`` table. The same refresh
first re-applies the name rules of actors store-wide (:mod:`khabar.store.relink`).
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import orjson

from khabar.corpus import dedupe as _dedupe
from khabar.corpus import undated as _undated
from khabar.corpus.stories import Item, cluster
from khabar.document import Document
from khabar.store.filters import check_range, dateline_clause, event_date_clause
from khabar.store.linker_state import stamp
from khabar.store.relink import rebuild, relink
from khabar.store.rows import EVIDENCE_OFFSETS_SQL
from khabar.store.search import index_errors
from khabar.store.views import ARTICLE_FIELDS, ViewsMixin, _bools

_A = ", ".join(f"a.{f}" for f in ARTICLE_FIELDS)


def _range(date_from: str | None, date_to: str | None,
           undated: bool = False) -> tuple[str, list[object]]:
    if undated:  # the articles without a dateline (window-free stories, khabar.corpus.undated)
        return " WHERE a.published IS NULL", []
    conds, params = dateline_clause(date_from, date_to)
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def _shift(day: str, days: int) -> str:
    try:
        return (date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return day[:10]


def write_undated_stories(conn: sqlite3.Connection, threshold: float = _undated.THRESHOLD,
                          min_shared: int = _undated.MIN_SHARED) -> int:
    """(Re)write the stories of the articles without a dateline, inside the caller's
    transaction (:meth:`CorpusMixin.cluster_undated`, the schema-13 migration):
    :mod:`khabar.corpus.undated` — near-duplicates, and links of TF-IDF cosine plus entity
    overlap with a shared entity name; stories are connected components (the Spark job's
    :func:`khabar.spark.corpus.undated_story_pairs` gives the same). Every undated article
    gets a ``story_id``; such a story has no first/last date. Returns the number of
    undated stories of ≥ 2 reports."""
    rows = conn.execute(
        "SELECT a.id, a.dup_of, a.title, f.base FROM articles a"
        " JOIN articles_fts f ON f.rowid = a.id WHERE a.published IS NULL ORDER BY a.id").fetchall()
    names: dict[int, set[str]] = {}
    for article_id, canonical in conn.execute(
            "SELECT DISTINCT e.article_id, e.canonical FROM entities e JOIN articles a"
            " ON a.id = e.article_id WHERE a.published IS NULL AND e.canonical <> ''"):
        names.setdefault(article_id, set()).add(canonical)
    docs = [_undated.UndatedDoc(r[0], r[3].split(), frozenset(names.get(r[0], ()))) for r in rows]
    vecs = dict(zip((d.id for d in docs), _undated.vectors(docs), strict=True))
    groups = _undated.stories(docs, [(r[0], r[1]) for r in rows if r[1]],
                              threshold=threshold, min_shared=min_shared)
    groups = sorted((sorted(g) for g in groups), key=lambda g: g[0])
    titles = {r[0]: r[2] for r in rows}
    conn.execute("DELETE FROM stories WHERE id IN (SELECT story_id FROM articles"
                 " WHERE published IS NULL AND story_id IS NOT NULL)")
    conn.execute("UPDATE articles SET story_id = NULL WHERE published IS NULL")
    for g in groups:
        title = next((titles[m] for m in g if titles[m]), None)
        cur = conn.execute(
            "INSERT INTO stories (title, first_published, last_published, size, terms)"
            " VALUES (?,?,?,?,?)",
            (title, None, None, len(g), orjson.dumps(_undated.top_terms(vecs[m] for m in g)).decode()))
        conn.executemany("UPDATE articles SET story_id = ? WHERE id = ?",
                         [(cur.lastrowid, m) for m in g])
    return sum(1 for g in groups if len(g) > 1)


class CorpusMixin(ViewsMixin):
    """Near-duplicates, stories and timelines (mixed into :class:`khabar.store.Store`)."""

    def dedupe(self, threshold: float = _dedupe.DEFAULT_THRESHOLD,
               date_from: str | None = None, date_to: str | None = None,
               undated: bool = False) -> list[list[int]]:
        """Group near-duplicate articles (copies of one wire story) in a date range, or
        among the articles without a dateline (``undated``).

        Sets ``dup_of`` of every copy to the group's earliest article (by
        ``published_at``, then id) and clears it elsewhere in the range. Returns the groups
        (article ids, original first). Besides the Jaccard ``threshold``, an edited copy
        contained in a longer report (:func:`khabar.corpus.dedupe.contained`) joins it.
        """
        where, params = _range(date_from, date_to, undated)
        rows = self._rows(
            f"SELECT a.id, a.minhash FROM articles a{where}"
            " ORDER BY coalesce(a.published_at, a.published) IS NULL,"
            " coalesce(a.published_at, a.published), a.id", params)
        groups = _dedupe.groups(((r["id"], r["minhash"]) for r in rows), threshold,
                                words=self._dedupe_words)
        with self.transaction() as conn:
            conn.execute(f"UPDATE articles SET dup_of = NULL WHERE id IN (SELECT a.id FROM articles a{where})",
                         params)
            conn.executemany("UPDATE articles SET dup_of = ? WHERE id = ?",
                             [(g[0], other) for g in groups for other in g[1:]])
        return groups

    def _dedupe_words(self, article_id: int) -> list[str]:
        """The normalised words of a stored article's text, as its signature saw them."""
        row = self._one("SELECT text FROM articles WHERE id = ?", (article_id,))
        return _dedupe.word_forms(Document(id=str(article_id), text=row["text"] if row else ""))

    def duplicates(self, article: int | str) -> list[dict]:
        """All copies of the article's wire story (original first), itself included."""
        article_id = self._article_id(article)
        row = self._one("SELECT id, dup_of FROM articles WHERE id = ?", (article_id,))
        if row is None:
            return []
        root = row["dup_of"] or row["id"]
        return self._rows(
            f"SELECT {_A} FROM articles a WHERE a.id = ? OR a.dup_of = ?"
            " ORDER BY a.dup_of IS NOT NULL, coalesce(a.published_at, a.published) IS NULL,"
            " coalesce(a.published_at, a.published), a.id",
            (root, root))

    def cluster_stories(self, window_days: int = 3, threshold: float = 0.35,
                        date_from: str | None = None, date_to: str | None = None) -> int:
        """(Re)build stories over a date range; returns the number of stories of ≥ 2 reports.

        Every article in the range gets a ``story_id`` (single reports form their own
        story); the ``stories`` table lists each story's title (its first report's), first
        and last date, size and top terms. Without a range, the articles without a
        dateline are clustered too (:meth:`cluster_undated`; the count includes theirs).
        """
        where, params = _range(date_from, date_to)
        rows = self._rows(
            f"SELECT a.id, a.published, a.dup_of, a.title, f.base FROM articles a"
            f" JOIN articles_fts f ON f.rowid = a.id{where}", params)
        actors: dict[int, set[int]] = {}
        for r in self._rows(
            f"SELECT DISTINCT e.article_id, e.actor_id FROM entities e JOIN articles a"
            f" ON a.id = e.article_id{where}{' AND' if where else ' WHERE'} e.actor_id IS NOT NULL",
            params,
        ):
            actors.setdefault(r["article_id"], set()).add(r["actor_id"])
        items = [Item(r["id"], r["published"], r["base"].split(), actors.get(r["id"], set()),
                      r["dup_of"]) for r in rows]
        titles = {r["id"]: r["title"] for r in rows}
        # undated reports count for the IDF only: cluster_undated gives them their stories
        stories = [st for st in cluster(items, window_days=window_days, threshold=threshold)
                   if st.first is not None]
        with self.transaction() as conn:
            old = [r[0] for r in conn.execute(
                f"SELECT DISTINCT a.story_id FROM articles a{where}", params) if r[0] is not None]
            conn.executemany("DELETE FROM stories WHERE id = ?", [(s,) for s in old])
            conn.execute(f"UPDATE articles SET story_id = NULL WHERE id IN (SELECT a.id FROM articles a{where})",
                         params)
            for st in stories:
                cur = conn.execute(
                    "INSERT INTO stories (title, first_published, last_published, size, terms)"
                    " VALUES (?,?,?,?,?)",
                    (titles.get(st.members[0]), st.first, st.last, len(st.members),
                     orjson.dumps(st.top_terms()).decode()))
                conn.executemany("UPDATE articles SET story_id = ? WHERE id = ?",
                                 [(cur.lastrowid, m) for m in st.members])
        n = sum(1 for st in stories if len(st.members) > 1)
        if not date_from and not date_to:
            n += self.cluster_undated()
        return n

    def cluster_undated(self, threshold: float = _undated.THRESHOLD,
                        min_shared: int = _undated.MIN_SHARED) -> int:
        """(Re)build the stories of the articles without a dateline, window-free
        (:func:`write_undated_stories`); returns the number of ≥ 2 reports."""
        with self.transaction() as conn:
            return write_undated_stories(conn, threshold, min_shared)

    def relink_actors(self) -> dict:
        """Re-apply the name rules of person actors to the whole store — family names,
        fathers' names, bare given names, transliterations — so that «أوباما» and «باراك
        أوباما» are one actor whatever order their articles came in
        (:mod:`khabar.store.relink`, :mod:`khabar.store.relink_names`). Returns
        ``{"merged": n, "moved": n}``."""
        with self.transaction() as conn:
            result = relink(conn)
        self._linker.reset()  # its name cache may hold actors merged away
        return result.as_dict()

    def rebuild_actors(self) -> dict:
        """Link every article's entities again from scratch in a canonical order, then
        relink (:func:`khabar.store.relink.rebuild`): the actors then depend only on which
        articles are stored, not on the order they came in. Actor ids change.
        Returns ``{"actors", "merged", "moved"}``."""
        with self.transaction() as conn:
            result = rebuild(conn)
            stamp(conn)  # every link is now today's linker's
        self._linker.reset()
        return result

    def refresh_corpus(self, since: str, window_days: int = 3) -> dict:
        """Relink actors store-wide, then recompute near-duplicates and stories around
        articles stored at/after ``since`` (an ISO timestamp, e.g. taken before an ingest
        run): over their publication dates widened by ``window_days`` and by the stories
        they touch. New articles without a dateline recompute the near-duplicates and the
        stories of every undated article (window-free, :meth:`cluster_undated`). Returns
        what was done."""
        row = self._one("SELECT min(published) AS lo, max(published) AS hi, count(*) AS n,"
                        " count(*) - count(published) AS undated FROM articles"
                        " WHERE analysed_at >= ?", (since,))
        if not row or not row["n"]:
            return {"range": None, "duplicate_groups": 0, "stories": 0}
        actors = self.relink_actors()
        done: dict = {"range": None, "duplicate_groups": 0, "stories": 0, "actors": actors}
        if row["undated"]:
            done["undated_duplicate_groups"] = len(self.dedupe(undated=True))
            done["undated_stories"] = self.cluster_undated()
        if row["lo"] is None:
            return done
        lo = _shift(row["lo"], -window_days)
        hi = _shift(row["hi"], window_days)
        span = self._one(
            "SELECT min(s.first_published) AS lo, max(s.last_published) AS hi FROM stories s"
            " WHERE s.id IN (SELECT story_id FROM articles a WHERE a.published >= ?"
            " AND substr(a.published, 1, 10) <= ?)", (lo, hi))
        if span and span["lo"]:
            lo, hi = min(lo, span["lo"][:10]), max(hi, span["hi"][:10])
        groups = self.dedupe(date_from=lo, date_to=hi)
        n = self.cluster_stories(window_days=window_days, date_from=lo, date_to=hi)
        return done | {"range": [lo, hi], "duplicate_groups": len(groups), "stories": n}

    def stories(self, date_from: str | None = None, date_to: str | None = None,
                min_size: int = 2, limit: int = 50, offset: int = 0,
                undated: bool | None = None, *, query: str | None = None,
                outlet: str | list[str] | None = None,
                outlet_country: str | None = None) -> list[dict]:
        """Stories (largest, then latest first) overlapping a date range, with outlets;
        a misspelt or reversed range raises :class:`khabar.store.filters.BadFilter`.
        ``undated``: True lists only the stories of undated articles (no date range then
        matches any), False only dated stories, None both.

        ``query`` / ``outlet`` (session 23): only the stories holding a report that
        :meth:`search` finds for the query (the same parser and index,
        :func:`khabar.store.search.match_clause`; a refused query raises
        :class:`~khabar.store.search.QueryError`) and / or that one of these outlets
        published (any name of an outlet, as :class:`~khabar.store.Filters`; ``outlet_country``:
        an outlet of that country, ISO alpha-3). Each row then
        has ``matching`` (how many of its reports those are) and ``matching_outlets``, and
        the stories with the most such reports come first. ``min_size`` still counts the
        whole story: ``min_size=1`` lists a single matching report as its own story.
        Every row counts its near-duplicate ``copies`` (session 23: which stories are one
        wire text run by many outlets, before opening them)."""
        date_from, date_to = check_range("date_from", date_from, "date_to", date_to)
        conds, params = ["s.size >= ?"], [min_size]
        join, jparams, order = "", [], "s.size DESC, s.last_published DESC, s.id"
        if query is not None or outlet or outlet_country:
            aconds, aparams = self._match_conds(query, outlet, outlet_country)
            join = (" JOIN (SELECT a.story_id, count(*) AS matching,"
                    " group_concat(DISTINCT a.outlet) AS matching_outlets FROM articles a"
                    " WHERE a.story_id IS NOT NULL AND " + " AND ".join(aconds)
                    + " GROUP BY a.story_id) m ON m.story_id = s.id")
            jparams = aparams
            order = "m.matching DESC, " + order
        if undated is not None:
            conds.append(f"s.first_published IS {'' if undated else 'NOT '}NULL")
        if date_from:
            conds.append("s.last_published >= ?")
            params.append(date_from)
        if date_to:
            conds.append("substr(s.first_published, 1, ?) <= ?")
            params.extend([len(date_to), date_to])
        columns = "s.*" + (", m.matching, m.matching_outlets" if join else "")
        with index_errors(query):
            rows = self._rows(
                f"SELECT {columns}, (SELECT group_concat(DISTINCT a.outlet) FROM articles a"
                " WHERE a.story_id = s.id) AS outlets, (SELECT count(*) FROM articles a"
                " WHERE a.story_id = s.id AND a.dup_of IS NOT NULL) AS copies"
                f" FROM stories s{join} WHERE "
                + " AND ".join(conds) + f" ORDER BY {order} LIMIT ? OFFSET ?",
                [*jparams, *params, limit, offset])
        for r in rows:
            r["terms"] = orjson.loads(r["terms"]) if r["terms"] else []
            r["outlets"] = sorted((r["outlets"] or "").split(",")) if r["outlets"] else []
            if join:
                r["matching_outlets"] = sorted((r["matching_outlets"] or "").split(",")
                                               if r["matching_outlets"] else [])
        return rows

    def story_matches(self, *, query: str | None = None,
                      outlet: str | list[str] | None = None,
                      outlet_country: str | None = None) -> dict:
        """How the articles a query and / or outlet select fall into stories: ``articles``
        (how many), ``stories`` (the stories holding them) and, by the size of the whole
        story, ``single`` (matching articles that are a story of one report, which
        :meth:`stories` lists only with ``min_size=1``). Raises as :meth:`stories`."""
        aconds, aparams = self._match_conds(query, outlet, outlet_country)
        where = " AND ".join(aconds) or "1"
        row = self._one(
            "SELECT count(*) AS articles, count(DISTINCT a.story_id) AS stories,"
            " sum(CASE WHEN s.size < 2 OR s.id IS NULL THEN 1 ELSE 0 END) AS single"
            f" FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE {where}",
            aparams)
        return {"articles": row["articles"], "stories": row["stories"],
                "single": row["single"] or 0}

    def story_matching(self, story_id: int, *, query: str | None = None,
                       outlet: str | list[str] | None = None,
                       outlet_country: str | None = None) -> list[int]:
        """The ids of the story's reports that ``query`` / ``outlet`` / ``outlet_country``
        select — the reports :meth:`stories` counts as its ``matching`` (the same
        conditions: :meth:`_match_conds`), in id order. Raises as :meth:`stories`."""
        aconds, aparams = self._match_conds(query, outlet, outlet_country)
        with index_errors(query):
            return [r["id"] for r in self._rows(
                "SELECT a.id FROM articles a WHERE "
                + " AND ".join(["a.story_id = ?", *aconds]) + " ORDER BY a.id",
                [story_id, *aparams])]

    def _match_conds(self, query: str | None, outlet: str | list[str] | None,
                     outlet_country: str | None) -> tuple[list[str], list[object]]:
        """The conditions on ``articles a`` (and their parameters) that select the reports
        of a story search: those :meth:`search` finds for ``query`` (its parser and index,
        :func:`khabar.store.search.match_clause`; a refused query raises
        :class:`~khabar.store.search.QueryError`), of ``outlet`` (any of its names) and of
        the outlets of ``outlet_country`` — one rule for :meth:`stories`' ``matching``,
        :meth:`story_matches` and :meth:`story_matching` (session 24: a story's page marked
        its reports by a search without the country)."""
        from khabar.store.filters import Filters

        aconds, aparams = Filters.of(outlet=outlet, outlet_country=outlet_country).sql()
        if query is not None:
            from khabar.store.search import match_clause
            cond, expr = match_clause(query, stems=self.fts_stems)
            aconds, aparams = [cond, *aconds], [expr, *aparams]
        return aconds, aparams

    def story(self, story_id: int) -> dict | None:
        """One story with its articles in date order."""
        row = self._one("SELECT * FROM stories WHERE id = ?", (story_id,))
        if row is None:
            return None
        row["terms"] = orjson.loads(row["terms"]) if row["terms"] else []
        row["articles"] = self._rows(
            f"SELECT {_A} FROM articles a WHERE a.story_id = ?"
            " ORDER BY coalesce(a.published_at, a.published) IS NULL,"
            " coalesce(a.published_at, a.published), a.id", (story_id,))
        return row

    def timeline(
        self, *, actor: int | str | None = None, story: int | None = None,
        date_from: str | None = None, date_to: str | None = None, limit: int = 500,
    ) -> list[dict]:
        """Dated items of an actor or a story, oldest first.

        Items: ``{"date", "kind": "event" | "statement", "article_id", "title", ...}``;
        events are dated by their own date (text or dateline), statements by the article's
        dateline. For an actor: the events it takes part in and its statements; for a
        story: every event and statement of its articles.
        """
        if (actor is None) == (story is None):
            raise ValueError("timeline needs exactly one of actor= or story=")
        date_from, date_to = check_range("date_from", date_from, "date_to", date_to)
        params: list[object]
        if actor is not None:
            actor_id = self._actor_id(actor)
            ev_cond = ("(ev.article_id, ev.id) IN (SELECT article_id, event_id FROM"
                       " event_actors WHERE actor_id = ?)")  # the actor's rows first (session 18)
            q_cond = "q.actor_id = ?"
            params = [actor_id]
        else:
            ev_cond = "a.story_id = ?"
            q_cond = "a.story_id = ?"
            params = [story]
        conds, rp_e = event_date_clause(date_from, date_to)
        rng_e = "".join(f" AND {c}" for c in conds)
        conds, rp_q = dateline_clause(date_from, date_to)
        rng_q = "".join(f" AND {c}" for c in conds)
        events = self._rows(
            "SELECT ev.date AS date, ev.date_begin AS day, 'event' AS kind, ev.article_id, a.title, a.url, a.outlet,"
            " ev.id, ev.type, ev.mode, ev.modality, ev.hedged, ev.historical, ev.report_day,"
            " ev.actor_text,"
            " ev.recipient_text,"
            f" ev.trigger_text, ev.sentence_text, {EVIDENCE_OFFSETS_SQL}, ev.speaker FROM events ev"
            f" JOIN articles a ON a.id = ev.article_id WHERE {ev_cond}{rng_e}"
            " ORDER BY ev.date_begin IS NULL, ev.date_begin LIMIT ?", [*params, *rp_e, limit])
        statements = self._rows(
            "SELECT a.published AS date, a.published AS day, 'statement' AS kind, q.article_id, a.title, a.url,"
            " a.outlet, q.id, q.speaker, q.type, q.cue_text, q.content FROM quotes q"
            f" JOIN articles a ON a.id = q.article_id WHERE {q_cond}{rng_q}"
            " ORDER BY a.published LIMIT ?", [*params, *rp_q, limit])
        items = _bools(events, "hedged", "historical", "report_day") + statements
        # by the first day of the date (2015-W32 is 3 August), undated (PAST_REF) last
        items.sort(key=lambda r: (r["day"] is None, r["day"] or "", r["article_id"], r["kind"]))
        for r in items:
            del r["day"]
        return items[:limit]
