"""Held-out 25 (session 21, t21): ten time-dense news-day articles in no earlier times set, drawn by
tests/gold/times/heldout25/draw_dense.py; the gold's offsets hold, the set is a dated set of
khabar.eval.times (test_times_gold scores it at the targets), no article of it is in an earlier times
set, and every article passes the draw's filter."""

from __future__ import annotations

import json
from pathlib import Path

from quote_helpers import needs_news_day
from time_helpers import script_module

from khabar.eval.times import ALL_SETS, SETS, UNDATED_SETS, load_gold

GOLD = Path(__file__).parent / "gold" / "times"
KEYS = {37, 192, 206, 462, 672, 743, 1095, 1151, 1321, 1481}


def test_registered_as_dated_set():
    assert "heldout25" in SETS and "heldout25" not in UNDATED_SETS
    assert {int(p.stem) for p in (GOLD / "heldout25").glob("*.json")} == KEYS


def test_in_no_earlier_times_set():
    earlier_keys, earlier_urls = set(), set()
    for name, folder in ALL_SETS.items():
        if name == "heldout25":
            continue
        for p in folder.glob("*.json"):
            g = json.loads(p.read_text(encoding="utf-8"))
            earlier_keys.add(g["key"])
            earlier_urls.add(g.get("url"))
    for p in (GOLD / "heldout25").glob("*.json"):
        g = json.loads(p.read_text(encoding="utf-8"))
        assert g["key"] not in earlier_keys and g["url"] not in earlier_urls, g["key"]


@needs_news_day
def test_gold_offsets_and_counts():
    gold = load_gold(SETS["heldout25"])  # raises when an offset does not match its text
    assert len(gold) == 10 and all(g["published"] == "2015-08-10" for g in gold)
    assert sum(len(g["times"]) for g in gold) == 57
    assert sum(len(g["quantities"]) for g in gold) == 20


@needs_news_day
def test_articles_pass_the_draw_filter():
    draw = script_module(GOLD / "heldout25" / "draw_dense.py", "draw_dense_t21")
    for g in load_gold(SETS["heldout25"]):
        text = g["text"]
        assert 400 <= len(text) <= 6000, g["key"]
        assert len(draw.draw.TIMEISH.findall(text)) >= 5 and len(draw.draw.NUM.findall(text)) >= 3, g["key"]
        assert draw.density(text) >= 6.0, g["key"]

