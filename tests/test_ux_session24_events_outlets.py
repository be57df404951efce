"""An actor's events across outlets: «by outlet» beside «by type» (session 24, ux24).

Following an actor's events (the news day's Houthis: 35 events), the analyst saw them by type
(«by type», «حسب النوع», session 23), but which outlets reported them only row by row: the
/events page's outlet choice gave no counts. `Store.event_outlet_counts` counts the events the
other filters select by their article's outlet (an outlet filter given is left out, so each
count is that outlet's choice); `khabar events` writes «by outlet» on stderr and /events a
«حسب المصدر» line whose links select each outlet's events. News day, the Houthis: alriyadh 10,
aawsat 9, alwatan 4, alweeam 4, alyaum 3, aleqtisadiya 2, 3alyoum 1, almadina 1, okaz 1.
"""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Four claim documents, one RETREAT event each (USA MIL actor, IRQ recipient): two of
    SPA, one of Okaz, one without an outlet."""
    path = tmp_path_factory.mktemp("ux24evout") / "e.db"
    speakers = ("محمد السوداني", "فرهاد علاء الدين", "حيدر العبادي", "هوشيار زيباري")
    with Store(path) as s:
        for i, (outlet, who) in enumerate(zip(("was", "okaz", "was", None), speakers,
                                              strict=True)):
            doc = claim_document(doc_id=f"e{i}", url=f"http://x/e{i}", speaker=who)
            doc.outlet = outlet
            s.put(doc)
    return path


BY_OUTLET = [{"outlet": "was", "n": 2}, {"outlet": "okaz", "n": 1}, {"outlet": None, "n": 1}]


def test_store_counts_the_selected_events_by_outlet(db):
    with Store(db) as s:
        assert s.event_outlet_counts() == BY_OUTLET
        assert s.event_outlet_counts(country="USA", role="actor") == BY_OUTLET
        assert s.event_outlet_counts(country="USA", role="recipient") == []
        # an outlet filter is left out: each count is what choosing that outlet gives
        assert s.event_outlet_counts(outlet="okaz") == BY_OUTLET
        assert s.event_outlet_counts(outlet_country="SAU") == BY_OUTLET[:2]
        assert s.event_count(outlet="was") == 2


def test_cli_writes_by_outlet(db):
    r = CliRunner().invoke(cli, ["events", "--db", str(db), "--country", "USA"])
    assert r.exit_code == 0 and "by outlet: was 2, okaz 1, (none) 1" in r.stderr, r.stderr
    r = CliRunner().invoke(cli, ["events", "--db", str(db), "--limit", "1"])
    assert "by outlet (of all 4): was 2, okaz 1, (none) 1" in r.stderr
    r = CliRunner().invoke(cli, ["events", "--db", str(db), "--outlet", "okaz"])
    assert len(r.stdout.splitlines()) == 1 and "by outlet" not in r.stderr
    r = CliRunner().invoke(cli, ["events", "--db", str(db), "--outlet-country", "SAU"])
    assert [json.loads(x)["outlet"] for x in r.stdout.splitlines()].count("was") == 2
    assert "by outlet: was 2, okaz 1" in r.stderr and "(none)" not in r.stderr


def test_events_page_links_each_outlets_events(db):
    c = TestClient(create_app(db))
    page = c.get("/events", params={"country": "USA"}).text
    line = re.search(r'<p class="links" id="by-outlet">(.*?)</p>', page, re.S).group(1)
    links = re.findall(r'<a href="\?([^"]+)">([^<]+)</a>&nbsp;\((\d+)\)', line)
    assert [(name, n) for _, name, n in links] == [("واس", "2"), ("عكاظ", "1")]
    assert "بلا مصدر&nbsp;(1)" in line
    for query, _, n in links:  # each link keeps the other filters and selects that many
        assert "country=USA" in query
        listed = c.get("/events?" + query.replace("&amp;", "&")).text
        assert f'id="events-count">({n})' in listed, query
        assert 'id="by-outlet"' not in listed  # one outlet chosen: no line


def test_api_events_carries_the_same_counts(db):
    c = TestClient(create_app(db))
    body = c.get("/api/events", params={"country": "USA", "limit": 1}).json()
    assert body["total"] == 4 and len(body["items"]) == 1
    # of every selected event, not the page (as the CLI's «(of all 4)»)
    assert body["by_outlet"] == BY_OUTLET and body["by_type"] == [{"type": "RETREAT", "n": 4}]
    one = c.get("/api/events", params={"outlet": "okaz", "type": "RETREAT"}).json()
    assert one["total"] == 1 and "by_outlet" not in one and "by_type" not in one  # chosen
    none = c.get("/api/events", params={"country": "SAU"}).json()
    assert none["total"] == 0 and "by_outlet" not in none

