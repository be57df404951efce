"""The narrower standing rule of session 20 (ev20, issue #6): a full actor–recipient pair whose
trigger stands in a relative clause («التحالف الدولي الذي يقصف التنظيم …») is judged by the learned
filter (and is one of its training rows) instead of standing unjudged; a pair in a main clause
still stands. Sentences written for these tests; the filter replaced by one that rejects every
event it judges, so the tests do not depend on the shipped weights.
"""

from __future__ import annotations

import pytest
from event_helpers import reported, rules_only
from event_helpers import text_tokens as _tokens

from khabar.extract.events.features import relative_clause
from khabar.extract.events.model import RELATIVE_PAIR, LogReg, applies, stands
from khabar.pipeline import Pipeline

RELATIVE = "وقال إن التحالف الدولي الذي يقصف التنظيم المتطرف في العراق سيرسل مقاتلات جديدة"
MAIN = "قصف الطيران الحربي مواقع المسلحين في المدينة أمس"


@pytest.fixture(scope="module")
def rejecting() -> Pipeline:
    """The rules with a filter that rejects every event it judges (no weights: p = 0.5)."""
    p = rules_only()
    next(s for s in p.stages if s.name == "events").model = LogReg(threshold=0.99)
    return p


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return rules_only()


def _pairs(pipe: Pipeline, text: str) -> list:
    stage = next(s for s in pipe.stages if s.name == "events")
    return [(e, f) for e, f in stage.code(pipe.analyze(text)) if e.type == "ASSAULT"]


def test_a_relative_pair_is_marked_and_judged(rules, rejecting):
    (ev, feats), = _pairs(rules, RELATIVE)
    assert ev.actor and ev.recipient and RELATIVE_PAIR in feats
    assert applies(ev, feats) and not stands(ev, feats)
    assert reported(rules, RELATIVE)
    assert not reported(rejecting, RELATIVE)


def test_a_main_clause_pair_still_stands(rules, rejecting):
    (ev, feats), = _pairs(rules, MAIN)
    assert ev.actor and ev.recipient and RELATIVE_PAIR not in feats
    assert not applies(ev, feats) and stands(ev, feats)
    assert reported(rejecting, MAIN)


def test_the_main_pair_keeps_its_sentence(rejecting):
    # a standing pair in the main clause keeps the sentence's other attack events (session 9)
    text = "وقتل مسلحون ثلاثة جنود في الهجوم الذي استهدف نقطة تفتيش أمس"
    assert len(reported(rejecting, text)) == 2


def test_applies_without_features_is_the_old_rule(rules):
    (ev, feats), = _pairs(rules, RELATIVE)
    assert not applies(ev)  # no features given: a full pair stands, as before session 20


def test_relative_clause_stops_at_punctuation():
    toks = _tokens("التحالف الذي يقصف التنظيم")
    assert relative_clause(toks, 2)
    toks = _tokens("التحالف الذي أعلن ذلك، يقصف التنظيم")
    assert not relative_clause(toks, 5)
    toks = _tokens("يقصف التحالف التنظيم")
    assert not relative_clause(toks, 0)
