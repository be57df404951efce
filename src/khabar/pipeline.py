"""The Pipeline: loads every stage's resources once and runs the stages in order.

Order: text (sentences, tokens) → entities → times → quantities → quotes → events.
Each later stage may read the layers before it. Batch mode, workers, the API and the
Spark job all call the same :class:`Pipeline`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from khabar import __version__
from khabar.document import Document
from khabar.extract.entities import EntityStage
from khabar.extract.events import EventStage
from khabar.extract.quantities import QuantityStage
from khabar.extract.quotes import QuoteStage
from khabar.extract.text_stage import TextStage
from khabar.extract.times import TimeStage

STAGE_ORDER = ("text", "entities", "times", "quantities", "quotes", "events")
_STAGE_CLASSES = {
    "text": TextStage,
    "entities": EntityStage,
    "times": TimeStage,
    "quantities": QuantityStage,
    "quotes": QuoteStage,
    "events": EventStage,
}


@dataclass
class StageTimer:
    """Accumulated wall time per stage (for benchmarks)."""

    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, dt: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + dt


class Pipeline:
    """Runs the analysis stages over documents; build once, reuse for every document."""

    def __init__(self, stages: Iterable[str] = STAGE_ORDER) -> None:
        names = list(stages)
        unknown = [n for n in names if n not in _STAGE_CLASSES]
        if unknown:
            raise ValueError(f"unknown stage(s): {', '.join(unknown)}; known: {', '.join(STAGE_ORDER)}")
        if "text" not in names:
            names.insert(0, "text")
        self.stages = [_STAGE_CLASSES[n]() for n in STAGE_ORDER if n in names]
        self.timer = StageTimer()

    def run(self, doc: Document) -> Document:
        """Fill the document's layers in place and return it."""
        doc.pipeline_version = __version__
        for stage in self.stages:
            t0 = time.perf_counter()
            setattr(doc, stage.layer, stage(doc))
            self.timer.add(stage.name, time.perf_counter() - t0)
        return doc

    def analyze(
        self,
        text: str,
        *,
        id: str | None = None,
        title: str | None = None,
        published: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
    ) -> Document:
        """Analyse one text and return its :class:`Document`."""
        doc = Document(
            id=id or _content_id(text), text=text, title=title, published=published,
            outlet=outlet, url=url,
        )
        return self.run(doc)


def _content_id(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The per-process shared pipeline (built on first use)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def analyze(text: str, **kwargs) -> Document:
    """Analyse ``text`` with the per-process default pipeline."""
    return default_pipeline().analyze(text, **kwargs)
