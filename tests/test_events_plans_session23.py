"""Session 23 (mod23, issue #6): plans kept as plans — four modality families of the p23 blind plan sample
(tests/gold/events_audit/p23_blind.tsv). Sentences written for these tests in the news day's shape, each family with
its counter-cases (docs/events.md, "Plans kept as plans, session 23"):

- the planned-date rule reads the trigger's OWN time (the nearest of its clause, within a few words): a past time right
  before the noun, or a future time naming another act far along the clause, leaves it asserted;
- the ف of the answer («فإن»، «فسوف») after a clause holding «إذا/لو» makes the act conditional, not a plan;
- «من المنتظر أن» + the act is expected: future;
- a launching infinitive (لشن، لتنفيذ) after a verb of preparing or intending names the act prepared for: future —
  a bare purpose stays hypothetical, and the pledging or requesting act itself stays asserted.
"""

import event_helpers
import pytest
from event_helpers import trigger_modality

PUBLISHED = "2015-08-10"

pipe = event_helpers.frame_pipe


def _modality(pipe, text, trigger, type_=None):
    return trigger_modality(pipe, text, trigger, type_, PUBLISHED)


# ---------------------------------------------------------------- the trigger's own time
@pytest.mark.parametrize("text, trigger", [
    ("تعقد منظمة التعاون الإسلامي غداً اجتماعا رفيع المستوى في جدة.", "اجتماعا"),
    ("وأشارت إلى أن اللجنة ستعقد غداً ، اجتماعاً طارئا في الرياض.", "اجتماعاً"),  # a comma sets the time off
    ("وتنتظر الورقة مصادقة البرلمان عليها في جلسته المقررة غدا.", "مصادقة"),
])
def test_own_future_time_is_a_plan(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "future"


@pytest.mark.parametrize("text, trigger", [
    # a past time governs the noun; the coming school year is another phrase's
    ("ترأس المدير العام يوم أمس الاجتماع الأول لأعضاء لجنة الاستعداد للعام الدراسي المقبل.", "الاجتماع"),
    # the Thursday is the cabinet session's, far along the clause
    ("وأبدت اهتمامها بالمشاورات الجارية بين المسؤولين اللبنانيين للخروج بنتائج من جلسة مجلس الوزراء المقرر "
     "عقدها يوم الخميس المقبل.", "المشاورات"),
])
def test_another_acts_time_leaves_it_asserted(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "asserted"


# ---------------------------------------------------------------- the answer's ف
def test_answer_fa_after_a_condition_is_hypothetical(pipe):
    text = ("وأضاف: «نحن أعلنا أن الأوروبيين إذا لم يأخذوا الإذن من السلطات الليبية، فإن سلاح الجو الليبي "
            "سيقصف كل من يقترب من سواحلنا».")
    assert _modality(pipe, text, "يقصف") == "hypothetical"


def test_fa_without_a_condition_keeps_the_act(pipe):
    # no conditional particle in the clause before: the past shelling stays asserted
    text = "وقال المتحدث إن الجيش قصف مواقع المسلحين أمس، فإن القوات ماضية في عملياتها."
    assert _modality(pipe, text, "قصف") == "asserted"


# ---------------------------------------------------------------- «من المنتظر أن»
def test_expected_act_is_future(pipe):
    assert _modality(pipe, "من المنتظر أن يناقش المنتدى السعودي للمؤتمرات فرص الاستثمار.", "يناقش") == "future"


def test_subjunctive_without_a_plan_stays_hypothetical(pipe):
    # «من الممكن أن»: possible, not expected
    assert _modality(pipe, "ومن الممكن أن يناقش المنتدى السعودي للمؤتمرات فرص الاستثمار.", "يناقش") == "hypothetical"


# ---------------------------------------------------------------- preparing to launch
@pytest.mark.parametrize("text, trigger", [
    ("بعد عام من الضربات، تستعد المقاتلات الأميركية لشن هجماتها انطلاقا من الأراضي التركية.", "هجماتها"),
    ("وقالت الشرطة إن الخلية كانت تستعد لتنفيذ تفجيرات في العاصمة.", "تفجيرات"),
])
def test_prepared_attack_is_future(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "future"


@pytest.mark.parametrize("text, trigger", [
    ("وخرج المسلحون من مخابئهم لشن هجمات على مواقع الجيش.", "هجمات"),  # a bare purpose
    ("تستعد الحكومة للانتخابات، وأرسل الجيش قواته لشن هجمات على المسلحين.", "هجمات"),  # another clause's verb
])
def test_bare_purpose_stays_hypothetical(pipe, text, trigger):
    assert _modality(pipe, text, trigger) == "hypothetical"


def test_the_request_itself_stays_asserted(pipe):
    # the urging is reported; the coming elections are what it urges
    text = "وحثت اللجنة كافة المواطنين على المشاركة الفعالة في الانتخابات المقبلة."
    assert _modality(pipe, text, "حثت") == "asserted"


def test_the_examples_withdrawal_stays_planned(pipe):
    # the example article's sentence: the withdrawal's own time is «بنهاية عام 2026», eight words on (the ب glued to
    # it is no word between); the announcement's «الأسبوع المقبل» sits across a quote mark and a comma
    text = ("ان الولايات المتحدة والعراق توصلتا إلى اتفاق: \"سيتم الإعلان عنه الأسبوع المقبل\"، لانسحاب مئات من "
            "القوات الأمريكية والأجنبية الأخرى من العراق بنهاية عام 2026.")
    assert trigger_modality(pipe, text, "انسحاب", "RETREAT", "2024-09-06") == "future"
