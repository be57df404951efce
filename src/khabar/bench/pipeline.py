"""Pipeline benchmark: articles/s, words/s and memory, overall and per stage, over the
news sample (one process, documents analysed one after another)."""

from __future__ import annotations

import argparse
import os
import platform
import resource
import time

from khabar.io.readers import read_records


def _rss_mb() -> float:
    """Current resident set size in MB."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # KB on Linux


def run(args: argparse.Namespace) -> None:
    from khabar import pipeline as P

    records = [r for r in read_records(args.news) if "error" not in r]
    if args.limit:
        records = records[: args.limit]
    chars = sum(len(r["text"]) for r in records)
    print(f"data: {args.news} — {len(records)} articles, {chars:,} characters")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")

    rss0 = _rss_mb()
    t0 = time.perf_counter()
    pipe = P.Pipeline(stages=["text"])
    load = {"text": (time.perf_counter() - t0, _rss_mb() - rss0)}
    for name in P.STAGE_ORDER[1:]:
        before, t = _rss_mb(), time.perf_counter()
        pipe.stages.append(P._STAGE_CLASSES[name]())
        load[name] = (time.perf_counter() - t, _rss_mb() - before)

    words = 0
    errors = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for r in records:
        try:
            doc = pipe.analyze(r["text"], id=r["id"], published=r["published"], outlet=r["outlet"])
        except Exception as exc:  # report, never stop the benchmark
            errors += 1
            print(f"  error on {r['id']}: {type(exc).__name__}: {exc}")
            continue
        words += sum(1 for tok in doc.tokens if tok.kind == "word")
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    n = len(records)
    print(f"overall: {n / wall:,.1f} articles/s, {words / wall:,.0f} words/s wall-clock "
          f"({wall:.2f} s); {n / cpu:,.1f} articles/s, {words / cpu:,.0f} words/s of CPU "
          f"({cpu:.2f} s); {words:,} words, {errors} errors; peak RSS {_peak_mb():,.0f} MB")
    print("(wall-clock rates drop when other processes share the cores; CPU rates do not)")
    print(f"{'stage':<12}{'load s':>8}{'load MB':>9}{'wall s':>9}{'cpu s':>9}"
          f"{'articles/s':>12}{'words/s':>12}  (rates per CPU second)")
    for name in ("text", "language", *P.STAGE_ORDER[1:]):
        secs = pipe.timer.seconds.get(name, 0.0)
        cpu_s = pipe.timer.cpu.get(name, 0.0)
        ld, mb = load.get(name, (0.0, 0.0))
        rate = f"{n / cpu_s:>12,.0f}{words / cpu_s:>12,.0f}" if cpu_s > 1e-3 else f"{'-':>12}{'-':>12}"
        print(f"{name:<12}{ld:>8.2f}{mb:>9.1f}{secs:>9.2f}{cpu_s:>9.2f}{rate}")
