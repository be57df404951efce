"""One outlet on the events and map pages, and what «بلد المصدر» leaves out (session 23, ux23b).

ux23's walk left two frictions: `khabar events --outlet` and `/api/events?outlet=` select the
events of one outlet, but the /events and /map pages had no outlet choice (only the outlets of
a country); and an outlet the gazetteer does not know has no country, so `outlet_country`
silently could not select its articles. The pages now take `outlet=` (a «المصدر» choice, kept
in their download and map links, by any name of the outlet as the API reads it), and wherever
an `outlet_country` filter is used (search, stories, events, map pages; khabar search, export,
stories, events) one line says how many stored articles it cannot select and of which outlets.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store
from khabar.store.filters import without_country


@pytest.fixture(scope="module")
def events_store(tmp_path_factory):
    """Three articles with one event each: of SPA (SAU), Al Jazeera (QAT) and a blog the
    gazetteer does not know, and one without an outlet."""
    from test_store_support import claim_document

    path = tmp_path_factory.mktemp("ux23b") / "e.db"
    docs = {"was": claim_document(doc_id="s", url="http://x/s"),
            "aljazeera": claim_document(doc_id="q", url="http://x/q", speaker="فرهاد علاء الدين"),
            "myblog": claim_document(doc_id="b", url="http://x/b", speaker="نوري المالكي")}
    ids = {}
    with Store(path) as s:
        for outlet, doc in docs.items():
            doc.outlet = outlet
            ids[outlet] = s.put(doc).id
        bare = claim_document(doc_id="n", url="http://x/n", speaker="حيدر العبادي")
        bare.outlet = None
        ids[None] = s.put(bare).id
    return path, ids


def test_without_country_counts_the_outlets_the_gazetteer_files_nowhere():
    rows = [{"outlet": "was", "n": 5}, {"outlet": "myblog", "n": 2}, {"outlet": None, "n": 3},
            {"outlet": "الجزيرة", "n": 4}, {"outlet": "okaz", "n": 1}, {"outlet": "zblog", "n": 2}]
    # unknown outlets and a name two outlets share; not the articles without an outlet
    assert without_country(rows) == {"articles": 8, "outlets": ["الجزيرة", "myblog", "zblog"]}
    assert without_country([{"outlet": "was", "n": 5}]) == {"articles": 0, "outlets": []}


def test_events_and_map_pages_take_one_outlet(events_store):
    path, ids = events_store
    c = TestClient(create_app(path))
    page = c.get("/events", params={"outlet": "واس"}).text  # by its Arabic name
    assert 'id="events-count">(1)' in page and f'href="/articles/{ids["was"]}"' in page
    assert f'href="/articles/{ids["myblog"]}"' not in page
    assert '<option value="was" selected>' in page and '<option value="myblog" >' in page
    kept = f"outlet={quote('واس')}"
    assert f'href="/api/events?format=csv&amp;limit=100000&amp;{kept}"' in page
    assert f'href="/map?{kept}"' in page
    assert c.get(f"/api/events?{kept}").json()["total"] == 1  # the link selects what the page shows
    assert 'id="events-count">(1)' in c.get("/events", params={"outlet": "myblog"}).text
    assert 'id="events-count">(4)' in c.get("/events").text
    # an outlet with the outlets of a country: both hold (Al Jazeera is no Saudi outlet)
    assert 'id="events-count">(0)' in c.get("/events", params={"outlet": "aljazeera",
                                                                "outlet_country": "SAU"}).text
    m = c.get("/map", params={"outlet": "aljazeera"}).text
    assert "من 1 حدثاً" in m and '<option value="aljazeera" selected>' in m
    assert 'href="/events?outlet=aljazeera"' in m


def test_pages_say_what_outlet_country_leaves_out(events_store):
    path, _ = events_store
    c = TestClient(create_app(path))
    line = "لا يختار «بلد المصدر» 1 من مقالات المخزن"
    for url, params in (("/events", {}), ("/map", {}), ("/search", {"q": "العراق"}),
                        ("/stories", {"single": "1"})):
        html = c.get(url, params={**params, "outlet_country": "SAU"}).text
        assert 'id="no-country"' in html and line in html, url
        assert "(1: <bdi dir=\"ltr\">myblog</bdi>)" in html, url
        assert 'id="no-country"' not in c.get(url, params=params).text, url  # no filter, no line


def test_cli_says_what_outlet_country_leaves_out(events_store):
    path, ids = events_store
    db = str(path)
    note = ("note: --outlet-country cannot select 1 stored article(s): the gazetteer gives "
            "their 1 outlet(s) no country (myblog)")
    for args in (["events", "--outlet-country", "SAU"],
                 ["search", "العراق", "--outlet-country", "SAU"],
                 ["export", "-t", "articles", "--outlet-country", "SAU"],
                 ["stories", "--outlet-country", "SAU", "--min-size", "1"]):
        r = CliRunner().invoke(cli, [*args, "--db", db])
        assert r.exit_code == 0 and note in r.stderr, (args, r.stderr)
        r = CliRunner().invoke(cli, [a for a in args if a not in ("--outlet-country", "SAU")]
                               + ["--db", db])
        assert r.exit_code == 0 and "--outlet-country cannot" not in r.stderr, args
    r = CliRunner().invoke(cli, ["events", "--outlet-country", "SAU", "--db", db])
    assert [json.loads(x)["article_id"] for x in r.stdout.splitlines()] == [ids["was"]]
