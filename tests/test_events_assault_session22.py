"""Session 22 (ev22, issue #6): the relative-clause feature of the learned ASSAULT filter —
measured and held (docs/models/events.md, session 22): switched off, and when switched on a
candidate without its full pair whose trigger stands in a relative clause carries it."""

from __future__ import annotations

import pytest

from khabar.eval.events import _analyze, pipeline
from khabar.extract.events import EventStage
from khabar.extract.events import features as F
from khabar.extract.events.model import LogReg

IN_CLAUSE = ("وأكد مصدر بالشرطة اعتقال العشرات من المشتبه بهم في منطقة جرف الصخر التي قتل بها "
             "ثلاثة من الشرطة في هجوم انتحاري قبل أيام.")
MAIN = "وقتل ثلاثة من الشرطة في هجوم انتحاري في منطقة جرف الصخر أمس."


@pytest.fixture(scope="module")
def code():
    pipe, stage = pipeline(), EventStage(model=None)

    def run(text: str) -> list[list[str]]:
        return [f for e, f in stage.code(_analyze(pipe, text, "t")) if e.type == "ASSAULT"]
    return run


def test_the_feature_is_off_and_not_in_the_shipped_weights(code) -> None:
    assert F.RELATIVE_CLAUSE_FEATURE is False
    assert not any(F.RELATIVE_CLAUSE in f for f in code(IN_CLAUSE))
    assert not any(k.endswith(F.RELATIVE_CLAUSE) for k in LogReg.load().weights)


def test_switched_on_an_attack_in_a_relative_clause_carries_it(code, monkeypatch) -> None:
    monkeypatch.setattr(F, "RELATIVE_CLAUSE_FEATURE", True)
    feats = code(IN_CLAUSE)
    assert feats and all(F.RELATIVE_CLAUSE in f and f"ASSAULT|{F.RELATIVE_CLAUSE}" in f
                         for f in feats)
    feats = code(MAIN)
    assert feats and not any(F.RELATIVE_CLAUSE in f for f in feats)
