"""``khabar analyze``: analyse one document (file or stdin) or a batch.

One document: ``khabar analyze FILE|- [--published D] [--outlet O] [--url U]
[--format json|text]`` prints its JSON (or the :mod:`khabar.render_text` summary).
Batch: ``khabar analyze --input docs.jsonl --output out.jsonl [--workers N]`` reads any
collection :func:`khabar.io.readers.read_records` knows (JSON Lines, the zipped news
JSON list, a CSV/TSV table with a ``text`` column) and writes exactly one line per input record, in input order: the document
JSON, or ``{"id", "error": {"type", "message"}}``. Workers are processes that each build
the pipeline once (pool initializer); ``imap`` keeps the order. ``--timeout S`` bounds the
analysis of one record (SIGALRM, where the platform has it): a record over it becomes an
error record of type ``Timeout`` and the batch goes on.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import orjson
import typer

from khabar.io.errors import InputError

FORMATS = ("json", "text")


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze)


def analyze(
    file: str = typer.Argument(None, help="Text file to analyse, or - for standard input."),
    published: str | None = typer.Option(None, help="Dateline date YYYY-MM-DD."),
    outlet: str | None = typer.Option(None, help="Outlet name."),
    url: str | None = typer.Option(None, help="Article URL."),
    title: str | None = typer.Option(None, help="Article title."),
    format: str = typer.Option("json", "--format", "-f", help="json | text (single document)."),
    encoding: str | None = typer.Option(None, help="Force an input encoding (default: detect)."),
    input: str | None = typer.Option(
        None, "--input", "-i",
        help="Batch input: .jsonl ({id,text,title?,published?,published_at?,author?,outlet?,url?} per line), a news "
             "JSON list, a .csv/.tsv with a header row and a text column, or a .zip of those; - for "
             "JSON Lines on stdin."),
    output: str = typer.Option("-", "--output", "-o", help="Batch output JSON Lines (- = stdout)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Batch worker processes."),
    max_chars: int = typer.Option(2_000_000, help="Largest text accepted, in characters."),
    timeout: float = typer.Option(
        0.0, min=0.0, help="Batch: seconds one record may take (0: no limit); a record over it "
                           "becomes an error record of type Timeout."),
    progress: bool = typer.Option(True, help="Progress bar on stderr (batch)."),
) -> None:
    """Analyse one document and print its JSON, or a batch (--input) to JSON Lines."""
    if format not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    if input is not None:
        if file is not None:
            raise typer.BadParameter("give either FILE or --input, not both")
        single = {"--published": published, "--outlet": outlet, "--url": url, "--title": title,
                  "--encoding": encoding, "--format": None if format == "json" else format}
        if given := [flag for flag, value in single.items() if value is not None]:
            verb = "applies" if len(given) == 1 else "apply"
            raise typer.BadParameter(f"{', '.join(given)} {verb} to one document; a batch (--input) "
                                     "takes them from each record")
        if input != "-" and not Path(input).exists():
            typer.echo(f"error: cannot read {input}: no such file", err=True)
            raise typer.Exit(2)
        if input != "-" and Path(input).is_dir():
            typer.echo(f"error: {input} is a directory: give a file (.jsonl, .json, .csv, .zip, .txt); "
                       "`khabar ingest` reads directories", err=True)
            raise typer.Exit(2)
        try:
            stats = run_batch(input, output, workers=workers, max_chars=max_chars, progress=progress,
                              timeout=timeout)
        except OSError as exc:  # a missing input, an unwritable output
            typer.echo(f"error: cannot read or write {exc.filename or input}: {exc.strerror or exc}",
                       err=True)
            raise typer.Exit(2) from exc
        typer.echo(f"{stats['records']} records, {stats['errors']} errors", err=True)
        if dups := stats.get("duplicate_ids"):
            shown = ", ".join(repr(d) for d in dict.fromkeys(dups).keys() if d)
            typer.echo(f"warning: {len(dups)} records repeat an id met before ({shown[:300]}); "
                       "their output lines share it", err=True)
        return
    if file is None and _stdin_is_terminal():  # it would wait silently for typed text
        raise typer.BadParameter("give a FILE to analyse, - for standard input, or --input for "
                                 "a batch")
    _analyze_one(file or "-", published=published, outlet=outlet, url=url, title=title,
                 format=format, encoding=encoding, max_chars=max_chars)


def _stdin_is_terminal() -> bool:
    """Standard input is an interactive terminal (nothing piped or redirected)."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):  # closed or replaced stdin
        return False


def _analyze_one(file: str, *, format: str, encoding: str | None, max_chars: int, **meta) -> None:
    from khabar.document import to_json
    from khabar.io.decode import decode
    from khabar.pipeline import Pipeline

    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        typer.echo(f"error: cannot read {file}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from exc
    if (why := _not_one_document(file, data)) is not None:
        typer.echo(f"error: {why}", err=True)
        raise typer.Exit(2)
    try:
        text = decode(data, encoding)
        if _is_html(file, text):
            text, meta = _from_html(file, text, meta)
        doc = Pipeline(max_chars=max_chars).analyze(text, **meta)
    except InputError as exc:
        hint = ""
        if exc.type == "DecodeError" and encoding is None and b"\x00" not in data:
            # a text in another code page (Latin-1, Windows-1252 …) is read when named
            hint = " (if the text is in another encoding, give it: --encoding ENCODING)"
        typer.echo(f"error: {file}: {exc.type}: {exc}{hint}", err=True)
        raise typer.Exit(2) from exc
    if format == "json":
        sys.stdout.buffer.write(to_json(doc) + b"\n")
    else:
        from khabar.render_text import render

        sys.stdout.write(render(doc))
    sys.stdout.flush()


COLLECTION_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".zip")


def _not_one_document(file: str, data: bytes) -> str | None:
    """Why a file given as FILE is not one document, or ``None``: a collection of records
    (JSON Lines, a JSON list, a table, a zip: ``--input`` reads them — before, the file's
    syntax was analysed as one Arabic text), or an RSS/Atom feed (``khabar ingest``)."""
    from khabar.io.readers import feed_error, is_feed

    name = "standard input" if file == "-" else file
    if is_feed(data, "" if file == "-" else file):
        return f"{feed_error(name)} (NotADocument)"
    if file != "-" and (Path(file).suffix.lower() in COLLECTION_SUFFIXES
                        or data.startswith(b"PK\x03\x04")):
        return (f"{file} is a collection of records, not one document: analyse it with "
                f"`khabar analyze --input {file} --output OUT.jsonl` (NotADocument)")
    return None


def _is_html(file: str, text: str) -> bool:
    """An HTML page: a .html/.htm/.xhtml file, or text that opens as an HTML document."""
    from khabar.ingest.sources import HTML_SUFFIXES
    from khabar.io.readers import opens_as_html

    if file != "-" and Path(file).suffix.lower() in HTML_SUFFIXES:
        return True
    return opens_as_html(text)


def _from_html(file: str, html: str, meta: dict) -> tuple[str, dict]:
    """The article text of a page and its title, date, site and URL, extracted as
    ``khabar ingest`` does (trafilatura); options given on the command line win."""
    from khabar.ingest.sources import Failure, from_html

    page = from_html(html, url=meta.get("url"), source=file)
    if isinstance(page, Failure):
        typer.echo(f"error: {file}: {page.reason}", err=True)
        raise typer.Exit(2)
    found = {"title": page.title, "published": page.published, "outlet": page.outlet,
             "url": page.url}
    return page.text, {k: meta.get(k) or found.get(k) for k in {*meta, *found}}


# --- batch -------------------------------------------------------------------------

_pipeline = None
_timeout = 0.0


class RecordTimeout(BaseException):
    """Raised by the alarm inside a record's analysis (a BaseException, so that no stage's
    ``except Exception`` swallows it)."""


def _init_worker(max_chars: int, timeout: float = 0.0) -> None:
    """Pool initializer: build the pipeline once per process."""
    global _pipeline, _timeout
    from khabar.pipeline import Pipeline

    _pipeline = Pipeline(max_chars=max_chars)
    _timeout = timeout


def _on_alarm(signum: int, frame: object) -> None:
    raise RecordTimeout


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`RecordTimeout` in the block after ``seconds`` (no limit for 0, off the
    main thread, or without SIGALRM). Pure-Python loops are interrupted; one long C call
    (a regex search) ends first."""
    if seconds <= 0 or not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_record(record: dict) -> tuple[bool, bytes]:
    """``(ok, output line without newline)`` for one input record; never raises."""
    from khabar.document import to_json
    from khabar.io.readers import error_record

    if "error" in record:
        return False, orjson.dumps(record)
    try:
        with _time_limit(_timeout):
            doc = _pipeline.analyze(
                record["text"], id=record["id"], title=record.get("title"),
                published=record.get("published"), outlet=record.get("outlet"), url=record.get("url"),
                published_at=record.get("published_at"), author=record.get("author"),
            )
        return True, to_json(doc)
    except RecordTimeout:
        return False, orjson.dumps(error_record(
            record["id"], f"analysis took longer than {_timeout:g} s (--timeout); record not analysed",
            "Timeout"))
    except InputError as exc:
        return False, orjson.dumps(error_record(record["id"], exc))
    except Exception as exc:  # a bug must not stop the batch: report it on the record
        return False, orjson.dumps(
            error_record(record["id"], f"{type(exc).__name__}: {exc}", "InternalError"))


def _results(records: Iterator[dict], workers: int, max_chars: int,
             timeout: float = 0.0) -> Iterator[tuple[bool, bytes]]:
    if workers <= 1:
        _init_worker(max_chars, timeout)
        for rec in records:
            yield process_record(rec)
        return
    # Pool.imap would read the whole input ahead into its task queue; feeding it blocks
    # keeps memory bounded on large inputs while keeping the order.
    block = workers * 64
    with multiprocessing.Pool(workers, initializer=_init_worker, initargs=(max_chars, timeout)) as pool:
        while batch := list(itertools.islice(records, block)):
            yield from pool.imap(process_record, batch, chunksize=8)


def _note_duplicate_ids(records: Iterator[dict], duplicates: list[str]) -> Iterator[dict]:
    """Pass the records on, noting ids met before in ``duplicates``: the output keeps each
    record's id, so two input lines with one id give two documents with it."""
    seen: set[str] = set()
    for rec in records:
        rid = rec.get("id")
        if rid in seen:
            duplicates.append(rid)
        seen.add(rid)
        yield rec


def run_batch(
    input: str, output: str = "-", *, workers: int = 1, max_chars: int = 2_000_000,
    progress: bool = True, timeout: float = 0.0,
) -> dict[str, int]:
    """Analyse every record of ``input`` into JSON Lines ``output``; returns counts."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from khabar.io.readers import count_records, read_records

    total = count_records(input)
    stats: dict = {"records": 0, "errors": 0}
    duplicates: list[str] = []
    out: IO[bytes] = sys.stdout.buffer if output == "-" else open(output, "wb")  # noqa: SIM115
    bar = Progress(
        TextColumn("analyze"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), disable=not progress, transient=False,
    )
    try:
        with bar:
            task = bar.add_task("analyze", total=total)
            records = _note_duplicate_ids(read_records(input), duplicates)
            for ok, line in _results(records, workers, max_chars, timeout):
                out.write(line + b"\n")
                stats["records"] += 1
                stats["errors"] += not ok
                bar.advance(task)
    finally:
        if out is not sys.stdout.buffer:
            out.close()
        else:
            out.flush()
    if duplicates:
        stats["duplicate_ids"] = duplicates
    return stats
