"""Draw the session-25 blind sample of the 14 other PLOVER types (evt25, issue #6): type, modality, roles.

The news day, ANERcorp 723.. and the Wojood sample were nearly spent by r24 (CONCEDE and MOBILIZE had no
event left anywhere, seven types 1–4). Session 25 adds a fourth source, AQMAR (``r25_docs.py``: 28
Arabic Wikipedia articles in blocks of 10 sentences; no events sample drew from it before), and draws
from it pooled with what ANERcorp's and Wojood's runs still leave unjudged. Population: the events of
the 14 types (not ASSAULT/PROTEST) of the runs given whose (record, trigger start) is in NO ``*.tsv`` of
this directory of session 24 or earlier (``r22_draw.judged``; files of session 25 on are not counted, so
the draw is reproduced from the committed folder). As r24, the draw is stratified by type: the pooled
events in a seeded order, the first ``--per-type`` of each type kept (types with fewer keep all).

Usage: ``python tests/gold/events_audit/r25_draw.py AQMAR.jsonl ANER.jsonl WOJOOD.jsonl --seed S
--per-type 6 [--blind | --reveal | --population]``; ``--score F.tsv`` (runs, or ``-``) as r24_draw. The
judged file's columns are r24_blind.tsv's.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from r15_draw import events, show  # noqa: E402
from r22_draw import GATED, judged  # noqa: E402
from r24_draw import later_than, score  # noqa: E402


def source(record: str) -> str:
    return record.split(":")[0] if not record[:1].isdigit() else "news"


def pool(runs: list[str]) -> dict[tuple[str, int, str], dict]:
    """The runs' events of the 14 types in no sample of session 24 or earlier."""
    done = judged([], skip=later_than(24))
    out: dict[tuple[str, int, str], dict] = {}
    for run in runs:
        for k, ev in events(run).items():
            if k[2] not in GATED and (k[0], k[1]) not in done:
                out[k] = ev
    return out


def draw(runs: list[str], seed: str, per_type: int) -> list[dict]:
    """The first ``per_type`` events of each type in the seeded order of the pool."""
    evs = pool(runs)
    order = random.Random(seed).sample(sorted(evs), len(evs))
    seen: collections.Counter[str] = collections.Counter()
    out = []
    for k in order:
        if seen[k[2]] < per_type:
            seen[k[2]] += 1
            out.append(evs[k])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="+")
    ap.add_argument("--seed", default="")
    ap.add_argument("--per-type", type=int, default=6)
    ap.add_argument("--blind", action="store_true")
    ap.add_argument("--reveal", action="store_true")
    ap.add_argument("--population", action="store_true")
    ap.add_argument("--score", help="a judged file (runs: the three runs, for the per-type weights; or -)")
    args = ap.parse_args()
    if args.score:
        pop = None if args.runs == ["-"] else dict(collections.Counter(t for _, _, t in pool(args.runs)))
        print(score(args.score, pop))
        return
    if args.population:
        c = collections.Counter((source(d), t) for d, _, t in pool(args.runs))
        for (src, t), n in sorted(c.items()):
            print(f"{src}\t{t}\t{n}")
        return
    if not args.seed:
        ap.error("--seed is required to draw")
    for ev in draw(args.runs, args.seed, args.per_type):
        block = show(ev).split("\n")
        head = f"{block[0]}\t{ev['mode']}"
        if args.reveal:
            print("\n".join([head + f"\t{ev['modality']}", *block[1:]]))
        else:
            print("\n".join([head, *(ln for ln in block[1:] if not ln.startswith(("A: ", "R: ")))]))


if __name__ == "__main__":
    main()
