"""Draw and score the session-24 sample of event PLACES, DATES and MODALITY (evl24, issue #6).

A fourth blind sample of where and when (l20, l22, l23: ``l20_draw.py``'s gold columns and scorer) that
also judges each event's modality (m23's and p23's conventions, plans included), so that one draw
measures the three output fields of an event together. A seeded draw per type over all 16 PLOVER
types of two runs of ``khabar analyze`` (with entities): the news day and ANERcorp 723.. in
``r18_docs.py``'s documents. Every event judged before is left out — every (record, trigger start) pair
of any ``tests/gold/events_audit/*.tsv`` but the sample's own ``l24_*.tsv``, and of ``--exclude`` files (m23_draw's reading: a record id and
an integer in any two neighbouring columns) — and so is every event of a sentence one of them lies in
(the same record and sentence start) or of a copy of such a sentence (the same sentence text in another
record), so that no judged sentence is seen again.

Usage:
  ``python tests/gold/events_audit/l24_draw.py RUN.jsonl --seed S --per-type 'ASSAULT=6,*=3'``
  prints judging blocks WITHOUT the run's coded place, date and modality: the record, the trigger's
  offsets and type, the sentence's hash, the publication day, the sentence's LOC entities and time
  expressions (offsets, values), the sentence before and the sentence with the trigger in [[ ]].
  ``--coded`` prints the same draw with l20_draw's block (coded place and date) and the coded modality,
  for the comparison after judging (the geocode column). ``--pool`` prints the number of events left
  per type (no event shown).
  ``--score GOLD.tsv RUN.jsonl [RUN2.jsonl]`` scores a judged file: l20_draw's location and date figures,
  then modality (accuracy, confusion, and plans: recall of gold ``future`` coded future, precision of
  coded ``future``).

Gold columns (tab-separated, ``#`` comments): l20_draw's eleven — record, trigger start, trigger end,
type, sha1(sentence)[:12], gold place start, end, country, date value, date source, geocode of the blind
run's place — then the gold modality (asserted / future / hypothetical / negated) and a note.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import l20_draw  # noqa: E402
from m23_draw import judged_pairs  # noqa: E402

MODALITIES = ("asserted", "future", "hypothetical", "negated")


def pool(runs: list[str], exclude: set[tuple[str, int]]) -> dict[l20_draw.Key, dict]:
    """The runs' events that no judged file holds, nor a judged sentence or a copy of one."""
    evs: dict[l20_draw.Key, dict] = {}
    for run in runs:
        evs.update(l20_draw.load(run)[0])
    starts: dict[str, list[int]] = {}
    for rec, start in exclude:
        starts.setdefault(rec, []).append(start)

    def judged_sentence(ev: dict) -> bool:  # a judged trigger in its sentence (even one the run lost)
        s = ev["sentence"]
        return any(s["start"] <= x < s["end"] for x in starts.get(ev["doc"], ()))

    hashes = {l20_draw.sha(ev) for ev in evs.values() if judged_sentence(ev)}
    return {k: ev for k, ev in evs.items() if not judged_sentence(ev) and l20_draw.sha(ev) not in hashes}


def blind_block(ev: dict, doc: dict) -> str:
    """A judging block without the coded location, date and modality."""
    s, t = ev["sentence"], ev["trigger"]
    a, b = t["start"] - s["start"], t["end"] - s["start"]
    text = s["text"]
    places = "; ".join(f"{e['start']}-{e['end']} {e['text']}"
                       for e in l20_draw._inside(doc["entities"], s["start"], s["end"]) if e["label"] == "LOC")
    tx = "; ".join(f"{x['start']}-{x['end']} {x['text']}={x['value']} {x['type']}"
                   for x in l20_draw._inside(doc["times"], s["start"], s["end"]))
    prev = [x for x in doc.get("sentences", []) if x["end"] <= s["start"]]
    before = prev[-1]["text"][-240:] if prev else ""
    return (f"{ev['doc']}\t{t['start']}\t{t['end']}\t{ev['type']}\t{l20_draw.sha(ev)}\t"
            f"published {doc.get('published')}\tsentence at {s['start']}\nPLACES: {places or '-'}\n"
            f"TIMES: {tx or '-'}\nBEFORE: {before or '-'}\n{text[:a]}[[{text[a:b]}]]{text[b:]}\n")


def aligned(runs: list[str], path: str) -> tuple[dict[l20_draw.Key, dict], set[str]]:
    """The runs' events by (record, trigger start, type) and their records; a judged row whose event changed type
    (a planned CONSULT is coded AGREE: PLOVER's rule) is keyed to the event of its (record, trigger start)."""
    evs: dict[l20_draw.Key, dict] = {}
    docs: set[str] = set()
    for run in runs:
        e, d = l20_draw.load(run)
        evs.update(e)
        docs |= set(d)
    by_start: dict[tuple[str, int], list[dict]] = {}
    for (rec, start, _), ev in evs.items():
        by_start.setdefault((rec, start), []).append(ev)
    for r in l20_draw.rows(path):
        key = (r[0], int(r[1]), r[3])
        if key not in evs and len(by_start.get(key[:2], [])) == 1:
            evs[key] = by_start[key[:2]][0]
    return evs, docs


def score_places(path: str, runs: list[str]) -> str:
    """l20_draw's place and date figures over :func:`aligned` events."""
    evs, docs = aligned(runs, path)
    saved = l20_draw.load
    runs_docs = {d: {} for d in docs}

    def load(_run: str) -> tuple[dict, dict]:
        return evs, runs_docs

    l20_draw.load = load
    try:
        return l20_draw.score(path, ["aligned"])
    finally:
        l20_draw.load = saved


def score_modality(path: str, runs: list[str]) -> dict:
    """Modality of the runs' events against the gold column (index 11) of a judged file."""
    evs, docs = aligned(runs, path)
    conf: Counter[tuple[str, str]] = Counter()
    errors = []
    resplit = 0
    for r in l20_draw.rows(path):
        if r[0] not in docs:
            continue
        ev = evs.get((r[0], int(r[1]), r[3]))
        if ev is None:
            continue  # the event is gone: reported by ``events`` below the judged count
        resplit += l20_draw.sha(ev) != r[4]  # a later splitter cut the sentence otherwise: the trigger's judgement holds
        conf[(r[11], ev["modality"])] += 1
        if r[11] != ev["modality"]:
            errors.append(f"{r[0]}\t{r[1]}\t{r[3]}\tgold {r[11]}\tcoded {ev['modality']}\t«{ev['trigger']['text']}»")
    n = sum(conf.values())
    right = sum(k for (g, c), k in conf.items() if g == c)
    plans = sum(k for (g, _), k in conf.items() if g == "future")
    coded_future = sum(k for (_, c), k in conf.items() if c == "future")
    plans_right = conf[("future", "future")]
    non = sum(k for (g, _), k in conf.items() if g != "asserted")
    non_found = sum(k for (g, c), k in conf.items() if g != "asserted" and c != "asserted")
    return {"events": n, "resplit": resplit, "modality_right": f"{right}/{n}",
            "plans_recall": f"{plans_right}/{plans}", "plans_precision": f"{plans_right}/{coded_future}",
            "non_asserted_found_non_asserted": f"{non_found}/{non}",
            "confusion": {f"{g}->{c}": k for (g, c), k in sorted(conf.items())}, "errors": errors}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+")
    ap.add_argument("--seed")
    ap.add_argument("--per-type", default="ASSAULT=6,*=3")
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--coded", action="store_true")
    ap.add_argument("--pool", action="store_true")
    ap.add_argument("--score", metavar="GOLD.tsv")
    args = ap.parse_args()
    if args.score:
        print(score_places(args.score, args.runs))
        print(json.dumps(score_modality(args.score, args.runs), ensure_ascii=False, indent=1))
        return
    exclude = judged_pairs(sorted(f for f in glob.glob(os.path.join(HERE, "*.tsv"))
                                  if not os.path.basename(f).startswith("l24_")) + args.exclude)
    left = pool(args.runs, exclude)
    if args.pool:
        print(json.dumps(Counter(k[2] for k in left), sort_keys=True))
        return
    if not args.seed:
        raise SystemExit("--seed is required to draw")
    docs: dict[str, dict] = {}
    for run in args.runs:
        docs.update(l20_draw.load(run)[1])
    for ev in l20_draw.draw(left, args.seed, l20_draw.quotas(args.per_type)):
        doc = docs[ev["doc"]]
        if args.coded:
            print(l20_draw.show(ev, doc) + f"MODALITY: {ev['modality']}\n")
        else:
            print(blind_block(ev, doc))


if __name__ == "__main__":
    main()
