"""Parallel analysis for ingest: worker processes analyse, the main process stores.

SQLite has one writer, and analysis is where the time goes, so ``--workers N`` starts N
processes (``spawn``) that each build the pipeline once and return document JSON; the
main process reads the inputs, skips duplicates before analysis, and writes every
article in its own transaction, in input order. Inputs are processed in batches of
:data:`BATCH` articles.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from khabar.document import from_json, to_json
from khabar.ingest.sources import Failure, RawArticle
from khabar.pipeline import Pipeline

BATCH = 64
_PIPELINE: Pipeline | None = None


def _init(stages: list[str], max_chars: int | None, detect_language: bool) -> None:
    global _PIPELINE
    _PIPELINE = Pipeline(stages=stages, max_chars=max_chars, detect_language=detect_language)


def _analyze(job: tuple[str, dict]) -> tuple[bytes | None, str | None]:
    text, meta = job
    try:
        assert _PIPELINE is not None
        return to_json(_PIPELINE.analyze(text, **meta)), None
    except Exception as exc:  # reported as this article's failure
        return None, f"{exc.__class__.__name__}: {exc}"


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class WorkerPool:
    """A pool of analysis processes mirroring a pipeline's configuration."""

    def __init__(self, pipeline: Pipeline, workers: int) -> None:
        names = [s.name for s in pipeline.stages]
        # An executor, not multiprocessing.Pool: a worker that dies (e.g. its pipeline
        # cannot load) raises BrokenProcessPool instead of being respawned forever.
        self.pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init,
            initargs=(names, pipeline.max_chars, pipeline.detect_language))

    def analyze(self, items: list[RawArticle], published: str | None = None) -> list:
        """Documents (or :class:`Failure`) for ``items``, in order."""
        jobs = [(it.text, {"title": it.title, "published": it.published or published,
                           "outlet": it.outlet, "url": it.url, "published_at": it.published_at,
                           "author": it.author}) for it in items]
        out = []
        for item, (data, error) in zip(items, self.pool.map(_analyze, jobs, chunksize=4), strict=True):
            out.append(from_json(data) if data is not None else Failure(item.source, error or "?"))
        return out

    def close(self, cancel: bool = False) -> None:
        self.pool.shutdown(wait=True, cancel_futures=cancel)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(cancel=exc[0] is not None)


def batches(items: Iterable[RawArticle | Failure], size: int = BATCH) -> Iterator[list]:
    """Input items in lists of ``size``."""
    return _batches(items, size)
