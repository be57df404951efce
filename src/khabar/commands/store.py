"""``khabar ingest | watch | search | export | claims | relink``: the store from the command line.

Thin wrappers over :class:`khabar.store.Store`, :class:`khabar.ingest.Ingestor` and
:mod:`khabar.export`; progress and summaries go to stderr, results to stdout.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer

DB_HELP = "SQLite store file (created when missing)."
READ_DB_HELP = "SQLite store file (made by khabar ingest)."
STAGES_HELP = "Comma-separated pipeline stages (default: all)."


OUTLET_COUNTRY_HELP = ("Only the articles of the outlets of this country (ISO alpha-3: SAU for the "
                       "Saudi outlets), as the gazetteer's outlets file them.")
EVENT_FILTER_NOTE = ("With -t events / participants the rows of those events; with another "
                     "table the rows of the articles that hold one.")
NO_OUTLET_HELP = "Only the articles stored without an outlet (a corpus whose records name none)."
UNDATED_HELP = "Only the articles without a dateline (not with --from/--to)."

def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("watch")(watch)
    app.command("search")(search)
    app.command("export")(export)
    app.command("claims")(claims)
    app.command("reanalyze")(reanalyze)
    app.command("relink")(relink)


_LINKER_NOTED: set[str] = set()  # stores whose linker note this process has printed


def _open(db: Path, *, existing: bool = False, linker_note: bool = True, write: bool = False):
    """Open the store or exit with a clear message (status 2); with ``existing``, a
    missing file is that error (reading commands must not create an empty store). A store
    that cannot be written is an error for a writing command (``write``) and is read as it
    is, not migrated, by a reading one (khabar.store.access.open_store; a note when its
    schema is older). A store whose actors an older linker made gets a note, once per
    process (``linker_note=False``: the command is the rebuild that fixes it)."""
    from khabar.store import StoreError
    from khabar.store.access import open_store, read_only_note

    if existing and not db.is_file():
        typer.echo(f"error: no store at {db} (create one with: khabar ingest FILES --db {db})",
                   err=True)
        raise typer.Exit(2)
    try:
        store = open_store(db, write=write)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if str(db) not in _LINKER_NOTED:
        _LINKER_NOTED.add(str(db))
        if note := read_only_note(store, str(db)):
            typer.echo(f"note: {note}", err=True)
        if linker_note and (note := store.linker_status().message(str(db))):
            typer.echo(f"note: {note}", err=True)
    return store


def _date(option: str, value: str | None) -> str | None:
    """A date option as given (``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` for a whole month
    or year), or a usage error: a misspelt date must not silently match nothing."""
    from khabar.store.filters import BadFilter, check_date

    try:
        return check_date(option, value)
    except BadFilter as exc:
        raise typer.BadParameter(str(exc)) from None


def _dates(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """``--from`` and ``--to`` checked and in order: a range that ends before it starts is
    a usage error, not an empty result that reads as «nothing happened» — the store's rule
    (``store.filters.check_range``), which the API answers 422."""
    from khabar.store.filters import BadFilter, check_range

    try:
        return check_range("--from", date_from, "--to", date_to)
    except BadFilter as exc:
        raise typer.BadParameter(str(exc)) from None


# what a date option takes (khabar.store.dates.check_bound), said once per command
DATE_FORMS = ("a day YYYY-MM-DD, a month YYYY-MM or a year YYYY (all its days), or an ISO "
              "date-time YYYY-MM-DDThh:mm (its day)")
BOM_HELP = "Start the CSV with a UTF-8 byte order mark, so Excel shows the Arabic text."


def _choice(option: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    """An option that takes one of ``choices``, in any case (``--format CSV``), as the API
    reads its code parameters; another value is a usage error naming the choices."""
    from khabar.store.filters import UnknownCode, check_code

    try:
        return check_code(option, value, choices, "choice")
    except UnknownCode:
        raise typer.BadParameter(f"{option} must be one of {', '.join(choices)}, "
                                 f"got {value!r}") from None


MAX_CHARS_HELP = "Largest article accepted, in characters (a longer one is a failure)."


def _code(option: str, value: str | None, kind: str) -> str | None:
    """A ``--type``/``--country`` value as the store spells it (any case; empty is no
    filter); an unknown code is a usage error naming the valid codes, the rule of the API's
    422 (``store.filters.check_code``) — an unknown code must not read as «nothing found»."""
    from khabar.store.filters import (
        EVENT_ROLES,
        UnknownCode,
        check_code,
        country_codes,
        event_types,
        sector_codes,
    )

    valid, what = {"type": (event_types(), "PLOVER event type"),
                   "country": (country_codes(), "country code"),
                   "sector": (sector_codes(), "PLOVER sector"),
                   "role": (EVENT_ROLES, "participant role")}[kind]
    try:
        return check_code(option, value, valid, what)
    except UnknownCode as exc:
        raise typer.BadParameter(str(exc)) from None


def _pipeline(stages: str | None, max_chars: int | None = None):
    from khabar.pipeline import DEFAULT_MAX_CHARS, STAGE_ORDER, Pipeline

    names = [s.strip() for s in stages.split(",") if s.strip()] if stages else list(STAGE_ORDER)
    try:
        return Pipeline(stages=names, max_chars=max_chars or DEFAULT_MAX_CHARS)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc


def _fetcher(timeout: float, retries: int, rate: float, max_bytes: int):
    from khabar.ingest.fetch import Fetcher

    return Fetcher(timeout=timeout, retries=retries, per_host_interval=rate, max_bytes=max_bytes)


def _print_summary(summary, title: str = "ingest") -> None:
    err = typer.get_text_stream("stderr")
    if title == "reanalyze":  # its «duplicates» are articles this pipeline version made
        err.write(f"reanalyze: reanalysed {summary.updated}, already analysed by this "
                  f"pipeline version {summary.duplicates} (--all re-runs them too), "
                  f"failed {len(summary.failed)}\n")
    else:
        err.write(
            f"{title}: ingested {summary.ingested}, updated {summary.updated}, "
            f"skipped as duplicate {summary.duplicates}, failed {len(summary.failed)}\n"
        )
    for f in summary.failed[:20]:
        err.write(f"  failed: {f.source}: {f.reason}\n")
    if len(summary.failed) > 20:
        err.write(f"  … and {len(summary.failed) - 20} more failures (see --report)\n")
    not_read = getattr(summary, "not_read", None)
    if not_read:  # passed over in a directory: no input of khabar's, but never silently
        from collections import Counter
        from pathlib import PurePath

        from khabar.ingest.sources import READ_SUFFIXES

        kinds = Counter(PurePath(p).suffix.lower() or PurePath(p).name for p in not_read)
        each = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
        err.write(f"  not read: {len(not_read)} files of types khabar does not read ({each}); "
                  f"it reads {READ_SUFFIXES} (the paths: --report)\n")


def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, JSON/JSONL, .zip, HTML, feeds or http(s) URLs.")],
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)],
    stages: str | None = typer.Option(None, help=STAGES_HELP),
    force: bool = typer.Option(False, help="Re-analyse and replace articles already stored."),
    corpus: bool = typer.Option(True, help="Refresh near-duplicates and stories afterwards."),
    window: int = typer.Option(3, help="Story window in days."),
    timeout: float = typer.Option(15.0, help="HTTP timeout in seconds."),
    retries: int = typer.Option(2, help="HTTP retries (with exponential backoff)."),
    rate: float = typer.Option(1.0, help="Minimum seconds between requests to one host."),
    max_bytes: int = typer.Option(5_000_000, help="Largest HTTP body accepted."),
    progress: bool = typer.Option(True, help="Progress bar on stderr."),
    report: Annotated[Path | None, typer.Option(help="Write the JSON summary (with every failure) here.")] = None,
    published: str | None = typer.Option(None, help="Dateline (YYYY-MM-DD) for articles that have none."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Analysis processes."),
    max_chars: int = typer.Option(2_000_000, min=1, help=MAX_CHARS_HELP),
) -> None:
    """Analyse and store articles; prints ingested / duplicate / failed counts."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from khabar.ingest import Ingestor
    from khabar.store.core import now_iso

    pipeline = _pipeline(stages, max_chars)
    console = Console(stderr=True)
    started = now_iso()
    with _open(db, write=True) as store, _fetcher(timeout, retries, rate, max_bytes) as fetcher:
        bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                       MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                       disable=not progress, transient=False)
        with bar:
            task = bar.add_task("ingesting", total=None)

            def tick(status: str, source: str) -> None:
                bar.update(task, advance=1, description=f"ingesting ({status})")

            summary = Ingestor(store, pipeline, fetcher, force=force, on_item=tick,
                               default_published=published, workers=workers).ingest(inputs)
        if corpus and (summary.ingested or summary.updated):
            store.refresh_corpus(started, window_days=window)
    _print_summary(summary)
    if report:
        import orjson

        report.write_bytes(orjson.dumps(summary.as_dict(), option=orjson.OPT_INDENT_2))
    if summary.failed and not (summary.ingested or summary.updated or summary.duplicates):
        raise typer.Exit(1)


def watch(
    feeds_file: Annotated[Path, typer.Argument(help="File with one feed URL (or path) per line.")],
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)],
    interval: str = typer.Option("10m", help="Time between rounds: 30s, 10m, 1h."),
    max_rounds: int | None = typer.Option(None, help="Stop after this many rounds (default: never)."),
    stages: str | None = typer.Option(None, help=STAGES_HELP),
    timeout: float = typer.Option(15.0, help="HTTP timeout in seconds."),
    retries: int = typer.Option(2, help="HTTP retries (with exponential backoff)."),
    rate: float = typer.Option(1.0, help="Minimum seconds between requests to one host."),
    max_bytes: int = typer.Option(5_000_000, help="Largest HTTP body accepted."),
    max_chars: int = typer.Option(2_000_000, min=1, help=MAX_CHARS_HELP),
) -> None:
    """Poll feeds continuously, ingesting new articles; survives feed errors."""
    from khabar.ingest import Ingestor
    from khabar.ingest.watch import parse_interval
    from khabar.ingest.watch import watch as run_watch

    try:
        seconds = parse_interval(interval)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    if not feeds_file.is_file():  # a typo would otherwise fail every round, forever
        typer.echo(f"error: cannot read feeds file {feeds_file}: "
                   f"{'a directory' if feeds_file.is_dir() else 'no such file'}", err=True)
        raise typer.Exit(2)
    pipeline = _pipeline(stages, max_chars)
    with _open(db, write=True) as store, _fetcher(timeout, retries, rate, max_bytes) as fetcher:
        ingestor = Ingestor(store, pipeline, fetcher)
        try:
            run_watch(ingestor, feeds_file, interval=seconds, max_rounds=max_rounds,
                      report=lambda n, s: _print_summary(s, title=f"round {n}"))
        except KeyboardInterrupt:
            typer.echo("watch stopped", err=True)


def search(
    query: Annotated[str, typer.Argument(help='Words, "phrases", AND / OR / NOT, parentheses.')],
    db: Annotated[Path, typer.Option("--db", help=READ_DB_HELP)],
    date_from: str | None = typer.Option(None, "--from", help=f"Published on or after: {DATE_FORMS}."),
    date_to: str | None = typer.Option(None, "--to", help="Published on or before (the same forms)."),
    event_from: str | None = typer.Option(None, help="Reports an event dated on or after (the same forms)."),
    event_to: str | None = typer.Option(None, help="Reports an event dated on or before (the same forms)."),
    outlet: Annotated[list[str] | None, typer.Option(help="Outlet, in any case or by any of its names: spa, واس, was (repeatable).")] = None,
    no_outlet: bool = typer.Option(False, "--no-outlet", help=NO_OUTLET_HELP),
    outlet_country: str | None = typer.Option(None, "--outlet-country", help=OUTLET_COUNTRY_HELP),
    undated: bool = typer.Option(False, "--undated", help=UNDATED_HELP),
    entity: str | None = typer.Option(None, help="Mentions this entity (name or actor id)."),
    country: str | None = typer.Option(None, help="Event participant country (ISO3)."),
    sector: str | None = typer.Option(None, help="Event participant sector."),
    type: str | None = typer.Option(None, "--type", help="PLOVER event type."),
    speaker: str | None = typer.Option(None, help="Quotes this speaker."),
    originals: bool = typer.Option(False, help="Hide near-duplicate copies."),
    order: str = typer.Option("relevance", help="relevance | date"),
    limit: int = typer.Option(20, min=1, help="Results to show."),
    offset: int = typer.Option(0, min=0, help="Results to skip."),
    format: str = typer.Option("table", "--format", "-f", help="json | table"),
) -> None:
    """Search the store (Arabic-aware: clitics, hamza/alef/yaa variants, diacritics)."""
    import orjson

    from khabar.store import Filters, QueryError
    from khabar.store.filters import BadFilter

    order = _choice("--order", order, ("relevance", "date")) or "relevance"
    format = _choice("--format", format, ("json", "table")) or "table"
    date_from, date_to = _dates(date_from, date_to)
    event_from, event_to = _date("--event-from", event_from), _date("--event-to", event_to)
    type, country = _code("--type", type, "type"), _code("--country", country, "country")
    outlet_country = _code("--outlet-country", outlet_country, "country")
    entity_key: str | int | None = int(entity) if entity and entity.isdigit() else entity
    try:  # --sector (and the rest) by the store's rule: an unknown code is a usage error
        filters = Filters.of(
            date_from=date_from, date_to=date_to, event_from=event_from, event_to=event_to,
            outlet=outlet or None, entity=entity_key, country=country, sector=sector,
            event_type=type, speaker=speaker, originals_only=originals or None,
            no_outlet=no_outlet or None, undated=undated or None,
            outlet_country=outlet_country,
        )
    except BadFilter as exc:
        raise typer.BadParameter(str(exc).replace("sector=", "--sector=")
                                 .replace("no_outlet", "--no-outlet")
                                 .replace("undated lists", "--undated lists")) from None
    with _open(db, existing=True) as store:
        try:
            rows = store.search(query, filters, limit=limit, offset=offset, order=order)
            total = store.search_count(query, filters)
        except QueryError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
    shown = f"{offset + 1}–{offset + len(rows)}" if rows else "none"
    typer.echo(f"{total} matching articles; showing {shown}", err=True)
    _outlet_readings(db, outlet)
    _no_country_note(db, outlet_country)
    if not total and outlet:
        _unknown_outlets(db, outlet)
    if format == "json":
        sys.stdout.buffer.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2) + b"\n")
        return
    if not rows:  # the count above says so; an empty table says nothing more
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=True)
    for col in ("id", "published", "outlet", "title", "snippet"):
        table.add_column(col)
    for r in rows:
        table.add_row(str(r["id"]), r["published"] or "", r["outlet"] or "", r["title"] or "", r["snippet"])
    Console().print(table)


def _unknown_outlets(db: Path, outlets: list[str]) -> None:
    """After an empty answer, a note naming the ``--outlet`` values no stored article is from
    (outlets are no closed list, so this is no error) and the store's outlets."""
    from khabar.store.filters import known_outlet, outlet_key
    from khabar.store.outlet_names import outlet_keys

    with _open(db, existing=True) as store:
        stored = [o["outlet"] for o in store.outlets() if o["outlet"]]
    keys = {outlet_key(o) for o in stored}
    missing = [o for o in outlets if not outlet_keys(o) & keys]
    # each with the name readers know it by («الجزيرة» is Qatar's channel; the Saudi paper
    # a SaudiNewsNet store holds is aljazirah, «الجزيرة السعودية»)
    named = [f"{o} ({known.name})" if (known := known_outlet(o)) and known.name != o else o
             for o in sorted(stored)]
    if missing:
        typer.echo(f"note: no stored article is from {', '.join(map(repr, missing))}; the "
                   f"store's outlets: {', '.join(named) or 'none'}", err=True)


def _no_country_note(db: Path, outlet_country: str | None) -> None:
    """With ``--outlet-country``, a note of the stored articles it cannot select: their
    outlet has no country in the gazetteer (unknown, or a name several outlets share) —
    the count says what the filter leaves out (session 23, ux23b)."""
    if not outlet_country:
        return
    from khabar.store.filters import without_country

    with _open(db, existing=True) as store:
        left = without_country(store.outlets())
    if left["articles"]:
        names = ", ".join(left["outlets"][:5]) + (" …" if len(left["outlets"]) > 5 else "")
        typer.echo(f"note: --outlet-country cannot select {left['articles']} stored article(s): "
                   f"the gazetteer gives their {len(left['outlets'])} outlet(s) no country "
                   f"({names})", err=True)


def _outlet_readings(db: Path, outlets: list[str] | None) -> None:
    """A note for each ``--outlet`` that names several outlets («الجزيرة»: Qatar's channel
    and the Saudi paper): which they are and how many articles the store holds of each
    (khabar.store.outlet_names.readings; the filter matches the stored ones)."""
    from khabar.store.outlet_names import outlets_named, readings

    ambiguous = [o for o in outlets or [] if len(outlets_named(o)) >= 2]
    if not ambiguous:
        return
    with _open(db, existing=True) as store:
        stored = {o["outlet"]: o["n"] for o in store.outlets() if o["outlet"]}
    for name in ambiguous:
        found = readings(name, stored)
        outlets = [r for r in found if not r.get("undecided")]
        each = "; ".join(
            f"{r['id']} ({r['name']}, {r['country'] or '?'} {r['kind']}): "
            f"{r['articles'] or 'no'} articles here" for r in outlets)
        each += "".join(f"; and {r['articles']} articles stored as {r['name']!r} whose record "
                        "said neither (no URL on either site, no credit in the text)"
                        for r in found if r.get("undecided"))
        typer.echo(f"note: --outlet {name!r} names {len(outlets)} outlets: {each} — the stored "
                   f"ones are matched; give an id ({', '.join(r['id'] for r in outlets)}) for "
                   "one", err=True)


def export(
    db: Annotated[Path, typer.Option("--db", help=READ_DB_HELP)],
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl | csv | parquet"),
    table: str = typer.Option("events", "--table", "-t",
                              help="articles | events | participants | quotes | relays | entities | times | quantities"),
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Output file (JSONL and CSV default to stdout).")] = None,
    date_from: str | None = typer.Option(None, "--from", help=f"Articles published on or after: {DATE_FORMS}."),
    date_to: str | None = typer.Option(None, "--to", help="Articles published on or before (the same forms)."),
    outlet: Annotated[list[str] | None, typer.Option(help="Outlet, in any case or by any of its names: spa, واس, was (repeatable).")] = None,
    no_outlet: bool = typer.Option(False, "--no-outlet", help=NO_OUTLET_HELP),
    outlet_country: str | None = typer.Option(None, "--outlet-country", help=OUTLET_COUNTRY_HELP),
    undated: bool = typer.Option(False, "--undated", help=UNDATED_HELP),
    originals: bool = typer.Option(False, help="Skip near-duplicate copies."),
    bom: bool = typer.Option(False, "--bom", help=BOM_HELP),
    story: int | None = typer.Option(None, help="Only the reports of this story (an id from "
                                     "khabar stories)."),
    entity: str | None = typer.Option(None, help="Only the articles that mention this actor "
                                      "(an id, or a name or alias)."),
    speaker: str | None = typer.Option(None, help="Only the articles that quote this speaker "
                                       "(a name, any name of a linked actor, or an actor id)."),
    query: str | None = typer.Option(None, "--query", "-q", help='Only the articles khabar '
                                     'search finds for this query (words, "phrases", AND / '
                                     "OR / NOT: the same query, the same matches)."),
    type: str | None = typer.Option(None, "--type", help="Only the events of this PLOVER type "
                                    "(ASSAULT …). " + EVENT_FILTER_NOTE),
    country: str | None = typer.Option(None, "--country", help="Only the events with a "
                                       "participant of this country (ISO alpha-3; not the "
                                       "place: see --place). " + EVENT_FILTER_NOTE),
    sector: str | None = typer.Option(None, "--sector", help="Only the events with a participant "
                                      "of this PLOVER sector (MIL, GOV …; with --country, the "
                                      "same participant). " + EVENT_FILTER_NOTE),
    role: str | None = typer.Option(None, "--role", help="actor | recipient: the role the "
                                    "participant --country / --sector select stands in (alone: "
                                    "events with such a participant). " + EVENT_FILTER_NOTE),
    place: str | None = typer.Option(None, "--place", help="Only the events that took place in "
                                     "this country (ISO alpha-3 of the location). "
                                     + EVENT_FILTER_NOTE),
) -> None:
    """Export a flat table (schemas in docs/exports.md), optionally for some articles or events.

    --type / --country / --sector / --role / --place select events as khabar events does:
    the events and participants tables keep the rows of those events, the other tables the
    rows of the articles that hold one."""
    from khabar.export import writers
    from khabar.export.tables import TABLES

    date_from, date_to = _dates(date_from, date_to)
    format = _choice("--format", format, tuple(writers.FORMATS)) or "jsonl"  # any case
    table = _choice("--table", table, tuple(TABLES)) or "events"
    if format == "parquet" and output is None:
        raise typer.BadParameter("parquet needs --output FILE")
    if output is not None and not output.parent.is_dir():  # before any work is done
        typer.echo(f"error: cannot write {output}: no directory {output.parent}", err=True)
        raise typer.Exit(2)
    if no_outlet and (outlet or outlet_country):
        raise typer.BadParameter("--no-outlet lists the articles without an outlet: give it "
                                 "or --outlet / --outlet-country, not both")
    if undated and (date_from or date_to):
        raise typer.BadParameter("--undated lists the articles without a dateline: give it "
                                 "or --from/--to, not both")
    chosen = {"story": story, "entity": _actor_ref(entity), "speaker": _actor_ref(speaker),
              "outlet_country": _code("--outlet-country", outlet_country, "country")}
    picked_events = {"type": _code("--type", type, "type"),
                     "country": _code("--country", country, "country"),
                     "sector": _code("--sector", sector, "sector"),
                     "role": _code("--role", role, "role"),
                     "place": _code("--place", place, "country")}
    query = query.strip() if query and query.strip() else None  # blank: no query filter
    matched = None if query is None else _query_matches(
        db, query, date_from=date_from, date_to=date_to, outlet=outlet or None,
        originals_only=originals or None, no_outlet=no_outlet or None,
        undated=undated or None, **chosen)
    try:
        n, n_docs = _export_rows(db, table, format, output, bom=bom, date_from=date_from,
                         date_to=date_to, outlet=outlet, originals=originals,
                         no_outlet=no_outlet, undated=undated,
                         chosen={**chosen, "query": query}, events=picked_events)
    except OSError as exc:  # an output that is a directory, a full disk, no permission
        typer.echo(f"error: cannot write {exc.filename or output}: {exc.strerror or exc}",
                   err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"exported {n} {table} rows", err=True)
    _outlet_readings(db, outlet)
    _no_country_note(db, chosen["outlet_country"])
    if not n and outlet:
        _unknown_outlets(db, outlet)
    if not n and (date_from or date_to):
        _dateline_span(db)
    if query is not None and not matched:
        others = ", ".join(f"--{k.replace('_', '-')} {v}" for k, v in chosen.items()
                           if v is not None)
        typer.echo(f"note: no stored article matches --query {query!r}"
                   + (f" with {others}" if others else "")
                   + (" and the date/outlet options" if date_from or date_to or outlet else "")
                   + " (khabar search finds the same articles for the same query)", err=True)
    elif not n and any(v is not None for v in (*chosen.values(), *picked_events.values())):
        picked = ", ".join(f"--{k.replace('_', '-')} {v}"
                           for k, v in (*chosen.items(), *picked_events.items()) if v is not None)
        if n_docs:  # a story whose articles hold no relays is no unknown story
            typer.echo(f"note: {picked} selects {n_docs} stored article(s); none holds a "
                       f"{table} row", err=True)
        elif any(v is not None for v in picked_events.values()):
            typer.echo(f"note: no stored event matches {picked} (khabar events lists the "
                       "events with the same options; by type in its note)", err=True)
        else:
            typer.echo(f"note: no stored article matches {picked} (khabar stories / khabar "
                       "entity name what the store holds)", err=True)


def _query_matches(db: Path, query: str, **filters: object) -> int:
    """How many articles ``khabar search QUERY`` finds with these filters (the store's own
    count, so a query it refuses is refused here, before anything is written): exit 2 with
    its message, as ``khabar search``."""
    from khabar.store import Filters, QueryError

    with _open(db, existing=True) as store:
        try:
            return store.search_count(query, Filters.of(**filters))
        except QueryError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc


def _actor_ref(value: str | None) -> str | int | None:
    """An actor option: empty is none, digits an actor id, else a name."""
    if value is None or not value.strip():
        return None
    return int(value.strip()) if value.strip().isdecimal() else value.strip()


def _dateline_span(db: Path) -> None:
    """After an empty export with a date range, a note giving the range of the store's
    datelines (an empty file alone reads as «the export failed» or «nothing happened»)."""
    with _open(db, existing=True) as store:
        lo, hi = store.conn.execute(
            "SELECT min(published), max(published) FROM articles").fetchone()
    span = f"from {lo} to {hi}" if lo else "with no dateline"
    typer.echo(f"note: no rows in that range; the store's articles were published {span}",
               err=True)


def write_rows(table: str, rows: Iterable[dict], format: str, output: Path | None, *,
               bom: bool = False) -> int:
    """Write ``rows`` of ``table`` in ``format`` to the file ``output``, or to standard output
    when None (parquet needs a file: the commands ask for one); returns the count. One
    writer (khabar.export.writers.write_table) for khabar export, events and quotes."""
    from khabar.export.writers import write_table

    if output is None:
        return write_table(table, rows, format, sys.stdout.buffer, bom=bom)
    with output.open("wb") as f:
        return write_table(table, rows, format, f, bom=bom)


def _export_rows(db: Path, table: str, format: str, output: Path | None, *, bom: bool,
                 date_from: str | None, date_to: str | None, outlet: str | None,
                 originals: bool, no_outlet: bool = False, undated: bool = False,
                 chosen: dict | None = None, events: dict | None = None) -> tuple[int, int]:
    """Write the rows of ``table`` to ``output`` (stdout when ``None``); returns their count
    and the count of the articles the filters selected. ``chosen``: article filters by story,
    actor, speaker or search query (None values: no filter). ``events``: event filters
    (``type``, ``country``, ``sector``, ``role``, ``place``; None values: none) — the events
    :meth:`Store.events` selects with them and the article filters (session 24): their own
    rows in the events and participants tables, their articles' rows in the others."""
    from khabar.export.tables import rows as table_rows

    article_filters = dict(date_from=date_from, date_to=date_to, outlet=outlet or None,
                           originals_only=originals or None, no_outlet=no_outlet or None,
                           undated=undated or None, **(chosen or {}))
    events = {k: v for k, v in (events or {}).items() if v is not None}
    with _open(db, existing=True) as store:
        keys = (store.event_keys(**events, **article_filters) if events else None)
        docs = store.iter_sourced_documents(**article_filters,
                                            articles=None if keys is None else keys.keys())
        kept = None if keys is None or table not in ("events", "participants") else \
            set().union(*keys.values())
        seen = [0]

        def counted():
            for doc, source_id in docs:
                seen[0] += 1
                yield doc, source_id

        rows = (r for doc, source_id in counted() for r in table_rows(table, doc, source_id)
                if kept is None or r["event_id"] in kept)
        n = write_rows(table, rows, format, output, bom=bom)
    return n, seen[0]


def claims(
    db: Annotated[Path, typer.Option("--db", help=READ_DB_HELP)],
    as_of: str | None = typer.Option(None, help=f"Reference date (default today): {DATE_FORMS}."),
    due_before: str | None = typer.Option(None, help="Only claims due on or before (the same forms)."),
    status: str | None = typer.Option(None, help="due | overdue"),
    limit: int = typer.Option(100, min=1, help="Claims to show."),
    originals: bool = typer.Option(False, help="Skip the claims of near-duplicate copies."),
    speaker: str | None = typer.Option(None, help="One speaker's claims: a name (any name of "
                                       "a linked actor) or an actor id (digits)."),
) -> None:
    """Attributed claims about future events, with due / overdue status (JSON)."""
    import orjson

    status = _choice("--status", status, ("due", "overdue"))
    as_of, due_before = _date("--as-of", as_of), _date("--due-before", due_before)
    who: str | int | None = speaker.strip() if speaker and speaker.strip() else None
    if isinstance(who, str) and who.isdecimal():
        who = int(who)

    from khabar.api.backend import claim_relays

    with _open(db, existing=True) as store:
        rows = claim_relays(store, store.claims(as_of=as_of, due_before=due_before,
                                                status=status, originals=originals,
                                                speaker=who, limit=limit))
        if not rows and who is not None:
            speaker_note(store, who, "claims")
    sys.stdout.buffer.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2) + b"\n")


def speaker_note(store, who: str | int, what: str) -> None:
    """After an empty list for one speaker, a note on stderr that tells an unknown speaker
    from a known one with none of ``what`` (an empty list alone reads as either)."""
    said = store.quotes(speaker=who, limit=1)
    if said:
        typer.echo(f"note: no {what} of {who!r}; the store holds statements of this speaker "
                   "(khabar quotes --speaker lists them)", err=True)
    else:
        typer.echo(f"note: no statement in the store has the speaker {who!r} (a name as the "
                   "articles write it, any name of a linked actor, or an actor id; khabar "
                   "entity NAME finds actors)", err=True)


def about_note(store, subject: str | int) -> None:
    """After an empty list of the statements about an actor, a note on stderr that tells a
    name no stored mention has from an actor no statement speaks of (session 22)."""
    if not store.list_articles(entity=subject, limit=1):
        typer.echo(f"note: no stored mention has the name {subject!r} (a name as the articles "
                   "write it, any name of a linked actor, or an actor id; khabar entity NAME "
                   "finds actors)", err=True)
    elif store.about_count(subject):
        typer.echo(f"note: statements speak of {subject!r}, but none with these filters",
                   err=True)
    else:
        typer.echo(f"note: articles mention {subject!r}, but no statement in the store names "
                   "it in what was said", err=True)


def reanalyze(
    db: Annotated[Path, typer.Option("--db", help=READ_DB_HELP)],
    everything: bool = typer.Option(False, "--all", help="Also articles from this pipeline version."),
    stages: str | None = typer.Option(None, help=STAGES_HELP),
    window: int = typer.Option(3, help="Story window in days."),
) -> None:
    """Re-analyse stored articles from older pipeline versions, replacing their layers."""
    from khabar.ingest import Ingestor
    from khabar.store.core import now_iso

    started = now_iso()
    with _open(db, existing=True, write=True) as store:
        summary = Ingestor(store, _pipeline(stages)).reanalyze(everything=everything)
        if summary.updated:
            store.refresh_corpus(started, window_days=window)
    _print_summary(summary, title="reanalyze")


def relink(
    db: Annotated[Path, typer.Option("--db", help=READ_DB_HELP)],
    rebuild: bool = typer.Option(False, "--rebuild", help="Link every article again from "
                                 "scratch in a canonical order (the same actors whatever the "
                                 "ingest order; actor ids change)."),
) -> None:
    """Re-apply the store-wide name rules of person actors (ingest and watch run it too).

    The rules: bare family and given names, fathers' names, nasab chains, titles, foreign
    transliterations and spellings (docs/store.md, Actors); --rebuild links every article
    again from scratch."""
    with _open(db, existing=True, linker_note=not rebuild, write=True) as store:
        done = store.rebuild_actors() if rebuild else store.relink_actors()
    if rebuild:
        typer.echo(f"relink: rebuilt {done['actors']} actors", err=True)
    typer.echo(f"relink: merged {done['merged']} actors into others, moved {done['moved']}"
               " entity groups to another actor", err=True)
