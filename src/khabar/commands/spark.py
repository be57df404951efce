"""``khabar spark analyze``: run the pipeline over a corpus on Apache Spark.

pyspark is imported only when the command runs, so the CLI works without it and says
how to install it.
"""

from __future__ import annotations

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
    spark = get_session(master)
    try:
        result = run(spark, input, output, fmt=format, partitions=partitions,
                     config=WorkerConfig(max_chars=max_chars), corpus=corpus)
    finally:
        spark.stop()
    for name, n in result.counts.items():
        typer.echo(f"{name}\t{n}")
    if warning := result.warning():
        typer.echo(warning, err=True)
    typer.echo(f"seconds\t{result.seconds:.1f}")
    typer.echo("phases\t" + " ".join(f"{k}={v}" for k, v in result.phases.items()))
