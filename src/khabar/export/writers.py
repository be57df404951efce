"""Writers of the flat tables: JSON Lines, CSV and Parquet, streamed in batches.

All three take the rows of :mod:`khabar.export.tables`. CSV writes list columns as JSON
arrays and missing values as empty cells, and can start with a byte order mark for Excel; Parquet uses the table's pyarrow schema, so a
file written here and one written by the Spark job have the same schema.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

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
