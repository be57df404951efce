"""An actor followed across time: a small count stays visible beside a peak (session 24, ux24).

The stored news day (2015-08-10) and the example article (2024-09-06) both mention the United
States: its actor page draws a nine-year axis whose 2024 bars — 1 article, 1 event beside a
2015 peak of 97 mentions on a 150 scale — were 1.2 px high and read as nothing. Each drawn
count is now at least `MIN_BAR` (3) pixels high; its title keeps the count.
"""

from __future__ import annotations

import re

from khabar.web.charts import MIN_BAR, timeline_svg


def _bars(svg: str) -> list[tuple[float, str]]:
    return [(float(h), t) for h, t in
            re.findall(r'height="([\d.]+)" fill="#[0-9a-f]+"><title>([^<]+)</title>', svg)]


def test_one_count_beside_a_peak_is_drawn_and_titled():
    points = [{"date": "2015-08-10", "mentions": 97, "events": 4, "quotes": 0},
              {"date": "2024-09-06", "mentions": 1, "events": 1, "quotes": 0}]
    bars = _bars(str(timeline_svg(points)))
    small = [(h, t) for h, t in bars if t.startswith("2024-09-06")]
    assert len(small) == 2 and all(h >= MIN_BAR for h, _ in small), small
    assert [t.split(": ")[-1] for _, t in small] == ["1", "1"]  # the counts as they are
    big = max(h for h, _ in bars)
    assert big > 100  # the peak keeps its scale
    # a zero count draws nothing
    assert not any("تصريحات" in t for _, t in bars)
