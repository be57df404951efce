"""Quotes ANERcorp set 2 draw (session 18, qa18b): set 1's draw (``../anercorp1/draw.py``, run, not
copied) with a new seed, ``anercorp2``, over the same documents (evo18's grouping: 10 sentences a
document from sentence 723 on; the first sixth is never read), set 1's read documents excluded (its
gold files and rank 2, 2123, read and skipped), cue-selected the same way (≥ 2 hits of held-out 21's
``CUE``).

Prints the pool (rank, id, first sentence, characters, cue hits, text hash) as JSON, no text.

Run: KHABAR_SHARED=../shared python tests/gold/quotes/anercorp2/draw.py [--n 30] > pool.json
"""
from __future__ import annotations

import argparse
import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET1 = HERE.parent / "anercorp1"
SEED = "anercorp2"
SET1_SKIPPED = (2123,)  # set 1's rank 2: read, held no attribution


def set1_documents() -> set[int]:
    """Every document set 1's annotator read: its gold files and the skipped rank."""
    return {int(p.stem) for p in SET1.glob("*.json")} | set(SET1_SKIPPED)


def draw(n: int = 30, seed: str = SEED) -> list[dict]:
    """The first ``n`` documents of the seeded order with at least two cue hits, set 1's excluded
    (ranks count the kept documents only)."""
    excluded = set1_documents()
    pool = runpy.run_path(str(SET1 / "draw.py"))["draw"](n + len(excluded), seed)
    kept = [r for r in pool if r["anercorp"] not in excluded][:n]
    return [r | {"rank": i} for i, r in enumerate(kept)]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=30)
    json.dump(draw(ap.parse_args().n), sys.stdout, ensure_ascii=False, indent=0)
