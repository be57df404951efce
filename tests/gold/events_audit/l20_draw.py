"""Draw and score the session-20 sample of event locations and dates (evl20, issue #6).

Issue #6 asks every event for the place where it happened (with its geocode) and its date: the
time expression that governs it, else the dateline (flagged). ``l20_README.md`` holds the
conventions. Two sources: the news day (``2015-08-10.zip``, dated articles) and ANERcorp train's
sentences 723 on in the 10-sentence documents of ``r18_docs.py`` (no dateline).

Usage:
  ``python tests/gold/events_audit/l20_draw.py RUN.jsonl --seed S --per-type ASSAULT=9,PROTEST=9,*=3``
  prints the seeded draw (per type, all 16 types) in a judging block (trigger in [[ ]], the
  coded location and date, the sentence's places and times); ``--pairs`` only record, trigger
  start, type. ``--score FILE.tsv RUN.jsonl [RUN2.jsonl]`` scores the runs (pooled; the rows of
  documents in none of them are left out) against the gold columns of a judged file (rows whose
  sentence hash differs are reported, not scored);
  ``--diff FILE.tsv RUN.jsonl RUN2.jsonl`` lists the judged rows whose location or date changed.

Gold file columns (tab-separated, ``#`` comments): record, trigger start, trigger end, type,
sha1(sentence)[:12], gold place start, gold place end (``-`` ``-``: the sentence names no place
of the event; ``a|b`` alternatives: the same place named twice), gold country (ISO alpha-3, ``|``
alternatives, or ``-``), gold date value (``-``: nothing dates it),
gold date source (``text`` / ``dateline`` / ``-``), geocode of the blind run's place (``y``
country and point right for the place its text means, ``c`` country right but the point wrong or
absent where the place has one, ``n`` country wrong, ``u`` no country coded, ``-`` no place coded),
note.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import Counter
from collections.abc import Iterable

Key = tuple[str, int, str]
TYPES = ("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
         "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN")


def load(run: str) -> tuple[dict[Key, dict], dict[str, dict]]:
    """The run's events by (record, trigger start, type), and its documents by id."""
    evs: dict[Key, dict] = {}
    docs: dict[str, dict] = {}
    with open(run, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if "events" not in doc:
                continue
            docs[doc["id"]] = doc
            for ev in doc["events"]:
                ev["doc"] = doc["id"]
                evs[(doc["id"], ev["trigger"]["start"], ev["type"])] = ev
    return evs, docs


def sha(ev: dict) -> str:
    """sha1 of the event's sentence text, 12 hex."""
    return hashlib.sha1(ev["sentence"]["text"].encode("utf-8")).hexdigest()[:12]


def quotas(spec: str) -> dict[str, int]:
    """``ASSAULT=9,PROTEST=9,*=3`` -> a count per type."""
    out: dict[str, int] = {}
    default = 0
    for part in spec.split(","):
        name, n = part.split("=")
        if name == "*":
            default = int(n)
        else:
            out[name] = int(n)
    return {t: out.get(t, default) for t in TYPES}


def draw(evs: dict[Key, dict], seed: str, per_type: dict[str, int]) -> list[dict]:
    """``per_type[t]`` events of each type (all of a smaller type), seeded per type."""
    out: list[dict] = []
    for type_ in TYPES:
        pool = sorted(k for k in evs if k[2] == type_)
        picked = random.Random(f"{seed}:{type_}").sample(pool, min(per_type[type_], len(pool)))
        out.extend(evs[k] for k in picked)
    return out


def _inside(items: Iterable[dict], lo: int, hi: int) -> list[dict]:
    return [x for x in items if lo <= x["start"] and x["end"] <= hi]


def show(ev: dict, doc: dict) -> str:
    """A judging block: ids, the coded location and date, the sentence, its places and times."""
    s, t = ev["sentence"], ev["trigger"]
    a, b = t["start"] - s["start"], t["end"] - s["start"]
    text = s["text"]
    loc = ev["location"]
    where = (f"{loc['start']}-{loc['end']} {loc['text']} -> {loc['name']} {loc['country']} "
             f"{loc['lat']},{loc['lon']}") if loc else "-"
    date = ev["date"]
    times = {x["id"]: x for x in doc["times"]}
    when = "-"
    if date:
        linked = times.get(date["time"] or "")
        when = f"{date['value']} ({date['source']}{': ' + linked['text'] if linked else ''})"
    places = "; ".join(f"{e['start']}-{e['end']} {e['text']} {e.get('country')}"
                       for e in _inside(doc["entities"], s["start"], s["end"]) if e["label"] == "LOC")
    tx = "; ".join(f"{x['start']}-{x['end']} {x['text']}={x['value']} {x['type']}"
                   for x in _inside(doc["times"], s["start"], s["end"]))
    return (f"{ev['doc']}\t{t['start']}\t{t['end']}\t{ev['type']}\t{sha(ev)}\t{ev['modality']}\t"
            f"published {doc.get('published')}\nLOC: {where}\nDATE: {when}\nPLACES: {places or '-'}\n"
            f"TIMES: {tx or '-'}\n{text[:a]}[[{text[a:b]}]]{text[b:]}\n")


def rows(path: str) -> list[list[str]]:
    """The judged rows of a gold file."""
    with open(path, encoding="utf-8") as fh:
        return [ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#")]


def where_class(r: list[str], ev: dict) -> str:
    """right / wrong / missing / spurious / none (rightly no place) for one judged row (the gold
    place may list alternatives: ``110|250`` and ``123|263``, the same place named twice)."""
    loc = ev["location"]
    if r[5] == "-":
        return "spurious" if loc else "none"
    if not loc:
        return "missing"
    spans = zip(map(int, r[5].split("|")), map(int, r[6].split("|")), strict=True)
    return "right" if any(loc["start"] < b and a < loc["end"] for a, b in spans) else "wrong"


def when_class(r: list[str], ev: dict) -> str:
    """right / dateline (rightly the dateline) / fallback (the dateline where a time expression
    dates it) / wrong / missing / null (rightly none) / undated (the dateline given to a history,
    plan or generic act that nothing dates) for one judged row. Session 22 (evl22) flags such a
    dateline ``report_day``: flagged (rightly: nothing dates the event) / misflagged (the dateline's
    value is the event's, but flagged as the report's day only)."""
    date = ev["date"]
    value, source = r[8], r[9]
    if value == "-":
        if date is None:
            return "null"
        if date.get("report_day"):
            return "flagged"
        return "undated" if date["source"] == "dateline" else "wrong"
    if date is None:
        return "missing"
    if date["value"] != value:
        return "fallback" if source == "text" and date["source"] == "dateline" else "wrong"
    if date.get("report_day"):
        return "misflagged"
    return "dateline" if date["source"] == "dateline" else "right"


def _r(k: int, n: int) -> str:
    return f"{k}/{n} = {k / n:.3f}" if n else "-"


def score(path: str, runs: list[str]) -> str:
    """The figures of the runs (pooled) against the judged rows of their documents."""
    evs: dict[Key, dict] = {}
    docs: dict[str, dict] = {}
    for run in runs:
        e, d = load(run)
        evs.update(e)
        docs.update(d)
    where: Counter[str] = Counter()
    when: Counter[str] = Counter()
    country = [0, 0]
    geo: Counter[str] = Counter()
    stale = []
    n = texted = 0
    for r in rows(path):
        if r[0] not in docs:
            continue  # another source's row
        ev = evs.get((r[0], int(r[1]), r[3]))
        if ev is None or sha(ev) != r[4]:
            stale.append(f"{r[0]}:{r[1]}:{r[3]}")
            continue
        n += 1
        w = where_class(r, ev)
        where[w] += 1
        if w == "right":
            country[1] += 1
            country[0] += ev["location"]["country"] in r[7].split("|")
        when[when_class(r, ev)] += 1
        texted += r[9] == "text"
        if r[10] != "-":
            geo[r[10]] += 1
    placed = where["right"] + where["wrong"] + where["spurious"]
    named = where["right"] + where["wrong"] + where["missing"]
    lines = [
        f"events scored: {n}" + (f" (not found or sentence changed: {', '.join(stale)})" if stale else ""),
        "location classes: " + ", ".join(f"{k} {v}" for k, v in sorted(where.items())),
        f"location right (place right or rightly none): {_r(where['right'] + where['none'], n)}",
        f"  precision of coded places: {_r(where['right'], placed)}; recall of named places: "
        f"{_r(where['right'], named)}",
        f"  country right of the right places: {_r(*country)}",
        "  geocode of the blind run's coded places (judged column): " + ", ".join(
            f"{k} {v}" for k, v in sorted(geo.items())),
        "date classes: " + ", ".join(f"{k} {v}" for k, v in sorted(when.items())),
        f"date right (value, dateline or null as the text gives; a dateline flagged undated where "
        f"nothing dates the event): "
        f"{_r(when['right'] + when['dateline'] + when['null'] + when['flagged'], n)}",
        f"  from a time expression, right: {_r(when['right'], texted)}",
        f"date right if the dateline given where nothing dates the event (a history, plan or generic "
        f"act) is accepted: "
        f"{_r(when['right'] + when['dateline'] + when['null'] + when['undated'] + when['flagged'] + when['misflagged'], n)}",
    ]
    return "\n".join(lines)


def _date(ev: dict) -> dict | None:
    """The event's date without a false ``report_day`` (session 22: runs before it have none)."""
    date = ev["date"]
    return {k: v for k, v in date.items() if k != "report_day" or v} if date else date


def diff(path: str, before: str, after: str) -> str:
    """The judged rows whose coded location or date changed between two runs."""
    a, docs = load(before)
    b, _ = load(after)
    out = []
    for r in rows(path):
        if r[0] not in docs:
            continue  # another source's row
        key = (r[0], int(r[1]), r[3])
        x, y = a.get(key), b.get(key)
        if x is None or y is None:
            out.append(f"{key}: {'gone' if y is None else 'new'}")
        elif (x["location"], _date(x)) != (y["location"], _date(y)):
            out.append(f"{key}: location {where_class(r, x)} -> {where_class(r, y)}, "
                       f"date {when_class(r, x)} -> {when_class(r, y)}")
    return "\n".join(out) or "no judged row changed"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="+")
    ap.add_argument("--seed")
    ap.add_argument("--per-type", default="ASSAULT=9,PROTEST=9,*=3")
    ap.add_argument("--pairs", action="store_true")
    ap.add_argument("--score", metavar="FILE.tsv")
    ap.add_argument("--diff", metavar="FILE.tsv")
    args = ap.parse_args()
    if args.score:
        print(score(args.score, args.runs))
        return
    if args.diff:
        print(diff(args.diff, args.runs[0], args.runs[1]))
        return
    evs, docs = load(args.runs[0])
    for ev in draw(evs, args.seed, quotas(args.per_type)):
        print(f"{ev['doc']}\t{ev['trigger']['start']}\t{ev['type']}" if args.pairs
              else show(ev, docs[ev["doc"]]))


if __name__ == "__main__":
    main()
