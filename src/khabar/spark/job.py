"""The Spark driver: read → analyse on executors → write Parquet tables (+ errors, corpus).

Run it with ``khabar spark analyze`` or directly with spark-submit (see docs/scale.md)::

    spark-submit --master yarn --py-files khabar.zip \\
        src/khabar/spark/job.py --input s3a://bucket/news/ --output s3a://bucket/out/

Output: ``OUTPUT/<table>/`` for each export table (``khabar.export.tables.SCHEMAS``:
articles, entities, times, quantities, quotes, events, participants, relays),
``OUTPUT/errors/``, ``OUTPUT/duplicates/`` and ``OUTPUT/stories/`` — all Parquet.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from khabar.export.tables import SCHEMAS
from khabar.spark.read import FORMATS, read_records
from khabar.spark.tables import errors, table
from khabar.spark.worker import (
    DEFAULT_CONFIG,
    DEFAULT_MAX_CHARS,
    WIDE_SCHEMA,
    WorkerConfig,
    analyze_batches,
)

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame, SparkSession


@dataclass
class JobResult:
    """What a run wrote: row counts per output and the wall time."""

    output: str
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # wall seconds per step
    # records whose id an earlier record already had (as ``khabar analyze --input``
    # reports them): their rows share the doc_id, and event ids collide in the tables
    repeated_ids: int = 0
    repeated_examples: list[str] = field(default_factory=list)  # up to 10 such ids

    def warning(self) -> str | None:
        """The duplicate-id warning to print, or None."""
        if not self.repeated_ids:
            return None
        shown = ", ".join(repr(i) for i in self.repeated_examples)
        return (f"warning: {self.repeated_ids} records repeat an id met before ({shown[:300]});"
                " their rows share it")


def analyze_frame(records: DataFrame, config: WorkerConfig = DEFAULT_CONFIG) -> DataFrame:
    """Records → the wide per-document frame (lazy)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    fn = functools.partial(analyze_batches, config=config)
    return records.mapInArrow(fn, from_arrow_schema(WIDE_SCHEMA))


def run(
    spark: SparkSession,
    input: str,
    output: str,
    *,
    fmt: str = "auto",
    partitions: int | None = None,
    config: WorkerConfig = DEFAULT_CONFIG,
    corpus: bool = True,
    mode: str = "overwrite",
) -> JobResult:
    """Analyse ``input`` and write every table under ``output``; returns the counts."""
    from pyspark import StorageLevel

    t0 = time.perf_counter()
    result = JobResult(output=output)
    wide = analyze_frame(read_records(spark, input, fmt, partitions), config)
    wide = wide.persist(StorageLevel.MEMORY_AND_DISK)
    base = output.rstrip("/")

    def step(name: str, since: float) -> float:
        now = time.perf_counter()
        result.phases[name] = round(now - since, 2)
        return now

    try:
        t = time.perf_counter()
        # The first write runs the pipeline; the others read the persisted frame.
        for name in SCHEMAS:
            _write(table(wide, name), f"{base}/{name}", mode)
            t = step(name, t)
        _write(errors(wide), f"{base}/errors", mode)
        result.counts = _counts(wide)
        result.repeated_ids = result.counts.pop("repeated_ids")
        if result.repeated_ids:
            result.repeated_examples = _repeated_examples(wide)
        t = step("errors", t)
        if corpus:
            from khabar.spark.corpus import duplicate_pairs, duplicates, stories

            pairs = duplicate_pairs(wide).persist()
            _write(duplicates(wide, pairs=pairs), f"{base}/duplicates", mode)
            t = step("duplicates", t)
            _write(stories(wide, dup_pairs=pairs), f"{base}/stories", mode)
            pairs.unpersist()
            t = step("stories", t)
            for name in ("duplicates", "stories"):
                result.counts[name] = spark.read.parquet(f"{base}/{name}").count()
    finally:
        wide.unpersist()
    result.seconds = time.perf_counter() - t0
    return result


def _counts(wide: DataFrame) -> dict[str, int]:
    """Rows per table and errors, in one job over the persisted frame."""
    from pyspark.sql import functions as F

    aggs = [F.sum(F.size(name)).alias(name) for name in SCHEMAS]
    aggs.append(F.count("error_type").alias("errors"))
    aggs.append((F.count("doc_id") - F.countDistinct("doc_id")).alias("repeated_ids"))
    row = wide.agg(*aggs).first()
    return {k: int(row[k] or 0) for k in [*SCHEMAS, "errors", "repeated_ids"]}


def _repeated_examples(wide: DataFrame, n: int = 10) -> list[str]:
    """Up to ``n`` ids that more than one record has (sorted)."""
    from pyspark.sql import functions as F

    rows = (wide.groupBy("doc_id").agg(F.count("*").alias("n")).where(F.col("n") > 1)
            .orderBy("doc_id").limit(n).collect())
    return [r["doc_id"] for r in rows]


def _write(df: DataFrame, path: str, mode: str) -> None:
    df.write.mode(mode).parquet(path)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="khabar-spark", description=__doc__.splitlines()[0])
    p.add_argument("--input", required=True, help="file, directory or glob; any Hadoop path")
    p.add_argument("--output", required=True, help="output directory (Parquet tables)")
    p.add_argument("--format", default="auto", choices=FORMATS)
    p.add_argument("--master", default=None, help="local[*], spark://host:7077, yarn …")
    p.add_argument("--partitions", type=int, default=None, help="repartition the records")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS,
                   help="longer texts go to the errors table")
    p.add_argument("--no-corpus", action="store_true", help="skip duplicates and stories")
    p.add_argument("--log-level", default="WARN", help="Spark log level (INFO, WARN, ERROR)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """spark-submit entry point; prints the row counts of every output table."""
    from khabar.spark.session import get_session

    args = parse_args(argv)
    spark = get_session(args.master)
    spark.sparkContext.setLogLevel(args.log_level)
    result = run(
        spark, args.input, args.output, fmt=args.format, partitions=args.partitions,
        config=WorkerConfig(max_chars=args.max_chars), corpus=not args.no_corpus,
    )
    for name, n in result.counts.items():
        print(f"{name}\t{n}")
    if warning := result.warning():
        print(warning, file=sys.stderr)
    print(f"seconds\t{result.seconds:.1f}")
    print("phases\t" + " ".join(f"{k}={v}" for k, v in result.phases.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
