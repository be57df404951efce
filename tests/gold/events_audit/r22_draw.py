"""Draw the session-22 role samples of the 14 other types (evt22, issue #6).

Population: the events of the 14 types (not ASSAULT/PROTEST) of two runs — the news day
(``2015-08-10.zip``) and ANERcorp train's last five sixths in ``r18_docs.py``'s 10-sentence
documents — whose (record, trigger start) is in NO ``*.tsv`` of this directory nor in a file
given with ``--exclude``. The per-sentence ANERcorp files (``a18*``, ``a19*``, ``a21*``: one
document per sentence, ``a18_draw.py``) are moved into the 10-sentence blocks first (the
sentence's offset inside its block is added), so an event judged there is left out here too.
The pooled events are put in a seeded order; the judge walks it, judges the type, and keeps
the type-right ones with their actor / recipient (r15's columns, scored by ``r15_draw.py
--score``); the type-wrong ones go to ``r22_*_types.tsv`` (as r16_draw).

Usage: ``python tests/gold/events_audit/r22_draw.py NEWS.jsonl ANER.jsonl --seed S -n 100
[--exclude F ...] [--blind]`` prints the first ``-n`` events of the order in r15_draw's block
format; ``--blind`` leaves out the coded actor / recipient (the judge names the parties from
the text first); ``--pairs`` prints only record, trigger start and type.
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from r15_draw import _rows, events, show  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GATED = ("ASSAULT", "PROTEST")
SENTENCE_FILES = ("a18", "a19", "a21")
FIRST, BLOCK = 723, 10  # r18_docs.py


def _block_of(sentence: int, offset: int, lengths: dict[int, int]) -> tuple[str, int]:
    """The 10-sentence block record and offset of ``offset`` in the per-sentence record
    ``anercorp:<sentence>`` (sentences joined by a blank line, r18_docs.py)."""
    b = FIRST + (sentence - FIRST) // BLOCK * BLOCK
    return f"anercorp:{b}", sum(lengths[k] + 2 for k in range(b, sentence)) + offset


def judged(extra: list[str], skip: tuple[str, ...] = ()) -> frozenset[tuple[str, int]]:
    """(record, trigger start) of every row of this directory's .tsv files (but those whose name
    starts with one of ``skip``) and of ``extra``, the per-sentence ANERcorp rows in block
    coordinates."""
    from khabar.eval.corpus import shared_dir
    from khabar.eval.events_anercorp import detokenize, sentences

    sents = sentences(shared_dir())
    lengths = {i: len(detokenize(s)) for i, s in enumerate(sents) if i >= FIRST}
    out: set[tuple[str, int]] = set()
    mine = [p for p in sorted(glob.glob(os.path.join(HERE, "*.tsv")))
            if not os.path.basename(p).startswith(skip or ("\0",))]
    for path in mine + list(extra):
        per_sentence = os.path.basename(path).startswith(SENTENCE_FILES)
        for r in _rows(path):
            if len(r) < 2 or not r[1].isdigit():
                continue
            if per_sentence and r[0].startswith("anercorp:"):
                out.add(_block_of(int(r[0].split(":")[1]), int(r[1]), lengths))
            else:
                out.add((r[0], int(r[1])))
    return frozenset(out)


def order(runs: list[str], seed: str, exclude: frozenset[tuple[str, int]]) -> list[dict]:
    """The runs' events of the 14 types not in ``exclude``, in the seeded order."""
    evs: dict[tuple[str, int, str], dict] = {}
    for run in runs:
        evs.update(events(run))
    pool = sorted(k for k in evs if k[2] not in GATED and (k[0], k[1]) not in exclude)
    return [evs[k] for k in random.Random(seed).sample(pool, len(pool))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="+")
    ap.add_argument("--seed", required=True)
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--pairs", action="store_true")
    ap.add_argument("--blind", action="store_true")
    args = ap.parse_args()
    evs = order(args.runs, args.seed, judged(args.exclude))
    print(f"# population {len(evs)}", file=sys.stderr)
    for ev in evs[:args.n]:
        if args.pairs:
            print(f"{ev['doc']}\t{ev['trigger']['start']}\t{ev['type']}")
        elif args.blind:
            print("\n".join(ln for ln in show(ev).split("\n") if not ln.startswith(("A: ", "R: "))))
        else:
            print(show(ev))


if __name__ == "__main__":
    main()
