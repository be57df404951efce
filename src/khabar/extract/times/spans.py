"""Interval bookkeeping in O(log n): a set of non-overlapping spans, and containment in
a union of spans (used to pick candidates and to skip spans inside entities/times)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class DisjointSpans:
    """Non-overlapping ``[start, end)`` spans, sorted; ``add`` refuses an overlapping one."""

    __slots__ = ("_starts", "_ends")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:  # the span starting at or before `start`
            return True
        return i < len(self._starts) and self._starts[i] < end  # the next one

    def add(self, start: int, end: int) -> bool:
        if self.overlaps(start, end):
            return False
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True


class SpanUnion:
    """The union of possibly overlapping spans, for "inside" and "overlaps" questions."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, spans) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def contains(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and self._ends[i] >= end

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start) - 1
        if i >= 0 and self._ends[i] > start:
            return True
        return i + 1 < len(self._starts) and self._starts[i + 1] < end

