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
    ["search", "العراق"], ["export", "--table", "events"], ["claims"], ["reanalyze"]])
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
