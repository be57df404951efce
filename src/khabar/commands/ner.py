"""``khabar ner --conll IN [--output OUT] [--score]``: tag CoNLL data with the shipped model.

Reads one token per line (token first; any other columns, e.g. a gold tag, are kept),
blank lines between sentences, and writes every line back with the predicted BIO tag
(B-PERS, I-ORG, …, O) appended as the last column, so standard data can be scored with
conlleval or ``--score`` (which treats the input's last column as gold). Consecutive
sentences are treated as running text: a name tagged in one sentence is tagged where it
recurs within ``--window`` sentences. The input may be UTF-8, UTF-16 or Windows-1256
(:func:`khabar.io.decode.decode`); undecodable or token-less input is an error (exit 2).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    app.command("ner")(ner)


def ner(
    conll: str = typer.Option(..., "--conll", help="Input CoNLL file (token first, one per line)."),
    output: str | None = typer.Option(None, "--output", "-o", help="Output file (default: stdout)."),
    model: str | None = typer.Option(None, help="Model folder (default: the shipped model)."),
    score: bool = typer.Option(False, "--score", help="Score against the input's last column (stderr)."),
    gold_scheme: str = typer.Option(
        "anercorp", help="With --score: tag scheme of the gold column (anercorp | aqmar | wojood)."
    ),
    window: int = typer.Option(3, help="Keep names consistent over this many neighbouring sentences (0: off)."),
) -> None:
    """Append the predicted BIO tag to every token of a CoNLL file."""
    from khabar.eval.ner import score as score_fn
    from khabar.io.decode import decode
    from khabar.io.errors import DecodeError
    from khabar.ner.conll import gold_tags, write_conll
    from khabar.ner.model import load

    if gold_scheme not in ("anercorp", "aqmar", "wojood"):
        typer.echo(f"error: unknown --gold-scheme {gold_scheme!r}", err=True)
        raise typer.Exit(2)
    conll = Path(conll)
    if not conll.exists():
        typer.echo(f"error: no such file: {conll}", err=True)
        raise typer.Exit(2)
    try:
        sentences = _sentences(decode(conll.read_bytes()))
    except (DecodeError, OSError) as exc:
        typer.echo(f"error: cannot read {conll}: {exc}", err=True)
        raise typer.Exit(2) from exc
    if not sentences:
        typer.echo(f"error: {conll} has no tokens (one token per line, token first)", err=True)
        raise typer.Exit(2)
    try:
        tagger = load(model)
    except FileNotFoundError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    pred = tagger.tag_sentences([[row[0] for row in sent] for sent in sentences], window)
    gold = [gold_tags(sent, gold_scheme) for sent in sentences] if score else []
    for sent, tags in zip(sentences, pred, strict=True):
        for row, tag in zip(sent, tags, strict=True):
            row.append(tag)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            write_conll(sentences, fh)
    else:
        write_conll(sentences, sys.stdout)
    if score:
        typer.echo(score_fn(gold, pred).table(), err=True)


def _sentences(text: str) -> list[list[list[str]]]:
    """Sentences of CoNLL text as lists of column rows, as :func:`khabar.ner.conll.read_conll`
    reads a file (universal line ends, blank lines between sentences)."""
    sentences: list[list[list[str]]] = []
    sent: list[list[str]] = []
    for line in io.StringIO(text, newline=None):
        cols = line.split()
        if cols:
            sent.append(cols)
        elif sent:
            sentences.append(sent)
            sent = []
    if sent:
        sentences.append(sent)
    return sentences
