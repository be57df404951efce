"""Events of what you searched (session 21, ux21c): `khabar events --query Q` and the /events
and /map pages' query box.

ux21b gave `khabar export --query` and `/api/events?q=` one path (`Store.events(query=)`:
search's parser and FTS index). `khabar events` and the /events page had no query filter; now
both take one by the API's q= path, so the rows are the events of exactly the articles
`khabar search Q` finds, combined with the other filters, and the page's links keep q.
"""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from search_helpers import found
from test_store_support import claims_and_texts
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store

PLAIN = {  # key -> text (the text stage only: an article without events)
    "oil": "ارتفعت أسعار النفط في الأسواق العالمية اليوم.",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Two claim documents (one future RETREAT event each, participants USA and IRQ) and a
    plain text that search finds but that holds no event."""
    path = tmp_path_factory.mktemp("ux21cevents") / "q.db"
    return path, claims_and_texts(path, PLAIN)


def _events(path, *args: str, code: int = 0) -> tuple[list[dict], str]:
    r = CliRunner().invoke(cli, ["events", "--db", str(path), *args])
    assert r.exit_code == code, r.output
    return [json.loads(x) for x in r.stdout.splitlines()], r.stderr


def _searched_articles(path, ids, query: str) -> set[int]:
    """The store ids of the articles the store's search finds (search_helpers.found)."""
    with Store(path, readonly=True) as s:
        s.ids = ids  # type: ignore[attr-defined]
        return {ids[k] for k in found(s, query, limit=1000)}


@pytest.mark.parametrize("query", ["السوداني", "فرهاد", "بالعراق", '"الأمم المتحدة"',
                                   "العراق NOT فرهاد", "العراق"])
def test_cli_rows_are_the_events_of_the_articles_search_finds(db, query):
    path, ids = db
    rows, _ = _events(path, "--query", query)
    with Store(path, readonly=True) as s:
        every = {e["article_id"] for e in s.events()}
    assert {r["article_id"] for r in rows} == _searched_articles(path, ids, query) & every


def test_a_query_narrows_and_a_blank_one_is_no_filter(db):
    path, ids = db
    rows, _ = _events(path, "-q", "السوداني")
    assert [r["article_id"] for r in rows] == [ids["sudani"]] and rows[0]["type"] == "RETREAT"
    assert len(_events(path, "-q", "  ")[0]) == len(_events(path)[0]) == 2


def test_a_clitic_form_finds_the_same_events(db):
    path, _ = db
    plain = _events(path, "-q", "السوداني")[0]
    assert plain and _events(path, "-q", "والسوداني")[0] == plain
    assert len(_events(path, "-q", "بالعراق")[0]) == len(_events(path, "-q", "العراق")[0]) == 2


def test_the_query_combines_with_the_other_filters(db):
    path, ids = db
    # «العراق» is the recipient of both events (a linked actor): the query picks one of them
    assert [r["article_id"] for r in _events(path, "-q", "فرهاد", "--actor", "العراق",
                                             "--type", "RETREAT")[0]] == [ids["farhad"]]
    assert len(_events(path, "-q", "العراق", "--country", "USA")[0]) == 2
    rows, err = _events(path, "-q", "السوداني", "--type", "ASSAULT")
    assert rows == [] and "finds 1 stored article(s); none holds an event" in err
    rows, err = _events(path, "-q", "السوداني", "--country", "FRA")
    assert rows == [] and "none holds an event" in err


def test_csv_and_geojson_take_the_query(db):
    path, _ = db
    r = CliRunner().invoke(cli, ["events", "--db", str(path), "-q", "فرهاد", "-f", "csv"])
    assert r.exit_code == 0 and len(r.stdout.strip().splitlines()) == 2  # header + 1 row
    r = CliRunner().invoke(cli, ["events", "--db", str(path), "-q", "فرهاد", "-f", "geojson"])
    assert r.exit_code == 0 and len(json.loads(r.stdout)["features"]) == 1


def test_no_match_is_a_note_and_an_empty_output(db):
    path, _ = db
    rows, err = _events(path, "-q", "زلزال")
    assert rows == [] and "0 events" in err
    assert "no stored article matches --query 'زلزال'" in err
    # an article found but holding no event: no «no article» note, the other one
    rows, err = _events(path, "-q", "النفط")
    assert rows == [] and "no stored article" not in err and "finds 1 stored article(s)" in err
    # a query that finds events: neither note
    assert "note:" not in _events(path, "-q", "فرهاد")[1]


@pytest.mark.parametrize("bad", ["(العراق", "AND", "العراق OR"])
def test_a_refused_query_exits_2_with_searchs_message(db, bad):
    path, _ = db
    r = CliRunner().invoke(cli, ["search", bad, "--db", str(path)])
    assert r.exit_code == 2
    rows, err = _events(path, "-q", bad, code=2)
    assert rows == [] and err.strip() == r.stderr.strip() and err.startswith("error:")


def _ids_on_page(html: str) -> set[int]:
    return {int(m) for m in re.findall(r'href="/articles/(\d+)"', html)}


def _links(html: str, prefix: str) -> list[dict[str, list[str]]]:
    return [parse_qs(urlsplit(unescape(h)).query)
            for h in re.findall(r'href="(' + re.escape(prefix) + r'[^"]*)"', html)]


def test_the_events_page_with_q_shows_only_those_events_and_keeps_q(db):
    path, ids = db
    c = TestClient(create_app(path))
    r = c.get("/events", params={"q": "فرهاد"})
    assert r.status_code == 200 and _ids_on_page(r.text) == {ids["farhad"]}
    assert 'name="q" value="فرهاد"' in r.text and 'id="events-count">(1)' in r.text
    downloads = _links(r.text, "/api/events")
    assert len(downloads) == 5 and all(d["q"] == ["فرهاد"] for d in downloads)  # CSV, CSV for Excel, JSONL, GeoJSON, Parquet (session 23)
    assert [m["q"] for m in _links(r.text, "/map?")] == [["فرهاد"]]
    # each download answers the same events (the API's q= path)
    api = c.get("/api/events", params={"q": "فرهاد"}).json()
    assert {e["article_id"] for e in api["items"]} == {ids["farhad"]}
    # the whole list without q, and a clitic form finds the same page
    assert _ids_on_page(c.get("/events").text) == {ids["sudani"], ids["farhad"]}
    assert _ids_on_page(c.get("/events", params={"q": "وفرهاد"}).text) == {ids["farhad"]}


def test_the_page_keeps_q_in_its_pager_and_actor_links(db):
    path, ids = db
    c = TestClient(create_app(path))
    with Store(path, readonly=True) as s:
        actor = s.entity("العراق")["id"]  # the recipient of both events
    r = c.get("/events", params={"q": "العراق", "offset": "50"})  # past the end: a back link
    back = [p for p in _links(r.text, "?") if "offset" in p]
    assert back and all(p["q"] == ["العراق"] for p in back)
    r = c.get("/events", params={"q": "السوداني", "actor": str(actor)})
    assert _ids_on_page(r.text) == {ids["sudani"]}
    drop = [p for p in _links(r.text, "?") if "actor" not in p]  # «إزالة» the actor, not q
    assert len(drop) == 1 and drop[0]["q"] == ["السوداني"]


def test_the_events_page_says_no_match_and_refuses_a_bad_query(db):
    path, _ = db
    c = TestClient(create_app(path))
    r = c.get("/events", params={"q": "زلزال"})
    assert r.status_code == 200 and not _ids_on_page(r.text) and "لا أحداث" in r.text
    bad = c.get("/events", params={"q": "(العراق"})
    assert bad.status_code == 422 and 'class="error"' in bad.text
    assert 'name="q" value="(العراق"' in bad.text  # the form keeps what to correct
    assert 'class="error"' not in c.get("/events", params={"q": "العراق"}).text


def test_the_map_takes_q_and_links_back_with_it(db):
    path, _ = db
    c = TestClient(create_app(path))
    r = c.get("/map", params={"q": "فرهاد"})
    assert r.status_code == 200 and 'name="q" value="فرهاد"' in r.text
    assert "من 1 حدثاً" in r.text
    assert [t["q"] for t in _links(r.text, "/events?")] == [["فرهاد"]]
    assert all(d["q"] == ["فرهاد"] for d in _links(r.text, "/api/events"))
    assert "من 2 حدثاً" in c.get("/map").text
    assert "من 0 حدثاً" in c.get("/map", params={"q": "زلزال"}).text
    assert c.get("/map", params={"q": "AND"}).status_code == 422
