"""Session 15 (st15): a record naming «الجزيرة» (Qatar's channel and the Saudi paper) with no
URL on a site of either is filed by its text's own credit and dateline, else kept undecided —
under the name, matched by «الجزيرة» and by neither outlet's id (before: the channel's)."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient
from test_store_support import light_pipeline
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store
from khabar.store.filters import outlet_key
from khabar.store.migrations import SCHEMA_VERSION
from khabar.store.outlet_cues import text_outlet
from khabar.store.outlet_names import outlet_keys, outlets_named, readings
from khabar.store.outlet_sites import filed_outlet

NAMED = outlets_named("الجزيرة")
BODY = "أعلنت الوزارة افتتاح المشروع الجديد في المدينة بحضور عدد من المسؤولين. " * 4


def _id(text: str) -> str | None:
    found = text_outlet(NAMED, text)
    return found.id if found else None


@pytest.mark.parametrize("text, outlet", [
    ("الدوحة - الجزيرة نت\n" + BODY, "aljazeera"),              # the dateline's credit
    (BODY + "\nالمصدر : الجزيرة نت", "aljazeera"),              # the closing credit
    ("وقال للجزيرة نت إن الوضع صعب. " + BODY, "aljazeera"),      # after a proclitic
    ("بيروت - قناة الجزيرة\n" + BODY, "aljazeera"),
    ("قال مصدر لصحيفة الجزيرة إن العمل بدأ. " + BODY, "aljazirah"),
    (BODY + "\nجريدة الجزيرة", "aljazirah"),
    ("الرياض - «الجزيرة»:\n" + BODY, "aljazirah"),               # a Saudi dateline
    ("جدة (واس) - " + BODY, "aljazirah"),
    ("الدوحة - " + BODY, "aljazeera"),                           # a Qatari one
    ("الرياض - الجزيرة نت\n" + BODY, "aljazeera"),               # a name form before the place
])
def test_the_text_credit_decides(text, outlet):
    assert _id(text) == outlet


@pytest.mark.parametrize("text", [
    BODY,                                                         # nothing
    "قال في تصريح لـ«الجزيرة» إن المشروع بدأ. " + BODY,          # the bare name says nothing
    BODY + "وقالت قناة الجزيرة إن المشروع بدأ. " + BODY,          # the body: a subject, not a credit
    "قال مصدر لصحيفة الجزيرة إن العمل بدأ. " + BODY + "\nالمصدر : الجزيرة نت",  # two outlets
    "القدس - " + BODY,                                            # a place of neither country
    "الجزيرة - " + BODY,                                          # the name as the dateline
    "",
])
def test_undecided_texts(text):
    assert _id(text) is None


def test_the_url_decides_before_the_text_and_a_name_of_one_outlet_stays():
    credit = "الدوحة - الجزيرة نت\n" + BODY
    assert filed_outlet("الجزيرة", "http://www.al-jazirah.com/2015/x.htm", credit) == "aljazirah"
    assert filed_outlet("الجزيرة", "http://example.org/a", credit) == "aljazeera"
    assert filed_outlet("الجزيرة", None, BODY) == "الجزيرة"
    assert filed_outlet("okaz", None, credit) == "okaz"
    assert filed_outlet("قناة الجزيرة", None, "الرياض - " + BODY) == "قناة الجزيرة"


def test_an_undecided_name_keys_to_neither_outlet():
    assert outlet_key("الجزيرة") == "outlets:aljazeera|aljazirah"
    assert outlet_key("aljazeera") == "outlet:aljazeera"
    assert outlet_key("قناة الجزيرة") == "outlet:aljazeera"
    assert outlet_key("الجزيرة") in outlet_keys("الجزيرة")
    for name in ("aljazeera", "aljazirah", "قناة الجزيرة", "صحيفة الجزيرة", "الجزيرة نت"):
        assert outlet_key("الجزيرة") not in outlet_keys(name), name


def _doc(text: str, url: str | None = None, outlet: str = "الجزيرة"):
    return light_pipeline().analyze(text, url=url, published="2015-08-10", outlet=outlet)


TEXTS = {
    "channel": "الدوحة - الجزيرة نت\nقال مسؤول إن المفاوضات بدأت. " + BODY,
    "paper": "الرياض - «الجزيرة»:\nأعلنت أمانة المنطقة مشروعا. " + BODY,
    "undecided": "قال في تصريح لـ«الجزيرة» إن العمل بدأ. " + BODY,
}


def _outlets(s: Store) -> dict[str, int]:
    return {o["outlet"]: o["n"] for o in s.outlets()}


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        for text in TEXTS.values():
            s.put(_doc(text))
        s.put(_doc("خبر من القناة. " + BODY, url="https://www.aljazeera.net/news/1"))
        yield s


def test_the_store_files_by_the_text_and_keeps_the_undecided(store):
    assert _outlets(store) == {"aljazeera": 2, "aljazirah": 1, "الجزيرة": 1}
    assert store.count(outlet="aljazeera") == 2 and store.count(outlet="قناة الجزيرة") == 2
    assert store.count(outlet="aljazirah") == 1 and store.count(outlet="صحيفة الجزيرة") == 1
    assert store.count(outlet="الجزيرة") == 4  # both outlets and the undecided one
    stored = _outlets(store)
    undecided = [r for r in readings("الجزيرة", stored) if r.get("undecided")]
    assert undecided == [{"id": None, "name": "الجزيرة", "kind": None, "country": None,
                          "stored": ["الجزيرة"], "articles": 1, "undecided": True}]
    assert len(readings("الجزيرة", {"aljazirah": 3})) == 2  # no undecided entry without any


def test_the_migration_refiles_by_the_text(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as s:
        for text in TEXTS.values():
            s.put(_doc(text))
        s.conn.execute("UPDATE articles SET outlet = 'الجزيرة'")  # as schema 10 stored them
        s.conn.execute("PRAGMA user_version = 10")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE outlet = 'الجزيرة'").fetchone() == (3,)
    with Store(path) as s:
        assert s.opened_version == 10
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _outlets(s) == {"aljazeera": 1, "aljazirah": 1, "الجزيرة": 1}
        assert s.get_document(1).outlet == "الجزيرة"  # the document keeps the record's words


def test_the_cli_api_and_pages_name_the_undecided(store):
    path = str(store.path)
    store.close()
    runner = CliRunner()
    done = runner.invoke(cli, ["search", "المشروع", "--outlet", "الجزيرة", "--db", path])
    assert done.exit_code == 0, done.output
    assert "names 2 outlets" in done.output
    assert "1 articles stored as 'الجزيرة' whose record said neither" in done.output
    done = runner.invoke(cli, ["search", "المشروع", "--outlet", "aljazeera", "--db", path])
    assert "whose record said neither" not in done.output
    c = TestClient(create_app(path))
    body = c.get("/api/articles", params={"outlet": "الجزيرة"}).json()
    assert body["total"] == 4
    assert [r["id"] for r in body["outlet_readings"]] == ["aljazeera", "aljazirah", None]
    assert c.get("/api/articles", params={"outlet": "aljazeera"}).json()["total"] == 2
    page = c.get("/articles", params={"outlet": "الجزيرة"}).text
    assert "دون تحديد الوسيلة" in page and "1 مقالاً هنا" in page
    assert 'class="undecided"' in page
    assert 'id="outlet-readings"' not in c.get("/articles", params={"outlet": "aljazirah"}).text
