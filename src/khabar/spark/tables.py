"""From the wide per-document frame to the export tables and the errors table.

The worker emits one row per document holding, for each table, the list of that
document's rows as ``list<struct<schema>>``. Each output table is then a plain
``explode`` + ``select("r.*")`` of one column — no second pass over the pipeline, no
JSON re-parsing — and its columns are exactly :data:`khabar.export.tables.SCHEMAS`.
The wide frame is persisted (memory, spilling to disk) so that writing the six tables,
the errors and the cross-document outputs runs the pipeline once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyarrow as pa

from khabar.export.tables import SCHEMAS

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame

ERRORS_SCHEMA = pa.schema([
    pa.field("id", pa.string()),  # the document id when known, else the record's origin
    pa.field("origin", pa.string()),  # file (!zip member) (#index) the record came from
    pa.field("error_type", pa.string()),
    pa.field("message", pa.string()),
    pa.field("raw_snippet", pa.string()),  # first 1000 characters of the record
])


def table(wide: DataFrame, name: str) -> DataFrame:
    """The rows of export table ``name`` (columns in schema order)."""
    from pyspark.sql import functions as F

    if name not in SCHEMAS:
        raise ValueError(f"unknown table {name!r}; known: {', '.join(SCHEMAS)}")
    return wide.select(F.explode(name).alias("r")).select(
        *[F.col(f"r.{c}").alias(c) for c in SCHEMAS[name].names]
    )


def errors(wide: DataFrame) -> DataFrame:
    """One row per record that could not be analysed."""
    from pyspark.sql import functions as F

    return wide.where(F.col("error_type").isNotNull()).select(
        F.coalesce("doc_id", "origin").alias("id"),
        "origin", "error_type",
        F.col("error_message").alias("message"), "raw_snippet",
    )
