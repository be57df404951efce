"""«What did the Saudi outlets report»: the outlets of a country as one filter (session 23, ux23).

The brief's first question names outlets by their country. The filters took outlet names only
(`--outlet` repeatable, one outlet in the web forms), so «the Saudi outlets» meant knowing and
typing each of them — the news day has 12. The gazetteer's outlets file gives every outlet
its country (outlets.tsv), so `Filters(outlet_country="SAU")` (`khabar search / export /
stories --outlet-country`, `outlet_country=` on `/api/search`, `/api/articles`,
`/api/stories`, a «بلد المصدر» choice on the search and stories pages) selects the articles
of the stored outlets the gazetteer files under that country; an outlet it does not know, or
an article without an outlet, has none. News day: SAU selects 1,619 of 1,620 articles (the
example has no outlet).
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from search_helpers import store_fixture
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store
from khabar.store.filters import BadFilter, UnknownCode, outlet_country

TEXTS = {  # key -> (text, dateline, outlet as the record names it)
    "spa": ("أعلنت قوات التحالف في اليمن اليوم وصول مساعدات إلى عدن.", "2015-08-10", "was"),
    "okaz": ("قالت صحيفة محلية إن المساعدات وصلت إلى عدن في اليمن صباح اليوم.", "2015-08-10", "okaz"),
    "jazeera": ("نقلت قناة إخبارية عن مصادر في اليمن أن القتال تجدد قرب تعز.", "2015-08-10", "aljazeera"),
    "reuters": ("ذكرت وكالة أنباء دولية أن أسعار النفط ارتفعت اليوم.", "2015-08-10", "reuters"),
    "blog": ("كتب مدون عن رحلته إلى اليمن قبل الحرب.", "2015-08-10", "myblog"),
    "none": ("نص بلا مصدر عن اليمن والسعودية.", "2015-08-10", None),
}
store = store_fixture(TEXTS, "ux23oc")


def _keys(s: Store, rows: list[dict]) -> set[str]:
    inv = {v: k for k, v in s.ids.items()}
    return {inv[r["id"]] for r in rows}


def test_outlet_country_reads_the_gazetteer():
    assert [outlet_country(o) for o in ("was", "okaz", "aljazeera", "reuters", "myblog", None)] == [
        "SAU", "SAU", "QAT", "GBR", None, None]
    assert outlet_country("الجزيرة") is None  # a name two outlets share decides no country


def test_filters_select_the_outlets_of_a_country(store):
    assert _keys(store, store.list_articles(outlet_country="SAU")) == {"spa", "okaz"}
    assert _keys(store, store.list_articles(outlet_country="qat")) == {"jazeera"}
    assert store.count(outlet_country="USA") == 0
    assert _keys(store, store.search("اليمن", outlet_country="SAU")) == {"spa", "okaz"}
    assert store.search_count("اليمن") == 5
    with pytest.raises(UnknownCode):
        store.count(outlet_country="XXX")
    with pytest.raises(BadFilter):
        store.count(outlet_country="SAU", no_outlet=True)


def test_stories_of_the_outlets_of_a_country(store):
    store.cluster_stories()
    rows = store.stories(query="اليمن", outlet_country="SAU", min_size=1)
    assert sum(r["matching"] for r in rows) == 2
    assert {o for r in rows for o in r["matching_outlets"]} == {"was", "okaz"}
    assert store.story_matches(query="اليمن", outlet_country="SAU")["articles"] == 2


def test_cli_search_export_and_stories_take_outlet_country(store, tmp_path):
    db = str(store.path)
    r = CliRunner().invoke(cli, ["search", "اليمن", "--db", db, "--outlet-country", "sau",
                                 "-f", "json"])
    assert r.exit_code == 0 and {x["outlet"] for x in json.loads(r.stdout)} == {"was", "okaz"}
    r = CliRunner().invoke(cli, ["export", "--db", db, "-t", "articles", "--outlet-country",
                                 "QAT", "-f", "jsonl"])
    assert [json.loads(x)["outlet"] for x in r.stdout.splitlines()] == ["aljazeera"]
    r = CliRunner().invoke(cli, ["stories", "--db", db, "-q", "اليمن", "--outlet-country",
                                 "SAU", "--min-size", "1"])
    assert r.exit_code == 0 and "--outlet-country SAU: 2 articles" in r.stderr
    r = CliRunner().invoke(cli, ["search", "اليمن", "--db", db, "--outlet-country", "XXX"])
    assert r.exit_code == 2


def test_api_and_pages_take_outlet_country(store):
    store.cluster_stories()
    c = TestClient(create_app(store.path))
    data = c.get("/api/search", params={"q": "اليمن", "outlet_country": "SAU"}).json()
    assert data["total"] == 2 and {x["outlet"] for x in data["items"]} == {"was", "okaz"}
    assert c.get("/api/articles", params={"outlet_country": "GBR"}).json()["total"] == 1
    stories = c.get("/api/stories", params={"outlet_country": "SAU", "min_size": 1}).json()
    assert stories["matches"]["articles"] == 2
    assert c.get("/api/search", params={"q": "اليمن", "outlet_country": "XXX"}).status_code == 422
    html = c.get("/search", params={"q": "اليمن", "outlet_country": "SAU"}).text
    assert '<option value="SAU" selected>SAU — المصادر: 2، المقالات: 2</option>' in html
    assert 'id="search-count">2 نتيجة' in html
    assert "outlet_country=SAU" in html.split('id="search-stories"')[1].split(">")[0]
    page = c.get("/stories", params={"q": "اليمن", "outlet_country": "SAU", "single": "1"}).text
    assert "2 من المقالات يجدها البحث" in page


def test_events_of_the_outlets_of_a_country(tmp_path):
    from test_store_support import claim_document

    path = tmp_path / "e.db"
    saudi = claim_document(doc_id="s", url="http://x/s")
    saudi.outlet = "was"
    qatari = claim_document(doc_id="q", url="http://x/q", speaker="فرهاد علاء الدين")
    qatari.outlet = "aljazeera"
    with Store(path) as s:
        ids = {"was": s.put(saudi).id, "aljazeera": s.put(qatari).id}
    def cli_rows(*args: str) -> list[int]:
        r = CliRunner().invoke(cli, ["events", "--db", str(path), *args])
        assert r.exit_code == 0, r.output
        return [json.loads(x)["article_id"] for x in r.stdout.splitlines()]
    assert cli_rows("--outlet-country", "SAU") == [ids["was"]]
    assert cli_rows("--outlet-country", "qat", "--type", "RETREAT") == [ids["aljazeera"]]
    assert cli_rows("--outlet", "واس") == [ids["was"]]
    assert sorted(cli_rows()) == sorted(ids.values())
    c = TestClient(create_app(path))
    data = c.get("/api/events", params={"outlet_country": "SAU"}).json()
    assert [e["article_id"] for e in data["items"]] == [ids["was"]] and data["total"] == 1
    assert c.get("/api/events", params={"outlet": "aljazeera"}).json()["total"] == 1
    assert c.get("/api/events", params={"outlet_country": "XXX"}).status_code == 422
    page = c.get("/events", params={"outlet_country": "SAU"}).text
    assert 'id="events-count">(1)' in page and f'href="/articles/{ids["was"]}"' in page
    assert f'href="/articles/{ids["aljazeera"]}"' not in page
    assert 'href="/api/events?format=csv&amp;limit=100000&amp;outlet_country=SAU"' in page
    assert '<option value="SAU" selected>' in page and '<option value="QAT" >' in page
    assert c.get("/map", params={"outlet_country": "QAT"}).status_code == 200
    assert c.get("/events", params={"outlet_country": "XXX"}).status_code == 422
