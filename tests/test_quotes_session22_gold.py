"""Held-out 27 (session 22: 10 news-day articles in no earlier quotes gold, drawn by held-out 26's
committed script with a new seed) itself — its spans are slices of its articles, its files hold
annotations and addresses (no text), no article of an earlier quotes set is used again, the draw gives
the set in its order, and the eval knows the set — its blind first runs pooled with the earlier ones, and a
floor under the after-fix figures (it fails on the blind code: speaker 0.733, via 0.867 without entities)."""

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
HELDOUT27 = GOLD / "heldout27"
DRAWN = [1062, 743, 1194, 910, 384, 462, 320, 1682, 106, 1370]  # README's draw order (ranks 0-9)
HELDOUT26 = {339, 1073, 694, 1581, 554, 936, 1346, 284, 1568, 1374, 1049}  # its set and its skipped rank 0


@needs_news_day
def test_gold_spans_are_slices_of_the_articles() -> None:
    check_gold_spans(HELDOUT27, 10, 71)


def test_gold_files_are_annotations_not_texts() -> None:
    check_annotation_files(HELDOUT27)


def test_no_article_of_an_earlier_quotes_set_is_used_again() -> None:
    check_articles_new(HELDOUT27, set(DRAWN))


@needs_news_day
def test_the_draw_script_gives_the_set_in_its_order() -> None:
    pool, stderr = drawn_pool(HELDOUT27, "f199687")
    assert pool[:10] == read_order(DRAWN, {})
    assert len(pool) == 19  # the filters leave no more
    assert "[129]" in stderr and 129 not in pool  # held-out 23's loose numbers
    assert not set(pool) & HELDOUT26  # held-out 26's articles, excluded at f199687


def test_the_eval_knows_the_set() -> None:
    assert Q.SETS["heldout27"] == HELDOUT27


def test_the_blind_runs_of_the_set_are_recorded_both_ways() -> None:
    check_blind_runs(27, "f199687", 71, ent=(0.984, 0.845, 0.817, 0.867), noent=(0.733, 0.867))


def test_pooled_rows_with_held_out_27() -> None:
    assert pooled_row(1, 26) == (0.949, 0.828, 0.884, 0.763, 0.924)  # the row session 21 printed
    assert pooled_row(1, 27) == (0.951, 0.828, 0.885, 0.766, 0.921)
    assert pooled_row(7, 27, "noent") == (0.950, 0.836, 0.889, 0.782, 0.927)


# after session 22's families (82a26de, b948f0f, 6b6827f), no entities: content 0.910, speaker 0.869, via 0.918
@needs_news_day
def test_after_fix_scores_do_not_fall_back() -> None:
    check_after_fix(HELDOUT27, 0.90, 0.86, 0.91)
