"""Held-out 20 (session 13: 16 news-day articles in no earlier quotes gold) itself: every gold span
is a slice of its article, the files hold annotations and the article's address (no text), no
article of an earlier quotes set is used again, and the after-fix scores do not fall back (a
regression guard; the blind first run in docs/quality.md stays the estimate for unseen text).
The set's rule families are tested in test_quotes_session13.py."""

from __future__ import annotations

from pathlib import Path

import quote_helpers
from quote_helpers import (
    check_after_fix,
    check_annotation_files,
    check_articles_new,
    check_gold_spans,
    needs_news_day,
)

from khabar.pipeline import Pipeline

GOLD = Path(__file__).resolve().parent / "gold" / "quotes"
HELDOUT20 = GOLD / "heldout20"

pipe = quote_helpers.quotes_pipe


@needs_news_day
def test_gold_spans_are_slices_of_the_articles() -> None:
    check_gold_spans(HELDOUT20, 16, 51)


def test_gold_files_are_annotations_not_texts() -> None:
    check_annotation_files(HELDOUT20)


def test_no_article_of_an_earlier_quotes_set_is_used_again() -> None:
    check_articles_new(HELDOUT20, 16)


# after the session-13 families, no entities: 0.925 / 0.939 / 0.959 — blind 0.887 / 0.830 / 0.936
@needs_news_day
def test_after_fix_scores_do_not_fall_back(pipe: Pipeline) -> None:
    check_after_fix(HELDOUT20, 0.91, 0.92, 0.94, pipe)
