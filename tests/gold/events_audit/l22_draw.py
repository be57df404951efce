"""Draw the session-22 sample of event locations and dates (evl22, issue #6).

``l20_draw.py``'s method (a seeded draw per type over all 16 types, the same two sources, the same
gold columns and scorer) over the events NOT in l20: an event of l20 (record, trigger start) and
any event whose sentence l20 judged (the same sentence hash: a copy in another outlet, another
event of a judged sentence) is left out, so that the sample shares no sentence with l20.

Usage:
  ``python tests/gold/events_audit/l22_draw.py RUN.jsonl --seed S --per-type ASSAULT=9,PROTEST=9,*=3``
  prints judging blocks WITHOUT the run's coded place and date (the sentence with the trigger in
  [[ ]], the dateline, the sentence's LOC entities and time expressions with their offsets):
  judge from the text first; ``--coded`` prints the same draw with the coded place and date
  (l20_draw's block) for the comparison; ``--pairs`` only record, trigger start, type.
  Scoring and diffs: ``l20_draw.py --score l22_blind.tsv RUN…`` / ``--diff``. ``--exclude FILE``
  (repeatable) leaves out the events and sentences of more judged files (l22_fresh: l20 and l22).
"""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import l20_draw  # noqa: E402

L20 = os.path.join(os.path.dirname(os.path.abspath(__file__)), "l20_blind.tsv")


def excluded(path: str = L20) -> tuple[set[tuple[str, int]], set[str]]:
    """The (record, trigger start) pairs and the sentence hashes of a judged file."""
    rows = l20_draw.rows(path)
    return {(r[0], int(r[1])) for r in rows}, {r[4] for r in rows}


def blind_block(ev: dict, doc: dict) -> str:
    """A judging block without the coded location and date."""
    s, t = ev["sentence"], ev["trigger"]
    a, b = t["start"] - s["start"], t["end"] - s["start"]
    text = s["text"]
    places = "; ".join(f"{e['start']}-{e['end']} {e['text']}"
                       for e in l20_draw._inside(doc["entities"], s["start"], s["end"])
                       if e["label"] == "LOC")
    tx = "; ".join(f"{x['start']}-{x['end']} {x['text']}={x['value']} {x['type']}"
                   for x in l20_draw._inside(doc["times"], s["start"], s["end"]))
    return (f"{ev['doc']}\t{t['start']}\t{t['end']}\t{ev['type']}\t{l20_draw.sha(ev)}\t{ev['modality']}\t"
            f"published {doc.get('published')}\tsentence at {s['start']}\nPLACES: {places or '-'}\n"
            f"TIMES: {tx or '-'}\n{text[:a]}[[{text[a:b]}]]{text[b:]}\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("run")
    ap.add_argument("--seed", required=True)
    ap.add_argument("--per-type", default="ASSAULT=9,PROTEST=9,*=3")
    ap.add_argument("--pairs", action="store_true")
    ap.add_argument("--coded", action="store_true")
    ap.add_argument("--exclude", action="append", default=[])
    args = ap.parse_args()
    evs, docs = l20_draw.load(args.run)
    keys, hashes = excluded()
    for path in args.exclude:
        more_keys, more_hashes = excluded(path)
        keys |= more_keys
        hashes |= more_hashes
    pool = {k: ev for k, ev in evs.items() if (k[0], k[1]) not in keys and l20_draw.sha(ev) not in hashes}
    for ev in l20_draw.draw(pool, args.seed, l20_draw.quotas(args.per_type)):
        if args.pairs:
            print(f"{ev['doc']}\t{ev['trigger']['start']}\t{ev['type']}")
        elif args.coded:
            print(l20_draw.show(ev, docs[ev["doc"]]))
        else:
            print(blind_block(ev, docs[ev["doc"]]))


if __name__ == "__main__":
    main()
