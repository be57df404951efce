"""What an actor did, and what was done to it (session 22, ux22): the events' `sector` and
`role` filters — `Store.events(sector=, role=)`, `/api/events?sector=&role=`, `khabar events
--sector --role` and the /events and /map pages.

An analyst asking «what did Saudi military forces do» could select the events with a Saudi
participant (`country=SAU`: 110 on the news day) but neither its sector (POLECAT's
`actor_sector`: MIL, GOV, REB …) nor whether it acted or was acted upon: 85 of the 110 have a
Saudi actor, 27 a Saudi recipient. Country, sector and role select ONE participant.
"""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient
from server_helpers import CHROMIUM, served_page
from test_store_support import claims_and_texts
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import Store
from khabar.store.filters import UnknownCode


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Two claim documents, each with one RETREAT event: actor «القوات الأمريكية» (USA, MIL),
    recipient «العراق» (IRQ, no sector, a linked actor)."""
    path = tmp_path_factory.mktemp("ux22roles") / "q.db"
    return path, claims_and_texts(path, {})


def _count(path, **kw) -> int:
    with Store(path, readonly=True) as s:
        n = s.event_count(**kw)
        assert len(s.events(limit=100, **kw)) == n
        return n


def test_role_and_sector_select_one_participant(db):
    path, _ = db
    assert _count(path, country="USA") == _count(path, country="IRQ") == 2
    assert _count(path, country="USA", sector="MIL", role="actor") == 2
    assert _count(path, country="USA", role="recipient") == 0
    assert _count(path, country="IRQ", role="recipient") == 2
    assert _count(path, country="IRQ", role="actor") == 0
    assert _count(path, sector="mil") == 2 and _count(path, sector="MIL", role="recipient") == 0
    # country and sector of the same participant: Iraq (the recipient) has no sector
    assert _count(path, country="IRQ", sector="MIL") == 0
    # alone, the events with a participant in that role
    assert _count(path, role="recipient") == _count(path, role="Actor") == 2


def test_role_applies_to_the_actor_filter(db):
    path, _ = db
    with Store(path, readonly=True) as s:
        iraq = s.entity("العراق")["id"]
    assert _count(path, actor=iraq) == 2
    assert _count(path, actor=iraq, role="recipient") == 2
    assert _count(path, actor=iraq, role="actor") == 0


def test_unknown_role_or_sector_is_refused(db):
    path, _ = db
    with Store(path, readonly=True) as s:
        for kw in ({"role": "victim"}, {"sector": "XYZ"}):
            with pytest.raises(UnknownCode):
                s.events(**kw)


def test_api_sector_and_role(db):
    path, _ = db
    c = TestClient(create_app(path))
    total = lambda **p: c.get("/api/events", params=p).json()["total"]  # noqa: E731
    assert total(country="USA", sector="MIL", role="actor") == 2
    assert total(country="USA", role="recipient") == 0
    assert total(country="IRQ", role="recipient") == 2
    csv = c.get("/api/events", params={"sector": "mil", "role": "ACTOR", "format": "csv"})
    assert csv.status_code == 200 and len(csv.text.strip().splitlines()) == 3
    for bad in ({"role": "victim"}, {"sector": "XYZ"}):
        r = c.get("/api/events", params=bad)
        assert r.status_code == 422 and r.json()["detail"][0]["field"] == f"query.{next(iter(bad))}"


def test_cli_sector_and_role(db):
    path, _ = db

    def rows(*args: str) -> list[dict]:
        r = CliRunner().invoke(cli, ["events", "--db", str(path), *args])
        assert r.exit_code == 0, r.output
        return [json.loads(x) for x in r.stdout.splitlines()]

    got = rows("--country", "usa", "--sector", "mil", "--role", "actor")
    assert len(got) == 2 and {r["actor_sector"] for r in got} == {"MIL"}
    assert rows("--country", "USA", "--role", "recipient") == []
    assert len(rows("--actor", "العراق", "--role", "recipient")) == 2
    assert rows("--actor", "العراق", "--role", "actor") == []
    r = CliRunner().invoke(cli, ["events", "--db", str(path), "--role", "victim"])
    assert r.exit_code == 2 and "participant role" in r.output


@pytest.mark.parametrize("page", ["/events", "/map"])
def test_pages_take_sector_and_role_and_keep_them(db, page):
    path, _ = db
    c = TestClient(create_app(path))
    html = c.get(page, params={"country": "USA", "sector": "MIL", "role": "actor"}).text
    assert re.search(r'<option value="MIL" selected>', html)
    assert re.search(r'<option value="actor" selected>', html)
    links = [unescape(h) for h in re.findall(r'href="(/api/events\?format=[^"]*)"', html)]
    assert links and all("sector=MIL" in h and "role=actor" in h for h in links)
    assert c.get(page, params={"role": "victim"}).status_code == 422
    if page == "/events":
        count = lambda **p: int(re.search(  # noqa: E731
            r'id="events-count">\((\d+)\)', c.get(page, params=p).text).group(1))
        assert count(country="USA", sector="MIL", role="actor") == 2
        assert count(country="USA", role="recipient") == 0


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium")
def test_a_browser_asks_what_a_party_did_and_what_was_done_to_it(db):
    path, _ = db
    with served_page(create_app(path)) as (base, page):
        page.goto(f"{base}/events")
        assert page.locator("#events-count").inner_text() == "(2)"
        page.fill("input[name=country]", "irq")
        page.select_option("select[name=role]", "actor")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**role=actor**")
        assert page.locator("#events-count").inner_text() == "(0)"  # Iraq did nothing
        page.select_option("select[name=role]", "recipient")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**role=recipient**")
        assert page.locator("#events-count").inner_text() == "(2)"  # it was withdrawn from
        page.fill("input[name=country]", "")
        page.select_option("select[name=sector]", "MIL")
        page.select_option("select[name=role]", "actor")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**sector=MIL**")
        assert page.locator("#events-count").inner_text() == "(2)"
        page.click("a[href^='/map?']")
        page.wait_for_url("**/map?**sector=MIL**role=actor**")
        assert page.locator("select[name=sector]").input_value() == "MIL"


def test_an_actor_page_splits_its_events_by_its_role(db):
    """The actor page listed «الأحداث (N)» with «الفاعل ← المفعول» per row; what the actor did
    and what was done to it were not counted nor selectable."""
    path, _ = db
    c = TestClient(create_app(path))
    with Store(path, readonly=True) as s:
        iraq = s.entity("العراق")["id"]
    assert c.get(f"/api/entities/{iraq}").json()["event_roles"] == {"actor": 0, "recipient": 2}
    html = c.get(f"/entities/{iraq}").text
    did = re.search(r'<a href="([^"]+)" id="did">ما فعله \((\d+)\)</a>', html)
    done = re.search(r'<a href="([^"]+)" id="done-to">ما وقع عليه \((\d+)\)</a>', html)
    assert did and did.group(2) == "0" and done and done.group(2) == "2"
    follow = c.get(unescape(done.group(1))).text
    assert re.search(r'id="events-count">\(2\)', follow)
    assert re.search(r'id="events-count">\(0\)', c.get(unescape(did.group(1))).text)
