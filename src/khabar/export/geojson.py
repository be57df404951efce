"""Events as a GeoJSON FeatureCollection (RFC 7946), for map tools (QGIS, kepler.gl, geojson.io).

One feature per row of the exported events table (:mod:`khabar.export.tables`, plus whatever
the caller added, such as ``article_id``): a ``Point`` at ``[longitude, latitude]`` when the
event's place has coordinates, else ``"geometry": null`` (RFC 7946 § 3.2 — a country has no
point by design, and a place the gazetteer lacks has none), so the file holds every row the
other formats hold. The properties are the row's other columns, lists kept as lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

import orjson

MEDIA_TYPE = "application/geo+json"
_COORDS = ("latitude", "longitude")


def feature(row: dict) -> dict:
    """The feature of one events row."""
    lat, lon = row.get("latitude"), row.get("longitude")
    geometry = ({"type": "Point", "coordinates": [lon, lat]}
                if lat is not None and lon is not None else None)
    props = {k: v for k, v in row.items() if k not in _COORDS}
    return {"type": "Feature", "id": row.get("event_id"), "geometry": geometry,
            "properties": props}


def write_geojson(rows: Iterable[dict], out: IO[bytes]) -> int:
    """A FeatureCollection of ``rows``, streamed one feature at a time; returns the count."""
    out.write(b'{"type":"FeatureCollection","features":[')
    n = 0
    for row in rows:
        out.write((b"," if n else b"") + b"\n" + orjson.dumps(feature(row)))
        n += 1
    out.write(b"\n]}\n")
    return n
