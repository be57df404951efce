"""The session-18 type samples of the 14 other PLOVER types on a NEW source: ANERcorp train (evt18, issue #6).

Every figure of sessions 3–17 came from one day of Saudi news (2015-08-10); this draws from
ANERcorp's training file (``../shared/data/ner/anercorp/train.txt``, 2000s newswire), read and
detokenised by :mod:`khabar.eval.events_anercorp`. Only the LAST five sixths are used: the first
sixth by words (sentences 0–722, 20,944 of 125,088 tokens; it also covers the 660 sentences of the
NER block 0) is the NER held-out, never analysed, drawn or shown. A later sentence whose text is the
same as a first-sixth sentence (ANERcorp repeats some) is left out too — compared by hash only.

Documents: each sentence is its own document (record id ``anercorp:<sentence index>``, no
dateline, no title), as ``khabar.eval.events_anercorp`` analyses the benchmark's sentences: ANERcorp
has no article boundaries, and joining neighbours would let the entity stage resolve across
unrelated reports.

Usage (from the repository root)::

    python tests/gold/events_audit/a18_draw.py --input IN.jsonl         # the records to analyse
    khabar analyze --input IN.jsonl --output RUN.jsonl                  # (or run_batch)
    python tests/gold/events_audit/a18_draw.py RUN.jsonl --seed S --per-type K [--exclude F ...]
    python tests/gold/events_audit/a18_draw.py RUN.jsonl --seed S --per-type K --pairs   # drawn list
    python tests/gold/events_audit/a18_draw.py RUN.jsonl --score JUDGED.tsv

The draw is ``sample.py``'s (per type, seeded by ``S:<TYPE>``, record then trigger order) over
the run's events of the 14 types, leaving out the (record, trigger start) pairs of every
``--exclude`` file (a judged .tsv or another helper's drawn list: columns 1–2). Each shown event
carries the first 12 hex of the SHA-1 of its sentence text, the column the judged file keeps.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from sample import draw, load, rows, score, show  # noqa: E402

from khabar.eval.corpus import sentence_hash  # noqa: E402
from khabar.eval.events_anercorp import detokenize, sentences  # noqa: E402

HELD_OUT_WORDS = 6  # the first 1/6 of the tokens is the NER held-out


def first_kept() -> int:
    """Index of the first sentence after the held-out first sixth by words."""
    sents = sentences()
    total = sum(map(len, sents))
    seen = 0
    for i, s in enumerate(sents):
        if seen * HELD_OUT_WORDS >= total:
            return i
        seen += len(s)
    return len(sents)


def records() -> list[dict]:
    """The records of the last five sixths (repeats of a held-out sentence left out)."""
    sents = sentences()
    cut = first_kept()
    held = {sentence_hash(detokenize(s)) for s in sents[:cut]}
    out = []
    for i in range(cut, len(sents)):
        text = detokenize(sents[i])
        if text.strip() and sentence_hash(text) not in held:
            out.append({"id": f"anercorp:{i}", "text": text})
    return out


def pairs(paths: list[str]) -> frozenset[tuple[str, int]]:
    """(record, trigger start) of every row of ``paths``."""
    return frozenset((r[0], int(r[1])) for p in paths for r in rows(p)
                     if len(r) > 1 and r[1].isdigit())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("run", nargs="?")
    ap.add_argument("--input", help="write the records to analyse (JSON lines) here")
    ap.add_argument("--seed")
    ap.add_argument("--per-type", type=int, default=12)
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--pairs", action="store_true", help="print record, trigger start, type only")
    ap.add_argument("--score")
    args = ap.parse_args()
    if args.input:
        recs = records()
        with open(args.input, "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"# {len(recs)} records from sentence {first_kept()}", file=sys.stderr)
        return
    if not args.run:
        ap.error("RUN.jsonl is needed to draw or score")
    cut = first_kept()
    by_type = {t: [e for e in evs if int(e["doc"].rsplit(":", 1)[1]) >= cut]
               for t, evs in load(args.run).items()}
    if args.score:
        print(score(rows(args.score), {t: len(v) for t, v in by_type.items()}))
        return
    if not args.seed:
        ap.error("--seed is needed to draw")
    for ev in draw(by_type, args.seed, args.per_type, pairs(args.exclude)):
        if args.pairs:
            print(f"{ev['doc']}\t{ev['trigger']['start']}\t{ev['type']}")
        else:
            print(f"{show(ev)}sha1 {sentence_hash(ev['sentence']['text'])}\n")


if __name__ == "__main__":
    main()
