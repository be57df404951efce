"""Read any input into ONE record frame, with the SAME records as ``khabar analyze``.

Columns (:data:`RECORD_SCHEMA`): ``id, origin, record, error_type, error_message,
raw_snippet``. ``record`` is the JSON of a clean :mod:`khabar.io.readers` record
(``{id, text, title, published, outlet, url}``); a record that cannot be read has
``record`` null and the error set, and goes to the errors table. Formats:

Every file under a directory is read, sub-directories too (``recursiveFileLookup``);
Spark leaves out names starting with ``_`` or ``.`` (``_SUCCESS``, ``.crc``), even named;
``khabar spark analyze`` says which local files it skips (``commands.spark.hidden_inputs``).

- ``files`` (default): each file is read whole by the ``binaryFile`` source and
  expanded ON THE EXECUTORS by khabar's own reader (:mod:`khabar.io.readers`: JSON Lines,
  the zipped news format = zips of JSON lists, ``.json`` lists, text files), so ids,
  decoding and error types are those of the embedded batch. Chosen over reading zips on
  the driver: the driver never holds the corpus, and any Hadoop path (s3a://, hdfs://)
  works. One task per file, then the records are repartitioned; a file must fit in an
  executor's memory (binaryFile refuses files over 2 GB) — shard bigger dumps.
- ``lines``: ``spark.read.text`` for very large JSON Lines files that must be split
  across tasks. Line numbers are not known there, so a record without an ``id`` gets
  ``<file stem>@<sha1 of the line>`` instead of the embedded ``<file stem>-<line>``.
- ``parquet``: ``spark.read.parquet``; rows are re-encoded as JSON objects and read like
  JSON Lines (``id`` column, else ``<file stem>@<sha1 of the row>``).
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING

import orjson
import pyarrow as pa

from khabar.io.errors import InputError, RecordError
from khabar.io.readers import byte_lines, normalize_record, read_blob

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame, SparkSession

RECORD_SCHEMA = pa.schema([
    pa.field("id", pa.string()),
    pa.field("origin", pa.string()),  # the file (and "!member" of a zip) it came from
    pa.field("record", pa.string()),
    pa.field("error_type", pa.string()),
    pa.field("error_message", pa.string()),
    pa.field("raw_snippet", pa.string()),
])
FORMATS = ("auto", "files", "lines", "parquet")
SNIPPET_CHARS = 1000

Row = tuple[str, str, str | None, str | None, str | None, str | None]


def detect_format(path: str) -> str:
    """``parquet`` for ``*.parquet`` paths, else ``files``."""
    p = path.lower().rstrip("/")
    return "parquet" if p.endswith((".parquet", ".pq")) else "files"


def _snippet(data: bytes | str | None) -> str | None:
    if data is None:
        return None
    if isinstance(data, bytes):
        data = data[: SNIPPET_CHARS * 4].decode("utf-8", "replace")
    return data[:SNIPPET_CHARS]


def _rows(origin: str, records: Iterator[dict], raw_of) -> Iterator[Row]:
    for rec in records:
        if "error" in rec:
            err = rec["error"]
            yield (rec["id"], origin, None, err.get("type"), err.get("message"),
                   _snippet(raw_of(rec["id"])))
        else:
            yield rec["id"], origin, orjson.dumps(rec).decode("utf-8"), None, None, None


def _line_with_id(lines: list[bytes], rid: str) -> bytes | None:
    """The first JSON Lines line whose object has ``"id"`` ``rid``: a bad record that names
    itself («missing 'text'», a text that is no string) is shown by its own line, not by the
    file's first bytes (which hold another record)."""
    needle = orjson.dumps(rid)
    for line in lines:
        if needle in line or rid.encode("utf-8") in line:
            try:
                obj = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if isinstance(obj, dict) and str(obj.get("id")) == rid:
                return line
    return None


def _blob_rows(origin: str, data: bytes, name: str) -> Iterator[Row]:
    """Records of one file or zip member via khabar.io; errors keep a raw snippet."""
    cache: dict[str, object] = {}

    def raw_of(rid: str) -> bytes | str | None:  # only called for bad records (rare)
        if "lines" not in cache:
            cache["lines"] = list(byte_lines(data))
        stem = posixpath.splitext(posixpath.basename(name))[0]
        tail = rid.rsplit(":", 1)[-1] if rid.startswith(stem + ":") else None
        if tail is not None and tail.isdigit():
            try:
                items = cache.setdefault("items", orjson.loads(data))
                return orjson.dumps(items[int(tail)]).decode("utf-8")
            except (orjson.JSONDecodeError, IndexError, KeyError, TypeError):
                return data
        tail = rid.rsplit("-", 1)[-1] if rid.startswith(stem + "-") else None
        if tail is not None and tail.isdigit() and 0 < int(tail) <= len(cache["lines"]):
            return cache["lines"][int(tail) - 1]
        own = _line_with_id(cache["lines"], rid)  # a record named by its own "id"
        return own if own is not None else data

    def safe_raw_of(rid: str) -> bytes | str | None:
        try:
            return raw_of(rid)
        except Exception:  # the snippet is a courtesy: never let it fail the read
            return data

    yield from _rows(origin, read_blob(data, name), safe_raw_of)


def expand_file(path: str, data: bytes) -> Iterator[Row]:
    """The records of one input file (a zip is expanded member by member, in name order,
    exactly as :func:`khabar.io.readers.read_records` does)."""
    if data[:4] == b"PK\x03\x04" or data[:4] == b"PK\x05\x06":
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            infos = sorted(archive.infolist(), key=lambda i: i.filename)
        except zipfile.BadZipFile as exc:
            yield path, path, None, "RecordError", f"not a readable zip: {exc}", None
            return
        for info in infos:
            if info.is_dir() or info.filename.startswith("__MACOSX/"):
                continue
            origin = f"{path}!{info.filename}"
            try:
                member = archive.read(info)
            except Exception as exc:  # a corrupt member: report it, read the others
                yield origin, origin, None, "RecordError", f"{type(exc).__name__}: {exc}", None
                continue
            yield from _blob_rows(origin, member, info.filename)
    else:
        yield from _blob_rows(path, data, posixpath.basename(path))


def line_row(origin: str, line: str) -> Row:
    """One JSON Lines record (``lines`` / ``parquet`` formats) → its row."""
    stem = posixpath.splitext(posixpath.basename(origin))[0]
    default_id = f"{stem}@{hashlib.sha1(line.encode('utf-8')).hexdigest()[:16]}"
    try:
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise RecordError(f"malformed JSON: {exc}") from None
        if isinstance(obj, dict) and isinstance(obj.get("id"), str | int):
            default_id = str(obj["id"])
        rec = normalize_record(obj, default_id)
    except InputError as exc:
        return default_id, origin, None, exc.type, str(exc), _snippet(line)
    return rec["id"], origin, orjson.dumps(rec).decode("utf-8"), None, None, None


def _batch(rows: list[Row]) -> pa.RecordBatch:
    cols = list(zip(*rows, strict=True)) if rows else [[] for _ in RECORD_SCHEMA.names]
    return pa.RecordBatch.from_arrays(
        [pa.array(list(c), type=pa.string()) for c in cols], schema=RECORD_SCHEMA
    )


def _expand_files(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """mapInArrow: binaryFile rows (path, content) → record rows."""
    for batch in batches:
        paths, contents = batch.column("path").to_pylist(), batch.column("content").to_pylist()
        for path, content in zip(paths, contents, strict=True):
            rows = list(expand_file(path, content or b""))
            for i in range(0, len(rows), 256):  # bounded Arrow batches
                yield _batch(rows[i : i + 256])


def _expand_lines(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """mapInArrow: (origin, value) text lines → record rows."""
    for batch in batches:
        origins, values = batch.column("origin").to_pylist(), batch.column("value").to_pylist()
        yield _batch([line_row(o, v) for o, v in zip(origins, values, strict=True)])


def _file_key(path: str) -> str:
    """A file path as the binaryFile ``path`` column spells it (``file:/x`` for the
    ``file:///x`` of ``DataFrame.inputFiles``)."""
    return "file:/" + path[len("file:///"):] if path.startswith("file:///") else path


def _empty_file_rows(source: DataFrame) -> list[Row]:
    """The records of the input files the binaryFile scan leaves out: Spark skips
    zero-length files, so an empty input would yield neither an article nor an error.
    Each is read here, on the driver, as the embedded batch reads it (an empty text file
    is an ``EmptyText`` error record; an empty JSON Lines file has no records). Only
    file names and lengths are listed; no content is read."""
    listed = {_file_key(p): p for p in source.inputFiles()}
    read = {r.path for r in source.select("path").collect()}
    missing = sorted(set(listed) - {_file_key(p) for p in read})
    return [row for key in missing for row in expand_file(key, b"")]


def read_records(
    spark: SparkSession, path: str, fmt: str = "auto", partitions: int | None = None
) -> DataFrame:
    """The record frame of ``path`` (see the module docstring)."""
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    fmt = detect_format(path) if fmt == "auto" else fmt
    schema = from_arrow_schema(RECORD_SCHEMA)
    origin = F.col("_metadata.file_path").alias("origin")
    if fmt == "files":
        # every file under a directory, sub-directories too (as `khabar ingest DIR` reads
        # them): without recursiveFileLookup Spark read the top level only and a file in a
        # sub-directory was neither an article nor an error (session 13)
        source = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(path)
        files = source.select("path", "content")
        df = files.mapInArrow(_expand_files, schema)
        empty = _empty_file_rows(source)
        if empty:  # the scan skips zero-length files; they are inputs all the same
            df = df.unionByName(spark.createDataFrame(empty, schema))
        # One task per file so far: spread the records over the cluster.
        partitions = partitions or spark.sparkContext.defaultParallelism
    elif fmt == "lines":
        text = spark.read.option("recursiveFileLookup", "true").text(path)
        lines = text.where(F.trim("value") != "").select(origin, "value")
        df = lines.mapInArrow(_expand_lines, schema)
    elif fmt == "parquet":
        table = spark.read.parquet(path)
        rows = table.select(origin, F.to_json(F.struct(*[F.col(c) for c in table.columns]))
                            .alias("value"))
        df = rows.mapInArrow(_expand_lines, schema)
    else:
        raise ValueError(f"unknown input format {fmt!r}; known: {', '.join(FORMATS)}")
    if partitions:
        df = df.repartition(partitions)
    return df
