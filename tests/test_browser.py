"""End-to-end in real headless Chromium (Debian's /usr/bin/chromium via Playwright).

A uvicorn server on a free 127.0.0.1 port serves a temp store; the test ingests the
example article through the API, opens its page, checks the highlights and the RTL
direction, clicks a highlight for its popover, runs a search, and saves screenshots to
``test-artifacts/browser`` (git-ignored; CI keeps them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from server_helpers import serving
from test_web_highlight import EXAMPLE, hostile_doc

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at "
                       "/usr/bin/chromium (apt-get install chromium); .ci/run installs it"),
]
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "browser"
KEY = "browser-test-key"



@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import httpx

    from khabar.api import create_app

    app = create_app(tmp_path_factory.mktemp("browser") / "b.db", api_key=KEY)
    with serving(app) as base:
        r = httpx.post(f"{base}/api/articles", headers={"Authorization": f"Bearer {KEY}"},
                       json={"text": EXAMPLE.read_text(encoding="utf-8"),
                             "published": "2024-09-06",
                             "title": "وول ستريت جورنال تكشف خطوات الانسحاب الأمريكي من العراق"},
                       timeout=60)
        assert r.status_code == 201, r.text
        article_id = r.json()["id"]
        stored = httpx.get(f"{base}/api/articles/{article_id}", timeout=30).json()
        hostile_id = app.state.backend.add(hostile_doc())["id"]  # hand-made layers + <script>
        yield {"base": base, "id": article_id, "doc": stored, "hostile": hostile_id}
    app.state.backend.close()


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        dialogs: list[str] = []
        pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        pg.dialogs = dialogs
        yield pg
        browser.close()


LAYER_OF_KIND = {"ent": "entities", "time": "times", "qty": "quantities", "ev": "events",
                 "quote": "quotes"}


def test_article_page_highlights_and_rtl(server, page):
    page.goto(f"{server['base']}/articles/{server['id']}")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.evaluate(
        "getComputedStyle(document.getElementById('article-text')).direction") == "rtl"
    doc = server["doc"]
    # every annotation of the stored document is drawn (an element may be split in pieces)
    total = 0
    for kind, layer in LAYER_OF_KIND.items():
        drawn = page.evaluate(
            "k => new Set([...document.querySelectorAll('#article-text [data-kind=\"' + k + '\"]')]"
            ".map(e => e.dataset.ann)).size", kind)
        assert drawn == len(doc[layer]), (kind, drawn, len(doc[layer]))
        total += drawn
    assert total > 0, "the pipeline found nothing to highlight in the example article"
    # each highlight carries its normalised values
    marks = page.locator("#article-text .hl")
    for i in range(min(marks.count(), 20)):
        m = marks.nth(i)
        assert m.get_attribute("title") and m.get_attribute("data-info") not in (None, "{}")
    types = {e["id"]: e["type"] for e in doc["events"]}
    evs = page.locator("#article-text .hl-ev")
    for i in range(min(evs.count(), 10)):
        ev = evs.nth(i)
        assert types[ev.get_attribute("data-ann")] in ev.get_attribute("title")
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)


def test_popover_and_escaping_in_browser(server, page):
    page.goto(f"{server['base']}/articles/{server['hostile']}")
    assert page.dialogs == []  # no alert() from the article's <script> text
    assert page.evaluate("document.querySelectorAll('#article-text script, #article-text b')"
                         ".length") == 0
    assert "<script>alert(1)</script>" in page.inner_text("#article-text")
    time_mark = page.locator("#article-text .hl-time").first
    time_mark.click()
    pop = page.locator(".popover")
    pop.wait_for(state="visible", timeout=5000)
    assert "<i>2024</i>" in pop.inner_text()  # shown as text, not markup
    assert page.evaluate("document.querySelectorAll('.popover i').length") == 0
    page.screenshot(path=str(ARTIFACTS / "popover.png"))
    page.keyboard.press("Escape")
    assert page.locator(".popover").count() == 0
    person = page.locator("#article-text .hl-ent-PERS").first
    assert person.get_attribute("data-kind") == "ent" and "PERS" in person.get_attribute("title")


def test_search(server, page):
    page.goto(f"{server['base']}/search")
    page.fill("input[name=q]", "واشنطن")
    page.click("form[role=search] button[type=submit]")
    page.wait_for_selector(".results")
    assert page.locator(".results li h3 a").count() == 1
    assert page.locator(".snippet mark").first.inner_text() in ("واشنطن", "وواشنطن")
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    page.locator(".results li h3 a").first.click()
    page.wait_for_selector("#article-text")
    assert page.url.endswith(f"/articles/{server['id']}")
