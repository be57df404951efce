"""Articles without a dateline within reach (session 20, ux20).

Walking a store of the news day plus ANERcorp 723.. and the Wojood sample, the 452 undated
articles were on no page an analyst starts from: the home page lists the newest by dateline
and /articles, newest first, puts them on its last pages; no filter selected them (the «no
outlet» box did only because these corpora also lack outlets). Now ``undated`` (Filters,
``/api/articles|search?undated=true``, «بلا تاريخ نشر فقط (N)» on /articles and /search, a
note on the home page, `khabar search|export --undated`); with a date range as well it is a
422 or a usage error naming both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_store_support import light_pipeline
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Filters, Store
from khabar.store.filters import BadFilter

TEXT = "وصلت سفينة القمح إلى ميناء بيروت صباح اليوم وأفرغت شحنتها {}."


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """Undated articles with and without an outlet, dated ones with and without one."""
    path = tmp_path_factory.mktemp("undated20") / "s.db"
    with Store(path) as s:
        for key, published, outlet in (("u1", None, "wire"), ("u2", None, None),
                                       ("d1", "2024-09-01", None), ("d2", "2024-09-02", "wire")):
            s.put(light_pipeline().analyze(TEXT.format(key), url=f"http://x/{key}",
                                           published=published, outlet=outlet))
    return path


def _keys(items: list[dict]) -> set[str]:
    return {i["url"].rsplit("/", 1)[1] for i in items}


def test_store_filter_undated_and_its_conflict(db):
    with Store(db, readonly=True) as s:
        assert _keys(s.list_articles(undated=True)) == {"u1", "u2"}
        assert _keys(s.list_articles(undated=True, no_outlet=True)) == {"u2"}
        assert _keys(s.list_articles(no_outlet=True)) == {"u2", "d1"}  # not the same thing
        assert s.count(undated=True, outlet="wire") == 1
    with pytest.raises(BadFilter, match="not both"):
        Filters(undated=True, date_from="2024-09-01")


def test_api_articles_and_search_undated(db):
    c = TestClient(create_app(db))
    got = c.get("/api/articles", params={"undated": "true"}).json()
    assert got["total"] == 2 and _keys(got["items"]) == {"u1", "u2"}
    hits = c.get("/api/search", params={"q": "القمح", "undated": "true"}).json()["items"]
    assert _keys(hits) == {"u1", "u2"}
    assert c.get("/api/articles").json()["total"] == 4
    bad = c.get("/api/articles", params={"undated": "true", "since": "2024"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "query.undated"


def test_pages_offer_undated_articles_and_the_home_page_points_to_them(db):
    c = TestClient(create_app(db))
    home = c.get("/")
    assert 'id="undated-home"' in home.text and 'href="/articles?undated=1"' in home.text
    page = c.get("/articles", params={"undated": "1"})
    assert "بلا تاريخ نشر فقط (2)" in page.text and "(2)" in page.text.split("</h1>")[0]
    assert 'name="undated" value="1" checked' in c.get(
        "/search", params={"q": "القمح", "undated": "1"}).text
    both = c.get("/articles", params={"undated": "1", "since": "2024"},
                 headers={"accept": "text/html"})
    assert both.status_code == 422 and "لا الاثنين معًا" in both.text


def test_a_store_of_dated_articles_has_no_such_choice_nor_note(tmp_path):
    with Store(tmp_path / "d.db") as s:
        s.put(light_pipeline().analyze(TEXT.format("x"), url="http://x/x", published="2024-09-01"))
    c = TestClient(create_app(tmp_path / "d.db"))
    assert 'id="undated-home"' not in c.get("/").text
    assert 'name="undated"' not in c.get("/articles").text


def test_cli_search_and_export_undated(db, tmp_path):
    runner = CliRunner()
    res = runner.invoke(cli, ["search", "القمح", "--db", str(db), "--undated", "-f", "json"])
    assert res.exit_code == 0, res.output
    assert _keys(json.loads(res.stdout)) == {"u1", "u2"}
    out = tmp_path / "a.jsonl"
    res = runner.invoke(cli, ["export", "--db", str(db), "-t", "articles", "--undated",
                              "-o", str(out)])
    assert res.exit_code == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 2
    for cmd in (["search", "القمح"], ["export", "-t", "articles"]):
        res = runner.invoke(cli, [*cmd, "--db", str(db), "--undated", "--from", "2024"])
        assert res.exit_code == 2 and "not both" in res.output
