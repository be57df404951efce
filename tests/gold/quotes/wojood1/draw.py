"""Quotes Wojood set 1 draw (session 20, q20): a third source — the Wojood sample's documents
(``tests/gold/events_audit/w19_docs.py``: 10 sentences a document, id ``wojood:<split>:<first>``,
no dateline; mixed 2020s media, history and social text) in the order of
sha1("wojood1:<id>"), cue-selected like the ANERcorp sets (>= 2 hits of held-out 21's ``CUE``, run
from ../heldout21/draw.py, not copied); the source holds so little reported speech that the documents
with one hit follow, in the same order (ranks 17 on), and were read too. Excluded: every document of an earlier Wojood sample
(evw19's ``w19_blind.tsv`` and ``w19_gated.tsv``: the events judges read those documents' sentences).
No quotes gold has used Wojood before.

The corpus licence is not stated: the pool holds ids, sizes, hits and text hashes, never text.

Run: KHABAR_SHARED=../shared python tests/gold/quotes/wojood1/draw.py [--n 48] > pool.json
"""
from __future__ import annotations

import argparse
import hashlib
import json
import runpy
import sys
from pathlib import Path

from khabar.eval.corpus import sentence_hash

HERE = Path(__file__).resolve().parent
AUDIT = HERE.parents[1] / "events_audit"
SEED = "wojood1"
EARLIER = ("w19_blind.tsv", "w19_gated.tsv")


def earlier_documents() -> set[str]:
    """Every document id of an earlier Wojood sample (first column of its rows)."""
    out = set()
    for name in EARLIER:
        for line in (AUDIT / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("wojood:"):
                out.add(line.split("\t", 1)[0])
    return out


def draw(n: int = 48, seed: str = SEED) -> list[dict]:
    """The first ``n`` documents of the seeded order with at least two cue hits, then those with one,
    earlier samples' documents excluded."""
    cue = runpy.run_path(str(HERE.parent / "heldout21" / "draw.py"))["CUE"]
    docs = runpy.run_path(str(AUDIT / "w19_docs.py"))["documents"]()
    excluded = earlier_documents()
    order = sorted((d for d in docs if d["id"] not in excluded),
                   key=lambda d: hashlib.sha1(f"{seed}:{d['id']}".encode()).hexdigest())
    hits = {d["id"]: len(cue.findall(d["text"])) for d in order}
    tiers = [d for d in order if hits[d["id"]] >= 2] + [d for d in order if hits[d["id"]] == 1]
    return [{"rank": i, "id": d["id"], "chars": len(d["text"]), "hits": hits[d["id"]],
             "sha1": sentence_hash(d["text"])} for i, d in enumerate(tiers[:n])]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=48)
    json.dump(draw(ap.parse_args().n), sys.stdout, ensure_ascii=False, indent=0)
