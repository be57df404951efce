"""Held-out 26 (session 21: 10 news-day articles in no earlier quotes gold, drawn by held-out 25's
committed script with a new seed) itself — its spans are slices of its articles, its files hold
annotations and addresses (no text), no article of an earlier quotes set is used again, the draw gives
the set in its order, and the eval knows the set — its blind first runs pooled with the earlier ones, and a
floor under the after-fix figures (it fails on the blind code: speaker 0.714, via 0.918 without entities)."""

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
HELDOUT26 = GOLD / "heldout26"
DRAWN = [339, 1073, 694, 1581, 554, 936, 1346, 284, 1568, 1374]  # README's draw order
SKIPPED = {0: 1049}  # pool rank -> read and skipped: no attribution (a column in the author's voice)


@needs_news_day
def test_gold_spans_are_slices_of_the_articles() -> None:
    check_gold_spans(HELDOUT26, 10, 56)


def test_gold_files_are_annotations_not_texts() -> None:
    check_annotation_files(HELDOUT26)


def test_no_article_of_an_earlier_quotes_set_is_used_again() -> None:
    check_articles_new(HELDOUT26, set(DRAWN))


@needs_news_day
def test_the_draw_script_gives_the_set_in_its_order() -> None:
    pool, stderr = drawn_pool(HELDOUT26, "e2a8274")
    assert pool[:11] == read_order(DRAWN, SKIPPED)
    assert len(pool) == 17  # the filters leave no more
    assert "[419, 804, 1271]" in stderr and not {419, 804, 1271} & set(pool)  # held-out 23's loose numbers
    assert not set(pool) & {314, 1034, 1024, 1666, 757, 198, 826, 1489, 1134, 519, 458, 1465}  # held-out 25


def test_the_eval_knows_the_set() -> None:
    assert Q.SETS["heldout26"] == HELDOUT26


def test_the_blind_runs_of_the_set_are_recorded_both_ways() -> None:
    check_blind_runs(26, "e2a8274", 56, ent=(0.980, 0.875, 0.714, 0.918))


def test_pooled_rows_with_held_out_26() -> None:
    assert pooled_row(1, 25) == (0.947, 0.826, 0.882, 0.765, 0.924)  # the row session 18 printed
    assert pooled_row(1, 26) == (0.949, 0.828, 0.884, 0.763, 0.924)
    assert pooled_row(7, 26, "noent") == (0.948, 0.836, 0.888, 0.785, 0.931)


# after session 21's families (b2b0b32, 6c8fcde), no entities: content 0.925, speaker 0.735, via 0.980
@needs_news_day
def test_after_fix_scores_do_not_fall_back() -> None:
    check_after_fix(HELDOUT26, 0.92, 0.73, 0.97)
