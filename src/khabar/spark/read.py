"""Read any input into ONE raw-record frame: ``origin, raw, error_type, error_message``.

``raw`` is the JSON text of one record (an object such as the zipped news format's
``{source, url, date_extracted, title, content}``); parsing it into a Document happens
in the workers (:mod:`khabar.spark.worker`) so that malformed records become rows of the
errors table instead of failing the read. Formats:

- ``jsonl``: ``spark.read.text`` — one record per line; files are split by the
  Hadoop input format, so one big file is read in parallel.
- ``parquet``: ``spark.read.parquet``; every row is re-encoded with ``to_json``.
- ``news``: zips of JSON lists (the zipped news format) or bare JSON-list files, read
  with the ``binaryFile`` source and expanded on the EXECUTORS (one task per file),
  then repartitioned. Chosen over reading on the driver: the driver never holds the
  corpus and any Hadoop-compatible path (s3a://, hdfs://, abfss://) works. Limit: one
  file must fit in an executor's memory (binaryFile refuses files over 2 GB).

All readers go through Spark's data sources, so every path Spark can read works.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING

import orjson
import pyarrow as pa

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame, SparkSession

RAW_SCHEMA = pa.schema([
    pa.field("origin", pa.string()),
    pa.field("raw", pa.string()),
    pa.field("error_type", pa.string()),
    pa.field("error_message", pa.string()),
])
FORMATS = ("auto", "jsonl", "parquet", "news")


def detect_format(path: str) -> str:
    """Guess the input format from the path (``auto``); directories default to jsonl."""
    p = path.lower().rstrip("/")
    if p.endswith(".zip") or p.endswith("*.zip"):
        return "news"
    if p.endswith(".parquet") or p.endswith(".pq"):
        return "parquet"
    if p.endswith(".json"):  # a JSON list (the unzipped news format)
        return "news"
    return "jsonl"


def expand_news_file(path: str, data: bytes) -> Iterator[tuple[str, str | None, str | None, str | None]]:
    """The records of one news file: a zip of JSON lists, or a JSON list itself.

    Yields ``(origin, raw, error_type, error_message)``; ``origin`` is
    ``path!member#index``. A file or member that cannot be read yields one error row.
    """
    if data[:2] == b"PK":
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            members = [m for m in archive.namelist() if not m.endswith("/")]
        except zipfile.BadZipFile as exc:
            yield path, None, "bad_archive", str(exc)
            return
        for member in members:
            try:
                payload = archive.read(member)
            except Exception as exc:  # corrupt member: report, go on with the rest
                yield f"{path}!{member}", None, "bad_archive", f"{type(exc).__name__}: {exc}"
                continue
            yield from _expand_list(f"{path}!{member}", payload)
    else:
        yield from _expand_list(path, data)


def _expand_list(origin: str, payload: bytes) -> Iterator[tuple[str, str | None, str | None, str | None]]:
    try:
        items = orjson.loads(payload)
    except orjson.JSONDecodeError as exc:
        yield origin, None, "malformed_json", str(exc)
        return
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list):
        yield origin, None, "bad_record", f"expected a JSON list, got {type(items).__name__}"
        return
    for i, item in enumerate(items):
        yield f"{origin}#{i}", orjson.dumps(item).decode("utf-8"), None, None


def _expand_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """mapInArrow function: binaryFile rows (path, content) → raw-record rows."""
    for batch in batches:
        cols = {name: [] for name in RAW_SCHEMA.names}
        for path, content in zip(
            batch.column("path").to_pylist(), batch.column("content").to_pylist(), strict=True
        ):
            for row in expand_news_file(path, content or b""):
                for name, value in zip(RAW_SCHEMA.names, row, strict=True):
                    cols[name].append(value)
        yield pa.RecordBatch.from_pydict(cols, schema=RAW_SCHEMA)


def read_raw(
    spark: SparkSession, path: str, fmt: str = "auto", partitions: int | None = None
) -> DataFrame:
    """The raw-record frame of ``path`` (see the module docstring)."""
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    fmt = detect_format(path) if fmt == "auto" else fmt
    null = F.lit(None).cast("string")
    if fmt == "jsonl":
        lines = spark.read.text(path)
        df = lines.where(F.trim("value") != "").select(
            F.col("_metadata.file_path").alias("origin"), F.col("value").alias("raw"),
            null.alias("error_type"), null.alias("error_message"),
        )
    elif fmt == "parquet":
        table = spark.read.parquet(path)
        df = table.select(
            F.col("_metadata.file_path").alias("origin"),
            F.to_json(F.struct(*[F.col(c) for c in table.columns])).alias("raw"),
            null.alias("error_type"), null.alias("error_message"),
        )
    elif fmt == "news":
        files = spark.read.format("binaryFile").load(path).select("path", "content")
        df = files.mapInArrow(_expand_batches, from_arrow_schema(RAW_SCHEMA))
        # One task per file so far; spread the records over the cluster.
        partitions = partitions or spark.sparkContext.defaultParallelism
    else:
        raise ValueError(f"unknown input format {fmt!r}; known: {', '.join(FORMATS)}")
    if partitions:
        df = df.repartition(partitions)
    return df
