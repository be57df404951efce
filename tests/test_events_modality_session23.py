"""Session 23 (t23, issue #6): two modality families of the m23 blind sample (tests/gold/events_audit/m23_blind.tsv)
— «حالة» + a noun is a state, not «in case»; a negator right after a conditional particle leaves the act
hypothetical, not negated. Sentences written for these tests in the news day's shape; each family has its
counter-cases (docs/events.md, "Modality, session 23")."""

import event_helpers
import pytest
from event_helpers import trigger_modality

PUBLISHED = "2015-08-10"

pipe = event_helpers.frame_pipe


def _modality(pipe, text, trigger, type_=None):
    return trigger_modality(pipe, text, trigger, type_, PUBLISHED)


# ---------------------------------------------------------------- «حالة» + a noun: a state
@pytest.mark.parametrize("text, trigger", [
    ("وفي العاصمة أعلنت السلطات حالة استنفار قصوى بعد الهجوم.", "استنفار"),
    ("وتعيش المدينة حالة الاستنفار منذ أسبوع.", "الاستنفار"),
])
def test_state_of_alert_is_asserted(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "asserted"


@pytest.mark.parametrize("text, trigger", [
    ("وسيعاقب المتهم بالسجن عشر سنوات في حالة إدانته في المحكمة.", "إدانته"),  # «في حالة» + a masdar with a pronoun
    ("وقالت الحركة إنها ستستخدم صواريخها لمهاجمة إسرائيل في حال تعرضها لأي اعتداء.", "اعتداء"),  # «في حال»
])
def test_in_case_stays_hypothetical(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "hypothetical"


# ---------------------------------------------------------------- a negator inside a condition
@pytest.mark.parametrize("text, trigger", [
    ("وشدد على أن أي صفقة لا يمكن أن تتم إذا لم يتم الإفراج عن الأسرى.", "الإفراج"),
    ("وهدد المعتصمون بالتصعيد اذا لم يتم الافراج عن ذويهم.", "الافراج"),
])
def test_negated_condition_is_hypothetical(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "hypothetical"


@pytest.mark.parametrize("text, trigger", [
    ("وقالت الوزارة إنه لم يتم الإفراج عن أي من المعتقلين حتى الآن.", "الإفراج"),  # no condition: denied
    ("ونفى المتحدث أن تكون الحكومة قد وافقت على الإفراج عن السجناء.", "الإفراج"),
])
def test_plain_negation_stays_negated(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "negated"
