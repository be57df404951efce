"""Held-out 20 (session 13: 16 news-day articles in no earlier quotes gold) itself: every gold span
is a slice of its article, the files hold annotations and the article's address (no text), no
article of an earlier quotes set is used again, and the after-fix scores do not fall back (a
regression guard; the blind first run in docs/quality.md stays the estimate for unseen text).
The set's rule families are tested in test_quotes_session13.py."""

from __future__ import annotations

import json
from pathlib import Path

from quote_helpers import check_annotation_files, check_gold_spans, needs_news_day

GOLD = Path(__file__).resolve().parent / "gold" / "quotes"
HELDOUT20 = GOLD / "heldout20"


@needs_news_day
def test_gold_spans_are_slices_of_the_articles() -> None:
    check_gold_spans(HELDOUT20, 16, 51)


def test_gold_files_are_annotations_not_texts() -> None:
    check_annotation_files(HELDOUT20)


def test_no_article_of_an_earlier_quotes_set_is_used_again() -> None:
    earlier = set()
    for path in GOLD.rglob("*.json"):
        if path.parent == HELDOUT20:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(gold, dict) and "index" in gold:
            earlier.add(gold["index"])
    drawn = {json.loads(p.read_text(encoding="utf-8"))["index"] for p in HELDOUT20.glob("*.json")}
    assert len(drawn) == 16 and not drawn & earlier
