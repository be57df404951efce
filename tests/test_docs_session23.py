"""docs/api.md names every route and query parameter the API has, and its examples use only
those (session 23, doc23).

doc20's checks (tests/test_docs_session20.py) cover the "Query values" codes of docs/api.md;
nothing held its Endpoints table to the routes: session 23 added `outlet_country` to
`/api/search` and `/api/stories` and the rows of those routes did not name it (only the
`/api/articles` row said «also on …»). Here every route of the OpenAPI schema has a row, every
row names a route, and every query parameter of a route is named in its own row — `limit` and
`offset`, which every list takes, are described once above the table. The ``curl`` examples'
paths and query parameters must exist too. The doc15 checks of command lines and dotted
names are extended to the design docs and model cards that no test read
(docs/events.md, quotes.md, time.md, models/events.md).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from test_docs_session15 import (
    _DOTTED,
    _MODULE,
    _SPAN,
    ROOT,
    dotted_problem,
    module_problem,
)
from test_docs_session20 import command_problems

from khabar.api import create_app

# every list takes them; docs/api.md describes them once, above the Endpoints table
PAGING = {"limit", "offset"}

_ROW = re.compile(r"^\| `((?:GET|POST) [^`]+)`(?:, `((?:GET|POST) [^`]+)`)? \|(.*)$", re.M)


def _doc(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def _shape(route: str) -> str:
    """``GET /api/stories/{story_id}`` and ``GET /api/stories/{id}`` → one key."""
    return re.sub(r"\{[^}]*\}", "{}", route.split("?", 1)[0])


def endpoint_rows(markdown: str) -> dict[str, str]:
    """``route shape -> the row's text`` of docs/api.md's Endpoints table (a row may name two
    routes, «`GET /api/stories`, `GET /api/stories/{id}`»)."""
    table = markdown.split("## Endpoints", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for m in _ROW.finditer(table):
        for route in filter(None, m.group(1, 2)):
            rows[_shape(route)] = m.group(0)
    return rows


def api_routes() -> dict[str, set[str]]:
    """``route shape -> query parameter names`` of the API's OpenAPI schema."""
    spec = create_app(None).openapi()
    return {_shape(f"{method.upper()} {path}"): {p["name"] for p in op.get("parameters", [])
                                                if p["in"] == "query"}
            for path, ops in spec["paths"].items() for method, op in ops.items()}


def endpoint_problems(markdown: str, routes: dict[str, set[str]]) -> list[str]:
    rows = endpoint_rows(markdown)
    problems = [f"{r}: a route without a row" for r in routes if r not in rows]
    problems += [f"{r}: a row, no such route" for r in rows if r not in routes]
    for route, params in routes.items():
        row = rows.get(route, "")
        problems += [f"{route}: query parameter {p} not in its row" for p in sorted(params - PAGING)
                     if row and not re.search(rf"`{p}\b|\b{p}=", row)]
    return problems


@pytest.fixture(scope="module")
def routes():
    return api_routes()


def test_api_doc_has_a_row_for_every_route_naming_its_query_parameters(routes):
    problems = endpoint_problems(_doc("docs/api.md"), routes)
    assert not problems, "docs/api.md:\n" + "\n".join(problems)


def test_endpoint_checker_sees_a_missing_parameter_a_missing_route_and_a_stale_row(routes):
    md = _doc("docs/api.md")
    assert "`since`, `until` (a day, month or year)" in md
    assert "GET /api/stories: query parameter since not in its row" in endpoint_problems(
        md.replace("`since`, `until` (a day, month or year)", "dates"), routes)
    no_claims = re.sub(r"^\| `GET /api/claims`.*\n", "", md, flags=re.M)
    assert endpoint_problems(no_claims, routes) == ["GET /api/claims: a route without a row"]
    stale = md.replace("| `GET /api/claims` |", "| `GET /api/claims`, `GET /api/claim/{id}` |")
    assert endpoint_problems(stale, routes) == ["GET /api/claim/{}: a row, no such route"]


def example_problems(markdown: str, routes: dict[str, set[str]]) -> list[str]:
    """The ``curl`` lines of docs/api.md's code blocks: their route and query parameters
    (``?a=b&c=d`` and ``--data-urlencode 'a=…'``) must exist."""
    problems = []
    for block in re.findall(r"^```sh\n(.*?)^```", markdown, re.M | re.S):
        for command in block.replace("\\\n", " ").splitlines():
            m = re.search(r"\bcurl\b.*?'?(?:https?://)?localhost:\d+(/api/[^\s'\"]*)", command)
            if not m:
                continue
            url = urlsplit(m.group(1))
            method = "POST" if re.search(r"\s-d\s|--data\b", command) and \
                "-G" not in command.split() else "GET"
            path = re.sub(r"^(/api/\w+)/[^/]+$", r"\1/{id}", url.path)  # /api/entities/3
            shape = _shape(f"{method} {path}")
            if shape not in routes:
                problems.append(f"{method} {url.path}: no such route")
                continue
            names = {k for k, _ in parse_qsl(url.query)}
            if method == "GET":
                names |= set(re.findall(r"--data-urlencode '(\w+)=", command))
            problems += [f"{method} {url.path}: no parameter {n}" for n in sorted(names)
                         if n not in routes[shape]]
    return problems


def test_api_doc_examples_use_routes_and_parameters_that_exist(routes):
    md = _doc("docs/api.md")
    assert md.count("curl -s") >= 9  # the examples are read, not skipped
    problems = example_problems(md, routes)
    assert not problems, "docs/api.md examples:\n" + "\n".join(problems)


def test_example_checker_sees_a_stale_parameter_and_route(routes):
    md = "```sh\ncurl -s 'localhost:8000/api/events?kind=ASSAULT'\n" \
         "curl -s -G localhost:8000/api/search --data-urlencode 'query=x'\n" \
         "curl -s 'localhost:8000/api/actors/3'\n```\n"
    assert example_problems(md, routes) == ["GET /api/events: no parameter kind",
                                            "GET /api/search: no parameter query",
                                            "GET /api/actors/3: no such route"]


# design docs and model cards no doc test read before session 23
DOCS23 = ("docs/events.md", "docs/quotes.md", "docs/time.md", "docs/models/events.md")


@pytest.mark.parametrize("name", DOCS23)
def test_every_khabar_command_line_of_the_design_docs_parses(name):
    problems = command_problems(_doc(name))
    assert not problems, f"{name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("name", (*DOCS23, "docs/api.md", "docs/exports.md", "docs/store.md",
                                  "docs/models/ner.md", "docs/models/events_types.md"))
def test_every_dotted_name_and_module_of_the_other_docs_exists(name):
    text = _doc(name)
    names = {s for s in _SPAN.findall(text) if _DOTTED.match(s)}
    problems = [p for n in sorted(names) if (p := dotted_problem(n))]
    for spec in sorted(set(_MODULE.findall(text))):
        problems.extend(module_problem(spec))
    assert names or name.endswith("events_types.md")
    assert not problems, f"{name}:\n" + "\n".join(problems)


def _cli_commands():
    import typer
    from test_docs_session20 import _commands

    from khabar.cli import app
    return [(path, cmd) for path, cmd in _commands(typer.main.get_command(app))
            if not hasattr(cmd, "commands")]


def unnamed_options(docs_text: str) -> list[str]:
    """Options of a ``khabar`` command that no doc names (README.md, docs/*.md but the lead's
    docs/quality.md, where figures are recorded, not options explained). A flag pair
    (``--corpus/--no-corpus``) is named when either of its names is."""
    problems = []
    for path, cmd in _cli_commands():
        for param in cmd.params:
            names = [o for o in (*param.opts, *param.secondary_opts) if o.startswith("--")]
            if names and "--help" not in names and not any(
                    re.search(re.escape(n) + r"(?![\w-])", docs_text) for n in names):
                problems.append(f"{path} {'/'.join(names)}")
    return problems


def _docs_text() -> str:
    paths = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    return "\n".join(p.read_text(encoding="utf-8") for p in paths if p.name != "quality.md")


def test_every_option_of_every_command_is_named_in_the_docs():
    missing = unnamed_options(_docs_text())
    assert not missing, "options no doc names:\n" + "\n".join(missing)


def test_option_checker_sees_an_unnamed_option_and_reads_flag_pairs():
    text = _docs_text()
    assert "--gold-scheme" in text and "--no-corpus" in text
    assert unnamed_options(text.replace("--gold-scheme", "--scheme")) == \
        ["khabar ner --gold-scheme"]
    assert re.search(r"--corpus(?![\w-])", text) is None  # named by its --no-corpus alone
    assert "khabar ingest --corpus/--no-corpus" in unnamed_options(text.replace("--no-corpus", ""))


def test_train_ner_help_states_the_shipped_setting():
    """The help of ``khabar train ner`` said «(anercorp,aqmar,wojood,wojood_val,news)» while the
    shipped setting trains on ``events`` too; its defaults are now written out: they must be
    TrainConfig's."""
    from khabar.ner.train import TrainConfig

    cmd = dict(_cli_commands())["khabar train ner"]
    helps = {p.name: p.help for p in cmd.params}
    cfg = TrainConfig()
    assert helps["corpora"].rstrip(".").rsplit(": ", 1)[1].rstrip(")") == ",".join(cfg.corpora)
    assert f"(default {cfg.c1})" in helps["c1"] and f"(default {cfg.c2})" in helps["c2"]
    assert f"(default {cfg.max_iterations})" in helps["iterations"]


def error_rows(markdown: str) -> set[tuple[int, str]]:
    """``(status, code)`` of docs/api.md's "Errors and limits" table."""
    table = markdown.split("## Errors and limits", 1)[1].split("\n\n**", 1)[0]
    return {(int(s), c) for s, c in re.findall(r"^\| (\d{3}) `(\w+)` \|", table, re.M)}


def test_api_doc_errors_table_lists_the_errors_the_server_answers(tmp_path):
    """405 and 503 were answered (a wrong method; a store path of a server without a store)
    and the table did not list them (session 23)."""
    from fastapi.testclient import TestClient

    stored = TestClient(create_app(tmp_path / "s.db", api_key="k"))
    bare = TestClient(create_app(None))
    answers = [stored.post("/api/articles", json={"text": "نص"}),              # 401
               bare.post("/api/articles", json={"text": "نص"}),                # 403
               stored.get("/api/articles/999"),                                 # 404
               stored.delete("/api/articles/1"),                                # 405
               stored.post("/api/analyze", content="نص", headers={"content-type": "text/plain"}),
               stored.get("/api/articles", params={"since": "yesterday"}),      # 422
               bare.get("/api/events")]                                         # 503
    seen = {(a.status_code, a.json()["error"]) for a in answers}
    assert {s for s, _ in seen} == {401, 403, 404, 405, 415, 422, 503}
    missing = seen - error_rows(_doc("docs/api.md"))
    assert not missing, f"docs/api.md's Errors table lacks {sorted(missing)}"
    assert (500, "internal_error") in error_rows(_doc("docs/api.md"))


# "Query values" rows doc20's CODE_ROWS did not read (sessions 22-23 added them)
CODE_ROWS23 = (("sector", "/api/events"), ("role", "/api/events"), ("format", "/api/quotes"))


@pytest.mark.parametrize(("param", "endpoint"), CODE_ROWS23)
def test_api_doc_lists_the_codes_of_the_newer_code_parameters(tmp_path, param, endpoint):
    from fastapi.testclient import TestClient
    from test_docs_session20 import documented_codes

    answer = TestClient(create_app(tmp_path / "s.db")).get(endpoint, params={param: "no-such"})
    assert answer.status_code == 422
    valid = set(answer.json()["detail"][0]["valid"])
    assert len(valid) >= 2
    assert documented_codes(_doc("docs/api.md"), param, endpoint) == valid


def export_type_problems(markdown: str) -> list[str]:
    """docs/exports.md's type column against the Parquet schemas (doc20 checked the names
    only). A row naming several columns gives one type for all or one per column
    (``start, end, text`` — ``int32, int32, string``)."""
    from khabar.export.tables import SCHEMAS

    parts = re.split(r"^## (\w+)[^\n]*$", markdown, flags=re.M)
    problems, seen = [], set()
    for i in range(1, len(parts) - 1, 2):
        table = parts[i]
        if table not in SCHEMAS or table in seen:
            continue
        seen.add(table)
        for line in parts[i + 1].splitlines():
            if not line.startswith("| ") or line.startswith(("| column", "|---")):
                continue
            cells = [c.strip() for c in line.split("|")[1:-1]]
            cols = [c.strip(" `") for c in cells[0].split(",")]
            types = [t.strip().replace("\\", "") for t in cells[1].split(",")]
            types = types if len(types) == len(cols) else types[:1] * len(cols)
            for col, doc_type in zip(cols, types, strict=True):
                if col not in SCHEMAS[table].names:
                    continue  # doc20's check reports it
                real = str(SCHEMAS[table].field(col).type).replace("list<item: ", "list<")
                if doc_type != real:
                    problems.append(f"{table}.{col}: documented {doc_type}, exported {real}")
    return problems


def test_exports_doc_types_are_the_parquet_types():
    problems = export_type_problems(_doc("docs/exports.md"))
    assert not problems, "docs/exports.md:\n" + "\n".join(problems)


def test_export_type_checker_sees_a_wrong_type():
    md = _doc("docs/exports.md")
    assert "| report_day | bool |" in md
    assert export_type_problems(md.replace("| report_day | bool |", "| report_day | string |")) \
        == ["events.report_day: documented string, exported bool"]
