"""Scale-out on Apache Spark: the same :class:`~khabar.pipeline.Pipeline`, many machines.

Modules: :mod:`.session` (SparkSession settings), :mod:`.read` (input files, split
JSON Lines or Parquet into one record frame, through khabar's own readers),
:mod:`.worker` (the per-executor pipeline applied to Arrow batches), :mod:`.tables`
(explode the per-document result into the export tables and the errors table),
:mod:`.corpus` (near-duplicates and stories across documents), :mod:`.job` (the
driver; ``spark-submit`` entry point) and :mod:`.compare` (Spark stories vs the embedded
clustering). See docs/scale.md.

pyspark is an optional extra: importing this package never imports pyspark; the
functions that need it call :func:`require_pyspark` which explains how to install it.
"""

from __future__ import annotations

INSTALL_HINT = "pyspark is not installed: pip install 'khabar[spark]' (needs Java 17+)"


class SparkUnavailable(RuntimeError):
    """pyspark (or Java) is missing."""


def require_pyspark():
    """Import and return :mod:`pyspark`, or raise :class:`SparkUnavailable` with the fix."""
    try:
        import pyspark
    except ModuleNotFoundError as exc:
        raise SparkUnavailable(INSTALL_HINT) from exc
    return pyspark
