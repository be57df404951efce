"""Metrics shared by every evaluation: precision/recall/F1 and one-to-one span pairing."""

from __future__ import annotations

from collections.abc import Sequence


def prf(tp: float, n_pred: float, n_gold: float, *, empty: float = 0.0) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives and the predicted / gold counts.

    ``empty`` is the precision (recall) reported when nothing was predicted (no gold).
    """
    p = tp / n_pred if n_pred else empty
    r = tp / n_gold if n_gold else empty
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def pair_by_overlap(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, pred index)`` of overlapping spans, largest overlap first."""
    cands = []
    for i, (gs, ge) in enumerate(gold):
        for j, (ps, pe) in enumerate(pred):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0:
                cands.append((ov, i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in sorted(cands, reverse=True):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out
