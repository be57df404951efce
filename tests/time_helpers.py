"""Shared helpers of the time and quantity rule-family tests: tag a made-up sentence on the
dev news day's dateline and list its time expressions or quantities; load a gold set's scripts and
list its ANERcorp blocks."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from khabar.document import Document
from khabar.eval.times import UNDATED_SETS
from khabar.extract.quantities import QuantityStage
from khabar.extract.times import TimeStage

STAGE = TimeStage()
QUANT = QuantityStage()
MON = "2015-08-10"  # the dev news day


def tag(text: str, published: str | None = MON) -> list[tuple[str, str, str, str | None]]:
    """(text, type, value, mod) of every time expression."""
    doc = Document(id="t", text=text, published=published)
    return [(t.text, t.type, t.value, t.mod) for t in STAGE(doc)]


def quantities(text: str) -> list[tuple[str, float | None, str | None]]:
    """(text, value, approx) of every quantity, with the times found first (as the pipeline does)."""
    doc = Document(id="q", text=text, published=MON)
    doc.times = STAGE(doc)
    return [(q.text, q.value, q.approx) for q in QUANT(doc)]


def script_module(path: Path, name: str):
    """A gold set's script (``build.py``, a ``draw_*.py``) loaded from its path under ``name``."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def anercorp_blocks(name: str) -> set[int]:
    """The ANERcorp blocks (first sentences) of the undated times set ``name``."""
    return {int(p.stem.split("_", 1)[1]) for p in UNDATED_SETS[name].glob("anercorp_*.json")}
