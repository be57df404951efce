"""Session 22 (perf22): the pipeline benchmark charges the cyclic collector's work to the
stage during which each collection ran (a full collection moves between stages with any
tree's allocations: whole-pipeline deltas are read net of it)."""

from __future__ import annotations

import gc

from khabar.bench.pipeline import _Collector, _Named


def test_the_bench_charges_a_collection_to_the_running_stage():
    class Stage:
        name, layer = "demo", "demo_layer"

        def __call__(self, doc):
            gc.collect()  # a full collection inside the stage
            return doc

    collector = _Collector()
    named = _Named(Stage(), collector)
    gc.callbacks.append(collector)
    try:
        assert named("doc") == "doc"
        gc.collect()  # between stages: charged to "-"
    finally:
        gc.callbacks.remove(collector)
    assert named.layer == "demo_layer" and named.name == "demo"  # the pipeline reads these
    assert collector.counts["demo"][2] == 1 and collector.counts["-"][2] == 1
    assert collector.cpu["demo"] >= 0.0 and collector.current == "-"
