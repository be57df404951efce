"""The web UI's fresh-user pass, session 14 (st14): what a user met in the browser.

- A page past the end (an old link, a typed offset) read «0–6000» beside a link one page
  back into nothing; it now says there is nothing after that position and links to the
  last page with rows (or the first, when the count is not known).
- The search page printed «0 نتيجة · لا نتائج» under a query it refused (an unclosed
  parenthesis) and under a blank query, as if the query had run and found nothing.
- The event type choices count the whole store; beside an actor, a country or dates they
  read as the filtered counts («ASSAULT (637)» over an actor's 2 events): no counts then
  (session 23: they count what the other filters select).
- An outlet filter naming two outlets lists them with their ids isolated for RTL (bdi).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from search_helpers import store_fixture
from server_helpers import serving
from test_store_support import claim_document

from khabar.api import create_app
from khabar.store import Store

TEXTS = {f"a{i}": (f"أعلن الوزير رقم {i} افتتاح المشروع في الرياض.", "2015-08-10",
                   "aljazirah" if i % 2 else "was") for i in range(25)}
store = store_fixture(TEXTS, "web14")


@pytest.fixture(scope="module")
def client(store):
    return TestClient(create_app(store.path))


@pytest.fixture(scope="module")
def events_client(tmp_path_factory):
    path = tmp_path_factory.mktemp("web14ev") / "s.db"
    with Store(path) as s:
        s.put(claim_document())
        s.put(claim_document(doc_id="c2", url="http://example.org/c2", speaker="علي العبيدي"))
        actor = s.entity("محمد السوداني")["id"]
    return TestClient(create_app(path)), actor


def test_a_page_past_the_end_says_so_and_links_to_the_last_page(client):
    html = client.get("/articles", params={"offset": 60}).text
    assert "لا نتائج بعد الموضع 60" in html and "0–60" not in html
    assert 'href="?offset=20">→ آخر صفحة فيها نتائج' in html  # 25 articles: 21–25
    html = client.get("/search", params={"q": "الوزير", "offset": 6000}).text
    assert "لا نتائج بعد الموضع 6000" in html and "offset=20" in html
    last = client.get("/articles", params={"offset": 20}).text
    assert "21–25" in last and "لا نتائج بعد" not in last  # a page with rows: as before


def test_past_the_end_of_a_list_without_a_count_links_to_the_first_page(events_client):
    client, _ = events_client
    html = client.get("/stories", params={"offset": 40}).text  # events: counted (st14b)
    assert "لا نتائج بعد الموضع 40" in html and "→ الصفحة الأولى" in html
    assert 'href="?offset=0"' in html


def test_a_refused_or_blank_query_shows_no_result_count(client):
    refused = client.get("/search", params={"q": "(الوزير"})
    assert refused.status_code == 422 and 'class="error"' in refused.text
    assert "search-count" not in refused.text and "لا نتائج" not in refused.text
    blank = client.get("/search", params={"q": "   "}).text
    assert "search-count" not in blank
    none = client.get("/search", params={"q": "زززقققق"}).text
    assert '<p class="meta" id="search-count">0 نتيجة</p>' in none  # ran, found nothing


def test_type_counts_are_those_of_the_filters(events_client):
    # session 14 showed no counts beside a filter (they counted the whole store: «ASSAULT
    # (637)» over an actor's 2 events); since session 23 they count what the filters select
    client, actor = events_client
    assert ">RETREAT (2)</option>" in client.get("/events").text
    assert ">RETREAT (2)</option>" in client.get("/map").text
    for params, n in (({"actor": actor}, 0), ({"country": "USA"}, 2), ({"since": "2025"}, 2),
                      ({"country": "SAU"}, 0), ({"since": "2030"}, 0)):
        html = client.get("/events", params=params).text
        assert f">RETREAT ({n})</option>" in html and f'id="events-count">({n})' in html, params


CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run"]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
def test_in_the_browser_past_the_end_leads_back_and_the_outlet_note_fits(store):
    from playwright.sync_api import sync_playwright

    with serving(create_app(store.path)) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 900})
        page.goto(f"{base}/articles?offset=600")
        assert page.evaluate("document.documentElement.dir") == "rtl"
        with page.expect_navigation():
            page.click(".pager a")
        assert page.url.endswith("offset=20")
        assert page.locator(".pager span").inner_text() == "21–25"
        page.goto(f"{base}/search?q=%D8%A7%D9%84%D9%88%D8%B2%D9%8A%D8%B1&outlet="
                  "%D8%A7%D9%84%D8%AC%D8%B2%D9%8A%D8%B1%D8%A9")  # الوزير, الجزيرة
        assert page.locator("#search-count").inner_text() == "12 نتيجة"
        ids = page.locator("#outlet-readings bdi[dir=ltr]").all_inner_texts()
        assert "aljazirah" in ids and "aljazeera" in ids
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
        browser.close()


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
def test_an_actor_page_never_scrolls_sideways_on_a_phone(tmp_path):
    # the events and statements tables of an actor page pushed the page 5–59 px sideways
    # at 390 px on the news day (four of its 40 most mentioned actors): they scroll inside
    # their card now, and the one-column layout no longer grows to its widest child
    from playwright.sync_api import sync_playwright

    path = tmp_path / "s.db"
    with Store(path) as s:
        s.put(claim_document())
        iraq = s.entity("العراق")["id"]
        speaker = s.entity("محمد السوداني")["id"]
    with serving(create_app(path)) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 320, "height": 800})
        for actor in (iraq, speaker):
            page.goto(f"{base}/entities/{actor}")
            assert page.locator(".tablewrap table").count() >= 1
            over = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert over <= 0, (actor, over)
        browser.close()


def test_a_text_in_another_language_is_said_in_arabic(client):
    # the analyse page printed the pipeline's English warning under an Arabic UI
    html = client.post("/analyze", data={"text": "The minister said the meeting ended "
                                         "yesterday in Riyadh after long talks."}).text
    assert "لغة النص الإنجليزية، لا العربية" in html
    assert "Arabic extractors skipped</li>" not in html  # the English only in the title
    arabic = client.post("/analyze", data={"text": "قال الوزير إن الاجتماع انتهى أمس."}).text
    assert "لغة النص" not in arabic and 'class="warnings"' not in arabic


def test_a_story_of_one_day_shows_its_day_once(tmp_path):
    # «2015-08-10 → 2015-08-10» under a story's title (the stories list already wrote one
    # day once)
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.put(claim_document(published="2015-08-10"))
        s.put(claim_document(doc_id="c2", url="http://example.org/c2", published="2015-08-10",
                             speaker="علي العبيدي"))
        s.cluster_stories()
        story = s.stories(min_size=1)[0]
    html = TestClient(create_app(path)).get(f"/stories/{story['id']}").text
    assert '<span dir="ltr">2015-08-10</span>' in html and "→ 2015-08-10" not in html
