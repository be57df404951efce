"""Session 8 API, web and CLI checks: an outlet typed in any case or by any of its names
finds its articles, and the filter forms show which outlet the list is filtered by."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document, light_pipeline
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli_app

HTML = {"accept": "text/html"}


@pytest.fixture()
def site(tmp_path):
    app = create_app(tmp_path / "w.db")
    store = app.state.backend.store
    for key, outlet in (("a", "was"), ("b", "okaz"), ("c", "Reuters")):
        store.put(light_pipeline().analyze(f"قال المتحدث {key} إن الاجتماع انتهى.",
                                           url=f"http://o/{key}", published="2015-08-10",
                                           outlet=outlet))
    store.put(claim_document())  # a person actor of IRQ and a claim due 2025-09-30
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c, store
    app.state.backend.close()


def _selected(html: str) -> list[str]:
    return re.findall(r'<option value="([^"]*)" selected>', html)


@pytest.mark.parametrize(("typed", "stored"), [
    ("OKAZ", "okaz"), ("عكاظ", "okaz"), ("SPA", "was"), ("واس", "was"), ("reuters", "Reuters"),
])
def test_api_outlet_filter_takes_any_name(site, typed, stored):
    client, _ = site
    body = client.get("/api/articles", params={"outlet": typed}).json()
    assert [a["outlet"] for a in body["items"]] == [stored]


@pytest.mark.parametrize("path", ["/articles", "/search?q=الاجتماع"])
def test_the_outlet_form_shows_the_outlet_the_list_is_filtered_by(site, path):
    client, _ = site
    sep = "&" if "?" in path else "?"
    html = client.get(f"{path}{sep}outlet=SPA", headers=HTML).text
    assert _selected(html) == ["was"]  # before: no option selected, the form read «all»
    assert "واس — was" in html  # the source key with the outlet's Arabic name
    html = client.get(f"{path}{sep}outlet=nowhere", headers=HTML).text
    assert _selected(html) == ["nowhere"]


def test_article_lists_name_the_outlet_as_readers_know_it(site):
    client, _ = site
    html = client.get("/articles", params={"outlet": "okaz"}, headers=HTML).text
    assert '<span title="okaz">عكاظ</span>' in html


def test_cli_outlet_filter_takes_any_case(site):
    _, store = site
    r = CliRunner().invoke(cli_app, ["search", "الاجتماع", "--outlet", "OKAZ", "--db",
                                     str(store.path), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert "http://o/b" in r.output and "http://o/a" not in r.output


def test_entity_list_page_takes_codes_in_any_case(site):
    # the API took ?label=pers since session 7; the page listed nothing and read «all»
    client, _ = site
    html = client.get("/entities", params={"label": "pers", "country": "irq"}, headers=HTML).text
    assert "محمد السوداني" in html and _selected(html) == ["PERS"]
    assert client.get("/api/entities", params={"label": "Pers"}).json()["items"]


def test_claim_status_takes_any_case(site):
    client, _ = site
    api = client.get("/api/claims", params={"status": "OVERDUE", "as_of": "2026-01-01"})
    assert api.status_code == 200 and len(api.json()["items"]) == 1
    html = client.get("/claims", params={"status": "Overdue", "as_of": "2026-01-01"},
                      headers=HTML)
    assert html.status_code == 200 and _selected(html.text) == ["overdue"]


def test_chart_axis_ticks_are_round_numbers():
    # a story of 199 items a day was drawn with ticks 0, 50, 100, 149, 199
    from khabar.web.charts import timeline_svg

    svg = str(timeline_svg([{"date": "2015-08-10", "mentions": 14, "events": 47,
                             "quotes": 138}]))
    ticks = re.findall(r'text-anchor="end" fill="#777">(\d+)</text>', svg)
    assert ticks == ["0", "50", "100", "150", "200"]
    svg = str(timeline_svg([{"date": "2015-08-10", "mentions": 7}]))
    assert re.findall(r'text-anchor="end" fill="#777">(\d+)</text>', svg) == ["0", "2", "4", "6", "8"]
