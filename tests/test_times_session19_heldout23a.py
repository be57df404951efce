"""Held-out 23a (session 19, t19): twelve ANERcorp blocks without a dateline, a blind times/quantities set.

The gold keeps offsets and span strings only; the block texts are read from ../shared and pinned here by a
hash (a change of the detokeniser or of the corpus fails here instead of shifting offsets). The draw left
out every block an earlier ANERcorp sample read (draw_anercorp.py --exclude-used). No score targets: the set
is scored blind (figures in its notes and docs/quality.md).
"""

from __future__ import annotations

import hashlib

import pytest
from time_helpers import anercorp_blocks, script_module

from khabar.eval.corpus import REPO, shared_dir
from khabar.eval.times import ANERCORP_FIRST, SETS, UNDATED_SETS, anercorp_block, load_gold

needs_anercorp = pytest.mark.skipif(
    not (shared_dir() / "data" / "ner" / "anercorp" / "train.txt").exists(), reason="needs ANERcorp (../shared)")

# sha1 (first 12 hex digits) of each block's detokenised text
BLOCK_SHA1 = {803: "ecc6ca9a2e81", 813: "6ad1680cd155", 2453: "1cbbda042237", 2463: "24f7bb58efc4",
              2543: "043373f5c9e1", 2553: "594f9be67a4a", 2873: "a38c8fd5b435", 3123: "0d7712ac168f",
              3223: "5f4bd0fc03d5", 3303: "4ebaa85b17eb", 3383: "b9535c491150", 3653: "23857aa5a77a"}
DRAW = REPO / "tests" / "gold" / "times" / "heldout21" / "draw_anercorp.py"


_module = script_module


_keys = anercorp_blocks


def test_registered_as_undated_only():
    assert "heldout23a" in UNDATED_SETS and "heldout23a" not in SETS
    build = _module(REPO / "tests" / "gold" / "times" / "build.py", "build")
    assert build.SETS["heldout23a.txt"] == UNDATED_SETS["heldout23a"]


def test_blocks_are_new_and_outside_the_ner_held_out():
    keys = _keys("heldout23a")
    assert keys == set(BLOCK_SHA1)
    assert not keys & (_keys("heldout21a") | _keys("heldout22a"))
    assert all(k >= ANERCORP_FIRST and (k - ANERCORP_FIRST) % 10 == 0 for k in keys)


def test_no_block_read_by_an_earlier_sample():
    draw = _module(DRAW, "draw_anercorp")
    used = draw.used_blocks(ignore=("heldout23a.txt",))
    assert not set(BLOCK_SHA1) & used
    assert set(BLOCK_SHA1) <= draw.used_blocks()  # the set itself is excluded from a later draw
    # the exclusion list holds every earlier sample's blocks: times, quotes (and a skipped rank), events, geo
    assert {1083, 1833, 753, 2123, 3623, 2033} <= used
    assert draw.block_of(3197) == 3193 and draw.block_of(3193) == 3193


@needs_anercorp
def test_texts_pinned_and_offsets_hold():
    for first, digest in BLOCK_SHA1.items():
        assert hashlib.sha1(anercorp_block(first).encode()).hexdigest()[:12] == digest, first
    gold = load_gold(UNDATED_SETS["heldout23a"])  # raises when an offset does not match its text
    assert len(gold) == 12 and all(g["published"] is None for g in gold)
    times = [t for g in gold for t in g["times"]]
    quantities = [q for g in gold for q in g["quantities"]]
    assert (len(times), len(quantities)) == (82, 49)
    assert not any(t["value"].startswith(("2006", "2007-")) and t["type"] != "DATE" for t in times)
    assert {"XXXX-XX-XX", "XXXX", "XXXX-08", "PRESENT_REF", "1263"} <= {t["value"] for t in times}
