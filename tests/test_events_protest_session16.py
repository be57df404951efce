"""Session 16 (evp16): PROTEST detection and targets — written sentences, the rules without the
entity stage (docs/events.md "Detection and roles, session 16")."""

from __future__ import annotations

import pytest

from tests.event_helpers import events_of, roles, rules_pipe, trigger_modality  # noqa: F401

pipe = rules_pipe


def asserted(pipe, text: str) -> list:
    """The asserted PROTEST events of ``text``."""
    return [e for e in events_of(pipe, text, "PROTEST") if e.modality == "asserted"]


# --- a movement's name is no background frame -------------------------------------------------

@pytest.mark.parametrize("text", [
    "نظمت حركة حماس مظاهرة في غزة احتجاجا على الحصار.",
    "نظمت حركة كفاية وقفة احتجاجية أمام نقابة الصحفيين.",
    "وقادت حركات شبابية مسيرة في وسط العاصمة احتجاجا على الغلاء.",
])
def test_a_movement_organising_a_protest_reports_it(pipe, text):
    assert asserted(pipe, text)


@pytest.mark.parametrize("text", [
    # «حركة» right before the protest noun: the protest movement, a background reference
    "انتقد المحافظون دعمه لحركة الاحتجاجات قبل سنوات.",
    "تحدث الكاتب عن حركة الاحتجاجات في البلاد.",
])
def test_the_protest_movement_stays_background(pipe, text):
    assert asserted(pipe, text) == []


# --- the strike verb's imperfect is spelt as «hit» --------------------------------------------

@pytest.mark.parametrize("text", [
    "أصدر البرلمان حكما بإعدام الملك، لتضرب عنقه في الساحة أمام الحشود المحتجة.",
    "وشاهد المتظاهرون السفن وهي تضرب المياه على جانبي القناة.",
    "وهذه الهجمات هي الأولى التي تضرب العاصمة منذ أشهر، وسط احتجاجات.",
    "وقالوا إن الشرطة كانت تضرب المعتصمين، وإن رجال الأمن يضربون المتظاهرين بالهراوات.",
])
def test_an_imperfect_form_without_an_abstention_is_no_strike(pipe, text):
    assert [e for e in events_of(pipe, text, "PROTEST") if e.mode == "strike"] == []


@pytest.mark.parametrize("text", [
    # «عن» within three words (an imperfect protest verb needs a near time: session 12)
    "وقال المحامي إن المعتقلين يضربون اليوم عن الطعام احتجاجا على ظروف اعتقالهم.",
    "وقالت النقابة إن الممرضات في المستشفى تضرب اليوم عن العمل احتجاجا على تأخر الرواتب.",
    # the perfect (with or without hamza) needs no «عن»
    "وأضرب العمال أمس احتجاجا على تأخر صرف الرواتب.",
    "واضرب المعلمون امس احتجاجا على قرار الوزارة.",
])
def test_a_strike_keeps_its_forms(pipe, text):
    assert [e for e in asserted(pipe, text) if e.mode == "strike"]


# --- dispersal and permission: the protest is the topic, not the report -----------------------

@pytest.mark.parametrize("text", [
    "وتحدث عن عزل الرئيس وفض اعتصام الميدان الذي وجد ترويجا للانتقام.",
    "وطالب المسؤول بفض الاعتصام المفتوح أمام البرلمان.",
    "أعلن قائد القوات الخاصة أنه لن يسمح بخروج المظاهرات المؤيدة للنظام السابق.",
    "ورفضت الشرطة السماح بتنظيم مسيرة احتجاجا على القانون.",
])
def test_a_dispersed_or_permitted_protest_is_no_report(pipe, text):
    assert asserted(pipe, text) == []


@pytest.mark.parametrize("text", [
    # a protest reported beside those words: further away, or not governed by them
    "وسمحت السلطات للصحفيين بالدخول، فيما تظاهر المئات أمام البرلمان احتجاجا على القانون.",
    "وبعد فض الجلسة تظاهر مئات الطلاب احتجاجا على القرار.",
])
def test_a_protest_beside_them_is_reported(pipe, text):
    assert asserted(pipe, text)


# --- a demanded punishment names the punished -----------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("واعتصم نحو ألف شخص امس للدعوة لإنزال العقاب بأحد أفراد عائلة الرئيس.", "أفراد عائلة الرئيس"),
    ("وتظاهر مئات الطلاب امس للمطالبة بإنزال أشد العقوبات بقوات الأمن.", "قوات الأمن"),
    ("وتظاهر الآلاف مطالبين بالقصاص من الشرطة.", "الشرطة"),
])
def test_the_punished_is_the_target(pipe, text, target):
    assert target in roles(pipe, text, "PROTEST")[1]


@pytest.mark.parametrize("text", [
    # no penalty word between the masdar and ب: not a punishment («تطبيق القانون بحزم»)
    "وتظاهر الآلاف امس للمطالبة بتطبيق القانون بالجامعات.",
    # the punishment's object unnamed
    "واعتصم المئات امس للمطالبة بإنزال العقاب.",
])
def test_no_punished_no_target(pipe, text):
    assert roles(pipe, text, "PROTEST")[1] == []


# --- «احتجاجا على ذلك»: the author of the act told before -------------------------------------

@pytest.mark.parametrize("text, target", [
    ("وقررت الحكومة رفع أسعار الوقود، واحتجاجا على ذلك تظاهر آلاف الطلاب امس في العاصمة.",
     "الحكومة"),
    ("وذكر النادي أن تنقلات تعسفية كانت قد أقدمت عليها إدارة مصلحة السجون بهدف التنكيل بالأسرى، "
     "واحتجاجا على ذلك شرع 120 أسيرا بالإضراب المفتوح عن الطعام أمس.", "إدارة مصلحة السجون"),
    ("وأغلقت الشرطة الجامعة، وتظاهر مئات الطلاب امس تنديدا بذلك.", "الشرطة"),
    ("واعتقل رجال الأمن عشرات الطلاب، وتظاهر زملاؤهم امس احتجاجا على ذلك.", "رجال الأمن"),
])
def test_a_recalled_act_names_its_author(pipe, text, target):
    assert roles(pipe, text, "PROTEST")[1] == [target]


@pytest.mark.parametrize("text", [
    # the demonstrative with its own noun names the act (no author told)
    "وتظاهر آلاف الطلاب امس في العاصمة احتجاجا على هذا القرار.",
    # the wronged before the marker are no author (commoners), nor is a phrase past a stop
    "وقتل ثلاثة طلاب. وتظاهر زملاؤهم امس احتجاجا على ذلك.",
    "وقتل ثلاثة طلاب في الجامعة، وتظاهر زملاؤهم امس احتجاجا على ذلك.",
])
def test_no_recalled_author(pipe, text):
    assert roles(pipe, text, "PROTEST")[1] == []
