"""Events as GeoJSON for map tools (session 19, ux19).

An analyst walking the exports looked for a file a map tool opens: the events table has
latitude/longitude columns, but no export wrote GeoJSON (the /map page drew the points and
offered only the table). ``/api/events?format=geojson``, ``khabar events -f geojson`` and
links on the /events and /map pages now write a FeatureCollection with one feature per
events row: a Point at [longitude, latitude] when the place has coordinates, null geometry
otherwise (RFC 7946 § 3.2), so the file holds every row the CSV holds.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import msgspec
import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document, span
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.document import Location
from khabar.export.geojson import MEDIA_TYPE, feature, write_geojson
from khabar.store import Store

BAGHDAD = (33.3152, 44.3661)


def test_a_placed_row_is_a_point_at_lon_lat_and_an_unplaced_one_has_no_geometry():
    row = {"event_id": "d:ev1", "type": "ASSAULT", "latitude": 33.3, "longitude": 44.4,
           "contexts": ["military"], "location_name": "بغداد"}
    f = feature(row)
    assert f["type"] == "Feature" and f["id"] == "d:ev1"
    assert f["geometry"] == {"type": "Point", "coordinates": [44.4, 33.3]}  # x = longitude
    assert f["properties"] == {"event_id": "d:ev1", "type": "ASSAULT",
                               "contexts": ["military"], "location_name": "بغداد"}
    country = feature({"event_id": "d:ev2", "latitude": None, "longitude": None,
                       "location_country": "IRQ"})
    assert country["geometry"] is None and country["properties"]["location_country"] == "IRQ"
    assert feature({"event_id": "d:ev3", "latitude": 0.0, "longitude": 0.0})["geometry"] == {
        "type": "Point", "coordinates": [0.0, 0.0]}  # 0 is a coordinate, not a missing one


def test_write_geojson_streams_a_valid_collection_of_every_row():
    rows = [{"event_id": f"e{i}", "latitude": 30.0 + i if i % 2 else None,
             "longitude": 40.0 if i % 2 else None} for i in range(5)]
    out = io.BytesIO()
    assert write_geojson(rows, out) == 5
    g = json.loads(out.getvalue())
    assert g["type"] == "FeatureCollection" and [f["id"] for f in g["features"]] == [
        "e0", "e1", "e2", "e3", "e4"]
    assert [f["geometry"] is not None for f in g["features"]] == [False, True, False, True, False]
    empty = io.BytesIO()
    assert write_geojson([], empty) == 0
    assert json.loads(empty.getvalue()) == {"type": "FeatureCollection", "features": []}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """Two articles' events: one placed in Baghdad, one without a place."""
    path = tmp_path_factory.mktemp("geo19") / "s.db"
    placed = claim_document(doc_id="g1", url="http://example.org/g1")
    where = span(placed.text, "العراق")
    ev = msgspec.structs.replace(placed.events[0], location=Location(
        start=where.start, end=where.end, text=where.text, name="بغداد", country="IRQ",
        lat=BAGHDAD[0], lon=BAGHDAD[1]))
    placed.events = [ev]
    bare = claim_document(doc_id="g2", url="http://example.org/g2", speaker="فؤاد حسين")
    with Store(path) as s:
        s.put(placed)
        s.put(bare)
    return path


def test_api_events_as_geojson(db):
    c = TestClient(create_app(db))
    r = c.get("/api/events?format=geojson")
    assert r.status_code == 200 and r.headers["content-type"].startswith(MEDIA_TYPE)
    assert 'filename="events.geojson"' in r.headers["content-disposition"]
    feats = json.loads(r.content)["features"]
    assert len(feats) == c.get("/api/events").json()["total"] == 2
    points = [f["geometry"]["coordinates"] for f in feats if f["geometry"]]
    assert points == [[BAGHDAD[1], BAGHDAD[0]]]
    assert all("article_id" in f["properties"] for f in feats)
    assert c.get("/api/events?format=kml").status_code == 422  # still a closed list
    # the pages link to it with their filters
    assert "/api/events?format=geojson&amp;limit=100000&amp;type=RETREAT" in c.get(
        "/events?type=RETREAT").text
    assert "format=geojson" in c.get("/map").text


def test_cli_events_geojson(db):
    res = CliRunner().invoke(cli, ["events", "--db", str(db), "-f", "geojson"])
    assert res.exit_code == 0, res.output
    feats = json.loads(res.stdout)["features"]
    assert len(feats) == 2 and sum(f["geometry"] is not None for f in feats) == 1
    bad = CliRunner().invoke(cli, ["events", "--db", str(db), "-f", "kml"])
    assert bad.exit_code == 2
