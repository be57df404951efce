"""Held-out 27 (session 23, t23): ten time-dense news-day articles in no earlier times set, drawn by
tests/gold/times/heldout25/draw_dense.py with the seed «heldout27t»; the gold's offsets hold, the set is a
dated set of khabar.eval.times, no article of it is in an earlier times set, every article passes the draw's
filter, and the figures after session 23's families hold (blind at 0073b714: times F1 0.971, value 0.961 —
with mod 0.882 —, quantities 0.945)."""

from __future__ import annotations

from quote_helpers import needs_news_day
from time_helpers import (
    check_dated_set,
    check_dense_draw_filter,
    check_dense_gold,
    check_in_no_earlier_set,
    dense_scores,
)

KEYS = {40, 67, 176, 282, 418, 765, 1102, 1162, 1333, 1493}


def test_registered_as_dated_set():
    check_dated_set("heldout27", KEYS)


def test_in_no_earlier_times_set():
    check_in_no_earlier_set("heldout27")


@needs_news_day
def test_gold_offsets_and_counts():
    check_dense_gold("heldout27", times=54, quantities=27)


@needs_news_day
def test_articles_pass_the_draw_filter():
    check_dense_draw_filter("heldout27")


@needs_news_day
def test_after_session23_floor():
    # after the families (read, not blind): times 0.981 / value 0.962 (with mod 0.962), quantities 1.000 / 1.000
    t, q = dense_scores("heldout27")
    assert t["f1"] >= 0.975 and t["value_acc"] >= 0.96 and t["value_mod_acc"] >= 0.96, t
    assert q["f1"] >= 0.99 and q["value_acc"] >= 0.99, q
