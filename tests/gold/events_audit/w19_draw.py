"""Draw and score the session-19 type + role samples on the third source, the Wojood sample (evw19).

The run is ``khabar analyze`` over ``w19_docs.py``'s documents (``wojood:<split>:<first sentence>``,
10 sentences each). The draw is ``sample.py``'s (per type, seeded by ``S:<TYPE>``, record then
trigger order) over the run's events of the 14 types — or, with ``--gated``, over its ASSAULT and
PROTEST events — leaving out the (record, trigger start) pairs of every ``--exclude`` file. Each
shown event carries the first 12 hex of the SHA-1 of its sentence text.

Judged file columns (one row per event, no text): record, trigger start, end, type, mode,
modality, type right (y/n), modality right (y/n/.), actor, recipient (y/p/m/n/- as r15_README.md,
``.`` not judged: a type-wrong event), sha1(sentence)[:12], gold actor, gold recipient (a short
quote or ``-`` when the sentence names none), note. Columns 1–10 are ``sample.py``'s, so its
``score`` gives type and modality precision; :func:`roles` gives r15's recall and precision.

Usage (from the repository root)::

    python tests/gold/events_audit/w19_draw.py RUN.jsonl --seed S --per-type K [--gated] [--exclude F ...]
    python tests/gold/events_audit/w19_draw.py RUN.jsonl --score JUDGED.tsv
"""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from r15_draw import role_lines  # noqa: E402
from sample import SKIP, draw, load, rows, score, show  # noqa: E402

from khabar.eval.corpus import sentence_hash  # noqa: E402


def roles(judged: list[list[str]]) -> str:
    """Actor and recipient recall (a right phrase coded, of the parties named) and precision (of the
    phrases coded) over the type-right rows, strict (``y``) and lenient (``y`` + ``p``): r15's
    :func:`r15_draw.role_lines` on this file's columns."""
    ok = [r for r in judged if r[6] == "y"]
    return "\n".join([f"{len(ok)} type-right events",
                      *role_lines(ok, (("actor", 8, 11), ("recipient", 9, 12)))])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("run")
    ap.add_argument("--seed")
    ap.add_argument("--per-type", type=int, default=5)
    ap.add_argument("--gated", action="store_true", help="draw ASSAULT/PROTEST instead of the 14 types")
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--score")
    args = ap.parse_args()
    by_type = load(args.run)
    if args.score:
        judged = rows(args.score)
        print(score(judged, {t: len(v) for t, v in by_type.items()}))
        print(roles(judged))
        return
    if not args.seed:
        ap.error("--seed is needed to draw")
    if args.gated:
        by_type = {t.lower(): v for t, v in by_type.items() if t in SKIP}
    skip = frozenset((r[0], int(r[1])) for p in args.exclude for r in rows(p)
                     if len(r) > 1 and r[1].isdigit())
    for ev in draw(by_type, args.seed, args.per_type, skip):
        print(f"{show(ev)}sha1 {sentence_hash(ev['sentence']['text'])}\n")


if __name__ == "__main__":
    main()
