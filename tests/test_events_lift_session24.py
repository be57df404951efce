"""Session 24 (ev24, issue #6): the precision vetoes lifted — an evaluation setting, never the
pipeline's. ``EventStage(lift_vetoes=True)`` (``evidence.keep(..., lift=True)``) codes the asserted
ASSAULT candidates that a blocked frame, harm no attack caused or a discourse veto would drop, while
the rules' own tests still reject; ``khabar.eval.events.lifted`` and ``repeated_cv(scored=)`` score a
filter trained as shipped on those rows (``python -m khabar.eval.events --lift-vetoes``): half A's
estimate of text the vetoes were not written from (docs/models/events.md, session 24).

Sentences written for these tests (session 18's veto sentences and reports); the rules alone.
"""

from __future__ import annotations

import pytest
from event_helpers import reported

from khabar.eval import events as ev
from khabar.extract.events import EventStage
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipes() -> tuple[Pipeline, Pipeline]:
    shipped_rules = Pipeline(["text", "events"])
    next(s for s in shipped_rules.stages if s.name == "events").model = None
    lifting = Pipeline(["text", "events"])
    stage = next(s for s in lifting.stages if s.name == "events")
    stage.model, stage.lift_vetoes = None, True
    return shipped_rules, lifting


VETOED = [
    # a condemnation of a known attack (a blocked frame)
    "وأعرب الوزير عن إدانته للتفجير الذي استهدف مسجدا في المدينة أمس",
    # an animal's attack (harm no attack caused)
    "وأصيب صياد بجروح في هجوم شنه دب في الغابة أمس",
    # a road accident (harm no attack caused)
    "لقي أربعة أشخاص مصرعهم وأصيب سبعة في حادث على طريق الرياض أمس",
]


@pytest.mark.parametrize("text", VETOED)
def test_a_vetoed_attack_word_is_coded_with_the_vetoes_lifted(pipes, text):
    rules, lifting = pipes
    assert not reported(rules, text)
    assert reported(lifting, text)


@pytest.mark.parametrize("text", [
    # reports: the same events either way
    "قتل مسلحون عشرة جنود في هجوم على قاعدة عسكرية أمس",
    "وأصيب ثلاثة جنود بجروح في انفجار عبوة ناسفة على الطريق أمس",
    # a plan: not asserted, so nothing is lifted
    "وكشفت السلطات مؤامرة لاغتيال وزير الداخلية",
    # the rules' own test stays: a weak attack word with no attack cue near it
    "واستهدفت الحملة الشباب في المدارس",
])
def test_sentences_without_a_lifted_veto_code_the_same(pipes, text):
    rules, lifting = pipes
    a, b = rules.analyze(text), lifting.analyze(text)
    assert [(e.type, e.trigger.text, e.modality) for e in a.events] == \
        [(e.type, e.trigger.text, e.modality) for e in b.events]


def test_the_pipeline_stage_never_lifts():
    assert EventStage(model=None).lift_vetoes is False
    assert next(s for s in Pipeline(["text", "events"]).stages if s.name == "events").lift_vetoes is False


def test_lifted_rows_keep_ids_labels_and_swap_the_events(pipes):
    rules, _ = pipes
    stage, lifting = EventStage(model=None), EventStage(model=None, lift_vetoes=True)
    rows = []
    for i, (text, label) in enumerate([(VETOED[0], "easy no"),
                                       ("قتل مسلحون عشرة جنود في هجوم على قاعدة عسكرية أمس", "yes")]):
        doc = rules.analyze(text, id=f"s{i}")
        rows.append(ev.Row(f"s{i}", "ASSAULT", label, doc, stage.code(doc), {}, 0, 3,
                           lifting.code(doc)))
    out = ev.lifted(rows)
    assert [(r.id, r.label) for r in out] == [(r.id, r.label) for r in rows]
    assert [r.pairs for r in out] == [r.lifted for r in rows]
    # scored by the rules alone: the lifted condemnation is a false positive, the report a true one
    assert ev.scores(rows, ev.keep_all)["detection_easy"]["fp"] == 0
    m = ev.scores(out, ev.keep_all)["detection_easy"]
    assert (m["tp"], m["fp"], m["fn"]) == (1, 1, 0)


def test_lifted_candidates_are_training_rows_only_with_the_signal(pipes, monkeypatch):
    rules, _ = pipes
    stage, lifting = EventStage(model=None), EventStage(model=None, lift_vetoes=True)
    doc = rules.analyze(VETOED[1], id="s0")  # the bear's attack: vetoed, lifted
    row = ev.Row("s0", "ASSAULT", "easy no", doc, stage.code(doc), {}, 0, 3, lifting.code(doc))
    lifted = ev.lifted_candidates(row)
    assert [e.trigger.text for e, _ in lifted] == ["أصيب"]
    monkeypatch.setattr(ev, "signal", ev.Signal(soft=True, easy_threshold=True))
    assert ev.candidates(row) == []  # sessions 17–23's signal: the vetoed candidate is no row
    monkeypatch.setattr(ev, "signal", ev.Signal(soft=True, easy_threshold=True, lifted=0.5))
    assert ev.candidates(row) == lifted
    X, y = ev.training_set([row])
    assert len(X) == 1 and y == [0.0]
    assert ev.example_weights([row]) == [0.5]
