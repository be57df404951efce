"""Held-out 28 (session 23: 10 news-day articles in no earlier quotes gold, drawn by held-out 27's
committed script with a new seed) itself — its spans are slices of its articles, its files hold
annotations and addresses (no text), no article of an earlier quotes set is used again, the draw gives
the set in its order (the three articles read and skipped for holding no attribution put back at their
ranks), and the eval knows the set."""

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
HELDOUT28 = GOLD / "heldout28"
DRAWN = [1241, 1639, 828, 1427, 1280, 1014, 1460, 276, 1172, 1547]  # README's draw order (ranks 2-12)
SKIPPED = {0: 891, 1: 1049, 5: 729}  # read, no attribution (README)
HELDOUT27 = {1062, 743, 1194, 910, 384, 462, 320, 1682, 106, 1370}


@needs_news_day
def test_gold_spans_are_slices_of_the_articles() -> None:
    check_gold_spans(HELDOUT28, 10, 43)


def test_gold_files_are_annotations_not_texts() -> None:
    check_annotation_files(HELDOUT28)


def test_no_article_of_an_earlier_quotes_set_is_used_again() -> None:
    check_articles_new(HELDOUT28, set(DRAWN))


@needs_news_day
def test_the_draw_script_gives_the_set_in_its_order() -> None:
    pool, stderr = drawn_pool(HELDOUT28, "0073b714")
    assert pool[:13] == read_order(DRAWN, SKIPPED)
    assert len(pool) == 16  # the filters leave no more
    assert "[164, 179, 267, 419]" in stderr and not {164, 179, 267, 419} & set(pool)  # held-out 23's loose numbers
    assert not set(pool) & HELDOUT27  # held-out 27's articles, excluded at 0073b714


def test_the_eval_knows_the_set() -> None:
    assert Q.SETS["heldout28"] == HELDOUT28


def test_the_blind_runs_of_the_set_are_recorded_both_ways() -> None:
    check_blind_runs(28, "0073b714", 43, ent=(0.911, 0.953, 0.854, 0.902), noent=(0.854, 0.902))


def test_pooled_rows_with_held_out_28() -> None:
    assert pooled_row(1, 27) == (0.951, 0.828, 0.885, 0.766, 0.921)  # the row session 22 printed
    assert pooled_row(1, 28) == (0.949, 0.832, 0.887, 0.769, 0.920)
    assert pooled_row(7, 28, "noent") == (0.948, 0.841, 0.891, 0.785, 0.926)


# after session 23's families (read, not blind), no entities: content 0.955, speaker 0.881, via 0.905
# (blind at 0073b714: 0.932 / 0.854 / 0.902 — the floor fails on the blind code)
@needs_news_day
def test_after_fix_scores_do_not_fall_back() -> None:
    check_after_fix(HELDOUT28, 0.95, 0.88, 0.90)
