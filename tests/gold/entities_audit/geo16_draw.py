"""Draw the session-16 geocoding sample: place mentions of the news day, stratified by kind.

Usage:
``python tests/gold/entities_audit/geo16_draw.py draw RUN.jsonl OUT.tsv [--seed S] [--exclude TSV]``
draws from ``RUN.jsonl`` (the output of ``khabar analyze --input
../shared/data/news/dev/2015-08-10.zip``) ``PER_STRATUM`` LOC mentions of each stratum and writes
them as a TSV to judge (columns ``is_place``, ``country_ok``, ``referent_ok``, ``note`` empty);
``... show RUN.jsonl OUT.tsv`` prints each drawn mention in its context with the gazetteer rows
its point comes from, for judging; ``... score JUDGED.tsv`` prints the figures.

- Population: every mention labelled ``LOC`` in an article of no earlier entity draw (the ids of
  the audit's TSV files and session 9's ``DRAWN``, read at ``GOLD_REV``) and of no ``--exclude``
  sample (the closing sample leaves out the articles of the first).
- Strata by the mention's ``kind``: ``city`` (city, capital, town), ``country``, ``region``
  (region, district, territory), ``other`` (no kind, water, landmark, anything else).
- Order: ``random.Random(seed)`` shuffles each stratum; the first ``PER_STRATUM`` mentions are
  taken, one per (article, entity) — a second mention of a cluster already drawn is skipped.

The TSV keeps the mention's own span text (a place name) and the run's reading, no article text.
Judged: ``is_place`` (y/n: a place, not a person/organisation/facility or no name), for places
``country_ok`` (y/n: the country given is the place's; a place of several countries is right
with none) and ``referent_ok`` (y/n: the point is the place meant — a city within about 25 km, a
country or region anywhere inside it; no point is n).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # sibling scripts, not a package
import s9_draw  # noqa: E402

GOLD_REV = "f899208"  # the audit files as they stood at the session-16 start
SEED = "geo16:ent16"
PER_STRATUM = 25
STRATA = ("city", "country", "region", "other")
_KIND = {"city": "city", "capital": "city", "town": "city", "country": "country",
         "region": "region", "district": "region", "territory": "region"}
COLUMNS = ("n", "stratum", "article", "start", "end", "text", "entity", "canonical", "kind",
           "country", "lat", "lon", "is_place", "country_ok", "referent_ok", "note")
CONTEXT = 90  # characters shown on each side by ``show``


def stratum(kind: str | None) -> str:
    """The stratum of a mention's kind."""
    return _KIND.get(kind or "", "other")


def article_index(doc_id: str) -> int:
    """The article index of a batch record id («2015-08-10:17» or «2015-08-10.json:17»)."""
    return int(doc_id.rsplit(":", 1)[1])


def read_tsv(path: str) -> list[dict[str, str]]:
    """The rows of a sample TSV (comment lines skipped)."""
    lines = [r.rstrip("\n") for r in open(path, encoding="utf-8")
             if r.strip() and not r.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, r.split("\t"), strict=False)) for r in lines[1:]]


def population(run: str, skip: set[int]) -> dict[str, list[dict]]:
    """Stratum → LOC mentions of the run outside the ``skip`` articles, in run order."""
    out: dict[str, list[dict]] = defaultdict(list)
    for line in open(run, encoding="utf-8"):
        doc = json.loads(line)
        art = article_index(doc["id"])
        if art in skip:
            continue
        for e in doc.get("entities", []):
            if e["label"] == "LOC":
                out[stratum(e.get("kind"))].append(dict(e, article=art))
    return out


def draw(run: str, seed: str = SEED, exclude: tuple[str, ...] = (),
         per_stratum: int = PER_STRATUM) -> tuple[list[dict], dict[str, int]]:
    """The drawn mentions (stratum order, then seeded order) and each stratum's size."""
    skip = set(s9_draw.excluded(GOLD_REV, (), s9_draw.DRAWN)["earlier entity draws"])
    for path in exclude:
        skip |= {int(r["article"]) for r in read_tsv(path)}
    pop = population(run, skip)
    return stratified(pop, seed, per_stratum), {k: len(v) for k, v in pop.items()}


def stratified(pop: dict[str, list[dict]], seed: str, per_stratum: int) -> list[dict]:
    """``per_stratum`` mentions of each stratum in a seeded shuffle, one per (article, entity)."""
    rng = random.Random(seed)
    drawn: list[dict] = []
    for name in STRATA:
        items = list(pop.get(name, []))
        rng.shuffle(items)
        seen: set[tuple[int, str]] = set()
        for e in items:
            if len([d for d in drawn if d["stratum"] == name]) >= per_stratum:
                break
            key = (e["article"], e["entity"])
            if key in seen:
                continue
            seen.add(key)
            drawn.append(dict(e, stratum=name))
    return drawn


def write(drawn: list[dict], out: str, sizes: dict[str, int], seed: str) -> None:
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(f"# geo16 sample, seed {seed}; LOC mentions per stratum in the population: "
                 + ", ".join(f"{k} {sizes.get(k, 0)}" for k in STRATA) + "\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for n, e in enumerate(drawn, 1):
            row = [str(n), e["stratum"], str(e["article"]), str(e["start"]), str(e["end"]),
                   e["text"].replace("\t", " ").replace("\n", " "), e["entity"], e["canonical"],
                   e.get("kind") or "", e.get("country") or "",
                   "" if e.get("lat") is None else f"{e['lat']:.4f}",
                   "" if e.get("lon") is None else f"{e['lon']:.4f}", "", "", "", ""]
            fh.write("\t".join(row) + "\n")


def _rows_at(lat: str, lon: str) -> list[str]:
    """Gazetteer rows whose point is (lat, lon): where a reading comes from."""
    if not lat:
        return []
    from importlib import resources
    out = []
    for name in ("places_curated.tsv", "cities.tsv"):
        text = resources.files("khabar.resources.gazetteer").joinpath(name).read_text("utf-8")
        for line in text.splitlines():
            cells = line.split("\t")
            if len(cells) > 4 and cells[3:5] == [lat, lon] or (
                    len(cells) > 3 and cells[2:4] == [lat, lon]):
                out.append(f"{name}: {line}")
    return out[:4]


def show(run: str, sample: str) -> None:
    rows = read_tsv(sample)
    want = {(int(r["article"]), int(r["start"])) for r in rows}
    texts: dict[int, str] = {}
    for line in open(run, encoding="utf-8"):
        doc = json.loads(line)
        art = article_index(doc["id"])
        if any(a == art for a, _ in want):
            texts[art] = doc["text"]
    for r in rows:
        text, s, e = texts[int(r["article"])], int(r["start"]), int(r["end"])
        ctx = (text[max(0, s - CONTEXT):s] + "[[" + text[s:e] + "]]" + text[e:e + CONTEXT])
        print(f"--- {r['n']} {r['stratum']} art {r['article']} {r['entity']} «{r['canonical']}» "
              f"{r['kind']} {r['country']} {r['lat']},{r['lon']}")
        print("   ", ctx.replace("\n", " ⏎ "))
        for g in _rows_at(r["lat"], r["lon"]):
            print("    ", g)


def score(path: str, sizes: dict[str, int] | None = None) -> dict[str, float]:
    """Place precision, country and referent accuracy (raw and stratum-weighted)."""
    rows = read_tsv(path)
    if sizes is None:
        head = open(path, encoding="utf-8").readline()
        sizes = {k: int(v) for k, v in (p.split() for p in head.split(": ", 1)[1].split(", "))}
    per: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        c = per[r["stratum"]]
        c["n"] += 1
        if r["is_place"] == "y":
            c["place"] += 1
            c["country"] += r["country_ok"] == "y"
            c["referent"] += r["referent_ok"] == "y"
    total = Counter()
    for c in per.values():
        total.update(c)
    out: dict[str, float] = {}
    for name in (*STRATA, "all"):
        c = total if name == "all" else per[name]
        if not c["n"]:
            continue
        print(f"{name:8} mentions {c['n']:3}: place {c['place']}/{c['n']} = "
              f"{c['place'] / c['n']:.3f}; country {c['country']}/{c['place']} = "
              f"{c['country'] / max(c['place'], 1):.3f}; referent {c['referent']}/{c['place']} = "
              f"{c['referent'] / max(c['place'], 1):.3f}")
    weight = sum(sizes.get(k, 0) for k in per)
    for key, den in (("place", "n"), ("country", "place"), ("referent", "place")):
        out[key] = sum(sizes.get(k, 0) / weight * per[k][key] / max(per[k][den], 1) for k in per)
    print("weighted by stratum size: " + ", ".join(f"{k} {v:.3f}" for k, v in out.items()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("run")
    d.add_argument("out")
    d.add_argument("--seed", default=SEED)
    d.add_argument("--exclude", action="append", default=[], help="a sample TSV to leave out")
    s = sub.add_parser("show")
    s.add_argument("run")
    s.add_argument("sample")
    c = sub.add_parser("score")
    c.add_argument("judged")
    args = ap.parse_args()
    if args.cmd == "draw":
        drawn, sizes = draw(args.run, args.seed, tuple(args.exclude))
        write(drawn, args.out, sizes, args.seed)
        print("population:", sizes, "drawn:", Counter(d["stratum"] for d in drawn))
    elif args.cmd == "show":
        show(args.run, args.sample)
    else:
        score(args.judged)


if __name__ == "__main__":
    main()
