"""Outlet filters match the outlet of the record before a name read as in running text
(session 14, st14): ``--outlet الجزيرة`` found nothing in a SaudiNewsNet store, whose Saudi
paper is stored as ``aljazirah`` («الجزيرة السعودية»), because the gazetteer read the bare
name as Qatar's channel. A name now denotes every outlet it names — also an outlet's name
without the adjective of its own country — and the filter matches the stored ones; a name of
several outlets is listed with what the store holds of each, the same in the store, the API,
the pages and the CLI (``khabar.store.outlet_names``)."""

from __future__ import annotations

import orjson
import pytest
from fastapi.testclient import TestClient
from search_helpers import store_fixture
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app
from khabar.store.outlet_names import outlet_keys, outlets_named, readings

TEXTS = {
    "paper1": ("أعلن الأمير افتتاح المعرض في الرياض.", "2015-08-10", "aljazirah"),
    "paper2": ("افتتح الأمير مستشفى جديدا في جدة.", "2015-08-10", "aljazirah"),
    "spa": ("أعلن الأمير عن برنامج جديد للإسكان.", "2015-08-10", "was"),
}
BOTH = {**TEXTS, "channel": ("قالت القناة إن الأمير وصل إلى الدوحة.", "2015-08-10", "aljazeera")}

store = store_fixture(TEXTS, "outlets14")
both = store_fixture(BOTH, "outlets14both")


def _keys(s, **kw) -> set[str]:
    inv = {v: k for k, v in s.ids.items()}
    return {inv[r["id"]] for r in s.list_articles(**kw)}


def test_a_name_denotes_every_outlet_it_names():
    assert [o.id for o in outlets_named("الجزيرة")] == ["aljazeera", "aljazirah"]
    # an outlet's name without its own country's adjective, in any written form
    assert [o.id for o in outlets_named("الجزيرة السعودية")] == ["aljazirah"]
    assert [o.id for o in outlets_named("لصحيفة الجزيرة")] == ["aljazirah"]  # a newspaper
    assert [o.id for o in outlets_named("قناة الجزيرة")] == ["aljazeera"]  # a channel
    assert [o.id for o in outlets_named("aljazirah")] == ["aljazirah"]


def test_names_of_one_outlet_and_generic_words_are_not_ambiguous():
    assert [o.id for o in outlets_named("واس")] == ["spa"]
    assert [o.id for o in outlets_named("SPA")] == ["spa"]
    assert [o.id for o in outlets_named("وكالة الأنباء الألمانية")] == ["dpa"]
    # «وكالة الأنباء» without «الألمانية» is every agency, so it names none of them
    assert outlets_named("وكالة الأنباء") == ()
    assert outlet_keys("Reuters") == {"outlet:reuters"}
    assert outlet_keys("Some Blog") == {"some blog"} and outlet_keys("  ") == frozenset()
    assert readings("واس", {"was": 3}) == []


def test_the_store_matches_the_stored_outlet_a_name_denotes(store):
    assert _keys(store, outlet="الجزيرة") == {"paper1", "paper2"}
    assert _keys(store, outlet="صحيفة الجزيرة") == {"paper1", "paper2"}
    assert _keys(store, outlet="الجزيرة السعودية") == {"paper1", "paper2"}
    assert _keys(store, outlet="قناة الجزيرة") == set()
    assert _keys(store, outlet="aljazeera") == set()
    assert _keys(store, outlet=["الجزيرة", "واس"]) == {"paper1", "paper2", "spa"}
    assert store.search_count("الأمير", outlet="الجزيرة") == 2


def test_a_store_of_both_outlets_matches_both_unless_one_is_named(both):
    assert _keys(both, outlet="الجزيرة") == {"paper1", "paper2", "channel"}
    assert _keys(both, outlet="قناة الجزيرة") == {"channel"}
    assert _keys(both, outlet="aljazirah") == {"paper1", "paper2"}
    found = readings("الجزيرة", {o["outlet"]: o["n"] for o in both.outlets()})
    assert [(r["id"], r["stored"], r["articles"]) for r in found] == [
        ("aljazeera", ["aljazeera"], 1), ("aljazirah", ["aljazirah"], 2)]


def test_the_api_lists_the_readings_of_an_ambiguous_name(store):
    client = TestClient(create_app(store.path))
    body = client.get("/api/articles", params={"outlet": "الجزيرة"}).json()
    assert body["total"] == 2
    assert [(r["id"], r["articles"]) for r in body["outlet_readings"]] == [
        ("aljazeera", 0), ("aljazirah", 2)]
    found = client.get("/api/search", params={"q": "الأمير", "outlet": "الجزيرة"}).json()
    assert found["total"] == 2 and len(found["outlet_readings"]) == 2
    one = client.get("/api/articles", params={"outlet": "صحيفة الجزيرة"}).json()
    assert one["total"] == 2 and "outlet_readings" not in one
    assert "outlet_readings" not in client.get("/api/articles").json()


@pytest.mark.parametrize(("path", "query"), [("/articles", {}), ("/search", {"q": "الأمير"})])
def test_the_pages_select_the_stored_outlet_and_say_the_name_is_ambiguous(store, path, query):
    client = TestClient(create_app(store.path))
    html = client.get(path, params={**query, "outlet": "الجزيرة"}).text
    assert '<option value="aljazirah" selected>' in html
    assert 'id="outlet-readings"' in html and "اسمٌ لأكثر من وسيلة" in html
    assert html.count("/articles/") >= 2
    plain = client.get(path, params={**query, "outlet": "was"}).text
    assert '<option value="was" selected>' in plain and 'id="outlet-readings"' not in plain


def test_a_page_over_both_outlets_keeps_the_typed_name_as_its_choice(both):
    html = TestClient(create_app(both.path)).get("/articles", params={"outlet": "الجزيرة"}).text
    assert '<option value="الجزيرة" selected>' in html and "(3)" in html


def test_the_cli_matches_the_stored_outlet_and_notes_the_readings(store, tmp_path):
    runner = CliRunner()
    out = runner.invoke(app, ["search", "الأمير", "--db", str(store.path), "--outlet",
                              "الجزيرة", "-f", "json"])
    assert out.exit_code == 0, out.output
    assert {r["outlet"] for r in orjson.loads(out.stdout)} == {"aljazirah"}
    assert "names 2 outlets" in out.stderr and "aljazirah (الجزيرة السعودية" in out.stderr
    csv = tmp_path / "a.csv"
    out = runner.invoke(app, ["export", "--db", str(store.path), "-t", "articles", "-f", "csv",
                              "-o", str(csv), "--outlet", "الجزيرة"])
    assert out.exit_code == 0 and "exported 2 articles rows" in out.stderr
    assert "names 2 outlets" in out.stderr
    out = runner.invoke(app, ["search", "الأمير", "--db", str(store.path), "--outlet", "واس"])
    assert out.exit_code == 0 and "names" not in out.stderr
