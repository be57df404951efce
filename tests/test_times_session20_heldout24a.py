"""Held-out 24a (session 20, t20): six ANERcorp blocks without a dateline, filling held-out 24w's few quantities.

The block texts are read from ../shared and pinned here by a hash; the draw left out every block an earlier
ANERcorp sample read (times, quotes, events audits of sessions 18-20, events roles and labels) and the blocks
t20 had grepped in the session before drawing (heldout24a.txt's notes). No score targets: scored blind.
"""

from __future__ import annotations

import pytest
from time_helpers import anercorp_blocks, script_module

from khabar.eval.corpus import REPO, shared_dir
from khabar.eval.times import (
    ANERCORP_FIRST,
    SETS,
    UNDATED_SETS,
    anercorp_block,
    load_gold,
    span_hash,
)

needs_anercorp = pytest.mark.skipif(
    not (shared_dir() / "data" / "ner" / "anercorp" / "train.txt").exists(), reason="needs ANERcorp (../shared)")

BLOCK_SHA1 = {743: "000f415a59b0", 1373: "97c6c8bd8858", 1553: "be771c79088b", 2143: "f953d7471252",
              3613: "a766672dc670", 3743: "1ef67681ef2f"}
DRAW = REPO / "tests" / "gold" / "times" / "heldout21" / "draw_anercorp.py"


_module = script_module


_keys = anercorp_blocks


def test_registered_as_undated_only():
    assert "heldout24a" in UNDATED_SETS and "heldout24a" not in SETS
    build = _module(REPO / "tests" / "gold" / "times" / "build.py", "build")
    assert build.SETS["heldout24a.txt"] == UNDATED_SETS["heldout24a"]


def test_blocks_are_new_and_outside_the_ner_held_out():
    keys = _keys("heldout24a")
    assert keys == set(BLOCK_SHA1)
    assert not keys & (_keys("heldout21a") | _keys("heldout22a") | _keys("heldout23a"))
    assert all(k >= ANERCORP_FIRST and (k - ANERCORP_FIRST) % 10 == 0 for k in keys)
    draw = _module(DRAW, "draw_anercorp")
    assert not keys & draw.used_blocks(ignore=("heldout24a.txt",))
    assert keys <= draw.used_blocks()  # excluded from a later draw


@needs_anercorp
def test_blocks_are_pinned_and_the_gold_loads():
    for b, sha in BLOCK_SHA1.items():
        assert span_hash(anercorp_block(b)) == sha
    gold = load_gold(UNDATED_SETS["heldout24a"])
    assert all(g["published"] is None for g in gold)
    assert sum(len(g["times"]) for g in gold) == 33 and sum(len(g["quantities"]) for g in gold) == 20
