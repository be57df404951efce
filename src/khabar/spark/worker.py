"""What runs inside the executors: records → per-document rows of every table.

:func:`analyze_batches` is the ``mapInArrow`` function. It runs each clean record
(see :mod:`khabar.spark.read`) through the per-process :class:`~khabar.pipeline.Pipeline`
— built once per Python worker process by :func:`pipeline` and reused by every later
task, since Spark reuses its Python workers — exactly as the embedded batch
(``khabar analyze --input``) does, and emits ONE wide row per record: for every export
table a ``list<struct<table schema>>`` column with that document's rows, the dateline
and the full publication timestamp (``published_at``, when the record has a time of day),
near-duplicate signature and normalised words (the containment test of edited copies),
story terms and the store's content hash (exact copies count once in the story IDF) for
the corpus steps, and error columns. A bad record
(unreadable, too large, an exception in the pipeline or the export) becomes a row with
``error_type`` set and empty tables; it never fails the task. The table schemas are
those of :mod:`khabar.export.tables` — defined once.
"""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import orjson
import pyarrow as pa

from khabar.corpus.dedupe import signature, word_forms
from khabar.corpus.stories import MIN_TERM_LEN
from khabar.document import Document
from khabar.export.tables import SCHEMAS, rows
from khabar.io.errors import InputError
from khabar.pipeline import DEFAULT_MAX_CHARS, STAGE_ORDER, Pipeline
from khabar.store.core import content_hash
from khabar.store.search import index_columns

TERMS_TYPE = pa.list_(pa.struct([pa.field("term", pa.string()), pa.field("n", pa.int32())]))


def story_terms(doc: Document) -> list[dict]:
    """Term counts for story clustering: the words the store indexes (title + text
    bases, :func:`khabar.store.search.index_columns`) kept as
    :mod:`khabar.corpus.stories` keeps them (at least ``MIN_TERM_LEN`` letters, not digits).
    """
    words = index_columns(doc)[1].split()
    counts = Counter(w for w in words if len(w) >= MIN_TERM_LEN and not w.isdigit())
    return [{"term": t, "n": n} for t, n in counts.items()]


def wide_schema() -> pa.Schema:
    """One row per input record: ids, one list of rows per table, corpus keys, error."""
    fields = [pa.field("origin", pa.string()), pa.field("doc_id", pa.string())]
    fields += [pa.field(t, pa.list_(pa.struct(list(s)))) for t, s in SCHEMAS.items()]
    fields += [pa.field("published", pa.string()), pa.field("published_at", pa.string())]
    fields += [pa.field("signature", pa.binary()), pa.field("words", pa.list_(pa.string()))]
    fields += [pa.field("terms", TERMS_TYPE), pa.field("content_hash", pa.string())]
    fields += [pa.field(n, pa.string()) for n in ("error_type", "error_message", "raw_snippet")]
    return pa.schema(fields)


WIDE_SCHEMA = wide_schema()


@dataclass(frozen=True)
class WorkerConfig:
    """Settings shipped to the executors with the mapInArrow closure."""

    stages: tuple[str, ...] = STAGE_ORDER
    max_chars: int | None = DEFAULT_MAX_CHARS


DEFAULT_CONFIG = WorkerConfig()
_pipelines: dict[WorkerConfig, Pipeline] = {}


def pipeline(config: WorkerConfig = DEFAULT_CONFIG) -> Pipeline:
    """The pipeline of this worker process, built on first use (resources load once)."""
    if config not in _pipelines:
        _pipelines[config] = Pipeline(config.stages, max_chars=config.max_chars)
    return _pipelines[config]


def analyze_record(record: dict, config: WorkerConfig = DEFAULT_CONFIG) -> Document:
    """One clean record → its analysed Document (as ``khabar analyze --input`` does)."""
    return pipeline(config).analyze(
        record["text"], id=record["id"], title=record.get("title"),
        published=record.get("published"), outlet=record.get("outlet"), url=record.get("url"),
        published_at=record.get("published_at"), author=record.get("author"),
    )


class _Failed(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _describe(exc: BaseException) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1:]
    at = f" (at {where[0].filename}:{where[0].lineno})" if where else ""
    return f"{type(exc).__name__}: {exc}{at}"


def _empty(row: dict) -> None:
    for table in SCHEMAS:
        row[table] = []
    row["signature"] = None
    row["words"] = []
    row["terms"] = []
    row["content_hash"] = None


def document_row(
    id: str | None, origin: str | None, record: str | None, error: tuple[str, str] | None,
    raw_snippet: str | None, config: WorkerConfig = DEFAULT_CONFIG,
) -> dict:
    """The wide row of one record (see :data:`WIDE_SCHEMA`); never raises."""
    out: dict = {"origin": origin, "doc_id": id, "published": None, "published_at": None,
                 "error_type": None, "error_message": None, "raw_snippet": raw_snippet}
    _empty(out)
    try:
        if error is not None:
            raise _Failed(*error)
        rec = orjson.loads(record)
        try:
            doc = analyze_record(rec, config)
        except InputError as exc:  # too large, not a string …: the record's fault
            raise _Failed(exc.type, str(exc)) from None
        except Exception as exc:  # a bug must not stop the job: report it on the record
            raise _Failed("InternalError", _describe(exc)) from None
        out["doc_id"], out["published"] = doc.id, doc.published
        # the reader's timestamp (news zip: date_extracted with its time of day); the
        # store keeps the same value in articles.published_at
        out["published_at"] = rec.get("published_at")
        try:
            for table in SCHEMAS:
                out[table] = rows(table, doc)
            out["signature"] = signature(doc)
            out["words"] = word_forms(doc)  # the words the signature's shingles come from
            out["terms"] = story_terms(doc)
            # the store's duplicate key: exact copies count once in the story IDF
            out["content_hash"] = content_hash(doc.text)
        except Exception as exc:
            raise _Failed("ExportError", _describe(exc)) from None
    except _Failed as exc:
        _empty(out)
        out["error_type"], out["error_message"] = exc.kind, str(exc)
        if out["raw_snippet"] is None and record:
            out["raw_snippet"] = record[:1000]
    return out


def analyze_batches(
    batches: Iterator[pa.RecordBatch], config: WorkerConfig = DEFAULT_CONFIG
) -> Iterator[pa.RecordBatch]:
    """mapInArrow function: record batches → wide per-document batches."""
    for batch in batches:
        c = batch.to_pydict()
        out = [
            document_row(i, o, r, (et, em or "") if et else None, snip, config)
            for i, o, r, et, em, snip in zip(
                c["id"], c["origin"], c["record"], c["error_type"], c["error_message"],
                c["raw_snippet"], strict=True,
            )
        ]
        yield _to_batch(out)


_CONVERT_ERRORS = (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError, ValueError)


def _to_batch(out: list[dict]) -> pa.RecordBatch:
    try:
        return _convert(out)
    except _CONVERT_ERRORS:
        # Some document's rows do not fit their table schema: turn that document into
        # an error row (all its tables emptied), keep every other document of the batch.
        for row in out:
            for table in SCHEMAS:
                try:
                    pa.array([row[table]], type=WIDE_SCHEMA.field(table).type)
                except _CONVERT_ERRORS as exc:
                    _empty(row)
                    row["error_type"] = "ExportError"
                    row["error_message"] = f"{table}: {type(exc).__name__}: {exc}"
                    break
        return _convert(out)


def _convert(out: list[dict]) -> pa.RecordBatch:
    arrays = [pa.array([row[f.name] for row in out], type=f.type) for f in WIDE_SCHEMA]
    return pa.RecordBatch.from_arrays(arrays, schema=WIDE_SCHEMA)
