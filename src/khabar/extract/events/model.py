"""A small L2-regularised logistic regression over named binary features (pure Python).

Used as the learned occurrence filter for ASSAULT and PROTEST events: the rules propose an
event, the model estimates the probability that the sentence reports it. Trained by
AdaGrad on a few thousand examples in seconds; stored as JSON (weights by feature name,
the decision threshold, and the training provenance). See docs/models/events.md.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "events_filter.json"
# PROTEST is not filtered: in 5-fold CV the filter did not beat the rules (docs/models/events.md).
FILTERED_TYPES = frozenset({"ASSAULT"})


# The feature of an explicit attack report (:func:`.features.explicit_report`, session 10):
# such an event stands like one with its full actor–recipient pair — ``LogReg.prob`` gives it
# 1.0 and the training set leaves it out (:func:`stands`).
EXPLICIT = "explicit_report"
# An attack its named target survived (:func:`.features.survived`, session 11): «نجا X من محاولة
# اغتيال» asserts the attempt (an attempted attack is an ASSAULT by the codebook) and names its
# recipient; it stands like a full pair, but stays a training row of the filter
# (:func:`khabar.eval.events.candidates`).
SURVIVED = "survived_attack"
STANDING = (EXPLICIT, SURVIVED)
# A full actor–recipient pair whose trigger stands in a relative clause (:func:`.features.
# relative_clause`, session 20): «الحادث الإرهابي الذي استهدف مسجد …»، «التحالف الدولي الذي يقصف
# التنظيم» — the attack is what a noun of the sentence is described by, often one told before; the
# filter judges such an event like one without its pair (and learns from it).
RELATIVE_PAIR = "relative_pair"


def stands(ev, feats: Sequence[str]) -> bool:
    """Whether an event stands whatever the filter would say: not judged by it
    (:func:`applies`), an explicit attack report, or an attack its named target survived."""
    return not applies(ev, feats) or any(f in feats for f in STANDING)


def applies(ev, feats: Sequence[str] = ()) -> bool:
    """Whether the filter judges an event: an asserted, current ASSAULT/PROTEST for which
    the rules did not find a full who-did-what-to-whom (such events stand; chosen by CV
    against bypassing armed or state perpetrators too, see docs/models/events.md), or whose
    full pair stands in a relative clause (:data:`RELATIVE_PAIR` among its ``feats``)."""
    if ev.type not in FILTERED_TYPES or ev.modality != "asserted" or ev.historical:
        return False
    return not (ev.actor and ev.recipient) or RELATIVE_PAIR in feats


def sentence_keeps(pairs: Sequence[tuple[Any, Sequence[str]]],
                   keep_one: Callable[[Any, Sequence[str]], bool]) -> list[bool]:
    """Which of a document's rule events stand (one flag per ``(event, features)`` pair).

    ``keep_one`` is the filter's decision on one event. A sentence that reports an attack
    — it keeps an asserted, current event of a filtered type, by the filter or because the
    filter does not judge it — keeps every event of that type in it: the other attack
    predicates of such a sentence (قتل … وجرح … في هجوم) tell the same incident, and the
    filter judging them one by one dropped their actors and victims with them. Whether a
    sentence reports an event of the type is unchanged (session 9, docs/models/events.md).
    """
    flags = [keep_one(ev, feats) for ev, feats in pairs]
    reporting = {(ev.sentence.start, ev.type) for (ev, _), kept in zip(pairs, flags, strict=True)
                 if kept and ev.type in FILTERED_TYPES and ev.modality == "asserted"
                 and not ev.historical}
    return [kept or (ev.sentence.start, ev.type) in reporting
            for (ev, _), kept in zip(pairs, flags, strict=True)]


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


# The number of bootstrap fits whose mean weights are the filter (session 15, ``fit_bagged``).
BAGS = 50
# Each of those fits is the mean of its weights at the end of its last TAIL epochs.
TAIL = 0


def _indexed(X: Sequence[Sequence[str]], min_count: int) -> tuple[list[str], list[list[int]]]:
    """The features seen in at least ``min_count`` examples (in first-seen order) and each
    example as the indices of its kept features, in its own order."""
    counts: dict[str, int] = {}
    for feats in X:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    index: dict[str, int] = {}
    for feats in X:
        for f in feats:
            if counts[f] >= min_count and f not in index:
                index[f] = len(index)
    return list(index), [[index[f] for f in feats if f in index] for feats in X]


def _dot(feats: Sequence[int], w: Sequence[float]) -> float:
    z = 0.0
    for f in feats:
        z += w[f]
    return z


def _adagrad(X: Sequence[Sequence[int]], y: Sequence[float], n: int, order: list[int], *,
             l2: float, epochs: int, lr: float, seed: int, pos_weight: float = 1.0,
             tail: int = 0, weights: Sequence[float] | None = None) -> list[float]:
    """AdaGrad on the logistic loss over the examples listed in ``order`` (an example listed
    twice is seen twice per epoch), shuffled each epoch by ``random.Random(seed)``; L2 on
    the features of the example at hand. A target may be fractional (the loss's gradient
    is ``p - y`` for any ``y`` in 0…1: a soft label, session 17); ``weights`` scales each
    example's loss gradient (not its L2 step). Weights by feature index: the last iterate,
    or with ``tail`` the mean of the weights at the end of the last ``tail`` epochs."""
    rng = random.Random(seed)
    w = [0.0] * n
    g2 = [0.0] * n
    acc = [0.0] * n
    sqrt = math.sqrt
    for epoch in range(epochs):
        if tail and epoch > epochs - tail:
            for j in range(n):
                acc[j] += w[j]
        rng.shuffle(order)
        for i in order:
            feats = X[i]
            z = 0.0
            for f in feats:
                z += w[f]
            grad = _sigmoid(z) - y[i]
            if y[i] and pos_weight != 1.0:
                grad *= pos_weight
            if weights is not None:
                grad *= weights[i]
            for f in feats:
                wf = w[f]
                g = grad + l2 * wf
                acc2 = g2[f] + g * g
                g2[f] = acc2
                w[f] = wf - lr * g / (sqrt(acc2) + 1e-8)
    if tail:
        return [(a + v) / tail for a, v in zip(acc, w, strict=True)]
    return w


def _named(names: Sequence[str], w: Sequence[float]) -> dict[str, float]:
    return {k: round(v, 5) for k, v in zip(names, w, strict=True) if abs(v) > 1e-4}


@dataclass
class LogReg:
    """Logistic regression: ``p = sigmoid(sum of weights of the present features)``."""

    weights: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.5
    meta: dict = field(default_factory=dict)

    def prob(self, feats: Sequence[str]) -> float:
        """The probability that the event's sentence reports it (1.0 for an explicit report
        or a survived attack, which the filter never drops: :data:`STANDING`)."""
        if any(f in feats for f in STANDING):
            return 1.0
        w = self.weights
        return _sigmoid(sum(w.get(f, 0.0) for f in feats))

    def fit(self, X: Sequence[Sequence[str]], y: Sequence[float], *, l2: float = 0.1,
            epochs: int = 40, lr: float = 0.3, seed: int = 13, pos_weight: float = 1.0,
            min_count: int = 3, weights: Sequence[float] | None = None) -> LogReg:
        """Fit by AdaGrad on the logistic loss (positives weighted by ``pos_weight``).

        Features seen in fewer than ``min_count`` examples get no weight. L2 0.1 with
        ``min_count`` 3 (until 2026-11-29 session 3: 0.01 and 5): more, smaller weights;
        chosen by 10x5 CV on half B of the dev slice (docs/models/events.md).
        """
        names, rows = _indexed(X, min_count)
        w = _adagrad(rows, y, len(names), list(range(len(rows))), l2=l2, epochs=epochs, lr=lr,
                     seed=seed, pos_weight=pos_weight, weights=weights)
        self.weights = _named(names, w)
        return self

    def fit_bagged(self, X: Sequence[Sequence[str]], y: Sequence[float], groups: Sequence[object],
                   *, bags: int = BAGS, tail: int = TAIL, l2: float = 0.1, epochs: int = 40,
                   lr: float = 0.3, seed: int = 13, min_count: int = 3,
                   weights: Sequence[float] | None = None) -> list[float | None]:
        """Fit ``bags`` models (:meth:`fit`'s AdaGrad) on bootstrap resamples of the groups
        (a group = the examples of one sentence, drawn together) and keep the mean of their
        weights: one linear model (session 15). A single fit moved with its shuffling seed and
        with one to eight training rows (``--news-check`` F1 0.70–0.76 over seeds); the mean
        of the resampled fits does not. The feature set (``min_count``) is counted once on all
        of ``X``. Deterministic for a ``seed``. ``y`` may hold soft targets (0…1) and
        ``weights`` a weight per example (:func:`_adagrad`; session 17's annotator counts).

        Returns each example's out-of-bag logit — the mean over the models whose resample
        did not draw its group — or None when every resample drew it: the out-of-bag
        scores the decision threshold is read from."""
        names, rows = _indexed(X, min_count)
        keys = list(dict.fromkeys(groups))
        members: dict[object, list[int]] = {k: [] for k in keys}
        for i, g in enumerate(groups):
            members[g].append(i)
        rng = random.Random(seed)
        total = [0.0] * len(names)
        oob = [0.0] * len(rows)
        outs = [0] * len(rows)
        for b in range(bags):
            drawn = [keys[rng.randrange(len(keys))] for _ in keys]
            w = _adagrad(rows, y, len(names), [i for g in drawn for i in members[g]], l2=l2,
                         epochs=epochs, lr=lr, seed=seed * 1000 + b, tail=tail,
                         weights=weights)
            for j, v in enumerate(w):
                total[j] += v
            seen = set(drawn)
            for g in keys:
                if g in seen:
                    continue
                for i in members[g]:
                    oob[i] += _dot(rows[i], w)
                    outs[i] += 1
        self.weights = _named(names, [v / bags for v in total])
        return [z / n if n else None for z, n in zip(oob, outs, strict=True)]

    def save(self, path: Path = MODEL_PATH) -> None:
        data = {"threshold": self.threshold, "meta": self.meta,
                "weights": dict(sorted(self.weights.items()))}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> LogReg | None:
        """The model stored at ``path``, or None when there is none."""
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights=data["weights"], threshold=data["threshold"], meta=data.get("meta", {}))


def half_f1_threshold(probs: Sequence[float], y: Sequence[int]) -> float:
    """Half the best F1 reachable on ``(probs, y)``: for a calibrated classifier the
    F1-optimal threshold is F1*/2 (Lipton, Elkan & Naryanaswamy 2014). The best F1 is stable
    across resamples while its argmax is not (on 55 positives the argmax swung 0.12–0.64)."""
    t = best_threshold(probs, y)
    tp = sum(1 for p, g in zip(probs, y, strict=True) if p >= t and g)
    fp = sum(1 for p, g in zip(probs, y, strict=True) if p >= t and not g)
    fn = sum(1 for p, g in zip(probs, y, strict=True) if p < t and g)
    f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return round(f / 2, 2)


def best_threshold(probs: Sequence[float], y: Sequence[int]) -> float:
    """The decision threshold that maximises F1 on ``(probs, y)``."""
    best, best_f = 0.5, -1.0
    for t in [i / 100 for i in range(10, 91, 2)]:
        tp = sum(1 for p, g in zip(probs, y, strict=True) if p >= t and g)
        fp = sum(1 for p, g in zip(probs, y, strict=True) if p >= t and not g)
        fn = sum(1 for p, g in zip(probs, y, strict=True) if p < t and g)
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f > best_f:
            best, best_f = t, f
    return best
