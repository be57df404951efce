"""Quotes ANERcorp set 2 (session 18, qa18b): the gold of a second blind wire set — set 1's draw with a
new seed, set 1's documents excluded — and the ``--set`` option of ``khabar.eval.quotes_anercorp``."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest
from quote_helpers import SHARED, check_spans

from khabar.eval import quotes_anercorp as qa

GOLD = Path(__file__).resolve().parent / "gold" / "quotes" / "anercorp2"
needs_anercorp = pytest.mark.skipif(not (SHARED / "data/ner/anercorp/train.txt").exists(),
                                    reason="ANERcorp not available")
DRAWN = [1263, 3933, 2893, 3393, 2513, 3023, 3293, 2063, 2943]  # ranks 0-5, 7, 9, 10
SKIPPED = [1033, 3113]  # ranks 6 and 8: read, no attribution


def unsaid(key: str, q: dict) -> bool:
    """Only the source of an implicit quote whose speaker the window does not name may be absent
    (2943 opens inside a press conference: «"كما قال إن …»، «وأضاف»، «وأوضح» before the name)."""
    return key == "source" and q["implicit"] and q["speaker"] is None and q["speaker_kind"] is None


def gold_files() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


def test_set_option_names_both_sets():
    assert {k: qa.SETS[k] for k in ("anercorp1", "anercorp2")} == {"anercorp1": qa.GOLD, "anercorp2": GOLD}
    assert qa.GOLD.name == "anercorp1"  # set 1 stays the default directory


def test_set_option_picks_the_directory(monkeypatch, capsys):
    seen = []

    def fake(use_entities=True, gold_dir=qa.GOLD):
        seen.append((use_entities, gold_dir))
        return qa.Scores()

    monkeypatch.setattr(qa, "evaluate", fake)
    qa.main(["--set", "anercorp2", "--no-entities"])
    qa.main([])
    assert seen == [(False, GOLD), (True, qa.GOLD)]
    with pytest.raises(SystemExit):
        qa.main(["--set", "anercorp9"])
    capsys.readouterr()


def test_files_hold_no_text_and_no_set1_document():
    files = gold_files()
    assert sorted(g["anercorp"] for g in files) == sorted(DRAWN)
    set1 = {int(p.stem) for p in qa.GOLD.glob("*.json")}
    for gold in files:
        assert set(gold) == {"anercorp", "sha1", "draw", "quotes"}
        assert gold["anercorp"] >= 723 and gold["anercorp"] not in set1


@needs_anercorp
def test_gold_spans_are_slices():
    golds = qa.load_gold(GOLD)
    assert len(golds) == 9 and sum(len(g["quotes"]) for g in golds) == 52  # 51 + the «واقترح» proposal of 2943 (q19, docs/quotes.md § 4)
    for gold in golds:
        for q in gold["quotes"]:
            check_spans(gold["text"], q, ("anercorp2", gold["key"]), missing_ok=unsaid)
            assert q["type"] in ("direct", "indirect", "mixed")
            for v in q["via"]:
                assert gold["text"][v["start"]:v["end"]] == v["text"]


def test_only_the_window_opening_lacks_a_source():
    unnamed = [(g["anercorp"], q["cue"]["start"]) for g in gold_files() for q in g["quotes"] if not q["source"]]
    assert unnamed == [(2943, 5), (2943, 123), (2943, 213)]
    assert not unsaid("source", {"implicit": False, "speaker": None, "speaker_kind": None})
    assert not unsaid("cue", {"implicit": True, "speaker": None, "speaker_kind": None})


@needs_anercorp
def test_hash_is_checked(tmp_path):
    gold = json.loads((GOLD / "2893.json").read_text(encoding="utf-8"))
    gold["sha1"] = "0" * 12
    (tmp_path / "2893.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError):
        qa.load_gold(tmp_path)


@needs_anercorp
def test_draw_reproduces_the_set_without_set1():
    draw = runpy.run_path(str(GOLD / "draw.py"))
    pool = draw["draw"](12)
    assert [r["anercorp"] for r in pool[:11]] == DRAWN[:6] + SKIPPED[:1] + DRAWN[6:7] + SKIPPED[1:] + DRAWN[7:]
    assert [r["rank"] for r in pool] == list(range(12))
    assert not draw["set1_documents"]() & {r["anercorp"] for r in pool}
    for gold in gold_files():
        row = next(r for r in pool if r["anercorp"] == gold["anercorp"])
        assert (row["rank"], row["sha1"]) == (gold["draw"], gold["sha1"])
