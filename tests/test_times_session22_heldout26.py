"""Held-out 26 (session 22, t22): ten time-dense news-day articles in no earlier times set, drawn by
tests/gold/times/heldout25/draw_dense.py with the seed «heldout26t»; the gold's offsets hold, the set is a
dated set of khabar.eval.times, no article of it is in an earlier times set, every article passes the draw's
filter, and the figures after session 22's families hold (blind at d22ae8d: times F1 0.948, quantities 0.947)."""

from __future__ import annotations

from quote_helpers import needs_news_day
from time_helpers import (
    check_dated_set,
    check_dense_draw_filter,
    check_dense_gold,
    check_in_no_earlier_set,
    dense_scores,
)

KEYS = {21, 120, 339, 392, 605, 934, 1092, 1163, 1325, 1475}


def test_registered_as_dated_set():
    check_dated_set("heldout26", KEYS)


def test_in_no_earlier_times_set():
    check_in_no_earlier_set("heldout26")


@needs_news_day
def test_gold_offsets_and_counts():
    check_dense_gold("heldout26", times=59, quantities=27)


@needs_news_day
def test_articles_pass_the_draw_filter():
    check_dense_draw_filter("heldout26")


@needs_news_day
def test_after_session22_floor():
    # after the families (read, not blind): times 0.983 / value 1.000, quantities 1.000 / 1.000
    t, q = dense_scores("heldout26")
    assert t["f1"] >= 0.98 and t["value_acc"] >= 0.99, t
    assert q["f1"] >= 0.98 and q["value_acc"] >= 0.99, q
