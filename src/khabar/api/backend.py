"""The API's window on the store: one :class:`khabar.store.Store` per app, plain dicts out.

This module only adapts the store's Python API (filters, pagination, totals) to what the
routes and pages need; all SQL lives in :mod:`khabar.store`. Lists are fetched with one
extra row to tell whether a next page exists when the store has no count for them.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path

import orjson

from khabar.document import Document
from khabar.export.tables import event_rows
from khabar.store.access import open_store
from khabar.store.filters import EVENT_ROLES
from khabar.store.outlet_names import outlets_named, readings
from khabar.store.search import QueryError
from khabar.web.charts import day_counts

ENTITY_CLAIMS = 100  # an actor's claims shown with it (the /claims?speaker= page has them all)
ENTITY_RELAYED = 200  # statements an actor carried as a relay, or that speak of it, shown
# with it (/api/quotes?via= and ?about= have all)


class BadQuery(QueryError):
    """A search query the store cannot parse (its ``kind`` and ``term`` as the parser's)."""


def _drop_none(d: dict) -> dict:
    return {k: v for k, v in d.items() if v is not None and v != ""}


class Backend:
    """Lazily opens the store at ``path`` (created and migrated if missing; a file that
    cannot be written is read as it is: :attr:`readonly`, writes refused)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._store = None
        self._lock = threading.Lock()

    @property
    def store(self):
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self._store = open_store(self.path, write=False)
        return self._store

    @property
    def readonly(self) -> bool:
        """Whether the store file cannot be written (khabar.store.access): reads only."""
        return bool(self.store.readonly)

    def open(self) -> None:
        """Open (create, migrate) the store now rather than on the first request."""
        _ = self.store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # -- meta / writes ----------------------------------------------------------------

    def health(self) -> dict:
        return self.store.stats()

    def linker(self) -> dict:
        """Whether the store's actors come from an older linker (``outdated``, with the
        command that relinks them: khabar.store.linker_state) — naming the store by its file
        name only: the pages and the API must not show the server's directories."""
        return self.store.linker_status().as_dict(self.path.name)

    def add(self, doc: Document) -> dict:
        r = self.store.put(doc, source="api")
        return {"id": r.id, "doc_id": r.doc_id, "status": r.status}

    # -- articles ---------------------------------------------------------------------

    def articles(self, *, outlet=None, since=None, until=None, story=None, entity=None,
                 country=None, event_type=None, source_id=None, originals=False, limit=20,
                 offset=0, no_outlet=False, undated=False,
                 outlet_country=None) -> tuple[int, list[dict]]:
        f = _drop_none({"outlet": outlet, "no_outlet": no_outlet or None,
                        "outlet_country": outlet_country,
                        "undated": undated or None,
                        "date_from": since, "date_to": until,
                        "story": story, "entity": entity, "country": country,
                        "event_type": event_type, "source_id": source_id,
                        "originals_only": originals or None})
        return self.store.count(**f), self.store.list_articles(limit=limit, offset=offset, **f)

    def document(self, article_id: str | int) -> Document | None:
        return self.store.get_document(article_id)

    def article(self, article_id: str | int) -> dict | None:
        """Metadata of a stored article (no layers)."""
        return self.store.get_article(article_id, document=False)

    def related(self, article_id: int, story_id: int | None, limit: int = 12) -> dict:
        """Other copies of the same wire story, and other reports of the same story."""
        copies = [a for a in self.store.duplicates(article_id) if a["id"] != article_id]
        seen = {article_id, *(a["id"] for a in copies)}
        story = self.store.story(story_id) if story_id is not None else None
        reports = [a for a in (story or {}).get("articles", []) if a["id"] not in seen]
        return {"copies": copies[:limit], "reports": reports[:limit]}

    def outlets(self) -> list[dict]:
        return self.store.outlets()

    def outlet_countries(self) -> list[dict]:
        """``[{"country", "n", "outlets"}]``: the countries of the stored outlets the
        gazetteer knows, with their articles and outlets, most articles first (session 23)."""
        from khabar.store.filters import outlet_country

        by: dict[str, dict] = {}
        for o in self.outlets():
            code = outlet_country(o["outlet"])
            if code:
                c = by.setdefault(code, {"country": code, "n": 0, "outlets": []})
                c["n"] += o["n"]
                c["outlets"].append(o["outlet"])
        return sorted(by.values(), key=lambda c: (-c["n"], c["country"]))

    def outlets_without_country(self) -> dict:
        """``{"articles", "outlets"}``: the stored articles (and their outlets) an
        ``outlet_country`` filter cannot select — their outlet has no country in the
        gazetteer (khabar.store.filters.without_country; session 23, ux23b)."""
        from khabar.store.filters import without_country

        return without_country(self.outlets())

    def no_country(self, outlet_country: str | None) -> dict | None:
        """With an ``outlet_country`` filter, what it cannot select: ``{"articles",
        "outlets"}``, the stored articles whose outlet the gazetteer gives no country (unknown,
        or a name several outlets share) — the line the pages show, the API's ``no_country``
        and the note the CLI writes (session 24; ``{"articles": 0, "outlets": []}`` when it
        leaves nothing out). None without it (the API and the pages each had a copy)."""
        return self.outlets_without_country() if outlet_country else None

    def outlet_readings(self, outlet: str | None) -> list[dict]:
        """The outlets an ambiguous outlet filter denotes, with the store's articles of each
        (``[]`` for a name of one outlet: khabar.store.outlet_names.readings)."""
        if not outlet or len(outlets_named(outlet)) < 2:
            return []
        return readings(outlet, {o["outlet"]: o["n"] for o in self.outlets() if o["outlet"]})

    def search(self, q: str, *, outlet=None, since=None, until=None, order="relevance",
               originals=False, limit=20, offset=0, no_outlet=False,
               undated=False, outlet_country=None) -> tuple[int, list[dict]]:
        f = _drop_none({"outlet": outlet, "no_outlet": no_outlet or None,
                        "outlet_country": outlet_country,
                        "undated": undated or None,
                        "date_from": since, "date_to": until,
                        "originals_only": originals or None})
        try:
            total = self.store.search_count(q, **f)
            items = self.store.search(q, limit=limit, offset=offset, order=order, **f)
        except QueryError as exc:
            raise BadQuery(str(exc), exc.kind, exc.term) from None
        for r in items:  # the matched words themselves, to mark them in the snippet
            if r.get("hits"):
                meta = self.store.get_article(r["id"], document=False) or {}
                text = meta.get("text") or ""
                r["hit_words"] = sorted({text[s:e] for s, e in r["hits"] if text[s:e]})
        return total, items

    # -- actors -----------------------------------------------------------------------

    def entity(self, actor: int | str) -> dict | None:
        """An actor by id or by one of its names, with its events, quotes and timeline.
        Events and quotes are those of original articles: a near-duplicate copy repeats
        its original's (``copies``: how many of each the copies repeat)."""
        data = self.store.entity(actor)
        if data is None:
            return None
        actor_id = data["id"]
        data["events"] = self.store.events(actor=actor_id, limit=200, originals_only=True)
        # what it did and what was done to it (session 22): its events by its role in them
        data["event_roles"] = {role: self.store.event_count(actor=actor_id, role=role,
                                                            originals_only=True)
                               for role in EVENT_ROLES}
        data["quotes"] = self._with_relays(_decode_via(self.store.quotes(
            speaker=actor_id, limit=200, originals_only=True)))
        # what it carried as a relay (an outlet, an agency: «نقلت وكالة …»), session 21
        data["relayed"] = self._with_relays(_decode_via(self.store.quotes(
            via=actor_id, limit=ENTITY_RELAYED, originals_only=True)))
        data["n_relayed"] = (len(data["relayed"]) if len(data["relayed"]) < ENTITY_RELAYED
                             else self.store.relay_count(actor_id, originals_only=True))
        # what others said of it: a mention of it inside a statement (session 22)
        data["about"] = self._with_relays(_decode_via(self.store.quotes(
            about=actor_id, limit=ENTITY_RELAYED, originals_only=True)))
        data["n_about"] = (len(data["about"]) if len(data["about"]) < ENTITY_RELAYED
                           else self.store.about_count(actor_id, originals_only=True))
        # and by whom: the speakers of those statements, most first (linked ones by actor)
        data["about_speakers"] = self.store.about_speakers(actor_id, originals_only=True)
        data["copies"] = {
            "events": self.store.event_count(actor=actor_id) - self.store.event_count(
                actor=actor_id, originals_only=True),
            "quotes": self.store.conn.execute(
                "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id"
                " WHERE q.actor_id = ? AND a.dup_of IS NOT NULL", (actor_id,)).fetchone()[0]}
        if data.get("kind") == "country" and data.get("country"):
            # the events that took place in it, which its own events (as a party) are not
            data["events_located"] = self.store.event_count(place=data["country"])
        data["timeline"], data["undated"] = self.timeline(actor_id, with_undated=True)
        # its claims (statements of a planned event with a due date), as the /claims page
        data["claims"] = self.store.claims(speaker=actor_id, originals=True, limit=ENTITY_CLAIMS)
        return data

    def timeline(self, actor_id: int, with_undated: bool = False):
        """Per day: articles mentioning the actor (by dateline), its events (by event
        date; a month or week on its first day) and its statements (by dateline).
        ``with_undated``: also the counts of the items no day holds (an article without a
        dateline, an event dated by no day, month or week), which the chart cannot draw."""
        points, undated = day_counts(self.store.list_articles(entity=actor_id, limit=5000),
                                     self.store.timeline(actor=actor_id, limit=5000))
        return (points, undated) if with_undated else points

    def actors(self, query: str | None = None, *, label: str | None = None,
               country: str | None = None, limit: int = 50,
               offset: int = 0) -> tuple[int | None, list[dict]]:
        rows = self.store.actors(query, label=label, country=country, limit=limit + 1,
                                 offset=offset)
        return _total(rows, limit, offset), rows[:limit]

    # -- events, stories, quotes, claims ------------------------------------------------

    def events(self, f: EventFilters, *, order=None, limit=100, offset=0,
               columns=None) -> tuple[int, list[dict]]:
        """A page of the events ``f`` selects (:class:`EventFilters`) and the count of every
        one of them (the store counts them as it counts articles: the /events page and
        /api/events show it); ``columns``: only those of the events table (``Store.events``);
        :class:`BadQuery` for a query search refuses."""
        kw = f.store_kwargs()
        try:
            total = self.store.event_count(type=f.type, **kw)
            rows = self.store.events(type=f.type, order=order, limit=limit, offset=offset,
                                     columns=columns, **kw)
        except QueryError as exc:
            raise BadQuery(str(exc), exc.kind, exc.term) from None
        return total, rows

    def event_type_counts(self, f: EventFilters) -> list[dict]:
        """``[{"type", "n"}]``: the events :meth:`events` selects with the same filters, by
        type, most first (a ``type`` given is left out: the count of each choice);
        :class:`BadQuery` for a query search refuses (session 23)."""
        try:
            return self.store.event_type_counts(**f.store_kwargs())
        except QueryError as exc:
            raise BadQuery(str(exc), exc.kind, exc.term) from None

    def event_outlet_counts(self, f: EventFilters) -> list[dict]:
        """``[{"outlet", "n"}]``: the events :meth:`events` selects with the same filters, by
        outlet, most first (an ``outlet`` given is left out: the count of each outlet);
        :class:`BadQuery` for a query search refuses (session 24)."""
        try:
            return self.store.event_outlet_counts(
                type=f.type, **replace(f, outlet=None).store_kwargs())
        except QueryError as exc:
            raise BadQuery(str(exc), exc.kind, exc.term) from None

    def export_events(self, f: EventFilters, *, order=None, limit=100,
                      offset=0) -> tuple[int, list[dict]]:
        """The same events as :meth:`events`, as rows of the EXPORTED events table
        (:mod:`khabar.export.tables`, the schema of every export) plus ``article_id``."""
        total, found = self.events(f, order=order, limit=limit, offset=offset)
        # only the events part of each document (khabar.store.event_docs), one query
        docs = self.store.events_documents([r["article_id"] for r in found])
        by_article: dict[int, dict[str, dict]] = {}
        out = []
        for r in found:
            aid = r["article_id"]
            if aid not in by_article:
                doc = docs.get(aid)
                # one exported row per event, in the document's event order
                by_article[aid] = ({ev.id: row for ev, row in
                                    zip(doc.events, event_rows(doc), strict=True)}
                                   if doc else {})
            row = by_article[aid].get(r["id"])
            if row is not None:
                out.append({"article_id": aid, **row})
        return total, out

    def stories(self, *, since=None, until=None, undated=None, limit=20,
                offset=0, q=None, outlet=None, min_size=2,
                outlet_country=None) -> tuple[int | None, list[dict]]:
        """Stories running on some day of ``[since, until]`` (dateline dates); ``undated``
        True: only the stories of articles without a dateline, False: only dated ones;
        ``q`` / ``outlet``: only the stories with a report ``/api/search`` finds for ``q``
        / one of these outlets published (each row then counts them: ``matching``,
        ``matching_outlets``; :class:`BadQuery` for a query search refuses)."""
        try:
            rows = self.store.stories(date_from=since, date_to=until, undated=undated,
                                      limit=limit + 1, offset=offset, query=q,
                                      outlet=outlet, min_size=min_size,
                                      outlet_country=outlet_country)
        except QueryError as exc:
            raise BadQuery(str(exc), exc.kind, exc.term) from None
        return _total(rows, limit, offset), rows[:limit]

    def story_matches(self, *, q=None, outlet=None, outlet_country=None) -> dict | None:
        """How the articles ``q`` / ``outlet`` select fall into stories (``articles``,
        ``stories``, ``single``: :meth:`khabar.store.Store.story_matches`); None without
        either."""
        if q is None and not outlet and not outlet_country:
            return None
        try:
            return self.store.story_matches(query=q, outlet=outlet, outlet_country=outlet_country)
        except QueryError as exc:
            raise BadQuery(str(exc), exc.kind, exc.term) from None

    def undated_articles(self) -> int:
        """Stored articles without a dateline: they form stories among themselves, without
        a time window (khabar.corpus.undated)."""
        return self.store.conn.execute(
            "SELECT count(*) FROM articles WHERE published IS NULL").fetchone()[0]

    def story(self, story_id: int, *, q=None, outlet=None,
              outlet_country=None) -> dict | None:
        """A story: its reports (each near-duplicate copy with ``copy_of``: the report it
        copies — id, outlet, title, timestamp — so who relayed whom reads off the list;
        session 22), and its events and statements in date order. ``q`` / ``outlet`` /
        ``outlet_country`` (sessions 23–24, as ``/api/stories``): ``matching``, the ids of
        its reports they select — the reports ``/api/stories`` counts for it, by the same
        conditions (``Store.story_matching``; :class:`BadQuery` for a refused query)."""
        data = self.store.story(story_id)
        if data is not None:
            add_copy_of(self.store, data["articles"])
            data["timeline"] = self.store.timeline(story=story_id, limit=500)
            q = q if q and q.strip() else None
            if q is not None or outlet or outlet_country:
                try:
                    data["matching"] = self.store.story_matching(
                        story_id, query=q, outlet=outlet, outlet_country=outlet_country)
                except QueryError as exc:
                    raise BadQuery(str(exc), exc.kind, exc.term) from None
        return data

    def quotes(self, f: QuoteFilters, *, limit=50, offset=0) -> tuple[int | None, list[dict]]:
        """The statements ``f`` selects (:class:`QuoteFilters`), newest first;
        :class:`BadQuery` for a ``says`` it refuses."""
        try:
            rows = _decode_via(self.store.quotes(limit=limit + 1, offset=offset,
                                                 **f.store_kwargs()))
        except QueryError as exc:
            raise BadQuery(str(exc), exc.kind, exc.term) from None
        return _total(rows, limit, offset), self._with_relays(rows[:limit])

    def quote_counts(self, f: QuoteFilters, *, top=10) -> dict:
        """Every statement :meth:`quotes` selects with the same filters, counted by speaker,
        outlet and day (``Store.quote_counts``; session 24); :class:`BadQuery` as there."""
        try:
            return self.store.quote_counts(top=top, **f.store_kwargs())
        except QueryError as exc:
            raise BadQuery(str(exc), exc.kind, exc.term) from None

    def quote_summary(self, f: QuoteFilters, *, top: int = 10) -> dict | None:
        """:meth:`quote_counts` — who said them, in which outlets, on which days — when the
        filters follow a claim or a party (:meth:`QuoteFilters.follows`: ``says``,
        ``speaker``/``actor``, ``about``, ``via``, ``outlet``), else None. The one rule of
        ``/api/quotes``' ``counts`` (and so its ``total``), the /quotes page's count line and
        ``khabar quotes``' line on stderr (session 24: the CLI gave it for ``--says`` and
        ``--speaker`` only, the API also for a blank ``says``)."""
        return self.quote_counts(f, top=top) if f.follows() else None

    def quotes_table(self, rows: list[dict]) -> list[dict]:
        """:meth:`quotes` rows as rows of the exported quotes table: ``doc_id`` first (it joins
        the other tables) — what ``/api/quotes?format=csv|jsonl`` and ``khabar quotes -f
        csv|jsonl`` download (one builder; session 24: the CLI's jsonl had no ``doc_id``)."""
        doc_ids = self.store.doc_ids([r["article_id"] for r in rows])
        return [{"doc_id": doc_ids.get(r["article_id"]), **r} for r in rows]

    def _with_relays(self, rows: list[dict]) -> list[dict]:
        """Each quote row with ``relays``: its intermediaries as the exported ``relays``
        table gives them (kind, mention offsets, entity, cue; ``via`` keeps the names)."""
        relays = self.store.quote_relays([r["article_id"] for r in rows])
        for r in rows:
            r["relays"] = relays.get(r["article_id"], {}).get(r["id"], [])
        return rows

    def claims(self, *, due_before=None, as_of=None, status=None, originals=False, speaker=None,
               limit=100, offset=0) -> tuple[int | None, list[dict]]:
        """Claims, soonest due first; ``speaker``: an actor id (int) or a speaker's name."""
        rows = self.store.claims(due_before=due_before, as_of=as_of, status=status,
                                 originals=originals, speaker=speaker, limit=limit + 1,
                                 offset=offset)
        return _total(rows, limit, offset), claim_relays(self.store, rows[:limit])


# the statement filters that follow a claim or a party: with one of them, a list of statements
# comes with who said them and where (Backend.quote_summary)
QUOTE_SUMMARY = ("says", "speaker", "actor", "about", "via", "outlet")


@dataclass(frozen=True, kw_only=True)
class EventFilters:
    """What selects events, one object for :meth:`Backend.events` (the list and its count),
    :meth:`Backend.event_type_counts`, :meth:`Backend.event_outlet_counts` and
    :meth:`Backend.export_events` (session 25: each repeated the twelve arguments, and the
    API, the pages and ``khabar events`` passed them by hand to each).

    ``type``: a PLOVER type; ``country`` / ``sector``: a participant's (together, the same
    participant's); ``actor``: a store actor id; ``role``: ``actor`` or ``recipient`` — the
    role that participant, and ``actor``, stand in (session 22); ``since`` / ``until``: the
    event date; ``place``: the location's country; ``q``: the events of the articles
    ``/api/search?q=`` finds; ``outlet`` / ``outlet_country``: the events of the articles of
    an outlet / of the outlets of a country (session 23); ``originals``: no near-duplicate
    copies."""

    type: str | None = None
    country: str | None = None
    actor: int | None = None
    since: str | None = None
    until: str | None = None
    originals: bool = False
    place: str | None = None
    q: str | None = None
    sector: str | None = None
    role: str | None = None
    outlet: str | None = None
    outlet_country: str | None = None

    @classmethod
    def of(cls, values: Mapping[str, object]) -> EventFilters:
        """The filters among ``values`` (a page's or a route's arguments, which may hold
        others: ``order``)."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})

    def store_kwargs(self) -> dict:
        """The store's keyword arguments for these events (all but ``type``, which each store
        method takes on its own)."""
        q = self.q if self.q and self.q.strip() else None
        return {"actor": self.actor, "place": self.place, "query": q, "role": self.role,
                **_drop_none({"country": self.country, "sector": self.sector,
                              "event_from": self.since, "event_to": self.until,
                              "originals_only": self.originals or None,
                              "outlet": self.outlet, "outlet_country": self.outlet_country})}


@dataclass(frozen=True, kw_only=True)
class QuoteFilters:
    """What selects statements, one object for :meth:`Backend.quotes`,
    :meth:`Backend.quote_counts` and :meth:`Backend.quote_summary` (session 25).

    ``speaker``: a name or an actor id (``actor``, an id, wins over it); ``article``: a store
    id; ``via``: those a relay carried (a name, or an actor id as int); ``about``: those whose
    content mentions an actor (likewise); ``since`` / ``until``: their articles' dateline (a
    day, month or year); ``says``: those whose content holds every word / "phrase" of it
    (session 24); ``outlet``: of that outlet's articles, by any of its names; ``originals``:
    no near-duplicate copies."""

    speaker: str | int | None = None
    actor: int | None = None
    article: int | None = None
    originals: bool = False
    via: str | int | None = None
    about: str | int | None = None
    since: str | None = None
    until: str | None = None
    says: str | None = None
    outlet: str | None = None

    def follows(self) -> bool:
        """Whether these filters follow a claim or a party (:data:`QUOTE_SUMMARY`): then a
        list of statements comes with who said them and where."""
        return any(getattr(self, k) not in (None, "") for k in QUOTE_SUMMARY)

    def store_kwargs(self) -> dict:
        """The store's keyword arguments for these statements."""
        return {"speaker": self.actor if self.actor is not None else self.speaker,
                "article": self.article, "via": self.via, "about": self.about,
                "says": self.says,
                **_drop_none({"date_from": self.since, "date_to": self.until,
                              "outlet": self.outlet,
                              "originals_only": self.originals or None})}


def add_copy_of(store, articles: list[dict]) -> list[dict]:
    """Give each article row that is a near-duplicate copy (``dup_of``) ``copy_of``: ``{"id",
    "outlet", "title", "published", "published_at"}`` of the report it copies (its group's
    earliest by timestamp), from the rows themselves or the store; the others ``None``."""
    known = {a["id"]: a for a in articles}
    missing = sorted({a["dup_of"] for a in articles if a.get("dup_of") and a["dup_of"] not in known})
    if missing:
        for r in store.conn.execute(
                "SELECT id, outlet, title, published, published_at FROM articles WHERE id IN"
                f" ({','.join('?' * len(missing))})", missing):
            known[r[0]] = dict(zip(("id", "outlet", "title", "published", "published_at"), r,
                                   strict=True))
    for a in articles:
        o = known.get(a.get("dup_of")) if a.get("dup_of") else None
        a["copy_of"] = None if o is None else {k: o.get(k) for k in (
            "id", "outlet", "title", "published", "published_at")}
    return articles


def claim_relays(store, rows: list[dict]) -> list[dict]:
    """Each claim row with the chain its statement came through, as a quote row has it:
    ``via`` (the relays' names, outermost first) and ``relays`` (session 21: the /claims
    page drew «مسؤولين أمريكيين ← وول ستريت جورنال ← المطلاع»; /api/claims and `khabar
    claims` gave the speaker alone)."""
    found = store.quote_relays([r["article_id"] for r in rows if r.get("quote_id")])
    for r in rows:
        chain = found.get(r["article_id"], {}).get(r.get("quote_id") or "", [])
        r["via"] = [x["name"] for x in chain]
        r["relays"] = chain
    return rows


def _decode_via(rows: list[dict]) -> list[dict]:
    """The store keeps a quote's relay chain as JSON text; give it back as a list."""
    for r in rows:
        via = r.get("via")
        if isinstance(via, str):
            try:
                r["via"] = orjson.loads(via) if via.startswith("[") else [via]
            except orjson.JSONDecodeError:
                r["via"] = [via]
        elif via is None:
            r["via"] = []
    return rows


def _total(rows: list, limit: int, offset: int) -> int | None:
    """The total when this page is the last one, else ``None``: more pages follow, or
    (an empty page past the first) the offset is past the end, where the count is unknown
    — not ``offset``, which would claim items that are not there."""
    if not rows and offset > 0:
        return None
    return offset + len(rows) if len(rows) <= limit else None
