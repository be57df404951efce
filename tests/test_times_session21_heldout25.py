"""Held-out 25 (session 21, t21): ten time-dense news-day articles in no earlier times set, drawn by
tests/gold/times/heldout25/draw_dense.py; the gold's offsets hold, the set is a dated set of
khabar.eval.times (test_times_gold scores it at the targets), no article of it is in an earlier times
set, and every article passes the draw's filter."""

from __future__ import annotations

from quote_helpers import needs_news_day
from time_helpers import (
    check_dated_set,
    check_dense_draw_filter,
    check_dense_gold,
    check_in_no_earlier_set,
)

KEYS = {37, 192, 206, 462, 672, 743, 1095, 1151, 1321, 1481}


def test_registered_as_dated_set():
    check_dated_set("heldout25", KEYS)


def test_in_no_earlier_times_set():
    check_in_no_earlier_set("heldout25", urls_required=True)


@needs_news_day
def test_gold_offsets_and_counts():
    check_dense_gold("heldout25", times=57, quantities=20)


@needs_news_day
def test_articles_pass_the_draw_filter():
    check_dense_draw_filter("heldout25")
