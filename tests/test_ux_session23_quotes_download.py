"""Everything a person said, and what was said about him, as a file from the web UI (session
23, ux23).

ux23's walk asked for everything «عادل الجبير» said and what was said about him. The command
line had it (`khabar quotes --speaker 429 -f csv`: 86 rows, `--about`: 3); the actor page
listed the 17 statements of original articles, said that copies repeat 69 more, and offered
no file — `/api/quotes` answered JSON pages of at most 500. Now `/api/quotes?format=csv|jsonl`
(`bom=true` for Excel; up to 100,000) writes the same rows as `khabar quotes -f csv`, and the
actor page links «تنزيل تصريحاته كلها (مع النسخ المكررة)» and the statements about it.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from server_helpers import CHROMIUM, served_page
from test_store_support import claims_and_texts
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """The two claim documents (statements of «محمد السوداني» and «فرهاد علاء الدين», each
    about «العراق»); Farhad's article made a near-duplicate copy of Sudani's."""
    path = tmp_path_factory.mktemp("ux23quotes") / "q.db"
    ids = claims_and_texts(path, {})
    with Store(path) as s:
        s.conn.execute("UPDATE articles SET dup_of = ? WHERE id = ?", (ids["sudani"], ids["farhad"]))
        actors = {k: s.entity(n)["id"] for k, n in (("sudani", "محمد السوداني"),
                                                     ("farhad", "فرهاد علاء الدين"),
                                                     ("iraq", "العراق"))}
    return path, ids, actors


def test_api_csv_is_the_rows_of_khabar_quotes(db):
    path, _, actors = db
    c = TestClient(create_app(path))
    for params, cli_args in (({"speaker": actors["farhad"]}, ["--speaker", str(actors["farhad"])]),
                             ({"about": actors["iraq"]}, ["--about", str(actors["iraq"])])):
        r = c.get("/api/quotes", params={**params, "format": "csv", "limit": 100000})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        assert 'filename="quotes.csv"' in r.headers["content-disposition"]
        out = CliRunner().invoke(cli, ["quotes", "--db", str(path), *cli_args, "-f", "csv"])
        assert r.content == out.stdout_bytes
    rows = list(csv.DictReader(io.StringIO(c.get("/api/quotes", params={
        "about": actors["iraq"], "format": "csv"}).text)))
    assert sorted(r["speaker"] for r in rows) == ["فرهاد علاء الدين", "محمد السوداني"]
    assert all(r["doc_id"] and r["content"] for r in rows)


def test_api_jsonl_bom_and_limits(db):
    path, _, actors = db
    c = TestClient(create_app(path))
    lines = c.get("/api/quotes", params={"format": "jsonl", "limit": 100000}).text.splitlines()
    assert len(lines) == 2 and all(json.loads(x)["doc_id"] for x in lines)
    bom = c.get("/api/quotes", params={"format": "csv", "bom": "true"}).content
    assert bom.startswith("\ufeff".encode()) and bom[3:].startswith(b"doc_id,")
    assert c.get("/api/quotes", params={"limit": 501}).status_code == 422  # a JSON page
    assert c.get("/api/quotes", params={"limit": 500}).status_code == 200
    assert c.get("/api/quotes", params={"format": "xml"}).status_code == 422


def test_actor_page_links_every_statement_copies_included(db):
    path, _, actors = db
    c = TestClient(create_app(path))
    html = c.get(f"/entities/{actors['farhad']}").text
    assert "التصريحات (0)" in html  # his one statement is in a copy
    assert "تنزيل تصريحاته كلها (مع النسخ المكررة)" in html
    assert f'href="/api/quotes?speaker={actors["farhad"]}&amp;format=csv&amp;limit=100000"' in html
    html = c.get(f"/entities/{actors['sudani']}").text
    assert "تنزيل تصريحاته كلها:" in html  # nothing copied: no «with copies»
    iraq = c.get(f"/entities/{actors['iraq']}").text
    assert f'href="/api/quotes?about={actors["iraq"]}&amp;format=csv&amp;limit=100000"' in iraq


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_chromium_downloads_what_was_said_about_an_actor(db, tmp_path):
    path, _, actors = db
    with served_page(create_app(path)) as (base, page):
        page.goto(f"{base}/entities/{actors['iraq']}")
        with page.expect_download() as info:
            page.click("#about-download a:text-is('CSV')")
        saved = tmp_path / "about.csv"
        info.value.save_as(saved)
        rows = list(csv.DictReader(saved.open(encoding="utf-8", newline="")))
        assert len(rows) == 2 and {r["speaker"] for r in rows} == {"فرهاد علاء الدين",
                                                                   "محمد السوداني"}
