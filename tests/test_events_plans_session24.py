"""Session 24 (evl24, issue #6): plans kept as plans — three modality families session 23 left or l24 showed
(docs/events.md, "Where, when and plans, session 24"). Sentences written for these tests in the news day's shape,
each family with its counter-cases:

- a verb of planning before a launching infinitive («كان يخطط لشن تفجيرات») names a plan like a verb of intending
  (future); a plot without a launching infinitive («يخطط لاغتيال») stays hypothetical;
- a verbal noun carrying ب after a future verb of beginning or opening, its subject and a time between («وستبدأ الندوة
  عند العاشرة صباحاً ولمدة ساعة بحوار»), is the programme's act to come; a past or present verb of beginning is not;
- an adjective of expectation right after a verbal noun or its genitive («مفاوضات السلام المنتظرة») is an act to come,
  even with «منذ» after it (awaited since long: not an agreement in force since then).
"""

import event_helpers
import pytest
from event_helpers import trigger_modality

PUBLISHED = "2015-08-10"

pipe = event_helpers.frame_pipe


def _modality(pipe, text, trigger, type_=None):
    return trigger_modality(pipe, text, trigger, type_, PUBLISHED)


# ---------------------------------------------------------------- planning to launch
@pytest.mark.parametrize("text, trigger", [
    ("واعترف في كتابه بأنه كان يخطط لشن تفجيرات على منشآت ومحطات كهرباء.", "تفجيرات"),
    ("وقالت السلطات إن مسلحين كانوا يخططون لشن هجمات على مراكز الشرطة في المدينة.", "هجمات"),
])
def test_planning_to_launch_is_a_plan(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "future"


def test_a_plot_without_a_launching_infinitive_stays_hypothetical(pipe):
    # the hypothetical row's plots (modality.tsv): «يخطط لاغتيال» names the plotted act itself
    assert _modality(pipe, "وقالت الشرطة إن الرجل كان يخطط لاغتيال الوزير.", "اغتيال") == "hypothetical"


# ---------------------------------------------------------------- a programme's act to come
def test_the_complement_of_a_future_verb_of_beginning_is_to_come(pipe):
    text = "وستبدأ الندوة عند العاشرة صباحاً ولمدة ساعة بحوار مع معالي وزير الاقتصاد عن السياسات."
    assert _modality(pipe, text, "حوار") == "future"


@pytest.mark.parametrize("text, trigger", [
    ("وبدأت الندوة عند العاشرة صباحاً ولمدة ساعة بحوار مع معالي وزير الاقتصاد عن السياسات.", "حوار"),
    # a present verb of beginning: the programme's habit, no act to come
    ("وتبدأ الندوة كل يوم عند العاشرة صباحاً بحوار مع معالي وزير الاقتصاد عن السياسات.", "حوار"),
])
def test_a_past_or_present_verb_of_beginning_leaves_it_asserted(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "asserted"


# ---------------------------------------------------------------- an adjective of expectation after the act
@pytest.mark.parametrize("text, trigger", [
    ("والوضع اللاحق هو مفاوضات السلام المنتظرة منذ فترة طويلة بين طالبان وكابل.", "مفاوضات"),
    ("وأكد الوزير أن الزيارة المرتقبة مهمة للعلاقات بين البلدين.", "الزيارة"),
])
def test_an_expected_act_is_to_come(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "future"


def test_an_expectation_adjective_of_another_noun_does_not_reach_the_act(pipe):
    # «المقرر» qualifies the second meeting, after a preposition: the first is asserted
    text = "وأوضح أن اللجنة عقدت اجتماعا أمس قبل الاجتماع المقرر في ديسمبر."
    assert _modality(pipe, text, "اجتماعا") == "asserted"


# fixc24 (a reviewer's sentences against ce7f9125, each read AGREE/future): a past verb of holding or starting that
# governs the noun, or «أمس» after it, says the set or awaited meeting was held; «المقرر الخاص» is the UN rapporteur.
@pytest.mark.parametrize("text, trigger", [
    ("وعقد الاجتماع المقرر أمس في مقر الوزارة.", "الاجتماع"),
    ("وانطلقت أمس في جنيف المفاوضات المرتقبة.", "المفاوضات"),
    ("وتأتي زيارة المقرر الخاص للأمم المتحدة إلى ميانمار.", "زيارة"),
    ("واختتمت في الرياض المحادثات المرتقبة بين الطرفين.", "المحادثات"),
])
def test_a_meeting_held_or_the_rapporteur_is_no_expected_act(pipe, text, trigger):
    assert _modality(pipe, text, trigger, "CONSULT") == "asserted"


@pytest.mark.parametrize("text, trigger", [
    ("وقال إنه سيتم عقد الاجتماع المقرر في الرياض.", "الاجتماع"),  # a masdar after «سيتم»: still to come
    ("وأعلن أن المفاوضات المقررة التي أعلن عنها أمس ستبدأ الأحد.", "المفاوضات"),  # «أمس» of the relative clause
])
def test_a_future_holding_keeps_the_expected_act_to_come(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "future"
