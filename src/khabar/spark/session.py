"""The SparkSession the khabar job needs (Arrow on, Parquet timestamps portable)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from khabar.spark import require_pyspark

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import SparkSession

# Settings the job relies on; anything else comes from spark-submit / spark-defaults.
JOB_CONF = {
    # Arrow batches between the JVM and the Python workers: bounded memory per batch
    # (documents are a few KB to a few hundred KB each).
    "spark.sql.execution.arrow.maxRecordsPerBatch": "256",
    "spark.sql.parquet.outputTimestampType": "TIMESTAMP_MICROS",
    # Reuse Python workers so the pipeline loaded by one task serves the next ones.
    "spark.python.worker.reuse": "true",
}


def get_session(
    master: str | None = None,
    app_name: str = "khabar",
    conf: dict[str, str] | None = None,
) -> SparkSession:
    """Get or create the session; ``master`` None leaves it to spark-submit."""
    require_pyspark()
    from pyspark.sql import SparkSession

    if master and master.startswith("local") and not os.environ.get("PYSPARK_PYTHON"):
        # Local workers must run this interpreter (the one khabar is installed in), not
        # whatever "python3" is first on PATH. On a cluster, set spark.pyspark.python.
        os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = SparkSession.builder.appName(app_name)
    settings = dict(JOB_CONF)
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            # Spark's default of 200 shuffle partitions makes every join of the corpus
            # steps run hundreds of tiny tasks on a single machine (measured: the stories
            # step took 206 s instead of ~30 s for 1,700 articles on 2 cores).
            settings["spark.sql.shuffle.partitions"] = str(4 * _local_cores(master))
    for key, value in {**settings, **(conf or {})}.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _local_cores(master: str) -> int:
    """Cores of a ``local``, ``local[N]`` or ``local[*]`` master."""
    inside = master[master.find("[") + 1 : master.find("]")] if "[" in master else "1"
    inside = inside.split(",")[0]
    if inside == "*":
        return os.cpu_count() or 1
    return max(1, int(inside))


def local_test_conf(partitions: int = 2) -> dict[str, str]:
    """Small, quiet settings for tests and laptops (no UI, few shuffle partitions)."""
    return {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": str(partitions),
        "spark.default.parallelism": str(partitions),
        "spark.driver.memory": "1g",
        "spark.sql.adaptive.enabled": "false",
    }
