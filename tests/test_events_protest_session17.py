"""Session 17 (evp17): PROTEST targets and sources — written sentences, the rules without the
entity stage (docs/events.md "Detection and roles, session 17")."""

from __future__ import annotations

import pytest

from tests.event_helpers import events_of, roles, rules_pipe  # noqa: F401

pipe = rules_pipe


# --- an act done to someone: its patient is no target, its author is ---------------------------

@pytest.mark.parametrize("text", [
    "تظاهر الآلاف احتجاجا على احتلال العراق.",
    "تظاهر الآلاف ضد احتلال فلسطين.",
    "تظاهر المئات احتجاجا على نشر قوات أمريكية في البلاد.",
    "تظاهر الآلاف احتجاجا على إقالة رئيس المحكمة العليا.",
    "تظاهر الآلاف احتجاجا على ترحيل اللاجئين السودانيين.",
    "تظاهر الآلاف احتجاجا على إغلاق الصحيفة.",
    "تظاهر الآلاف احتجاجا على حل البرلمان.",
    "تظاهر الآلاف احتجاجا على محاكمة الصحفيين.",
    "تظاهر العمال احتجاجا على تسريح مئات العمال من الشركة.",
])
def test_the_patient_of_a_protested_act_is_no_target(pipe, text):
    assert roles(pipe, text, "PROTEST")[1] == []


@pytest.mark.parametrize("text, target", [
    # the author after «من قبل»، as the genitive before a ل object, in a relative clause
    ("تظاهر الآلاف احتجاجا على إقالة رئيس المحكمة العليا من قبل الرئيس برويز مشرف.", "الرئيس برويز مشرف"),
    ("تظاهر الآلاف احتجاجا على إقالة الحكومة لرئيس المحكمة العليا.", "الحكومة"),
    ("تظاهر الآلاف احتجاجا على الحصار الذي تفرضه إسرائيل على غزة.", "إسرائيل"),
    ("تظاهر المئات ضد اقتحامات المستوطنين للمسجد الأقصى.", "المستوطنين"),
    # the state of the act's nisba
    ("تظاهر الآلاف احتجاجا على الاحتلال الأمريكي للعراق.", "الأمريكي"),
    ("تظاهر الآلاف ضد الحصار الإسرائيلي على غزة.", "الإسرائيلي"),
])
def test_the_author_of_a_protested_act_is_the_target(pipe, text, target):
    assert roles(pipe, text, "PROTEST")[1] == [target]


@pytest.mark.parametrize("text, target", [
    # a demanded removal keeps its object (session 15), a publication its publisher (session 13),
    # an act done by its genitive its author
    ("تظاهر المئات للمطالبة بإقالة الوزير.", "الوزير"),
    ("تظاهر المئات احتجاجا على نشر الرسوم في صحيفة دنماركية.", "صحيفة دنماركية"),
    ("تظاهر الآلاف احتجاجا على زيارة بوش.", "بوش"),
    ("تظاهر الآلاف احتجاجا على سياسة الحكومة.", "الحكومة"),
])
def test_other_protested_objects_keep_their_target(pipe, text, target):
    assert roles(pipe, text, "PROTEST")[1] == [target]


# --- the victim whose harm sparked a protest is no source of it --------------------------------

@pytest.mark.parametrize("text", [
    "فجر مقتل الشاب موجة من الاحتجاجات في المدينة.",
    "وتظاهر أمس آلاف في المدينة بعد اعتقال الطلاب.",
    "وكانت المدينة شهدت مسيرة حدادا على روح الشاب الأسود الذي فجر مقتله شهورا من الاحتجاجات.",
])
def test_a_harmed_party_is_no_source(pipe, text):
    evs = events_of(pipe, text, "PROTEST")
    assert evs
    assert all(a.text not in ("الشاب", "الطلاب") for e in evs for a in e.actor)


@pytest.mark.parametrize("text, source", [
    # protesters stay sources however they are governed; a sector noun not harmed stays one
    ("تظاهر الطلاب وأسفرت المواجهات عن اعتقال عشرات المتظاهرين.", "الطلاب"),
    ("وخرج الشباب في مسيرة احتجاجا على البطالة.", "الشباب"),
    ("وتظاهر أمس الطلاب في المدينة بعد اعتقال زملائهم.", "الطلاب"),
])
def test_other_sources_stay(pipe, text, source):
    assert roles(pipe, text, "PROTEST")[0] == [source]


def test_arrested_protesters_stay_the_source(pipe):
    text = "وتظاهر أمس آلاف في المدينة رغم اعتقال عشرات المتظاهرين."
    assert roles(pipe, text, "PROTEST")[0] == ["المتظاهرين"]


# --- «ما يقوم به X» and a pronoun on a preposition name the act's author -------------------------

@pytest.mark.parametrize("text, target", [
    ("تظاهر الآلاف تنديدا بما تقوم به قوات الاحتلال في القدس.", "قوات الاحتلال"),
    ("تظاهر الآلاف احتجاجا على تصريحات أدلى بها الرئيس الفرنسي.", "الرئيس الفرنسي"),
    ("تظاهر الآلاف احتجاجا على ممارسات تقوم بها الشرطة.", "الشرطة"),
    # unchanged: the resuming pronoun on the verb, a defined relative
    ("تظاهر الآلاف احتجاجا على إجراءات اتخذتها الحكومة.", "الحكومة"),
    ("تظاهر الآلاف احتجاجا على الزيارة التي يقوم بها الرئيس الأمريكي للمنطقة.", "الرئيس الأمريكي"),
])
def test_what_someone_does_names_the_target(pipe, text, target):
    assert roles(pipe, text, "PROTEST")[1] == [target]


@pytest.mark.parametrize("text", [
    # no author named after «ما» or the indefinite act
    "تظاهر الآلاف احتجاجا على ما حدث في المدينة.",
    "تظاهر الآلاف احتجاجا على قرار صدر عن المحكمة.",
])
def test_no_author_no_target(pipe, text):
    assert roles(pipe, text, "PROTEST")[1] == []


# --- the genitive of a denouncing masdar is who denounces --------------------------------------

@pytest.mark.parametrize("text", [
    "أعلن النادي أن دائرة إضراب الأسرى آخذة في الاتساع، مبرزة تنديد عضو اللجنة التنفيذية في المنظمة "
    "بقيام مستوطنين باقتحام المسجد.",
    "تظاهر الآلاف وسط تنديد الحكومة بالمظاهرات.",
])
def test_the_denouncer_is_no_target(pipe, text):
    assert roles(pipe, text, "PROTEST")[1] == []


@pytest.mark.parametrize("text, target", [
    ("تظاهر الآلاف للتنديد بالحكومة.", "الحكومة"),
    ("تظاهر الآلاف تنديدا بالحكومة الإسرائيلية.", "الحكومة الإسرائيلية"),
    ("تظاهر الآلاف في تنديد واسع بالحكومة.", "الحكومة"),
])
def test_what_is_denounced_stays_the_target(pipe, text, target):
    assert roles(pipe, text, "PROTEST")[1] == [target]


# --- kin and supporters protest for their own ----------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("تظاهر أنصار المعارضة أمام مقر الحكومة.", "أنصار المعارضة"),
    ("نظم أنصار المعارضة مظاهرة في وسط المدينة.", "أنصار المعارضة"),
    ("تظاهر ذوو المعتقلين أمام مقر المحكمة للمطالبة بالإفراج عنهم.", "ذوو المعتقلين"),
    ("واعتصم أعضاء نقابة المحامين أمام المحكمة.", "أعضاء نقابة المحامين"),
    # the organiser's subject after an undertaking verb, past «عدد من»
    ("تخوض أسر عدد من المعتقلين السياسيين اعتصاما أمام مقر الحكومة للمطالبة بالإفراج عن أقاربهم.",
     "أسر عدد من المعتقلين"),
])
def test_kin_and_supporters_are_the_source(pipe, text, source):
    assert roles(pipe, text, "PROTEST")[0] == [source]


@pytest.mark.parametrize("text, source", [
    ("تظاهر المعارضون في الساحة.", "المعارضون"),
    ("وتظاهر المتظاهرون وأنصارهم في الساحة.", "المتظاهرون"),
])
def test_other_sources_are_not_widened(pipe, text, source):
    assert roles(pipe, text, "PROTEST")[0] == [source]
