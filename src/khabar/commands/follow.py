"""``khabar entity | stories | story | events``: follow an actor, a story or events in a store.

The command-line face of what the API and the web UI show (``/api/entities/{id}``,
``/api/stories``, ``/api/events``), read through the same :class:`khabar.api.backend.Backend`
so the three surfaces answer the same rows. JSON goes to stdout, counts to stderr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from khabar.commands.store import (
    BOM_HELP,
    DATE_FORMS,
    READ_DB_HELP,
    _actor_ref,
    _choice,
    _code,
    _dateline_span,
    _dates,
    _no_country_note,
    _open,
    about_note,
    speaker_note,
    write_rows,
)

# khabar.store.views.EVENT_ORDER_HELP, written out: importing the store costs the CLI ≈ 1 s
ORDER_HELP = (
    "date (default): newest event date first, an event dated after its article's dateline "
    "(planned, or a misread time) at that dateline; published: newest article first; "
    "event: by event date as it stands, future-dated events first.")


def register(app: typer.Typer) -> None:
    app.command("entity")(entity)
    app.command("stories")(stories)
    app.command("story")(story)
    app.command("events")(events)
    app.command("quotes")(quotes)


def _backend(db: Path):
    """A Backend over the existing store at ``db`` (a missing store is an error)."""
    from khabar.api.backend import Backend

    _open(db, existing=True).close()  # the clear error for a missing or unusable file
    return Backend(db)


def _print(data: object) -> None:
    import orjson

    sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2
                                         | orjson.OPT_NON_STR_KEYS) + b"\n")


def entity(
    name: Annotated[str, typer.Argument(help="Actor id, or a name or alias (e.g. أوباما).")],
    db: Annotated[Path, typer.Option("--db", help=READ_DB_HELP)],
) -> None:
    """An actor across documents: names, counts, articles, events, statements, timeline."""
    b = _backend(db)
    try:
        data = b.entity(name)
        if data is None:
            near = [a["name"] for a in b.actors(name, limit=5)[1]]
            hint = f"; names starting so: {', '.join(near)}" if near else ""
            typer.echo(f"error: no actor {name!r} in {db}{hint}", err=True)
            raise typer.Exit(1)
    finally:
        b.close()
    _print(data)
    typer.echo(f"{data['name']}: {data['mentions']} mentions in {data['n_articles']} articles, "
               f"{len(data['events'])} events, {len(data['quotes'])} statements", err=True)
    outlets = data.get("outlets") or []
    if len(outlets) > 1:  # across outlets (session 24): who reports on it, most first
        typer.echo("by outlet (articles): " + ", ".join(
            f"{o['outlet'] or '(none)'} {o['articles']}" for o in outlets[:12])
            + (f", … ({len(outlets) - 12} more)" if len(outlets) > 12 else ""), err=True)
    copies = data.get("copies") or {}
    if copies.get("events") or copies.get("quotes"):
        # the lists hold original articles only (as the page says): «17 statements» beside
        # `khabar quotes --speaker` giving 86 read as a contradiction (session 23)
        more = " and ".join(f"{n} {what if n > 1 else what[:-1]}" for what, n in (
            ("events", copies.get("events")), ("statements", copies.get("quotes"))) if n)
        typer.echo(f"note: of original articles only; near-duplicate copies repeat {more} more "
                   f"(khabar quotes --speaker {data['id']}, khabar events --actor {data['id']} "
                   "list them all)", err=True)
    if (data.get("matched") or {}).get("by") == "title":  # a name typed with its title
        typer.echo(f"note: {name!r} read as the name {data['matched']['name']!r} after a title",
                   err=True)
    elif data.get("matched"):  # found by a word of its names, not by a name
        others = ", ".join(f"{o['name']} (id {o['id']}, {o['mentions']})"
                           for o in data["matched"]["others"])
        typer.echo(f"note: no actor is named {name!r}: this is the most mentioned actor whose "
                   f"name holds it" + (f"; others: {others}" if others else ""), err=True)


def stories(
    db: Annotated[Path, typer.Option("--db", help=READ_DB_HELP)],
    date_from: str | None = typer.Option(None, "--from", help="Stories still running on or "
                                         f"after this date: {DATE_FORMS}."),
    date_to: str | None = typer.Option(None, "--to", help="Stories begun on or before (the same forms)."),
    min_size: int = typer.Option(2, min=1, help="Fewest reports in a story (1: a single "
                                 "report too)."),
    undated: bool | None = typer.Option(
        None, "--undated/--dated", help="Only the stories of articles without a dateline "
        "(grouped without a time window) / only dated stories; default both."),
    query: str | None = typer.Option(None, "--query", "-q", help="Only the stories with a "
                                     "report khabar search finds for this query (words, "
                                     '"phrases", AND / OR / NOT); most such reports first.'),
    outlet: Annotated[list[str] | None, typer.Option(
        help="Only the stories with a report of this outlet, by any of its names: spa, "
        "واس, was (repeatable; with --query: a report of both).")] = None,
    outlet_country: str | None = typer.Option(
        None, "--outlet-country", help="Only the stories with a report of an outlet of this "
        "country (ISO alpha-3: SAU for the Saudi outlets, as the gazetteer files them)."),
    limit: int = typer.Option(20, min=1, help="Stories to show."),
    offset: int = typer.Option(0, min=0, help="Rows to skip."),
) -> None:
    """Stories (reports of one news item across outlets), largest and latest first, or those a search or an outlet reaches.

    With --query or --outlet each story also says how many of its reports match
    (`matching`) and from which outlets (`matching_outlets`); stderr says how the
    matching articles fall into stories."""
    from khabar.api.backend import BadQuery

    date_from, date_to = _dates(date_from, date_to)
    query = query.strip() if query and query.strip() else None  # blank: no query filter
    outlet_country = _code("--outlet-country", outlet_country, "country")
    b = _backend(db)
    try:
        try:
            rows = b.stories(since=date_from, until=date_to, min_size=min_size, limit=limit,
                             offset=offset, undated=undated, q=query,
                             outlet=outlet or None, outlet_country=outlet_country)[1]
            matches = b.story_matches(q=query, outlet=outlet or None,
                                      outlet_country=outlet_country)
        except BadQuery as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
    finally:
        b.close()
    _print(rows)
    typer.echo(f"{len(rows)} stories", err=True)
    _no_country_note(db, outlet_country)
    if matches is not None:
        what = " and ".join(([f"--query {query!r}"] if query is not None else [])
                            + ([f"--outlet {', '.join(outlet)}"] if outlet else [])
                            + ([f"--outlet-country {outlet_country}"] if outlet_country else []))
        if not matches["articles"]:
            typer.echo(f"note: no stored article matches {what}", err=True)
        else:
            single = matches["single"]
            typer.echo(f"note: {what}: {matches['articles']} articles in {matches['stories']} "
                       f"stories" + (f", {single} of them single reports"
                                     + (" (--min-size 1 lists those too)" if min_size > 1 else "")
                                     if single else ""), err=True)


def story(
    story_id: Annotated[int, typer.Argument(help="Story id (from khabar stories).")],
    db: Annotated[Path, typer.Option("--db", help=READ_DB_HELP)],
    query: str | None = typer.Option(None, "--query", "-q", help="Say which reports khabar "
                                     "search finds for this query (`matching`: their ids)."),
    outlet: str | None = typer.Option(None, help="Say which reports this outlet published "
                                      "(with --query: both)."),
    outlet_country: str | None = typer.Option(
        None, "--outlet-country", help="Say which reports the outlets of this country (ISO "
        "alpha-3: SAU) published — those khabar stories --outlet-country counts."),
) -> None:
    """One story: its reports in order of publication and its events and statements."""
    from khabar.api.backend import BadQuery

    query = query.strip() if query and query.strip() else None
    outlet_country = _code("--outlet-country", outlet_country, "country")
    b = _backend(db)
    try:
        data = b.story(story_id, q=query, outlet=outlet.strip() if outlet and outlet.strip()
                       else None, outlet_country=outlet_country)
    except BadQuery as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    finally:
        b.close()
    if data is None:
        typer.echo(f"error: no story {story_id} in {db}", err=True)
        raise typer.Exit(1)
    _print(data)
    reports = data["articles"]
    outlets = sorted({a["outlet"] or "?" for a in reports})
    typer.echo(f"story {story_id}: {len(reports)} reports from {len(outlets)} outlets "
               f"({', '.join(outlets)})", err=True)
    if data.get("matching") is not None:  # session 23: which of them the search found
        found = set(data["matching"])
        by = Counter(a["outlet"] or "?" for a in reports if a["id"] in found)
        typer.echo(f"matching: {len(found)} of {len(reports)} reports"
                   + (f" ({', '.join(f'{o} {n}' for o, n in sorted(by.items()))})" if by else ""),
                   err=True)
    if reports and (first := reports[0]).get("published"):  # who had it first, who copied whom
        copies = [a for a in reports if a.get("copy_of")]
        relayed = sorted({f"{a['outlet'] or '?'} ← {a['copy_of']['outlet'] or '?'}" for a in copies})
        typer.echo(f"first: {first['outlet'] or '?'} at {first.get('published_at') or first['published']}"
                   f" (the input's timestamp); {len(copies)} near-duplicate copies"
                   + (f": {', '.join(relayed)}" if relayed else ""), err=True)


def events(
    db: Annotated[Path, typer.Option("--db", help=READ_DB_HELP)],
    type: str | None = typer.Option(None, "--type", help="PLOVER event type, e.g. ASSAULT."),
    country: str | None = typer.Option(None, help="ISO alpha-3 of a participant (actor or "
                                       "recipient; not the place: see --place)."),
    place: str | None = typer.Option(None, help="ISO alpha-3 of the country where the event "
                                     "took place (its location)."),
    actor: str | None = typer.Option(None, help="Actor id or name taking part."),
    sector: str | None = typer.Option(None, help="PLOVER sector of a participant (MIL, GOV, "
                                      "REB, …); with --country, of the same participant."),
    role: str | None = typer.Option(None, help="actor | recipient: the role the participant "
                                    "--country / --sector / --actor select stands in (what "
                                    "it did, or what was done to it)."),
    date_from: str | None = typer.Option(None, "--from", help=f"Events dated on or after: {DATE_FORMS}."),
    date_to: str | None = typer.Option(None, "--to", help="Events dated on or before (the same forms)."),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl | csv | json | geojson "
                               "(a FeatureCollection: a Point per placed event, null geometry "
                               "for the others) | parquet (the events table's schema, as "
                               "khabar export; needs --output)"),
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Output file (default: standard output; parquet needs one).")] = None,
    limit: int = typer.Option(1000, min=1, help="Events to write (a note on stderr says when it "
                              "cut the list)."),
    offset: int = typer.Option(0, min=0, help="Rows to skip."),
    bom: bool = typer.Option(False, "--bom", help=BOM_HELP),
    originals: bool = typer.Option(False, help="Hide the events of near-duplicate copies."),
    order: str = typer.Option("date", help=ORDER_HELP),
    query: str | None = typer.Option(None, "--query", "-q", help="Only the events of the "
                                     'articles khabar search finds for this query (words, "phrases", '
                                     "AND / OR / NOT: the same query, the same matches)."),
    outlet: Annotated[list[str] | None, typer.Option(
        help="Only the events of this outlet's articles, by any of its names: spa, واس, was "
        "(repeatable).")] = None,
    outlet_country: str | None = typer.Option(
        None, "--outlet-country", help="Only the events of the articles of the outlets of this "
        "country (ISO alpha-3: SAU for the Saudi outlets, as the gazetteer files them)."),
) -> None:
    """Events dated within a range, by type, country, sector, role, place, actor or search query (rows of the events table).

    The rows of the exported events table (docs/exports.md) plus article_id, as
    /api/events answers them (--query as its q=)."""
    from khabar.store.views import EVENT_ORDERS

    format = _choice("--format", format, ("jsonl", "csv", "json", "geojson", "parquet")) or "jsonl"
    if format == "parquet" and output is None:
        raise typer.BadParameter("parquet needs --output FILE")
    if output is not None and not output.parent.is_dir():  # before any work is done
        typer.echo(f"error: cannot write {output}: no directory {output.parent}", err=True)
        raise typer.Exit(2)
    order = _choice("--order", order, tuple(EVENT_ORDERS)) or "date"
    date_from, date_to = _dates(date_from, date_to)
    type, country = _code("--type", type, "type"), _code("--country", country, "country")
    place = _code("--place", place, "country")
    sector, role = _code("--sector", sector, "sector"), _code("--role", role, "role")
    outlet_country = _code("--outlet-country", outlet_country, "country")
    query = query.strip() if query and query.strip() else None  # blank: no query filter
    from khabar.api.backend import EventFilters

    b = _backend(db)
    try:
        actor_id = None
        if actor is not None:
            found = b.store.entity(actor)
            if found is None:
                typer.echo(f"error: no actor {actor!r} in {db}", err=True)
                raise typer.Exit(1)
            actor_id = found["id"]
        f = EventFilters(type=type, country=country, place=place, sector=sector, role=role,
                         actor=actor_id, since=date_from, until=date_to,
                         originals=originals, q=query, outlet=outlet or None,
                         outlet_country=outlet_country)
        total, rows = _query_events(b, f, order=order, limit=limit, offset=offset)
        found = b.store.search_count(query) if query is not None and not total else None
        # what they are, by type (session 23): of every event the filters select, not the page
        by_type = b.event_type_counts(f) if type is None and total else []
        # and by outlet (session 24): which outlets reported them, of every selected event
        by_outlet = b.event_outlet_counts(f) if not outlet and total else []
    finally:
        b.close()
    # parquet keeps the exported events table's schema (khabar.export.tables: article_id,
    # the store's own id, is not one of its columns — doc_id and event_id join)
    write_rows("events", rows, format, output, bom=bom)
    typer.echo(f"{len(rows)} events" + (f" → {output}" if output is not None else ""), err=True)
    _no_country_note(db, outlet_country)
    if len(by_type) > 1:  # of every selected event, also when --limit cut the file
        typer.echo("by type" + (f" (of all {total})" if total > len(rows) else "") + ": "
                   + ", ".join(f"{t['type']} {t['n']}" for t in by_type), err=True)
    if len(by_outlet) > 1:
        typer.echo("by outlet" + (f" (of all {total})" if total > len(rows) else "") + ": "
                   + ", ".join(f"{o['outlet'] or '(none)'} {o['n']}" for o in by_outlet),
                   err=True)
    if total > offset + len(rows):  # a file cut at the default --limit said only «1000 events»
        typer.echo(f"note: {len(rows)} of the {total} events these filters select (from "
                   f"{offset + 1}); --limit {total} writes them all, --offset pages", err=True)
    if found == 0:  # as khabar export --query: the query itself finds nothing
        typer.echo(f"note: no stored article matches --query {query!r} (khabar search finds "
                   "the same articles for the same query)", err=True)
    elif found:
        typer.echo(f"note: --query {query!r} finds {found} stored article(s); none holds an "
                   "event these options select", err=True)


def _query_events(b, f, **page: object) -> tuple[int, list[dict]]:
    """``Backend.export_events`` for the filters ``f`` (/api/events' path); a query search
    refuses is exit 2 with search's message, as ``khabar search``."""
    from khabar.api.backend import BadQuery

    try:
        return b.export_events(f, **page)
    except BadQuery as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


def _tally(counts: dict) -> str:
    """«by speaker: … ; by outlet: …» of ``Store.quote_counts``, most first (5 speakers of
    the 6 it gives, 8 outlets)."""
    speakers = ", ".join(f"{r['speaker'] or '?'} {r['n']}" for r in counts["speakers"][:5])
    outlets = counts["outlets"]
    return (f"by speaker: {speakers}" + (", …" if len(counts["speakers"]) > 5 else "")
            + "; by outlet: " + ", ".join(f"{r['outlet'] or '(none)'} {r['n']}"
                                          for r in outlets[:8])
            + (f", … ({len(outlets) - 8} more)" if len(outlets) > 8 else ""))


def quotes(
    db: Annotated[Path, typer.Option("--db", help=READ_DB_HELP)],
    speaker: str | None = typer.Option(None, help="One speaker's statements: a name (any name "
                                       "of a linked actor) or an actor id (digits)."),
    via: str | None = typer.Option(None, help="The statements a relay carried: an outlet, "
                                   "agency or person in the chain, by name or actor id."),
    about: str | None = typer.Option(None, help="The statements that speak of an actor (a "
                                     "mention of it inside what was said), by name or actor "
                                     "id."),
    article: str | None = typer.Option(None, help="One article's: its store id, doc_id or "
                                       "input record id."),
    says: str | None = typer.Option(None, "--says", help='The statements whose content holds '
                                    'every word and "phrase" of it, read as khabar search '
                                    "reads words (clitics, hamza, stems); no OR / NOT."),
    outlet: str | None = typer.Option(None, "--outlet", help="Only the statements of this "
                                      "outlet's articles, by any of its names: spa, واس, was."),
    date_from: str | None = typer.Option(None, "--from", help="Statements of articles "
                                         f"published on or after: {DATE_FORMS}."),
    date_to: str | None = typer.Option(None, "--to", help="… published on or before (the "
                                       "same forms)."),
    originals: bool = typer.Option(False, help="Skip the statements of near-duplicate copies."),
    format: str = typer.Option("json", "--format", "-f", help="json | jsonl | csv (the "
                               "columns of the exported quotes table)"),
    limit: int = typer.Option(100, min=1, help="Statements to write (a note on stderr says "
                              "when it cut the list)."),
    offset: int = typer.Option(0, min=0, help="Rows to skip."),
    bom: bool = typer.Option(False, "--bom", help=BOM_HELP),
) -> None:
    """Statements: who said what, through whom (the chain of relays), newest first (JSON, CSV).

    The rows /api/quotes answers (--about as its about=). Each row has the speaker, the content with its offsets, `via` (the relays' names,
    outermost first) and `relays` (each relay's kind, mention and cue)."""
    from khabar.api.backend import QuoteFilters
    from khabar.store.search import QueryError

    format = _choice("--format", format, ("json", "jsonl", "csv")) or "json"
    date_from, date_to = _dates(date_from, date_to)
    b = _backend(db)
    try:
        who, carrier, subject = _actor_ref(speaker), _actor_ref(via), _actor_ref(about)
        ref: int | None = None
        if article is not None:
            key = article.strip()
            meta = b.article(int(key) if key.isdecimal() else key)
            if meta is None:
                typer.echo(f"error: no article {article!r} in {db}", err=True)
                raise typer.Exit(1)
            ref = meta["id"]
        says = says.strip() if says and says.strip() else None
        try:
            outlet = outlet.strip() if outlet and outlet.strip() else None
            f = QuoteFilters(speaker=who, via=carrier, article=ref, about=subject,
                             since=date_from, until=date_to, says=says, outlet=outlet,
                             originals=originals)
            total, rows = b.quotes(f, limit=limit, offset=offset)
        except QueryError as exc:  # as khabar search: exit 2 with the parser's reason
            typer.echo(f"error: --says: {exc}", err=True)
            raise typer.Exit(2) from exc
        # a claim followed by what was said, a speaker, an actor named, a relay, an outlet
        # (session 24): who said it, in which outlets — of every statement selected, not
        # only this page; Backend.quote_summary decides for which filters, as for the API's
        # counts and the /quotes page's line
        said = b.quote_summary(f, top=6) if rows else None
        dated = date_from is not None or date_to is not None
        # «search finds N articles holding the words» explains an empty --says only when no
        # other filter (a date range, --originals included) could have left them out
        found = (b.store.search_count(says) if says is not None and not rows and not offset
                 and who is None and carrier is None and ref is None and subject is None
                 and outlet is None and not dated and not originals else None)
        if (not rows and not offset and who and carrier is None and ref is None
                and subject is None and not dated):
            speaker_note(b.store, who, "such statements" if originals else "statements")
        if not rows and not offset and subject is not None and not dated:
            about_note(b.store, subject)
        if format != "json":  # the exported quotes table's rows, as /api/quotes downloads them
            rows = b.quotes_table(rows)
    finally:
        b.close()
    if format == "json":
        _print(rows)
    else:
        write_rows("quotes", rows, format, None, bom=bom)
    typer.echo(f"{len(rows)} statements", err=True)
    if said:  # a claim, a speaker, an actor, a relay or an outlet followed, over every match
        picked = " ".join(f"--{k} {v!r}" for k, v in (
            ("speaker", speaker), ("says", says), ("about", about), ("via", via),
            ("outlet", outlet)) if v is not None and v.strip())
        typer.echo(f"{picked}: {said['n']} statements; " + _tally(said), err=True)
    if found is not None:
        typer.echo(f"note: no statement holds every word of --says {says!r}; khabar search "
                   f"finds {found} article(s) holding them anywhere", err=True)
    if not rows and not offset and dated:  # an empty range reads as «nothing was said»
        _dateline_span(db)
    if total is None or total > offset + len(rows):
        typer.echo(f"note: more statements follow (from {offset + len(rows) + 1}); --offset "
                   f"{offset + len(rows)} pages, --limit writes more", err=True)
