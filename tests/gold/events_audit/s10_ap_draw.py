"""Draw, show and score the session-10 ASSAULT/PROTEST out-of-domain audit (s10_ap_*.tsv).

Usage: ``python tests/gold/events_audit/s10_ap_draw.py RUN.jsonl`` prints the sample (30
ASSAULT and 15 PROTEST events of a news-day run, seed string ``s10:ev-ap10``) for judging;
``--ids JUDGED.tsv`` prints what RUN codes at the judged events' triggers (for re-judging
after a fix); ``--score JUDGED.tsv`` prints the judged figures. RUN.jsonl is a run of the
news day (``../shared/data/news/dev/2015-08-10.zip``, ids ``2015-08-10:<index>``). Events
judged in an earlier audit file of this folder are left out. ``--score`` also crosses the
judged types with the sentence labels of ``tests/gold/events_news`` (a second opinion). The
fixture stores ids, offsets and a hash of each sentence, no text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "s10:ev-ap10"
SIZES = {"ASSAULT": 30, "PROTEST": 15}
COLUMNS = ("record", "start", "end", "sha1", "type", "mode", "modality",
           "type_ok", "actor", "recipient", "note")


def sha(text: str) -> str:
    """The short fingerprint the gold fixtures use for a sentence."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def load(path: str) -> list[dict]:
    """The run's ASSAULT/PROTEST events, record then trigger order, each with its record id."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            for ev in sorted(doc.get("events", []), key=lambda e: e["trigger"]["start"]):
                if ev["type"] in SIZES:
                    ev["doc"] = doc["id"]
                    out.append(ev)
    return out


def judged_before(skip: str = "s10_ap_") -> set[tuple[str, int]]:
    """(record, trigger start) of every event judged in the folder's earlier audit files."""
    seen = set()
    for p in HERE.glob("*.tsv"):
        if p.name.startswith(skip):
            continue
        for row in rows(p):
            if len(row) > 2 and row[1].isdigit():
                seen.add((row[0], int(row[1])))
    return seen


def sentence_labels() -> dict[tuple[str, str, str], str]:
    """(record, sentence sha1, type) -> label of the news-day sentences labelled in
    tests/gold/events_news (yes / no / unsure)."""
    path = HERE.parent / "events_news" / "labels.jsonl"
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            out[(f"2015-08-10:{d['article']}", d["sha1"], d["type"])] = d["label"]
    return out


def draw(events: list[dict], seed: str = SEED) -> list[dict]:
    """``SIZES[type]`` events per type, seeded per type, leaving out the events judged in
    earlier audit files."""
    seen = judged_before()
    out = []
    for type_, k in SIZES.items():
        pop = [e for e in events if e["type"] == type_
               and (e["doc"], e["trigger"]["start"]) not in seen]
        out.extend(random.Random(f"{seed}:{type_}").sample(pop, min(k, len(pop))))
    return out


def show(ev: dict) -> str:
    s, t = ev["sentence"], ev["trigger"]
    a, b = t["start"] - s["start"], t["end"] - s["start"]
    marked = s["text"][:a] + "[[" + s["text"][a:b] + "]]" + s["text"][b:]
    act = " | ".join(f"{x['text']}({x['country']},{x['sector']})" for x in ev["actor"]) or "-"
    rec = " | ".join(f"{x['text']}({x['country']},{x['sector']})" for x in ev["recipient"]) or "-"
    return (f"{ev['doc']}\t{t['start']}\t{t['end']}\t{sha(s['text'])}\t{ev['type']}\t"
            f"{ev['mode'] or '-'}\t{ev['modality']}{' historical' if ev.get('historical') else ''}"
            f"\nA: {act}\nR: {rec}\n{marked}\n")


def rows(path: str | Path) -> list[list[str]]:
    """The judged rows of a fixture file (comments skipped)."""
    with open(path, encoding="utf-8") as fh:
        return [ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#")]


def score(path: str) -> dict[str, dict[str, int]]:
    """Per type: events, right type, and among the right-type events actor / recipient right
    (``y`` or ``-``; ``m`` missing, ``n`` wrong), gone (no longer coded)."""
    out: dict[str, dict[str, int]] = {}
    for r in rows(path):
        d = dict(zip(COLUMNS, r, strict=False))
        c = out.setdefault(d["type"], {"events": 0, "gone": 0, "type_ok": 0, "actor_ok": 0,
                                       "recipient_ok": 0})
        c["events"] += 1
        if d["type_ok"] == "gone":
            c["gone"] += 1
            continue
        if d["type_ok"] == "y":
            c["type_ok"] += 1
            c["actor_ok"] += d["actor"] in ("y", "-")
            c["recipient_ok"] += d["recipient"] in ("y", "-")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("run")
    ap.add_argument("--ids", help="re-show the judged events of this file on RUN")
    ap.add_argument("--score", help="score a judged file")
    args = ap.parse_args()
    if args.score:
        for type_, c in score(args.score).items():
            print(type_, c)
        labels = sentence_labels()
        cross = Counter((r[7], labels[(r[0], r[3], r[4])]) for r in rows(args.score)
                        if (r[0], r[3], r[4]) in labels)
        print("type_ok x events_news label:", dict(sorted(cross.items())))
        return
    events = load(args.run)
    if args.ids:
        by_key = {(e["doc"], e["trigger"]["start"]): e for e in events}
        for r in rows(args.ids):
            ev = by_key.get((r[0], int(r[1])))
            print(show(ev) if ev else f"{r[0]}\t{r[1]}\t{r[2]}\tGONE\n")
        return
    for ev in draw(events):
        print(show(ev))


if __name__ == "__main__":
    main()
