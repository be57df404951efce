"""Offset indexes over a document's spans (entities, times, quotes), built once per document:
overlap, containment and point queries by bisect instead of a scan of every span."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex:
    """Whether a span ``[s, e)`` overlaps any of the spans given at construction.

    Same answer as ``any(s < ce and cs < e for cs, ce in spans)``: the spans starting before
    ``e`` are a prefix of the spans sorted by start, and one of them overlaps exactly when the
    largest end of that prefix is beyond ``s``.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end: list[int] = []
        top = None
        for _, e in ordered:
            top = e if top is None or e > top else top
            self._max_end.append(top)

    def overlaps(self, s: int, e: int) -> bool:
        k = bisect_left(self._starts, e)  # spans [0, k) start before e
        return k > 0 and self._max_end[k - 1] > s


class Within(Generic[T]):
    """``items`` indexed by ``key(item) -> (start, end)``; every query answers in the items'
    own order, as the scan of the whole list it replaces would."""

    def __init__(self, items: Sequence[T], key: Callable[[T], tuple[int, int]]) -> None:
        self.items = items
        spans = [key(x) for x in items]
        self._order = sorted(range(len(items)), key=lambda i: spans[i][0])
        self._starts = [spans[i][0] for i in self._order]
        self._spans = spans
        self._width = max((e - s for s, e in spans), default=0)

    def inside(self, start: int, end: int) -> list[T]:
        """The items with ``start <= item start`` and ``item end <= end``."""
        lo, hi = bisect_left(self._starts, start), bisect_right(self._starts, end)
        found = sorted(i for i in self._order[lo:hi] if self._spans[i][1] <= end)
        return [self.items[i] for i in found]

    def covering(self, start: int, end: int) -> list[T]:
        """The items with ``item start <= start`` and ``end <= item end``."""
        lo = bisect_left(self._starts, end - self._width)
        hi = bisect_right(self._starts, start)
        found = sorted(i for i in self._order[lo:hi] if self._spans[i][1] >= end)
        return [self.items[i] for i in found]

    def first_at(self, offset: int) -> T | None:
        """The first item with ``item start <= offset < item end`` (None when none)."""
        lo = bisect_left(self._starts, offset - self._width)
        hi = bisect_right(self._starts, offset)
        found = [i for i in self._order[lo:hi] if self._spans[i][1] > offset]
        return self.items[min(found)] if found else None


class LastIndex(Generic[T]):
    """A ``build(items)`` remembered for the last list asked about (by identity and length):
    the helpers called for every cue or event of a document index its spans once."""

    def __init__(self, build: Callable[[Sequence], T]) -> None:
        self._build = build
        self._last: tuple[object, int, T] | None = None

    def __call__(self, items: Sequence) -> T:
        last = self._last  # one read: another thread may replace it meanwhile
        if last is not None and last[0] is items and last[1] == len(items):
            return last[2]
        index = self._build(items)
        self._last = (items, len(items), index)
        return index
