"""Storing what ``khabar analyze --input`` wrote, without analysing it again (session 23).

``khabar analyze --input docs.jsonl --output out.jsonl`` writes one line per input record: the
analysed :class:`~khabar.document.Document` (every layer), or ``{"id", "error": {"type",
"message"}}`` for a record it could not analyse. Before session 23, ``khabar ingest out.jsonl``
read that file as a batch of raw records: every document was analysed a second time (its
layers thrown away), and every error record failed as «RecordError: missing 'text'» — the
original reason (``EmptyText``, ``DocumentTooLarge``, ``DecodeError`` …) was lost on the way
into the store. A JSON Lines file whose lines are such documents is now read as what it is:
each document is stored as it was analysed (its ``pipeline_version`` kept: ``khabar reanalyze``
upgrades older ones), each error record is a failure with its own type and message, and a line
that is neither (broken JSON, a document that does not decode) is a failure that says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import msgspec
import orjson

from khabar.document import Document, from_json
from khabar.io.readers import stream_lines

# the keys that make a JSON object an analysed document rather than an input record
DOCUMENT_KEYS = frozenset({"schema_version", "pipeline_version", "sentences", "tokens"})
PEEK_LINES = 50  # lines read to decide whether a file is analyse output


def _object(line: bytes) -> dict | None:
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    return obj if isinstance(obj, dict) else None


def is_document(obj: object) -> bool:
    """Whether a decoded JSON value is an analysed document (khabar's output shape)."""
    return isinstance(obj, dict) and DOCUMENT_KEYS <= obj.keys() and "text" in obj


def is_error_record(obj: object) -> bool:
    """Whether a decoded JSON value is an error record of ``khabar analyze --input``."""
    return (isinstance(obj, dict) and isinstance(obj.get("error"), dict) and "text" not in obj
            and set(obj) <= {"id", "error"})


def is_analysed(path: Path) -> bool:
    """Whether ``path`` is ``khabar analyze`` output: a ``.jsonl``/``.ndjson`` file whose
    first object lines (up to :data:`PEEK_LINES`) are analysed documents or error records,
    at least one a document (else it is read as input records)."""
    if path.suffix.lower() not in (".jsonl", ".ndjson"):
        return False
    seen_doc = False
    try:
        for n, line in enumerate(file_lines(path)):
            if n >= PEEK_LINES:
                break
            if not line.strip():
                continue
            obj = _object(line)
            if obj is None:
                continue  # a broken line decides nothing
            if is_document(obj):
                seen_doc = True
            elif not is_error_record(obj):
                return False  # an input record: the whole file is input
    except OSError:
        return False
    return seen_doc


def file_lines(path: Path) -> Iterator[bytes]:
    """The lines of a JSON Lines file, streamed, as khabar's input reader splits them
    (:func:`khabar.io.readers.stream_lines`: LF, CRLF or a lone CR between objects, no byte
    order mark, no whitespace-only tail). Before session 24 a line reader of its own kept a
    file's BOM — its first document was «not a JSON object», and a one-document file was
    not taken for analyse output at all — and joined documents ended by lone CRs."""
    with path.open("rb") as f:
        yield from stream_lines(f)


def read_analysed(lines: Iterable[bytes],
                  source: str) -> Iterator[tuple[str, Document | None, str]]:
    """``(record source, document or None, reason)`` per line: the decoded document, or None
    with the reason it is no article (the error record's own type and message, or why the
    line is not a document)."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            yield f"{source}:line {n}", None, f"RecordError: line {n} is empty"
            continue
        obj = _object(line)
        rid = obj.get("id") if obj is not None else None
        where = f"{source}:{rid if rid is not None else f'line {n}'}"
        if obj is None:
            yield where, None, f"RecordError: line {n} is not a JSON object"
        elif is_error_record(obj):
            err = obj["error"]
            yield where, None, (f"{err.get('type') or 'Error'}: {err.get('message') or ''} "
                                "(an error record of khabar analyze)").replace(":  (", ": (")
        elif not is_document(obj):
            yield where, None, (f"RecordError: line {n} is not an analysed document (the other "
                                "lines of this file are khabar analyze output)")
        else:
            try:
                yield where, from_json(line), ""
            except (msgspec.ValidationError, msgspec.DecodeError) as exc:
                yield where, None, f"RecordError: line {n} is not a valid khabar document: {exc}"
