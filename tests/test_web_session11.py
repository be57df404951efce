"""Web UI, session 11 (fresh-user QA): on a phone-sized screen (390 px) no page scrolls
sideways — the home page's search box (``size="40"``) pushed the page 49 px past the screen
and the search page's 13 px; an English query-syntax error in the right-to-left page reads
in its own direction (``dir="auto"``) instead of with its quotes and parenthesis flipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from server_helpers import serving

from khabar.api import create_app
from khabar.document import Document
from khabar.pipeline import Pipeline

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run"]


class _Bare(Pipeline):
    def __init__(self) -> None:
        super().__init__(["text"], detect_language=False)

    def run(self, doc: Document) -> Document:
        return doc


def test_a_query_error_reads_in_its_own_direction(tmp_path):
    client = TestClient(create_app(tmp_path / "w.db", pipeline=_Bare()),
                        raise_server_exceptions=False)
    r = client.get("/search", params={"q": "(واشنطن"}, headers={"accept": "text/html"})
    assert r.status_code in (200, 422)
    assert 'class="error" role="alert" dir="auto"' in r.text
    assert "قوس مفتوح لم يُغلق" in r.text  # in Arabic since api11 (session 11)


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at "
                    "/usr/bin/chromium (apt-get install chromium)")
def test_no_page_scrolls_sideways_on_a_phone(tmp_path):
    from playwright.sync_api import sync_playwright

    app = create_app(tmp_path / "p.db", pipeline=_Bare())
    app.state.backend.add(_Bare().analyze("قال الوزير إن الاجتماع سيعقد غدا في الرياض.",
                                          published="2015-08-10", title="الاجتماع"))
    try:
        with serving(app) as base:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
                page = browser.new_page(viewport={"width": 390, "height": 800})
                for path in ("/", "/search?q=%D8%A7%D9%84%D9%88%D8%B2%D9%8A%D8%B1", "/analyze",
                             "/articles", "/entities", "/events", "/claims"):
                    page.goto(base + path)
                    overflow = page.evaluate(
                        "document.documentElement.scrollWidth - document.documentElement.clientWidth")
                    assert overflow <= 0, (path, overflow)
                browser.close()
    finally:
        app.state.backend.close()
