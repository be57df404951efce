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
from test_store_support import light_pipeline, span
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.document import Actor, Document, Event, EventDate, Location, Span
from khabar.store import Store
from khabar.store.filters import UnknownCode

# a coalition strike in Yemen (no Yemeni participant), and a Yemeni delegation's talks in Riyadh
STRIKE = "قصفت طائرات التحالف مواقع الحوثيين في صنعاء أمس."
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


def _doc(doc_id: str, text: str, event: Event) -> Document:
    doc = Document(id=doc_id, text=text, published="2015-08-10", outlet="wire",
                   url=f"http://x/{doc_id}", title=text[:20], events=[event])
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


def test_khabar_events_place(db):
    r = CliRunner().invoke(cli, ["events", "--db", str(db), "--place", "yem"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    assert [row["type"] for row in rows] == ["ASSAULT"]
    r = CliRunner().invoke(cli, ["events", "--db", str(db), "--country", "YEM"])
    assert [json.loads(x)["type"] for x in r.stdout.splitlines() if x.startswith("{")] == ["CONSULT"]
    bad = CliRunner().invoke(cli, ["events", "--db", str(db), "--place", "XXX"])
    assert bad.exit_code == 2 and "--place" in bad.output
