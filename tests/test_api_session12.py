"""API, web and CLI, session 12 (st12): one rule for bad input. Every query value the server
cannot use — an unknown code, a non-integer id, a misspelt date, a range that ends before
it starts, a search query the parser refuses — is a 422 whose ``detail`` is a list of
``{"field", "type", "message", …}`` entries, as FastAPI's own validation answers (bad dates,
reversed ranges and query errors were 400 with a string detail); the web pages answer the
same 422 in Arabic, the command line a usage error (exit 2). The search parser's errors
carry a machine-readable ``kind`` (``QueryError.kind``) that the API returns and the web
pages pick their Arabic message by, no longer by the English wording."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document, light_pipeline
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store.search import QueryError, parse_query
from khabar.web import messages

HTML = {"accept": "text/html"}
runner = CliRunner()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    db = tmp_path_factory.mktemp("st12api") / "a.db"
    app = create_app(db, pipeline=light_pipeline())
    app.state.backend.store.put(claim_document())
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c, db
    app.state.backend.close()


@pytest.fixture(scope="module")
def client(served):
    return served[0]


# (path, parameters, the field at fault, the entry's type)
BAD = [
    ("/api/articles", {"since": "yesterday"}, "query.since", "date_format"),
    ("/api/articles", {"until": "2015-13"}, "query.until", "date_format"),
    ("/api/articles", {"since": "2015-09", "until": "2015-08"}, "query.since", "date_range"),
    ("/api/events", {"since": "2015-02-30"}, "query.since", "date_format"),
    ("/api/events", {"since": "2016", "until": "2015"}, "query.since", "date_range"),
    ("/api/stories", {"since": "last week"}, "query.since", "date_format"),
    ("/api/search", {"q": "القوات", "until": "tomorrow"}, "query.until", "date_format"),
    ("/api/claims", {"due_before": "soon"}, "query.due_before", "date_format"),
    ("/api/claims", {"as_of": "2025-13"}, "query.as_of", "date_format"),
    ("/api/search", {"q": "(القوات"}, "query.q", "query_syntax"),
    ("/api/search", {"q": "القوات AND"}, "query.q", "query_syntax"),
    ("/api/events", {"type": "FOO"}, "query.type", "unknown_code"),
    ("/api/events", {"actor": "abc"}, "query.actor", "int_parsing"),
    ("/api/articles", {"limit": "0"}, "query.limit", "greater_than_equal"),
]


@pytest.mark.parametrize(("path", "params", "field", "kind"), BAD)
def test_every_bad_query_value_is_one_422_shape(client, path, params, field, kind):
    r = client.get(path, params=params)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] == "invalid_request" and isinstance(body["detail"], list)
    (entry,) = body["detail"]
    assert entry["field"] == field and entry["type"] == kind, entry
    assert entry["message"]


# the same parameters spelt right: answers
GOOD = [
    ("/api/articles", {"since": "2024-09", "until": "2024"}),
    ("/api/events", {"since": "2025-09-01", "until": "2025-09"}),
    ("/api/search", {"q": "القوات", "until": "2024-09-06"}),
    ("/api/claims", {"due_before": "2025-09", "as_of": "2024-01"}),
    ("/api/events", {"since": "", "until": ""}),  # empty: no filter
]


@pytest.mark.parametrize(("path", "params"), GOOD)
def test_good_dates_and_queries_answer(client, path, params):
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    assert r.json()["items"], (path, params)


def test_a_bad_date_entry_names_the_value(client):
    (entry,) = client.get("/api/articles", params={"since": "yesterday"}).json()["detail"]
    assert entry["value"] == "yesterday" and "YYYY-MM-DD" in entry["message"]
    (entry,) = client.get("/api/articles", params={"since": "2015-09",
                                                   "until": "2015-08"}).json()["detail"]
    assert entry["value"] == "2015-09" and "after until 2015-08" in entry["message"]


QUERIES = {"(واشنطن": "unclosed_parenthesis", "واشنطن)": "empty_parentheses",
           "AND واشنطن": "operator_first", "واشنطن OR": "trailing_operator",
           "واشن*": "prefix", "-واشنطن": "exclude_first", "...": "no_words"}


def test_the_query_parser_says_its_kind_and_the_api_returns_it(client):
    for q, kind in QUERIES.items():
        with pytest.raises(QueryError) as exc:
            parse_query(q)
        assert exc.value.kind == kind, q
        (entry,) = client.get("/api/search", params={"q": q}).json()["detail"]
        assert entry["kind"] == kind and entry["message"] == str(exc.value)
    (entry,) = client.get("/api/search", params={"q": "AND واشنطن"}).json()["detail"]
    assert entry["term"] == "AND"
    assert parse_query("واشنطن AND (بغداد OR دمشق) -عمان")  # a good query raises nothing


def test_the_arabic_message_follows_the_kind_not_the_english_wording():
    for kind in set(QUERIES.values()):
        arabic = messages.query_error(QueryError("some other English wording", kind, "X*"))
        assert arabic.startswith("خطأ في عبارة البحث: "), kind
    assert "X*" in messages.query_error(QueryError("reworded", "prefix", "X*"))
    # a kind with no message of its own: the generic Arabic, never the English
    assert messages.query_error(QueryError("cannot search", "index")) == "تعذّر فهم عبارة البحث"


def test_web_pages_answer_the_same_422_in_arabic(client):
    r = client.get("/search", params={"q": "(القوات"}, headers=HTML)
    assert r.status_code == 422 and "قوس مفتوح لم يُغلق" in r.text
    assert 'value="(القوات"' in r.text  # the form is kept, to correct
    for path, params, arabic in [
        ("/articles", {"since": "yesterday"}, "تاريخ غير صالح"),
        ("/events", {"since": "2016", "until": "2015"}, "بعد تاريخ النهاية"),
        ("/claims", {"as_of": "soon"}, "تاريخ غير صالح"),
        ("/stories", {"until": "2015-13"}, "تاريخ غير صالح"),
        ("/events", {"type": "FOO"}, "ليس نوع حدث"),
    ]:
        page = client.get(path, params=params, headers=HTML)
        assert page.status_code == 422 and arabic in page.text, (path, params)
        assert "Traceback" not in page.text
    assert client.get("/events", params={"since": "2025"}, headers=HTML).status_code == 200
    assert client.get("/stories", params={"since": "2024-09"}, headers=HTML).status_code == 200


def test_the_cli_refuses_the_same_values_with_a_usage_error(served):
    _, db = served
    for args, said in [
        (["events", "--from", "yesterday"], "--from must be a date"),
        (["events", "--from", "2016", "--to", "2015"], "--from 2016 is after --to 2015"),
        (["search", "القوات", "--sector", "ARMY"], "--sector='ARMY'"),
        (["search", "القوات", "--to", "2015-13"], "--to must be a date"),
        (["claims", "--status", "late"], "--status must be one of due, overdue"),
        (["stories", "--from", "2015-02-30"], "--from must be a date"),
    ]:
        res = runner.invoke(cli, [*args, "--db", str(db)])
        assert res.exit_code == 2, (args, res.output)
        assert said in " ".join(res.output.split()), (args, res.output)
        assert res.exception is None or isinstance(res.exception, SystemExit)


def test_the_cli_takes_choices_in_any_case_as_the_api(served):
    _, db = served
    res = runner.invoke(cli, ["claims", "--status", "DUE", "--as-of", "2024-01-01", "--db", str(db)])
    assert res.exit_code == 0 and '"status": "due"' in res.stdout
    res = runner.invoke(cli, ["events", "--format", "CSV", "--type", "retreat", "--db", str(db)])
    assert res.exit_code == 0 and res.stdout.startswith("event_id,"), res.output
    assert "RETREAT" in res.stdout
    res = runner.invoke(cli, ["search", "القوات", "--sector", "mil", "-f", "JSON", "--db", str(db)])
    assert res.exit_code == 0 and '"id"' in res.stdout
