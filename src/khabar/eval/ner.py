"""conlleval-style NER scoring: exact-span precision, recall and F1, micro and per type.

An entity is a maximal ``B-X I-X …`` run (an ``I-X`` after ``O`` or another type starts a
new one, as in conlleval); a predicted entity counts only if its start, end and type all
equal a gold entity's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from khabar.ner.conll import spans


@dataclass
class Score:
    """Counts and derived precision/recall/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Micro-averaged score, per-type scores and token accuracy."""

    micro: Score = field(default_factory=Score)
    per_type: dict[str, Score] = field(default_factory=dict)
    tokens: int = 0
    correct_tokens: int = 0

    def as_dict(self) -> dict:
        def d(s: Score) -> dict:
            return {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}

        return {
            "micro": d(self.micro),
            "per_type": {k: d(v) for k, v in sorted(self.per_type.items())},
            "tokens": self.tokens,
            "accuracy": round(self.correct_tokens / self.tokens, 4) if self.tokens else 0.0,
        }

    def table(self) -> str:
        rows = [f"{'type':6} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6}"]
        for name, s in [*sorted(self.per_type.items()), ("micro", self.micro)]:
            rows.append(
                f"{name:6} {s.precision:7.4f} {s.recall:7.4f} {s.f1:7.4f} {s.tp + s.fn:6d} {s.tp + s.fp:6d}"
            )
        return "\n".join(rows)


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> Report:
    """Score predicted BIO sequences against gold ones, sentence by sentence."""
    rep = Report()
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError(f"sentence length mismatch: gold {len(g)} vs predicted {len(p)}")
        rep.tokens += len(g)
        rep.correct_tokens += sum(1 for a, b in zip(g, p, strict=True) if a == b)
        gs = Counter(spans(list(g)))
        ps = Counter(spans(list(p)))
        for span in set(gs) | set(ps):
            typ = span[2]
            s = rep.per_type.setdefault(typ, Score())
            tp = min(gs[span], ps[span])
            s.tp += tp
            s.fp += ps[span] - tp
            s.fn += gs[span] - tp
    for s in rep.per_type.values():
        rep.micro.tp += s.tp
        rep.micro.fp += s.fp
        rep.micro.fn += s.fn
    return rep
