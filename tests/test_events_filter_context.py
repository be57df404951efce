"""Tests for the filter feature that counts a sentence's asserted events coded so far
(khabar.extract.events.features.asserted_so_far)."""

from khabar.document import Token
from khabar.extract.events import EventStage
from khabar.extract.events.features import asserted_so_far
from khabar.pipeline import Pipeline


def _tokens(n: int) -> list[Token]:
    return [Token(start=i, end=i + 1, text="x", norm="x", base="x") for i in range(n)]


def _so_far(feats: list[str]) -> list[str]:
    return [f for f in feats if f.startswith("asserted_so_far=")]


def test_counts_asserted_events_of_the_type_in_word_order():
    toks = _tokens(10)
    assert asserted_so_far(toks, 0, "ASSAULT", True) == 1
    assert asserted_so_far(toks, 3, "ASSAULT", False) == 1  # a hypothetical one adds nothing
    assert asserted_so_far(toks, 5, "PROTEST", True) == 1  # counted per type
    assert asserted_so_far(toks, 7, "ASSAULT", True) == 2


def test_a_new_sentence_or_a_repeated_pass_starts_a_new_count():
    toks, other = _tokens(10), _tokens(10)
    assert asserted_so_far(toks, 2, "ASSAULT", True) == 1
    assert asserted_so_far(other, 4, "ASSAULT", True) == 1  # another token list
    assert asserted_so_far(other, 4, "ASSAULT", True) == 1  # the same event again
    assert asserted_so_far(other, 0, "ASSAULT", True) == 1  # not after the previous one


def test_stage_features_count_the_incident_predicates():
    pipe = Pipeline(["text", "times", "quantities", "quotes", "events"])
    doc = pipe.analyze("قتل مسلحون ثلاثة جنود وجرحوا خمسة آخرين في هجوم على نقطة تفتيش شمال "
                       "بغداد أمس.", id="t")
    stage = EventStage(model=None)
    first = [_so_far(f) for e, f in stage.code(doc) if e.type == "ASSAULT"]
    assert first == [["asserted_so_far=1"], ["asserted_so_far=2"]]
    # coding the same document again gives the same features
    assert [_so_far(f) for e, f in stage.code(doc) if e.type == "ASSAULT"] == first
