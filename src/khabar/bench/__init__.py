"""Benchmarks: ``python -m khabar.bench`` (``make bench``) runs every benchmark module.

Each module in :data:`MODULES` exposes ``run(args) -> None`` that prints its own figures,
and may expose ``add_arguments(parser)`` for its options. Missing modules are skipped, so
areas add their benchmark by creating ``khabar/bench/<name>.py``.
"""

MODULES = ("pipeline", "times", "ner", "store", "long")
