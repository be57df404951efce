"""Session 18 (evt18): families of the 14 audited types on sentences written for these tests, from the
wrong rows of the first second-source sample (a18_blind, ANERcorp) read with every news-day sample —
each with cases where the event (or its modality) changes and cases where it stays: aid cut or halted,
a visit to a site, a truce held or governed (an existing truce), a negated intention, a proposed act.
"""

import pytest
from event_helpers import events_of, rule_pipeline

from khabar.text.normalize import match_form


def _events(text: str) -> list:
    return [e for e in events_of(rule_pipeline(), text) if e.type not in ("ASSAULT", "PROTEST")]


def _on(text: str, trigger: str) -> list[tuple[str, str]]:
    """(type, modality) of the events whose trigger is ``trigger`` (by its matching form)."""
    return [(e.type, e.modality) for e in _events(text) if match_form(e.trigger.text) == match_form(trigger)]


def _types(text: str, trigger: str) -> list[str]:
    return [t for t, _ in _on(text, trigger)]


# --- aid cut or halted ------------------------------------------------------------------------------

CUTS = [
    ("وقررت الحكومة الأمريكية خفض المساعدات العسكرية المقدمة إلى مصر.", "المساعدات"),
    ("وفي العاصمة توقفت أعمال الإغاثة الدولية منذ تجدد المخاوف من اشتباكات جديدة.", "الإغاثة"),
    ("وأعلن الاتحاد الأوروبي تعليق المعونات المخصصة للحكومة الجديدة.", "المعونات"),
    ("وكانت الوزارة قد خفضت فيه المساعدات المالية للجامعات الحكومية.", "المساعدات"),
]


@pytest.mark.parametrize("text,trigger", CUTS)
def test_aid_cut_or_halted_is_no_aid(text, trigger):
    assert "AID" not in _types(text, trigger)


AID_GIVEN = [
    "وأعلنت الحكومة استئناف المساعدات الإنسانية إلى القطاع بعد توقف دام شهرين.",
    "وقدمت المملكة مساعدات غذائية عاجلة للاجئين في المخيمات.",
    "ووصلت قافلة الإغاثة إلى المدينة المحاصرة صباح أمس.",
]


@pytest.mark.parametrize("text", AID_GIVEN)
def test_aid_given_or_resumed_stays(text):
    assert "AID" in [e.type for e in _events(text)]


# --- a visit to a site ----------------------------------------------------------------------------

SITE_VISITS = [
    ("وفي طريق طويل اتجهنا لزيارة قبر الشاعر الكبير في ضواحي المدينة.", "زيارة"),
    ("وشكر الإمام المجلة التي اهتمت بزيارة المسجد القديم.", "زيارة"),
    ("وزار الوفد الأماكن المقدسة في المدينة قبل أن يغادر.", "زار"),
]


@pytest.mark.parametrize("text,trigger", SITE_VISITS)
def test_a_visit_to_a_site_is_no_meeting(text, trigger):
    assert "CONSULT" not in _types(text, trigger)


VISITS = [
    ("وزار وزير الخارجية الأردني دمشق أمس والتقى الرئيس السوري.", "زار"),
    ("وبدأ الرئيس الفرنسي زيارة رسمية إلى الرياض تستمر يومين.", "زيارة"),
    ("وقام رئيس الوزراء بزيارة المملكة الأسبوع الماضي.", "زيارة"),
]


@pytest.mark.parametrize("text,trigger", VISITS)
def test_a_visit_to_a_party_stays(text, trigger):
    assert "CONSULT" in _types(text, trigger)


# --- a truce held, consolidated or governed -------------------------------------------------------

HELD = [
    ("ووصل الأمين العام إلى دمشق ضمن جولة تستهدف تثبيت الهدنة بين الطرفين.", "الهدنة"),
    ("وأشار إلى القرار الدولي الذي يحكم الهدنة في الجنوب ويدعو إلى نشر قوات إضافية.", "الهدنة"),
    ("ودعا الوسطاء الطرفين إلى احترام الهدنة المعلنة منذ أسبوع.", "الهدنة"),
]


@pytest.mark.parametrize("text,trigger", HELD)
def test_a_truce_in_force_is_no_concession(text, trigger):
    assert "CONCEDE" not in _types(text, trigger)


TRUCES = [
    ("وأعلنت الفصائل المسلحة هدنة لمدة ثلاثة أيام في المدينة.", "هدنة"),
    ("وتوصل الطرفان إلى هدنة إنسانية بوساطة الأمم المتحدة.", "هدنة"),
]


@pytest.mark.parametrize("text,trigger", TRUCES)
def test_a_truce_declared_or_reached_stays(text, trigger):
    assert "CONCEDE" in _types(text, trigger)


# --- a negated intention -----------------------------------------------------------------------

def test_a_negated_intention_leaves_the_meeting_undone():
    text = "وقال المتحدث إن المنظمة لا تنوي عقد اجتماع طارئ لبحث الأزمة."
    assert ("CONSULT", "negated") in _on(text, "اجتماع")
    assert all(t != "AGREE" for t, _ in _on(text, "اجتماع"))


def test_an_intention_stays_future():
    text = "وقال المتحدث إن المنظمة تنوي عقد اجتماع طارئ لبحث الأزمة."
    assert ("CONSULT", "negated") not in _on(text, "اجتماع")
    assert _on(text, "اجتماع")


def test_a_negated_withdrawal_stays_negated():
    text = "وأوضح المسؤول أن الحكومة لا تنوي الانسحاب من المفاوضات."
    assert ("RETREAT", "negated") in _on(text, "الانسحاب")


# --- a proposed act -------------------------------------------------------------------------------

PROPOSED = [
    ("وتتداول العواصم المعنية فكرة نشر قوة سلام دولية في جنوب البلاد.", "نشر", "MOBILIZE"),
    ("وتواجه الخطة موقف الحكومة المعارضة لنشر قوات دولية في الإقليم.", "نشر", "MOBILIZE"),
    ("وطرح الوفد اقتراح فرض عقوبات جديدة على الشركات المخالفة.", "فرض", "SANCTION"),
]


@pytest.mark.parametrize("text,trigger,type_", PROPOSED)
def test_a_proposed_act_is_hypothetical(text, trigger, type_):
    assert (type_, "hypothetical") in _on(text, trigger)


DONE = [
    ("ونشرت الحكومة قوات إضافية في جنوب البلاد أمس.", "نشرت", "MOBILIZE"),
    ("وبدأ الجيش نشر قوات على الحدود الشمالية.", "نشر", "MOBILIZE"),
    # a definite «المقترح» is an adjective, no idafa head: the meeting after it took place
    ("وحول متحف الثقافة المقترح التقى الوفد رئيس البلدية أمس.", "التقى", "CONSULT"),
]


@pytest.mark.parametrize("text,trigger,type_", DONE)
def test_an_act_done_stays_asserted(text, trigger, type_):
    assert (type_, "asserted") in _on(text, trigger)


# --- a company's internal approvals ---------------------------------------------------------------

COMPANY = [
    ("وأعلنت الشركة أن عضو مجلس إدارة الشركة تقدم بطلب الاستقالة وقد تمت الموافقة على طلبه من قبل المجلس.",
     "الموافقة", "AGREE"),
    ("وافقت الجمعية العمومية العادية للبنك التجاري على إصدار سندات بقيمة مليار دولار.", "وافقت", "AGREE"),
    ("ويقضي نظام البنك الأساسي بالحصول على موافقة المساهمين على إصدار السندات.", "موافقة", "AGREE"),
]


@pytest.mark.parametrize("text,trigger,type_", COMPANY)
def test_a_company_internal_approval_is_no_agreement(text, trigger, type_):
    assert type_ not in _types(text, trigger)


NOT_COMPANY = [
    ("وصوتت الكويت في الجمعية العمومية للأمم المتحدة ووافقت على القرار الخاص بفلسطين.", "وافقت", "AGREE"),
    ("ووافق مجلس الوزراء على الاتفاقية الموقعة مع الشركة الصينية لبناء الميناء.", "وافق", "AGREE"),
    ("وطالب عضو الجمعية العمومية للمتقاعدين وزير الشؤون الاجتماعية بزيادة المعاشات.", "طالب", "REQUEST"),
    # the member's resignation request is left as it was (the judges split on it)
    ("وأعلنت الشركة أن عضو مجلس إدارة الشركة تقدم بطلب الاستقالة من منصبه.", "طلب", "REQUEST"),
    ("ووافق مجلس إدارة البنك الدولي على منح مصر قرضا بقيمة مليار دولار.", "وافق", "AGREE"),
    # «مجلس الإدارة» alone is left as it was (a public body's board too; a session-4 actor test)
    ("ووافق مجلس الإدارة على توزيع الأرباح.", "وافق", "AGREE"),
]


@pytest.mark.parametrize("text,trigger,type_", NOT_COMPANY)
def test_approvals_outside_a_company_stay(text, trigger, type_):
    assert type_ in _types(text, trigger)
