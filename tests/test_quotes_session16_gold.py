"""Held-out 23 (session 16: 11 news-day articles in no earlier quotes gold, drawn by the committed
seeded script) itself: every gold span is a slice of its article, the files hold annotations and the
article's address (no text), no article of an earlier quotes set is used again, and the draw script
gives the set's articles in its order, without the records the quote notes name beside a comma or a
slash; and the after-fix scores do not fall back (a regression guard: the blind first run in
docs/quality.md stays the estimate for unseen text). The set's rule families are tested in
test_quotes_session16.py."""

from __future__ import annotations

from pathlib import Path

import quote_helpers
from quote_helpers import (
    check_after_fix,
    check_annotation_files,
    check_articles_new,
    check_gold_spans,
    drawn_pool,
    needs_news_day,
    read_order,
)

from khabar.pipeline import Pipeline

GOLD = Path(__file__).resolve().parent / "gold" / "quotes"
HELDOUT23 = GOLD / "heldout23"
DRAWN = [960, 850, 1309, 430, 1012, 336, 1398, 997, 701, 110, 1440]  # README's draw order
SKIPPED = {2: 685, 10: 1653}  # pool rank -> read and skipped: no attribution

pipe = quote_helpers.quotes_pipe


@needs_news_day
def test_gold_spans_are_slices_of_the_articles() -> None:
    check_gold_spans(HELDOUT23, 11, 56)


def test_gold_files_are_annotations_not_texts() -> None:
    check_annotation_files(HELDOUT23)


def test_no_article_of_an_earlier_quotes_set_is_used_again() -> None:
    check_articles_new(HELDOUT23, set(DRAWN))


@needs_news_day
def test_the_draw_script_gives_the_set_in_its_order() -> None:
    pool, stderr = drawn_pool(HELDOUT23, "f899208")
    expected = read_order(DRAWN, SKIPPED)
    assert pool[:13] == expected
    # the records named «124, 512, 1327», «768/1330», «186/1608/1627» in the notes are not drawn
    assert not {512, 1330, 1608} & set(pool) and "[512, 1330, 1608]" in stderr


# after the session-16 families, no entities: 0.893 / 0.978 / 0.957 — blind 0.871 / 0.841 / 0.864
@needs_news_day
def test_after_fix_scores_do_not_fall_back(pipe: Pipeline) -> None:
    check_after_fix(HELDOUT23, 0.88, 0.95, 0.95, pipe)
