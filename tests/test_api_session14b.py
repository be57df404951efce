"""Event lists carry their count (session 14, st14b).

The articles and search lists show how many rows their filters select; the events page and
``/api/events`` said nothing (``total`` null while more pages followed). The store now
counts events with the filters of the list itself (``Store.event_count``, one WHERE clause
for both), so the page heads its table with the count and pages like the articles page
(«21–25», a page past the end links back to the last page with rows), and the API answers
the same ``total`` for every page, past the end too.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document

from khabar.api import create_app
from khabar.store import Store

NAMES = ("سالم", "خالد", "فهد", "ناصر", "سعد", "ماجد", "بدر", "طلال", "زياد", "حمد",
         "راشد", "عادل", "وليد", "هاني", "جمال", "كمال", "منير", "رامي", "سامي", "نبيل",
         "عماد", "فادي", "مازن", "باسم", "حسام")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = tmp_path_factory.mktemp("api14b") / "s.db"
    with Store(path) as s:
        for i, name in enumerate(NAMES):  # one RETREAT event each, 25 in all
            s.put(claim_document(doc_id=f"c{i}", url=f"http://example.org/c{i}",
                                 speaker=f"محمد {name}",
                                 published="2024-09-06" if i < 20 else "2024-09-07"))
        actor = s.entity("محمد سالم")["id"]
    return TestClient(create_app(path)), path, actor


FILTERS = [{}, {"type": "RETREAT"}, {"type": "ASSAULT"}, {"country": "USA"},
           {"country": "FRA"}, {"event_from": "2025-09-01", "event_to": "2025-09-30"},
           {"event_to": "2024"}, {"date_from": "2024-09-07"}, {"originals_only": True}]


@pytest.mark.parametrize("kw", FILTERS)
def test_the_count_is_the_length_of_the_whole_list(site, kw):
    _, path, _ = site
    with Store(path) as s:
        assert s.event_count(**kw) == len(s.events(limit=10_000, **kw))


def test_counts_with_and_without_rows(site):
    _, path, actor = site
    with Store(path) as s:
        assert s.event_count() == 25 and s.event_count(type="RETREAT") == 25
        assert s.event_count(type="ASSAULT") == 0 and s.event_count(country="FRA") == 0
        assert s.event_count(actor=actor) == 0  # the speaker is no party of the retreat
        assert s.event_count(date_from="2024-09-07") == 5  # by the articles' datelines
        assert s.event_count(event_to="2024") == 0  # the events are of 2025-09


def test_the_api_answers_the_total_on_every_page(site):
    client, _, _ = site
    first = client.get("/api/events", params={"limit": 10}).json()
    assert (first["total"], first["has_more"], len(first["items"])) == (25, True, 10)
    last = client.get("/api/events", params={"limit": 10, "offset": 20}).json()
    assert (last["total"], last["has_more"], len(last["items"])) == (25, False, 5)
    past = client.get("/api/events", params={"offset": 100}).json()
    assert (past["total"], past["has_more"], past["items"]) == (25, False, [])
    none = client.get("/api/events", params={"type": "ASSAULT"}).json()
    assert (none["total"], none["has_more"], none["items"]) == (0, False, [])
    # the other uncounted lists keep their null total while pages follow
    assert client.get("/api/entities", params={"limit": 1}).json()["total"] is None


def test_the_events_page_shows_the_count_and_pages_like_the_articles(site):
    client, _, _ = site
    html = client.get("/events").text
    assert '<small class="meta" id="events-count">(25)</small>' in html
    assert "1–20" in html and "offset=20" in html and "التالي" in html
    last = client.get("/events", params={"offset": 20}).text
    assert "21–25" in last and "التالي" not in last and "(25)" in last
    past = client.get("/events", params={"offset": 60}).text
    assert "لا نتائج بعد الموضع 60" in past and "آخر صفحة فيها نتائج" in past
    assert 'offset=20">→' in past
    typed = client.get("/events", params={"type": "ASSAULT"}).text
    assert 'id="events-count">(0)</small>' in typed and "لا أحداث" in typed
    dated = client.get("/events", params={"until": "2024"}).text
    assert 'id="events-count">(0)</small>' in dated


def test_the_map_says_how_many_events_it_leaves_out(site, monkeypatch):
    client, _, _ = site
    import khabar.web.pages as pages

    monkeypatch.setattr(pages, "MAP_LIMIT", 10)
    html = client.get("/map").text
    assert "تُرسم أحدث 10 حدث فقط من 25" in html
    monkeypatch.setattr(pages, "MAP_LIMIT", 25)
    assert "تُرسم أحدث" not in client.get("/map").text  # all drawn: no note
