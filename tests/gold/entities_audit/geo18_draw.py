"""Draw the session-18 geocoding samples: place mentions of a second source (ANERcorp), by kind.

Same population rule, strata, per-stratum count and seeded order as session 16's draw
(:mod:`geo16_draw`, imported): every ``LOC`` mention, stratified city / country / region /
other, ``random.Random(seed)`` order, 25 per stratum, one per (document, entity). The source is
ANERcorp train's last five sixths grouped by ``tests/gold/events_audit/r18_docs.py`` (10
sentences a document from sentence 723, ids ``anercorp:<first sentence>``, no dateline; the
first sixth is never written). The news-day exclusions of ``geo16_draw`` (article indices of
earlier entity draws) do not apply to this source: only ``--exclude`` samples are left out.

The TSV keeps no corpus text (ANERcorp is CC BY-SA): the span's offsets in its document, a
hash of the span (``text_sha1``, 12 hex digits of sha1) and of the document (``doc_sha1``), and
the run's reading (the gazetteer's canonical name only when the reading comes from a gazetteer:
a country or a point; else empty).

Usage (``RUN.jsonl`` = ``khabar analyze --input DOCS.jsonl`` on r18_docs.py's output):
``python tests/gold/entities_audit/geo18_draw.py draw RUN.jsonl OUT.tsv --seed S [--exclude TSV]``,
``... show RUN.jsonl OUT.tsv`` (context for judging, read from the run), ``... score JUDGED.tsv``,
``... check RUN.jsonl JUDGED.tsv`` (the hashes still match the run's texts).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # sibling scripts, not a package
import geo16_draw  # noqa: E402

SEED = "geo18:geo18"
COLUMNS = ("n", "stratum", "article", "start", "end", "text_sha1", "doc_sha1", "entity",
           "canonical", "kind", "country", "lat", "lon", "is_place", "country_ok",
           "referent_ok", "note")


def sha(text: str) -> str:
    """12 hex digits of the sha1 of a text (UTF-8)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def draw(run: str, seed: str = SEED, exclude: tuple[str, ...] = (),
         per_stratum: int = geo16_draw.PER_STRATUM) -> tuple[list[dict], dict[str, int]]:
    """The drawn mentions (stratum order, then seeded order) and each stratum's size: geo16's
    rule with only the ``exclude`` samples' documents left out."""
    skip: set[int] = set()
    for path in exclude:
        skip |= {int(r["article"]) for r in geo16_draw.read_tsv(path)}
    pop = geo16_draw.population(run, skip)
    return geo16_draw.stratified(pop, seed, per_stratum), {k: len(v) for k, v in pop.items()}


def _texts(run: str) -> dict[int, str]:
    return {geo16_draw.article_index(d["id"]): d["text"]
            for d in map(json.loads, open(run, encoding="utf-8")) if "text" in d}


def write(drawn: list[dict], out: str, sizes: dict[str, int], seed: str, run: str,
          title: str) -> None:
    texts = _texts(run)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(f"# {title}, seed {seed}; LOC mentions per stratum in the population: "
                 + ", ".join(f"{k} {sizes.get(k, 0)}" for k in geo16_draw.STRATA) + "\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for n, e in enumerate(drawn, 1):
            text = texts[e["article"]]
            gazetteer = e.get("country") or e.get("lat") is not None
            row = [str(n), e["stratum"], str(e["article"]), str(e["start"]), str(e["end"]),
                   sha(text[e["start"]:e["end"]]), sha(text), e["entity"],
                   e["canonical"] if gazetteer else "", e.get("kind") or "",
                   e.get("country") or "",
                   "" if e.get("lat") is None else f"{e['lat']:.4f}",
                   "" if e.get("lon") is None else f"{e['lon']:.4f}", "", "", "", ""]
            fh.write("\t".join(row) + "\n")


def check(run: str, sample: str) -> int:
    """The number of rows whose span or document hash does not match the run's text."""
    texts = _texts(run)
    bad = 0
    for r in geo16_draw.read_tsv(sample):
        text = texts.get(int(r["article"]), "")
        s, e = int(r["start"]), int(r["end"])
        if sha(text) != r["doc_sha1"] or sha(text[s:e]) != r["text_sha1"]:
            bad += 1
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("run")
    d.add_argument("out")
    d.add_argument("--seed", default=SEED)
    d.add_argument("--title", default="geo18 sample (ANERcorp 723..)")
    d.add_argument("--exclude", action="append", default=[], help="a sample TSV to leave out")
    for cmd in ("show", "check"):
        s = sub.add_parser(cmd)
        s.add_argument("run")
        s.add_argument("sample")
    c = sub.add_parser("score")
    c.add_argument("judged")
    args = ap.parse_args()
    if args.cmd == "draw":
        drawn, sizes = draw(args.run, args.seed, tuple(args.exclude))
        write(drawn, args.out, sizes, args.seed, args.run, args.title)
        print("population:", sizes, "drawn:", Counter(d["stratum"] for d in drawn))
    elif args.cmd == "show":
        geo16_draw.show(args.run, args.sample)
    elif args.cmd == "check":
        print("rows not matching the run:", check(args.run, args.sample))
    else:
        geo16_draw.score(args.judged)


if __name__ == "__main__":
    main()
