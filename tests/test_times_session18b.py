"""Held-out 22a (session 18, t18b): seven ANERcorp blocks without a dateline, a blind times/quantities set.

The gold keeps offsets and span strings only; the block texts are read from ../shared and pinned here by
a hash, so a change of the detokeniser or of the corpus shows up as a failure instead of shifted
offsets. No score targets: the set is scored blind (figures in its notes and docs/quality.md).
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
BLOCK_SHA1 = {1833: "3e451f30bc5a", 2113: "6463a2fb2fb1", 2813: "e7a151fb0215", 3213: "736b80b4d603",
              3493: "9778c22e5d0d", 3543: "9cdf0dc35dfa", 3853: "92d9c89f4f61"}


_keys = anercorp_blocks


def test_registered_as_undated_only():
    assert "heldout22a" in UNDATED_SETS and "heldout22a" not in SETS
    build = script_module(REPO / "tests" / "gold" / "times" / "build.py", "build")
    assert build.SETS["heldout22a.txt"] == UNDATED_SETS["heldout22a"]


def test_blocks_are_new_and_outside_the_ner_held_out():
    keys = _keys("heldout22a")
    assert keys == set(BLOCK_SHA1)
    assert not keys & _keys("heldout21a")  # a new draw, not heldout21a again
    assert all(k >= ANERCORP_FIRST and (k - ANERCORP_FIRST) % 10 == 0 for k in keys)  # evo18's blocks


def test_first_sixth_refused():
    with pytest.raises(ValueError):
        anercorp_block(ANERCORP_FIRST - 10)


@needs_anercorp
def test_texts_pinned_and_offsets_hold():
    for first, digest in BLOCK_SHA1.items():
        assert hashlib.sha1(anercorp_block(first).encode()).hexdigest()[:12] == digest, first
    gold = load_gold(UNDATED_SETS["heldout22a"])  # raises when an offset does not match its text
    assert len(gold) == 7 and all(g["published"] is None for g in gold)
    times = [t for g in gold for t in g["times"]]
    quantities = [q for g in gold for q in g["quantities"]]
    assert (len(times), len(quantities)) == (44, 27)  # 43 + the SET of «من [كل سنة]» (session 19)
    # no dateline: no relative value was anchored to a guessed year
    assert not any(t["value"].startswith(("2015", "2016")) for t in times)
    assert {"XXXX-XX-XX", "XXXX", "XXXX-08-21", "PRESENT_REF"} <= {t["value"] for t in times}
