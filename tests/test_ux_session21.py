"""Where an event took place, as a filter (session 21, ux21).

An analyst asking «what happened in Yemen» had only ``country``, which matches a participant's
country: on the news day 18 ASSAULT events for YEM, while 58 took place there (Houthi and Saleh
forces carry no country, the coalition is SAU), and 1,017 of the 1,186 located events have a
place country no participant carries. ``place`` (ISO3 of the event's location) now filters
``Store.events``/``event_count``, ``/api/events`` (and its downloads), the /events and /map
pages and ``khabar events --place``; ``country`` keeps its meaning.
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from server_helpers import CHROMIUM, served_page
from test_store_support import entity, light_pipeline, span
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.document import (
    Actor,
    Document,
    Entity,
    Event,
    EventDate,
    Location,
    Quote,
    Span,
    Via,
)
from khabar.store import Store
from khabar.store.filters import UnknownCode

# a coalition strike in Yemen (no Yemeni participant), and a Yemeni delegation's talks in Riyadh
STRIKE = "قصفت طائرات التحالف مواقع الحوثيين في صنعاء باليمن أمس."
TALKS = "التقى وفد يمني مسؤولين سعوديين في الرياض أمس."


def _sentence(text: str) -> Span:
    return Span(start=0, end=len(text), text=text)


def _actor(text: str, needle: str, country: str | None) -> Actor:
    s = span(text, needle)
    return Actor(start=s.start, end=s.end, text=s.text, country=country)


def _place(text: str, needle: str, country: str, lat: float, lon: float) -> Location:
    s = span(text, needle)
    return Location(start=s.start, end=s.end, text=s.text, name=needle, country=country,
                    lat=lat, lon=lon)


def _places(text: str) -> list[Entity]:
    if "صنعاء" not in text:
        return []
    city, country = span(text, "صنعاء"), span(text, "اليمن")
    return [Entity(start=city.start, end=city.end, text=city.text, id="T1", label="LOC",
                   entity="E1", canonical="صنعاء", kind="city", country="YEM", lat=15.35,
                   lon=44.2),
            Entity(start=country.start, end=country.end, text=country.text, id="T2",
                   label="LOC", entity="E2", canonical="اليمن", kind="country",
                   country="YEM")]


def _doc(doc_id: str, text: str, event: Event) -> Document:
    doc = Document(id=doc_id, text=text, published="2015-08-10", outlet="wire",
                   url=f"http://x/{doc_id}", title=text[:20], events=[event],
                   entities=_places(text))
    doc.sentences = light_pipeline().stages[0](doc)
    doc.pipeline_version = "0.1.0"
    return doc


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ux21place") / "p.db"
    strike = Event(id="V1", type="ASSAULT", trigger=span(STRIKE, "قصفت"),
                   sentence=_sentence(STRIKE),
                   actor=[_actor(STRIKE, "طائرات التحالف", "SAU")],
                   recipient=[_actor(STRIKE, "الحوثيين", None)],
                   location=_place(STRIKE, "صنعاء", "YEM", 15.35, 44.2),
                   date=EventDate(value="2015-08-09", source="text"))
    talks = Event(id="V1", type="CONSULT", trigger=span(TALKS, "التقى"),
                  sentence=_sentence(TALKS),
                  actor=[_actor(TALKS, "وفد يمني", "YEM")],
                  recipient=[_actor(TALKS, "مسؤولين سعوديين", "SAU")],
                  location=_place(TALKS, "الرياض", "SAU", 24.69, 46.72),
                  date=EventDate(value="2015-08-09", source="text"))
    with Store(path) as s:
        s.put(_doc("strike", STRIKE, strike))
        s.put(_doc("talks", TALKS, talks))
    return path


def _types(rows: list[dict]) -> list[str]:
    return sorted(r["type"] for r in rows)


def test_the_store_filters_events_by_where_they_took_place(db):
    with Store(db, readonly=True) as s:
        assert _types(s.events(place="YEM")) == ["ASSAULT"]  # no Yemeni participant
        assert _types(s.events(place="yem")) == ["ASSAULT"]  # any case, as every code
        assert s.event_count(place="YEM") == 1
        assert _types(s.events(place="SAU")) == ["CONSULT"]
        # country keeps its meaning: a participant's (the talks), not the place (the strike)
        assert _types(s.events(country="YEM")) == ["CONSULT"]
        assert s.events(country="YEM", place="YEM") == []
        assert _types(s.events(place="")) == ["ASSAULT", "CONSULT"]  # empty: no filter
        assert s.events(place="IRQ") == [] and s.event_count(place="IRQ") == 0
        with pytest.raises(UnknownCode):
            s.events(place="XXX")


def test_the_api_and_its_downloads_take_place(db):
    c = TestClient(create_app(db))
    got = c.get("/api/events", params={"place": "yem"}).json()
    assert got["total"] == 1 and [r["type"] for r in got["items"]] == ["ASSAULT"]
    assert got["items"][0]["location_country"] == "YEM"
    assert c.get("/api/events", params={"country": "YEM"}).json()["items"][0]["type"] == "CONSULT"
    csv = c.get("/api/events", params={"place": "YEM", "format": "csv"}).text
    assert len(csv.strip().splitlines()) == 2 and "قصفت" in csv and "التقى" not in csv
    bad = c.get("/api/events", params={"place": "XXX"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "query.place"


def test_the_pages_offer_place_and_keep_it_in_their_links(db):
    c = TestClient(create_app(db))
    page = c.get("/events", params={"place": "YEM"})
    assert page.status_code == 200 and 'name="place" value="YEM"' in page.text
    assert "(1)" in page.text.split("</h1>")[0] and "بلد المكان" in page.text
    assert "بلد أحد الطرفين" in page.text  # the participant's box says what it is
    assert "place=YEM" in page.text  # the downloads and the map carry it
    assert "قصفت" in page.text and "التقى" not in page.text
    plain = c.get("/events")
    assert "(2)" in plain.text.split("</h1>")[0]
    world = c.get("/map", params={"place": "SAU"})
    assert world.status_code == 200 and "من 1 حدثاً" in world.text
    bad = c.get("/events", params={"place": "XXX"}, headers={"accept": "text/html"})
    assert bad.status_code == 422 and "«XXX» ليس رمز دولة" in bad.text


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium")
def test_a_browser_filters_events_by_place_and_follows_it_to_the_map(db):
    with served_page(create_app(db)) as (base, page):
        page.goto(f"{base}/events")
        assert page.locator("#events-count").inner_text() == "(2)"
        page.fill("input[name=place]", "yem")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**place=yem**")
        assert page.locator("#events-count").inner_text() == "(1)"
        assert page.locator("input[name=place]").input_value() == "YEM"  # as the store spells it
        page.click("a[href^='/map?']")
        page.wait_for_url("**/map?**place=YEM**")
        assert "من 1 حدثاً" in page.inner_text("main")


def test_a_place_page_gives_its_point_and_a_country_the_events_that_took_place_in_it(db):
    """A place's actor page showed neither its coordinates nor, for a country, the events
    located in it (its events list is the events it takes part in: Yemen's page lists the
    talks it joined, not the strike on Sanaa)."""
    c = TestClient(create_app(db))
    with Store(db, readonly=True) as s:
        city, country = s.entity("صنعاء")["id"], s.entity("اليمن")["id"]
    page = c.get(f"/entities/{country}").text
    assert 'href="/events?place=YEM"' in page and "الأحداث التي وقعت فيها (1)" in page
    assert c.get(f"/api/entities/{country}").json()["events_located"] == 1
    town = c.get(f"/entities/{city}").text
    assert "الإحداثيات" in town and "15.35, 44.2" in town
    assert "الأحداث التي وقعت فيها" not in town  # a city: no country-wide link
    assert "events_located" not in c.get(f"/api/entities/{city}").json()


def test_khabar_events_place(db):
    r = CliRunner().invoke(cli, ["events", "--db", str(db), "--place", "yem"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    assert [row["type"] for row in rows] == ["ASSAULT"]
    r = CliRunner().invoke(cli, ["events", "--db", str(db), "--country", "YEM"])
    assert [json.loads(x)["type"] for x in r.stdout.splitlines() if x.startswith("{")] == ["CONSULT"]
    bad = CliRunner().invoke(cli, ["events", "--db", str(db), "--place", "XXX"])
    assert bad.exit_code == 2 and "--place" in bad.output


# --- the statements a relay carried (session 21, ux21) --------------------------------------
# The agency «المطلاع» carried 2 of the example's statements and its actor page said
# «التصريحات (0)»; no filter found what an outlet or agency carried. ``via`` now does
# (Store.quotes, /api/quotes, `khabar quotes --via`), and an actor page lists it.

RELAYED = "ونقلت صحيفة وول ستريت جورنال عن مسؤولين أمريكيين أن القوات ستنسحب من العراق."
OWN = "وقالت صحيفة وول ستريت جورنال إن الاتفاق اكتمل."
OTHER = "ونقلت وكالة رويترز عن مسؤولين أن المحادثات ستستمر."


def _quote_doc(doc_id: str, text: str, speaker: str, content: str, relay: str | None):
    ents = [entity(text, "وول ستريت جورنال", "T1", "E1", "ORG", "وول ستريت جورنال", "USA")] \
        if "وول ستريت جورنال" in text else []
    if "العراق" in text:  # a place, which carried nothing
        ents.append(entity(text, "العراق", "T2", "E2", "LOC", "العراق", "IRQ"))
    via = []
    if relay:
        r = span(text, relay)
        via = [Via(name=relay, kind="outlet", start=r.start, end=r.end, text=relay,
                   entity="E1" if ents and relay == "وول ستريت جورنال" else None)]
    q = Quote(id="Q1", cue=span(text, text.split()[0]), source=span(text, speaker),
              content=span(text, content), speaker=speaker, via=via,
              speaker_kind="outlet" if speaker == "وول ستريت جورنال" else "anonymous",
              speaker_entity="E1" if speaker == "وول ستريت جورنال" else None)
    doc = Document(id=doc_id, text=text, published="2024-09-06", outlet="wire",
                   url=f"http://x/{doc_id}", title=text[:20], entities=ents, quotes=[q])
    doc.sentences = light_pipeline().stages[0](doc)
    doc.pipeline_version = "0.1.0"
    return doc


@pytest.fixture(scope="module")
def qdb(tmp_path_factory):
    path = tmp_path_factory.mktemp("ux21via") / "q.db"
    with Store(path) as s:
        s.put(_quote_doc("relayed", RELAYED, "مسؤولين أمريكيين",
                         "القوات ستنسحب من العراق", "وول ستريت جورنال"))
        s.put(_quote_doc("own", OWN, "وول ستريت جورنال", "الاتفاق اكتمل", None))
        s.put(_quote_doc("other", OTHER, "مسؤولين", "المحادثات ستستمر", "رويترز"))
    return path


def _contents(rows: list[dict]) -> list[str]:
    return sorted(r["content"] for r in rows)


def test_the_store_finds_what_a_relay_carried(qdb):
    with Store(qdb, readonly=True) as s:
        wsj = s.entity("وول ستريت جورنال")["id"]
        assert _contents(s.quotes(via="وول ستريت جورنال")) == ["القوات ستنسحب من العراق"]
        assert _contents(s.quotes(via="ﻭﻭﻝ ستريت جورنال")) == ["القوات ستنسحب من العراق"]
        assert _contents(s.quotes(via=wsj)) == ["القوات ستنسحب من العراق"]  # an actor id
        assert s.relay_count(wsj) == 1
        # its own statement is its speaker's, not a relayed one; another relay is not it
        assert _contents(s.quotes(speaker=wsj)) == ["الاتفاق اكتمل"]
        assert _contents(s.quotes(via="رويترز")) == ["المحادثات ستستمر"]
        assert s.quotes(via="الجزيرة") == [] and s.relay_count("الجزيرة") == 0
        assert s.quotes(via="   ") == []  # a blank name names no relay


def test_the_api_takes_via(qdb):
    c = TestClient(create_app(qdb))
    got = c.get("/api/quotes", params={"via": "وول ستريت جورنال"}).json()
    assert _contents(got["items"]) == ["القوات ستنسحب من العراق"]
    assert got["items"][0]["relays"][0]["name"] == "وول ستريت جورنال"
    wsj = c.get("/api/entities/وول ستريت جورنال").json()
    assert c.get("/api/quotes", params={"via": str(wsj["id"])}).json()["items"] == got["items"]
    assert _contents(wsj["relayed"]) == ["القوات ستنسحب من العراق"] and wsj["n_relayed"] == 1
    assert _contents(wsj["quotes"]) == ["الاتفاق اكتمل"]
    assert len(c.get("/api/quotes", params={"via": ""}).json()["items"]) == 3  # empty: none
    bad = c.get("/api/quotes", params={"via": "9" * 30})
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "query.via"


def test_an_actor_page_lists_what_it_carried_and_a_speaker_page_nothing_more(qdb):
    c = TestClient(create_app(qdb))
    with Store(qdb, readonly=True) as s:
        wsj = s.entity("وول ستريت جورنال")["id"]
        place = s.entity("العراق")["id"]
    page = c.get(f"/entities/{wsj}").text
    assert 'id="relayed"' in page and "ما نقله من تصريحات غيره (1)" in page
    assert "القوات ستنسحب من العراق" in page.split('id="relayed"')[1]
    assert "مسؤولين أمريكيين" in page.split('id="relayed"')[1]  # the chain names the speaker
    other = c.get(f"/entities/{place}")  # an actor that carried nothing: no such section
    assert other.status_code == 200 and 'id="relayed"' not in other.text


def test_khabar_quotes(qdb):
    r = CliRunner().invoke(cli, ["quotes", "--db", str(qdb), "--via", "وول ستريت جورنال"])
    assert r.exit_code == 0, r.output
    assert _contents(json.loads(r.stdout)) == ["القوات ستنسحب من العراق"]
    r = CliRunner().invoke(cli, ["quotes", "--db", str(qdb), "--speaker", "وول ستريت جورنال",
                                 "-f", "jsonl"])
    assert [json.loads(x)["content"] for x in r.stdout.splitlines()] == ["الاتفاق اكتمل"]
    r = CliRunner().invoke(cli, ["quotes", "--db", str(qdb), "--limit", "2"])
    assert len(json.loads(r.stdout)) == 2 and "more statements follow" in r.stderr
    r = CliRunner().invoke(cli, ["quotes", "--db", str(qdb), "--article", "nosuch"])
    assert r.exit_code == 1 and "no article" in r.stderr
    assert CliRunner().invoke(cli, ["quotes", "--db", str(qdb), "-f", "parquet"]).exit_code == 2  # csv since session 22
