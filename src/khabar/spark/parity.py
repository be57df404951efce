"""Near-duplicate parity: the Spark job's groups against the embedded dedupe on one input.

    python -m khabar.spark.parity INPUT [--master local[2]]

Runs the text stage on INPUT twice — in Spark (:func:`khabar.spark.corpus.duplicates`)
and embedded (:func:`khabar.corpus.dedupe.groups` with words, fed in the job's rank
order) — with and without the containment of edited copies, and prints groups,
articles, same-group pairs, the step's wall time and every difference. The figures in
docs/scale.md come from here.
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Iterable

from khabar.corpus.dedupe import groups, signature, word_forms
from khabar.io.errors import InputError
from khabar.io.readers import read_records
from khabar.pipeline import Pipeline


def _pairs(gs: Iterable[Iterable[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in gs for p in itertools.combinations(sorted(g), 2)}


def _line(name: str, gs: list[list[str]]) -> str:
    return (f"{name}: {len(gs)} groups, {sum(map(len, gs))} articles, "
            f"{len(_pairs(gs))} pairs")


def embedded(path: str) -> dict[bool, list[list[str]]]:
    """The embedded groups of ``path``'s records, with (True) and without containment."""
    from khabar.spark.corpus import rank_key

    recs = [r for r in read_records(path) if "error" not in r]
    recs.sort(key=lambda r: rank_key(r.get("published_at"), r.get("published"), r["id"]))
    pipe = Pipeline(("text",))
    docs = {}
    for r in recs:
        try:
            docs[r["id"]] = pipe.analyze(r["text"], id=r["id"], published=r.get("published"))
        except InputError:  # an error row in Spark too (no signature)
            continue
    items = [(k, signature(d)) for k, d in docs.items()]
    return {True: groups(items, words=lambda k: word_forms(docs[k])), False: groups(items)}


def main(argv: list[str] | None = None) -> None:
    """Print the comparison (see the module docstring)."""
    from khabar.spark.corpus import duplicate_pairs, duplicates
    from khabar.spark.job import analyze_frame
    from khabar.spark.read import read_records as spark_records
    from khabar.spark.session import get_session, local_test_conf
    from khabar.spark.worker import WorkerConfig

    p = argparse.ArgumentParser(prog="python -m khabar.spark.parity")
    p.add_argument("input")
    p.add_argument("--master", default="local[2]")
    args = p.parse_args(argv)
    want = embedded(args.input)
    spark = get_session(args.master, app_name="khabar-parity", conf=local_test_conf(4))
    spark.sparkContext.setLogLevel("ERROR")
    try:
        wide = analyze_frame(spark_records(spark, args.input),
                             WorkerConfig(stages=("text",))).persist()
        print(f"documents: {wide.count()}")
        for cont in (False, True):
            label = "containment" if cont else "Jaccard only"
            t = time.time()
            pairs = duplicate_pairs(wide, containment=cont).persist()
            rows = duplicates(wide, pairs=pairs).collect()
            took = time.time() - t
            got: dict[str, list[str]] = {}
            for r in rows:
                got.setdefault(r["group_id"], []).append(r["doc_id"])
            print(_line(f"embedded, {label}", want[cont]))
            print(_line(f"spark, {label}", list(got.values())) + f" ({took:.1f} s wall; "
                  f"{pairs.where('contained').count()} pairs kept by containment alone)")
            g, w = {frozenset(v) for v in got.values()}, {frozenset(x) for x in want[cont]}
            print(f"  equal groups: {g == w}, equal originals: {set(got) == {x[0] for x in want[cont]}}"
                  f"; only in spark {len(g - w)} groups / {len(_pairs(g) - _pairs(w))} pairs,"
                  f" only embedded {len(w - g)} / {len(_pairs(w) - _pairs(g))}")
            for x in sorted(map(sorted, g - w)):
                print("  only spark:", x)
            for x in sorted(map(sorted, w - g)):
                print("  only embedded:", x)
            pairs.unpersist()
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
