"""Draw the session-16 role samples of the 14 other types (evo16, issue #6).

Unlike ``r15_draw.py`` (whose population was the type-right events of the precision samples
s7…s15), the population here is the news day's events of the 14 types that NO file of this
directory held at the start of session 16 (every ``*.tsv`` but the session-16 ``r16*``/``s16*``
files: s7…s15, r15*, the session-2…6 files), nor a file given with ``--exclude`` (r16_blind.tsv,
the s16 samples, another helper's draw not committed yet). Such events were read by no judge, so
their TYPE is judged too: the judge walks the seeded order and keeps the first ``-n`` events
whose type is right (r16_*.tsv, the r15 columns, scored by ``r15_draw.py --score``); the
type-wrong ones passed on the way are listed in r16_*_types.tsv.

Usage: ``python tests/gold/events_audit/r16_draw.py RUN.jsonl --seed S -n 90 [--exclude F ...]``
prints the first ``-n`` events of the seeded order in r15_draw's block format; ``--pairs`` prints
only their record and trigger start (the list another helper excludes).
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


def judged(extra: list[str]) -> frozenset[tuple[str, int]]:
    """(record, trigger start) of every row of the pre-session-16 .tsv files of this directory
    and of ``extra``."""
    out: set[tuple[str, int]] = set()
    old = [p for p in sorted(glob.glob(os.path.join(HERE, "*.tsv")))
           if not os.path.basename(p).startswith(("r16", "s16"))]
    for path in old + list(extra):
        for r in _rows(path):
            if len(r) > 1 and r[1].isdigit():
                out.add((r[0], int(r[1])))
    return frozenset(out)


def order(run: str, seed: str, exclude: frozenset[tuple[str, int]]) -> list[dict]:
    """The run's events of the 14 types not in ``exclude``, in the seeded order."""
    evs = events(run)
    pool = sorted(k for k in evs if k[2] not in GATED and (k[0], k[1]) not in exclude)
    return [evs[k] for k in random.Random(seed).sample(pool, len(pool))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("run")
    ap.add_argument("--seed", required=True)
    ap.add_argument("-n", type=int, default=90)
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--pairs", action="store_true")
    args = ap.parse_args()
    evs = order(args.run, args.seed, judged(args.exclude))
    print(f"# population {len(evs)}", file=sys.stderr)
    for ev in evs[:args.n]:
        print(f"{ev['doc']}\t{ev['trigger']['start']}\t{ev['type']}" if args.pairs else show(ev))


if __name__ == "__main__":
    main()
