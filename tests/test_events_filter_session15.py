"""Session 15 (ev15): the ASSAULT filter as the mean of bootstrap fits (issue #6).

One AdaGrad fit moved with its shuffling seed and with one to eight training rows (the
retrained filter's ``--news-check`` F1 0.70–0.76 over seeds, 0.68–0.76 over a few dropped
rows); the shipped filter is now the mean weights of ``BAGS`` fits on bootstrap resamples of
the sentences, its threshold read from their out-of-bag scores (docs/models/events.md).
"""

from __future__ import annotations

import json
import math
import random

from khabar.document import Event, Span
from khabar.eval import events as ev
from khabar.extract.events.model import BAGS, SURVIVED, LogReg


def _reference_fit(X, y, l2=0.1, epochs=40, lr=0.3, seed=13, min_count=3):
    """The sessions 2–14 AdaGrad, written with dicts of feature names."""
    counts: dict[str, int] = {}
    for feats in X:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    X = [[f for f in feats if counts[f] >= min_count] for feats in X]
    rng = random.Random(seed)
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(X)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            z = sum(w.get(f, 0.0) for f in X[i])
            p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
            for f in X[i]:
                g = p - y[i] + l2 * w.get(f, 0.0)
                g2[f] = g2.get(f, 0.0) + g * g
                w[f] = w.get(f, 0.0) - lr * g / (math.sqrt(g2[f]) + 1e-8)
    return {k: round(v, 5) for k, v in w.items() if abs(v) > 1e-4}


def _noisy(n: int = 120, seed: int = 5) -> tuple[list[list[str]], list[int]]:
    """Examples whose label follows ``good``/``bad`` with label noise, plus distractors."""
    rng = random.Random(seed)
    X, y = [], []
    for _ in range(n):
        good = rng.random() < 0.4
        feats = ["bias", "good" if good else "bad"]
        feats += [f"d{rng.randrange(8)}", f"e{rng.randrange(5)}"]
        X.append(feats)
        y.append(int(good) if rng.random() < 0.8 else int(not good))
    return X, y


def test_single_fit_keeps_the_session_14_weights():
    X, y = _noisy()
    assert LogReg().fit(X, y).weights == _reference_fit(X, y)
    assert LogReg().fit(X, y, l2=0.3, seed=2).weights == _reference_fit(X, y, l2=0.3, seed=2)
    # a different seed is a different fit (the instability bagging removes)
    assert LogReg().fit(X, y, seed=2).weights != _reference_fit(X, y)


def test_bagged_fit_is_deterministic_and_seeded():
    X, y = _noisy()
    groups = list(range(len(X)))
    a, b, c = LogReg(), LogReg(), LogReg()
    oob_a = a.fit_bagged(X, y, groups, bags=8)
    oob_b = b.fit_bagged(X, y, groups, bags=8)
    c.fit_bagged(X, y, groups, bags=8, seed=14)
    assert a.weights == b.weights and oob_a == oob_b
    assert a.weights != c.weights
    assert a.weights["good"] > 0 > a.weights["bad"]


def test_feature_floor_counts_the_whole_training_set():
    # «f3» is in 3 examples — kept even when a resample draws fewer of them; «f2» never
    X = [["bias", "f3"]] * 3 + [["bias", "f2"]] * 2 + [["bias"]] * 5
    y = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    m = LogReg()
    m.fit_bagged(X, y, list(range(10)), bags=10)
    assert "f3" in m.weights and "f2" not in m.weights


def test_out_of_bag_scores_follow_whole_groups():
    X, y = _noisy(40)
    groups = [i // 2 for i in range(40)]  # two examples a sentence, drawn together
    oob = LogReg().fit_bagged(X, y, groups, bags=1)
    for i in range(0, 40, 2):
        assert (oob[i] is None) == (oob[i + 1] is None)
    # one resample draws about 63 % of the groups: the others have a score, the drawn none
    assert 0 < sum(z is None for z in oob) < 40
    # with many resamples every group is left out of some
    assert all(z is not None for z in LogReg().fit_bagged(X, y, groups, bags=30))


def _row(rid: str, label: str, feats: list[list[str]]) -> ev.Row:
    span = Span(start=0, end=1, text="x")
    pairs = [(Event(id=f"{rid}.{k}", type="ASSAULT", trigger=span, sentence=span), f)
             for k, f in enumerate(feats)]
    return ev.Row(rid, "ASSAULT", label, None, pairs, {})  # type: ignore[arg-type]


def test_out_of_bag_sentence_probabilities():
    rows = [_row("a", "yes", [["bias"], ["bias", "x"]]), _row("b", "easy no", [["bias"]]),
            _row("c", "yes", [["bias", SURVIVED]]), _row("d", "easy no", [])]
    oob = [0.0, 2.0, -1.0, -5.0]
    probs, gold = ev.oob_probs(rows, oob)
    assert gold == [1, 0, 1]
    assert math.isclose(probs[0], 1 / (1 + math.exp(-2.0)))  # the sentence's best candidate
    assert math.isclose(probs[1], 1 / (1 + math.exp(1.0)))
    assert probs[2] == 1.0  # a standing event, as LogReg.prob gives it
    # a sentence some resample always drew has no out-of-bag score and is left out
    probs, gold = ev.oob_probs(rows, [0.0, None, -1.0, -5.0])
    assert gold == [0, 1] and len(probs) == 2


def test_eval_fit_uses_the_bagged_learner_by_default(monkeypatch):
    X, y = _noisy(150)
    rows = [_row(f"r{i}", "yes" if y[i] else "easy no", [X[i]]) for i in range(150)]
    assert ev.bags == BAGS > 0
    monkeypatch.setattr(ev, "bags", 6)
    bagged = ev.fit(rows)
    ref = LogReg()
    ref.fit_bagged(X, y, [r.id for r in rows], bags=6)
    assert bagged.weights == ref.weights
    assert 0.0 < bagged.threshold < 1.0
    monkeypatch.setattr(ev, "bags", 0)
    single = ev.fit(rows)
    assert single.weights == _reference_fit(X, y)
    assert single.weights != bagged.weights


def test_shipped_filter_is_the_bagged_learner():
    model = LogReg.load()
    assert model is not None
    assert model.meta.get("bags") == BAGS
    assert model.meta.get("threshold_scores") == "out-of-bag"


def test_anercorp_command_scores_rules_and_filter(tmp_path, capsys):
    import pytest

    from khabar.eval import events_anercorp as ea
    from khabar.eval.corpus import shared_dir

    if not (shared_dir() / ea.CORPUS).exists():
        pytest.skip("shared ANERcorp not present")
    labels = [x for x in ea.read_labels() if x["label"] in ("yes", "no")]
    pick = [next(x for x in labels if x["type"] == "ASSAULT" and x["label"] == "yes"),
            next(x for x in labels if x["type"] == "ASSAULT" and x["label"] == "no"),
            next(x for x in labels if x["type"] == "PROTEST")]
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in pick), encoding="utf-8")
    keep_none = tmp_path / "none.json"
    LogReg(weights={"bias": -9.0}, threshold=0.5).save(keep_none)
    ea.main(["--labels", str(path), "--no-entities", "--model", str(keep_none)])
    out = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in out] == [
        "anercorp ASSAULT rules", "anercorp ASSAULT rules + filter", "anercorp PROTEST rules"]
    counts = [[int(n) for n in line.split("TP/FP/FN ")[1].split("/")] for line in out]
    # one labelled "yes" ASSAULT sentence (found or missed) and one "no" (a false positive or not)
    assert [tp + fn for tp, _, fn in counts[:2]] == [1, 1]
    assert counts[2][0] + counts[2][2] == (pick[2]["label"] == "yes")
    # a filter that drops every event it judges keeps no more than the rules
    assert counts[1][0] <= counts[0][0] and counts[1][1] <= counts[0][1]
