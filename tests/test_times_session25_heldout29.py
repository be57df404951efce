"""Held-out 29 (session 25, t25): ten news-day articles in no earlier times set, drawn by
tests/gold/times/heldout25/draw_dense.py with the seed «heldout29t» at density 5.0 (only 7 articles were left at
the default 6.0); the gold's offsets hold, the set is a dated set of khabar.eval.times, no article of it is in an
earlier times set, every article passes the draw's filter, and the figures after session 25's families hold (blind
at 14834374: times F1 0.940, value 0.982; quantities 0.957, value 0.982 — with approx 0.964)."""

from __future__ import annotations

from quote_helpers import needs_news_day
from time_helpers import (
    check_dated_set,
    check_dense_draw_filter,
    check_dense_gold,
    check_in_no_earlier_set,
    dense_scores,
)

KEYS = {23, 270, 501, 615, 832, 1083, 1166, 1264, 1374, 1505}


def test_registered_as_dated_set():
    check_dated_set("heldout29", KEYS)


def test_in_no_earlier_times_set():
    check_in_no_earlier_set("heldout29")


@needs_news_day
def test_gold_offsets_and_counts():
    check_dense_gold("heldout29", times=60, quantities=56)


@needs_news_day
def test_articles_pass_the_draw_filter():
    check_dense_draw_filter("heldout29", density=5.0)


@needs_news_day
def test_after_session25_floor():
    # after the families (read, not blind; d733b6cc): times 0.992 / value 0.983 (with mod 0.983), quantities
    # 1.000 / 1.000 (approx 1.000); left: a bare December narrated in 2013, the quoted «"الخميس الفائق"» (judgement)
    t, q = dense_scores("heldout29")
    assert t["f1"] >= 0.99 and t["value_acc"] >= 0.98 and t["value_mod_acc"] >= 0.98, t
    assert q["f1"] >= 0.995 and q["value_acc"] >= 0.995 and q["value_mod_acc"] >= 0.995, q
