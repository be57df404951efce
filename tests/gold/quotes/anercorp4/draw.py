"""Quotes ANERcorp set 4 draw (session 20, q20): set 3's draw (``../anercorp3/draw.py``, run, not
copied — set 2's draw with the documents of sets 1-2 excluded) with a new seed, ``anercorp4``, every
document set 3 read excluded as well (its gold files: ranks 0-7, all taken, none skipped). The same
documents (evo18's grouping: 10 sentences a document from sentence 723 on; the first sixth is never
read), cue-selected the same way (>= 2 hits of held-out 21's ``CUE``). Drawn to fill the Wojood set
(``../wojood1/``), whose 17 cue-selected documents hold too little reported speech.

Prints the pool (rank, id, first sentence, characters, cue hits, text hash) as JSON, no text.

Run: KHABAR_SHARED=../shared python tests/gold/quotes/anercorp4/draw.py [--n 30] > pool.json
"""
from __future__ import annotations

import argparse
import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET3 = HERE.parent / "anercorp3"
SEED = "anercorp4"


def set3_documents() -> set[int]:
    """Every document set 3's annotator read: its gold files (no rank was skipped)."""
    return {int(p.stem) for p in SET3.glob("*.json")}


def draw(n: int = 30, seed: str = SEED) -> list[dict]:
    """The first ``n`` documents of the seeded order with at least two cue hits, every document of
    sets 1-3 excluded (ranks count the kept documents only)."""
    excluded = set3_documents()
    pool = runpy.run_path(str(SET3 / "draw.py"))["draw"](n + len(excluded), seed)
    kept = [r for r in pool if r["anercorp"] not in excluded][:n]
    return [r | {"rank": i} for i, r in enumerate(kept)]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=30)
    json.dump(draw(ap.parse_args().n), sys.stdout, ensure_ascii=False, indent=0)
