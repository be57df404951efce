"""Session 17 (ev17): the gold's annotator counts as the ASSAULT filter's training signal.

The benchmark labels each sentence with how many annotators accepted it (``accept`` of
``total``): "yes" is unanimous, "easy no" unanimous against, "difficult no" split, "ambiguous"
left out. Detection is scored against unanimous negatives; the filter had trained every
"difficult no" as a hard 0. :class:`khabar.eval.events.Signal` switches (a) soft targets,
(b) the weight of "difficult no" rows, (c) ambiguous rows with their accept share and (d) the
threshold read against unanimous negatives only (docs/models/events.md, session 17).
"""

from __future__ import annotations

import argparse
import math
import random

import pytest

from khabar.document import Event, Span
from khabar.eval import events as ev
from khabar.extract.events.model import LogReg, _adagrad


def _row(rid: str, label: str, feats: list[list[str]], accept: int = 0, total: int = 0) -> ev.Row:
    span = Span(start=0, end=1, text="x")
    pairs = [(Event(id=f"{rid}.{k}", type="ASSAULT", trigger=span, sentence=span), f)
             for k, f in enumerate(feats)]
    return ev.Row(rid, "ASSAULT", label, None, pairs, {}, accept, total)  # type: ignore[arg-type]


def _rows() -> list[ev.Row]:
    return [_row("y", "yes", [["bias", "a"]], 3, 3),
            _row("e", "easy no", [["bias", "b"]], 0, 3),
            _row("d", "difficult no", [["bias", "c"], ["bias", "c", "d"]], 1, 3),
            _row("m", "ambiguous", [["bias", "a"]], 2, 3)]


@pytest.fixture
def signal(monkeypatch):
    """Set :data:`ev.signal` for one test."""
    def set_(**kw) -> ev.Signal:
        s = ev.Signal(**kw)
        monkeypatch.setattr(ev, "signal", s)
        return s
    return set_


def test_shipped_signal_is_soft_with_the_unanimous_threshold():
    # (session 24) with the candidates the precision vetoes hide as training rows, weight 1
    assert ev.signal == ev.Signal(soft=True, easy_threshold=True, lifted=1.0)
    assert ev.signal != ev.Signal()
    model = LogReg.load()
    assert model is not None
    assert model.meta.get("signal") == {"soft": True, "difficult": 1.0, "ambiguous": False,
                                        "easy_threshold": True, "lifted": 1.0}


def test_plain_signal_is_the_learner_of_sessions_2_to_16(signal):
    signal()
    X, y = ev.training_set(_rows())
    # yes = 1, both kinds of no = 0, the ambiguous sentence out, one example per candidate
    assert X == [["bias", "a"], ["bias", "b"], ["bias", "c"], ["bias", "c", "d"]]
    assert y == [1, 0, 0, 0]
    assert ev.example_weights(_rows()) is None


def test_soft_targets_are_the_accept_share(signal):
    signal(soft=True)
    _, y = ev.training_set(_rows())
    assert y == [1.0, 0.0, pytest.approx(1 / 3), pytest.approx(1 / 3)]
    # rows without counts (our news-day and ANERcorp labels) keep their hard label
    assert ev.target(_row("n", "yes", [["bias"]])) == 1
    assert ev.target(_row("n", "easy no", [["bias"]])) == 0


def test_difficult_weight_and_leaving_them_out(signal):
    signal(difficult=0.25)
    assert ev.example_weights(_rows()) == [1.0, 1.0, 0.25, 0.25]
    signal(difficult=0.0)
    X, y = ev.training_set(_rows())
    assert X == [["bias", "a"], ["bias", "b"]] and y == [1, 0]
    assert [r.id for r in ev.trained(_rows())] == ["y", "e"]
    assert ev.example_weights(_rows()) is None


def test_ambiguous_rows_train_with_their_share_and_are_never_scored(signal):
    signal(ambiguous=True)
    X, y = ev.training_set(_rows())
    assert len(X) == 5 and y[-1] == pytest.approx(2 / 3)
    # scoring is unchanged: the ambiguous sentence is neither a positive nor a negative
    keep = ev.keep_all
    with_amb = ev.scores(_rows(), keep)
    without = ev.scores([r for r in _rows() if r.label != "ambiguous"], keep)
    assert with_amb == without
    assert "ambiguous" not in with_amb["n"]


def test_out_of_bag_threshold_rows(signal):
    rows = _rows()
    oob = [0.0, -1.0, 1.0, 2.0, 3.0]  # one logit per example of the trained rows (ambiguous in)
    signal(ambiguous=True)
    _, gold = ev.oob_probs(rows, oob)
    assert gold == [1, 0, 0]  # the ambiguous sentence trains but is not thresholded
    signal(ambiguous=True, easy_threshold=True)
    probs, gold = ev.oob_probs(rows, oob)
    assert gold == [1, 0]  # against unanimous negatives only
    assert math.isclose(probs[1], 1 / (1 + math.exp(1.0)))
    # default: every no counts, and the logits align without the ambiguous row's example
    signal()
    probs, gold = ev.oob_probs(rows, oob[:4])
    assert gold == [1, 0, 0] and math.isclose(probs[2], 1 / (1 + math.exp(-2.0)))


def test_unit_weights_leave_the_fit_byte_identical():
    rng = random.Random(3)
    X = [[0, rng.randrange(1, 6)] for _ in range(60)]
    y = [rng.random() < 0.3 for _ in range(60)]
    kw = dict(l2=0.1, epochs=5, lr=0.3, seed=7)
    plain = _adagrad(X, y, 6, list(range(60)), **kw)
    assert _adagrad(X, y, 6, list(range(60)), weights=[1.0] * 60, **kw) == plain
    assert _adagrad(X, y, 6, list(range(60)), weights=[0.5] * 60, **kw) != plain


def test_zero_weight_examples_teach_nothing():
    # feature 2 occurs only in zero-weight examples: its weight stays 0 (no loss gradient,
    # and its L2 step is 0 at 0); feature 1 learns from the weighted ones
    X = [[0, 1]] * 10 + [[0, 2]] * 10
    y = [1] * 10 + [0] * 10
    w = _adagrad(X, y, 3, list(range(20)), l2=0.1, epochs=10, lr=0.3, seed=1,
                 weights=[1.0] * 10 + [0.0] * 10)
    assert w[2] == 0.0 and w[1] > 0


def test_soft_target_pulls_towards_its_share():
    # one feature, every example's target 0.25: the fit's probability approaches 0.25
    # (a hard 0 would push it towards 0)
    X = [["bias", "s"]] * 40
    soft = LogReg().fit(X, [0.25] * 40, l2=0.0, epochs=200)
    hard = LogReg().fit(X, [0] * 40, l2=0.0, epochs=200)
    assert abs(soft.prob(["bias", "s"]) - 0.25) < 0.03
    assert hard.prob(["bias", "s"]) < 0.05


def test_bagged_fit_aligns_groups_with_the_trained_rows(signal, monkeypatch):
    rng = random.Random(8)
    rows = []
    for i in range(80):
        label = rng.choice(["yes", "easy no", "difficult no", "ambiguous"])
        acc = {"yes": 3, "easy no": 0, "difficult no": 1, "ambiguous": 2}[label]
        rows.append(_row(f"r{i}", label, [["bias", f"f{rng.randrange(3)}"]] * rng.randrange(1, 3),
                         acc, 3))
    monkeypatch.setattr(ev, "bags", 5)
    for kw in ({}, {"difficult": 0.0}, {"ambiguous": True, "soft": True}, {"easy_threshold": True}):
        signal(**kw)
        model, oob = ev._fit_weights(rows)
        assert len(oob) == len(ev.training_set(rows)[0])
        probs, gold = ev.oob_probs(rows, oob)
        counted = [r for r in ev.trained(rows) if ev.thresholded(r)]
        assert len(gold) <= len(counted)
        assert set(gold) <= {0, 1}
        if kw.get("easy_threshold"):
            assert len(gold) <= sum(r.label in ("yes", "easy no") for r in rows)


def test_command_line_switches():
    ap = argparse.ArgumentParser()
    ev.add_signal_args(ap)
    shipped = ev.signal
    args = ap.parse_args(["--soft", "--difficult", "0.5", "--ambiguous", "--easy-threshold"])
    try:
        # --lifted keeps the shipped weight (session 24)
        assert ev.set_signal(args) == ev.Signal(True, 0.5, True, True, shipped.lifted)
        assert ev.signal == ev.Signal(True, 0.5, True, True, shipped.lifted)
        # without switches: the shipped signal
        assert ev.set_signal(ap.parse_args([])) == shipped
        assert ev.set_signal(ap.parse_args(["--no-soft", "--difficult", "1", "--no-ambiguous",
                                            "--no-easy-threshold", "--lifted", "0"])) == ev.Signal()
    finally:
        ev.signal = shipped
