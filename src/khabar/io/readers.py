"""Readers of document collections: JSON Lines, the SaudiNewsNet JSON list (plain or
zipped), and single text files.

:func:`read_records` yields one dict per input record, in input order:
``{"id", "text", "title", "published", "outlet", "url"}`` (plus ``published_at``, the
full ISO timestamp ``YYYY-MM-DDTHH:MM[:SS]``, when the input date has a time of day —
SaudiNewsNet's ``date_extracted`` does) for a good record, or
``{"id", "error": {"type", "message"}}`` for a bad one (malformed JSON, no text,
undecodable bytes), so a batch writes exactly one output line per input line and never
stops on a bad record. ``khabar analyze --input`` and ``khabar ingest`` share it.
"""

from __future__ import annotations

import re
import sys
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from khabar.io.decode import decode
from khabar.io.errors import DecodeError, InputError, RecordError

Record = dict[str, Any]
FIELDS = ("id", "text", "title", "published", "outlet", "url")


def error_record(id: str, exc: Exception | str, type: str | None = None) -> Record:
    """The error record for input ``id``."""
    if isinstance(exc, Exception):
        type = type or getattr(exc, "type", None) or exc.__class__.__name__
        message = str(exc)
    else:
        message = exc
    return {"id": id, "error": {"type": type or "InputError", "message": message}}


def _opt_str(value: Any, field: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str | int | float):
        raise RecordError(f"field {field!r} must be a string")
    return str(value)


_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$")


def timestamp(value: str | None) -> str | None:
    """``value`` as an ISO timestamp (``T`` between date and time, zone kept) when it holds
    a time of day; ``None`` for a bare date or anything else."""
    m = _STAMP.match(value.strip()) if value else None
    return f"{m[1]}T{m[2]}{m[3] or ''}" if m else None


def normalize_record(obj: Any, default_id: str) -> Record:
    """A clean record from a decoded JSON object; raises :class:`RecordError`."""
    if not isinstance(obj, dict):
        raise RecordError(f"expected a JSON object, got {type(obj).__name__}")
    rid = _opt_str(obj.get("id"), "id") or default_id
    text = obj.get("text", obj.get("content"))
    if text is None:
        raise RecordError("missing 'text'")
    if not isinstance(text, str):
        raise RecordError("'text' must be a string")
    date = _opt_str(obj.get("published", obj.get("date_extracted")), "published")
    rec = {
        "id": rid,
        "text": text,
        "title": _opt_str(obj.get("title"), "title"),
        "published": date[:10] if date else None,
        "outlet": _opt_str(obj.get("outlet", obj.get("source")), "outlet"),
        "url": _opt_str(obj.get("url"), "url"),
    }
    # the time of day orders same-day copies of one wire story (earliest = original)
    stamp = timestamp(_opt_str(obj.get("published_at"), "published_at") or date)
    if stamp:
        rec["published_at"] = stamp
    return rec


def read_jsonl(lines: Iterable[bytes], prefix: str = "line") -> Iterator[Record]:
    """Records of JSON Lines given as raw byte lines (one record per line, blank lines
    included, so the output stays aligned with the input)."""
    for n, raw in enumerate(lines, 1):
        default_id = f"{prefix}-{n}"
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield error_record(default_id, DecodeError(f"line {n} is not UTF-8: {exc}"))
            continue
        if not line.strip():
            yield error_record(default_id, RecordError(f"line {n} is empty"))
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield error_record(default_id, RecordError(f"line {n}: malformed JSON: {exc}"))
            continue
        if isinstance(obj, dict) and isinstance(obj.get("id"), str | int):
            default_id = str(obj["id"])
        try:
            yield normalize_record(obj, default_id)
        except InputError as exc:
            yield error_record(default_id, exc)


def byte_lines(data: bytes) -> list[bytes]:
    """Lines of ``data`` without their line ending; a whitespace-only piece after the
    last newline is not a line."""
    lines = data.split(b"\n")
    if lines and lines[-1].strip() == b"":
        lines.pop()
    return [line.rstrip(b"\r") for line in lines]


def _stream_lines(f: Iterable[bytes]) -> Iterator[bytes]:
    """:func:`byte_lines` over a binary file, streamed (one line of look-ahead)."""
    prev: bytes | None = None
    for line in f:
        if prev is not None:
            yield prev.rstrip(b"\r\n")
        prev = line
    if prev is not None and not (prev.strip() == b"" and not prev.endswith(b"\n")):
        yield prev.rstrip(b"\r\n")


def read_news_list(data: bytes, prefix: str) -> Iterator[Record]:
    """Records of a JSON list (SaudiNewsNet ``{source, url, date_extracted, title,
    content}`` or khabar records); ids are ``<prefix>:<index>``."""
    try:
        items = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        yield error_record(prefix, RecordError(f"{prefix}: malformed JSON: {exc}"))
        return
    if not isinstance(items, list):
        items = [items]
    for i, obj in enumerate(items):
        default_id = f"{prefix}:{i}"
        try:
            if isinstance(obj, dict) and "id" not in obj:
                obj = {**obj, "id": default_id}
            yield normalize_record(obj, default_id)
        except InputError as exc:
            yield error_record(default_id, exc)


def read_blob(data: bytes, name: str) -> Iterator[Record]:
    stem = Path(name).stem
    head = data.lstrip()[:1]
    if name.endswith((".jsonl", ".ndjson")) or (head == b"{" and not name.endswith(".json")):
        yield from read_jsonl(byte_lines(data), prefix=stem)
    elif name.endswith(".json") or head == b"[":
        yield from read_news_list(data, prefix=stem)
    else:  # a plain text document
        try:
            yield {"id": stem, "text": decode(data), "title": None, "published": None,
                   "outlet": None, "url": None}
        except InputError as exc:
            yield error_record(stem, exc)


def read_records(path: str | Path) -> Iterator[Record]:
    """Records of a collection: ``.jsonl``, a ``.json`` list, a ``.zip`` of those (or of
    ``.txt`` files), a plain text file, or ``-`` for JSON Lines on standard input.
    JSON Lines are streamed; other formats are read whole."""
    if str(path) == "-":
        yield from read_jsonl(_stream_lines(sys.stdin.buffer), prefix="line")
        return
    path = Path(path)
    if path.suffix in (".jsonl", ".ndjson"):
        with path.open("rb") as f:
            yield from read_jsonl(_stream_lines(f), prefix=path.stem)
        return
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for info in sorted(z.infolist(), key=lambda i: i.filename):
                if info.is_dir() or info.filename.startswith("__MACOSX/"):
                    continue
                yield from read_blob(z.read(info), info.filename)
        return
    yield from read_blob(path.read_bytes(), path.name)


def count_records(path: str | Path, max_bytes: int = 200_000_000) -> int | None:
    """Number of records (for progress bars) when cheap to know, else ``None``."""
    if str(path) == "-":
        return None
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if path.suffix in (".jsonl", ".ndjson"):
        n = last = 0
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                n += chunk.count(b"\n")
                last = chunk[-1]
        return n + (1 if size and last != ord("\n") else 0)
    if size <= max_bytes:
        return sum(1 for _ in read_records(path))
    return None

__all__ = ["FIELDS", "Record", "byte_lines", "count_records", "error_record", "normalize_record",
           "read_blob", "read_jsonl", "read_news_list", "read_records", "timestamp"]
