"""Web pages: every page renders right-to-left, nothing is fetched from elsewhere, and no
article content becomes markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_web_highlight import HOSTILE, example_doc, hostile_doc, parse

from khabar.api import create_app
from khabar.web.charts import timeline_svg
from khabar.web.worldmap import world_svg

HTML = {"accept": "text/html"}
STATIC = Path(__file__).resolve().parents[1] / "src" / "khabar" / "web" / "static"
TEMPLATES = STATIC.parent / "templates"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    app = create_app(tmp_path_factory.mktemp("web") / "w.db", api_key="k")
    b = app.state.backend
    doc = example_doc()
    doc.outlet = "صحيفة"
    doc.url = "https://example.org/a"
    ids = {"example": b.add(doc)["id"]}
    bad = hostile_doc()
    bad.url = "javascript:alert(3)"
    bad.outlet = "<b>outlet</b>"
    ids["hostile"] = b.add(bad)["id"]
    copy = example_doc()  # the same wire story in another outlet, one sentence longer
    copy.id, copy.outlet, copy.url = "copy", "وكالة أخرى", "https://example.org/b"
    copy.text += "\n\nوأضاف المصدر أن التفاصيل ستعلن لاحقاً."
    ids["copy"] = b.add(copy)["id"]
    b.store.dedupe()
    b.store.cluster_stories()
    yield TestClient(app, raise_server_exceptions=False), ids
    b.close()


PAGES = ["/", "/articles", "/articles/{example}", "/articles/{hostile}", "/search?q=العراق",
         "/search?q=واشنطن+AND+بغداد", "/search?q=العراق&order=date", "/search", "/entities", "/entities?label=LOC&country=IRQ", "/entities/1",
         "/entities/أربيل", "/stories", "/stories/1", "/stories/2", "/events", "/events?type=RETREAT&country=USA", "/map",
         "/claims", "/claims?status=overdue&as_of=2030-01-01", "/analyze"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_rtl(site, path):
    client, ids = site
    r = client.get(path.format(**ids), headers=HTML)
    assert r.status_code == 200, r.text[:500]
    assert '<html lang="ar" dir="rtl">' in r.text
    # no external resource: every src/href is relative, except the article's own source link
    for tag, url in re.findall(r'<(script|link|img|iframe)[^>]*(?:src|href)="([^"]*)"', r.text):
        assert url.startswith("/"), (tag, url)


def test_article_page_highlights_and_panel(site):
    client, ids = site
    html = client.get(f"/articles/{ids['example']}", headers=HTML).text
    body = html[html.index('id="article-text"'):html.index("</article>")]
    for cls in ("hl-ent-PERS", "hl-ent-LOC", "hl-time", "hl-qty", "hl-quote", "hl-ev"):
        assert cls in body
    assert 'title="النوع: DATE · القيمة: 2025-09' in body
    assert "مسؤول كبير في الإدارة الأميركية ← وول ستريت جورنال" in html  # quote chain
    assert "RETREAT" in html and 'href="https://example.org/a"' in html
    assert 'href="/entities/%D8%A3%D8%B1%D8%A8%D9%8A%D9%84"' in html  # أربيل → actor page


def test_entity_names_with_a_slash_link_to_their_page(tmp_path):
    from urllib.parse import quote

    app = create_app(tmp_path / "s.db", api_key="k")
    doc = example_doc()
    name = "أربيل/هولير"  # a canonical name holding "/": its link must still resolve
    for e in doc.entities:
        if e.canonical == "أربيل":
            e.canonical = name
    article = app.state.backend.add(doc)["id"]
    c = TestClient(app, raise_server_exceptions=False)
    html = c.get(f"/articles/{article}", headers=HTML).text
    href = "/entities/" + quote(name, safe="")
    assert f'href="{href}"' in html
    r = c.get(href, headers=HTML)
    assert r.status_code == 200 and name in r.text
    assert c.get("/api" + href).json()["name"] == name
    assert c.get("/entities/" + quote("لا/يوجد", safe=""), headers=HTML).status_code == 404
    app.state.backend.close()


def test_article_page_links_copies_of_the_same_story(site):
    client, ids = site
    html = client.get(f"/articles/{ids['example']}", headers=HTML).text
    assert "نسخ أخرى من الخبر نفسه" in html or "تقارير أخرى في القصة" in html
    assert f'href="/articles/{ids["copy"]}"' in html


def test_hostile_content_is_escaped_everywhere(site):
    client, ids = site
    for path in (f"/articles/{ids['hostile']}", "/search?q=بغداد", "/articles", "/entities",
                 "/events"):
        html = client.get(path, headers=HTML).text
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "<b>outlet" not in html and "<b onmouseover" not in html
        assert "javascript:" not in html
    html = client.get(f"/articles/{ids['hostile']}", headers=HTML).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    start = html.index('id="article-text"')
    text = html[html.index(">", start) + 1:html.index("</div>", start)]
    assert "".join(parse(text).text) == HOSTILE


def test_analyze_form_renders_and_escapes(site):
    client, _ = site
    r = client.post("/analyze", data={"text": HOSTILE, "published": "2024-09-06",
                                      "outlet": "x", "title": "<i>t</i>"}, headers=HTML)
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "&lt;i&gt;t&lt;/i&gt;" in r.text
    assert 'id="article-text"' in r.text
    assert "&#34;published&#34;: &#34;2024-09-06&#34;" in r.text  # the JSON, escaped
    r = client.post("/analyze", data={"text": "نص", "published": "yesterday"}, headers=HTML)
    assert r.status_code == 422 and "YYYY-MM-DD" in r.text
    r = client.post("/analyze", data={"text": ""}, headers=HTML)
    assert r.status_code == 422


def test_html_errors(site):
    client, _ = site
    r = client.get("/articles/999999", headers=HTML)
    assert r.status_code == 404 and 'dir="rtl"' in r.text
    r = client.get("/events?since=bad", headers=HTML)
    assert r.status_code == 422 and "Traceback" not in r.text


def test_oversize_form_is_an_html_413_stating_the_limit(tmp_path):
    app = create_app(tmp_path / "s.db", api_key="k", max_body=1000)
    c = TestClient(app, raise_server_exceptions=False)
    browser = {"accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    r = c.post("/analyze", data={"text": "ا" * 2000}, headers=browser)  # Content-Length
    assert r.status_code == 413 and r.headers["content-type"].startswith("text/html")
    assert 'dir="rtl"' in r.text and "1000 بايت" in r.text and 'href="/analyze"' in r.text
    assert "content-security-policy" in r.headers

    def chunks():  # no Content-Length: cut off while the form streams in
        yield b"text="
        for _ in range(50):
            yield b"x" * 100

    r = c.post("/analyze", content=chunks(),
               headers={**browser, "content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413 and r.headers["content-type"].startswith("text/html")
    assert "1000 بايت" in r.text
    # the JSON API keeps JSON, whatever the client accepts
    r = c.post("/api/analyze", json={"text": "ا" * 2000}, headers=browser)
    assert r.status_code == 413 and r.json()["error"] == "payload_too_large"
    r = c.post("/analyze", data={"text": "ا" * 2000})  # a script not asking for HTML
    assert r.status_code == 413 and r.json()["error"] == "payload_too_large"
    assert c.post("/analyze", data={"text": "نص قصير"}, headers=browser).status_code == 200
    app.state.backend.close()


def test_search_marks_hits(site):
    client, _ = site
    html = client.get("/search?q=واشنطن", headers=HTML).text
    assert re.search(r'<p class="snippet"[^>]*>.*<mark>واشنطن</mark>', html)


def test_search_marks_suffixed_forms_unless_quoted(tmp_path):
    from test_store_support import light_pipeline

    app = create_app(tmp_path / "s.db", api_key="k")
    doc = light_pipeline().analyze("أعلن الجيش أن لقواتها المتمركزة هناك مهمة جديدة.",
                                   url="http://x/1", published="2024-09-01")
    app.state.backend.add(doc)
    c = TestClient(app)
    html = c.get("/search?q=قوات", headers=HTML).text
    assert "<mark>لقواتها</mark> المتمركزة" in html
    html = c.get('/search?q="قوات" OR المتمركزة', headers=HTML).text
    assert "لقواتها <mark>المتمركزة</mark>" in html
    app.state.backend.close()


def test_static_assets_fetch_nothing():
    css = (STATIC / "khabar.css").read_text()
    js = (STATIC / "khabar.js").read_text()
    assert "@import" not in css and "url(" not in css and "@font-face" not in css
    assert "Noto Naskh Arabic" in css
    assert "http" not in js and "innerHTML" not in js and "fetch(" not in js
    for t in TEMPLATES.glob("*.html"):
        src = t.read_text()
        assert not re.search(r"\|\s*safe\b", src), t.name  # nothing bypasses autoescaping
        assert not re.search(r'(src|href)="https?:', src), t.name


def test_svg_helpers_escape_labels():
    svg = str(timeline_svg([{"date": "2024-09-06", "mentions": 3, "events": 1, "quotes": 2},
                            {"date": "2024-09-09", "mentions": 1}]))
    assert svg.startswith("<svg") and svg.count("<rect") >= 4
    assert "2024-09-06" in svg
    assert "لا بيانات" in str(timeline_svg([]))
    m = str(world_svg([{"lat": 33.3, "lon": 44.4, "n": 2, "label": "<b>بغداد</b>"},
                       {"lat": None, "lon": 1, "n": 1}]))
    assert m.count("<circle") == 1 and "&lt;b&gt;بغداد" in m and 'class="land"' in m


def test_mark_words_marks_whole_words_and_escapes():
    from khabar.web.render import mark_words

    html = str(mark_words("رئيس الوزراء العراقي في العراق <b>عراق</b>", ["عراق", "العراق"]))
    assert html == ("رئيس الوزراء العراقي في <mark>العراق</mark> &lt;b&gt;<mark>عراق</mark>"
                    "&lt;/b&gt;")


def test_events_known_only_by_country_are_drawn_at_the_capital():
    from khabar.web.worldmap import capital_point

    lat, lon = capital_point("USA")
    assert abs(lat - 38.9) < 0.2 and abs(lon + 77.0) < 0.2  # Washington DC, not Utah
    assert capital_point("irq") is not None and capital_point("XXX") is None
    svg = str(world_svg([{"lat": lat, "lon": lon, "n": 1, "approx": True, "label": "USA"}]))
    assert 'class="ev approx"' in svg


def test_security_headers_and_offline_api_docs(site):
    client, _ = site
    r = client.get("/", headers=HTML)
    csp = r.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "default-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/api/docs/assets/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert client.get("/api/docs/assets/swagger-ui.css").status_code == 200
    spec = client.get("/api/openapi.json").json()
    assert {"APIKeyHeader", "HTTPBearer"} <= set(spec["components"]["securitySchemes"])


def test_page_crash_is_an_html_500_with_id_and_no_trace(site, monkeypatch):
    client, ids = site
    app = client.app

    def boom(*a, **k):
        raise RuntimeError("secret page detail")

    monkeypatch.setattr(app.state.backend, "article", boom)
    r = client.get(f"/articles/{ids['example']}", headers=HTML)
    assert r.status_code == 500 and 'dir="rtl"' in r.text
    assert "secret page detail" not in r.text and "Traceback" not in r.text
    assert re.search(r'<code dir="ltr">[0-9a-f]{12}</code>', r.text)


def test_day_of_places_months_and_weeks():
    from khabar.web.charts import day_of

    assert day_of("2024-09-06") == "2024-09-06"
    assert day_of("2024-09-06T10:00") == "2024-09-06"
    assert day_of("2025-09") == "2025-09-01"
    assert day_of("2024-W37") == "2024-09-09"
    for vague in ("2024", "PAST_REF", "P6M", "", None, "2024-13", "2024-W60"):
        assert day_of(vague) is None


def test_entities_page_pages_past_the_first_hundred(site, monkeypatch):
    import khabar.web.pages as pages

    client, _ = site
    monkeypatch.setattr(pages, "ACTORS_PAGE", 3)
    first = client.get("/entities", headers=HTML).text
    assert "التالي" in first and 'href="?offset=3"' in first
    second = client.get("/entities", params={"offset": 3}, headers=HTML).text
    names = lambda page: re.findall(r'<a href="/entities/\d+">([^<]+)</a>', page)  # noqa: E731
    assert len(names(first)) == 3 and names(second) and not set(names(first)) & set(names(second))
    assert "السابق" in second


def test_entity_page_lists_names_as_written_not_match_keys(site):
    """The actor's aliases are normalised keys (ة → ه, أ → ا); the page shows the names
    as the articles write them, with their mention counts."""
    client, _ = site
    api = client.get("/api/entities/الولايات المتحدة").json()
    assert "الولايات المتحده" in {a["alias"] for a in api["aliases"]}  # the key
    names = {n["name"]: n["n"] for n in api["names"]}
    assert names.get("الولايات المتحدة", 0) >= 1 and "الولايات المتحده" not in names
    html = client.get(f"/entities/{api['id']}", headers=HTML).text
    meta = html.split("الأسماء:", 1)[1].split("</p>", 1)[0]
    assert "الولايات المتحدة" in meta and "الولايات المتحده" not in meta
