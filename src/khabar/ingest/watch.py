"""``khabar watch``: poll a list of feeds forever (or for N rounds), surviving errors.

Each round ingests every feed of the feeds file (one URL or path per line, ``#``
comments), then refreshes near-duplicate groups and stories around the new articles' dates. A feed
that fails (network, HTTP error, malformed XML) is reported and retried next round; an
unexpected exception in one feed never ends the watch.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import regex

from khabar.ingest.runner import Ingestor, Summary
from khabar.ingest.sources import Failure
from khabar.store.core import now_iso

_DURATION = regex.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds of ``"90"``, ``"30s"``, ``"10m"``, ``"1h"`` or ``"1d"``."""
    m = _DURATION.match(text)
    if not m:
        raise ValueError(f"bad interval {text!r}: use e.g. 30s, 10m, 1h")
    return float(m.group(1)) * _UNIT[m.group(2)]


def read_feeds(path: str | Path) -> list[str]:
    """The feed URLs/paths of a feeds file."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line.split()[0])
    return out


def watch(
    ingestor: Ingestor,
    feeds_file: str | Path,
    *,
    interval: float,
    max_rounds: int | None = None,
    refresh_days: int = 3,
    report: Callable[[int, Summary], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Summary:
    """Poll the feeds every ``interval`` seconds; returns the total over all rounds."""
    total = Summary()
    rounds = 0
    while max_rounds is None or rounds < max_rounds:
        rounds += 1
        started = time.monotonic()
        round_start = now_iso()
        summary = Summary()
        try:
            feeds = read_feeds(feeds_file)
        except OSError as exc:
            feeds = []
            summary.failed.append(Failure(str(feeds_file), f"cannot read feeds file: {exc}"))
        for feed in feeds:
            try:
                for item in ingestor.items(feed, summary):
                    ingestor.add(item, summary)
            except Exception as exc:  # a broken feed must not end the watch
                summary.failed.append(Failure(feed, f"{exc.__class__.__name__}: {exc}"))
        if summary.ingested or summary.updated:
            try:
                ingestor.store.refresh_corpus(round_start, window_days=refresh_days)
            except Exception as exc:
                summary.failed.append(Failure("corpus refresh", f"{exc.__class__.__name__}: {exc}"))
        total.add(summary)
        if report:
            report(rounds, summary)
        if max_rounds is not None and rounds >= max_rounds:
            break
        sleep(max(0.0, interval - (time.monotonic() - started)))
    return total
