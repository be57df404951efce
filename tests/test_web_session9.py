"""Session 9 QA of the product surfaces: near-duplicate wire copies can be left out of every
list an analyst reads (search, articles, events, map, quotes, claims; API, web, CLI), an
actor's page lists its events and statements once (copies counted, not repeated), names
the actor's kind in Arabic, event dates with a part of the day read as words, and the
claims page says when it shows only the first claims."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document
from typer.testing import CliRunner

import khabar.web.pages as pages
from khabar.api import create_app
from khabar.cli import app as cli_app
from khabar.web.render import when

HTML = {"accept": "text/html"}


def _copy():
    """The claim document again as a wire copy: same layers, a dateline a day later and a
    credit line appended (so another content hash)."""
    doc = claim_document(doc_id="claim2", url="http://example.org/claim2",
                         published="2024-09-07")
    doc.text += " (واس)"
    return doc


@pytest.fixture()
def site(tmp_path):
    app = create_app(tmp_path / "w.db")
    store = app.state.backend.store
    original = store.put(claim_document()).id
    copy = store.put(_copy()).id
    store.conn.execute("UPDATE articles SET dup_of = ? WHERE id = ?", (original, copy))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c, store, tmp_path / "w.db"
    app.state.backend.close()


def _actor(store, label: str) -> int:
    return store.conn.execute("SELECT id FROM actors WHERE label = ?", (label,)).fetchone()[0]


@pytest.mark.parametrize(("path", "params"), [
    ("/api/articles", {}),
    ("/api/search", {"q": "القوات"}),
    ("/api/events", {}),
    ("/api/quotes", {}),
    ("/api/claims", {"as_of": "2024-01-01"}),
])
def test_the_api_leaves_copies_out_on_request(site, path, params):
    client, _, _ = site
    every = client.get(path, params=params).json()["items"]
    originals = client.get(path, params={**params, "originals": "true"}).json()["items"]
    assert len(every) == 2  # the original and its copy
    assert len(originals) == 1  # before: no originals parameter (ignored, 2)


@pytest.mark.parametrize(("path", "needle"), [
    ("/search?q=القوات", "انسحاب القوات"),
    ("/articles?", "انسحاب القوات"),
    ("/claims?as_of=2024-01-01", "ستنسحب"),
])
def test_the_web_lists_leave_copies_out_with_the_box_ticked(site, path, needle):
    client, _, _ = site
    every = client.get(path, headers=HTML).text
    ticked = client.get(f"{path}&originals=1", headers=HTML).text
    assert every.count("/articles/2") >= 1
    assert "/articles/2" not in ticked and "/articles/1" in ticked and needle in ticked
    assert 'name="originals" value="1" checked' in ticked
    assert 'name="originals" value="1" checked' not in every


def test_the_events_page_and_its_downloads_keep_the_originals_filter(site):
    client, store, _ = site
    html = client.get("/events?originals=1", headers=HTML).text
    assert html.count("/articles/1") >= 1 and "/articles/2" not in html
    assert "/api/events?format=csv&amp;limit=100000&amp;originals=true" in html
    assert "/map?originals=true" in html
    rows = client.get("/api/events?format=jsonl&limit=100000&originals=true").text.splitlines()
    assert [json.loads(r)["article_id"] for r in rows] == [1]
    page = client.get("/map?originals=1", headers=HTML).text
    assert "/events?originals=true" in page


def test_an_actors_page_lists_its_statements_once(site):
    client, store, _ = site
    person = _actor(store, "PERS")
    data = client.get(f"/api/entities/{person}").json()
    assert [q["article_id"] for q in data["quotes"]] == [1]  # before: [2, 1]
    assert data["copies"] == {"events": 0, "quotes": 1}
    html = client.get(f"/entities/{person}", headers=HTML).text
    assert "التصريحات (1)" in html and "ولا تُعرض 1 تكرّرها نسخ مكررة" in html
    place = store.conn.execute(
        "SELECT DISTINCT actor_id FROM event_actors WHERE actor_id IS NOT NULL").fetchone()[0]
    data = client.get(f"/api/entities/{place}").json()
    assert len(data["events"]) == 1 and data["copies"]["events"] == 1


def test_an_actors_kind_reads_in_arabic(site):
    client, store, _ = site
    person = _actor(store, "PERS")
    store.conn.execute("UPDATE actors SET kind = 'person' WHERE id = ?", (person,))
    html = client.get(f"/entities/{person}", headers=HTML).text
    assert "person ·" not in html  # before: «person · 2 إشارة …»
    place = _actor(store, "LOC")
    store.conn.execute("UPDATE actors SET kind = 'country' WHERE id = ?", (place,))
    html = client.get(f"/entities/{place}", headers=HTML).text
    assert "دولة ·" in html and "country" not in html


def test_an_event_date_with_a_part_of_the_day_reads_as_words(site):
    client, store, _ = site
    store.conn.execute("UPDATE events SET date = '2025-09-29TEV'")
    html = client.get("/events", headers=HTML).text
    assert '<bdi dir="ltr">2025-09-29</bdi> مساءً' in html and "TEV" not in html


@pytest.mark.parametrize(("value", "shown"), [
    ("2015-08-08TEV", '<bdi dir="ltr">2015-08-08</bdi> مساءً'),
    ("2015-08-08TMO", '<bdi dir="ltr">2015-08-08</bdi> صباحًا'),
    ("2015-08-08TNI", '<bdi dir="ltr">2015-08-08</bdi> ليلًا'),
    ("2015-08-08T14:30", "2015-08-08 14:30"),
    ("2015-08-08", "2015-08-08"), ("2015-W32", "2015-W32"), ("PAST_REF", "PAST_REF"),
    ("2015-08-08TXX", "2015-08-08TXX"), (None, ""),
    ("<b>x</b>TEV", '<bdi dir="ltr">&lt;b&gt;x&lt;/b&gt;</bdi> مساءً'),
])
def test_when(value, shown):
    assert str(when(value)) == shown


def test_the_claims_page_says_when_it_shows_only_the_first(site, monkeypatch):
    client, _, _ = site
    monkeypatch.setattr(pages, "CLAIMS_PAGE", 1)
    html = client.get("/claims?as_of=2024-01-01", headers=HTML).text
    assert "تُعرض أول 1 فقط" in html  # before: 500 rows and no word of the rest
    html = client.get("/claims?as_of=2024-01-01&originals=1", headers=HTML).text
    assert "تُعرض أول" not in html


def test_the_cli_leaves_copies_out_on_request(site):
    _, _, db = site
    runner = CliRunner()
    out = runner.invoke(cli_app, ["events", "--db", str(db), "-f", "json"])
    assert out.exit_code == 0, out.output
    assert "2 events" in out.output
    out = runner.invoke(cli_app, ["events", "--db", str(db), "-f", "json", "--originals"])
    assert out.exit_code == 0 and "1 events" in out.output
    out = runner.invoke(cli_app, ["claims", "--db", str(db), "--as-of", "2024-01-01",
                                  "--originals"])
    assert out.exit_code == 0 and len(json.loads(out.stdout)) == 1


def test_the_map_says_when_it_draws_only_the_newest_events(site, monkeypatch):
    client, _, _ = site
    monkeypatch.setattr(pages, "MAP_LIMIT", 1)
    html = client.get("/map", headers=HTML).text
    assert "تُرسم أحدث 1 حدث فقط" in html  # before: the first 5,000 and no word of the rest
    assert "تُرسم أحدث" not in client.get("/map?originals=1", headers=HTML).text
