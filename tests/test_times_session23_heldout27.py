"""Held-out 27 (session 23, t23): ten time-dense news-day articles in no earlier times set, drawn by
tests/gold/times/heldout25/draw_dense.py with the seed «heldout27t»; the gold's offsets hold, the set is a
dated set of khabar.eval.times, no article of it is in an earlier times set, every article passes the draw's
filter, and the figures after session 23's families hold (blind at 0073b714: times F1 0.971, value 0.961 —
with mod 0.882 —, quantities 0.945)."""

from __future__ import annotations

import json
from pathlib import Path

from quote_helpers import needs_news_day
from time_helpers import script_module

from khabar.eval.times import ALL_SETS, SETS, UNDATED_SETS, evaluate, load_gold

GOLD = Path(__file__).parent / "gold" / "times"
KEYS = {40, 67, 176, 282, 418, 765, 1102, 1162, 1333, 1493}


def test_registered_as_dated_set():
    assert "heldout27" in SETS and "heldout27" not in UNDATED_SETS
    assert {int(p.stem) for p in (GOLD / "heldout27").glob("*.json")} == KEYS


def test_in_no_earlier_times_set():
    earlier_keys, earlier_urls = set(), set()
    for name, folder in ALL_SETS.items():
        if name == "heldout27":
            continue
        for p in folder.glob("*.json"):
            g = json.loads(p.read_text(encoding="utf-8"))
            earlier_keys.add(g["key"])
            earlier_urls.add(g.get("url"))
    for p in (GOLD / "heldout27").glob("*.json"):
        g = json.loads(p.read_text(encoding="utf-8"))
        assert g["key"] not in earlier_keys, g["key"]
        assert g.get("url") is None or g["url"] not in earlier_urls, g["key"]


@needs_news_day
def test_gold_offsets_and_counts():
    gold = load_gold(SETS["heldout27"])  # raises when an offset does not match its text
    assert len(gold) == 10 and all(g["published"] == "2015-08-10" for g in gold)
    assert sum(len(g["times"]) for g in gold) == 54
    assert sum(len(g["quantities"]) for g in gold) == 27


@needs_news_day
def test_articles_pass_the_draw_filter():
    draw = script_module(GOLD / "heldout25" / "draw_dense.py", "draw_dense_t23")
    for g in load_gold(SETS["heldout27"]):
        text = g["text"]
        assert 400 <= len(text) <= 6000, g["key"]
        assert len(draw.draw.TIMEISH.findall(text)) >= 5 and len(draw.draw.NUM.findall(text)) >= 3, g["key"]
        assert draw.density(text) >= 6.0, g["key"]


@needs_news_day
def test_after_session23_floor():
    # after the families (read, not blind): times 0.981 / value 0.962 (with mod 0.962), quantities 1.000 / 1.000
    from khabar.pipeline import Pipeline

    ts, qs = evaluate(load_gold(SETS["heldout27"]), Pipeline(stages=["text", "times", "quantities"]))
    t, q = ts.summary(), qs.summary()
    assert t["f1"] >= 0.975 and t["value_acc"] >= 0.96 and t["value_mod_acc"] >= 0.96, t
    assert q["f1"] >= 0.99 and q["value_acc"] >= 0.99, q
