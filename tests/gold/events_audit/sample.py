"""Draw the events-audit sample: 14 events per PLOVER type (not ASSAULT/PROTEST) of a batch run.

Usage: ``python tests/gold/events_audit/sample.py RUN.jsonl [--ids JUDGED.tsv] [--score
JUDGED.tsv]``. RUN.jsonl is ``khabar analyze --input ../shared/data/news/dev/2015-08-10.zip``
output. Alone it prints the sample (record id, trigger offsets, type, the coded fields, the
sentence with the trigger in [[ ]]) for judging; ``--ids`` prints what the run codes for the
events of a judged sample (same record, same trigger start), for re-judging after a fix;
``--score`` prints per-type precision of a judged file (population counts from RUN);
``--seed S --per-type K --exclude JUDGED.tsv`` draws a further sample that leaves out the
judged events; ``--removed BEFORE_RUN -n N`` draws N events that BEFORE_RUN coded and RUN no
longer does; ``--articles TAGS.jsonl`` (e.g. ``tests/gold/ner_fresh/tags.jsonl``, the articles no
NER model has trained on) restricts a draw to the articles named by the file's ``article``
fields. The fixture stores no article text, only ids, offsets and judgements.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Collection

SEED = "20150810"
PER_TYPE = 14
SKIP = {"ASSAULT", "PROTEST"}


def article_indices(path: str) -> frozenset[int]:
    """The article indices named by the ``article`` field of a JSON-lines file."""
    with open(path, encoding="utf-8") as fh:
        return frozenset(json.loads(ln)["article"] for ln in fh if ln.strip())


def load(path: str, articles: Collection[int] | None = None) -> dict[str, list[dict]]:
    """Events by type, in record order then trigger order, each with its record (only the
    records whose article index — the number after the last colon of the id — is in
    ``articles``, when given)."""
    by_type: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if articles is not None and int(doc["id"].rsplit(":", 1)[1]) not in articles:
                continue
            for ev in sorted(doc.get("events", []), key=lambda e: e["trigger"]["start"]):
                ev["doc"] = doc["id"]
                by_type.setdefault(ev["type"], []).append(ev)
    return by_type


def draw(by_type: dict[str, list[dict]], seed: str = SEED, per_type: int = PER_TYPE,
         exclude: frozenset[tuple[str, int]] = frozenset()) -> list[dict]:
    """``per_type`` events per type (all of a smaller type), seeded per type, leaving out
    the ``exclude``d (record, trigger start) pairs."""
    out = []
    for type_ in sorted(by_type):
        if type_ in SKIP:
            continue
        evs = [e for e in by_type[type_] if (e["doc"], e["trigger"]["start"]) not in exclude]
        rng = random.Random(f"{seed}:{type_}")
        out.extend(rng.sample(evs, min(per_type, len(evs))))
    return out


def removed(before: dict[str, list[dict]], after: dict[str, list[dict]]) -> list[dict]:
    """Events of ``before`` (not ASSAULT/PROTEST) with no event at the same trigger after."""
    kept = {(e["doc"], e["trigger"]["start"]) for evs in after.values() for e in evs}
    out = [e for t, evs in before.items() if t not in SKIP for e in evs
           if (e["doc"], e["trigger"]["start"]) not in kept]
    return sorted(out, key=lambda e: (int(e["doc"].rsplit(":", 1)[1]), e["trigger"]["start"]))


def show(ev: dict) -> str:
    s = ev["sentence"]
    t = ev["trigger"]
    text = s["text"]
    a, b = t["start"] - s["start"], t["end"] - s["start"]
    marked = text[:a] + "[[" + text[a:b] + "]]" + text[b:]
    act = " | ".join(f"{x['text']}({x['country']},{x['sector']})" for x in ev["actor"]) or "-"
    rec = " | ".join(f"{x['text']}({x['country']},{x['sector']})" for x in ev["recipient"]) or "-"
    return (f"{ev['doc']}\t{t['start']}\t{t['end']}\t{ev['type']}\t{ev['mode'] or '-'}\t"
            f"{ev['modality']}\nA: {act}\nR: {rec}\n{marked}\n")


def rows(path: str) -> list[list[str]]:
    """The judged rows of a fixture file (comments skipped)."""
    with open(path, encoding="utf-8") as fh:
        return [ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#")]


def _ratio(k: int, n: int) -> str:
    return f"{k}/{n} = {k / n:.2f}" if n else "-"


def _coded(ok: list[list[str]], col: int) -> str:
    """Right among the events where a phrase was coded (y) or a wrong one (n)."""
    return _ratio(sum(r[col] == "y" for r in ok), sum(r[col] in ("y", "n") for r in ok))


def score(judged: list[list[str]], population: dict[str, int]) -> str:
    """Per-type precision table: type over all judged events (after a fix: over those still
    coded, ``gone`` rows counted apart); modality, actor and recipient over the events whose
    type is right (actor/recipient right = a correct phrase coded, or
    none coded where the sentence names none; m = missed, n = a wrong phrase)."""
    lines = ["| type | coded in run | judged | type | modality | actor | recipient | coded actor right |"
             " coded recipient right | actor missed | recipient missed |", "|---" * 11 + "|"]
    groups: dict[str, list[list[str]]] = {}
    for r in judged:
        groups.setdefault(r[3], []).append(r)
    tot = {"n": 0, "t": 0, "ok": 0, "m": 0, "a": 0, "r": 0, "roles": 0}
    weighted = 0.0
    gone = {t: sum(r[6] == "gone" for r in g) for t, g in groups.items()}
    for type_ in sorted(groups):
        g = [r for r in groups[type_] if r[6] != "gone"]  # after a fix: no longer coded
        ok = [r for r in g if r[6] == "y"]
        m = sum(r[7] == "y" for r in ok)
        a = sum(r[8] in ("y", "-") for r in ok)
        rc = sum(r[9] in ("y", "-") for r in ok)
        roles = [r for r in ok if r[8] != "."]  # "." = roles not judged
        lines.append(f"| {type_} | {population.get(type_, 0)} | {len(g)} | {_ratio(len(ok), len(g))} | "
                     f"{_ratio(m, len(ok))} | {_ratio(a, len(roles))} | {_ratio(rc, len(roles))} | "
                     f"{_coded(ok, 8)} | {_coded(ok, 9)} | "
                     f"{sum(r[8] == 'm' for r in ok)} | {sum(r[9] == 'm' for r in ok)} |")
        for k, v in (("n", len(g)), ("t", len(ok)), ("m", m), ("a", a), ("r", rc), ("roles", len(roles))):
            tot[k] += v
        weighted += population.get(type_, 0) * len(ok) / len(g) if g else 0.0
    pop = sum(population.get(t, 0) for t in groups)
    allok = [r for r in judged if r[6] == "y"]
    lines.append(f"| all (unweighted) | {pop} | {tot['n']} | {_ratio(tot['t'], tot['n'])} | "
                 f"{_ratio(tot['m'], tot['t'])} | {_ratio(tot['a'], tot['roles'])} | "
                 f"{_ratio(tot['r'], tot['roles'])} | {_coded(allok, 8)} | {_coded(allok, 9)} | "
                 f"{sum(r[8] == 'm' for r in allok)} | {sum(r[9] == 'm' for r in allok)} |")
    if any(gone.values()):
        lines.append("\nNo longer coded after the fix (excluded above): " + ", ".join(
            f"{t} {k}" for t, k in sorted(gone.items()) if k) + f"; {sum(gone.values())} in all.")
    if pop:
        lines.append(f"\nType precision weighted by the run's counts per type: {weighted / pop:.2f}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("run")
    ap.add_argument("--ids")
    ap.add_argument("--score")
    ap.add_argument("--seed", default=SEED)
    ap.add_argument("--per-type", type=int, default=PER_TYPE)
    ap.add_argument("--exclude", help="judged file whose events a new draw leaves out")
    ap.add_argument("--removed", metavar="BEFORE_RUN",
                    help="draw -n events coded in BEFORE_RUN and no longer in RUN")
    ap.add_argument("-n", type=int, default=30, help="size of the --removed draw")
    ap.add_argument("--articles", metavar="TAGS.jsonl",
                    help="draw only from the articles named in this file (e.g. ner_fresh/tags.jsonl)")
    args = ap.parse_args()
    arts = article_indices(args.articles) if args.articles else None
    by_type = load(args.run, arts)
    if args.removed:
        gone = removed(load(args.removed, arts), by_type)
        for ev in random.Random(f"{args.seed}:removed").sample(gone, min(args.n, len(gone))):
            print(show(ev))
        return
    if args.score:
        print(score(rows(args.score), {t: len(v) for t, v in by_type.items()}))
        return
    if not args.ids:
        skip = frozenset((r[0], int(r[1])) for r in rows(args.exclude)) if args.exclude else frozenset()
        for ev in draw(by_type, args.seed, args.per_type, skip):
            print(show(ev))
        return
    index: dict[tuple[str, int], list[dict]] = {}
    for evs in by_type.values():
        for e in evs:
            index.setdefault((e["doc"], e["trigger"]["start"]), []).append(e)
    for r in rows(args.ids):
        found = index.get((r[0], int(r[1])), [])
        same = [e for e in found if e["type"] == r[3]] or found
        print(show(same[0]) if same else f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\tGONE\n")


if __name__ == "__main__":
    main()
