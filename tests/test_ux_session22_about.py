"""What was said about an actor (session 22, ux22): `Store.quotes(about=)`, `/api/quotes?about=`,
`khabar quotes --about` and the «ما قيل عنه» section of an actor's page.

An analyst asking «what was said about Iran, and by whom» could list an actor's own statements
(`speaker`) and what it carried (`via`), but not the statements that speak of it: the news day
holds 75 statements with «إيران» inside what was said and no way to list them. A statement is
about an actor when a mention of that actor lies inside its content span — not anywhere in its
article (the speaker's own name stands outside the content).
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from test_store_support import claims_and_texts
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Two claim documents: «محمد السوداني» and «فرهاد علاء الدين» each say that US forces will
    leave «العراق» (a mention inside the content); the speaker's name is outside it."""
    path = tmp_path_factory.mktemp("ux22about") / "q.db"
    return path, claims_and_texts(path, {"oil": "ارتفعت أسعار النفط في العراق اليوم."})


def _actor(path, name: str) -> int:
    with Store(path, readonly=True) as s:
        return s.entity(name)["id"]


def test_the_statements_whose_content_mentions_the_actor(db):
    path, ids = db
    with Store(path, readonly=True) as s:
        rows = s.quotes(about="العراق")
        assert sorted(r["article_id"] for r in rows) == sorted([ids["sudani"], ids["farhad"]])
        assert all("العراق" in r["content"] for r in rows)
        assert s.about_count("العراق") == 2
        # by actor id the same rows; a clitic-free alias form the same
        assert s.quotes(about=_actor(path, "العراق")) == rows


def test_a_mention_outside_what_was_said_is_not_about(db):
    path, _ = db
    with Store(path, readonly=True) as s:
        # the speaker is named in the article, but no statement speaks of him
        assert s.list_articles(entity="محمد السوداني")
        assert s.quotes(about="محمد السوداني") == []
        assert s.about_count("محمد السوداني") == 0
        assert s.quotes(about="لا أحد") == []


def test_about_combines_with_speaker_and_originals(db):
    path, ids = db
    with Store(path, readonly=True) as s:
        rows = s.quotes(about="العراق", speaker="فرهاد علاء الدين")
        assert [r["article_id"] for r in rows] == [ids["farhad"]]
        assert s.about_count("العراق", originals_only=True) == 2


def test_api_about(db):
    path, ids = db
    c = TestClient(create_app(path))
    body = c.get("/api/quotes", params={"about": "العراق"}).json()
    assert body["total"] == 2 and {r["article_id"] for r in body["items"]} == {ids["sudani"], ids["farhad"]}
    assert all("relays" in r for r in body["items"])
    by_id = c.get("/api/quotes", params={"about": str(_actor(path, "العراق"))}).json()
    assert by_id["items"] == body["items"]
    assert c.get("/api/quotes", params={"about": "محمد السوداني"}).json()["total"] == 0
    assert c.get("/api/quotes", params={"about": " "}).json()["total"] == 2  # blank: no filter
    bad = c.get("/api/quotes", params={"about": "9" * 30})
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "query.about"


def test_cli_about_and_its_notes(db):
    path, ids = db
    run = CliRunner().invoke(cli, ["quotes", "--db", str(path), "--about", "العراق", "-f", "jsonl"])
    assert run.exit_code == 0, run.output
    assert {json.loads(x)["article_id"] for x in run.stdout.splitlines()} == {ids["sudani"], ids["farhad"]}
    # a name the articles hold, but outside every statement
    run = CliRunner().invoke(cli, ["quotes", "--db", str(path), "--about", "محمد السوداني"])
    assert run.exit_code == 0 and json.loads(run.stdout) == []
    assert "no statement in the store names it" in run.stderr
    # a name no article holds
    run = CliRunner().invoke(cli, ["quotes", "--db", str(path), "--about", "زيد عمرو"])
    assert json.loads(run.stdout) == [] and "no stored mention has the name" in run.stderr
    # found, but not with the other filters
    run = CliRunner().invoke(cli, ["quotes", "--db", str(path), "--about", "العراق",
                                   "--speaker", "زيد عمرو"])
    assert json.loads(run.stdout) == [] and "none with these filters" in run.stderr


def test_actor_page_and_json_list_what_was_said_about_it(db):
    path, _ = db
    c = TestClient(create_app(path))
    iraq = _actor(path, "العراق")
    data = c.get(f"/api/entities/{iraq}").json()
    assert data["n_about"] == 2 and len(data["about"]) == 2
    assert all("relays" in q for q in data["about"])
    page = c.get(f"/entities/{iraq}").text
    assert 'id="about"' in page and "ما قيل عنه (2)" in page
    sudani = c.get(f"/entities/{_actor(path, 'محمد السوداني')}").text
    assert 'id="about"' not in sudani  # nothing was said about the speaker


def test_statements_over_time_by_dateline(db):
    """`khabar quotes --from/--to` and `/api/quotes?since=&until=` (session 22): one speaker's
    statements over a span of time; the claim documents are dated 2024-09-06."""
    path, ids = db
    c = TestClient(create_app(path))
    total = lambda **p: c.get("/api/quotes", params=p).json()["total"]  # noqa: E731
    assert total(since="2024-09", until="2024-09-06") == 2
    assert total(since="2024-09-07") == 0 and total(until="2024") == 2
    assert total(speaker="محمد السوداني", since="2024") == 1
    assert c.get("/api/quotes", params={"since": "2025", "until": "2024"}).status_code == 422
    run = CliRunner().invoke(cli, ["quotes", "--db", str(path), "--speaker", "محمد السوداني",
                                   "--from", "2024-09", "--to", "2024-09", "-f", "jsonl"])
    assert [json.loads(x)["article_id"] for x in run.stdout.splitlines()] == [ids["sudani"]]
    run = CliRunner().invoke(cli, ["quotes", "--db", str(path), "--from", "2025"])
    assert run.exit_code == 0 and json.loads(run.stdout) == []
    assert "the store's articles were published from 2024-09-01 to 2024-09-06" in run.stderr
    run = CliRunner().invoke(cli, ["quotes", "--db", str(path), "--from", "2025", "--to", "2024"])
    assert run.exit_code == 2


def test_the_statements_about_an_actor_as_csv_are_rows_of_the_quotes_export(db, tmp_path):
    """`khabar quotes -f csv` (session 22): what was said about an actor as a spreadsheet —
    before, JSON only, and `khabar export -t quotes --speaker` exports every quote of the
    articles, not the chosen statements. The rows are those of the quotes export table."""
    import csv
    import io

    from khabar.export.tables import SCHEMAS

    path, _ = db
    run = CliRunner().invoke(cli, ["quotes", "--db", str(path), "--about", "العراق", "-f", "csv",
                                   "--bom"])
    assert run.exit_code == 0, run.output
    assert run.stdout.startswith("\ufeff")
    got = list(csv.DictReader(io.StringIO(run.stdout.lstrip("\ufeff"))))
    assert list(got[0]) == SCHEMAS["quotes"].names and len(got) == 2
    out = tmp_path / "q.csv"
    every = CliRunner().invoke(cli, ["export", "--db", str(path), "-t", "quotes", "-f", "csv",
                                     "-o", str(out)])
    assert every.exit_code == 0, every.output
    exported = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert {r["doc_id"] for r in got} == {"a", "b"}
    assert all(r in exported for r in got)


def test_by_whom_the_speakers_of_the_statements_about_an_actor(db):
    """«… and by whom»: the speakers of the statements about an actor, most first, a linked
    speaker by its actor (`Store.about_speakers`, the actor page's «قالها»; `khabar quotes
    --about` gives the API's speakers as written since session 24)."""
    path, _ = db
    with Store(path, readonly=True) as s:
        got = s.about_speakers("العراق")
        sudani, farhad = s.entity("محمد السوداني")["id"], s.entity("فرهاد علاء الدين")["id"]
        assert s.about_speakers("محمد السوداني") == []
    assert sorted((g["id"], g["n"]) for g in got) == sorted([(sudani, 1), (farhad, 1)])
    c = TestClient(create_app(path))
    iraq = _actor(path, "العراق")
    assert len(c.get(f"/api/entities/{iraq}").json()["about_speakers"]) == 2
    page = c.get(f"/entities/{iraq}").text
    line = page[page.index('id="about-speakers"'):].split("</p>")[0]
    assert f'href="/entities/{sudani}"' in line and f'href="/entities/{farhad}"' in line
    # khabar quotes --about: the line of every summarised filter since session 24 (fix24:
    # speakers as written, as /api/quotes' counts and the /quotes page), no «said by» by actor
    run = CliRunner().invoke(cli, ["quotes", "--db", str(path), "--about", "العراق"])
    assert "--about 'العراق': 2 statements; by speaker: " in run.stderr
    assert "محمد السوداني 1" in run.stderr and "said by: " not in run.stderr
