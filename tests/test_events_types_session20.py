"""Trigger senses of the 14 event types other than ASSAULT/PROTEST, session 20 (evt20; issue #6): the
noun «تديّن» 'religiosity' with a possessive pronoun is no condemnation
(``trigger_senses20.possessed_homograph``). Written sentences (none from a corpus); the rules
without the entity stage."""

from __future__ import annotations

import pytest

from khabar.extract.events.trigger_senses20 import possessed_homograph
from khabar.pipeline import Pipeline
from tests import event_helpers
from tests.event_helpers import events_of, roles, text_tokens

pipe = event_helpers.rules_pipe


@pytest.mark.parametrize("text", [
    "ويعتقد الفرد أن تدينه المؤدلج هو حقيقة الدين.",
    "وصنفت الجماعة الناس بحسب طبيعة تدينهم في المدينة.",
    "استمر الخونة في تضليل الشباب باسم تدينهم المزيف.",
    "وتحدثت الكاتبة عن تدينها في سنوات الدراسة.",
])
def test_possessed_religiosity_is_no_accusation(pipe: Pipeline, text: str) -> None:
    assert events_of(pipe, text, "ACCUSE") == []


@pytest.mark.parametrize(("text", "actor"), [
    ("تدين الحكومة المصرية الهجمات على المستشفيات.", "الحكومة المصرية"),  # the bare verb stays
    ("وقال الوزير إن الولايات المتحدة تدين محاولات الحوثيين شن هجمات.", "الولايات المتحدة"),
    ("يدين الاتحاد الأوروبي الهجمات على المستشفيات.", "الاتحاد الأوروبي"),  # the masculine
    ("أدانته الحكومة المصرية بعد الهجوم على المستشفى.", "الحكومة المصرية"),  # the perfect + pronoun
])
def test_condemning_verbs_stay(pipe: Pipeline, text: str, actor: str) -> None:
    actors, _ = roles(pipe, text, "ACCUSE")
    assert actors == [actor]


def test_possessed_homograph_unit() -> None:
    toks = text_tokens("تدينه تدينهم وتدينها تدين التدين يدينه")
    assert possessed_homograph(toks, 0, "", "ACCUSE")
    assert possessed_homograph(toks, 1, "", "ACCUSE")
    assert possessed_homograph(toks, 2, "و", "ACCUSE")
    assert not possessed_homograph(toks, 0, "", "ASSAULT")  # the gated types, other types
    assert not possessed_homograph(toks, 0, "", "PROTEST")
    assert not possessed_homograph(toks, 0, "", "REJECT")
    assert not possessed_homograph(toks, 3, "", "ACCUSE")  # the bare verb
    assert not possessed_homograph(toks, 4, "ال", "ACCUSE")
    assert not possessed_homograph(toks, 5, "", "ACCUSE")  # the masculine verb + object
