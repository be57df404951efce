"""Shared NER test helpers: the plain reference scans the fast tagging paths are checked
against (import as `from ner_helpers import multi_tags_scan`)."""

from __future__ import annotations

from khabar.ner.features import FeatureExtractor


def multi_tags_scan(fx: FeatureExtractor, words: list[str]) -> list[str]:
    """The longest-first scan the stem walk replaced."""
    ctx = [fx.word(w)[1] for w in words]
    n, i, out = len(ctx), 0, [""] * len(ctx)
    while i < n:
        matched = 0
        for first in fx._firsts(ctx[i]):
            for k in range(min(5, n - i), 1, -1):
                cls = fx.multi.get(" ".join([first, *(c[0] for c in ctx[i + 1 : i + k])]))
                if cls:
                    c = cls.split("|")[0]
                    out[i : i + k] = ["B-" + c] + ["I-" + c] * (k - 1)
                    matched = k
                    break
            if matched:
                break
        i += matched or 1
    return out
