"""The learned ASSAULT filter and session 18's precision families (ev18, issue #6): the families
are vetoes of the rules (:mod:`khabar.extract.events.precision`), so a vetoed candidate is neither
judged by the filter nor one of its training rows, and a toll over a period is historical — never
judged, never trained on; a report beside them stays a candidate of both.

Sentences written for these tests (not copied from the dev gold, the news day or ANERcorp).
"""

from __future__ import annotations

import pytest

from khabar.eval import events as ev
from khabar.extract.events import EventStage
from khabar.extract.events.model import applies
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def text_pipe() -> Pipeline:
    return Pipeline(["text", "times", "quantities", "quotes"])


def _row(pipe: Pipeline, text: str, label: str = "easy no") -> ev.Row:
    doc = pipe.analyze(text)
    return ev.Row("t:1", "ASSAULT", label, doc, EventStage(model=None).code(doc), {})


@pytest.mark.parametrize("text", [
    "وأدت السيول إلى تدمير عشرات المنازل في القرى الجبلية",        # a disaster's destruction
    "لقي أربعة أشخاص مصرعهم في حادث على طريق الرياض أمس",         # an accident
    "واستقبل قسم الطوارئ مساء أمس عشرين جريحا من المدينة",          # the wounded as patients
])
def test_a_vetoed_candidate_is_no_training_row(text_pipe, text):
    row = _row(text_pipe, text)
    assert not [e for e, _ in row.pairs if e.type == "ASSAULT"]
    assert ev.training_set([row]) == ([], [])


def test_a_toll_over_a_period_is_neither_judged_nor_trained_on(text_pipe):
    row = _row(text_pipe, "قتل 30 جنديا في هجمات للمتمردين خلال الشهر الماضي")
    evs = [e for e, _ in row.pairs if e.type == "ASSAULT"]
    assert evs and all(e.historical and not applies(e) for e in evs)
    assert ev.candidates(row) == []


def test_a_report_beside_them_stays_a_candidate(text_pipe):
    row = _row(text_pipe, "وأصيب ثلاثة جنود بجروح في انفجار عبوة ناسفة على الطريق أمس", "yes")
    assert ev.candidates(row)
    X, y = ev.training_set([row])
    assert X and y == [1] * len(X)
