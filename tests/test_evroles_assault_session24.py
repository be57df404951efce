"""Session 24 (evr24): ASSAULT roles, issue #6 — docs/events.md "ASSAULT and PROTEST roles, session 24
(evr24)". A «و» list after an ambiguous VSO verb with no object after it is the victims of a passive
(«وقتل ضابطا شرطة ومجند ومسلح أمس»), and the object of an active verb follows the whole subject list.

Sentences written for these tests (not copied from the gold sets, the dev slice or the news day); the
rules without the learned filter.
"""

from __future__ import annotations

import pytest
from event_helpers import RULE_STAGES, roles, rules_only

from khabar.extract.events.actors import Phrase
from khabar.extract.events.clauses import coordinated
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return rules_only(RULE_STAGES)


# --- a «و» list of victims after a VSO passive -----------------------------------------------------


@pytest.mark.parametrize("text, victims", [
    ("وقتل ضابطا شرطة ومجند ومسلح أمس (الخميس) في هجوم على حاجز بمدينة رفح.",
     "ضابطا شرطة مجند مسلح"),
    ("وقتل ضابطا شرطة ومجند أمس الخميس في هجوم على حاجز بمدينة رفح.", "ضابطا شرطة مجند"),
    ("وقتل شرطيان ومدني وطفل في انفجار عبوة ناسفة قرب سوق المدينة.", "شرطيان مدني وطفل"),
])
def test_a_list_after_a_passive_verb_is_its_victims(pipe: Pipeline, text: str, victims: str) -> None:
    actor, recipient = roles(pipe, text, "ASSAULT")
    assert actor == []
    assert " ".join(recipient) == victims  # every conjunct, none taken for an attacker


def test_an_active_verb_takes_its_object_after_the_whole_subject_list(pipe: Pipeline) -> None:
    actor, recipient = roles(pipe, "وقتل الجيش والشرطة ثلاثة مسلحين في اشتباك قرب الحدود.", "ASSAULT")
    assert actor == ["الجيش", "الشرطة"]
    assert recipient == ["مسلحين"]


def test_an_armed_subject_list_with_an_object_stays_active(pipe: Pipeline) -> None:
    actor, recipient = roles(pipe, "وهاجم مسلحون ومتمردون دورية للجيش قرب الحدود.", "ASSAULT")
    assert actor == ["مسلحون", "متمردون"]
    assert recipient == ["دورية للجيش"]


def test_coordinated_runs_on_through_a_list() -> None:
    toks = [t for t in Pipeline(["text"]).analyze("ضابط ومجند ومسلح").tokens if t.kind == "word"]
    ph = [Phrase(start=i, end=i + 1, kind="sector", sector="COP") for i in range(3)]
    assert [p.start for p in coordinated(toks, ph, ph[0], backwards=False)] == [0, 1, 2]
