"""``khabar spark analyze``: run the pipeline over a corpus on Apache Spark.

pyspark is imported only when the command runs, so the CLI works without it and says
how to install it.
"""

from __future__ import annotations

import glob
import os
import sys
from pathlib import Path

import typer

spark_app = typer.Typer(
    name="spark", help="Run khabar on Apache Spark (needs: pip install 'khabar\\[spark]').",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(spark_app, name="spark")


@spark_app.command("analyze")
def analyze(
    input: str = typer.Option(..., "--input", help="File, directory or glob; any Hadoop path "
                              "(s3a://, hdfs://)."),
    output: str = typer.Option(..., "--output", help="Output directory: one Parquet table "
                               "per subdirectory."),
    master: str = typer.Option("local[*]", help="Spark master: local[N], spark://host:7077, "
                               "yarn, k8s://…"),
    format: str = typer.Option("auto", "--format", help="auto | files (JSON Lines, zipped "
                               "news, JSON lists, text; read whole) | lines (split big JSON "
                               "Lines) | parquet."),
    partitions: int | None = typer.Option(None, help="Repartition the records into N tasks."),
    max_chars: int = typer.Option(2_000_000, help="Longer texts go to the errors table."),
    corpus: bool = typer.Option(True, help="Also write duplicates and stories."),
) -> None:
    """Analyse a corpus on Spark; write OUTPUT/<table>/ Parquet tables + errors."""
    from khabar.spark import SparkUnavailable, require_pyspark

    try:
        require_pyspark()
    except SparkUnavailable as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    from khabar.spark.job import run
    from khabar.spark.read import FORMATS
    from khabar.spark.session import get_session
    from khabar.spark.worker import WorkerConfig

    if format not in FORMATS:
        typer.echo(f"error: unknown --format {format!r}; known: {', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    # local paths are checked before Spark starts (≈ 10 s): a typo is a usage error, not
    # a Java stack trace after the start-up
    if (problem := check_paths(input, output)) is not None:
        typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(2)
    if (held := _tables_in(output)):
        typer.echo(f"note: {output} already holds {', '.join(held)}: the job replaces them",
                   err=True)
    # Spark's progress bars garble a log file; on a terminal they stay
    spark = get_session(master, conf=None if sys.stderr.isatty() else QUIET)
    try:
        result = run(spark, input, output, fmt=format, partitions=partitions,
                     config=WorkerConfig(max_chars=max_chars), corpus=corpus)
    except Exception as exc:
        if (summary := spark_failure(exc)) is None:
            raise
        typer.echo(f"error: {summary}", err=True)
        raise typer.Exit(2 if summary.startswith("no input") else 1) from None
    finally:
        spark.stop()
    for name, n in result.counts.items():
        typer.echo(f"{name}\t{n}")
    if warning := result.warning():
        typer.echo(warning, err=True)
    typer.echo(f"seconds\t{result.seconds:.1f}")
    typer.echo("phases\t" + " ".join(f"{k}={v}" for k, v in result.phases.items()))


QUIET = {"spark.ui.showConsoleProgress": "false"}
TABLES = ("articles", "entities", "times", "quantities", "quotes", "events", "errors",
          "duplicates", "stories")


def _local(path: str) -> str | None:
    """The local file-system path of ``path`` (no scheme, or ``file:``), else None (a
    Hadoop URL: s3a://, hdfs://, … is Spark's to check)."""
    if path.startswith("file://"):
        return path[len("file://"):]
    if path.startswith("file:"):
        return path[len("file:"):]
    return None if "://" in path else path


def check_paths(input: str, output: str) -> str | None:
    """What is wrong with a local input or output, or None: an input that does not exist
    (a glob that matches nothing), an output that is a file or cannot be made. The output
    directory is made here (Spark makes it anyway)."""
    src = _local(input)
    if src is not None and not (glob.glob(src) if glob.has_magic(src) else os.path.exists(src)):
        return f"no input at {input}" + (" (the pattern matches no file)"
                                         if glob.has_magic(src) else "")
    dst = _local(output)
    if dst is not None:
        if os.path.exists(dst) and not os.path.isdir(dst):
            return f"cannot write {output}: it is a file; --output is a directory of tables"
        try:
            Path(dst).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return f"cannot write {output}: {exc.strerror or exc}"
    return None


def _tables_in(output: str) -> list[str]:
    """The khabar tables a local output directory already holds (a run replaces them)."""
    dst = _local(output)
    if dst is None or not os.path.isdir(dst):
        return []
    return [t for t in TABLES if os.path.isdir(os.path.join(dst, t))]


def spark_failure(exc: BaseException) -> str | None:
    """A one-line account of an error Spark raised (its class and first line, no stack
    trace of the JVM), or None for an error that is not Spark's (a bug: re-raised)."""
    module = type(exc).__module__ or ""
    if not module.startswith(("pyspark", "py4j")):
        return None
    text = str(exc).strip()
    if "PATH_NOT_FOUND" in text:
        path = text.split("Path does not exist:", 1)[-1].split("SQLSTATE")[0].strip(" .")
        return f"no input at {path}"
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return f"the Spark job failed: {type(exc).__name__}: {first[:400]}"
