"""Search audit: run the audit queries on a store, print the top 5 for reading, score P@5.

    python tests/gold/search_audit/audit.py run --db news.db --out results_after.json
    python tests/gold/search_audit/audit.py score results_before.json results_after.json

``run`` prints each query's count and top-5 articles (outlet, title, snippet with the hits
in [brackets]) and writes their doc ids; ``score`` reads ``judgments.json`` (query id →
doc id → 1 relevant / 0 not, judged by reading title and text) and prints precision@5 per
query and overall for each results file (precision of the top 5, or of all results when
fewer; a query without results counts 0; an unjudged result is reported, never guessed).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(db: str, out: str, limit: int = 5) -> None:
    from khabar.store import Store

    queries = json.loads((HERE / "queries.json").read_text(encoding="utf-8"))
    results = {}
    with Store(db, readonly=True) as store:
        for q in queries:
            filters = q.get("filters", {})
            rows = store.search(q["query"], limit=limit, **filters)
            count = store.search_count(q["query"], **filters)
            results[q["id"]] = {"query": q["query"], "count": count,
                                "top": [r["doc_id"] for r in rows]}
            print(f"\n== {q['id']} {q['query']} {filters or ''} — {q['intent']}: {count}")
            for r in rows:
                text = store.get_article(r["id"], document=False)["text"]
                print(f"  {r['doc_id']} {r['outlet']} | {r['title']}\n      {_marked(text, r['hits'])}")
    Path(out).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


def _marked(text: str, hits: list[list[int]]) -> str:
    """The passage around the hits with each hit in [brackets] (offsets are the text's)."""
    if not hits:
        return text[:200].replace("\n", " ")
    lo, hi = max(0, hits[0][0] - 80), min(len(text), hits[-1][1] + 80)
    out, pos = [], lo
    for s, e in hits:
        if e - hits[0][0] > 400:
            hi = min(hi, s)
            break
        out += [text[pos:s], "[", text[s:e], "]"]
        pos = e
    out.append(text[pos:max(pos, min(hi, pos + 80))])
    return "".join(out).replace("\n", " ")


def score(paths: list[str]) -> None:
    judged = json.loads((HERE / "judgments.json").read_text(encoding="utf-8"))
    judged.pop("_about", None)
    for path in paths:
        results = json.loads(Path(path).read_text(encoding="utf-8"))
        total = n = 0.0
        missing = []
        for qid, res in results.items():
            marks = [judged.get(qid, {}).get(d) for d in res["top"]]
            missing += [(qid, d) for d, m in zip(res["top"], marks, strict=True) if m is None]
            p = sum(m or 0 for m in marks) / len(marks) if marks else 0.0  # no result: 0
            total += p
            n += 1
            print(f"{Path(path).name} {qid} {res['query']}: P@5 {p:.1f} ({res['count']} found)")
        print(f"{Path(path).name}: mean P@5 {total / n:.3f} over {int(n)} queries;"
              f" unjudged {len(missing)} {missing[:10]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--db", required=True)
    r.add_argument("--out", required=True)
    s = sub.add_parser("score")
    s.add_argument("results", nargs="+")
    args = parser.parse_args()
    if args.cmd == "run":
        run(args.db, args.out)
    else:
        score(args.results)


if __name__ == "__main__":
    main()
