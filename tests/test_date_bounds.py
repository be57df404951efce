"""Date filters take a day, a month or a year in the API, the web pages and the CLI alike."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document

from khabar.api import create_app
from khabar.store.dates import bounds_reversed, check_bound

HTML = {"accept": "text/html"}


def test_check_bound_accepts_days_months_and_years_only():
    assert [check_bound(v) for v in ("2015-08-10", "2015-08", "2015", " 2015-08 ")] == [
        "2015-08-10", "2015-08", "2015", "2015-08"]
    for bad in ("2015-13", "2015-02-30", "15-08", "last week", "2015-W32", "2015/2016", ""):
        with pytest.raises(ValueError):
            check_bound(bad)


def test_a_range_is_reversed_only_when_it_ends_before_it_starts():
    assert not bounds_reversed("2015-08", "2015-08-10")  # the month holds that day
    assert not bounds_reversed("2015-08-10", "2015-08")
    assert not bounds_reversed("2015", "2015-01-01")
    assert bounds_reversed("2015-09", "2015-08-31")
    assert bounds_reversed("2016", "2015-12")
    assert not bounds_reversed(None, "2015") and not bounds_reversed("2015", None)


@pytest.fixture()
def client(tmp_path):
    app = create_app(tmp_path / "b.db")
    store = app.state.backend.store
    store.put(claim_document())  # dateline 2024-09-06
    store.put(claim_document(doc_id="c2", url="http://example.org/c2", published="2024-10-02",
                             speaker="علي الشمري"))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.backend.close()


def _total(client, **params) -> int:
    r = client.get("/api/articles", params=params)
    assert r.status_code == 200, r.text
    return r.json()["total"]


def test_api_month_and_year_bounds_cover_every_day(client):
    assert _total(client) == 2
    assert _total(client, since="2024-09", until="2024-09") == 1
    assert _total(client, since="2024-10") == 1
    assert _total(client, until="2024-09") == 1
    assert _total(client, since="2024", until="2024") == 2
    assert _total(client, since="2025") == 0
    r = client.get("/api/articles", params={"since": "2024-13"})
    assert r.status_code == 422 and "YYYY-MM" in r.json()["detail"][0]["message"]
    r = client.get("/api/articles", params={"since": "2024-10", "until": "2024-09"})
    assert r.status_code == 422 and "after until" in r.json()["detail"][0]["message"]


def test_web_pages_take_a_month_bound(client):
    page = client.get("/articles", params={"since": "2024-10", "until": "2024-10"}, headers=HTML)
    assert page.status_code == 200 and 'value="2024-10"' in page.text
    assert re.findall(r'href="/articles/(\d+)"', page.text) == ["2"]  # c2, stored second
    whole = client.get("/articles", params={"since": "2024"}, headers=HTML)
    assert sorted(re.findall(r'href="/articles/(\d+)"', whole.text)) == ["1", "2"]
    bad = client.get("/articles", params={"since": "2024-10", "until": "2024-09"}, headers=HTML)
    assert bad.status_code == 422 and "بعد تاريخ النهاية" in bad.text
