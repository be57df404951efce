"""Roles of the 14 event types other than ASSAULT/PROTEST, session 21 (evt21; issue #6): a place right after a compass
word that follows another word («البصرة جنوب العراق»، «بنغازي بشرق ليبيا»، «الأنبار غربي العراق») locates that word —
no actor or recipient (``party_sites.after_compass``, in ``misplaced`` and on what ``party_roles.complete`` returns).
Written sentences (none from a corpus); the rules without the entity stage."""

from __future__ import annotations

import pytest

from khabar.pipeline import Pipeline
from tests import event_helpers
from tests.event_helpers import roles

pipe = event_helpers.rules_pipe


@pytest.mark.parametrize(("text", "type_", "place"), [
    ("وفي البصرة جنوب العراق اعتقل الجيش العراقي ستة مسلحين أمس.", "COERCE", "العراق"),
    ("وفي مدينة الموصل شمال العراق اعتقلت الشرطة خمسة أشخاص.", "COERCE", "العراق"),
    ("وأعلن قائد القوات الخاصة في مدينة بنغازي بشرق ليبيا أنه لن يسمح بالمظاهرات وهدد بالتصدي لها.",
     "THREATEN", "ليبيا"),  # filled late (the joined verb's subject): dropped from what complete returns
    ("وعبر شيوخ من محافظة الأنبار غربي العراق عن تأييدهم لمبادرة المصالحة الوطنية.", "SUPPORT", "العراق"),
])
def test_a_place_after_a_compass_word_is_no_party(pipe: Pipeline, text: str, type_: str, place: str) -> None:
    actors, recips = roles(pipe, text, type_)
    assert place not in actors + recips


def test_the_arrester_then_takes_the_actor(pipe: Pipeline) -> None:
    actors, _ = roles(pipe, "وفي البصرة جنوب العراق اعتقل الجيش العراقي ستة مسلحين أمس.", "COERCE")
    assert actors == ["الجيش العراقي"]  # before: «العراق» the actor, the army the recipient


@pytest.mark.parametrize(("text", "type_", "party"), [
    ("ودعا جنوب السودان إلى وقف القتال.", "REQUEST", "جنوب السودان"),  # the state's name holds the compass word
    ("وأدانت الحكومة العراقية الهجوم على البصرة.", "ACCUSE", "الحكومة العراقية"),
    ("واعتقلت قوات الأمن العراقية عشرة مسلحين في جنوب العراق.", "COERCE", "قوات الأمن العراقية"),
])
def test_other_parties_stay(pipe: Pipeline, text: str, type_: str, party: str) -> None:
    actors, _ = roles(pipe, text, type_)
    assert actors == [party]
