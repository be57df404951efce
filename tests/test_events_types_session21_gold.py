"""Session 21 (evt21): the third blind type sample of the 14 types on ANERcorp train (tests/gold/events_audit/a21_*)
stays off the NER held-out, leaves out every earlier sample of the source, matches its README's figures, and points
into its sentences — every trigger lies in a sentence of its record whose hash is the row's.
"""

import event_helpers
import pytest

from khabar.eval.corpus import sentence_hash, shared_dir

text_pipe = event_helpers.text_pipe
_rows = event_helpers.audit_rows


def test_the_rows_are_judged_distinct_and_new():
    rows = _rows("a21_blind.tsv")
    pairs = {(r[0], r[1]) for r in rows}
    assert len(rows) == len(pairs) == 29
    assert all(r[0].startswith("anercorp:") and r[6] in ("y", "n") for r in rows)
    assert all(r[7] in ("y", "n") and r[8] in "ymn-" and r[9] in "ymn-" for r in rows if r[6] == "y")
    assert all(r[7] == "." for r in rows if r[6] == "n")
    earlier = {(r[0], r[1]) for r in _rows("a18_blind.tsv", "a18_fresh.tsv", "a19_blind.tsv", "a19_fresh.tsv",
                                           "a21_excluded.tsv")}
    assert not pairs & earlier


def test_the_figures_of_the_readme():
    rows = _rows("a21_blind.tsv")
    ok = [r for r in rows if r[6] == "y"]
    assert (len(ok), len(rows)) == (22, 29)
    assert sum(r[7] == "y" for r in ok) == 17
    assert (sum(r[8] == "y" for r in ok), sum(r[8] in "ymn" for r in ok)) == (8, 19)  # every n names a party
    assert sum(r[9] == "y" for r in ok) == 3


needs_anercorp = pytest.mark.skipif(not (shared_dir() / "data" / "ner" / "anercorp" / "train.txt").exists(),
                                    reason="shared ANERcorp not available")


@needs_anercorp
def test_the_held_out_sixth_is_never_drawn():
    assert min(int(r[0].split(":")[1]) for r in _rows("a21_blind.tsv", "a21_excluded.tsv")) >= 723


@needs_anercorp
def test_each_trigger_lies_in_the_hashed_sentence(text_pipe):
    texts = {r["id"]: r["text"] for r in event_helpers.audit_module("a18_draw").records()}
    for r in _rows("a21_blind.tsv"):
        doc = text_pipe.analyze(texts[r[0]])
        start, end = int(r[1]), int(r[2])
        inside = [s for s in doc.sentences if s.start <= start and end <= s.end]
        assert inside, r[:4]
        assert sentence_hash(inside[0].text) == r[10], r[:4]
