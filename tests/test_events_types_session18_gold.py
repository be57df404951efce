"""Session 18 (evt18): the second-source type samples (tests/gold/events_audit/a18_*.tsv, ANERcorp train) stay
off the NER held-out and point into their sentences — every row's record is a sentence after the first sixth
by words, and its trigger offsets fall in a sentence of that record whose hash is the row's.
"""

import event_helpers
import pytest

from khabar.eval.corpus import sentence_hash, shared_dir

text_pipe = event_helpers.text_pipe


def _draw_module():
    return event_helpers.audit_module("a18_draw")


def _rows() -> list[list[str]]:
    return event_helpers.audit_rows("a18_blind.tsv", "a18_fresh.tsv")


needs_anercorp = pytest.mark.skipif(not (shared_dir() / "data" / "ner" / "anercorp" / "train.txt").exists(),
                                    reason="shared ANERcorp not available")


def test_the_rows_are_judged_and_distinct():
    rows = _rows()
    assert len(rows) == 136
    assert len({(r[0], r[1]) for r in rows}) == 136
    assert all(r[0].startswith("anercorp:") and r[6] in ("y", "n") for r in rows)
    assert all(r[7] in ("y", "n") for r in rows if r[6] == "y")


@needs_anercorp
def test_the_held_out_sixth_is_never_drawn():
    draw = _draw_module()
    cut = draw.first_kept()
    assert cut == 723  # the first sixth by words ends in sentence 722
    assert min(int(r[0].split(":")[1]) for r in _rows()) >= cut
    records = draw.records()
    assert records[0]["id"] == f"anercorp:{cut}" and len(records) == 3240


@needs_anercorp
def test_each_trigger_lies_in_the_hashed_sentence(text_pipe):
    draw = _draw_module()
    texts = {r["id"]: r["text"] for r in draw.records()}
    for r in _rows():
        doc = text_pipe.analyze(texts[r[0]])
        start, end = int(r[1]), int(r[2])
        inside = [s for s in doc.sentences if s.start <= start and end <= s.end]
        assert inside, r[:4]
        assert sentence_hash(inside[0].text) == r[10], r[:4]
