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
    problem, skipped = _hidden_problem(input)
    if problem is not None:  # Spark would write empty tables without a word
        typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(2)
    if skipped is not None:
        typer.echo(f"note: {skipped}", err=True)
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
TABLES = ("articles", "entities", "times", "quantities", "quotes", "events", "participants",
          "relays", "errors", "duplicates", "stories")


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


def hidden_from_spark(name: str) -> bool:
    """Whether Spark's file listing leaves out a file or directory of this name (Hadoop's
    hidden files, Spark's ``InMemoryFileIndex`` rule): a name starting with ``.``, or with
    ``_`` and no ``=`` (not a partition directory), except ``_metadata`` and
    ``_common_metadata``. It leaves them out even when the input names the file itself."""
    if name.startswith(("_metadata", "_common_metadata")):
        return False
    return name.startswith(".") or (name.startswith("_") and "=" not in name)


def hidden_inputs(input: str) -> tuple[list[str], int]:
    """The local input files Spark will not read (:func:`hidden_from_spark` of the file's
    name or of a directory between the input and it) and how many it will read; ``([], 0)``
    for a Hadoop URL, which Spark lists itself. ``khabar ingest`` reads ``_`` names (it
    skips ``.`` names only), so a file Spark skips must be said, not lost."""
    src = _local(input)
    if src is None:
        return [], 0
    hidden: list[str] = []
    seen = 0
    for root in sorted(glob.glob(src)) if glob.has_magic(src) else [src]:
        if os.path.isfile(root):
            seen += 1
            if hidden_from_spark(os.path.basename(root)):
                hidden.append(root)
            continue
        for folder, dirs, files in os.walk(root):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(folder, name)
                parts = os.path.relpath(path, root).split(os.sep)
                seen += 1
                if any(hidden_from_spark(part) for part in parts):
                    hidden.append(path)
    return hidden, seen - len(hidden)


def _hidden_problem(input: str) -> tuple[str | None, str | None]:
    """An error when Spark would read none of a local input's files because of their
    names, else a note naming the files it will skip (or neither)."""
    hidden, read = hidden_inputs(input)
    if not hidden:
        return None, None
    shown = ", ".join(hidden[:5]) + (f" and {len(hidden) - 5} more" if len(hidden) > 5 else "")
    why = (f"Spark reads no file or directory whose name starts with _ or . (Hadoop's hidden "
           f"files), even when named; khabar ingest reads the _ ones: rename {shown}")
    if not read:
        return f"no input Spark can read at {input}: {why}", None
    return None, f"{len(hidden)} input file(s) skipped: {why}"


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
