"""``khabar analyze``: analyse one document (file or stdin) or a batch."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from khabar.document import to_json


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze)


def analyze(
    file: str = typer.Argument("-", help="Text file to analyse, or - for standard input."),
    published: str | None = typer.Option(None, help="Dateline date YYYY-MM-DD."),
    outlet: str | None = typer.Option(None),
    url: str | None = typer.Option(None),
    format: str = typer.Option("json", help="json | text"),
) -> None:
    """Analyse one document and print its JSON."""
    from khabar.pipeline import default_pipeline

    data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    text = data.decode("utf-8-sig")
    doc = default_pipeline().analyze(text, published=published, outlet=outlet, url=url)
    if format == "json":
        sys.stdout.buffer.write(to_json(doc) + b"\n")
    else:
        typer.echo(f"{len(doc.sentences)} sentences, {len(doc.tokens)} tokens")
