"""Trigger senses of the 14 event types other than ASSAULT/PROTEST, session 21 (evt21; issue #6): with the entity
stage, a trigger inside a person's or an organisation's name («جلال طالباني»، «طالب الحسيني»، «منظمة الأمن والتعاون
في أوروبا») names the person or body, no act (``trigger_senses21.inside_name``). Written sentences (none from a
corpus)."""

from __future__ import annotations

import pytest

from khabar.extract.events.trigger_senses21 import inside_name
from khabar.extract.events.triggers import Candidate
from khabar.pipeline import Pipeline
from tests import event_helpers
from tests.event_helpers import events_of

pipe = event_helpers.frame_pipe
rules = event_helpers.rules_pipe


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("وكان الرئيس العراقي جلال طالباني قد حذر من التدخل في شؤون العراق.", "REQUEST", "طالباني"),
    ("وأيد النائب تصريحات الرئيس جلال طالباني حول الرد على دول الجوار.", "REQUEST", "طالباني"),
    ("وأعلنت منظمة الأمن والتعاون في أوروبا أن سيارات تابعة لها أحرقت في دونيتسك.", None, "التعاون"),
    ("وشارك في الندوة خبراء من منظمة التنمية والتعاون الاقتصادي في باريس.", None, "التعاون"),
    ("وأكد طالب الحسيني أن الحكومة رفضت الطلب.", "REQUEST", "طالب"),
])
def test_a_trigger_inside_a_name_is_no_event(pipe: Pipeline, text: str, type_: str | None, trigger: str) -> None:
    assert [e for e in events_of(pipe, text, type_) if e.trigger.text == trigger] == []


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("وطالب الرئيس جلال طالباني دول الجوار بوقف التدخل في شؤون العراق.", "REQUEST", "طالب"),  # the verb before it
    ("وبحث الوزير التعاون مع منظمة الأمن والتعاون في أوروبا.", "COOPERATE", "التعاون"),  # the act, then the name
    ("وأيد النائب تصريحات الرئيس جلال طالباني حول الرد على دول الجوار.", "SUPPORT", "أيد"),
])
def test_an_act_beside_a_name_stays(pipe: Pipeline, text: str, type_: str, trigger: str) -> None:
    assert [e.trigger.text for e in events_of(pipe, text, type_)][:1] == [trigger]


def test_without_the_entity_stage_nothing_is_named(rules: Pipeline) -> None:
    # the rule-only path has no names: the trigger stays (the family needs the entity stage)
    assert [e.trigger.text for e in events_of(rules, "وكان الرئيس العراقي جلال طالباني قد حذر من التدخل.",
                                              "REQUEST")] == ["طالباني"]


def test_inside_name_unit() -> None:
    class _Entry:
        def __init__(self, type_: str) -> None:
            self.type = type_

    def cand(start: int, end: int, type_: str) -> Candidate:
        return Candidate(start, end, _Entry(type_), "", None)  # type: ignore[arg-type]  # only its type is read

    named = {3, 4}
    assert inside_name(cand(4, 5, "REQUEST"), named)
    assert inside_name(cand(3, 5, "COOPERATE"), named)
    assert not inside_name(cand(4, 6, "REQUEST"), named)  # one token outside the name
    assert not inside_name(cand(2, 3, "REQUEST"), named)
    assert not inside_name(cand(4, 5, "ASSAULT"), named)  # the gated types
    assert not inside_name(cand(4, 5, "PROTEST"), named)
    assert not inside_name(cand(4, 5, "REQUEST"), set())
