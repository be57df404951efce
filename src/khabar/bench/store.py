"""Store benchmark: ingest throughput (articles/s) and search latency on the news day.

Reported, on a fresh temporary database:

- end-to-end ingest with the full pipeline (read → analyse → store), articles/s;
- the store's share alone: ``Store.put`` of already analysed documents, articles/s;
- re-ingesting the same collection (every article skipped as a duplicate), articles/s;
- near-duplicate grouping and story clustering over the whole day, seconds;
- search latency (median and 95th percentile over repeated runs) for single words,
  clitic forms, phrases, boolean queries and filtered queries;
- database size.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

QUERIES = (
    "السعودية",
    "واشنطن",
    "لواشنطن",
    "القوات",
    '"وزارة الداخلية"',
    "النفط AND الأسعار",
    "اليمن OR سوريا",
    "الرياض NOT الهلال",
    "(الحوثيين OR صنعاء) AND عدن",
)
REPEATS = 20
STORE_ONLY = 300


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store-stages", default=None,
                        help="store bench: comma-separated pipeline stages (default: all)")


def _ms(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return statistics.median(xs) * 1000, xs[min(len(xs) - 1, int(0.95 * len(xs)))] * 1000


def run(args: argparse.Namespace) -> None:
    from khabar.ingest import Ingestor
    from khabar.ingest.sources import RawArticle, from_record
    from khabar.io.readers import read_records
    from khabar.pipeline import STAGE_ORDER, Pipeline
    from khabar.store import Store

    stages = (args.store_stages.split(",") if getattr(args, "store_stages", None)
              else list(STAGE_ORDER))
    records = list(read_records(args.news))
    if args.limit:
        records = records[: args.limit]
    items = [from_record(r, "bench") for r in records]
    raw = [i for i in items if isinstance(i, RawArticle)]
    pipeline = Pipeline(stages=stages)
    print(f"news: {args.news.name}, {len(items)} records; stages: {','.join(stages)}")

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        with Store(db) as store:
            ing = Ingestor(store, pipeline)
            from khabar.ingest.runner import Summary

            summary = Summary()
            t0, c0 = time.perf_counter(), time.process_time()
            for item in items:
                ing.add(item, summary)
            dt, dc = time.perf_counter() - t0, time.process_time() - c0
            print(f"ingest (analyse + store): {len(items)} records in {dt:.1f} s wall, "
                  f"{dc:.1f} s CPU = {len(items) / dt:.1f} articles/s wall, "
                  f"{len(items) / dc:.1f} articles per CPU second (ingested {summary.ingested}, "
                  f"duplicates {summary.duplicates}, failed {len(summary.failed)})")
            t0, c0 = time.perf_counter(), time.process_time()
            again = Summary()
            for item in items:
                ing.add(item, again)
            dt, dc = time.perf_counter() - t0, time.process_time() - c0
            print(f"re-ingest (all skipped as duplicates): {len(items) / dt:.0f} articles/s wall, "
                  f"{len(items) / dc:.0f} per CPU second")

            t0 = time.perf_counter()
            groups = store.dedupe()
            t_dedupe = time.perf_counter() - t0
            t0 = time.perf_counter()
            n_stories = store.cluster_stories()
            t_story = time.perf_counter() - t0
            print(f"near-duplicates: {len(groups)} groups in {t_dedupe:.2f} s; "
                  f"stories (≥2 reports): {n_stories} in {t_story:.2f} s")

            print(f"search latency over {store.count()} articles ({REPEATS} runs each):")
            all_times: list[float] = []
            for q in QUERIES:
                times = []
                for _ in range(REPEATS):
                    t0 = time.perf_counter()
                    hits = store.search(q, limit=20)
                    times.append(time.perf_counter() - t0)
                all_times.extend(times)
                med, p95 = _ms(times)
                print(f"  {q:<32} {store.search_count(q):>5} hits  median {med:6.2f} ms  p95 {p95:6.2f} ms")
            top_outlet = store.outlets()[0]["outlet"]
            times = []
            for _ in range(REPEATS):
                t0 = time.perf_counter()
                hits = store.search("السعودية", limit=20, outlet=top_outlet, originals_only=True)
                times.append(time.perf_counter() - t0)
            all_times.extend(times)
            med, p95 = _ms(times)
            print(f"  {'السعودية + outlet + originals':<32} {len(hits):>5} shown median {med:6.2f} ms"
                  f"  p95 {p95:6.2f} ms")
            med, p95 = _ms(all_times)
            print(f"  all queries: median {med:.2f} ms, p95 {p95:.2f} ms (top 20 with snippets)")
            c0 = time.process_time()
            for q in QUERIES:
                store.search(q, limit=20)
            cpu = (time.process_time() - c0) / len(QUERIES) * 1000
            print(f"  CPU per query (mean over the queries above): {cpu:.2f} ms")
        size = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*")) / 1e6
        print(f"database size: {size:.1f} MB for {len(raw)} article records")

        # The store's own cost: put() of documents analysed beforehand (first 300).
        docs = [pipeline.analyze(r.text, title=r.title, published=r.published, outlet=r.outlet,
                                 url=r.url) for r in raw[:STORE_ONLY] if r.text.strip()]
        with Store(Path(tmp) / "put.db") as store:
            t0, c0 = time.perf_counter(), time.process_time()
            for d in docs:
                store.put(d)
            dt, dc = time.perf_counter() - t0, time.process_time() - c0
        print(f"store only (Store.put of {len(docs)} analysed documents): {len(docs) / dt:.0f} "
              f"articles/s wall, {len(docs) / dc:.0f} per CPU second")
