"""A «no outlet» filter on every entry point (session 20, ux20).

Walking a store of the news day plus ANERcorp 723.. and the Wojood sample (452 articles
whose records name no outlet), the outlet filters reached every outlet but not the articles
of none. Now ``no_outlet`` (Filters, ``/api/articles``, ``/api/search``, the «بلا مصدر فقط
(N)» box of /articles and /search, `khabar search|export --no-outlet`); with an outlet as
well it is a 422 or a usage error naming both, not an empty list.
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from server_helpers import CHROMIUM, served_page
from test_store_support import light_pipeline
from test_web_session20 import DATED, db  # noqa: F401 (the module store, a fixture)
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store


def _ids(items: list[dict]) -> set[str]:
    return {i["url"].rsplit("/", 1)[1] for i in items}


def test_api_articles_and_search_without_an_outlet(db):  # noqa: F811
    c = TestClient(create_app(db))
    got = c.get("/api/articles", params={"no_outlet": "true"}).json()
    assert got["total"] == 3 and _ids(got["items"]) == {"u1", "u2", "u3"}  # null and ''
    assert c.get("/api/articles").json()["total"] == 5
    hits = c.get("/api/search", params={"q": "القمح", "no_outlet": "true"}).json()["items"]
    assert _ids(hits) == {"u1", "u2"}
    assert _ids(c.get("/api/search", params={"q": "القمح"}).json()["items"]) == {
        "u1", "u2", "d1", "d2"}
    bad = c.get("/api/articles", params={"no_outlet": "true", "outlet": "wire"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "query.no_outlet"


def test_pages_offer_no_outlet_and_refuse_it_with_an_outlet(db):  # noqa: F811
    c = TestClient(create_app(db))
    page = c.get("/articles")
    assert 'name="no_outlet"' in page.text and "بلا مصدر فقط (3)" in page.text
    only = c.get("/articles", params={"no_outlet": "1"})
    assert "http://x/d1" not in only.text and "/articles/" in only.text
    assert "(3)" in only.text.split("</h1>")[0]
    search = c.get("/search", params={"q": "القمح", "no_outlet": "1"})
    assert search.status_code == 200 and 'name="no_outlet" value="1" checked' in search.text
    both = c.get("/articles", params={"no_outlet": "1", "outlet": "wire"},
                 headers={"accept": "text/html"})
    assert both.status_code == 422 and "لا الاثنين معًا" in both.text


def test_a_store_where_every_article_has_an_outlet_shows_no_such_choice(tmp_path):
    with Store(tmp_path / "o.db") as s:
        s.put(light_pipeline().analyze(DATED, url="http://x/o", published="2024-09-01",
                                       outlet="wire"))
    assert 'name="no_outlet"' not in TestClient(create_app(tmp_path / "o.db")).get("/articles").text


def test_cli_search_and_export_without_an_outlet(db, tmp_path):  # noqa: F811
    runner = CliRunner()
    res = runner.invoke(cli, ["search", "القمح", "--db", str(db), "--no-outlet", "-f", "json"])
    assert res.exit_code == 0, res.output
    assert {r["url"].rsplit("/", 1)[1] for r in json.loads(res.stdout)} == {"u1", "u2"}
    out = tmp_path / "a.jsonl"
    res = runner.invoke(cli, ["export", "--db", str(db), "-t", "articles", "--no-outlet",
                              "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    for cmd in (["search", "القمح"], ["export", "-t", "articles"]):
        res = runner.invoke(cli, [*cmd, "--db", str(db), "--no-outlet", "--outlet", "wire"])
        assert res.exit_code == 2 and "not both" in res.output


def test_in_a_browser_the_no_outlet_box_filters_the_articles(db):  # noqa: F811
    pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip(f"no chromium at {CHROMIUM}")
    with served_page(create_app(db)) as (base, page):
        page.goto(f"{base}/articles")
        page.check("input[name=no_outlet]")
        page.click("form.filters button[type=submit]")
        assert "no_outlet=1" in page.url
        assert "(3)" in page.locator("h1").inner_text()
