"""Readers of document collections: JSON Lines, the SaudiNewsNet JSON list (plain or
zipped), CSV/TSV tables, and single text files.

:func:`read_records` yields one dict per input record, in input order:
``{"id", "text", "title", "published", "outlet", "url"}`` (plus ``published_at``, the
full ISO timestamp ``YYYY-MM-DDTHH:MM[:SS]``, when the input date has a time of day —
SaudiNewsNet's ``date_extracted`` does — and ``author`` when the record gives one as text)
for a good record, or
``{"id", "error": {"type", "message"}}`` for a bad one (malformed JSON, no text,
undecodable bytes, a corrupt zip member), so a batch writes exactly one output line per
input line and never stops on a bad record. JSON Lines may be UTF-8 (a line in
Windows-1256 Arabic is read as such), UTF-16/32 (whole file, by BOM or NUL bytes), with
LF, CRLF or lone-CR line ends. The message of an error record for a broken line names
the ``id`` written on it when it can be read (the record's id stays ``<prefix>-<n>``). ``khabar analyze --input`` and ``khabar ingest`` share it.
A ``.csv``/``.tsv`` table needs a header row with a ``text`` (or ``content``) column; the
other record fields are optional columns; a table without the text column is one error
record naming the columns it has, a row of the wrong width an error record of its own.
A web page (``.html``/``.htm``/``.xhtml``, or a text file opening as an HTML document,
also inside a zip) is its article, extracted as ``khabar ingest`` and ``khabar analyze
page.html`` extract it (before session 11 a batch analysed the markup); an RSS/Atom feed
is an error record of type ``NotADocument`` saying that ``khabar ingest`` reads feeds.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from khabar.io.decode import decode, wide_encoding
from khabar.io.errors import DecodeError, InputError, NoArticleText, NotADocument, RecordError
from khabar.io.sidecar import text_of_file

Record = dict[str, Any]
FIELDS = ("id", "text", "title", "published", "outlet", "url")
MAX_MEMBER_BYTES = 200_000_000  # a zip member larger than this (unpacked) is refused
# the id written on a line that is not valid JSON (or not UTF-8), named in its error message
_RAW_ID = re.compile(rb'"id"\s*:\s*("(?:[^"\\\r\n]|\\.){1,200}"|-?\d{1,20})')


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


def normalize_record(obj: Any, default_id: str, base: Path | None = None) -> Record:
    """A clean record from a decoded JSON object; raises :class:`RecordError`. ``base``:
    the folder of the record's file, where a record without ``text`` may name its text
    file (``file``: :mod:`khabar.io.sidecar`)."""
    if not isinstance(obj, dict):
        raise RecordError(f"expected a JSON object, got {type(obj).__name__}")
    rid = _opt_str(obj.get("id"), "id") or default_id
    text = obj.get("text", obj.get("content"))
    text_file = None
    if text is None and "file" in obj:
        text = text_of_file(obj["file"], base)
        text_file = str(obj["file"]).strip()
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
    # the author / byline (SaudiNewsNet's «author»), when the record gives one as text: stored
    # by khabar ingest, carried by khabar analyze in the document (session 24); not a reason
    # to refuse a record when it is something else
    author = obj.get("author")
    if isinstance(author, str) and author.strip():
        rec["author"] = author.strip()
    if text_file is not None:  # the file the text came from (khabar ingest titles a .txt's)
        rec["text_file"] = text_file
    return rec


def _where(n: int, raw: bytes) -> str:
    """``line n`` plus the ``id`` written on that broken line, when it can be read."""
    m = _RAW_ID.search(raw)
    if m is not None:
        try:
            value = orjson.loads(m[1])
        except orjson.JSONDecodeError:
            value = None
        if isinstance(value, str | int) and str(value):
            return f"line {n} (id {str(value)!r})"
    return f"line {n}"


def read_jsonl(lines: Iterable[bytes], prefix: str = "line",
               base: Path | None = None) -> Iterator[Record]:
    """Records of JSON Lines given as raw byte lines (one record per line, blank lines
    included, so the output stays aligned with the input); ``base`` as :func:`normalize_record`."""
    for n, raw in enumerate(lines, 1):
        default_id = f"{prefix}-{n}"
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            try:  # a line in Windows-1256 (legacy Arabic) is read as such
                line = decode(raw)
            except DecodeError as why:
                yield error_record(default_id, DecodeError(
                    f"{_where(n, raw)} is not UTF-8 ({exc.reason} at byte {exc.start}): {why}"))
                continue
        line = line.lstrip("\ufeff")  # the BOM of a file concatenated after the first
        if not line.strip():
            yield error_record(default_id, RecordError(f"line {n} is empty"))
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield error_record(default_id, RecordError(f"{_where(n, raw)}: malformed JSON: {exc}"))
            continue
        if isinstance(obj, dict) and isinstance(obj.get("id"), str | int):
            default_id = str(obj["id"])
        try:
            yield normalize_record(obj, default_id, base)
        except InputError as exc:
            yield error_record(default_id, exc)


def _split_cr(line: bytes) -> list[bytes]:
    """A line holding lone CRs (old Mac line ends) as the lines it joins: split only when
    every piece is a JSON object of its own (a CR may also be whitespace inside one)."""
    if b"\r" not in line:
        return [line]
    pieces = line.split(b"\r")
    while len(pieces) > 1 and not pieces[-1].strip():
        pieces.pop()
    filled = [p for p in pieces if p.strip()]
    if len(filled) > 1 and all(p.lstrip()[:1] == b"{" and p.rstrip()[-1:] == b"}" for p in filled):
        return pieces
    return [line]


_BOM = b"\xef\xbb\xbf"


def _pieces(line: bytes) -> list[bytes]:
    """The lines one LF-ended line holds, without a leading UTF-8 byte order mark (a file
    saved with one, or files concatenated; before session 24 a BOM kept its first object
    from being split at lone CRs)."""
    return _split_cr(line.removeprefix(_BOM))


def byte_lines(data: bytes) -> list[bytes]:
    """Lines of ``data`` without their line ending (LF, CRLF or a lone CR between JSON
    objects) or a byte order mark; a whitespace-only piece after the last newline is not a
    line."""
    lines = data.split(b"\n")
    if lines and lines[-1].strip() == b"":
        lines.pop()
    return [piece for line in lines for piece in _pieces(line.rstrip(b"\r"))]


def stream_lines(f: Iterable[bytes]) -> Iterator[bytes]:
    """:func:`byte_lines` over a binary file, streamed (one line of look-ahead): the one
    line reader of JSON Lines input (records, and ``khabar analyze`` output ingested:
    khabar.ingest.analysed)."""
    prev: bytes | None = None
    for line in f:
        if prev is not None:
            yield from _pieces(prev.rstrip(b"\r\n"))
        prev = line
    if prev is not None and not (prev.strip() == b"" and not prev.endswith(b"\n")):
        yield from _pieces(prev.rstrip(b"\r\n"))


def _wide_lines(data: bytes, name: str) -> list[bytes]:
    """Byte lines of UTF-16/32 JSON Lines; raises :class:`DecodeError`."""
    try:
        return byte_lines(data.decode(wide_encoding(data[:4096]) or "utf-8").lstrip("\ufeff").encode())
    except UnicodeDecodeError as exc:
        raise DecodeError(f"{name}: not valid {exc.encoding} ({exc.reason} at byte {exc.start})") from exc


def read_news_list(data: bytes, prefix: str, base: Path | None = None) -> Iterator[Record]:
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
            yield normalize_record(obj, default_id, base)
        except InputError as exc:
            yield error_record(default_id, exc)


TABLE_SUFFIXES = (".csv", ".tsv")
_CSV_FIELD_LIMIT = 2**31 - 1  # one cell may hold a whole article (the default is 128 kB)


def read_table(data: bytes, name: str) -> Iterator[Record]:
    """Records of a CSV (TSV for ``.tsv``) table with a header row; ids are the ``id``
    column or ``<stem>:<row>`` (data rows from 1). Any encoding :func:`decode` reads."""
    stem = Path(name).stem
    try:
        text = decode(data)
    except InputError as exc:
        yield error_record(stem, exc)
        return
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    rows = csv.reader(io.StringIO(text, newline=""),
                      delimiter="\t" if name.lower().endswith(".tsv") else ",")
    try:
        header = [h.strip().lstrip("\ufeff").lower() for h in next(rows, [])]
        if "text" not in header and "content" not in header:
            shown = ", ".join(h for h in header if h) or "none"
            yield error_record(stem, RecordError(
                f"{name}: no 'text' (or 'content') column in the header row (columns: {shown})"))
            return
        for n, row in enumerate(rows, 1):
            default_id = f"{stem}:{n}"
            if not any(cell.strip() for cell in row):
                yield error_record(default_id, RecordError(f"{name}: row {n} is empty"))
                continue
            if len(row) != len(header):
                yield error_record(default_id, RecordError(
                    f"{name}: row {n} has {len(row)} fields, the header {len(header)}"))
                continue
            obj = {k: v for k, v in zip(header, row, strict=True) if k}
            try:
                yield normalize_record(obj, default_id)
            except InputError as exc:
                yield error_record(str(obj.get("id") or default_id), exc)
    except csv.Error as exc:  # e.g. a NUL byte: the rest of the table cannot be read
        yield error_record(stem, RecordError(f"{name}: unreadable CSV at line {rows.line_num}: {exc}"))


HTML_SUFFIXES = (".html", ".htm", ".xhtml")  # as khabar.ingest.sources reads pages
FEED_SUFFIXES = (".rss", ".atom")


def opens_as_html(text: str) -> bool:
    """Whether a text opens as an HTML document (``<!doctype html``, ``<html``), after white
    space or a byte order mark: the rule of ``khabar analyze`` and the API."""
    return text[:200].lstrip("\ufeff \t\r\n").lower().startswith(("<!doctype html", "<html"))


def is_feed(data: bytes, name: str) -> bool:
    """An RSS/Atom feed: a ``.rss``/``.atom`` file, or XML whose root is a feed."""
    low = name.lower()
    if low.endswith(FEED_SUFFIXES):
        return True
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return (low.endswith(".xml") or head.startswith((b"<?xml", b"<rss", b"<feed"))) and (
        b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head)


def feed_error(name: str) -> NotADocument:
    return NotADocument(f"{name} is an RSS/Atom feed: its items link to articles, which `khabar "
                        "ingest` (or `khabar watch`) fetches and stores; `khabar analyze` reads "
                        "texts, web pages and collections of records")


def page_record(data: bytes | str, name: str) -> Record:
    """The record of a web page: its article text, title, date, site and URL, extracted as
    ``khabar ingest`` and ``khabar analyze page.html`` extract them (trafilatura); a page
    without article text is an error record of type ``NoArticleText``."""
    from khabar.ingest.sources import Failure, from_html

    stem = Path(name).stem
    page = from_html(data, url=None, source=name)
    if isinstance(page, Failure):
        kind, _, rest = page.reason.partition(": ")
        if kind == "DecodeError":
            return error_record(stem, DecodeError(rest))
        return error_record(stem, NoArticleText(f"{name}: {page.reason}"))
    rec = {"id": stem, "text": page.text, "title": page.title, "published": page.published,
           "outlet": page.outlet, "url": page.url}
    # as khabar ingest keeps them from the page (session 24): its date-time, its author
    if stamp := timestamp(page.published_at):
        rec["published_at"] = stamp
    if page.author:
        rec["author"] = page.author
    return rec


def read_blob(data: bytes, name: str, base: Path | None = None) -> Iterator[Record]:
    """Records of one file's bytes (by its name's suffix and a peek); ``base``: the folder
    it was read from (None inside a zip), where a record may name its text file."""
    stem = Path(name).stem
    head = data.lstrip()[:1]
    if name.lower().endswith(HTML_SUFFIXES):
        yield page_record(data, name)
    elif name.lower().endswith(TABLE_SUFFIXES):
        yield from read_table(data, name)
    elif name.endswith((".jsonl", ".ndjson")) or (head == b"{" and not name.endswith(".json")):
        if wide_encoding(data[:4096]) is not None:
            try:
                lines = _wide_lines(data, name)
            except DecodeError as exc:
                yield error_record(stem, exc)
                return
        else:
            lines = byte_lines(data)
        yield from read_jsonl(lines, prefix=stem, base=base)
    elif name.endswith(".json") or head == b"[":
        yield from read_news_list(data, prefix=stem, base=base)
    elif is_feed(data, name):
        yield error_record(stem, feed_error(name))
    else:  # a plain text document, or a page that opens as one
        try:
            text = decode(data)
        except InputError as exc:
            yield error_record(stem, exc)
            return
        if opens_as_html(text):
            yield page_record(text, name)
        else:
            yield {"id": stem, "text": text, "title": None, "published": None,
                   "outlet": None, "url": None}


def read_records(path: str | Path) -> Iterator[Record]:
    """Records of a collection: ``.jsonl``, a ``.json`` list, a ``.csv``/``.tsv`` table, a
    ``.zip`` of those (or of ``.txt`` files), a plain text file, or ``-`` for JSON Lines on standard input.
    JSON Lines are streamed; other formats are read whole."""
    if str(path) == "-":
        yield from _read_stream(sys.stdin.buffer, "stdin", "line")
        return
    path = Path(path)
    if path.suffix in (".jsonl", ".ndjson"):
        with path.open("rb") as f:
            yield from _read_stream(f, path.name, path.stem, path.parent)
        return
    if zipfile.is_zipfile(path):
        yield from _read_zip(path)
        return
    data = path.read_bytes()
    if path.suffix.lower() == ".zip" or data.startswith(b"PK\x03\x04"):
        yield error_record(path.stem, RecordError(f"{path.name}: not a readable zip archive "
                                                  "(corrupt or truncated)"))
        return
    yield from read_blob(data, path.name, path.parent)


def _read_stream(f: Any, name: str, prefix: str, base: Path | None = None) -> Iterator[Record]:
    """Records of a JSON Lines stream: streamed when UTF-8, read whole when UTF-16/32 (a
    BOM of those or NUL bytes in the first 4 kB); undecodable UTF-16 is one error record."""
    if not hasattr(f, "peek"):
        f = io.BufferedReader(f)
    if wide_encoding(f.peek(4096)[:4096]) is None:
        yield from read_jsonl(stream_lines(f), prefix=prefix, base=base)
        return
    try:
        lines = _wide_lines(f.read(), name)
    except DecodeError as exc:
        yield error_record(prefix, exc)
        return
    yield from read_jsonl(lines, prefix=prefix, base=base)


def _read_zip(path: Path) -> Iterator[Record]:
    """Records of every member of a zip archive; an unreadable member (corrupt, encrypted,
    too large) is an error record and the others go on."""
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield error_record(path.stem, RecordError(f"{path.name}: not a readable zip archive: {exc}"))
        return
    with z:
        for info in sorted(z.infolist(), key=lambda i: i.filename):
            if info.is_dir() or info.filename.startswith("__MACOSX/"):
                continue
            member_id = Path(info.filename).stem
            if info.file_size > MAX_MEMBER_BYTES:
                yield error_record(member_id, InputError(
                    f"{info.filename}: {info.file_size:,} bytes unpacked, more than the limit "
                    f"of {MAX_MEMBER_BYTES:,}"))
                continue
            try:
                data = z.read(info)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
                    ValueError, OSError) as exc:
                yield error_record(member_id, RecordError(
                    f"{info.filename}: cannot read this zip member: {exc}"))
                continue
            yield from read_blob(data, info.filename)


def _wide(path: Path) -> bool:
    """Whether a file is read as UTF-16 or UTF-32 (:func:`wide_encoding`, as the readers
    decide): its newlines are two or four bytes, so counting b"\n" miscounts the lines
    (a 2-line UTF-16 file counted 3)."""
    with path.open("rb") as f:
        return wide_encoding(f.read(4096)) is not None


def count_records(path: str | Path, max_bytes: int = 200_000_000) -> int | None:
    """Number of records (for progress bars) when cheap to know, else ``None``."""
    if str(path) == "-":
        return None
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if path.suffix in (".jsonl", ".ndjson") and not _wide(path):
        n = last = 0
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                n += chunk.count(b"\n")
                last = chunk[-1]
        return n + (1 if size and last != ord("\n") else 0)
    if size <= max_bytes:
        return sum(1 for _ in read_records(path))
    return None

__all__ = ["FIELDS", "Record", "byte_lines", "count_records", "error_record", "feed_error",
           "is_feed", "normalize_record", "opens_as_html", "page_record", "read_blob",
           "read_jsonl", "read_news_list", "read_records", "read_table", "stream_lines",
           "timestamp"]
