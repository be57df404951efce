"""Pipeline benchmark: articles/s, words/s and memory, overall and per stage, over the
news sample (one process, documents analysed one after another)."""

from __future__ import annotations

import argparse
import gc
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


class _Named:
    """A stage as the pipeline sees it, which tells :class:`_Collector` when it runs."""

    def __init__(self, stage, collector: _Collector) -> None:
        self._stage, self._collector = stage, collector

    def __getattr__(self, name: str):
        return getattr(self._stage, name)

    def __call__(self, doc):
        self._collector.current = self._stage.name
        try:
            return self._stage(doc)
        finally:
            self._collector.current = "-"


class _Collector:
    """The cyclic garbage collector's CPU seconds and collections per generation, charged to
    the stage during which each collection ran (perf22). A full collection costs 0.1–0.2 CPU
    s on the news day and lands in whichever stage's allocation triggers it: which one
    depends on every stage's allocations, so two trees that differ in one stage can move a
    full collection into another (session 22: f9039f4 puts its 4 full collections in the
    entity stage, the same tree with perf21's caches 3 there and 1 in the quote stage)."""

    def __init__(self) -> None:
        self.current = "-"
        self.cpu: dict[str, float] = {}
        self.counts: dict[str, list[int]] = {}
        self._t0 = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._t0 = time.process_time()
            return
        name = self.current
        self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - self._t0
        self.counts.setdefault(name, [0, 0, 0])[info["generation"]] += 1


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

    collector = _Collector()
    pipe.stages = [_Named(stage, collector) for stage in pipe.stages]
    gc.callbacks.append(collector)
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
    gc.callbacks.remove(collector)
    n = len(records)
    print(f"overall: {n / wall:,.1f} articles/s, {words / wall:,.0f} words/s wall-clock "
          f"({wall:.2f} s); {n / cpu:,.1f} articles/s, {words / cpu:,.0f} words/s of CPU "
          f"({cpu:.2f} s); {words:,} words, {errors} errors; peak RSS {_peak_mb():,.0f} MB")
    print("(wall-clock rates drop when other processes share the cores; CPU rates do not)")
    print(f"{'stage':<12}{'load s':>8}{'load MB':>9}{'wall s':>9}{'cpu s':>9}"
          f"{'articles/s':>12}{'words/s':>12}{'gc s':>7}{'gc 0/1/2':>12}  (rates per CPU second; "
          "gc = the collector's share of cpu s)")
    for name in ("text", "language", *P.STAGE_ORDER[1:]):
        secs = pipe.timer.seconds.get(name, 0.0)
        cpu_s = pipe.timer.cpu.get(name, 0.0)
        ld, mb = load.get(name, (0.0, 0.0))
        rate = f"{n / cpu_s:>12,.0f}{words / cpu_s:>12,.0f}" if cpu_s > 1e-3 else f"{'-':>12}{'-':>12}"
        g = collector.counts.get(name, [0, 0, 0])
        print(f"{name:<12}{ld:>8.2f}{mb:>9.1f}{secs:>9.2f}{cpu_s:>9.2f}{rate}"
              f"{collector.cpu.get(name, 0.0):>7.2f}{'/'.join(map(str, g)):>12}")
    print("(a full collection (gc 2) costs 0.1–0.2 CPU s and lands in whichever stage's allocation "
          "triggers it: compare stages of two trees net of their gc s)")
