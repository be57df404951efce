"""The forward clause walk (`events.walk.words_forward`) the evaluation-verb and remedy checks
share: the tokens after a trigger, in order, at most a reach of them, never past punctuation."""

from __future__ import annotations

from khabar.extract.events.walk import words_forward
from khabar.pipeline import Pipeline


def _texts(text: str, first_word: str, reach: int) -> list[str]:
    toks = Pipeline(["text"]).analyze(text).tokens
    first = next(i for i, t in enumerate(toks) if t.text == first_word)
    return [toks[j].text for j in words_forward(toks, first, reach)]


def test_the_forward_walk_stops_at_punctuation() -> None:
    assert _texts("إن التفجير يعد جريمة، وقال الوزير", "يعد", 10) == ["يعد", "جريمة"]


def test_the_forward_walk_keeps_to_its_reach_and_the_sentence_end() -> None:
    assert _texts("إن التفجير يعد جريمة نكراء بحق الأبرياء", "يعد", 3) == ["يعد", "جريمة", "نكراء"]
    assert _texts("إن التفجير يعد جريمة", "جريمة", 5) == ["جريمة"]
