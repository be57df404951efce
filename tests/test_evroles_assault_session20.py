"""Session 20 (evr20): a role family read on the second role gold (tests/gold/events_roles), issue #6 —
docs/events.md "ASSAULT and PROTEST roles, session 20 (evr20)": victim and protester nouns the lexicon
lacked — the singular «أسير» (session 14 listed the plural only), «مترجم», the broken plural «نشطاء» and
«مجند».

Sentences written for these tests (not copied from the gold sets, the dev slice or the news day); the
rules without the learned filter.
"""

from __future__ import annotations

import pytest
from event_helpers import RULE_STAGES, roles, rules_only

from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return rules_only(RULE_STAGES)


# --- victim and protester nouns the lexicon lacked -----------------------------------------------


def test_an_interpreter_is_a_victim(pipe: Pipeline) -> None:
    actor, recips = roles(pipe, "وقتل مسلحون مترجما في المدينة.", "ASSAULT")
    assert actor == ["مسلحون"] and recips == ["مترجما"]


def test_activists_in_the_broken_plural_are_victims(pipe: Pipeline) -> None:
    _, recips = roles(pipe, "وأطلق الجنود النار على أربعة نشطاء في الحي.", "ASSAULT")
    assert "نشطاء" in recips


def test_a_conscript_is_a_victim_beside_the_officers(pipe: Pipeline) -> None:
    _, recips = roles(pipe, "وأسفر الانفجار عن إصابة ضابطين ومجند من قوات الأمن.", "ASSAULT")
    assert any("مجند" in r for r in recips)


def test_prisoners_in_the_singular_are_protesters(pipe: Pipeline) -> None:
    actor, _ = roles(pipe, "وشرع 150 أسيرا في الإضراب المفتوح عن الطعام منذ أسبوع.", "PROTEST")
    assert actor == ["أسيرا"]


def test_a_prisoner_whose_release_is_demanded_is_not_the_protester(pipe: Pipeline) -> None:
    """Negative: the prisoner after a release demand is what is asked for, not who protests."""
    actor, _ = roles(pipe, "وتظاهر مئات الطلاب للمطالبة بالإفراج عن الأسير.", "PROTEST")
    assert "الأسير" not in actor
