"""The time and quantity stages meet their targets on the hand-made gold (dev set and
held-out sets 1–14, tests/gold/times); the gold's offsets match the corpus texts."""

from __future__ import annotations

import pytest

from khabar.eval.corpus import shared_dir
from khabar.eval.times import SETS, evaluate, load_gold

pytestmark = pytest.mark.skipif(
    not (shared_dir() / "data" / "news" / "dev" / "2015-08-10.zip").exists(),
    reason="needs the shared news corpus (../shared)",
)


@pytest.fixture(scope="module")
def scores():
    from khabar.pipeline import Pipeline

    pipe = Pipeline(stages=["text", "times", "quantities"])
    return {name: evaluate(load_gold(path), pipe) for name, path in SETS.items()}


@pytest.mark.parametrize("name", list(SETS))
def test_time_targets(scores, name: str) -> None:
    t = scores[name][0].summary()
    assert t["f1"] >= 0.95, t
    assert t["value_acc"] >= 0.95, t


@pytest.mark.parametrize("name", list(SETS))
def test_quantity_targets(scores, name: str) -> None:
    q = scores[name][1].summary()
    assert q["value_acc"] >= 0.95, q
    assert q["f1"] >= 0.9, q


def test_gold_offsets_match_texts() -> None:
    for path in SETS.values():
        for art in load_gold(path):  # raises when an offset does not match its text
            for item in art["times"] + art["quantities"]:
                assert art["text"][item["start"] : item["end"]] == item["text"]


# The blind checks after their error families were fixed: guard the after-fix figures.
# First runs (times F1 / value accuracy; quantities F1 / value accuracy): heldout8 0.907 /
# 0.909, 0.927 / 1.000; heldout9 0.966 / 0.964, 0.939 / 0.965; heldout10 0.966 / 0.991,
# 0.966 / 0.991; heldout11 0.976 / 1.000, 0.864 / 1.000; heldout13 0.889 / 0.942, 0.914 / 1.000;
# heldout14 0.941 / 0.964, 0.967 / 1.000; heldout15 0.941 / 0.920, 0.912 / 1.000 (docs/quality.md).
@pytest.mark.parametrize(
    "name", ["heldout8", "heldout9", "heldout10", "heldout11", "heldout13", "heldout14", "heldout15"]
)
def test_heldout_after_fix(scores, name: str) -> None:
    t, q = (s.summary() for s in scores[name])
    assert t["f1"] >= 0.98 and t["value_acc"] >= 0.98, t
    assert q["f1"] >= 0.98 and q["value_acc"] >= 0.98, q
