"""Rule families a mutation spot-check (audit16, session 16) found unguarded: flipping the rule
left every test of the area green. Written sentences, the rule stages with every rule
candidate kept (no learned filter).

- evidence.concreteness: a number token in the sentence is one sign of a concrete occurrence
  (the rules' confidence is 0.4 + 0.15 per sign), counted once however many numbers there are.
- roles._relative_head (session 12): before a plural verb, a relative clause's own subject is
  not the verb's — the phrase the relative pronoun hangs on is."""

from __future__ import annotations

import pytest
from event_helpers import RULE_STAGES, events_of, roles, rules_only


@pytest.fixture(scope="module")
def rules():
    return rules_only(RULE_STAGES)


def _confidence(pipe, text: str, type_: str) -> float:
    evs = events_of(pipe, text, type_)
    assert len(evs) == 1, [(e.type, e.trigger.text) for e in evs]
    return evs[0].confidence


@pytest.mark.parametrize(("type_", "plain", "counted"), [
    ("PROTEST", "تظاهر الطلاب أمام الوزارة.", "تظاهر 300 طالب أمام الوزارة."),
    ("ASSAULT", "هاجم المسلحون مواقع الجيش.", "هاجم المسلحون 3 مواقع للجيش."),
])
def test_a_number_is_one_more_sign_of_a_concrete_act(rules, type_, plain, counted):
    assert _confidence(rules, counted, type_) == pytest.approx(_confidence(rules, plain, type_) + 0.15)


def test_two_numbers_are_still_one_sign(rules):
    one = _confidence(rules, "تظاهر 300 طالب أمام الوزارة.", "PROTEST")
    assert _confidence(rules, "تظاهر 300 طالب و20 أستاذا أمام الوزارة.", "PROTEST") == one


@pytest.mark.parametrize("text", [
    "اثنان من اللاجئين الذين تولى أمرهم الصليب الأحمر طلبوا اللجوء.",
    "وقال إن اللاجئين الذين تولى أمرهم الصليب الأحمر السبت طلبوا اللجوء.",
])
def test_the_head_of_a_relative_clause_is_the_subject_not_the_clauses_own(rules, text):
    actors, _ = roles(rules, text, "REQUEST")
    assert actors == ["اللاجئين"]


def test_a_subject_after_the_verb_is_untouched_by_a_relative_clause(rules):
    # the relative clause follows the subject: nothing to look past
    actors, _ = roles(rules, "طلب اللاجئون الذين تولى أمرهم الصليب الأحمر اللجوء.", "REQUEST")
    assert actors == ["اللاجئون"]
