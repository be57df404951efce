"""Session 22 (ev22, issue #6): the relative-clause feature of the learned ASSAULT filter
(docs/models/events.md, session 22; shipped on the lead's call): a candidate without its full
pair whose trigger stands in a relative clause carries it; one in a main clause does not."""

from __future__ import annotations

import pytest

from khabar.eval.events import _analyze, pipeline
from khabar.extract.events import EventStage
from khabar.extract.events import features as F

IN_CLAUSE = ("وأكد مصدر بالشرطة اعتقال العشرات من المشتبه بهم في منطقة جرف الصخر التي قتل بها "
             "ثلاثة من الشرطة في هجوم انتحاري قبل أيام.")
MAIN = "وقتل ثلاثة من الشرطة في هجوم انتحاري في منطقة جرف الصخر أمس."


@pytest.fixture(scope="module")
def code():
    pipe, stage = pipeline(), EventStage(model=None)

    def run(text: str) -> list[list[str]]:
        return [f for e, f in stage.code(_analyze(pipe, text, "t")) if e.type == "ASSAULT"]
    return run


def test_the_feature_is_on() -> None:
    assert F.RELATIVE_CLAUSE_FEATURE is True


def test_an_attack_in_a_relative_clause_carries_it(code) -> None:
    feats = code(IN_CLAUSE)
    assert feats and all(F.RELATIVE_CLAUSE in f and f"ASSAULT|{F.RELATIVE_CLAUSE}" in f
                         for f in feats)


def test_an_attack_in_a_main_clause_does_not(code) -> None:
    feats = code(MAIN)
    assert feats and not any(F.RELATIVE_CLAUSE in f for f in feats)
