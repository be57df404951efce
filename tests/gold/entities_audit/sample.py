"""Draw the entity-resolution audit sample and show a run's clusters for judging.

Usage:
``python tests/gold/entities_audit/sample.py draw OUT.jsonl [--seed S --exclude SEED]`` writes
the 12 drawn articles of ``../shared/data/news/dev/2015-08-10.zip`` as khabar batch records
(id ``2015-08-10.json:N``; ``--exclude`` leaves out another seed's draw);
``khabar analyze --input OUT.jsonl --output RUN.jsonl`` analyses them;
``python tests/gold/entities_audit/sample.py show RUN.jsonl`` prints, per article, every
entity cluster (id, label, canonical, kind, country, coordinates, its mentions) for judging;
``python tests/gold/entities_audit/sample.py score JUDGED.tsv`` prints the audit figures.
The fixture stores no article text, only ids, canonical forms and judgements.
"""

from __future__ import annotations

import argparse
import json
import random
import zipfile
from collections import defaultdict
from pathlib import Path

SEED = "entities-20261129"
N = 12
MIN_CHARS, MAX_CHARS = 400, 3500  # long enough to hold several entities, short enough to read
ROOT = Path(__file__).resolve().parents[3]
ZIP = ROOT / ".." / "shared" / "data" / "news" / "dev" / "2015-08-10.zip"


def articles() -> list[dict]:
    with zipfile.ZipFile(ZIP) as z:
        return json.loads(z.read("2015-08-10.json"))


def draw(arts: list[dict], seed: str = SEED, n: int = N,
         exclude: frozenset[int] = frozenset()) -> list[int]:
    """``n`` article indices, seeded, outside tests/gold/articles.json and ``exclude``, of
    MIN_CHARS..MAX_CHARS characters of content."""
    gold = {a["index"] for a in json.loads((ROOT / "tests/gold/articles.json").read_text("utf-8"))}
    pool = [i for i, a in enumerate(arts) if i not in gold and i not in exclude
            and MIN_CHARS <= len(a["content"].strip()) <= MAX_CHARS]
    return sorted(random.Random(seed).sample(pool, n))


def write(arts: list[dict], idx: list[int], out: str) -> None:
    with open(out, "w", encoding="utf-8") as fh:
        for i in idx:
            rec = dict(arts[i], id=f"2015-08-10.json:{i}")
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def show(run: str) -> None:
    for line in open(run, encoding="utf-8"):
        doc = json.loads(line)
        print(f"=== {doc['id']}")
        clusters: dict[str, list[dict]] = defaultdict(list)
        for e in doc.get("entities", []):
            clusters[e["entity"]].append(e)
        for eid, ms in sorted(clusters.items(), key=lambda kv: kv[1][0]["start"]):
            e = ms[0]
            geo = f" {e.get('country')} {e.get('lat')},{e.get('lon')}" if e["label"] == "LOC" else ""
            mentions = " | ".join(f"{m['text']}@{m['start']}/{m['source'][0]}" for m in ms)
            print(f"{eid}\t{e['label']}\t{e['canonical']}\t{e.get('kind')}{geo}\t{mentions}")


def score(path: str) -> None:
    """Merge precision and recall over mention pairs, canonical forms, geocodes."""
    rows = [r.rstrip("\n").split("\t") for r in open(path, encoding="utf-8")
            if r.strip() and not r.startswith("#")]
    head, rows = rows[0], rows[1:]
    col = {h: k for k, h in enumerate(head)}
    tp = fp = fn = pure = 0
    canon_ok = n_clusters = country_ok = coords_ok = point_ok = places = 0
    for r in rows:
        if r[col["kind"]] == "cluster":
            m, wrong = int(r[col["mentions"]]), int(r[col["wrong_mentions"]] or 0)
            right = m - wrong
            tp += right * (right - 1) // 2
            fp += m * (m - 1) // 2 - right * (right - 1) // 2
            pure += wrong == 0
            n_clusters += 1
            canon_ok += r[col["canonical_ok"]] == "y"
            if r[col["country_ok"]] in ("y", "n"):
                places += 1
                country_ok += r[col["country_ok"]] == "y"
                right = r[col["country_ok"]] == "y"
                coords_ok += right and r[col["coords_ok"]] == "y"
                # a country has no point by design (the map places it at its capital)
                point_ok += right and (r[col["coords_ok"]] == "y"
                                       or r[col["place_kind"]] == "country")
        elif r[col["kind"]] == "missed_merge":
            # two clusters of one entity: the pairs of right mentions across them
            a, b = (int(x) for x in r[col["mentions"]].split("+"))
            fn += a * b
    p = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    print(f"clusters {n_clusters}, pure {pure}; mention pairs linked right {tp}, "
          f"linked wrong {fp}, left apart {fn}")
    print(f"merge precision (pairwise) {p:.3f}; merge recall (pairwise) {rc:.3f}")
    print(f"canonical sensible {canon_ok}/{n_clusters} = {canon_ok / max(n_clusters, 1):.3f}")
    print(f"places {places}: country right {country_ok} = {country_ok / max(places, 1):.3f}; "
          f"country and coordinates right {coords_ok} = {coords_ok / max(places, 1):.3f}; "
          f"the same with countries exempt from coordinates {point_ok} = "
          f"{point_ok / max(places, 1):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("out")
    d.add_argument("--seed", default=SEED)
    d.add_argument("--exclude", action="append", default=[],
                   help="leave out the articles drawn with this seed (repeatable)")
    s = sub.add_parser("show")
    s.add_argument("run")
    c = sub.add_parser("score")
    c.add_argument("judged")
    args = ap.parse_args()
    if args.cmd == "draw":
        arts = articles()
        skip = frozenset(i for seed in args.exclude for i in draw(arts, seed))
        idx = draw(arts, args.seed, exclude=skip)
        write(arts, idx, args.out)
        print("drew", idx)
    elif args.cmd == "show":
        show(args.run)
    else:
        score(args.judged)


if __name__ == "__main__":
    main()
