"""Quotes ANERcorp set 1 (session 18, qa18): the gold of a second source — documents of ANERcorp
train's last five sixths (evo18's grouping), read by ``khabar.eval.quotes_anercorp``."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest
from quote_helpers import SHARED, check_spans

from khabar.eval import quotes_anercorp as qa

GOLD = Path(__file__).resolve().parent / "gold" / "quotes" / "anercorp1"
needs_anercorp = pytest.mark.skipif(not (SHARED / "data/ner/anercorp/train.txt").exists(),
                                    reason="ANERcorp not available")
DRAWN = [753, 2103, 2803, 3093, 3213, 2913, 1473, 1293, 1283, 983]


def test_grouping_is_evo18s():
    ns = runpy.run_path(str(qa.R18_DOCS))
    assert qa.grouping() == (ns["FIRST"], ns["BLOCK"]) == (723, 10)


def test_files_hold_no_text():
    files = sorted(GOLD.glob("*.json"))
    assert len(files) == 10
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert set(gold) == {"anercorp", "sha1", "draw", "quotes"}
        assert path.stem == str(gold["anercorp"]) and gold["anercorp"] >= 723


@needs_anercorp
def test_first_sixth_is_refused():
    with pytest.raises(ValueError):
        qa.doc_text(0)
    with pytest.raises(ValueError):
        qa.doc_text(713)
    with pytest.raises(ValueError):
        qa.doc_text(724)  # starts no document
    assert min(qa.doc_ids()) == 723 and qa.doc_text(723)


@needs_anercorp
def test_gold_spans_are_slices():
    golds = qa.load_gold()
    assert len(golds) == 10 and sum(len(g["quotes"]) for g in golds) == 60  # 753 amended in session 20 (a say verb's stance object, docs/quotes.md § 1)
    for gold in golds:
        for q in gold["quotes"]:
            check_spans(gold["text"], q, ("anercorp1", gold["key"]))
            assert q["type"] in ("direct", "indirect", "mixed")
            for v in q["via"]:
                assert gold["text"][v["start"]:v["end"]] == v["text"]


@needs_anercorp
def test_hash_is_checked(tmp_path):
    gold = json.loads((GOLD / "753.json").read_text(encoding="utf-8"))
    gold["sha1"] = "0" * 12
    (tmp_path / "753.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError):
        qa.load_gold(tmp_path)


@needs_anercorp
def test_draw_reproduces_the_set():
    pool = runpy.run_path(str(GOLD / "draw.py"))["draw"](30)
    ranks = {r["anercorp"]: r["rank"] for r in pool}
    assert [r["anercorp"] for r in pool[:11]] == DRAWN[:2] + [2123] + DRAWN[2:]
    for path in GOLD.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert ranks[gold["anercorp"]] == gold["draw"]
        assert next(r for r in pool if r["anercorp"] == gold["anercorp"])["sha1"] == gold["sha1"]
