"""The day axis of the story and actor charts reads right to left (session 14, st14b).

The pages are Arabic and right to left; their charts ran the days left to right, so the
latest day stood where an Arabic reader starts. Now the earliest day is on the right and
the latest on the left (as a right-to-left spreadsheet mirrors a chart), the count scale
stands on the right where the axis starts, the items dated before the drawn days are
counted at the right end and those after at the left end, and a caption under the axis
says the direction in words («الأقدم ← الأحدث»). On a narrow screen the chart scrolls
inside its card (at least 720 px wide) instead of shrinking its labels to 4 px; the card
opens on its right end, the earliest days and the scale.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from server_helpers import serving
from test_store_support import claim_document, light_pipeline

from khabar.api import create_app
from khabar.store import Store
from khabar.web.charts import DIRECTION, timeline_svg

DAYS = [{"date": "2015-08-08", "mentions": 1}, {"date": "2015-08-09", "events": 2},
        {"date": "2015-08-10", "mentions": 3, "quotes": 1}, {"date": "2015-08-12", "mentions": 1}]


def _ticks(svg: str) -> dict[str, float]:
    return {d: float(x) for x, d in re.findall(
        r'<text x="([\d.]+)" y="[\d.]+" font-size="10" text-anchor="middle" fill="#555" '
        r'class="day">([\d-]+)</text>', svg)}


def _bars(svg: str) -> dict[str, float]:
    return {d: float(x) for x, d in re.findall(r'<rect x="([\d.]+)"[^>]*><title>([\d-]+) ', svg)}


def test_the_earliest_day_stands_on_the_right():
    svg = str(timeline_svg(DAYS))
    ticks = _ticks(svg)
    assert len(ticks) >= 4
    days = sorted(ticks)
    assert [ticks[d] for d in days] == sorted(ticks.values(), reverse=True)
    bars = _bars(svg)
    assert bars["2015-08-08"] > bars["2015-08-09"] > bars["2015-08-10"] > bars["2015-08-12"]


def test_the_scale_stands_on_the_right_and_the_caption_says_the_direction():
    svg = str(timeline_svg(DAYS))
    scale = [float(x) for x in re.findall(r'<text x="([\d.]+)" y="[\d.]+" font-size="10" '
                                           r'text-anchor="end" fill="#777">', svg)]
    assert scale and all(x > 850 for x in scale)  # a 900-wide chart: its right margin
    assert f'class="direction">{DIRECTION}</text>' in svg and "الأقدم" in DIRECTION
    assert "الأقدم يمينًا" in svg  # the chart's accessible name says it too


def test_items_outside_the_drawn_days_are_counted_at_their_own_end():
    svg = str(timeline_svg([{"date": "2015-02-01", "events": 1},
                            {"date": "2015-08-10", "mentions": 4},
                            {"date": "2016-01-01", "quotes": 2}]))
    before = re.search(r'<text x="([\d.]+)"[^>]*class="outside">1 قبل ذلك</text>', svg)
    after = re.search(r'<text x="([\d.]+)"[^>]*class="outside">2 بعد ذلك</text>', svg)
    assert before and after and float(before[1]) > 800 > 100 > float(after[1])
    inside = str(timeline_svg([{"date": "2015-08-10", "mentions": 4}]))
    assert 'class="outside"' not in inside and DIRECTION in inside  # one day: no counts
    assert "لا بيانات" in str(timeline_svg([])) and DIRECTION not in str(timeline_svg([]))


CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run"]
DATELINES = ["2015-08-06", "2015-08-08", "2015-08-08", "2015-08-11"]


def _store(path: Path) -> int:
    """A store of one speaker's reports on three days; returns the speaker's actor id."""
    with Store(path) as s:
        for i, day in enumerate(DATELINES):
            doc = claim_document(doc_id=f"c{i}", url=f"http://example.org/{i}", published=day)
            doc.text += f" وهذا هو الخبر رقم {i}."  # a text of its own (no duplicate)
            doc.sentences = light_pipeline().stages[0](doc)
            s.put(doc)
        return s.entity("محمد السوداني")["id"]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
def test_in_the_browser_the_axis_reads_right_to_left_and_its_labels_do_not_overlap(tmp_path):
    from playwright.sync_api import sync_playwright

    actor = _store(tmp_path / "s.db")
    with serving(create_app(tmp_path / "s.db")) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        for width in (1280, 390):
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(f"{base}/entities/{actor}")
            boxes = page.evaluate("""() => [...document.querySelectorAll('.chart svg text.day')]
                .map(t => { const b = t.getBoundingClientRect();
                            return [t.textContent, b.left, b.right]; })""")
            assert len(boxes) >= 4, boxes
            by_day = sorted(boxes)  # ISO dates: in time order
            lefts = [b[1] for b in by_day]
            assert lefts == sorted(lefts, reverse=True), by_day  # later days further left
            for (_, l1, _), (_, _, r2) in zip(by_day, by_day[1:], strict=False):
                assert r2 <= l1, by_day  # no label runs into the next
            # the caption: its first word «الأقدم» drawn right of «الأحدث»
            first, last = page.evaluate("""() => { const t = document.querySelector(
                    '.chart svg text.direction'); const n = t.getNumberOfChars();
                    return [t.getExtentOfChar(0).x, t.getExtentOfChar(n - 1).x]; }""")
            assert first > last
            bars = page.evaluate("""() => [...document.querySelectorAll('.chart svg rect')]
                .filter(r => r.querySelector('title')).map(r => [r.querySelector('title')
                .textContent.slice(0, 10), r.getBoundingClientRect().left])""")
            days = dict(bars)
            assert days["2015-08-06"] > days["2015-08-08"] > days["2015-08-11"], days
            # a phone scrolls the chart inside its card (labels ≥ 7 px, not 4), never the
            # page; the card opens on its right: the earliest days and the scale in view
            sizes = page.evaluate("""() => { const c = document.querySelector('.chart');
                const t = document.querySelector('.chart svg text.day').getBoundingClientRect();
                const s = [...document.querySelectorAll('.chart svg text')].find(
                    x => x.getAttribute('fill') === '#777').getBoundingClientRect();
                return {page: document.documentElement.scrollWidth - innerWidth,
                        card: c.scrollWidth - c.clientWidth, label: t.height,
                        scale: [s.left, s.right, innerWidth]}; }""")
            assert sizes["page"] <= 0 and sizes["label"] >= 7, sizes
            assert (sizes["card"] > 0) is (width < 720), sizes
            assert 0 <= sizes["scale"][0] and sizes["scale"][1] <= sizes["scale"][2], sizes
            page.close()
        browser.close()
