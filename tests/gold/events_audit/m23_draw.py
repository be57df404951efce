"""Draw and score the session-23 sample of event MODALITY, HEDGING and ATTRIBUTION (t23, issue #6).

A seeded draw per type over all 16 PLOVER types of two runs (the news day and ANERcorp 723.. in
``r18_docs.py``'s documents), leaving out every event judged before in tests/gold/events_audit
(any ``.tsv`` there, and ``--exclude`` files: a (record, trigger start) pair in any column pair) and
every event of a sentence one of them lies in (same record, same sentence start in the run).

Usage:
  ``python tests/gold/events_audit/m23_draw.py RUN.jsonl --seed S --per-type N [--exclude F] [--loose T --only T]``
  prints judging blocks WITHOUT the coded modality, hedging and attribution: the record, the
  trigger offsets and type, the sentence before and the sentence with the trigger in [[ ]];
  ``--coded`` adds the run's modality, hedged flag and attributed quote (cue, speaker) after judging.
  ``--score GOLD.tsv RUN.jsonl…`` scores a judged file (columns: record, trigger start, trigger end,
  type, modality, hedged y/n, cue — the reporting word of the innermost speech that holds the trigger, as
  written (alternatives split by «|»), or ``-`` —, event y/n, note): modality accuracy with a confusion table,
  hedged accuracy, and attribution (inside speech linked to the right quote, outside speech linked to none).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RECORD = re.compile(r"^(?:2015-08-10|anercorp):\d+$")
HARAKAT = re.compile("[\u064b-\u0652\u0640]")


def judged_pairs(paths: list[str]) -> set[tuple[str, int]]:
    """Every (record, trigger start) pair of the judged files: a record id and an integer right after it."""
    out: set[tuple[str, int]] = set()
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                for a, b in zip(cols, cols[1:], strict=False):
                    if RECORD.match(a) and b.isdigit():
                        out.add((a, int(b)))
    return out


def load(paths: list[str]) -> list[tuple[dict, dict]]:
    """(event, record) of every event of the runs, in record then trigger order."""
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                for ev in sorted(doc.get("events", []), key=lambda e: e["trigger"]["start"]):
                    out.append((ev, doc))
    return out


def draw(events: list[tuple[dict, dict]], seed: str, per_type: int, exclude: set[tuple[str, int]],
         loose: frozenset[str] = frozenset(), only: frozenset[str] = frozenset()) -> list[tuple[dict, dict]]:
    """``per_type`` events per type, seeded per type; ``loose`` types keep the unjudged events of judged
    sentences (CONCEDE and THREATEN have no event left in an unjudged sentence); ``only``: just those types."""
    judged_sentences = {(d["id"], e["sentence"]["start"]) for e, d in events if (d["id"], e["trigger"]["start"]) in exclude}
    by_type: dict[str, list[tuple[dict, dict]]] = {}
    for e, d in events:
        if only and e["type"] not in only:
            continue
        if (d["id"], e["trigger"]["start"]) in exclude or (
                e["type"] not in loose and (d["id"], e["sentence"]["start"]) in judged_sentences):
            continue
        by_type.setdefault(e["type"], []).append((e, d))
    out = []
    for type_ in sorted(by_type):
        rng = random.Random(f"{seed}:{type_}")
        out.extend(rng.sample(by_type[type_], min(per_type, len(by_type[type_]))))
    return out


def block(ev: dict, doc: dict, coded: bool = False) -> str:
    s, t = ev["sentence"], ev["trigger"]
    a, b = t["start"] - s["start"], t["end"] - s["start"]
    prev = [x for x in doc.get("sentences", []) if x["end"] <= s["start"]]
    before = prev[-1]["text"][-220:] if prev else ""
    lines = [f"{doc['id']}\t{t['start']}\t{t['end']}\t{ev['type']}\t«{t['text']}»",
             f"   before: {before}", f"   {s['text'][:a]}[[{s['text'][a:b]}]]{s['text'][b:]}"]
    if coded:
        q = {x["id"]: x for x in doc.get("quotes", [])}.get(ev.get("attributed_to") or "")
        who = f"cue «{q['cue']['text']}» speaker {q.get('speaker')}" if q else "-"
        lines.append(f"   CODED: {ev.get('modality')} hedged={ev.get('hedged')} attributed={who}")
    return "\n".join(lines)


def norm(w: str) -> str:
    """A cue word compared without marks, hamza forms, quotes and a leading «و/ف»."""
    w = HARAKAT.sub("", w).replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").strip("«»\"“”،,.:")
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def gold_rows(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8") as fh:
        return [ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#")]


def score(gold_path: str, runs: list[str]) -> dict:
    """Modality, hedged and attribution agreement of the runs' events with a judged file."""
    index = {(d["id"], e["trigger"]["start"]): (e, d) for e, d in load(runs)}
    conf: Counter = Counter()
    res = Counter()
    misses = []
    for row in gold_rows(gold_path):
        rec, start, _end, _type, modality, hedged, cue, real = row[:8]
        hit = index.get((rec, int(start)))
        if hit is None:
            res["missing"] += 1
            misses.append(f"MISSING {rec} {start}")
            continue
        e, d = hit
        res["n"] += 1
        res["events"] += real == "y"
        conf[(modality, e.get("modality"))] += 1
        res["modality_ok"] += modality == e.get("modality")
        res["hedged_ok"] += (hedged == "y") == bool(e.get("hedged"))
        q = {x["id"]: x for x in d.get("quotes", [])}.get(e.get("attributed_to") or "")
        if cue == "-":
            res["outside"] += 1
            res["outside_ok"] += q is None
            ok = q is None
        else:
            res["inside"] += 1
            ok = q is not None and bool({norm(c) for c in cue.split("|")} & {norm(w) for w in q["cue"]["text"].split()})
            res["inside_ok"] += ok
            res["inside_linked"] += q is not None
        if modality != e.get("modality") or not ok or (hedged == "y") != bool(e.get("hedged")):
            misses.append(f"{rec}\t{start}\t{e['type']}\tgold {modality}/{hedged}/{cue}\tcoded {e.get('modality')}/"
                          f"{'y' if e.get('hedged') else 'n'}/{q['cue']['text'] if q else '-'}\t«{e['trigger']['text']}»")
    return {"counts": dict(res), "confusion": {f"{g}->{c}": k for (g, c), k in sorted(conf.items())}, "errors": misses}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="*")
    ap.add_argument("--seed", default="t23m")
    ap.add_argument("--per-type", type=int, default=3)
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--coded", action="store_true")
    ap.add_argument("--loose", action="append", default=[], help="a type drawn from judged sentences too")
    ap.add_argument("--only", action="append", default=[], help="draw only this type (repeatable)")
    ap.add_argument("--score", metavar="GOLD")
    args = ap.parse_args()
    if args.score:
        json.dump(score(args.score, args.runs), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    exclude = judged_pairs(sorted(glob.glob(os.path.join(HERE, "*.tsv"))) + args.exclude)
    for ev, doc in draw(load(args.runs), args.seed, args.per_type, exclude, frozenset(args.loose), frozenset(args.only)):
        print(block(ev, doc, args.coded))
        print()


if __name__ == "__main__":
    main()
