"""Held-out 30 (session 25: 10 news-day articles in no earlier quotes gold, drawn by held-out 29's
committed script with a new seed) itself — its spans are slices of its articles, its files hold
annotations and addresses (no text), no article of an earlier quotes set is used again, the draw gives
the set in its order (the article read and skipped for holding no attribution put back at its rank),
the eval knows the set, and its blind first runs are recorded and pooled."""

from __future__ import annotations

from pathlib import Path

from quote_helpers import (
    check_after_fix,
    check_annotation_files,
    check_articles_new,
    check_blind_runs,
    check_gold_spans,
    drawn_pool,
    needs_news_day,
    pooled_row,
    read_order,
)

from khabar.eval import quotes as Q

GOLD = Path(__file__).resolve().parent / "gold" / "quotes"
HELDOUT30 = GOLD / "heldout30"
DRAWN = [674, 229, 318, 1074, 1269, 1341, 1495, 1539, 1670, 491]  # README's draw order (ranks 0-4, 6-10)
SKIPPED = {5: 1050}  # read, no attribution (README)
HELDOUT29 = {380, 1264, 1077, 897, 1584, 1221, 288, 1372, 100, 1588}


@needs_news_day
def test_gold_spans_are_slices_of_the_articles() -> None:
    check_gold_spans(HELDOUT30, 10, 36)


def test_gold_files_are_annotations_not_texts() -> None:
    check_annotation_files(HELDOUT30)


def test_no_article_of_an_earlier_quotes_set_is_used_again() -> None:
    check_articles_new(HELDOUT30, set(DRAWN))


@needs_news_day
def test_the_draw_script_gives_the_set_in_its_order() -> None:
    pool, stderr = drawn_pool(HELDOUT30, "14834374")
    assert pool[:11] == read_order(DRAWN, SKIPPED)
    assert len(pool) == 14  # the filters leave no more
    assert "[111, 176, 419, 563, 789, 920]" in stderr and not {111, 176, 419, 563, 789, 920} & set(pool)
    assert not set(pool) & HELDOUT29  # held-out 29's articles, excluded at 14834374


def test_the_eval_knows_the_set() -> None:
    assert Q.SETS["heldout30"] == HELDOUT30


def test_the_blind_runs_of_the_set_are_recorded_both_ways() -> None:
    check_blind_runs(30, "14834374", 36, ent=(1.000, 0.778, 0.786, 0.964), noent=(0.786, 0.964))


def test_pooled_rows_with_held_out_30() -> None:
    assert pooled_row(1, 29) == (0.950, 0.833, 0.888, 0.773, 0.923)  # the row session 24 printed
    assert pooled_row(1, 30) == (0.951, 0.831, 0.887, 0.774, 0.924)
    assert pooled_row(7, 30, "noent") == (0.951, 0.838, 0.891, 0.790, 0.930)


# after session 25's families (read, not blind), no entities: content 0.875, speaker 0.929, via 0.964
# (blind at 14834374: 0.875 / 0.786 / 0.964 — the speaker floor fails on the blind code)
@needs_news_day
def test_after_fix_scores_do_not_fall_back() -> None:
    check_after_fix(HELDOUT30, 0.87, 0.92, 0.96)
