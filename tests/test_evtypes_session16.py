"""Session 16 (evt16): families of the 14 audited types on sentences written for these tests, from the
wrong rows of every sample (s7–s16) read together — each with cases where the event goes and cases
where it stays: a person welcomed (a greeting, no support), «طالب» with no complement (the student), a
cooperation named as a framework or a history, a visit or meeting restated by a pointing word in the
sentence that told it, an act told of «من» "whoever", a state of emergency that is no coercion (a
hospital's, a description), a broadcaster's interviews.
"""

import pytest
from event_helpers import events_of, rule_pipeline

from khabar.text.normalize import match_form


def _events(text: str) -> list:
    return [e for e in events_of(rule_pipeline(), text) if e.type not in ("ASSAULT", "PROTEST")]


def _on(text: str, trigger: str) -> list[str]:
    """The types of the events whose trigger is ``trigger`` (by its matching form)."""
    return [e.type for e in _events(text) if match_form(e.trigger.text) == match_form(trigger)]


def _count(text: str, type_: str) -> int:
    return sum(e.type == type_ for e in _events(text))


# --- a person welcomed: a greeting, no support --------------------------------------------------

GREETINGS = [
    "وقال المتحدث إن الرئيس المصري رحب بالرئيس التنفيذي للشركة البريطانية في القاهرة.",
    "وقال مدير الأمن العام للشاب: نرحب بك بيننا وبأمثالك من الشباب.",
    "وكان الأهالي يهرعون إلينا ويرحبون بنا في كل قرية ندخلها.",
    "وألقى رئيس اللجنة كلمة رحب فيها برؤساء المراكز الانتخابية في المنطقة.",
]


@pytest.mark.parametrize("text", GREETINGS)
def test_a_person_welcomed_is_no_support(text):
    assert "SUPPORT" not in [e.type for e in _events(text)]


WELCOMES = [
    "رحب الرئيس المصري بقرار مجلس الأمن بشأن ليبيا.",
    "وقد رحبت به الحكومة العراقية ووصفته بالخطوة المهمة.",
    "رحبت واشنطن بالاتفاق النووي مع إيران أمس.",
    "ورحب الوزير برغبة الشركة البريطانية في زيادة استثماراتها.",
]


@pytest.mark.parametrize("text", WELCOMES)
def test_welcoming_a_decision_stays(text):
    assert "SUPPORT" in [e.type for e in _events(text)]


# --- «طالب» with no complement in its sentence: the student --------------------------------------

STUDENTS = [
    "فهناك جامعات تقبل أقل معدل يمكن أن يحصل عليه طالب.",
    "وكما قال الأثر: منهومان لا يشبعان: طالب علم وطالب مال.",
    "ومنح السفير زواري طالب درجة الدكتوراه في علم الأحياء جائزة التميز في حفل أقيم بلندن.",
]


@pytest.mark.parametrize("text", STUDENTS)
def test_student_is_no_demand(text):
    assert "REQUEST" not in [e.type for e in _events(text)]


DEMANDS = [
    "طالب رئيس البرلمان العراقي رئيس الوزراء بإقالة عدد من الوزراء.",
    "وطالب المتظاهرون أن تستقيل الحكومة فورا.",
    "طالب وزير الخارجية الأمم المتحدة بالتدخل لوقف القتال.",
    "وطالب النواب، في جلسة أمس، الحكومة بالاستقالة.",
    "وخرج آلاف العراقيين في بغداد وسط هتافات تطالب رئيس الوزراء الإصلاح.",
]


@pytest.mark.parametrize("text", DEMANDS)
def test_demand_with_its_complement_stays(text):
    assert "REQUEST" in [e.type for e in _events(text)]


# --- a cooperation named as a framework or a history: no act -------------------------------------

FRAMEWORKS = [
    "وأعلن الوزير أنه سيزور الرياض الشهر المقبل وذلك ضمن التعاون الاستراتيجي بين البلدين.",
    "وقال إن القناة تؤرخ لحقبة جديدة في تاريخ التعاون بين مصر ومختلف دول العالم.",
    "وتأتي الزيارة في إطار التعاون بين البلدين الشقيقين.",
]


@pytest.mark.parametrize("text", FRAMEWORKS)
def test_cooperation_as_a_framework_is_no_act(text):
    assert _on(text, "التعاون") == []


COOPERATIONS = [
    "وأكد الوزير استمرار التعاون بين البلدين في مكافحة الإرهاب.",
    "وقامت عناصر المقاومة بالتنسيق والتعاون مع ضباط الجيش بتحرير المعسكر.",
    "ونشأ تعاون بين المؤسسة والحكومة البريطانية نتيجة التقرير الأخير.",
]


@pytest.mark.parametrize("text", COOPERATIONS)
def test_cooperation_reported_stays(text):
    assert "COOPERATE" in [e.type for e in _events(text)]


# --- a visit or meeting restated by a pointing word in the sentence that told it ---------------------

RESTATED = [
    "ونوه المجلس بزيارة وزير الدفاع للأردن وبالبيان الختامي الصادر بمناسبة الزيارة.",
    "وزار الملك فاروق المملكة عام 1945، وهي الزيارة الرسمية الوحيدة له خارج مصر.",
    "والتقى الوزير نظيره الروسي في موسكو، وتناول هذا اللقاء الأزمة السورية.",
]


@pytest.mark.parametrize("text", RESTATED)
def test_restated_meeting_is_one_act(text):
    assert _count(text, "CONSULT") == 1


MEETINGS = [
    ("زار الملك فاروق المملكة عام 1945، ورد الملك عبدالعزيز الزيارة عام 1946.", 2),
    ("والتقى الوزير نظيره الروسي أمس، وعقد الوفدان بعد هذا اللقاء اجتماعا آخر.", 2),
    ("وفي ختام الحملة الاجتماعية صدر بيان بمناسبة الاجتماع الذي عقده الوزراء في الرياض.", 1),
    ("وصدر عن وزارة الخارجية بيان بمناسبة الزيارة التي يقوم بها الرئيس للرياض.", 1),
]


@pytest.mark.parametrize("text,n", MEETINGS)
def test_new_or_first_meeting_stays(text, n):
    assert _count(text, "CONSULT") == n


# --- an act told of «من» "whoever" ---------------------------------------------------------------

WHOEVER = [
    ("هم أعداء للدين والوطن، ومعتد آثم من يتعاطف ويتعاون أو يتستر عليهم.", "يتعاون"),
    ("وستجد من يناقشك في أعمق القضايا وهو قادر على شرح رأيه.", "يناقشك"),
    ("وما زالت الأموال في البنوك دون أن تجد من يطالب بها.", "يطالب"),
    ("واستهدف التنظيم في الخمسينات لمن عارضهم بالاغتيالات والتفجيرات.", "عارضهم"),
]


@pytest.mark.parametrize("text,trigger", WHOEVER)
def test_act_of_whoever_is_no_event(text, trigger):
    assert _on(text, trigger) == []


PARTIES = [
    ("ومن جهته، انتقد الرئيس القرار الأمريكي بشدة.", "انتقد", "ACCUSE"),
    ("وطالب كل من الأردن ومصر بوقف القتال فورا.", "طالب", "REQUEST"),
    ("وقال المتحدث إن الحكومة تطالب بالإفراج عن المعتقلين.", "تطالب", "REQUEST"),
    ("وطلب الأمين العام من الدول الأعضاء دعم الخطة.", "طلب", "REQUEST"),
]


@pytest.mark.parametrize("text,trigger,type_", PARTIES)
def test_act_of_a_party_stays(text, trigger, type_):
    assert type_ in _on(text, trigger)


# --- a state of emergency that is no coercion ------------------------------------------------------

NOT_MARTIAL = [
    "ووصف وزير الزراعة انتشار الخنازير البرية بلا قيود بأنها حالة طوارئ عامة.",
    "وقال مدير المستشفى إن الفريق كان على أهبة الاستعداد منذ أن تبلغوا بوصول المصابين في الصباح الباكر، "
    "وأول ما أعلنت حالة الطوارئ بدأ العمل.",
]


@pytest.mark.parametrize("text", NOT_MARTIAL)
def test_emergency_that_is_no_coercion(text):
    assert "COERCE" not in [e.type for e in _events(text)]


MARTIAL = [
    "أعلنت اللجنة الثورية التابعة للحوثيين حالة الطوارئ في صنعاء.",
    "وأعلن الرئيس حالة الطوارئ في البلاد بعد الهجمات على مراكز الشرطة.",
    "وأعلنت الحكومة حالة الطوارئ في المدينة للبحث عن المسلحين الفارين.",
]


@pytest.mark.parametrize("text", MARTIAL)
def test_declared_emergency_stays(text):
    assert "COERCE" in [e.type for e in _events(text)]


# --- a broadcaster's interviews: no meeting -------------------------------------------------------

INTERVIEWS = [
    "وسجلت مذيعة برنامج «صباح الخير يا عرب» سميرة مدني لقاءات مع مخرج الفيلم وأبطاله.",
    "وقدم عدة برامج على قناة فضائية منها برنامج نقطة تحول الذي كان له عدة لقاءات مع شخصيات مشهورة.",
    "فوسائل الإعلام التقليدية والجديدة ما فتئت تمطرنا أخبارا وتحليلات ولقاءات عما يجري.",
]


@pytest.mark.parametrize("text", INTERVIEWS)
def test_broadcast_interview_is_no_meeting(text):
    assert _on(text, "لقاءات") == [] and _on(text, "لقاء") == []


MEETINGS_KEPT = [
    "وتضمن برنامج الزيارة لقاء مع العاهل الأردني في عمان.",
    "وعقد الرئيس لقاء مع وزير الخارجية الأمريكي في البيت الأبيض.",
    "وعقد وزير الإعلام لقاء مع نظيره المصري في القاهرة.",
]


@pytest.mark.parametrize("text", MEETINGS_KEPT)
def test_meeting_stays(text):
    assert "CONSULT" in _on(text, "لقاء")
