"""Quotes ANERcorp set 1 draw (session 18, qa18): documents of ANERcorp train's last five sixths
(evo18's grouping, ``khabar.eval.quotes_anercorp.doc_ids``: 10 sentences a document from sentence
723 on; the first sixth is never read) in the order of sha1("anercorp1:anercorp:<first sentence>"),
cue-selected like the news-day held-outs: at least 2 hits of held-out 21's speech-cue regex (its
``CUE``, run from ../heldout21/draw.py, not copied). Nothing to exclude: no quotes gold or quote note
has used ANERcorp before.

Prints the pool (rank, id, first sentence, characters, cue hits, text hash) as JSON, no text.

Run: KHABAR_SHARED=../shared python tests/gold/quotes/anercorp1/draw.py [--n 30] > pool.json
"""
from __future__ import annotations

import argparse
import hashlib
import json
import runpy
import sys
from pathlib import Path

from khabar.eval.corpus import sentence_hash
from khabar.eval.quotes_anercorp import doc_ids, doc_text

HERE = Path(__file__).resolve().parent
SEED = "anercorp1"


def draw(n: int = 30, seed: str = SEED) -> list[dict]:
    """The first ``n`` documents of the seeded order with at least two cue hits."""
    cue = runpy.run_path(str(HERE.parent / "heldout21" / "draw.py"))["CUE"]
    order = sorted(doc_ids(), key=lambda b: hashlib.sha1(f"{seed}:anercorp:{b}".encode()).hexdigest())
    pool: list[dict] = []
    for b in order:
        text = doc_text(b)
        hits = len(cue.findall(text))
        if hits >= 2:
            pool.append({"rank": len(pool), "id": f"anercorp:{b}", "anercorp": b, "chars": len(text),
                         "hits": hits, "sha1": sentence_hash(text)})
        if len(pool) >= n:
            break
    return pool


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=30)
    json.dump(draw(ap.parse_args().n), sys.stdout, ensure_ascii=False, indent=0)
