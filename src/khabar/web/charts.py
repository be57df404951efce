"""Inline SVG charts drawn on the server (no chart library, nothing fetched).

:func:`timeline_svg` draws, per day, stacked bars of an actor's mentions, events and
statements over a date axis around the days with mentions. The axis runs right to left, as
the pages read: the earliest day on the right, the latest on the left, the counts' scale on
the right, and a caption under the axis says so («الأقدم ← الأحدث»). All labels go through
:func:`markupsafe.escape`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup, escape

SERIES = (("mentions", "مقالات تذكره", "#2f6db5"), ("events", "أحداث", "#c2334d"),
          ("quotes", "تصريحات", "#2e8b47"))


_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def day_of(value: str | None) -> str | None:
    """The day a dated item is drawn on: an ISO date as is, a month (``2025-09``) on its
    first day, an ISO week (``2024-W37``) on its Monday; years and vague values: none."""
    if not value:
        return None
    if _parse(value) is not None and len(value) >= 10:
        return value[:10]
    if m := _MONTH.match(value):
        return f"{m[1]}-{m[2]}-01" if 1 <= int(m[2]) <= 12 else None
    if m := _WEEK.match(value):
        try:
            return date.fromisocalendar(int(m[1]), int(m[2]), 1).isoformat()
        except ValueError:
            return None
    return None


def day_counts(articles: Iterable[dict], items: Iterable[dict]) -> tuple[list[dict], dict]:
    """``(points, undated)`` of a timeline chart: per day (:func:`day_of`), the ``articles``
    by dateline (``mentions``) and the timeline ``items`` — events by their date, statements
    by their article's dateline (``kind``); ``undated``: the counts no day holds (an article
    without a dateline, an event dated by no day, month or week), which the chart cannot
    draw. One count for an actor's chart and a story's (session 24: each counted them)."""
    days: dict[str, dict] = {}
    undated = {"mentions": 0, "events": 0, "quotes": 0}

    def bump(value: str | None, key: str) -> None:
        day = day_of(value)
        if day is None:
            undated[key] += 1
        else:
            d = days.setdefault(day, {"mentions": 0, "events": 0, "quotes": 0})
            d[key] += 1

    for a in articles:
        bump(a.get("published"), "mentions")
    for item in items:
        bump(item.get("date"), "events" if item.get("kind") == "event" else "quotes")
    return [{"date": d, **v} for d, v in sorted(days.items())], undated


def _parse(d: str) -> date | None:
    try:
        return date.fromisoformat(d[:10])
    except (TypeError, ValueError):
        return None


AXIS_LABEL = "الخط الزمني، الأقدم يمينًا والأحدث يسارًا"
DIRECTION = "الأقدم ← الأحدث"  # under the axis; an RTL run: «الأقدم» on the right
FOCUS_DAYS = 14  # days drawn around the reports before far dates become edge counts
# the least height of a count's bar (session 24): one report beside a peak of 150 on a
# 176-px plot drew 1.2 px, and the days far from the peak (an actor's reports years apart)
# read as none; the title of each bar keeps its count
MIN_BAR = 3.0


def _stack(values: list[int], height: float) -> list[float]:
    """The heights of a stack's segments (``values`` > 0, bottom first): each at least
    :data:`MIN_BAR`, and together ``height`` — the total's height on the scale, so a stack
    ends at its total's gridline and never above the axis top (session 24: the floors were
    added on top, and 98 + 1 + 1 stood above the «100» line). The floors are taken from the
    larger segments, in proportion; a stack lower than a floor for each segment is one floor
    each (a few pixels above its total, near the zero line)."""
    if height <= MIN_BAR * len(values):
        return [MIN_BAR] * len(values)
    floored: set[int] = set()
    while True:
        rest = height - MIN_BAR * len(floored)
        free = sum(v for i, v in enumerate(values) if i not in floored)
        low = {i for i, v in enumerate(values) if i not in floored and rest * v / free < MIN_BAR}
        if not low:
            return [MIN_BAR if i in floored else rest * v / free for i, v in enumerate(values)]
        floored |= low


def _focus(pts: list[tuple[date, dict]], margin: int) -> tuple[list, int, int, date, date]:
    """The points within ``margin`` days of the days with mentions (the reports), and how
    many items lie before / after that window: one event dated months away (a text date
    «في فبراير») would otherwise squeeze every bar of a one-day story into the edge."""
    core = [d for d, p in pts if p.get("mentions")] or [d for d, _ in pts]
    lo, hi = min(core) - timedelta(days=margin), max(core) + timedelta(days=margin)
    lo, hi = max(lo, pts[0][0]), min(hi, pts[-1][0])

    def size(p: dict) -> int:
        return sum(p.get(k, 0) or 0 for k, _, _ in SERIES)

    before = sum(size(p) for d, p in pts if d < lo)
    after = sum(size(p) for d, p in pts if d > hi)
    return [(d, p) for d, p in pts if lo <= d <= hi], before, after, lo, hi


# (session 25) a gap longer than this between drawn days breaks the axis: an actor of the 2015
# news day and of a 2024 article drew one nine-year axis, its days 2 px bars at both ends
BREAK_DAYS = 60
BREAK_W = 18  # px between the segments of a broken axis
TICK_ROOM = 90  # px a date tick needs on a broken axis (its label, 10 characters)


@dataclass(frozen=True)
class _Segment:
    """A run of days drawn on one piece of the axis: ``first`` … ``last`` (a day of margin
    each side), ``right`` px from the plot's right edge, ``width`` px wide."""

    first: date
    last: date
    right: float
    width: float

    @property
    def span(self) -> int:
        return max(1, (self.last - self.first).days)


def _segments(days: list[date], plot_w: float) -> list[_Segment]:
    """The axis's segments, earliest first (on the right): one for the whole span, unless two
    drawn days lie more than :data:`BREAK_DAYS` apart — then one per cluster, with
    :data:`BREAK_W` px between them, each as wide as its days ask plus an equal share (a
    one-day cluster beside a month stays readable)."""
    runs = [[days[0], days[0]]]
    for d in days[1:]:
        if (d - runs[-1][1]).days > BREAK_DAYS:
            runs.append([d, d])
        else:
            runs[-1][1] = d
    spans = [(hi - lo).days + 2 for lo, hi in runs]
    room = plot_w - BREAK_W * (len(runs) - 1)
    share = sum(spans) / len(runs)  # each segment's equal part, weighed as its days
    weights = [n + share for n in spans] if len(runs) > 1 else spans
    out, right = [], 0.0
    for (lo, hi), w in zip(runs, weights, strict=True):
        width = room * w / sum(weights)
        out.append(_Segment(lo - timedelta(days=1), hi + timedelta(days=1), right, width))
        right += width + BREAK_W
    return out


def _tick_days(segments: list[_Segment]) -> list[date]:
    """The days the axis labels: about 6 across one segment, from the right; on a broken
    axis as many of each cluster's own days as its segment's width holds (:data:`TICK_ROOM`),
    centred in their parts of it, so no label runs over a break into the next segment's."""
    if len(segments) == 1:
        g = segments[0]
        tick = max(1, g.span // 6)
        return [g.first + timedelta(days=i) for i in range(0, g.span + 1, tick)]
    out = []
    for g in segments:
        n = max(1, int(g.width // TICK_ROOM))
        days = g.span - 1  # the cluster's own days, without the margin day each side
        if days <= n:
            out.extend(g.first + timedelta(days=i) for i in range(1, days + 1))
        else:
            out.extend(dict.fromkeys(g.first + timedelta(days=1 + int((days - 1) * (i + 0.5) / n))
                                     for i in range(n)))
    return out


def _nice_axis(peak: int) -> tuple[int, int]:
    """A round tick step (1, 2 or 5 × 10ⁿ, at most 4 steps) and the axis top it reaches:
    a peak of 199 gives 0, 50 … 200, not 0, 50, 100, 149, 199."""
    peak = max(1, int(peak))
    step = 1
    while step * 4 < peak:
        step = _next_step(step)
    return step, -(-peak // step) * step


def _next_step(step: int) -> int:
    """The round number after ``step`` in 1, 2, 5, 10, 20, 50 …"""
    lead = int(str(step)[0])
    return step * 2 if lead in (1, 5) else step * 5 // 2


UNDATED = "لا يوم معروف لها، فلا تظهر في الخط الزمني"


def undated_note(undated: dict[str, int] | None, labels: dict[str, str] | None = None) -> Markup:
    """A line under a chart counting the items it cannot draw (an article without a
    dateline, an event of no known day): an undated corpus would otherwise show an actor
    of 19 articles as one bar of one event, or an empty chart."""
    parts = [f"{escape((labels or {}).get(k, label))}: {undated[k]}"
             for k, label, _ in SERIES if (undated or {}).get(k)]
    if not parts:
        return Markup("")
    return Markup(f'<p class="meta undated">{UNDATED} — {" · ".join(parts)}</p>')


def timeline_svg(points: list[dict], width: int = 900, height: int = 240,
                 labels: dict[str, str] | None = None, focus_days: int = FOCUS_DAYS,
                 undated: dict[str, int] | None = None) -> Markup:
    """Stacked daily bars; ``points`` are ``{"date", "mentions", "events", "quotes"}``
    (``mentions``: articles of that day mentioning the actor). ``labels`` renames series.
    Days further than ``focus_days`` from every day with mentions are not drawn; the
    items on them are counted at the axis ends («3 قبل ذلك»); ``undated`` (series → count)
    are counted under the chart (:func:`undated_note`)."""
    note = undated_note(undated, labels)
    series = [(k, (labels or {}).get(k, label), colour) for k, label, colour in SERIES]
    pts = [(d, p) for p in points if (d := _parse(p.get("date", ""))) is not None]
    if not pts:
        return Markup('<p class="empty">لا بيانات زمنية</p>') + note
    pts.sort(key=lambda x: x[0])
    pts, before, after, _, _ = _focus(pts, focus_days)
    # right to left: the scale's margin on the right, where the axis starts
    left, right, top, bottom = 44, 40, 30, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    segments = _segments([d for d, _ in pts], plot_w)

    def x_of(d: date) -> float:
        """The x of a day: ``first`` at the plot's right edge, ``last`` at its left; on a
        broken axis, in its own segment (:func:`_segments`)."""
        seg = next((g for g in segments if d <= g.last), segments[-1])
        return width - right - seg.right - seg.width * (d - seg.first).days / seg.span

    step, peak = _nice_axis(max(sum(p.get(k, 0) or 0 for k, _, _ in series) for _, p in pts))
    bar_w = max(2.0, min(18.0, min(g.width / (g.span + 1) for g in segments) * 0.8))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
           f'role="img" aria-label="{AXIS_LABEL}" direction="ltr">']
    # axes and horizontal grid; the scale right-aligned in the right margin
    for val in range(0, peak + 1, step):
        y = top + plot_h * (1 - val / peak)
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" '
                   f'stroke="#eee"/><text x="{width - 6}" y="{y + 4:.1f}" font-size="10" '
                   f'text-anchor="end" fill="#777">{val}</text>')
    for d, p in pts:
        x = x_of(d) - bar_w / 2
        y = top + plot_h
        drawn = [(key, label, colour, p.get(key, 0) or 0) for key, label, colour in series]
        drawn = [s for s in drawn if s[3]]  # a zero count draws nothing
        heights = _stack([v for *_, v in drawn], plot_h * sum(v for *_, v in drawn) / peak)
        for (_key, label, colour, v), h in zip(drawn, heights, strict=True):
            y -= h
            out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                       f'fill="{colour}"><title>{escape(d.isoformat())} · {escape(label)}: '
                       f'{v}</title></rect>')
    # date ticks (:func:`_tick_days`)
    for d in _tick_days(segments):
        x = x_of(d)
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top + plot_h}" '
                   f'y2="{top + plot_h + 4}" stroke="#999"/><text x="{x:.1f}" '
                   f'y="{top + plot_h + 16}" font-size="10" text-anchor="middle" '
                   f'fill="#555" class="day">{d.isoformat()}</text>')
    # the breaks: two slashes across the axis between segments, titled with the days left out
    for g, h in zip(segments, segments[1:], strict=False):
        x = width - right - g.right - g.width - BREAK_W / 2
        y = top + plot_h
        out.append(f'<g class="break"><title>{escape(g.last.isoformat())} … '
                   f'{escape(h.first.isoformat())}</title>'
                   f'<rect x="{x - BREAK_W / 2 + 2:.1f}" y="{top}" width="{BREAK_W - 4}" '
                   f'height="{plot_h + 6}" fill="#fff"/>'
                   + "".join(f'<line x1="{x + dx - 3:.1f}" x2="{x + dx + 3:.1f}" '
                             f'y1="{y + 5}" y2="{y - 5}" stroke="#777"/>' for dx in (-3, 3))
                   + '</g>')
    # the direction in words, under the middle of the axis
    out.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 2}" font-size="10" '
               f'text-anchor="middle" fill="#555" direction="rtl" class="direction">'
               f'{DIRECTION}</text>')
    # items dated outside the drawn window, counted at the ends of the axis: the earlier
    # ones on the right, the later on the left (right-to-left text: «start» is its right)
    for n, x, anchor, word in ((before, width - right, "start", "قبل ذلك"),
                               (after, left, "end", "بعد ذلك")):
        if n:
            out.append(f'<text x="{x}" y="{height - 2}" font-size="10" text-anchor="{anchor}" '
                       f'direction="rtl" fill="#a33" class="outside">{n} {word}</text>')
    # legend (Arabic labels, placed at the right edge for RTL readers)
    lx = width - 8
    for _key, label, colour in series:
        out.append(f'<rect x="{lx - 10}" y="8" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{lx - 15}" y="17" font-size="12" text-anchor="end">'
                   f'{escape(label)}</text>')
        lx -= 110
    out.append("</svg>")
    return Markup("".join(out)) + note
