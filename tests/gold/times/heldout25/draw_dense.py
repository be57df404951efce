"""Draw held-out 25: draw.py's seeded per-outlet draw over the time-densest news-day articles left.

Session 18 found the news day used up for times sets at draw.py's counts (800-3500 characters, >= 8
time-ish words, >= 5 numbers: 0 candidates at e2a8274). Session 21's variant keeps every exclusion of
draw.py (`candidates`: times gold by index, URL and text; 60-character shingles against times gold
articles and every test, doc and resource file; 24-character pieces of tests/test_times*.py), widens
the length to 400-6000 characters and the counts to >= 5 time-ish words and >= 3 digit runs, and then
prefers time-dense text: only articles with >= --density time-ish words per 1,000 characters (6.0 by
default) are drawn, with draw.py's `draw` (one article per outlet per round, ranked by sha256 of
"<seed><index>", outlets by sha256 of "<seed><outlet>").

Run: PYTHONPATH=src KHABAR_SHARED=../shared .venv/bin/python tests/gold/times/heldout25/draw_dense.py
--seed heldout25: --n 10   (at e2a8274: 129 candidates, 52 dense enough)
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

from khabar.eval.corpus import news_records

_spec = importlib.util.spec_from_file_location("times_draw", Path(__file__).resolve().parents[1] / "draw.py")
assert _spec and _spec.loader
draw = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(draw)


def density(text: str) -> float:
    """Time-ish words (draw.TIMEISH) per 1,000 characters."""
    return len(draw.TIMEISH.findall(text)) * 1000 / max(len(text), 1)


def dense_candidates(recs: list[dict], ignore: set[str], least: float) -> list[int]:
    cands = draw.candidates(recs, ignore, (400, 6000), 5, 3)
    print(len(cands), "candidates")
    return [i for i in cands if density(recs[i]["content"]) >= least]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", required=True)
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--density", type=float, default=6.0)
    ap.add_argument("--ignore", action="append", default=[])
    args = ap.parse_args()
    recs = news_records()
    cands = dense_candidates(recs, set(args.ignore), args.density)
    print(len(cands), "dense enough")
    picks = draw.draw(recs, cands, args.seed, args.n)
    print("picks", picks)
    for i in picks:
        print(i, recs[i]["source"], len(recs[i]["content"]), round(density(recs[i]["content"]), 1))


if __name__ == "__main__":
    main()
