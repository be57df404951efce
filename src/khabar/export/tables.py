"""The flat export tables, defined ONCE: a pyarrow schema per table and ``doc -> rows``.

Every export (JSONL, CSV, Parquet — from the store or from the Spark job) uses exactly
these schemas, and the store's layer tables hold the same columns. A row is a plain
dict whose keys are the schema's field names in order. Documented in docs/exports.md.

Tables: ``articles``, ``entities``, ``times``, ``quantities``, ``quotes``, ``events``,
``participants`` (the events' actor, recipient and location mentions), ``relays`` (the
quotes' intermediaries).
"""

from __future__ import annotations

from collections.abc import Callable

import pyarrow as pa

from khabar.document import Document
from khabar.extract.events.table import COLUMNS as EVENT_COLUMNS
from khabar.extract.events.table import event_rows as _event_rows

_S = pa.string()
_I = pa.int32()
_F = pa.float64()
_B = pa.bool_()
_LS = pa.list_(pa.string())


def _schema(*fields: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([pa.field(n, t) for n, t in fields])


ARTICLES = _schema(
    ("doc_id", _S), ("source_id", _S), ("url", _S), ("title", _S), ("outlet", _S), ("published", _S),
    ("language", _S), ("pipeline_version", _S), ("schema_version", _S),
    ("n_chars", _I), ("n_sentences", _I), ("n_tokens", _I), ("n_entities", _I),
    ("n_times", _I), ("n_quantities", _I), ("n_quotes", _I), ("n_events", _I), ("text", _S),
)

ENTITIES = _schema(
    ("doc_id", _S), ("id", _S), ("entity", _S), ("label", _S), ("canonical", _S),
    ("kind", _S), ("country", _S), ("lat", _F), ("lon", _F), ("source", _S), ("score", _F),
    ("start", _I), ("end", _I), ("text", _S),
)

TIMES = _schema(
    ("doc_id", _S), ("id", _S), ("type", _S), ("value", _S), ("mod", _S), ("calendar", _S),
    ("interval_begin", _S), ("interval_end", _S), ("anchored", _B),
    ("start", _I), ("end", _I), ("text", _S),
)

QUANTITIES = _schema(
    ("doc_id", _S), ("id", _S), ("value", _F), ("low", _F), ("high", _F), ("approx", _S),
    ("unit", _S), ("currency", _S), ("start", _I), ("end", _I), ("text", _S),
)

QUOTES = _schema(
    ("doc_id", _S), ("id", _S), ("type", _S), ("speaker", _S), ("speaker_kind", _S),
    ("speaker_entity", _S), ("implicit", _B), ("hedged", _B), ("continues", _S),
    ("via", _LS), ("cue_text", _S), ("cue_start", _I), ("cue_end", _I),
    ("source_text", _S), ("source_start", _I), ("source_end", _I),
    ("content", _S), ("content_start", _I), ("content_end", _I),
    ("published", _S), ("outlet", _S), ("url", _S),
)

# PLOVER fields plus GDELT/POLECAT-like flat columns (one row per event): the columns of
# khabar.extract.events.table (the events engineer's single definition of the row).
_EVENT_TYPES = {
    "score": _F, "hedged": _B, "historical": _B, "latitude": _F, "longitude": _F,
    "trigger_start": _I, "trigger_end": _I, "sentence_start": _I, "sentence_end": _I,
    "confidence": _F,
}
# The days the event's date covers, [begin, end) ISO days (session 22): ``date`` is a TIMEX3
# value — a day, but also ``2015-W32``, ``2015``, ``2015-08-08TEV``, ``PAST_REF`` — which a
# table of days (POLECAT's Event Date) cannot load, filter or sort; the store already
# filters and orders events by these days (``khabar.store.dates.span``).
DATE_SPAN = ("date_begin", "date_end")
# (session 22, ux22b) ``report_day``: the date is the dateline given to an event that is no
# news of the report's days — a plan, a hypothesis, a negated act, a past event retold
# (``EventDate.report_day``): the day it was reported, not the day it happened. A table of
# days must be able to leave those out («what happened in August»); false for every other
# dated event, null for an event without a date.
REPORT_DAY = "report_day"
_EVENT_TYPES[REPORT_DAY] = _B
_i = EVENT_COLUMNS.index("date_source") + 1
EXPORT_EVENT_COLUMNS = (*EVENT_COLUMNS[:_i], *DATE_SPAN, REPORT_DAY, *EVENT_COLUMNS[_i:])
EVENTS = _schema(*((c, _EVENT_TYPES.get(c, _S)) for c in EXPORT_EVENT_COLUMNS))

# One row per actor, recipient and location mention of an event (session 17): the events
# row joins its participants' texts with «; » and keeps no offsets or entity ids, so an
# export could not tell which mention in the text an actor is nor join it to the entities
# table; these rows can (``event_id`` → events, ``doc_id`` + ``entity`` → entities).
PARTICIPANTS = _schema(
    ("doc_id", _S), ("event_id", _S), ("type", _S), ("role", _S), ("n", _I),
    ("text", _S), ("start", _I), ("end", _I), ("country", _S), ("sector", _S),
    ("entity", _S), ("name", _S), ("lat", _F), ("lon", _F),
)

# One row per intermediary of a quote (session 17b): the quotes row's ``via`` keeps their
# names only, so an export could not tell which mention in the text an outlet or agency is,
# what kind it is, nor the phrase naming it as the channel («نقلت … عن», «بحسب ما أوردت»);
# these rows can (``doc_id`` + ``quote_id`` → the quotes row, ``doc_id`` + ``entity`` →
# entities).
RELAYS = _schema(
    ("doc_id", _S), ("quote_id", _S), ("n", _I), ("name", _S), ("kind", _S),
    ("text", _S), ("start", _I), ("end", _I), ("entity", _S),
    ("cue_text", _S), ("cue_start", _I), ("cue_end", _I),
)

SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLES, "entities": ENTITIES, "times": TIMES,
    "quantities": QUANTITIES, "quotes": QUOTES, "events": EVENTS,
    "participants": PARTICIPANTS, "relays": RELAYS,
}
TABLES = tuple(SCHEMAS)


class _DocId:
    """The default ``source_id``: the document's id is the input record's id (Spark,
    ``khabar analyze``); the store passes its own ``source_id`` column instead."""


DOC_ID = _DocId()


def article_rows(doc: Document, source_id: str | None | _DocId = DOC_ID) -> list[dict]:
    """One row describing the article (counts of each layer, full original text).

    ``source_id`` is the id the input record gave the article: by default the document's
    id (what ``khabar analyze --input`` and Spark use as ``doc_id``); the store's
    ``doc_id`` is a content hash, so store exports pass the stored ``source_id``.
    """
    return [{
        "doc_id": doc.id, "source_id": doc.id if isinstance(source_id, _DocId) else source_id,
        "url": doc.url, "title": doc.title, "outlet": doc.outlet,
        "published": doc.published, "language": doc.language,
        "pipeline_version": doc.pipeline_version, "schema_version": doc.schema_version,
        "n_chars": len(doc.text), "n_sentences": len(doc.sentences), "n_tokens": len(doc.tokens),
        "n_entities": len(doc.entities), "n_times": len(doc.times),
        "n_quantities": len(doc.quantities), "n_quotes": len(doc.quotes),
        "n_events": len(doc.events), "text": doc.text,
    }]


def entity_rows(doc: Document) -> list[dict]:
    """One row per entity mention."""
    return [{
        "doc_id": doc.id, "id": e.id, "entity": e.entity, "label": e.label,
        "canonical": e.canonical, "kind": e.kind, "country": e.country, "lat": e.lat,
        "lon": e.lon, "source": e.source, "score": e.score,
        "start": e.start, "end": e.end, "text": e.text,
    } for e in doc.entities]


def time_rows(doc: Document) -> list[dict]:
    """One row per time expression (TIMEX3 value and resolved interval)."""
    return [{
        "doc_id": doc.id, "id": t.id, "type": t.type, "value": t.value, "mod": t.mod,
        "calendar": t.calendar,
        "interval_begin": t.interval.begin if t.interval else None,
        "interval_end": t.interval.end if t.interval else None,
        "anchored": t.anchored, "start": t.start, "end": t.end, "text": t.text,
    } for t in doc.times]


def quantity_rows(doc: Document) -> list[dict]:
    """One row per quantity."""
    return [{
        "doc_id": doc.id, "id": q.id, "value": q.value, "low": q.low, "high": q.high,
        "approx": q.approx, "unit": q.unit, "currency": q.currency,
        "start": q.start, "end": q.end, "text": q.text,
    } for q in doc.quantities]


def quote_rows(doc: Document) -> list[dict]:
    """One row per attributed statement."""
    rows = []
    for q in doc.quotes:
        rows.append({
            "doc_id": doc.id, "id": q.id, "type": q.type, "speaker": q.speaker,
            "speaker_kind": q.speaker_kind, "speaker_entity": q.speaker_entity,
            "implicit": q.implicit, "hedged": q.hedged, "continues": q.continues,
            "via": [v.name for v in q.via],
            "cue_text": q.cue.text, "cue_start": q.cue.start, "cue_end": q.cue.end,
            "source_text": q.source.text if q.source else None,
            "source_start": q.source.start if q.source else None,
            "source_end": q.source.end if q.source else None,
            "content": q.content.text, "content_start": q.content.start,
            "content_end": q.content.end,
            "published": doc.published, "outlet": doc.outlet, "url": doc.url,
        })
    return rows


def event_rows(doc: Document) -> list[dict]:
    """One flat row per event (see :mod:`khabar.extract.events.table`).

    A text column with nothing in it (``actor_text`` of an event without an actor,
    ``contexts`` without a context) is null, as every other missing value. ``date_begin`` /
    ``date_end``: the days ``date`` covers, end exclusive (null when it names no day:
    ``PAST_REF``), as the store's date filters read it. ``report_day``: the date is only the
    day the event was reported (``EventDate.report_day``); null without a date.
    """
    from khabar.store.dates import span  # the store's reading of a TIMEX3 date

    out = []
    for ev, r in zip(doc.events, _event_rows(doc), strict=True):
        days = span(r.get("date")) or (None, None)
        row = {k: (None if r[k] == "" else r[k]) for k in EVENT_COLUMNS}
        row.update(zip(DATE_SPAN, days, strict=True))
        row[REPORT_DAY] = ev.date.report_day if ev.date is not None else None
        out.append({k: row[k] for k in EXPORT_EVENT_COLUMNS})
    return out


def participant_rows(doc: Document) -> list[dict]:
    """One row per actor, recipient and location mention of each event, in the event's
    order (``n`` counts from 0 within a role; the events row's first actor is ``n = 0``)."""
    rows = []
    for ev in doc.events:
        key = f"{doc.id}:{ev.id}"
        parts = [("actor", i, a) for i, a in enumerate(ev.actor)]
        parts += [("recipient", i, a) for i, a in enumerate(ev.recipient)]
        for role, i, a in parts:
            rows.append({
                "doc_id": doc.id, "event_id": key, "type": ev.type, "role": role, "n": i,
                "text": a.text, "start": a.start, "end": a.end, "country": a.country,
                "sector": a.sector, "entity": a.entity, "name": None, "lat": None, "lon": None,
            })
        loc = ev.location
        if loc is not None:
            rows.append({
                "doc_id": doc.id, "event_id": key, "type": ev.type, "role": "location", "n": 0,
                "text": loc.text, "start": loc.start, "end": loc.end, "country": loc.country,
                "sector": None, "entity": loc.entity, "name": loc.name, "lat": loc.lat,
                "lon": loc.lon,
            })
    return rows


def relay_rows(doc: Document) -> list[dict]:
    """One row per intermediary of each quote, in the ``via`` order (``n`` from 0, the
    outermost — nearest to the reader — first, as the quotes row's ``via`` lists them)."""
    return [{
        "doc_id": doc.id, "quote_id": q.id, "n": i, "name": v.name, "kind": v.kind,
        "text": v.text, "start": v.start, "end": v.end, "entity": v.entity,
        "cue_text": v.cue.text if v.cue else None,
        "cue_start": v.cue.start if v.cue else None,
        "cue_end": v.cue.end if v.cue else None,
    } for q in doc.quotes for i, v in enumerate(q.via)]


ROW_FUNCTIONS: dict[str, Callable[[Document], list[dict]]] = {
    "articles": article_rows, "entities": entity_rows, "times": time_rows,
    "quantities": quantity_rows, "quotes": quote_rows, "events": event_rows,
    "participants": participant_rows, "relays": relay_rows,
}


def rows(table: str, doc: Document, source_id: str | None | _DocId = DOC_ID) -> list[dict]:
    """The rows of ``table`` for one document (keys in schema order); ``source_id`` as in
    :func:`article_rows` (used by the articles table only)."""
    try:
        fn = ROW_FUNCTIONS[table]
    except KeyError:
        raise ValueError(f"unknown table {table!r}; known: {', '.join(TABLES)}") from None
    if table == "articles":
        return article_rows(doc, source_id)
    return fn(doc)


def columns(table: str) -> list[str]:
    """The column names of ``table`` in order."""
    return list(SCHEMAS[table].names)
