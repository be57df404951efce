"""Session 7 web checks: the events table and map filtered by an actor, with its exports."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document

from khabar.api import create_app

HTML = {"accept": "text/html"}


@pytest.fixture()
def site(tmp_path):
    app = create_app(tmp_path / "w.db")
    store = app.state.backend.store
    store.put(claim_document())  # RETREAT with العراق as recipient
    other = claim_document(doc_id="c2", url="http://example.org/c2", speaker="علي الشمري")
    other.events[0].type = "ASSAULT"
    other.events[0].recipient = []  # an event العراق does not take part in
    store.put(other)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c, store
    app.state.backend.close()


def _rows(html: str) -> list[str]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r'<td dir="ltr">([A-Z]+)', body)


def test_events_page_filters_by_actor_and_exports_the_same(site):
    client, store = site
    iraq = store.entity("العراق")["id"]
    assert _rows(client.get("/events", headers=HTML).text) == ["ASSAULT", "RETREAT"]
    for ref in (str(iraq), "العراق"):  # by id or by name
        html = client.get("/events", params={"actor": ref}, headers=HTML).text
        assert _rows(html) == ["RETREAT"], ref
        assert f'name="actor" value="{iraq}"' in html  # the filter survives the form
        assert f"/api/events?format=csv&amp;limit=100000&amp;actor={iraq}" in html
    csv = client.get("/api/events", params={"format": "csv", "actor": iraq}).text
    assert csv.count("\n") == 2 and "RETREAT" in csv
    r = client.get("/events", params={"actor": "لا أحد"}, headers=HTML)
    assert r.status_code == 404  # an unknown actor is no silent «no events»
    page = client.get(f"/entities/{iraq}", headers=HTML).text
    assert f'href="/events?actor={iraq}"' in page and f'href="/map?actor={iraq}"' in page
    assert "من 1 حدثاً" in client.get("/map", params={"actor": iraq}, headers=HTML).text


def test_event_type_is_chosen_from_the_stored_types(site):
    client, _ = site
    html = client.get("/events", params={"type": "retreat"}, headers=HTML).text
    assert '<option value="RETREAT" selected>RETREAT (1)</option>' in html
    assert '<option value="ASSAULT">ASSAULT (1)</option>' in html
    assert _rows(html) == ["RETREAT"]  # typed in lower case, still found
    html = client.get("/events", params={"type": "PROTEST"}, headers=HTML).text
    assert '<option value="PROTEST" selected>PROTEST (0)</option>' in html


def test_a_far_event_date_does_not_squeeze_the_story_chart():
    from khabar.web.charts import timeline_svg

    points = [{"date": "2015-02-01", "events": 1},  # a text date months before the reports
              {"date": "2015-08-09", "events": 2},
              {"date": "2015-08-10", "mentions": 14, "events": 30, "quotes": 150},
              {"date": "2016-01-01", "quotes": 2}]
    svg = str(timeline_svg(points))
    assert "2015-02-01" not in svg and "2015-08-10" in svg and "2015-08-09" in svg
    assert "1 قبل ذلك" in svg and "2 بعد ذلك" in svg
    assert svg.count("<rect") - 3 == 4  # bars of 08-09 (1) and 08-10 (3); 3 legend boxes
    # an actor seen over months keeps every day between its mentions
    wide = str(timeline_svg([{"date": "2015-01-01", "mentions": 1},
                             {"date": "2015-06-01", "mentions": 1}]))
    assert "قبل ذلك" not in wide and "بعد ذلك" not in wide
