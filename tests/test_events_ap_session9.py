"""ASSAULT/PROTEST, session 9 (issue #6): the learned filter decides sentence by sentence —
a sentence that reports an attack keeps every attack predicate it holds, with its parties.

Sentences written for these tests (not copied from the dev gold or the news day).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from khabar.extract.events.model import LogReg, sentence_keeps
from khabar.pipeline import Pipeline


def _ev(start: int, type_: str = "ASSAULT", modality: str = "asserted",
        historical: bool = False) -> SimpleNamespace:
    return SimpleNamespace(type=type_, modality=modality, historical=historical,
                           sentence=SimpleNamespace(start=start))


def test_a_reporting_sentence_keeps_its_other_attack_predicates() -> None:
    kept, dropped, other_sentence = _ev(0), _ev(0), _ev(50)
    pairs = [(kept, ["a"]), (dropped, ["b"]), (other_sentence, ["b"])]
    assert sentence_keeps(pairs, lambda e, f: f == ["a"]) == [True, True, False]


@pytest.mark.parametrize("first", [
    _ev(0, modality="future"),       # a planned attack reports none
    _ev(0, modality="negated"),
    _ev(0, historical=True),         # a past attack retold with its year
    _ev(0, type_="PROTEST"),         # another type (not filtered) vouches for no attack
])
def test_only_an_asserted_current_attack_vouches_for_its_sentence(first) -> None:
    pairs = [(first, ["a"]), (_ev(0), ["b"])]
    assert sentence_keeps(pairs, lambda e, f: f == ["a"]) == [True, False]


def test_nothing_kept_nothing_added() -> None:
    pairs = [(_ev(0), ["b"]), (_ev(0), ["b"])]
    assert sentence_keeps(pairs, lambda e, f: False) == [False, False]


@pytest.fixture(scope="module")
def strict() -> Pipeline:
    # a filter that rejects every event it judges (probability 0.5 < threshold 0.9)
    p = Pipeline(["text", "events"])
    next(s for s in p.stages if s.name == "events").model = LogReg(threshold=0.9)
    return p


def test_the_stage_keeps_the_wounding_of_a_reported_killing(strict: Pipeline) -> None:
    # the killing has actor and victims (the filter does not judge it); the wounding has no
    # actor and would be judged — and dropped — alone
    text = ("قتل مسلحون ثلاثة جنود في بغداد أمس وأصيب خمسة آخرون بجروح. "
            "وأصيب طفل بجروح في حادث آخر.")
    doc = strict.analyze(text)
    evs = [e for e in doc.events if e.type == "ASSAULT"]
    first = doc.text.index(".")
    assert [e.trigger.text for e in evs if e.trigger.start < first] == ["قتل", "أصيب"]
    assert not [e for e in evs if e.trigger.start > first]
    wounded = next(e for e in evs if e.trigger.text == "أصيب")
    assert wounded.confidence == 0.5


def test_the_evaluation_keeps_events_as_the_stage_does() -> None:
    from khabar.eval.events import Row, model_keep
    from khabar.extract.events.model import applies

    def ev(start: int, actor: bool) -> SimpleNamespace:
        e = _ev(start)
        e.actor, e.recipient = (["a"] if actor else []), ["r"]
        return e
    full, judged, alone = ev(0, True), ev(0, False), ev(40, False)
    assert not applies(full) and applies(judged)
    row = Row("x", "ASSAULT", "yes", None, [(full, ["f"]), (judged, ["f"]), (alone, ["f"])], {})
    keep = model_keep(LogReg(threshold=0.9))(row)  # rejects every event it judges
    assert [keep(row, e, f) for e, f in row.pairs] == [True, True, False]
