"""API session 10: an HTML page sent as ``text`` is read as the CLI reads it (its article,
offsets into that), and one limit story — a text is limited in characters, as on the CLI,
and the default body limit lets every such text through, even JSON-escaped."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app
from khabar.api.app import MAX_BODY, body_limit
from khabar.api.content import looks_like_html
from khabar.document import Document
from khabar.pipeline import DEFAULT_MAX_CHARS, Pipeline

KEY = "k-0123456789"
AUTH = {"X-API-Key": KEY}
HTML = {"accept": "text/html"}

SENT1 = ("قال الرئيس الأمريكي باراك أوباما يوم الاثنين إن الاجتماع سيعقد الأسبوع المقبل في "
         "القاهرة لبحث الأوضاع في المنطقة.")
SENT2 = ("وأضاف أن الولايات المتحدة ستواصل دعمها للحل السياسي في سوريا واليمن خلال الأشهر "
         "المقبلة.")
PAGE = ("<!DOCTYPE html>\n<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>عنوان الخبر"
        "</title></head><body><nav><a href=\"/\">الرئيسية</a></nav><article><h1>عنوان الخبر</h1>"
        f"<p>{SENT1}</p><p>{SENT2}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>")


class Bare(Pipeline):
    """The pipeline's checks (limits, dates) without the stages: fast on a 2M-character text."""

    def __init__(self, max_chars: int | None = DEFAULT_MAX_CHARS) -> None:
        super().__init__(["text"], max_chars=max_chars, detect_language=False)

    def run(self, doc: Document) -> Document:
        self.check(doc.text, doc.published)
        return doc


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    app = create_app(tmp_path_factory.mktemp("api10") / "a.db", api_key=KEY)
    yield TestClient(app, raise_server_exceptions=False)
    app.state.backend.close()


def test_html_page_sent_as_text_is_analysed_as_its_article(api):
    r = api.post("/api/analyze", json={"text": PAGE, "published": "2024-09-06"})
    assert r.status_code == 200, r.text
    doc = r.json()
    text = doc["text"]
    assert "<" not in text and "DOCTYPE" not in text and "الرئيسية" not in text
    assert SENT1 in text and SENT2 in text
    assert doc["title"] == "عنوان الخبر"
    names = {e["text"] for e in doc["entities"]}
    assert "باراك أوباما" in names
    for layer in ("entities", "times"):  # every offset points into the returned text
        for span in doc[layer]:
            assert text[span["start"]:span["end"]] == span["text"]


def test_request_fields_win_over_the_page(api):
    r = api.post("/api/analyze", json={"text": PAGE, "title": "عنواني", "published": "2024-09-06"})
    assert r.json()["title"] == "عنواني" and r.json()["published"] == "2024-09-06"


def test_format_text_keeps_the_page_as_written(api):
    r = api.post("/api/analyze", json={"text": PAGE, "format": "text"})
    assert r.status_code == 200
    assert r.json()["text"] == PAGE


def test_format_html_extracts_a_fragment_auto_does_not(api):
    fragment = f"<div><p>{SENT1}</p><p>{SENT2}</p></div>"
    auto = api.post("/api/analyze", json={"text": fragment}).json()
    assert auto["text"] == fragment  # no document head: text as written, as `khabar analyze`
    html = api.post("/api/analyze", json={"text": fragment, "format": "html"}).json()
    assert "<" not in html["text"] and SENT1 in html["text"]


def test_unknown_format_is_422(api):
    r = api.post("/api/analyze", json={"text": "نص", "format": "pdf"})
    assert r.status_code == 422 and r.json()["detail"][0]["field"] == "format"


def test_page_without_article_text_is_422_saying_so(api):
    r = api.post("/api/analyze", json={"text": "<html><head><title>ت</title></head><body></body></html>"})
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] == "invalid_request"
    assert body["detail"][0]["field"] == "text"
    assert "no article text" in body["detail"][0]["message"]
    assert '"format": "text"' in body["detail"][0]["message"]


def test_stored_article_of_a_page_is_its_article_text(api):
    r = api.post("/api/articles", json={"text": PAGE, "published": "2024-09-07",
                                        "url": "https://example.org/page"}, headers=AUTH)
    assert r.status_code == 201, r.text
    stored = api.get(f"/api/articles/{r.json()['id']}").json()
    assert stored["text"].startswith(SENT1) and "<" not in stored["text"]
    assert stored["title"] == "عنوان الخبر"


def test_batch_page_without_text_is_one_error_record_others_stored(api):
    r = api.post("/api/articles/batch", headers=AUTH, json={"articles": [
        {"text": "<!doctype html><html><body></body></html>"},
        {"text": PAGE.replace("الاثنين", "الثلاثاء"), "published": "2024-09-08"}]})
    assert r.status_code == 200, r.text
    res = r.json()
    assert res["errors"] == 1 and res["stored"] == 1
    assert res["results"][0]["error"] == "invalid_request"
    assert res["results"][0]["detail"][0]["type"] == "NoArticleText"
    assert res["results"][1]["status"] == "inserted"


def test_web_form_extracts_a_pasted_page(api):
    r = api.post("/analyze", data={"text": PAGE}, headers=HTML)
    assert r.status_code == 200
    shown = r.text.split("</textarea>", 1)[1]  # the form echoes the input; then the document
    assert "&lt;p&gt;" not in shown and "&lt;!DOCTYPE" not in shown
    assert "باراك أوباما" in shown


def test_looks_like_html_is_the_cli_rule():
    assert looks_like_html("\ufeff  <!doctype HTML><html>")
    assert looks_like_html("<HTML><body>")
    assert not looks_like_html("<p>نص</p>")
    assert not looks_like_html("قال <html> في النص")


# -- limits --------------------------------------------------------------------------------

def test_default_body_fits_the_cli_character_limit_even_json_escaped():
    assert MAX_BODY == body_limit(DEFAULT_MAX_CHARS)
    text = "ب" * DEFAULT_MAX_CHARS
    assert len(json.dumps({"text": text}).encode()) < MAX_BODY  # \\u0628 escapes: 6 bytes each


@pytest.fixture(scope="module")
def bare():
    app = create_app(None, pipeline=Bare())
    return TestClient(app, raise_server_exceptions=False)


def test_api_accepts_a_text_the_cli_accepts(bare):
    text = "ب" * DEFAULT_MAX_CHARS  # the CLI's limit exactly, sent \u-escaped (12 MB)
    body = json.dumps({"text": text})
    r = bare.post("/api/analyze", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text[:300]
    assert len(r.json()["text"]) == DEFAULT_MAX_CHARS


def test_a_text_over_the_character_limit_names_that_limit(bare):
    r = bare.post("/api/analyze", json={"text": "ب" * (DEFAULT_MAX_CHARS + 1)})
    assert r.status_code == 413
    body = r.json()
    assert body["error"] == "document_too_large"
    assert "2,000,000 characters" in body["detail"] and "--max-chars" in body["detail"]


def test_a_body_over_the_body_limit_names_that_limit(tmp_path):
    app = create_app(None, pipeline=Bare(), max_body=5000)
    c = TestClient(app, raise_server_exceptions=False)
    r = c.post("/api/analyze", json={"text": "ب" * 3000})
    assert r.status_code == 413
    assert r.json()["error"] == "payload_too_large"
    assert "5000 bytes" in r.json()["detail"] and "--max-body" in r.json()["detail"]


def test_max_chars_sets_both_limits():
    app = create_app(None, pipeline=None, max_chars=100)
    assert app.state.analyzer.max_chars == 100
    c = TestClient(app, raise_server_exceptions=False)
    r = c.post("/api/analyze", json={"text": "ب " * 60})
    assert r.status_code == 413 and "100 characters" in r.json()["detail"]


def test_batch_record_over_the_character_limit_is_its_own_error(tmp_path):
    app = create_app(tmp_path / "b.db", api_key=KEY, pipeline=Bare(max_chars=50))
    c = TestClient(app, raise_server_exceptions=False)
    r = c.post("/api/articles/batch", headers=AUTH, json={"articles": [
        {"text": "ب" * 51}, {"text": "نص قصير يكفي"}]})
    res = r.json()
    assert res["results"][0]["error"] == "document_too_large"
    assert "50 characters" in res["results"][0]["detail"]
    assert res["results"][1]["status"] == "inserted"
    app.state.backend.close()


def test_web_form_over_the_character_limit_is_an_html_413(tmp_path):
    app = create_app(None, pipeline=Bare(max_chars=50))
    c = TestClient(app, raise_server_exceptions=False)
    r = c.post("/analyze", data={"text": "ب" * 51}, headers=HTML)
    assert r.status_code == 413 and "الحد المسموح به: 50 حرف" in r.text  # Arabic (session 11)
