"""A broken time axis for far clusters of days (session 25, ux25; left by ux24).

The stored news day (2015-08-10) and the example article (2024-09-06, one event dated
2024-01-01) both name the United States: its actor page drew one nine-year axis, every bar
2 px wide, the 2024 days squeezed into the left edge and its date ticks at 2017, 2018 …,
where nothing happened. A gap of more than ``BREAK_DAYS`` between drawn days now breaks the
axis: each cluster its own segment, two slashes between them (titled with the days left out),
and the ticks on each cluster's own days. A run of days without such a gap draws as before.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from khabar.web.charts import BREAK_DAYS, timeline_svg

US = [{"date": "2015-08-10", "mentions": 97, "events": 4},
      {"date": "2024-01-01", "events": 1},
      {"date": "2024-09-06", "mentions": 1},
      {"date": "2024-09-09", "events": 1}]


def _ticks(svg: str) -> dict[str, float]:
    return {d: float(x) for x, d in re.findall(r'<text x="([\d.]+)"[^>]*class="day">([\d-]+)<', svg)}


def _bars(svg: str) -> dict[str, tuple[float, float]]:
    return {t.split(" ")[0]: (float(x), float(w)) for x, w, t in re.findall(
        r'<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*><title>([^<]+)<', svg)}


def test_far_clusters_break_the_axis():
    svg = str(timeline_svg(US))
    breaks = re.findall(r'class="break"><title>([^<]+)</title>', svg)
    assert breaks == ["2015-08-11 … 2023-12-31", "2024-01-02 … 2024-09-05"]
    bars = _bars(svg)
    # earliest on the right, across the segments too
    assert bars["2015-08-10"][0] > bars["2024-01-01"][0] > bars["2024-09-06"][0] \
        > bars["2024-09-09"][0]
    # bars as wide as a short run's (before: 2 px on a nine-year axis)
    assert all(w >= 10 for _, w in bars.values())
    # each segment has room: its bars lie well apart (before: 2024-09-06 and -09 0.8 px)
    assert bars["2024-09-06"][0] - bars["2024-09-09"][0] > 50
    ticks = _ticks(svg)
    # the ticks name the clusters' own days, never a year between them
    assert {"2015-08-10", "2024-01-01", "2024-09-06"} <= set(ticks)
    assert not any(d[:4] in {"2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023"}
                   for d in ticks)
    assert [ticks[d] for d in sorted(ticks)] == sorted(ticks.values(), reverse=True)


def test_a_run_of_days_is_one_axis_as_before():
    days = [{"date": f"2015-08-{d:02d}", "mentions": d} for d in range(1, 20)]
    svg = str(timeline_svg(days))
    assert 'class="break"' not in svg
    ticks = _ticks(svg)
    # the geometry of one segment is unchanged: the margin day 07-31 at the plot's right
    # edge (900 - 40), the six-day ticks from it
    assert ticks["2015-07-31"] == 860.0 and sorted(ticks)[:3] == [
        "2015-07-31", "2015-08-03", "2015-08-06"]
    # a gap of BREAK_DAYS does not break it; one day more does
    d0 = date(2015, 8, 1)
    for gap, broken in ((BREAK_DAYS, False), (BREAK_DAYS + 1, True)):
        near = [{"date": d0.isoformat(), "mentions": 1},
                {"date": (d0 + timedelta(days=gap)).isoformat(), "mentions": 1}]
        assert ('class="break"' in str(timeline_svg(near))) is broken, gap
