"""The Pipeline: loads every stage's resources once and runs the stages in order.

Order: text (sentences, tokens) → language → entities → times → quantities → quotes →
events. Each later stage may read the layers before it. The language check runs after
the text stage: a document that is not Arabic keeps its sentences and tokens, gets a
warning, and skips the Arabic extractors (every stage but ``text`` unless the stage sets
``arabic_only = False``). Texts longer than ``max_chars`` raise
:class:`~khabar.io.errors.DocumentTooLarge`. Batch mode, workers, the API and the Spark
job all call the same :class:`Pipeline`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from khabar import __version__
from khabar.document import Document, DocumentError
from khabar.extract.entities import EntityStage
from khabar.extract.events import EventStage
from khabar.extract.quantities import QuantityStage
from khabar.extract.quotes import QuoteStage
from khabar.extract.text_stage import TextStage
from khabar.extract.times import TimeStage
from khabar.io.errors import DocumentTooLarge, EmptyText, InputError
from khabar.io.langid import detect

DEFAULT_MAX_CHARS = 2_000_000

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
    """Accumulated wall time and process CPU time per stage (for benchmarks)."""

    seconds: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, dt: float, cpu: float = 0.0) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + dt
        self.cpu[name] = self.cpu.get(name, 0.0) + cpu


class Pipeline:
    """Runs the analysis stages over documents; build once, reuse for every document.

    ``max_chars`` limits the text size (``None``: no limit); ``detect_language=False``
    trusts ``Document.language`` (``None`` then counts as Arabic).
    """

    def __init__(
        self,
        stages: Iterable[str] = STAGE_ORDER,
        *,
        max_chars: int | None = DEFAULT_MAX_CHARS,
        detect_language: bool = True,
    ) -> None:
        names = list(stages)
        unknown = [n for n in names if n not in _STAGE_CLASSES]
        if unknown:
            raise ValueError(f"unknown stage(s): {', '.join(unknown)}; known: {', '.join(STAGE_ORDER)}")
        if "text" not in names:
            names.insert(0, "text")
        self.stages = [_STAGE_CLASSES[n]() for n in STAGE_ORDER if n in names]
        self.max_chars = max_chars
        self.detect_language = detect_language
        self.timer = StageTimer()

    def check(self, text: str, published: str | None = None) -> None:
        """Raise :class:`InputError` for a text (or dateline) the pipeline will not analyse."""
        if not isinstance(text, str):
            raise InputError(f"text must be a string, not {type(text).__name__}")
        if not text.isascii():
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as exc:  # a lone surrogate: no Unicode text, no JSON output
                raise InputError(
                    f"text is not valid Unicode: a lone surrogate {text[exc.start]!r} at "
                    f"character {exc.start}") from exc
        if published is not None:
            try:
                date.fromisoformat(published)
            except (TypeError, ValueError) as exc:
                raise InputError(f"published must be a date YYYY-MM-DD, got {published!r}") from exc
        if not text.strip():
            raise EmptyText("text is empty")
        if self.max_chars is not None and len(text) > self.max_chars:
            raise DocumentTooLarge(
                f"document has {len(text):,} characters, more than the limit of "
                f"{self.max_chars:,} (Pipeline(max_chars=...) / --max-chars)"
            )

    def run(self, doc: Document) -> Document:
        """Fill the document's layers in place and return it."""
        self.check(doc.text, doc.published)
        doc.pipeline_version = __version__
        for stage in self.stages:
            if stage.name != "text" and getattr(stage, "arabic_only", True) and doc.language not in (None, "ar"):
                continue
            t0, c0 = time.perf_counter(), time.process_time()
            setattr(doc, stage.layer, stage(doc))
            self.timer.add(stage.name, time.perf_counter() - t0, time.process_time() - c0)
            if stage.name == "text":
                self._language(doc)
        return doc

    def _language(self, doc: Document) -> None:
        if self.detect_language and doc.language is None:
            t0, c0 = time.perf_counter(), time.process_time()
            doc.language = detect(doc.text)
            self.timer.add("language", time.perf_counter() - t0, time.process_time() - c0)
        if doc.language not in (None, "ar"):
            doc.warnings.append(DocumentError(
                type="language",
                message=f"document language is {doc.language!r}, not Arabic: Arabic extractors skipped",
            ))

    def analyze(
        self,
        text: str,
        *,
        id: str | None = None,
        title: str | None = None,
        published: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        language: str | None = None,
        published_at: str | None = None,
        author: str | None = None,
    ) -> Document:
        """Analyse one text and return its :class:`Document`. ``published_at``: the full
        publication time (kept only when it has a time of day, as the input readers keep it);
        ``author``: the byline as the input gives it. Neither is read by any layer."""
        from khabar.io.readers import timestamp

        self.check(text, published)
        for name, value in (("published_at", published_at), ("author", author)):
            if value is not None and not isinstance(value, str):  # as check() does for text and published
                raise InputError(f"{name} must be a string, not {type(value).__name__}")
        doc = Document(
            id=id or _content_id(text), text=text, title=title, published=published,
            published_at=timestamp(published_at), outlet=outlet,
            author=(author.strip() or None) if author else None, url=url, language=language,
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


def analyze(
    text: str,
    published: str | None = None,
    outlet: str | None = None,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    language: str | None = None,
) -> Document:
    """Analyse ``text`` with the per-process default pipeline (see :meth:`Pipeline.analyze`)."""
    return default_pipeline().analyze(
        text, id=id, title=title, published=published, outlet=outlet, url=url, language=language,
    )
