"""Shared helpers of the time and quantity rule-family tests: tag a made-up sentence on the
dev news day's dateline and list its time expressions or quantities."""

from __future__ import annotations

from khabar.document import Document
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
