"""Held-out 19 (session 12: 42 sentences of half B of the events dev slice that held-out 18 did not
take) itself: every gold span is a slice of its row, the files hold annotations and the row's
address (no text), no row of held-out 18 is used again, and the after-fix scores do not fall back
(a regression guard; the blind first run in docs/quality.md stays the estimate for unseen text).
The set's rule families are tested in test_quotes_session12.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import quote_helpers
from quote_helpers import any_span, check_after_fix, check_spans

from khabar.eval.corpus import shared_dir
from khabar.pipeline import Pipeline

GOLD = Path(__file__).resolve().parent / "gold" / "quotes"
needs_events_slice = pytest.mark.skipif(
    not (shared_dir() / "data" / "events" / "dev" / "assault_gsr.csv").exists(),
    reason="shared events slice not available")

pipe = quote_helpers.quotes_pipe


def _files(name: str) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((GOLD / name).glob("*.json"))]


@needs_events_slice
def test_gold_spans_are_slices_of_the_slice_rows() -> None:
    from khabar.eval.quotes import load_gold

    golds = load_gold(GOLD / "heldout19")
    assert len(golds) == 42 and sum(len(g["quotes"]) for g in golds) == 54
    for gold in golds:
        for q in gold["quotes"]:
            assert q["cue"] and q["content"]
            check_spans(gold["text"], q, (gold["key"],), missing_ok=any_span)
            assert q["type"] in ("direct", "indirect", "mixed")
            assert (q["speaker"] is None) == (q["source"] is None)


def test_gold_files_are_annotations_not_texts() -> None:
    for gold in _files("heldout19"):
        assert set(gold) == {"file", "row", "sha1", "draw", "quotes"}
        assert gold["file"] in ("assault_gsr.csv", "protest_gsr.csv")


def test_no_row_of_heldout18_is_used_again() -> None:
    rows18 = {(g["file"], g["row"]) for g in _files("heldout18")} | {g["sha1"] for g in _files("heldout18")}
    assert not any((g["file"], g["row"]) in rows18 or g["sha1"] in rows18 for g in _files("heldout19"))


# after the session-12 families, no entities: 0.943 / 0.900 / 1.000 — blind 0.914 / 0.833 / 0.958
@needs_events_slice
def test_after_fix_scores_do_not_fall_back(pipe: Pipeline) -> None:
    check_after_fix(GOLD / "heldout19", 0.92, 0.87, 0.97, pipe)
