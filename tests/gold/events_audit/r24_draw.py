"""Draw the session-24 blind sample of the 14 other PLOVER types (evt24, issue #6): type, modality, roles.

Population: the events of the 14 types (not ASSAULT/PROTEST) of three runs — the news day
(``2015-08-10.zip``), ANERcorp train's sentences 723 on in ``r18_docs.py``'s 10-sentence documents and
the Wojood sample in ``w19_docs.py``'s documents — whose (record, trigger start) is in NO ``*.tsv`` of
this directory (``r22_draw.judged``: the per-sentence a18/a19/a21 rows moved into the blocks). The
three sources are nearly spent (at d18e697a: 331 of the news day's 2,228 events of these types, 74
of ANERcorp's 806 and 30 of Wojood's 102 were in no earlier sample), so the draw is stratified by
type: the pooled events are put in a seeded order and the first ``--per-type`` of each type are
kept (types with fewer keep all), in that order.

Usage: ``python tests/gold/events_audit/r24_draw.py NEWS.jsonl ANER.jsonl WOJOOD.jsonl --seed S
--per-type 10 [--blind | --reveal]``. ``--blind`` prints each event's record, trigger offsets, type and
mode and the sentence with the trigger in [[ ]] — NOT the coded modality, actor or recipient (the judge
names them from the text first); ``--reveal`` adds them for the comparison; ``--population`` prints the
unjudged counts per source and type; ``--score F.tsv`` (runs, or ``-`` for no weights) the figures of
a judged file (columns: record, trigger start, end, type, mode, coded modality, type right, modality
right, gold actor, gold recipient, actor and recipient judgement as r15's, sha1(sentence)[:12], note).
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from r15_draw import _ratio, _rows, events, role_lines, show  # noqa: E402
from r22_draw import GATED, judged  # noqa: E402

AFTER_R24 = ("r24", "l24")


def later_than(session: int) -> tuple[str, ...]:
    """The stems of this directory's .tsv files of sessions after ``session`` (l25_blind …)."""
    import glob
    import re

    here = os.path.dirname(os.path.abspath(__file__))
    stems = (os.path.basename(p)[:-4] for p in glob.glob(os.path.join(here, "*.tsv")))
    return tuple(n for n in stems if (m := re.match(r"[a-z]+(\d+)[a-z]?_", n)) and int(m.group(1)) > session)


def pool(runs: list[str]) -> dict[tuple[str, int, str], dict]:
    """The runs' events of the 14 types in no earlier sample. Files drawn after r24 are not counted, so
    that the draw and its weights are reproduced from the committed folder: this sample's own
    (``r24*``), evl24's l24 (drawn the same session, after r24, for places and dates) and any file of a
    later session (a letter prefix, then a number above 24)."""
    done = judged([], skip=AFTER_R24 + later_than(24))
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


def score(path: str, population: dict[str, int] | None = None) -> str:
    """Type precision (all rows; by source; by type; weighted by ``population``, the unjudged events
    per type the draw came from), modality of the type-right rows, and actor / recipient recall and
    precision of the type-right rows (:func:`r15_draw.role_lines`)."""
    every = _rows(path)
    rows = [r for r in every if r[6] != "gone"]  # a re-shown copy: "gone" = coded no more
    right = [r for r in rows if r[6] == "y"]
    out = [f"{len(rows)} events: type {_ratio(len(right), len(rows))}"
           + (f" ({len(every) - len(rows)} coded no more)" if len(every) > len(rows) else "")]
    for src in ("news", "anercorp", "wojood"):
        sub = [r for r in rows if _source(r[0]) == src]
        out.append(f"  {src}: {_ratio(sum(r[6] == 'y' for r in sub), len(sub))}")
    types = sorted({r[3] for r in rows})
    out.append("  by type: " + ", ".join(
        f"{t} {sum(r[6] == 'y' for r in rows if r[3] == t)}/{sum(r[3] == t for r in rows)}" for t in types))
    if population:
        total = sum(population.get(t, 0) for t in types)
        w = sum(population.get(t, 0) * sum(r[6] == "y" for r in rows if r[3] == t) / sum(r[3] == t for r in rows)
                for t in types) / total
        out.append(f"  weighted by the unjudged population per type: {w:.2f}")
    out.append(f"modality (of type-right): {_ratio(sum(r[7] == 'y' for r in right), len(right))}")
    out += role_lines(right, (("actor", 10, 8), ("recipient", 11, 9)))
    return "\n".join(out)


def _source(record: str) -> str:
    return record.split(":")[0] if not record[:1].isdigit() else "news"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="+")
    ap.add_argument("--seed", default="")
    ap.add_argument("--per-type", type=int, default=10)
    ap.add_argument("--blind", action="store_true")
    ap.add_argument("--reveal", action="store_true")
    ap.add_argument("--population", action="store_true")
    ap.add_argument("--score", help="a judged file (runs: the three runs, for the per-type weights; or -)")
    args = ap.parse_args()
    if args.score:
        pop = None
        if args.runs != ["-"]:
            pop = dict(collections.Counter(t for _, _, t in pool(args.runs)))
        print(score(args.score, pop))
        return
    if args.population:
        c = collections.Counter((_source(d), t) for d, _, t in pool(args.runs))
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
