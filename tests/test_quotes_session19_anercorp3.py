"""Quotes ANERcorp set 3 (session 19, q19): the gold of a third blind wire set — set 2's draw run with
the seed ``anercorp3``, every document sets 1-2 read excluded — and ``--set anercorp3`` of
``khabar.eval.quotes_anercorp``."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest
from quote_helpers import SHARED, check_spans

from khabar.eval import quotes_anercorp as qa

GOLD = Path(__file__).resolve().parent / "gold" / "quotes" / "anercorp3"
needs_anercorp = pytest.mark.skipif(not (SHARED / "data/ner/anercorp/train.txt").exists(),
                                    reason="ANERcorp not available")
DRAWN = [3063, 1573, 3533, 3803, 2633, 2473, 1483, 1993]  # ranks 0-7, all taken


def unsaid(key: str, q: dict) -> bool:
    """Only the source of an implicit quote whose speaker the window does not name may be absent
    (3803 opens on «وقال إن ثقتنا كبيرة …», the end of an earlier story)."""
    return key == "source" and q["implicit"] and q["speaker"] is None and q["speaker_kind"] is None


def gold_files() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


def test_set_option_names_set3(monkeypatch, capsys):
    assert qa.SETS["anercorp3"] == GOLD and qa.GOLD.name == "anercorp1"
    seen = []
    monkeypatch.setattr(qa, "evaluate", lambda use_entities=True, gold_dir=qa.GOLD: seen.append(gold_dir) or qa.Scores())
    qa.main(["--set", "anercorp3"])
    assert seen == [GOLD]
    capsys.readouterr()


def test_files_hold_no_text_and_no_earlier_document():
    files = gold_files()
    assert sorted(g["anercorp"] for g in files) == sorted(DRAWN)
    earlier = {int(p.stem) for d in ("anercorp1", "anercorp2") for p in (GOLD.parent / d).glob("*.json")}
    assert len(earlier) == 19
    for gold in files:
        assert set(gold) == {"anercorp", "sha1", "draw", "quotes"}
        assert gold["anercorp"] >= 723 and gold["anercorp"] not in earlier


@needs_anercorp
def test_gold_spans_are_slices():
    golds = qa.load_gold(GOLD)
    assert len(golds) == 8 and sum(len(g["quotes"]) for g in golds) == 50
    for gold in golds:
        for q in gold["quotes"]:
            check_spans(gold["text"], q, ("anercorp3", gold["key"]), missing_ok=unsaid)
            assert q["type"] in ("direct", "indirect", "mixed")
            for v in q["via"]:
                assert gold["text"][v["start"]:v["end"]] == v["text"]


def test_only_the_window_opening_lacks_a_source():
    unnamed = [(g["anercorp"], q["cue"]["start"]) for g in gold_files() for q in g["quotes"] if not q["source"]]
    assert unnamed == [(3803, 0)]
    assert not unsaid("source", {"implicit": False, "speaker": None, "speaker_kind": None})


@needs_anercorp
def test_draw_reproduces_the_set_without_sets_1_2():
    draw = runpy.run_path(str(GOLD / "draw.py"))
    pool = draw["draw"](10)
    assert [r["anercorp"] for r in pool[:8]] == DRAWN
    assert [r["rank"] for r in pool] == list(range(10))
    read = draw["read_documents"]()
    assert len(read) == 19 + 3 and not read & {r["anercorp"] for r in pool}
    for gold in gold_files():
        row = next(r for r in pool if r["anercorp"] == gold["anercorp"])
        assert (row["rank"], row["sha1"]) == (gold["draw"], gold["sha1"])
