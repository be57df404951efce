"""The JSON API: analyse, ingest, read, search, and follow actors, stories, events, claims.

Handlers are plain functions (run in the thread pool): analysis is CPU work and the
store is SQLite. Every list answers ``{"total": n, "items": [...], "limit", "offset"}``.
"""

from __future__ import annotations

import logging
import re
import uuid
from datetime import date
from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import ValidationError

from khabar import __version__
from khabar.api.auth import require_write_key
from khabar.api.backend import Backend, BadQuery, EventFilters, QuoteFilters
from khabar.api.content import prepare
from khabar.api.errors import input_error, message
from khabar.api.media import entry_problem
from khabar.api.models import ArticleBatch, ArticleIn
from khabar.document import Document, to_json
from khabar.export.writers import MEDIA_TYPES, table_bytes
from khabar.io.errors import InputError
from khabar.store.filters import (
    ENTITY_LABELS,
    EVENT_ROLES,
    BadFilter,
    UnknownCode,
    check_code,
    check_date,
    check_range,
    country_codes,
    event_types,
    sector_codes,
)
from khabar.store.search import QueryError
from khabar.store.views import EVENT_ORDER_HELP, EVENT_ORDERS

router = APIRouter(prefix="/api")
ORIGINALS = Query(False, description="Hide near-duplicate copies (wire copies of an "
                                     "article stored earlier), as `khabar search --originals`.")
NO_OUTLET = Query(False, description="Only the articles stored without an outlet (a corpus "
                  "whose records name none); not with `outlet`.")
UNDATED = Query(False, description="Only the articles without a dateline; not with "
                "`since`/`until`.")
log = logging.getLogger("khabar.api")

OUTLET_COUNTRY = Query(None, description="Only the articles of the outlets of this country "
                       "(ISO alpha-3: SAU for the Saudi outlets), as the gazetteer's outlets "
                       "file them.")
Limit = Annotated[int, Query(ge=1, le=500, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=2**63 - 1, description="Items to skip.")]


def backend(request: Request) -> Backend:
    b = request.app.state.backend
    if b is None:
        raise HTTPException(503, "this server was started without a database")
    return b


DB = Annotated[Backend, Depends(backend)]


def filter_error(exc: BadFilter) -> dict:
    """The 422 entry of a bad filter value, in the shape of every 422 (``field``,
    ``message``, ``type``) plus the bad ``value`` (and, for an unknown code, the ``valid``
    codes): ``type`` is ``unknown_code``, ``date_format`` or ``date_range``."""
    entry = {"field": f"query.{exc.param}", "message": str(exc), "type": exc.kind,
             "value": exc.value}
    if isinstance(exc, UnknownCode):
        entry["valid"] = exc.valid
    return entry


def query_error(exc: QueryError, field: str = "query.q") -> dict:
    """The 422 entry of a search query the parser refuses: ``type`` ``query_syntax``,
    ``kind`` the parser's reason (:class:`khabar.store.search.QueryError`), ``term`` the
    operator or word at fault when there is one; ``field`` the parameter (``q``, ``says``)."""
    return {"field": field, "message": str(exc), "type": "query_syntax",
            "kind": exc.kind, "term": exc.term}


def _bad(exc: BadFilter) -> HTTPException:
    return HTTPException(422, [filter_error(exc)])


def _day(name: str, v: str | None) -> str | None:
    """A date parameter (a day, a month YYYY-MM or a year YYYY); a misspelt one is a 422
    naming it, as every bad query value (session 12; was a 400)."""
    try:
        return check_date(name, v)
    except BadFilter as exc:
        raise _bad(exc) from None


def _days(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``since`` and ``until`` as days, months or years, in order: a range that ends before
    it starts is a 422, not an empty list that reads as «nothing happened»."""
    try:
        return check_range("since", since, "until", until)
    except BadFilter as exc:
        raise _bad(exc) from None


def _code(param: str, value: str | None, valid, what: str) -> str | None:
    """One rule for every code parameter (``type``, ``country``, ``label``, ``status``,
    ``format``, ``order``): any case, empty is no filter, an unknown code a 422 naming the
    value and the valid codes (it used to answer an empty list that reads as «none»)."""
    try:
        return check_code(param, value, valid, what)
    except UnknownCode as exc:
        raise _bad(exc) from None


def _country(value: str | None) -> str | None:
    return _code("country", value, country_codes(), "country code")


def _type(value: str | None) -> str | None:
    return _code("type", value, event_types(), "PLOVER event type")


_MAX_ID = 2**63 - 1  # SQLite's largest integer
# one rule for id parameters: an integer, else a 422 naming the parameter; an integer that
# is no one's id (also one past 64 bits) is an empty list, as tests/test_store_session7 pins
Id = Annotated[int | None, Query(description="An id (integer).")]


def _json(data) -> Response:
    return Response(orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS),
                    media_type="application/json")


def _page(items: list, total: int | None, limit: int, offset: int, **extra: object) -> Response:
    """A page of a list; ``total`` is null when the store has no count for this list and
    more pages follow, or the offset is past the end (``has_more`` tells which); ``extra``
    keys that are set go beside them."""
    more = bool(items) if total is None else offset + len(items) < total
    return _json({"total": total, "limit": limit, "offset": offset, "has_more": more,
                  "items": items, **{k: v for k, v in extra.items() if v}})


def _download(table: str, rows: list[dict], format: str, bom: bool) -> Response:
    """``rows`` of an exported ``table`` as a file to download (``table.format``), written as
    the CLI writes it (khabar.export.writers.write_table)."""
    return Response(table_bytes(table, rows, format, bom=bom), media_type=MEDIA_TYPES[format],
                    headers={"Content-Disposition": f'attachment; filename="{table}.{format}"'})


@router.get("/health", tags=["meta"])
def health(request: Request) -> Response:
    """Liveness and what this server holds."""
    b = request.app.state.backend
    return _json({"status": "ok", "version": __version__,
                  "writes_enabled": bool(request.app.state.api_key)
                  and not (b is not None and b.readonly),
                  "read_only_store": b.readonly if b is not None else None,
                  "store": b.health() if b is not None else None,
                  # actors linked by an older khabar keep its merges until a rebuild
                  "linker": b.linker() if b is not None else None})


def analyse(article: ArticleIn, request: Request) -> Document:
    """The document of a request's article: an HTML page's article text extracted
    (``format``), the character limit checked; raises :class:`khabar.io.errors.InputError`
    (answered 413 for the limit, else 422)."""
    analyzer = request.app.state.analyzer
    ready = prepare(article.text, article.model_dump(exclude={"text", "format"}),
                    article.format, max_chars=analyzer.max_chars)
    return analyzer.analyze(ready.text, **ready.meta)


@router.post("/analyze", tags=["analysis"])
def analyze(article: ArticleIn, request: Request) -> Response:
    """Analyse a text (stateless: nothing is stored) and return its document JSON."""
    return Response(to_json(analyse(article, request)), media_type="application/json")


@router.post("/articles", status_code=201, tags=["articles"],
             dependencies=[Depends(require_write_key)])
def ingest(article: ArticleIn, request: Request, b: DB) -> Response:
    """Analyse an article and store it (needs the API key). Returns its id."""
    result = b.add(analyse(article, request))
    return Response(orjson.dumps(result), status_code=201, media_type="application/json")


@router.post("/articles/batch", tags=["articles"], dependencies=[Depends(require_write_key)])
def ingest_batch(batch: ArticleBatch, request: Request, b: DB) -> Response:
    """Analyse and store up to 100 articles (needs the API key). Each is validated and
    stored on its own: a bad record gets an error entry and the others go on."""
    results = []
    for i, raw in enumerate(batch.articles):
        if (problem := entry_problem(i, raw)) is not None:  # no object: say which and why
            results.append({"index": i, "error": "invalid_request", "detail": [problem]})
            continue
        try:
            article = ArticleIn.model_validate(raw)
        except ValidationError as exc:
            # the entries of a single POST's 422 (field, message and type: session 17)
            results.append({"index": i, "error": "invalid_request", "detail": [
                {"field": ".".join(map(str, e["loc"])) or "body", "message": message(e),
                 "type": e.get("type", "")} for e in exc.errors()]})
            continue
        try:
            results.append({"index": i, **b.add(analyse(article, request))})
        except InputError as exc:  # the record's own fault: say why, like a validation error
            results.append({"index": i, **input_error(exc)})
        except Exception as exc:  # one failing record must not lose the others
            error_id = uuid.uuid4().hex[:12]
            log.error("batch record %d failed (error %s)", i, error_id, exc_info=exc)
            results.append({"index": i, "error": "internal_error", "id": error_id,
                            "detail": "this record could not be analysed or stored"})
    return _json({"results": results,
                  "stored": sum(1 for r in results if r.get("status") in ("inserted", "updated",
                                                                            "reanalysed")),
                  "errors": sum(1 for r in results if "error" in r)})


@router.get("/articles", tags=["articles"])
def articles(
    b: DB,
    outlet: str | None = None,
    no_outlet: bool = NO_OUTLET, undated: bool = UNDATED,
    since: str | None = Query(None, description="Dateline from (YYYY-MM-DD, or a whole month YYYY-MM or year YYYY; inclusive)."),
    until: str | None = Query(None, description="Dateline until (YYYY-MM-DD, YYYY-MM or YYYY; inclusive)."),
    story: Id = None,
    entity: str | None = Query(None, description="Mentions this actor (id or name)."),
    country: str | None = Query(None, description="Reports an event with a participant of "
                                "this country (ISO alpha-3)."),
    type: str | None = Query(None, description="Reports an event of this PLOVER type."),
    source_id: str | None = Query(None, description="The id the input record gave the "
                                  "article (`khabar ingest` keys articles by content)."),
    originals: bool = ORIGINALS,
    outlet_country: str | None = OUTLET_COUNTRY,
    limit: Limit = 20, offset: Offset = 0,
) -> Response:
    """Articles, newest first, filtered by outlet, dateline range, story, actor, event,
    input record id."""
    since, until = _days(since, until)
    outlet_country = _code("outlet_country", outlet_country, country_codes(), "country code")
    total, items = b.articles(outlet=outlet, no_outlet=no_outlet, undated=undated,
                              outlet_country=outlet_country,
                              since=since, until=until, story=story,
                              entity=int(entity) if entity and entity.isdigit() else entity,
                              country=_country(country), event_type=_type(type), source_id=source_id,
                              originals=originals, limit=limit, offset=offset)
    return _page(items, total, limit, offset, outlet_readings=b.outlet_readings(outlet),
                 no_country=b.no_country(outlet_country))


@router.get("/articles/{article_id}", tags=["articles"])
def article(article_id: str, b: DB) -> Response:
    """One stored article: its full document JSON with every layer (by store id, doc_id
    or, when neither matches and it is not a number, the input record's id), plus the
    store's ``article_id`` and the input record's ``source_id`` as the lists give them."""
    meta = b.article(article_id)
    doc = b.document(meta["id"]) if meta is not None else None
    if meta is None or doc is None:
        raise HTTPException(404, f"no article {article_id!r}")
    data = orjson.loads(to_json(doc))
    data.update(article_id=meta["id"], source_id=meta["source_id"])
    return _json(data)


@router.get("/search", tags=["articles"])
def search(
    q: Annotated[str, Query(min_length=1, max_length=500, description="Arabic query; "
                            "AND/OR/NOT, parentheses and \"phrases\" are understood.")],
    b: DB,
    outlet: str | None = None, since: str | None = None, until: str | None = None,
    no_outlet: bool = NO_OUTLET, undated: bool = UNDATED,
    order: str = Query("relevance", description="relevance | date"),
    originals: bool = ORIGINALS,
    outlet_country: str | None = OUTLET_COUNTRY,
    limit: Limit = 20, offset: Offset = 0,
) -> Response:
    """Full-text Arabic search (clitic- and spelling-tolerant) with snippets."""
    order = _code("order", order, ("relevance", "date"), "search order") or "relevance"
    outlet_country = _code("outlet_country", outlet_country, country_codes(), "country code")
    try:
        since, until = _days(since, until)
        total, items = b.search(q, outlet=outlet, since=since, until=until, order=order,
                                originals=originals, limit=limit, offset=offset,
                                no_outlet=no_outlet, undated=undated,
                                outlet_country=outlet_country)
    except BadQuery as exc:
        raise HTTPException(422, [query_error(exc)]) from None
    return _page(items, total, limit, offset, outlet_readings=b.outlet_readings(outlet),
                 no_country=b.no_country(outlet_country))


@router.get("/entities", tags=["actors"])
def entities(
    b: DB,
    q: str | None = Query(None, description="Name prefix (normalised)."),
    label: str | None = Query(None, description="PERS, ORG, LOC or MISC (any case, as type=)."),
    country: str | None = Query(None, description="ISO alpha-3."),
    limit: Limit = 50, offset: Offset = 0,
) -> Response:
    """Cross-document actors, most mentioned first."""
    total, items = b.actors(q or None, label=_code("label", label, ENTITY_LABELS, "entity label"),
                            country=_country(country), limit=limit, offset=offset)
    return _page(items, total, limit, offset)


@router.get("/entities/{entity_id:path}", tags=["actors"])
def entity(entity_id: str, b: DB) -> Response:
    """A cross-document actor (by id or by name): names, mentions, events and statements
    over time."""
    data = b.entity(entity_id)
    if data is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    return _json(data)


def _event_filters(type: str | None, country: str | None, actor: int | None,
                   since: str | None, until: str | None, originals: bool = False,
                   order: str | None = None, place: str | None = None,
                   q: str | None = None, sector: str | None = None,
                   role: str | None = None) -> dict:
    since, until = _days(since, until)
    return {"type": _type(type), "country": _country(country), "actor": actor, "since": since, "until": until,
            "originals": originals, "place": _code("place", place, country_codes(), "country code"),
            "order": _code("order", order, EVENT_ORDERS, "event order") or "date", "q": q,
            "sector": _code("sector", sector, sector_codes(), "PLOVER sector"),
            "role": _code("role", role, EVENT_ROLES, "participant role")}


@router.get("/events", tags=["events"])
def events(
    b: DB,
    type: str | None = Query(None, description="PLOVER event type, e.g. ASSAULT."),
    country: str | None = Query(None, description="ISO alpha-3 of a participant (actor or recipient); the place is not matched (see place)."),
    place: str | None = Query(None, description="ISO alpha-3 of the country where the event "
                              "took place (its location; most placed events have no participant "
                              "of that country)."),
    actor: Id = None,
    sector: str | None = Query(None, description="PLOVER sector of a participant (MIL, GOV, "
                               "REB, …); with country, of the same participant."),
    role: str | None = Query(None, description="actor | recipient: the role the participant "
                             "that country / sector / actor select stands in (what it did, "
                             "or what was done to it); alone, events with such a participant."),
    since: str | None = Query(None, description="Event date from (YYYY-MM-DD, YYYY-MM or YYYY); an "
                              "event dated only by its report's day (report_day) matches no range."),
    until: str | None = Query(None, description="Event date until (inclusive)."),
    format: str = Query("json", description="json | csv | jsonl | geojson (a FeatureCollection: "
                        "a Point per placed event, null geometry for the others) | parquet "
                        "(the exported events table's schema, as khabar export)"),
    bom: bool = Query(False, description="CSV only: start with a UTF-8 byte order mark, "
                      "so Excel shows the Arabic text."),
    originals: bool = ORIGINALS,
    order: str | None = Query(None, description=EVENT_ORDER_HELP),
    q: str | None = Query(None, max_length=500, description="Only the events of the articles "
                          "/api/search finds for this query (the same query, the same "
                          "matches; empty: no query)."),
    outlet: str | None = Query(None, description="Only the events of this outlet's articles "
                               "(any of its names, as /api/search)."),
    outlet_country: str | None = Query(None, description="Only the events of the articles of "
                                       "the outlets of this country (ISO alpha-3: SAU)."),
    limit: Annotated[int, Query(ge=1, le=100000)] = 100, offset: Offset = 0,
) -> Response:
    """Events with filters, as rows of the exported events table (docs/exports.md; JSON
    and JSONL rows add ``article_id``); ``format=csv`` or ``jsonl`` downloads them."""
    format = _code("format", format, ("json", "csv", "jsonl", "geojson", "parquet"),
                   "events format") or "json"
    filters = _event_filters(type, country, actor, since, until, originals, order, place, q,
                             sector, role)
    filters.update(outlet=outlet.strip() if outlet and outlet.strip() else None,
                   outlet_country=_code("outlet_country", outlet_country, country_codes(),
                                        "country code"))
    f = EventFilters.of(filters)
    try:
        total, rows = b.export_events(f, order=filters["order"], limit=limit, offset=offset)
    except BadQuery as exc:
        raise HTTPException(422, [query_error(exc)]) from None
    if format == "json":
        # the counts the /events page and khabar events give (session 24): of every event
        # these filters select, by type (a type given left out) and by outlet (likewise)
        by_type = b.event_type_counts(f) if total and not f.type else None
        by_outlet = b.event_outlet_counts(f) if total and not f.outlet else None
        return _page(rows, total, limit, offset,
                     no_country=b.no_country(filters["outlet_country"]),
                     by_type=by_type, by_outlet=by_outlet)
    # parquet: the events table's schema (article_id is none of its columns)
    return _download("events", rows, format, bom)


@router.get("/stories", tags=["stories"])
def stories(
    b: DB,
    since: str | None = Query(None, description="Stories with a report on or after this "
                              "date (YYYY-MM-DD)."),
    until: str | None = Query(None, description="Stories with a report on or before this "
                              "date (YYYY-MM-DD)."),
    undated: bool | None = Query(None, description="true: only the stories of articles "
                                 "without a dateline (grouped without a time window; no "
                                 "first/last date); false: only dated stories."),
    q: str | None = Query(None, max_length=500, description="Only the stories with a report "
                          "/api/search finds for this query (the same query, the same "
                          "matches; empty: no query); each says how many (`matching`), most "
                          "first."),
    outlet: str | None = Query(None, description="Only the stories with a report of this "
                               "outlet (any of its names, as /api/search)."),
    min_size: Annotated[int, Query(ge=1, description="Fewest reports in a story (1: a single "
                                   "report too).")] = 2,
    outlet_country: str | None = Query(None, description="Only the stories with a report of "
                                       "an outlet of this country (ISO alpha-3: SAU)."),
    limit: Limit = 20, offset: Offset = 0,
) -> Response:
    """Stories (groups of reports of the same news), largest and latest first; with ``q`` /
    ``outlet``, those holding such reports, most first, and ``matches``: how the articles
    they select fall into stories (``articles``, ``stories``, ``single``: single reports,
    listed with ``min_size=1``)."""
    since, until = _days(since, until)
    q = q.strip() if q and q.strip() else None
    outlet = outlet.strip() if outlet and outlet.strip() else None
    outlet_country = _code("outlet_country", outlet_country, country_codes(), "country code")
    try:
        total, items = b.stories(since=since, until=until, undated=undated, q=q,
                                 outlet=outlet, min_size=min_size, limit=limit, offset=offset,
                                 outlet_country=outlet_country)
        matches = b.story_matches(q=q, outlet=outlet, outlet_country=outlet_country)
    except BadQuery as exc:
        raise HTTPException(422, [query_error(exc)]) from None
    return _page(items, total, limit, offset, matches=matches,
                 outlet_readings=b.outlet_readings(outlet),
                 no_country=b.no_country(outlet_country))


@router.get("/stories/{story_id}", tags=["stories"])
def story(
    story_id: int, b: DB,
    q: str | None = Query(None, max_length=500, description="With outlet or alone: "
                          "`matching`, the ids of the reports /api/search finds for this query "
                          "(as /api/stories?q=)."),
    outlet: str | None = Query(None, description="`matching`: the reports of this outlet "
                               "(with q: of both)."),
    outlet_country: str | None = Query(None, description="`matching`: the reports of the "
                                       "outlets of this country (ISO alpha-3: SAU; with q / "
                                       "outlet: of all), as /api/stories counts them."),
) -> Response:
    """One story and its reports (``matching`` with ``q`` / ``outlet`` / ``outlet_country``:
    the reports ``/api/stories`` counts for it with the same parameters)."""
    outlet_country = _code("outlet_country", outlet_country, country_codes(), "country code")
    try:
        data = b.story(story_id, q=q.strip() if q and q.strip() else None,
                       outlet=outlet.strip() if outlet and outlet.strip() else None,
                       outlet_country=outlet_country)
    except BadQuery as exc:
        raise HTTPException(422, [query_error(exc)]) from None
    if data is None:
        raise HTTPException(404, f"no story {story_id}")
    return _json(data)


def _speaker_or_actor(speaker: str | None, actor: int | None) -> tuple[str | None, int | None]:
    """A speaker given by digits is an actor id (no speaker's name is a number; the store's
    ``quotes(speaker=)`` reads an int the same way); one that contradicts ``actor`` is a 422."""
    if speaker is not None and not speaker.strip():
        return None, actor  # an empty form field means any speaker, as `/api/entities?q=`
    if speaker is None or not speaker.strip().isdecimal():
        return speaker, actor
    number = int(speaker.strip())
    if number > _MAX_ID:
        raise HTTPException(422, [{"field": "query.speaker", "type": "unknown_id",
                                   "value": speaker.strip()[:40], "message":
                                   f"speaker={speaker.strip()[:40]} is no actor id (too large)"}])
    if actor is not None and actor != number:
        raise HTTPException(422, [{"field": "query.speaker", "type": "conflict",
                                   "value": speaker.strip(), "message":
                                   f"speaker={speaker.strip()} is read as actor id {number}, "
                                   f"but actor={actor} was given too: give one actor"}])
    return None, number


def _via(value: str | None, field: str = "via") -> str | int | None:
    """A relay (or ``about``) filter: empty is none, digits an actor id (as ``speaker``),
    else a name."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdecimal():
        if int(value) > _MAX_ID:
            raise HTTPException(422, [{"field": f"query.{field}", "type": "unknown_id",
                                       "value": value[:40],
                                       "message": f"{field}={value[:40]} is no actor id (too large)"}])
        return int(value)
    return value


def _article_ref(b: Backend, ref: str | None) -> int | None:
    """An ``article`` parameter as a store id: an integer, or a doc_id / input record id of
    a stored article (the references /api/articles/{id} takes); anything else is a 422
    naming the parameter, as a non-integer ``story`` or ``actor`` — not an empty list."""
    if ref is None or not ref.strip():
        return None
    ref = ref.strip()
    if re.fullmatch(r"[+-]?[0-9]+", ref):
        return int(ref)
    meta = b.article(ref)
    if meta is not None:
        return meta["id"]
    raise HTTPException(422, [{"field": "query.article", "type": "unknown_id", "message":
                               f"article={ref[:40]!r} is no article id: give the store's id (an "
                               "integer), a doc_id or the input record's id of a stored article"}])


@router.get("/quotes", tags=["quotes"])
def quotes(
    b: DB,
    speaker: str | None = Query(None, description="Speaker name (normalised match), or an "
                                "actor id (digits: the same as actor=)."),
    actor: Id = None,
    article: str | None = Query(None, description="An article: its store id, doc_id or "
                                "input record id, as /api/articles/{id}."),
    via: str | None = Query(None, description="The statements a relay carried: an outlet, "
                            "agency or person in the quote's chain, by name (normalised, or "
                            "any name of the actors it names) or actor id (digits)."),
    about: str | None = Query(None, description="The statements that speak of an actor: a "
                              "mention of it inside what was said, by name (a mention's "
                              "canonical name, or any name of a linked actor) or actor id "
                              "(digits)."),
    says: str | None = Query(None, max_length=500, description="The statements whose content "
                             "holds every word and \"phrase\" of it, each read as /api/search "
                             "reads words (clitics, alef-lam, hamza, stems); OR / NOT are "
                             "refused (a 422); empty: no filter."),
    outlet: str | None = Query(None, description="Only the statements of this outlet's "
                               "articles (any of its names, as /api/search)."),
    since: str | None = Query(None, description="Dateline from (YYYY-MM-DD, or a whole month "
                              "YYYY-MM or year YYYY; inclusive)."),
    until: str | None = Query(None, description="Dateline until (YYYY-MM-DD, YYYY-MM or YYYY; "
                              "inclusive)."),
    originals: bool = ORIGINALS,
    format: str = Query("json", description="json | csv | jsonl: csv and jsonl download the "
                        "statements as rows of the exported quotes table (docs/exports.md), as "
                        "`khabar quotes -f csv`; up to 100,000 with limit."),
    bom: bool = Query(False, description="CSV only: start with a UTF-8 byte order mark, "
                      "so Excel shows the Arabic text."),
    limit: Annotated[int, Query(ge=1, le=100000, description="Page size (json: at most "
                                "500).")] = 50,
    offset: Offset = 0,
) -> Response:
    """Attributed statements: who said what, through whom, about whom, newest first;
    ``format=csv`` or ``jsonl`` downloads them (session 23)."""
    format = _code("format", format, ("json", "csv", "jsonl"), "quotes format") or "json"
    if format == "json" and limit > 500:
        raise HTTPException(422, [{"field": "query.limit", "type": "less_than_equal",
                                   "value": limit, "message": "a JSON page holds at most 500 "
                                   "statements: page with offset, or download csv / jsonl"}])
    speaker, actor = _speaker_or_actor(speaker, actor)
    since, until = _days(since, until)
    filters = QuoteFilters(speaker=speaker, actor=actor, article=_article_ref(b, article),
                           originals=originals, via=_via(via), about=_via(about, "about"),
                           since=since, until=until,
                           says=says.strip() if says and says.strip() else None,
                           outlet=outlet.strip() if outlet and outlet.strip() else None)
    try:
        total, items = b.quotes(filters, limit=limit, offset=offset)
    except BadQuery as exc:
        raise HTTPException(422, [query_error(exc, "query.says")]) from None
    if format == "json":
        # who said them, where and when (session 24): of every statement a filter selects —
        # the filters as read (a blank says, via, about or outlet is none: no counts)
        counts = b.quote_summary(filters) if items else None
        return _page(items, counts["n"] if counts else total, limit, offset,
                     outlet_readings=b.outlet_readings(outlet), counts=counts)
    return _download("quotes", b.quotes_table(items), format, bom)  # as khabar quotes -f


@router.get("/claims", tags=["claims"])
def claims(
    b: DB,
    due_before: str | None = Query(None, description="Claims due before this date."),
    as_of: str | None = Query(None, description="Reference date for due/overdue (default today)."),
    status: str | None = Query(None, description="due | overdue (any case)"),
    speaker: str | None = Query(None, description="Speaker name (normalised match, or any "
                                "name of a linked actor), or an actor id (digits: the same "
                                "as actor=)."),
    actor: Id = None,
    originals: bool = ORIGINALS,
    limit: Limit = 100, offset: Offset = 0,
) -> Response:
    """Statements about future events with a due date, marked due or overdue."""
    ref = _day("as_of", as_of) or date.today().isoformat()
    speaker, actor = _speaker_or_actor(speaker, actor)
    total, items = b.claims(due_before=_day("due_before", due_before), as_of=ref,
                            status=_code("status", status, ("due", "overdue"), "claim status"),
                            originals=originals, speaker=actor if actor is not None else speaker,
                            limit=limit, offset=offset)
    return _page(items, total, limit, offset)
