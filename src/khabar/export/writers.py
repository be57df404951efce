"""Writers of the flat tables: JSON Lines, CSV and Parquet, streamed in batches.

All three take the rows of :mod:`khabar.export.tables`. CSV writes list columns as JSON
arrays and missing values as empty cells, and can start with a byte order mark for Excel; Parquet uses the table's pyarrow schema, so a
file written here and one written by the Spark job have the same schema.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import IO

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from khabar.export.geojson import MEDIA_TYPE as GEOJSON_MEDIA_TYPE
from khabar.export.geojson import write_geojson
from khabar.export.tables import SCHEMAS, columns

FORMATS = ("jsonl", "csv", "parquet")
BATCH = 2000


def write_jsonl(rows: Iterable[dict], out: IO[bytes]) -> int:
    """One JSON object per line; returns the row count."""
    n = 0
    for r in rows:
        out.write(orjson.dumps(r) + b"\n")
        n += 1
    return n


def _cell(v: object) -> object:
    if v is None:
        return ""
    if isinstance(v, list):
        return orjson.dumps(v).decode()
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


BOM = "\ufeff"


def write_csv(table: str, rows: Iterable[dict], out: IO[str], *, bom: bool = False) -> int:
    """CSV with a header row of the table's columns; returns the row count. ``bom`` starts
    the file with a UTF-8 byte order mark: spreadsheet programs (Excel) read a CSV without
    one in the local code page and show Arabic as mojibake; tools that read UTF-8 skip it
    when told to (``encoding="utf-8-sig"``)."""
    cols = columns(table)
    if bom:
        out.write(BOM)
    w = csv.writer(out)
    w.writerow(cols)
    n = 0
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in cols])
        n += 1
    return n


def write_parquet(table: str, rows: Iterable[dict], path: str | IO[bytes]) -> int:
    """A Parquet file with the table's schema (written in row groups), at a path or into a
    binary file object; returns the count."""
    schema = SCHEMAS[table]
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict] = []
        for r in rows:
            batch.append(r)
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


# what a download of each format is served as (the API's events and quotes downloads)
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
               "json": "application/json", "geojson": GEOJSON_MEDIA_TYPE,
               "parquet": "application/vnd.apache.parquet"}


def write_table(table: str, rows: Iterable[dict], format: str, out: IO[bytes], *,
                bom: bool = False) -> int:
    """``rows`` of ``table`` in ``format`` into the binary file object ``out`` (a file opened
    ``"wb"``, ``sys.stdout.buffer``, a ``BytesIO``); returns the row count. ``csv`` (UTF-8,
    ``bom`` for Excel), ``jsonl``, ``parquet`` (the table's schema), and for rows of any kind
    ``json`` (one indented array) and ``geojson`` (events: :mod:`khabar.export.geojson`).
    The one writer of ``khabar export``, ``khabar events``, ``khabar quotes`` and the API's
    downloads (session 24: each wrote the formats itself, standard output three times)."""
    if format == "csv":
        text = io.TextIOWrapper(out, encoding="utf-8", newline="")
        try:
            return write_csv(table, rows, text, bom=bom)
        finally:
            text.flush()
            text.detach()  # ``out`` stays open: it is the caller's
    if format == "jsonl":
        return write_jsonl(rows, out)
    if format == "parquet":
        return write_parquet(table, rows, out)
    if format == "json":
        rows = list(rows)
        out.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)
                  + b"\n")
        return len(rows)
    if format == "geojson":
        return write_geojson(rows, out)
    raise ValueError(f"unknown format {format!r}")


def table_bytes(table: str, rows: Iterable[dict], format: str, *, bom: bool = False) -> bytes:
    """The whole file :func:`write_table` writes, as bytes (a download's body)."""
    out = io.BytesIO()
    write_table(table, rows, format, out, bom=bom)
    return out.getvalue()
