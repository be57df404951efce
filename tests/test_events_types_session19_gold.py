"""Session 19 (evt19): the second-source type samples of this session (tests/gold/events_audit/a19_*.tsv, ANERcorp train)
stay off the NER held-out, are drawn apart from every earlier sample of the source, and point into their sentences —
every row's record is a sentence after the first sixth by words, and its trigger offsets fall in a sentence of that
record whose hash is the row's.
"""

import event_helpers
import pytest

from khabar.eval.corpus import sentence_hash, shared_dir

text_pipe = event_helpers.text_pipe


def _draw_module():
    return event_helpers.audit_module("a18_draw")


_rows = event_helpers.audit_rows


SESSION19 = ("a19_blind.tsv", "a19_fresh.tsv")


def test_the_rows_are_judged_distinct_and_new():
    rows = _rows(*SESSION19)
    assert len(rows) == 113
    pairs = {(r[0], r[1]) for r in rows}
    assert len(pairs) == 113
    assert all(r[0].startswith("anercorp:") and r[6] in ("y", "n") for r in rows)
    assert all(r[7] in ("y", "n") for r in rows if r[6] == "y")
    assert all(r[7] == "." for r in rows if r[6] == "n")
    earlier = {(r[0], r[1]) for r in _rows("a18_blind.tsv", "a18_fresh.tsv")}
    assert not pairs & earlier


def test_the_figures_of_the_readme():
    blind, fresh = _rows("a19_blind.tsv"), _rows("a19_fresh.tsv")
    assert (sum(r[6] == "y" for r in blind), len(blind)) == (44, 61)
    assert (sum(r[6] == "y" for r in fresh), len(fresh)) == (36, 52)
    assert sum(r[7] == "y" for r in blind) == 35 and sum(r[7] == "y" for r in fresh) == 30


needs_anercorp = pytest.mark.skipif(not (shared_dir() / "data" / "ner" / "anercorp" / "train.txt").exists(),
                                    reason="shared ANERcorp not available")


@needs_anercorp
def test_the_held_out_sixth_is_never_drawn():
    cut = _draw_module().first_kept()
    assert cut == 723
    assert min(int(r[0].split(":")[1]) for r in _rows(*SESSION19)) >= cut


@needs_anercorp
def test_each_trigger_lies_in_the_hashed_sentence(text_pipe):
    texts = {r["id"]: r["text"] for r in _draw_module().records()}
    for r in _rows(*SESSION19):
        doc = text_pipe.analyze(texts[r[0]])
        start, end = int(r[1]), int(r[2])
        inside = [s for s in doc.sentences if s.start <= start and end <= s.end]
        assert inside, r[:4]
        assert sentence_hash(inside[0].text) == r[10], r[:4]
