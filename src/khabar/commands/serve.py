"""``khabar serve``: the HTTP API and web UI over one store file (uvicorn)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    db: str = typer.Option(..., "--db", help="SQLite store file (created if missing)."),
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, help="TCP port."),
    api_key_file: str | None = typer.Option(
        None, "--api-key-file", help="File holding the write API key "
        "(else KHABAR_API_KEY or KHABAR_API_KEY_FILE; with none, writes are refused)."),
    max_chars: int = typer.Option(2_000_000, help="Longest text analysed, in characters "
                                  "(as khabar analyze --max-chars)."),
    max_body: int | None = typer.Option(
        None, help="Largest request body in bytes (default: 6 bytes a character of "
        "--max-chars + 1 MiB, 13,048,576 for 2,000,000: any text under the limit fits, "
        "even JSON-escaped)."),
    log_level: str = typer.Option("info", help="uvicorn log level."),
) -> None:
    """Serve the HTTP API (/api, OpenAPI docs at /api/docs) and the web UI."""
    from pathlib import Path

    import uvicorn

    from khabar.api import create_app
    from khabar.api.auth import KeyConfigError

    if not Path(db).exists():  # a mistyped path would otherwise serve an empty site
        typer.echo(f"note: no store at {db}: serving a new, empty one (fill it with "
                   f"`khabar ingest FILES --db {db}` or POST /api/articles)", err=True)
    try:
        application = create_app(db, api_key_file=api_key_file, max_body=max_body,
                                 max_chars=max_chars)
    except KeyConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    try:  # open (create, migrate) the store now: a bad file fails here, not per request
        application.state.backend.open()
    except Exception as exc:  # any failure to open is reported the same way
        typer.echo(f"error: cannot open the store {db}: {exc}", err=True)
        raise typer.Exit(2) from None
    from khabar.store.access import read_only_note

    store = application.state.backend.store
    if note := read_only_note(store, db):
        typer.echo(f"note: {note}", err=True)
    if store.readonly:
        typer.echo(f"note: {db} cannot be written: serving reads only, every write is "
                   "refused (403)", err=True)
    if note := store.linker_status().message(db):
        typer.echo(f"note: {note}", err=True)
    if not application.state.api_key:
        typer.echo("note: no API key configured: reads only, every write is refused", err=True)
    uvicorn.run(application, host=host, port=port, log_level=log_level,
                proxy_headers=False, server_header=False)
