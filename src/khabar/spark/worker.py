"""What runs inside the executors: raw records → per-document rows of every table.

:func:`analyze_batches` is the ``mapInArrow`` function. It turns each raw record into a
Document, runs the per-process :class:`~khabar.pipeline.Pipeline` (built once per Python
worker process by :func:`pipeline`, reused by every later task because Spark reuses its
Python workers) and emits ONE wide row per document: for every export table a
``list<struct<table schema>>`` column holding that document's rows, plus error columns.
A bad record (malformed JSON, missing text, too large, an exception in the pipeline or
the export) becomes a row with ``error_type`` set and empty tables; it never fails the
task. The table schemas are those of :mod:`khabar.export.tables` — defined once.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from dataclasses import dataclass

import orjson
import pyarrow as pa

from khabar.corpus.dedupe import signature
from khabar.document import Document
from khabar.export.tables import SCHEMAS, rows
from khabar.pipeline import STAGE_ORDER, Pipeline

SNIPPET_CHARS = 1000
DEFAULT_MAX_CHARS = 200_000


def wide_schema() -> pa.Schema:
    """One row per input record: id, one list of rows per table, and the error."""
    fields = [pa.field("origin", pa.string()), pa.field("doc_id", pa.string())]
    fields += [pa.field(t, pa.list_(pa.struct(list(s)))) for t, s in SCHEMAS.items()]
    # For the cross-document steps: the dateline and the near-duplicate MinHash.
    fields += [pa.field("published", pa.string()), pa.field("signature", pa.binary())]
    fields += [
        pa.field("error_type", pa.string()),
        pa.field("error_message", pa.string()),
        pa.field("raw_snippet", pa.string()),
    ]
    return pa.schema(fields)


WIDE_SCHEMA = wide_schema()

_pipelines: dict[tuple[str, ...], Pipeline] = {}


def pipeline(stages: tuple[str, ...] = STAGE_ORDER) -> Pipeline:
    """The pipeline of this worker process, built on first use (resources load once)."""
    if stages not in _pipelines:
        _pipelines[stages] = Pipeline(stages)
    return _pipelines[stages]


class RecordError(Exception):
    """A record that cannot be analysed; ``kind`` becomes the errors table's type."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _text_field(rec: dict, *names: str) -> str | None:
    for name in names:
        value = rec.get(name)
        if value is not None and value != "":
            return value if isinstance(value, str) else str(value)
    return None


def record_fields(rec: dict) -> dict:
    """Keyword arguments of :meth:`Pipeline.analyze` from one input record.

    Accepts the zipped news format (``content``, ``source``, ``date_extracted``) and the
    document JSON's own names (``text``, ``outlet``, ``published``, ``id``); the dateline
    is the date part of ``date_extracted`` / ``published``.
    """
    text = rec.get("content", rec.get("text"))
    if not isinstance(text, str) or not text.strip():
        raise RecordError("missing_text", "record has no text (content/text empty or absent)")
    date = _text_field(rec, "published", "date_extracted", "date")
    return {
        "text": text,
        "id": _text_field(rec, "id", "doc_id"),
        "title": _text_field(rec, "title"),
        "published": date[:10] if date else None,
        "outlet": _text_field(rec, "outlet", "source"),
        "url": _text_field(rec, "url"),
    }


@dataclass(frozen=True)
class WorkerConfig:
    """Settings shipped to the executors with the mapInArrow closure."""

    stages: tuple[str, ...] = STAGE_ORDER
    max_chars: int = DEFAULT_MAX_CHARS


DEFAULT_CONFIG = WorkerConfig()


def analyze_record(raw: str, config: WorkerConfig) -> Document:
    """One raw JSON record → analysed Document; raises :class:`RecordError`."""
    try:
        rec = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise RecordError("malformed_json", str(exc)) from None
    if not isinstance(rec, dict):
        raise RecordError("bad_record", f"expected a JSON object, got {type(rec).__name__}")
    kwargs = record_fields(rec)
    if len(kwargs["text"]) > config.max_chars:
        raise RecordError(
            "too_large", f"text has {len(kwargs['text'])} characters (limit {config.max_chars})"
        )
    try:
        return pipeline(config.stages).analyze(**kwargs)
    except Exception as exc:
        raise RecordError("pipeline_error", _describe(exc)) from None


def _describe(exc: Exception) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1:]
    at = f" at {where[0].filename}:{where[0].lineno}" if where else ""
    return f"{type(exc).__name__}: {exc}{at}"


def document_rows(
    origin: str | None, raw: str | None, error: tuple[str, str] | None, config: WorkerConfig
) -> dict:
    """The wide row of one record (see :data:`WIDE_SCHEMA`)."""
    out = {"origin": origin, "doc_id": None, "error_type": None, "error_message": None,
           "raw_snippet": None, "published": None, "signature": None}
    for table in SCHEMAS:
        out[table] = []
    try:
        if error is not None:
            raise RecordError(*error)
        if raw is None:
            raise RecordError("bad_record", "empty record")
        doc = analyze_record(raw, config)
        out["doc_id"], out["published"] = doc.id, doc.published
        try:
            for table in SCHEMAS:
                out[table] = rows(table, doc)
            out["signature"] = signature(doc)
        except Exception as exc:
            raise RecordError("export_error", _describe(exc)) from None
    except RecordError as exc:
        for table in SCHEMAS:
            out[table] = []
        out["signature"] = None
        out["error_type"], out["error_message"] = exc.kind, str(exc)
        out["raw_snippet"] = raw[:SNIPPET_CHARS] if raw else None
    return out


def analyze_batches(
    batches: Iterator[pa.RecordBatch], config: WorkerConfig = DEFAULT_CONFIG
) -> Iterator[pa.RecordBatch]:
    """mapInArrow function: raw-record batches → wide per-document batches."""
    for batch in batches:
        cols = batch.to_pydict()
        out = [
            document_rows(
                origin, raw, (etype, emsg or "") if etype else None, config
            )
            for origin, raw, etype, emsg in zip(
                cols["origin"], cols["raw"], cols["error_type"], cols["error_message"],
                strict=True,
            )
        ]
        yield _to_batch(out)


_CONVERT_ERRORS = (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError, ValueError)


def _to_batch(out: list[dict]) -> pa.RecordBatch:
    try:
        return _convert(out)
    except _CONVERT_ERRORS:
        # Some document's rows do not fit their table schema: find it, turn it into an
        # error row (all its tables emptied), keep every other document of the batch.
        for row in out:
            for table in SCHEMAS:
                try:
                    pa.array([row[table]], type=WIDE_SCHEMA.field(table).type)
                except _CONVERT_ERRORS as exc:
                    for name in SCHEMAS:
                        row[name] = []
                    row["signature"] = None
                    row["error_type"] = "export_error"
                    row["error_message"] = f"{table}: {type(exc).__name__}: {exc}"
                    break
        return _convert(out)


def _convert(out: list[dict]) -> pa.RecordBatch:
    arrays = [pa.array([row[f.name] for row in out], type=f.type) for f in WIDE_SCHEMA]
    return pa.RecordBatch.from_arrays(arrays, schema=WIDE_SCHEMA)
