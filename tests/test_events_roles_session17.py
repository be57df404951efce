"""Session 17 (evr17): ASSAULT roles — «others» are the victims named before (وجرح 400 آخرون),
added after the filter's features — docs/events.md "ASSAULT roles, session 17 (evr17)".

Sentences written for these tests (not copied from the dev gold or the news day); the rules
without the learned filter (a retrained filter cannot turn a role test red or green) and without
the entity stage.
"""

from __future__ import annotations

import pytest
from event_helpers import RULE_STAGES, assault_parties, rules_only

from khabar.extract.events import EventStage
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return rules_only(RULE_STAGES)


def _assaults(pipe: Pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    """(trigger, actors, recipients) of every ASSAULT event, each span checked against the text."""
    return assault_parties(pipe, text)


def _of(pipe: Pipeline, text: str, trigger: str) -> tuple[list[str], list[str]]:
    found = [(a, r) for t, a, r in _assaults(pipe, text) if t == trigger]
    assert found, _assaults(pipe, text)
    return found[0]


# --- «others»: the victims named before -------------------------------------------------------

@pytest.mark.parametrize("text, trigger, victim", [
    ("قتل 12 من عناصر الميليشيا وجرح ثلاثة آخرين في القصف.", "جرح", "عناصر الميليشيا"),
    ("قال الضابط إن سبعة أشخاص لقوا حتفهم وأصيب 20 آخرون في التفجير.", "أصيب", "أشخاص"),
    ("أسفر الانفجار عن مقتل 15 مدنيا وجرح عشرة آخرين.", "جرح", "مدنيا"),
    ("لقي عدد من المسلحين مصرعهم وأصيب آخرون في المعارك.", "أصيب", "المسلحين"),
])
def test_others_are_the_victims_named_before(pipe: Pipeline, text: str, trigger: str,
                                             victim: str) -> None:
    _, recipients = _of(pipe, text, trigger)
    assert victim in recipients


@pytest.mark.parametrize("text, trigger", [
    ("قتل 12 من عناصر الميليشيا وجرح ثلاثة في القصف.", "جرح"),        # no «others»: no one named
    ("نفذ انتحاري الهجوم الأول ونفذه انتحاري آخر بعد ساعة.", "انتحاري"),  # another bomber, no casualty
])
def test_no_others_no_borrowed_victims(pipe: Pipeline, text: str, trigger: str) -> None:
    for t, _, recipients in _assaults(pipe, text):
        if t == trigger:
            assert "عناصر الميليشيا" not in recipients and "الهجوم" not in recipients


def test_others_do_not_reach_the_filter() -> None:
    """The filter's features are taken before «others» is read: the wounding event keeps
    ``nrec=0`` while its recipient is the victims named before."""
    doc = Pipeline(["text"]).analyze("قتل 12 من عناصر الميليشيا وجرح ثلاثة آخرين في القصف.")
    pairs = [(e, f) for e, f in EventStage(model=None).code(doc) if e.trigger.text == "جرح"]
    assert pairs
    ev, feats = pairs[0]
    assert [r.text for r in ev.recipient] == ["عناصر الميليشيا"]
    assert "nrec=0" in feats and "rsec=None" not in feats


def test_others_need_no_actor(pipe: Pipeline) -> None:
    """With an actor the event would become a full pair the filter does not judge: «others» is
    not read then (the filter's decision stays as it was)."""
    events = _assaults(pipe, "هاجم مسلحون القرية وقتلوا ثلاثة آخرين.")
    assert [t for t, _, _ in events] == ["هاجم", "قتلوا"]
    _, actors, recipients = events[1]
    assert actors == ["مسلحون"] and recipients == []


def test_one_of_a_group_is_no_count_of_others(pipe: Pipeline) -> None:
    """«إحدى المدرعات» is one vehicle, not the victims «others» goes back to."""
    for _, _, recipients in _assaults(
            pipe, "أثناء سير إحدى الشاحنات قتل سائقها وأصيب ثلاثة آخرون في الانفجار."):
        assert "الشاحنات" not in recipients
