"""Draw held-out 21's ANERcorp part: seeded, from train.txt's last five sixths (by words).

ANERcorp is 2000s newswire from other outlets than the news day and has no dateline. Documents are
evo18's blocks (session 18): 10 consecutive sentences from sentence 723, detokenised
(khabar.eval.events_anercorp.detokenize), joined by blank lines, key "anercorp:<first sentence>"
(khabar.eval.times.gold_article reads them). The first sixth by words ends in sentence 722 (the NER
held-out block): never read — the script asserts the boundary. Filter: >= 6 time-ish words
(tests/gold/times/draw.py's TIMEISH) and >= 3 digit runs; blocks ranked by sha256 of "<seed><first>".

Run: PYTHONPATH=src KHABAR_SHARED=../shared .venv/bin/python tests/gold/times/heldout21/draw_anercorp.py \
--seed heldout21a: --n 3
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
from pathlib import Path

from khabar.eval.events_anercorp import sentences
from khabar.eval.times import ANERCORP_FIRST, anercorp_block

_spec = importlib.util.spec_from_file_location("draw", Path(__file__).resolve().parents[1] / "draw.py")
_draw = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_draw)  # type: ignore[union-attr]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", required=True)
    ap.add_argument("--n", type=int, default=3)
    ap.add_argument("--timeish", type=int, default=6)
    ap.add_argument("--numbers", type=int, default=3)
    args = ap.parse_args()
    sents = sentences()
    total, acc = sum(map(len, sents)), 0
    for i, s in enumerate(sents):
        acc += len(s)
        if acc >= total / 6:
            assert i < ANERCORP_FIRST, i
            break
    cands = []
    for first in range(ANERCORP_FIRST, len(sents), 10):
        text = anercorp_block(first)
        if len(_draw.TIMEISH.findall(text)) >= args.timeish and len(_draw.NUM.findall(text)) >= args.numbers:
            cands.append(first)
    print(len(cands), "candidate blocks")
    picks = sorted(cands, key=lambda b: hashlib.sha256(f"{args.seed}{b}".encode()).hexdigest())[: args.n]
    print("picks", sorted(picks))


if __name__ == "__main__":
    main()
