"""The store commands (search, export, claims) on bad options and missing stores."""

from __future__ import annotations

import pytest
from test_store_support import claim_document
from typer.testing import CliRunner

from khabar.cli import app
from khabar.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "c.db"
    with Store(path) as s:
        s.put(claim_document())
    return path


@pytest.mark.parametrize("command", [
    ["search", "العراق"], ["export", "--table", "events"], ["claims"], ["reanalyze"],
    ["entity", "العراق"], ["stories"], ["story", "1"], ["events"]])
def test_reading_commands_refuse_a_missing_store_and_create_none(tmp_path, command):
    missing = tmp_path / "typo.db"
    res = runner.invoke(app, [*command, "--db", str(missing)])
    assert res.exit_code == 2 and "no store at" in res.output
    assert not missing.exists()


@pytest.mark.parametrize("args, message", [
    (["claims", "--status", "late"], "--status must be one of due, overdue"),
    (["claims", "--as-of", "yesterday"], "--as-of must be a date"),
    (["search", "العراق", "--from", "2024-13-01"], "--from must be a date"),
    (["search", "العراق", "--event-to", "soon"], "--event-to must be a date"),
    (["search", "العراق", "--order", "newest"], "--order must be one of relevance, date"),
    (["search", "العراق", "--format", "csv"], "--format must be one of json, table"),
    (["search", "العراق", "--limit", "-1"], "greater than or equal to 1"),
    (["export", "--from", "last week"], "--from must be a date"),
    # an unknown code was an empty answer that reads as «nothing found» (the API's 422 rule)
    (["search", "العراق", "--type", "FOO"], "--type='FOO' is no PLOVER event type"),
    (["search", "العراق", "--country", "XX"], "--country='XX' is no country code"),
    (["events", "--type", "ASSALT"], "--type='ASSALT' is no PLOVER event type"),
    (["events", "--country", "IRAQ"], "--country='IRAQ' is no country code"),
])
def test_bad_options_are_usage_errors_not_tracebacks_or_silent(db, args, message):
    res = runner.invoke(app, [*args, "--db", str(db)])
    assert res.exit_code == 2, res.output
    assert message in " ".join(res.output.split()) and "Traceback" not in res.output


def test_search_says_how_many_matched(db):
    res = runner.invoke(app, ["search", "العراق", "--db", str(db), "--from", "2024-09"])
    assert res.exit_code == 0, res.output
    assert "1 matching articles; showing 1–1" in res.stderr
    res = runner.invoke(app, ["search", "باريس", "--db", str(db)])
    assert "0 matching articles; showing none" in res.stderr


# -- following an actor, a story, events ---------------------------------------------

def test_entity_command_follows_an_actor_by_name(db):
    import orjson

    res = runner.invoke(app, ["entity", "العراق", "--db", str(db)])
    assert res.exit_code == 0, res.output
    data = orjson.loads(res.stdout)
    assert data["name"] == "العراق" and data["n_articles"] == 1
    assert [e["type"] for e in data["events"]] == ["RETREAT"]
    assert [d["date"] for d in data["timeline"]] == ["2024-09-06", "2025-09-01"]
    assert "1 mentions in 1 articles, 1 events" in res.stderr
    res = runner.invoke(app, ["entity", "باريس", "--db", str(db)])
    assert res.exit_code == 1 and "no actor 'باريس'" in res.stderr


def test_story_and_stories_commands(tmp_path):
    import orjson

    path = tmp_path / "s.db"
    with Store(path) as s:
        s.put(claim_document())
        s.put(claim_document(doc_id="claim2", url="http://example.org/claim2",
                             speaker="محمد شياع السوداني"))
        s.cluster_stories()
    res = runner.invoke(app, ["stories", "--db", str(path)])
    assert res.exit_code == 0, res.output
    (listed,) = orjson.loads(res.stdout)
    assert listed["size"] == 2
    res = runner.invoke(app, ["story", str(listed["id"]), "--db", str(path)])
    assert res.exit_code == 0, res.output
    story = orjson.loads(res.stdout)
    assert len(story["articles"]) == 2 and "2 reports from 1 outlets (wire)" in res.stderr
    assert runner.invoke(app, ["story", "999", "--db", str(path)]).exit_code == 1


def test_events_command_answers_the_api_rows(db):
    import csv
    import io

    import orjson
    from fastapi.testclient import TestClient

    from khabar.api import create_app

    res = runner.invoke(app, ["events", "--db", str(db), "--from", "2025-09", "--to", "2025-09"])
    assert res.exit_code == 0, res.output
    rows = [orjson.loads(line) for line in res.stdout.splitlines()]
    with TestClient(create_app(db)) as client:
        api = client.get("/api/events", params={"since": "2025-09-01", "until": "2025-09-30"})
    assert rows == api.json()["items"] and [r["type"] for r in rows] == ["RETREAT"]
    res = runner.invoke(app, ["events", "--db", str(db), "--from", "2025-10-01"])
    assert res.stdout == "" and "0 events" in res.stderr
    res = runner.invoke(app, ["events", "--db", str(db), "--actor", "العراق", "-f", "csv"])
    assert [r["type"] for r in csv.DictReader(io.StringIO(res.stdout))] == ["RETREAT"]
    res = runner.invoke(app, ["events", "--db", str(db), "--actor", "nobody"])
    assert res.exit_code == 1 and "no actor" in res.stderr


def test_event_codes_in_any_case_filter_the_events(db):
    import orjson

    every = runner.invoke(app, ["events", "--db", str(db)])
    rows = [orjson.loads(line) for line in every.stdout.splitlines()]
    assert every.exit_code == 0 and rows
    country = rows[0]["actor_country"] or rows[0]["recipient_country"]
    assert country
    for args in (["--type", "retreat"], ["--type", "RETREAT"], ["--country", country.lower()]):
        res = runner.invoke(app, ["events", "--db", str(db), *args])
        assert res.exit_code == 0, res.output
        assert [orjson.loads(line) for line in res.stdout.splitlines()] == rows
    res = runner.invoke(app, ["events", "--db", str(db), "--type", "assault"])
    assert res.exit_code == 0 and res.stdout == ""


def test_ingest_takes_the_max_chars_its_error_message_names(tmp_path):
    page = tmp_path / "long.txt"
    page.write_text("قال الوزير إن الاجتماع سيعقد غدا. " * 10, encoding="utf-8")
    db = tmp_path / "m.db"
    res = runner.invoke(app, ["ingest", str(page), "--db", str(db), "--stages", "text",
                              "--no-progress", "--max-chars", "100"])
    assert res.exit_code == 1 and "DocumentTooLarge" in res.stderr and "--max-chars" in res.stderr
    res = runner.invoke(app, ["ingest", str(page), "--db", str(db), "--stages", "text",
                              "--no-progress", "--max-chars", "1000"])
    assert res.exit_code == 0 and "ingested 1" in res.stderr
