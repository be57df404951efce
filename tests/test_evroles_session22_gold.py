"""Session 22 (evt22): the role samples of the 14 types (tests/gold/events_audit/r22_*) are judged, distinct and new —
no pair of any earlier file of the folder, the per-sentence ANERcorp rows moved into r18_docs.py's blocks by
``r22_draw.py`` —, match their README's figures, stay off the NER held-out, and point into their sentences."""

import re

import event_helpers
import pytest

from khabar.eval.corpus import sentence_hash, shared_dir

text_pipe = event_helpers.text_pipe
_rows = event_helpers.audit_rows
SAMPLES = ("r22_blind.tsv", "r22_blind_types.tsv", "r22_fresh.tsv", "r22_fresh_types.tsv")
needs_anercorp = pytest.mark.skipif(not (shared_dir() / "data" / "ner" / "anercorp" / "train.txt").exists(),
                                    reason="shared ANERcorp not available")


def _later_samples(session: int) -> set[str]:
    """The audit files (stems) of a session after ``session``: a letter prefix, the session's
    number, then ``_`` (l23_blind, m23_blind); files without a session number are earlier."""
    names = [p.stem for p in event_helpers.AUDIT.glob("*.tsv")]
    return {n for n in names if (m := re.match(r"[a-z]+(\d+)[a-z]?_", n)) and int(m.group(1)) > session}


def test_the_rows_are_judged_and_distinct():
    rows = _rows(*SAMPLES)
    pairs = {(r[0], int(r[1])) for r in rows}
    assert len(rows) == len(pairs) == 200
    for r in _rows("r22_blind.tsv", "r22_fresh.tsv"):
        assert r[7] in ("y", "p", "m", "n", "-") and r[8] in ("y", "p", "m", "n", "-"), r[:2]
        assert (r[5] == "-") == (r[7] == "-") or r[7] == "n", r[:2]  # nothing named: nothing to miss
    assert all(r[5] == "n" for r in _rows("r22_blind_types.tsv", "r22_fresh_types.tsv"))


def test_the_figures_of_the_readme():
    def counts(name: str) -> tuple[int, ...]:
        rows = _rows(name)
        return (len(rows), sum(r[7] == "y" for r in rows), sum(r[5] != "-" for r in rows),
                sum(r[8] == "y" for r in rows), sum(r[6] != "-" for r in rows))
    assert counts("r22_blind.tsv") == (79, 28, 63, 19, 51)
    assert counts("r22_blind_after.tsv") == (79, 31, 63, 21, 51)
    assert counts("r22_fresh.tsv") == (81, 35, 69, 19, 49)


@needs_anercorp
def test_no_earlier_judged_event_is_drawn_again():
    draw = event_helpers.audit_module("r22_draw")
    pairs = lambda *names: {(r[0], int(r[1])) for r in _rows(*names)}  # noqa: E731
    blind = pairs("r22_blind.tsv", "r22_blind_types.tsv")
    fresh = pairs("r22_fresh.tsv", "r22_fresh_types.tsv")
    # the fresh draw left out every other file; the blind one every file but evl22's l22 sample,
    # drawn the same hour (4 events in both: their locations judged there, their roles here).
    # Samples of later sessions (l23, m23, …) were drawn after r22 and may judge its events again
    # for another property: they are no part of what r22 had to leave out.
    later = _later_samples(22)
    assert later >= {"l23_blind"}  # the rule sees the later files by their names
    assert not fresh & draw.judged([], skip=("r22", *later))
    assert not blind & draw.judged([], skip=("r22", "l22", *later))
    assert not blind & fresh


@needs_anercorp
def test_a_sentence_row_is_moved_into_its_block():
    from khabar.eval.events_anercorp import detokenize, sentences

    draw = event_helpers.audit_module("r22_draw")
    docs = {r["id"]: r["text"] for r in _block_docs()}
    sents = sentences(shared_dir())
    lengths = {i: len(detokenize(s)) for i, s in enumerate(sents) if i >= draw.FIRST}
    for i in (723, 1000, 1009, 3001):
        text = detokenize(sents[i])
        block, offset = draw._block_of(i, 0, lengths)
        assert docs[block][offset:offset + len(text)] == text


def _block_docs() -> list[dict]:
    import json
    import tempfile

    mod = event_helpers.audit_module("r18_docs")
    with tempfile.NamedTemporaryFile("r", suffix=".jsonl", encoding="utf-8") as fh:
        import sys
        argv, sys.argv = sys.argv, ["r18_docs.py", fh.name]
        try:
            mod.main()
        finally:
            sys.argv = argv
        return [json.loads(ln) for ln in open(fh.name, encoding="utf-8")]


@needs_anercorp
def test_anercorp_rows_lie_in_their_hashed_sentences(text_pipe):
    rows = [r for r in _rows(*SAMPLES) if r[0].startswith("anercorp:")]
    assert rows and min(int(r[0].split(":")[1]) for r in rows) >= 723  # the held-out sixth never drawn
    docs = {r["id"]: r["text"] for r in _block_docs()}
    for r in rows:
        doc = text_pipe.analyze(docs[r[0]])
        start, end = int(r[1]), int(r[2])
        inside = [s for s in doc.sentences if s.start <= start and end <= s.end]
        assert inside, r[:4]
        assert sentence_hash(inside[0].text) == r[4], r[:4]
