"""Quotes ANERcorp set 3 draw (session 19, q19): set 2's draw (``../anercorp2/draw.py``, run, not
copied — itself set 1's draw with set 1's read documents excluded) with a new seed, ``anercorp3``,
over the same documents (evo18's grouping: 10 sentences a document from sentence 723 on; the first
sixth is never read), every document sets 1 and 2 read excluded as well (their gold files and the
ranks their annotators read and skipped), cue-selected the same way (≥ 2 hits of held-out 21's
``CUE``).

Prints the pool (rank, id, first sentence, characters, cue hits, text hash) as JSON, no text.

Run: KHABAR_SHARED=../shared python tests/gold/quotes/anercorp3/draw.py [--n 30] > pool.json
"""
from __future__ import annotations

import argparse
import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET2 = HERE.parent / "anercorp2"
SEED = "anercorp3"
SET2_SKIPPED = (1033, 3113)  # set 2's ranks 6 and 8: read, held no attribution


def read_documents() -> set[int]:
    """Every document the annotators of sets 1 and 2 read: gold files and skipped ranks."""
    set2 = runpy.run_path(str(SET2 / "draw.py"))
    return set2["set1_documents"]() | {int(p.stem) for p in SET2.glob("*.json")} | set(SET2_SKIPPED)


def draw(n: int = 30, seed: str = SEED) -> list[dict]:
    """The first ``n`` documents of the seeded order with at least two cue hits, every document of
    sets 1-2 excluded (ranks count the kept documents only)."""
    excluded = read_documents()
    pool = runpy.run_path(str(SET2 / "draw.py"))["draw"](n + len(excluded), seed)
    kept = [r for r in pool if r["anercorp"] not in excluded][:n]
    return [r | {"rank": i} for i, r in enumerate(kept)]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=30)
    json.dump(draw(ap.parse_args().n), sys.stdout, ensure_ascii=False, indent=0)
