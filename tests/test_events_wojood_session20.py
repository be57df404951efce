"""Session 20 (evw20): the second blind Wojood sample of the 14 types (tests/gold/events_audit/w20_blind.tsv).

The rows are judged and consistent (a type-wrong row has no role judgement, ``-`` names nobody), the sample is disjoint
from session 19's (w19_blind, w19_gated), the README's figures are the file's, and every row points into its hashed
sentence: the trigger and the gold parties lie inside the sentence whose hash the row keeps, each gold phrase inside
one source sentence. The sentence is looked up as the text layer cuts it now or, should the text layer cut the
document otherwise later (a blank line after an unpunctuated line), as a run of whole source sentences — the run at
60d0185 joined up to three of them.
"""

import event_helpers
import pytest

from khabar.eval.corpus import sentence_hash, shared_dir

text_pipe = event_helpers.text_pipe


docs = event_helpers.audit_module("w19_docs")


_rows = event_helpers.audit_rows


needs_wojood = pytest.mark.skipif(not (shared_dir() / "data" / "ner" / "wojood" / "train.txt").exists(),
                                  reason="shared Wojood sample not available")


def test_rows_are_judged_and_consistent():
    rows = _rows("w20_blind.tsv")
    assert len(rows) == 32 and len({(r[0], r[1]) for r in rows}) == 32
    assert all(r[0].startswith("wojood:") and len(r) == 14 and r[6] in ("y", "n") for r in rows)
    assert not {r[3] for r in rows} & {"ASSAULT", "PROTEST"}
    for r in rows:
        if r[6] == "n":
            assert r[7:10] + r[11:13] == ["."] * 5, r[:4]
        else:
            assert r[7] in ("y", "n") and r[8] in "ypmn-" and r[9] in "ypmn-", r[:4]
            for j, gold in ((r[8], r[11]), (r[9], r[12])):
                assert j == "n" or (j == "-") == (gold == "-"), r[:4]


def test_disjoint_from_session_19():
    old = {(r[0], r[1]) for r in _rows("w19_blind.tsv", "w19_gated.tsv")}
    new = {(r[0], r[1]) for r in _rows("w20_blind.tsv")}
    assert len(old) == 53 and not old & new


def test_the_figures_of_the_readme():
    rows = _rows("w20_blind.tsv")
    ok = [r for r in rows if r[6] == "y"]
    assert (len(ok), sum(r[7] == "y" for r in ok)) == (16, 15)
    assert [sum(r[8] == j for r in ok) for j in "ypmn-"] == [2, 1, 12, 0, 1]
    assert [sum(r[9] == j for r in ok) for j in "ypmn-"] == [3, 0, 6, 2, 5]
    # pooled with w19_blind: type 41/80, actor 8/36, recipient 8/26
    both = [r for r in _rows("w19_blind.tsv", "w20_blind.tsv") if r[6] == "y"]
    assert len(both) == 41
    assert (sum(r[8] == "y" for r in both), sum(r[11] != "-" for r in both)) == (8, 36)
    assert (sum(r[9] == "y" for r in both), sum(r[12] != "-" for r in both)) == (8, 26)


def _hashed_sentence(doc, spans, text, start, end, want):
    """The text-layer sentence holding [start, end), or a run of up to four whole source sentences."""
    for s in doc.sentences:
        if s.start <= start and end <= s.end and sentence_hash(s.text) == want:
            return s.start, s.end
    for i, (_, a, _) in enumerate(spans):
        for _, _, b in spans[i:i + 4]:
            if a <= start and end <= b and sentence_hash(text[a:b]) == want:
                return a, b
    return None


@needs_wojood
def test_each_row_lies_in_its_hashed_sentence(text_pipe):
    texts = {d["id"]: d["text"] for d in docs.documents()}
    for r in _rows("w20_blind.tsv"):
        text = texts[r[0]]
        found = _hashed_sentence(text_pipe.analyze(text), docs.spans(r[0]), text, int(r[1]), int(r[2]), r[10])
        assert found, r[:4]
        for gold in r[11:13]:
            if gold in "-.":
                continue
            a, b = map(int, gold.split("-"))
            assert found[0] <= a < b <= found[1], r[:4]
            assert docs.locate(r[0], a)[:2] == docs.locate(r[0], b - 1)[:2], r[:4]


# The re-shown copies (NOT blind) after the session-20 families: each is its source file row for row, and only the
# rows noted "evw20" differ from it (a role judgement, or "gone" for a row coded no more).
AFTER = {"w20_blind_after.tsv": ("w20_blind.tsv", 8, 5), "w20_w19_blind_after.tsv": ("w19_blind.tsv", 8, 6),
         "w20_r19b_fresh_after.tsv": ("r19b_fresh_after.tsv", 7, 2),
         "w20_r18b_blind_after.tsv": ("r18b_blind_after.tsv", 7, 2),
         "w20_r18b_fresh_after.tsv": ("r18b_fresh_after.tsv", 7, 3)}


@pytest.mark.parametrize("name", sorted(AFTER))
def test_reshown_copies_change_only_their_noted_rows(name):
    source, col, changed = AFTER[name]
    before, after = _rows(source), _rows(name)
    assert [r[:2] for r in before] == [r[:2] for r in after]
    diff = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    noted = [(b, a) for b, a in diff if "evw20" in a[-1]]
    assert len(noted) == changed
    for b, a in diff:
        assert a[-1].startswith(b[-1]) and ("evw20" in a[-1] or "evw19" in a[-1]), a[:4]
        assert a[col] != b[col] or a[6] == "gone", a[:4]


def test_the_reshown_figures():
    ok = [r for r in _rows("w20_blind_after.tsv", "w20_w19_blind_after.tsv") if r[6] == "y"]
    kept = [r for r in _rows("w20_blind_after.tsv", "w20_w19_blind_after.tsv") if r[6] != "gone"]
    assert (len(ok), len(kept)) == (41, 74)  # type 41/74 re-shown
    assert (sum(r[8] == "y" for r in ok), sum(r[11] != "-" for r in ok)) == (15, 36)
