"""Quotes gold of session 20 (q20): the Wojood set (a third source, offsets only — its licence is not
stated) and ANERcorp set 4 (its fill), with ``--set wojood1|anercorp4`` of ``khabar.eval.quotes_anercorp``."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest
from quote_helpers import SHARED, check_spans

from khabar.eval import quotes_anercorp as qa

SETS = Path(__file__).resolve().parent / "gold" / "quotes"
WOJOOD, SET4 = SETS / "wojood1", SETS / "anercorp4"
needs_wojood = pytest.mark.skipif(not (SHARED / "data/ner/wojood/train.txt").exists(),
                                  reason="Wojood not available")
needs_anercorp = pytest.mark.skipif(not (SHARED / "data/ner/anercorp/train.txt").exists(),
                                    reason="ANERcorp not available")
DRAWN4 = [2483, 3203, 1583, 1943]  # ranks 0-3, all taken
OFFSETS = {"start", "end"}


def files(d: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(d.glob("*.json"))]


def unsaid(key: str, q: dict) -> bool:
    """Only the window-opening «وأضافت أن …» (train:120) lacks a source: its speaker is not named."""
    return key == "source" and q["implicit"] and q["speaker"] is None and q["speaker_kind"] is None


@pytest.mark.parametrize("name", ["wojood1", "anercorp4"])
def test_set_option(name, monkeypatch, capsys):
    seen = []
    monkeypatch.setattr(qa, "evaluate", lambda use_entities=True, gold_dir=qa.GOLD: seen.append(gold_dir) or qa.Scores())
    qa.main(["--set", name])
    assert seen == [SETS / name]
    capsys.readouterr()


def test_wojood_files_hold_offsets_only():
    golds = files(WOJOOD)
    assert len(golds) == 48 and sum(len(g["quotes"]) for g in golds) == 12
    for gold in golds:
        assert set(gold) == {"wojood", "sha1", "draw", "quotes"}
        for q in gold["quotes"]:
            for key in ("content", "cue", "source", "speaker"):
                assert q[key] is None or set(q[key]) == OFFSETS, (gold["wojood"], key)
            assert all(set(v) == OFFSETS for v in q["via"])
    assert [(g["wojood"], q["cue"]["start"]) for g in golds for q in g["quotes"] if not q["source"]] \
        == [("wojood:train:120", 367)]


def test_with_texts_fills_every_span():
    text = "قال بوتين إن الاستخبارات تعتقد أن عددهم بلغ أربعة آلاف"
    q = {"content": {"start": 13, "end": 55}, "cue": {"start": 0, "end": 3}, "source": {"start": 4, "end": 9},
         "speaker": {"start": 4, "end": 9}, "via": [{"start": 4, "end": 9}], "speaker_kind": "person"}
    got = qa.with_texts(text, [q])[0]
    assert got["speaker"] == "بوتين" and got["cue"]["text"] == "قال"
    assert got["content"]["text"].startswith("الاستخبارات") and got["via"][0]["name"] == "بوتين"
    assert qa.with_texts(text, [q | {"speaker": None, "source": None, "via": []}])[0]["speaker"] is None


@needs_wojood
def test_wojood_gold_loads_hash_checked(tmp_path):
    golds = qa.load_gold(WOJOOD)
    assert len(golds) == 48
    for gold in golds:
        for q in gold["quotes"]:
            check_spans(gold["text"], q, ("wojood1", gold["key"]), missing_ok=unsaid)
            assert q["type"] in ("direct", "indirect", "mixed")
            assert q["speaker"] is None or q["speaker"] in gold["text"]
    bad = json.loads((WOJOOD / "train_440.json").read_text(encoding="utf-8")) | {"sha1": "000000000000"}
    (tmp_path / "x.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ValueError):
        qa.load_gold(tmp_path)


@needs_wojood
def test_wojood_draw_excludes_earlier_samples_and_reproduces_the_files():
    draw = runpy.run_path(str(WOJOOD / "draw.py"))
    pool = draw["draw"]()
    earlier = draw["earlier_documents"]()
    assert len(earlier) == 39 and not earlier & {r["id"] for r in pool}
    assert [r["hits"] >= 2 for r in pool] == [True] * 17 + [False] * 31
    by_id = {g["wojood"]: g for g in files(WOJOOD)}
    assert set(by_id) == {r["id"] for r in pool}
    for r in pool:
        assert (by_id[r["id"]]["draw"], by_id[r["id"]]["sha1"]) == (r["rank"], r["sha1"])


def test_anercorp4_files_and_no_earlier_document():
    golds = files(SET4)
    assert sorted(g["anercorp"] for g in golds) == sorted(DRAWN4)
    earlier = {int(p.stem) for d in ("anercorp1", "anercorp2", "anercorp3") for p in (SETS / d).glob("*.json")}
    assert len(earlier) == 27 and not earlier & set(DRAWN4)
    for gold in golds:
        assert set(gold) == {"anercorp", "sha1", "draw", "quotes"} and gold["anercorp"] >= 723
        assert all(q["source"] for q in gold["quotes"])


@needs_anercorp
def test_anercorp4_spans_and_draw():
    golds = qa.load_gold(SET4)
    assert sum(len(g["quotes"]) for g in golds) == 35
    for gold in golds:
        for q in gold["quotes"]:
            check_spans(gold["text"], q, ("anercorp4", gold["key"]))
            for v in q["via"]:
                assert gold["text"][v["start"]:v["end"]] == v["text"]
    pool = runpy.run_path(str(SET4 / "draw.py"))["draw"](6)
    assert [r["anercorp"] for r in pool[:4]] == DRAWN4 and [r["rank"] for r in pool] == list(range(6))
    for gold in files(SET4):
        row = next(r for r in pool if r["anercorp"] == gold["anercorp"])
        assert (row["rank"], row["sha1"]) == (gold["draw"], gold["sha1"])
