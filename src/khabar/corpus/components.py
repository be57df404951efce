"""Connected components by union-find, each node mapped to its lowest-ranked member.

Shared by the embedded near-duplicate grouping and the Spark job's driver-side grouping,
so both name the same article (the earliest) as the root of a group.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def min_rank_roots(edges: Iterable[tuple[K, K]], rank: Mapping[K, int]) -> dict[K, K]:
    """Every node of ``rank`` → the lowest-ranked node of its component under ``edges``."""
    parent = {n: n for n in rank}

    def find(x: K) -> K:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            lo, hi = (ra, rb) if rank[ra] <= rank[rb] else (rb, ra)
            parent[hi] = lo
    return {n: find(n) for n in rank}
