"""Held-out 24 (session 17: 9 news-day articles in no earlier quotes gold, drawn by the committed
seeded script) itself — its spans are slices of its articles, its files hold annotations and
addresses (no text), no article of an earlier quotes set is used again, the draw gives the set in its
order — and the pooled blind rows: ``eval.quotes --pool`` recomputes the published pooled figures
from the committed blind first runs (tests/gold/quotes/blind_runs.tsv)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from quote_helpers import (
    check_after_fix,
    check_annotation_files,
    check_articles_new,
    check_gold_spans,
    drawn_pool,
    needs_news_day,
    pooled_row,
    read_order,
)

from khabar.eval import quotes as Q

GOLD = Path(__file__).resolve().parent / "gold" / "quotes"
HELDOUT24 = GOLD / "heldout24"
DRAWN = [560, 183, 142, 914, 943, 711, 333, 368, 533]  # README's draw order
SKIPPED = {5: 1441, 6: 1420, 9: 1323}  # pool rank -> read and skipped: no attribution


@needs_news_day
def test_gold_spans_are_slices_of_the_articles() -> None:
    check_gold_spans(HELDOUT24, 9, 51)


def test_gold_files_are_annotations_not_texts() -> None:
    check_annotation_files(HELDOUT24)


def test_no_article_of_an_earlier_quotes_set_is_used_again() -> None:
    check_articles_new(HELDOUT24, set(DRAWN))


@needs_news_day
def test_the_draw_script_gives_the_set_in_its_order() -> None:
    pool, stderr = drawn_pool(HELDOUT24, "c9acab8")
    expected = read_order(DRAWN, SKIPPED)
    assert pool[:12] == expected
    assert "[1205]" in stderr and 1205 not in pool  # held-out 23's loose-number exclusion, at c9acab8


def test_the_eval_knows_the_set() -> None:
    assert Q.SETS["heldout24"] == HELDOUT24


@pytest.mark.parametrize(("last", "published"), [
    # the pooled figures docs/quality.md printed at three decimals (content P / R / F1, speaker, via)
    (5, (0.938, 0.796, 0.861, 0.671, 0.855)),
    (12, (0.953, 0.809, 0.875, 0.727, 0.894)),
    (14, (0.956, 0.820, 0.883, 0.736, 0.911)),
    (15, (0.950, 0.822, 0.881, 0.739, 0.906)),
    (16, (0.951, 0.815, 0.878, 0.730, 0.907)),
    (20, (0.942, 0.825, 0.880, 0.753, 0.918)),
    (21, (0.940, 0.826, 0.879, 0.757, 0.923)),
    (23, (0.944, 0.822, 0.879, 0.755, 0.923)),
])
def test_pooling_reproduces_the_published_pooled_rows(last: int, published: tuple[float, ...]) -> None:
    assert pooled_row(1, last) == published


def test_one_set_pooled_is_that_set() -> None:
    (run,) = [b for b in Q.blind_runs() if b.set == 22 and b.mode == "ent"]
    s = Q.pool([run])
    assert (round(s["content_p"], 3), round(s["content_r"], 3), round(s["speaker_acc"], 3)) == (0.978, 0.789, 0.667)
    assert s["gold"] == run.gold == 57


def test_pooling_weights_sets_by_their_paired_quotes_not_equally() -> None:
    a, b = Q.BlindRun(1, "ent", "x", 100, 1.0, 1.0, 1.0, 1.0), Q.BlindRun(2, "ent", "x", 10, 1.0, 0.5, 0.0, 1.0)
    s = Q.pool([a, b])
    assert s["speaker_acc"] == pytest.approx(100 / 105) and s["content_r"] == pytest.approx(105 / 110)
    assert s["speaker_acc"] != pytest.approx(0.5)  # not the mean of the two sets' accuracies


def test_every_held_out_set_has_its_blind_run_with_entities() -> None:
    sets = {b.set for b in Q.blind_runs() if b.mode == "ent"}
    assert sets == set(range(1, max(sets) + 1)) and max(sets) >= 24  # a later set appends its row
    held = {int(name[7:] or 1) for name in Q.SETS if name.startswith("heldout")}
    assert held == sets


def test_the_pool_command_prints_the_rows() -> None:
    run = subprocess.run([sys.executable, "-m", "khabar.eval.quotes", "--pool"], check=True, capture_output=True,
                         text=True)
    assert "pooled 1–23 (ent, 1184 attributions): content 0.944 / 0.822 / 0.879, speaker 0.755" in run.stdout


# after the session-17 families, no entities: 0.990 / 1.000 / 1.000 — blind 0.917 / 0.932 / 0.909
@needs_news_day
def test_after_fix_scores_do_not_fall_back() -> None:
    check_after_fix(HELDOUT24, 0.98, 0.98, 0.98)
