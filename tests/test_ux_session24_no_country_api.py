"""The JSON API says what an `outlet_country` filter leaves out (session 24, ux24).

Session 23 (ux23b) put a line on the search, stories, events and map pages, and a note on
stderr of the CLI, counting the stored articles an `outlet_country` filter cannot select (their
outlet has no country in the gazetteer: unknown, or a name several outlets share). The JSON API
answered the same filtered lists without it, so a client could not tell «no Saudi article about
X» from «the outlets of 40 % of the store have no country». Every JSON answer of /api/articles,
/api/search, /api/stories and /api/events with `outlet_country` now carries `no_country`.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app
from khabar.store import Store


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """Four articles: of SPA (SAU), of two blogs the gazetteer does not know (one twice), and
    one without an outlet (never counted: it has no outlet to file)."""
    from test_store_support import claim_document

    path = tmp_path_factory.mktemp("ux24nc") / "s.db"
    with Store(path) as s:
        for i, outlet in enumerate(("was", "myblog", "zblog", "zblog", None)):
            doc = claim_document(doc_id=f"d{i}", url=f"http://x/{i}",
                                 speaker=("حيدر العبادي", "نوري المالكي", "فرهاد علاء الدين",
                                          "هوشيار زيباري", "إياد علاوي")[i])
            doc.outlet = outlet
            s.put(doc)
    return TestClient(create_app(path))


LEFT = {"articles": 3, "outlets": ["zblog", "myblog"]}  # most articles first


@pytest.mark.parametrize("url, params", [
    ("/api/articles", {}), ("/api/search", {"q": "العراق"}),
    ("/api/stories", {"min_size": 1}), ("/api/events", {}),
])
def test_every_list_with_outlet_country_says_what_it_cannot_select(client, url, params):
    r = client.get(url, params={**params, "outlet_country": "sau"})  # any case
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["no_country"] == LEFT, url
    # the filter itself is unchanged: SPA's article alone (these reports form no story)
    selected = body["matches"]["articles"] if url == "/api/stories" else body["total"]
    assert selected == 1, url
    plain = client.get(url, params=params).json()
    assert "no_country" not in plain, url  # no filter, no key
    if url != "/api/stories":
        assert plain["total"] > 1, url


def test_a_store_whose_outlets_all_have_a_country_says_zero(tmp_path):
    from test_store_support import claim_document

    path = tmp_path / "all.db"
    with Store(path) as s:
        doc = claim_document(doc_id="a", url="http://x/a")
        doc.outlet = "okaz"
        s.put(doc)
    c = TestClient(create_app(path))
    body = c.get("/api/articles", params={"outlet_country": "SAU"}).json()
    # present and zero: «nothing left out» is an answer, not a missing key
    assert body["no_country"] == {"articles": 0, "outlets": []} and body["total"] == 1


def test_a_blank_or_unknown_outlet_country(client):
    body = client.get("/api/articles", params={"outlet_country": " "}).json()
    assert "no_country" not in body and body["total"] == 5  # blank: no filter
    r = client.get("/api/events", params={"outlet_country": "XXX"})
    assert r.status_code == 422 and r.json()["detail"][0]["field"] == "query.outlet_country"
