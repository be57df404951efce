"""A claim followed on the web: the /quotes page (session 24, ux24).

`khabar quotes --says` and `/api/quotes?says=` find the statements by what they say; the web UI
had no list of statements at all (an actor's page lists its own, a story's page its reports'),
so a claim could be followed in the browser only article by article. /quotes («التصريحات» in
the menu) takes what was said, the speaker and an actor the statement names, with dates and
«بلا النسخ المكررة»; it marks the words sought in each statement, says who said them and in
which outlets (and by day over more than one), and links their CSV / JSONL downloads (the
API's, the same filters). News day: «زنجبار» 37 statements from 10 outlets in 0.3 s.
"""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient
from server_helpers import CHROMIUM, served_page
from test_store_support import claim_document
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.document import Via
from khabar.store import Store

SPEAKERS = {"was": ("محمد السوداني", "2024-09-06"), "okaz": ("فرهاد علاء الدين", "2024-09-06"),
            "alriyadh": ("حيدر العبادي", "2024-09-07")}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Three claim documents; Okaz's statement carried by «وكالة الأنباء العراقية»."""
    path = tmp_path_factory.mktemp("ux24qpage") / "q.db"
    with Store(path) as s:
        for i, (outlet, (who, day)) in enumerate(SPEAKERS.items()):
            doc = claim_document(doc_id=f"p{i}", url=f"http://x/p{i}", speaker=who,
                                 published=day)
            doc.outlet = outlet
            if outlet == "okaz":
                doc.quotes[0].via = [Via(name="وكالة الأنباء العراقية", kind="agency")]
            s.put(doc)
    return path


def _text(html: str, id_: str) -> str:
    m = re.search(rf'id="{id_}"[^>]*>(.*?)</(?:p|section)>', html, re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", m.group(1))).split()) if m else ""


def test_the_page_finds_marks_and_counts_what_was_said(db):
    c = TestClient(create_app(db))
    page = c.get("/quotes", params={"says": "ستنسحب بالعراق"}).text
    rows = re.findall(r"<td class=\"qtext\">(.*?)</td>", page, re.S)
    assert len(rows) == 3
    # the words sought, marked where search finds them («بالعراق» is «العراق» in the text)
    assert all('<mark class="hl">ستنسحب</mark>' in r and '<mark class="hl">العراق</mark>' in r
               for r in rows)
    tally = _text(page, "quotes-tally")
    assert tally.startswith("3 تصريحًا") and "حيدر العبادي (1)" in tally
    outlets = _text(page, "quotes-outlets")
    assert sorted(re.findall(r"(\S+) \((\d)\)", outlets)) == [
        ("الرياض", "1"), ("عكاظ", "1"), ("واس", "1")], outlets  # by their Arabic names
    assert "2024-09-06 (2)" in _text(page, "quotes-days") and "2024-09-07 (1)" in _text(
        page, "quotes-days")
    # the downloads carry the same filter, and select what the page lists
    href = re.search(r'href="(/api/quotes\?[^"]*format=csv&amp;limit=100000)"', page).group(1)
    csv_rows = c.get(unescape(href)).text.strip().splitlines()
    assert len(csv_rows) == 4 and "says=" in href
    # in the article, not in what was said: nothing
    empty = c.get("/quotes", params={"says": "الحكومة"}).text
    assert "لا شيء" in empty and 'id="quotes-tally"' not in empty


def test_speaker_about_and_errors(db):
    c = TestClient(create_app(db))
    page = c.get("/quotes", params={"speaker": "فرهاد علاء الدين"}).text
    assert len(re.findall(r'<td class="qtext">', page)) == 1 and "<mark" not in page
    assert len(re.findall(r'<td class="qtext">', c.get("/quotes", params={
        "about": "العراق", "since": "2024-09-07"}).text)) == 1
    bad = c.get("/quotes", params={"says": "العراق OR إيران"})
    assert bad.status_code == 422 and 'role="alert"' in bad.text and "OR" in bad.text
    assert c.get("/quotes", params={"since": "أمس"}).status_code == 422
    everything = c.get("/quotes").text  # no filter: the newest statements, no tally
    assert len(re.findall(r'<td class="qtext">', everything)) == 3
    assert 'id="quotes-tally"' not in everything
    assert '<a href="/quotes">التصريحات</a>' in c.get("/").text  # in the menu


def test_one_outlets_statements(db):
    c = TestClient(create_app(db))
    page = c.get("/quotes", params={"says": "ستنسحب"}).text
    line = re.search(r'id="quotes-outlets">(.*?)</p>', page, re.S).group(1)
    links = dict((unescape(name), unescape(q)) for q, name in
                 re.findall(r'<a href="\?([^"]+)">([^<]+)</a>', line))
    assert sorted(links) == ["الرياض", "عكاظ", "واس"] and "says=" in links["عكاظ"]
    one = c.get("/quotes?" + links["عكاظ"]).text  # the link keeps «what was said»
    assert len(re.findall(r'<td class="qtext">', one)) == 1 and "فرهاد علاء الدين" in one
    assert '<option value="okaz" selected>' in one
    # by any of its names, in the API and on the command line too
    assert [r["outlet"] for r in c.get("/api/quotes", params={"outlet": "واس"}).json()[
        "items"]] == ["was"]
    r = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--outlet", "عكاظ", "--says",
                                 "ستنسحب"])
    assert r.exit_code == 0 and ("--says 'ستنسحب' --outlet 'عكاظ': 1 statements; "
                                 "by speaker: فرهاد علاء الدين 1; by outlet: okaz 1") in r.stderr


def test_what_a_relay_carried(db):
    c = TestClient(create_app(db))
    page = c.get("/quotes", params={"via": "وكالة الأنباء العراقية"}).text
    assert len(re.findall(r'<td class="qtext">', page)) == 1 and "فرهاد علاء الدين" in page
    assert _text(page, "quotes-tally").startswith("1 تصريحًا")
    assert "via=" in re.search(r'id="quotes-download">(.*?)</p>', page, re.S).group(1)


def test_an_actors_page_leads_to_its_statements_on_the_quotes_page(db):
    c = TestClient(create_app(db))
    with Store(db) as s:
        iraq, farhad = s.entity("العراق")["id"], s.entity("فرهاد علاء الدين")["id"]
    page = c.get(f"/entities/{farhad}").text
    assert f'<a href="/quotes?speaker={farhad}">' in page
    listed = c.get("/quotes", params={"speaker": farhad}).text
    assert len(re.findall(r'<td class="qtext">', listed)) == 1
    about = c.get(f"/entities/{iraq}").text
    assert f'<a href="/quotes?about={iraq}" id="about-search">' in about
    assert _text(c.get("/quotes", params={"about": iraq}).text, "quotes-tally").startswith(
        "3 تصريحًا")  # every statement that names Iraq, as /api/quotes?about= lists them
    assert len(c.get("/api/quotes", params={"about": iraq}).json()["items"]) == 3


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_chromium_follows_a_claim_on_a_phone(db):
    with served_page(create_app(db), viewport={"width": 390, "height": 844}) as (base, page):
        page.goto(f"{base}/")
        page.click('a[href="/quotes"]')
        page.fill("input[name=says]", '"القوات الأمريكية"')
        page.fill("input[name=speaker]", "حيدر العبادي")
        page.click("#quotes-form button[type=submit]")
        page.wait_for_url("**says=**")
        assert page.locator("#quotes-table tbody tr").count() == 1
        assert page.locator("#quotes-table mark").all_inner_texts() == ["القوات", "الأمريكية"]
        assert "الرياض (1)" in page.locator("#quotes-outlets").inner_text()
        # no sideways scroll on a phone
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
