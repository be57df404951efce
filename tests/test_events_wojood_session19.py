"""Session 19 (evw19): the third-source samples of the 14 types (tests/gold/events_audit/w19_*, the Wojood sample).

w19_docs.py's documents round-trip (every sentence's span in its document gives back the hashed detokenised sentence;
the ``$#$`` line-break mark never reaches the text), and every judged row points into its hashed sentence: its trigger
and its gold parties' offsets lie inside the sentence whose hash the row keeps, and inside one source sentence.
"""

import event_helpers
import pytest

from khabar.eval.corpus import sentence_hash, shared_dir
from khabar.eval.events_anercorp import detokenize

text_pipe = event_helpers.text_pipe


docs = event_helpers.audit_module("w19_docs")


_rows = event_helpers.audit_rows


needs_wojood = pytest.mark.skipif(not (shared_dir() / "data" / "ner" / "wojood" / "train.txt").exists(),
                                  reason="shared Wojood sample not available")


def test_line_break_marks():
    mark = docs.MARK
    assert docs.sentence_text(("قال", "الوزير", ".", mark, mark)) == "قال الوزير."
    assert docs.sentence_text(("عنوان", mark, mark, "في", "تقرير", ".")) == "عنوان\nفي تقرير."
    # negatives: no mark, the text is detokenize's; a sentence of marks only is empty
    plain = ("وقال", "(", "أمس", ")", ":", "نعم", ".")
    assert docs.sentence_text(plain) == detokenize(plain)
    assert docs.sentence_text((mark, mark)) == ""


def test_rows_are_judged_and_consistent():
    rows, gated = _rows("w19_blind.tsv"), _rows("w19_gated.tsv")
    assert (len(rows), len(gated)) == (48, 5)
    assert len({(r[0], r[1]) for r in rows + gated}) == 53
    assert all(r[0].startswith("wojood:") and len(r) == 14 and r[6] in ("y", "n") for r in rows + gated)
    assert {r[3] for r in gated} == {"ASSAULT"} and not {r[3] for r in rows} & {"ASSAULT", "PROTEST"}
    for r in rows + gated:
        if r[6] == "n":
            assert r[7:10] + r[11:13] == ["."] * 5, r[:4]
        else:
            assert r[7] in ("y", "n") and r[8] in "ypmn-" and r[9] in "ypmn-", r[:4]
            # "-" names nobody; y / p / m name a gold party; n (a wrong phrase coded) either
            for j, gold in ((r[8], r[11]), (r[9], r[12])):
                assert j == "n" or (j == "-") == (gold == "-"), r[:4]


def test_the_figures_of_the_readme():
    rows, gated = _rows("w19_blind.tsv"), _rows("w19_gated.tsv")
    ok = [r for r in rows if r[6] == "y"]
    assert (len(ok), sum(r[7] == "y" for r in ok)) == (25, 21)
    assert [sum(r[8] == j for r in ok) for j in "ypmn-"] == [6, 1, 13, 1, 4]
    assert [sum(r[9] == j for r in ok) for j in "ypmn-"] == [5, 0, 10, 2, 8]
    assert sum(r[6] == "y" for r in gated) == 4


@needs_wojood
def test_documents_round_trip():
    out = docs.documents()
    assert len(out) == 128
    assert sum(len(docs.sentences(s)) for s in docs.SPLITS) == 1272
    inner = 0
    for doc in out:
        split = doc["id"].split(":")[1]
        assert docs.MARK not in doc["text"]
        spans = docs.spans(doc["id"])
        assert docs.SEP.join(doc["text"][a:b] for _, a, b in spans) == doc["text"]
        for idx, a, b in spans:
            want = docs.sentence_text(docs.sentences(split)[idx])
            assert sentence_hash(doc["text"][a:b]) == sentence_hash(want)
            assert docs.locate(doc["id"], a) == (split, idx, 0)
            inner += "\n" in doc["text"][a:b]
    assert inner == 2  # sentences with a $#$ run before their last word: one in train, one in val


@needs_wojood
def test_each_row_lies_in_its_hashed_sentence(text_pipe):
    texts = {d["id"]: d["text"] for d in docs.documents()}
    for r in _rows("w19_blind.tsv", "w19_gated.tsv"):
        doc = text_pipe.analyze(texts[r[0]])
        start, end = int(r[1]), int(r[2])
        inside = [s for s in doc.sentences if s.start <= start and end <= s.end]
        assert inside and sentence_hash(inside[0].text) == r[10], r[:4]
        sent = inside[0]
        for gold in r[11:13]:
            if gold in "-.":
                continue
            a, b = map(int, gold.split("-"))
            assert sent.start <= a < b <= sent.end, r[:4]
            assert docs.locate(r[0], a)[:2] == docs.locate(r[0], b - 1)[:2], r[:4]
