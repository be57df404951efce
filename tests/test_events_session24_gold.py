"""Session 24 (evt24): the blind sample of the 14 other types on the three sources (tests/gold/events_audit/r24_blind.tsv).

The rows are judged and consistent (a type-wrong row has no modality or role judgement, ``-`` names nobody), new — no
pair of any earlier file of the folder, the per-sentence ANERcorp rows moved into their blocks (``r22_draw.judged``) —,
stratified as drawn (at most 10 a type), its figures are the README's, and every ANERcorp / Wojood row points into its
hashed sentence with its gold parties inside it (the news day's rows are checked the same way when the zip is there).
"""

import json
import zipfile

import event_helpers
import pytest

from khabar.eval.corpus import sentence_hash, shared_dir

text_pipe = event_helpers.text_pipe
_rows = event_helpers.audit_rows
NEWS = shared_dir() / "data" / "news" / "dev" / "2015-08-10.zip"
needs_sources = pytest.mark.skipif(
    not all((shared_dir() / "data" / "ner" / c / "train.txt").exists() for c in ("anercorp", "wojood")),
    reason="shared ANERcorp / Wojood not available")


def test_rows_are_judged_and_consistent():
    rows = _rows("r24_blind.tsv")
    assert len(rows) == 60 and len({(r[0], r[1]) for r in rows}) == 60
    assert all(len(r) == 14 and r[6] in ("y", "n") for r in rows)
    assert not {r[3] for r in rows} & {"ASSAULT", "PROTEST"}
    assert max(sum(r[3] == t for r in rows) for t in {r[3] for r in rows}) == 10
    for r in rows:
        if r[6] == "n":
            assert r[7:12] == ["."] * 5, r[:4]
        else:
            assert r[7] in ("y", "n") and r[10] in "ypmn-" and r[11] in "ypmn-", r[:4]
            for j, gold in ((r[10], r[8]), (r[11], r[9])):
                assert j == "n" or (j == "-") == (gold == "-"), r[:4]
        if r[0].startswith("wojood:"):  # licence not stated: offsets only, no Arabic in the row
            assert not any("\u0600" <= ch <= "\u06ff" for ch in "".join(r)), r[:4]


def test_the_figures_of_the_readme():
    rows = _rows("r24_blind.tsv")
    ok = [r for r in rows if r[6] == "y"]
    assert len(ok) == 38 and sum(r[7] == "y" for r in ok) == 37  # type 38/60, modality 37/38
    assert [sum(r[6] == "y" for r in rows if r[0].startswith(s)) for s in ("2015", "anercorp", "wojood")] == [23, 9, 6]
    assert [sum(r[10] == j for r in ok) for j in "ypmn-"] == [22, 0, 9, 1, 6]  # actor recall 22/32
    assert [sum(r[11] == j for r in ok) for j in "ypmn-"] == [7, 0, 17, 5, 9]  # recipient recall 7/26


@needs_sources
def test_no_earlier_judged_event_is_drawn_again():
    draw = event_helpers.audit_module("r22_draw")
    r24 = event_helpers.audit_module("r24_draw")
    mine = {(r[0], int(r[1])) for r in _rows("r24_blind.tsv")}
    # files drawn after r24 (evl24's l24 the same session, for places and dates; later sessions') may judge its
    # events again for another property: they are no part of what r24 had to leave out
    assert "l24" in r24.AFTER_R24
    assert not mine & draw.judged([], skip=r24.AFTER_R24 + r24.later_than(24))


def _texts() -> dict[str, str]:
    docs = {}
    for name in ("r18_docs", "w19_docs"):
        mod = event_helpers.audit_module(name)
        if name == "w19_docs":
            docs.update({d["id"]: d["text"] for d in mod.documents()})
        else:
            import sys
            import tempfile
            with tempfile.NamedTemporaryFile("r", suffix=".jsonl", encoding="utf-8") as fh:
                argv, sys.argv = sys.argv, ["r18_docs.py", fh.name]
                try:
                    mod.main()
                finally:
                    sys.argv = argv
                docs.update({json.loads(ln)["id"]: json.loads(ln)["text"] for ln in open(fh.name, encoding="utf-8")})
    if NEWS.exists():
        with zipfile.ZipFile(NEWS) as z:
            recs = json.loads(z.read(z.namelist()[0]))
        docs.update({f"2015-08-10:{i}": r["content"] or "" for i, r in enumerate(recs)})
    return docs


@needs_sources
def test_each_row_lies_in_its_hashed_sentence(text_pipe):
    texts = _texts()
    rows = [r for r in _rows("r24_blind.tsv") if r[0] in texts]
    assert sum(r[0].startswith(("anercorp:", "wojood:")) for r in rows) == 22
    assert min(int(r[0].split(":")[1]) for r in rows if r[0].startswith("anercorp:")) >= 723  # not the held-out sixth
    for r in rows:
        text = texts[r[0]]
        start, end = int(r[1]), int(r[2])
        inside = [s for s in text_pipe.analyze(text).sentences if s.start <= start and end <= s.end]
        assert inside and sentence_hash(inside[0].text) == r[12], r[:4]
        if r[0].startswith("wojood:"):
            for gold in r[8:10]:
                if gold not in "-.":
                    a, b = map(int, gold.split("-"))
                    assert inside[0].start <= a < b <= inside[0].end, r[:4]


def test_the_reshown_copy_changes_only_its_gone_rows():
    before, after = _rows("r24_blind.tsv"), _rows("r24_blind_after.tsv")
    assert [r[:2] for r in before] == [r[:2] for r in after]
    diff = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    assert len(diff) == 5
    for b, a in diff:
        assert b[6] == "n" and a[6] == "gone" and a[13].startswith(b[13]) and "evt24 after: gone" in a[13], a[:4]
        assert a[:6] + a[7:13] == b[:6] + b[7:13], a[:4]
    kept = [r for r in after if r[6] != "gone"]
    assert (len(kept), sum(r[6] == "y" for r in kept)) == (55, 38)  # type 38/55 re-shown (0.63 blind)
