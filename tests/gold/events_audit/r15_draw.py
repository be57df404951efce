"""Draw the session-15 role samples of the 14 other types (evr15, issue #6).

The population is the events whose TYPE an earlier judge found right (column 7 ``y``) in the
precision samples s7…s15 of this directory and that a news-day run still codes with the same
type at the same trigger start. ``--seed`` picks ``-n`` of them; ``--exclude`` leaves out the
pairs of an earlier role sample. Output: one block per event (record, trigger offsets, type,
the coded actor/recipient with country and sector, the sentence with the trigger in [[ ]]) for
judging; the fixture r15_*.tsv keeps only ids, offsets, sha1 of the sentence and judgements.

Usage: ``python tests/gold/events_audit/r15_draw.py RUN.jsonl --seed S -n 56 [--exclude F.tsv]``;
``--score F.tsv`` (no RUN needed: pass ``-``) prints actor and recipient recall / precision of a judged file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = ("s7_blind", "s7_fresh", "s8_blind", "s8_fresh", "s9_blind", "s9_fresh", "s10_blind",
           "s10_fresh", "s11_blind", "s11_fresh", "s13_blind", "s13_fresh", "s13c_fresh", "s14_blind",
           "s14_fresh", "s14b_fresh", "s15_blind", "s15_fresh")


def _rows(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8") as fh:
        return [ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#")]


def type_right() -> dict[tuple[str, int], str]:
    """(record, trigger start) -> type, for every type-right judged row of s7…s15."""
    out: dict[tuple[str, int], str] = {}
    for name in SAMPLES:
        for r in _rows(os.path.join(HERE, name + ".tsv")):
            if len(r) > 6 and r[6] == "y":
                out[(r[0], int(r[1]))] = r[3]
    return out


def events(run: str) -> dict[tuple[str, int], dict]:
    """(record, trigger start, type) -> the run's event."""
    out: dict[tuple[str, int], dict] = {}
    with open(run, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            for ev in doc.get("events", []):
                ev["doc"] = doc["id"]
                out[(doc["id"], ev["trigger"]["start"], ev["type"])] = ev
    return out


def sha(ev: dict) -> str:
    return hashlib.sha1(ev["sentence"]["text"].encode("utf-8")).hexdigest()[:12]


def show(ev: dict) -> str:
    s, t = ev["sentence"], ev["trigger"]
    a, b = t["start"] - s["start"], t["end"] - s["start"]
    text = s["text"][:a] + "[[" + s["text"][a:b] + "]]" + s["text"][b:]
    act = " | ".join(f"{x['text']}({x['country']},{x['sector']})" for x in ev["actor"]) or "-"
    rec = " | ".join(f"{x['text']}({x['country']},{x['sector']})" for x in ev["recipient"]) or "-"
    return (f"{ev['doc']}\t{t['start']}\t{t['end']}\t{ev['type']}\t{sha(ev)}\n"
            f"A: {act}\nR: {rec}\n{text}\n")


def draw(run: str, seed: str, n: int, exclude: frozenset[tuple[str, int]]) -> list[dict]:
    evs = events(run)
    pool = sorted(k for k in ((d, s, t) for (d, s), t in type_right().items())
                  if k in evs and (k[0], k[1]) not in exclude)
    return [evs[k] for k in random.Random(seed).sample(pool, min(n, len(pool)))]


def _ratio(k: int, n: int) -> str:
    return f"{k}/{n} = {k / n:.2f}" if n else "-"


def role_lines(rows: list[list[str]], columns: tuple[tuple[str, int, int], ...]) -> list[str]:
    """Recall (a right phrase coded, of the parties named), precision (of the phrases coded) and
    right-or-rightly-empty, strict (``y``) and lenient (``y`` + ``p``), one line per
    ``(name, judgement column, gold party column)``."""
    out = []
    for name, col, gold in columns:
        js = [r[col] for r in rows]
        named = sum(r[gold] != "-" for r in rows)
        coded = sum(j in "ypn" for j in js)
        y, p = js.count("y"), js.count("p")
        out.append(f"{name}: recall {_ratio(y, named)} (with p {_ratio(y + p, named)}), precision "
                   f"{_ratio(y, coded)} (with p {_ratio(y + p, coded)}), right or rightly empty "
                   f"{_ratio(y + js.count('-'), len(rows))}; missed {js.count('m')}, wrong {js.count('n')}")
    return out


def score(path: str) -> str:
    """:func:`role_lines` for actor and recipient of a judged role sample."""
    rows = _rows(path)
    return "\n".join([f"{len(rows)} events", *role_lines(rows, (("actor", 7, 5), ("recipient", 8, 6)))])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("run")
    ap.add_argument("--seed", default="")
    ap.add_argument("-n", type=int, default=56)
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--score")
    args = ap.parse_args()
    if args.score:
        print(score(args.score))
        return
    skip = frozenset((r[0], int(r[1])) for f in args.exclude for r in _rows(f))
    for ev in draw(args.run, args.seed, args.n, skip):
        print(show(ev))


if __name__ == "__main__":
    main()
