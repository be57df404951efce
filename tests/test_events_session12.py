"""Event rule families of session 12 (issue #6, evr12): the raid verb «أغار على»; gatherings
that are no protest without a protest cue; protest targets named by the protested act's author
(a relative clause, «من قبل / من جانب») or by a petition's addressee, no target in whom a rally
supports, the holder — not the prisoners — of a demanded release, a «الموت لـ X» chant and a
burned flag or effigy; a call whose phrase after the verb cannot be its subject (the addressee); the
subject of a relative clause's own verb is not the main verb's; a survivor that is no actor
phrase.

Sentences written for these tests (not copied from the dev gold or the news day).
"""

from __future__ import annotations

import pytest
from event_helpers import events_of, roles

# the rules-only and the shipped pipelines of session 10's tests (one definition of each)
from test_events_s10_ap import rules, shipped  # noqa: F401

from khabar.extract.events.model import SURVIVED, stands


def _asserted(pipe, text: str, type_: str) -> list:
    return [e for e in events_of(pipe, text, type_) if e.modality == "asserted"]


# --- the raid verb «أغار/أغارت على» (the perfect only: the imperfect is spelt like يغيّر) --------

@pytest.mark.parametrize("text,actor,target", [
    ("أغارت الطائرات الإسرائيلية على مواقع في جنوب لبنان", "الطائرات الإسرائيلية", "مواقع"),
    ("وأغار مسلحون ملثمون على مركز للشرطة في المدينة", "مسلحون ملثمون", "مركز للشرطة"),
    ("أغار الطيران الحربي فجر اليوم على قرية قرب الحدود", "الطيران الحربي", "قرية"),
])
def test_raid_verb_is_an_assault(rules, text, actor, target):  # noqa: F811
    evs = _asserted(rules, text, "ASSAULT")
    assert evs and any(e.trigger.text.endswith(("أغار", "أغارت")) for e in evs)
    a, r = roles(rules, text, "ASSAULT")
    assert a == [actor] and r == [target]


def test_raid_noun_is_an_assault(rules):  # noqa: F811
    assert _asserted(rules, "شنت القوات إغارة على معسكر للمتمردين فجر اليوم", "ASSAULT")


@pytest.mark.parametrize("text", [
    # غيّر "changed" and its imperfect, with على after them
    "غيرت الحكومة سياستها على نحو مفاجئ",
    "تغير الوضع على الأرض بعد الاتفاق",
    "يغير الوزير موقفه على الدوام",
    # أغار without على: no raid (another sense)
    "أغار الحديث صدور الحاضرين",
])
def test_change_and_other_senses_are_no_raid(rules, text):  # noqa: F811
    assert not events_of(rules, text, "ASSAULT")


# --- a gathering is a protest only with a protest cue ------------------------------------------

@pytest.mark.parametrize("text", [
    "خرج آلاف المواطنين إلى الشوارع للاحتفال بفوز المنتخب",
    "تجمع مئات الأشخاص لتشييع جنازة الضحايا",
    "احتشد عشرات الآلاف من الطلاب في الساحة لاستقبال الرئيس",
    "نزل الآلاف إلى الشوارع ليلة العيد",
])
def test_a_crowd_alone_is_no_protest(rules, text):  # noqa: F811
    assert not events_of(rules, text, "PROTEST")


@pytest.mark.parametrize("text", [
    "احتشد الآلاف في الساحة احتجاجا على قرار الحكومة",
    "خرج آلاف المتظاهرين إلى الشوارع ضد الحكومة",
    "تجمع مئات الطلاب أمام الجامعة مطالبين بإقالة العميد",
    # the cue may stand beyond the window: what makes the crowd a protest comes later
    "وتجمع عشرات الشبان في ميدان المدينة بدعوة من حركة شبابية محلية وهم يحملون الأعلام ولافتات "
    "تطالب بوقف الاستيطان",
    # not a gathering verb: a march of the opposition stays a protest
    "ونظم أنصار المعارضة مسيرة في وسط المدينة",
])
def test_a_crowd_with_a_protest_cue_protests(rules, text):  # noqa: F811
    assert _asserted(rules, text, "PROTEST")


# --- protest targets -----------------------------------------------------------------------------

PROTEST_TARGETS = [
    # the author of the protested act in a relative clause that resumes it
    ("تظاهر الآلاف ضد القرار الذي اتخذته الحكومة", ["الحكومة"]),
    ("احتج مئات العمال على الإجراءات التي فرضتها إدارة الشركة", ["إدارة الشركة"]),
    ("تظاهر المئات ضد القانون الذي أقره البرلمان الأسبوع الماضي", ["البرلمان"]),
    # a relative clause without a resumptive verb names no author
    ("تظاهر المئات ضد القانون الذي صدر الأسبوع الماضي", []),
    # the agent of a protested act that is no harm
    ("اعتصم الموظفون احتجاجا على تأخر صرف رواتبهم من جانب الوزارة", ["الوزارة"]),
    ("نظم المعلمون إضرابا احتجاجا على تجاهل مطالبهم من قبل الحكومة", ["الحكومة"]),
    # a petition's addressee
    ("تظاهر المئات وسلموا مذكرة احتجاج إلى رئيس الوزراء", ["رئيس الوزراء"]),
    ("اعتصم العمال ورفعوا عريضة موجهة إلى وزير العمل", ["وزير العمل"]),
    # a destination that is no addressee: no target
    ("تظاهر المئات ثم توجهوا إلى منازلهم", []),
    # whom a rally supports is no target
    ("تظاهر الآلاف دعما للرئيس", []),
    ("تظاهر المئات تضامنا مع الحكومة", []),
    # a demanded release: who holds the prisoners, never the prisoners
    ("وتظاهر المئات للمطالبة بالإفراج عن المعتقلين لدى السلطات", ["السلطات"]),
    ("اعتصم أهالي المعتقلين للمطالبة بالإفراج عن أبنائهم", []),
    ("تظاهر المئات مطالبين الحكومة بالإفراج عن المعتقلين", ["الحكومة"]),
    # the resumptive pronoun on a preposition after the relative's verb
    ("تظاهر الآلاف احتجاجا على الزيارة التي يقوم بها الرئيس الأمريكي للمنطقة", ["الرئيس الأمريكي"]),
    # «الموت لـ X» chants; a burned flag or effigy — not one carried or raised
    ("وتظاهر الآلاف في طهران وهم يهتفون الموت لأمريكا", ["أمريكا"]),
    ('تظاهر الآلاف في بيروت مرددين "الموت لإسرائيل"', ["إسرائيل"]),
    ("تظاهر المئات في كراتشي وأحرقوا العلم الأمريكي", ["الأمريكي"]),
    ("تظاهر الآلاف وأحرقوا دمية تمثل الرئيس الأمريكي", ["الرئيس الأمريكي"]),
    ("تظاهر الآلاف حاملين العلم الفلسطيني", []),
    ("تظاهر الآلاف رافعين صور الرئيس", []),
    ("تظاهر المئات وأحرقوا إطارات السيارات", []),
    # targets as before
    ("تظاهر الآلاف رفضا لقرار الرئيس", ["الرئيس"]),
    ("تظاهر المئات مطالبين بإقالة الوزير", ["الوزير"]),
    # (session 13: an embassy protested at stands for its state — the country word is the target)
    ("تظاهر المئات أمام السفارة الأمريكية في القاهرة", ["الأمريكية"]),
]


@pytest.mark.parametrize("text,targets", PROTEST_TARGETS)
def test_protest_targets(rules, text, targets):  # noqa: F811
    assert roles(rules, text, "PROTEST")[1] == targets


# --- a call whose phrase after the verb cannot be its subject: the addressee -------------------

@pytest.mark.parametrize("text,actor,recipient", [
    ("ودعا الحكومة إلى الإفراج عن المعتقلين", [], ["الحكومة"]),
    ("وطالب الحكومة بالإفراج عن المعتقلين", [], ["الحكومة"]),
    ("وناشدت المتظاهرين أن يعودوا إلى منازلهم", [], ["المتظاهرين"]),
    # the verb agrees with the phrase: its subject, as before
    ("دعت الحكومة إلى الحوار", ["الحكومة"], []),
    ("دعا الرئيس الفلسطيني المجتمع الدولي إلى التدخل", ["الرئيس الفلسطيني"], []),
    ("دعت الولايات المتحدة إلى وقف القتال", ["الولايات المتحدة"], []),
])
def test_call_addressee(rules, text, actor, recipient):  # noqa: F811
    a, r = roles(rules, text, "REQUEST")
    assert a == actor
    assert all(x in r for x in recipient)


# --- the subject of a relative clause's own verb is not the main verb's -----------------------

def test_relative_clause_subject_is_not_the_requester(rules):  # noqa: F811
    text = "واثنان فقط من اللاجئين الذين تولى أمرهم الصليب الأحمر السبت طلبا اللجوء إلى النمسا"
    assert "الصليب الأحمر" not in roles(rules, text, "REQUEST")[0]


def test_object_of_a_relative_clause_stays_the_next_subject(rules):  # noqa: F811
    # no pronoun resumes the relative's head, so the head is its subject and the militias its
    # object — and they are the subject of «دمرت»
    text = ("ساهم الجسر الجوي في التخفيف من معاناة الشعب الذي واجه مؤخرا مليشيات مرتزقة "
            "دمرت المؤسسات الرسمية")
    assert roles(rules, text, "ASSAULT")[0] == ["مليشيات"]


def test_subject_right_before_the_verb_stays(rules):  # noqa: F811
    assert roles(rules, "وقال إن الصليب الأحمر طلب السماح بدخول القافلة", "REQUEST")[0] == [
        "الصليب الأحمر"]


# --- a survivor that is no actor phrase -----------------------------------------------------------

@pytest.mark.parametrize("text,survivor", [
    ("نجت المرشحة من هجوم استهدف موكبها", "المرشحة"),
    ("نجت المرشحة للرئاسة من هجوم استهدف موكبها أمس", "المرشحة للرئاسة"),
    ("نجا المدون المعروف من محاولة اغتيال أمس", "المدون المعروف"),
    ("نجا مدير الأمن من محاولة اغتيال في المدينة", "مدير الأمن"),
])
def test_survivor_without_an_actor_phrase(rules, shipped, text, survivor):  # noqa: F811
    assert survivor in roles(rules, text, "ASSAULT")[1]
    stage = next(s for s in rules.stages if s.name == "events")
    pairs = stage.code(rules.analyze(text))
    assert any(SURVIVED in f and stands(e, f) for e, f in pairs if e.type == "ASSAULT")
    assert _asserted(shipped, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "نجا 20 راكبا من الحادث",          # a count, and no attack
    "تعرض الوزير لانتقادات حادة",      # a verbal attack
])
def test_no_survivor_without_an_attack(rules, text):  # noqa: F811
    assert not events_of(rules, text, "ASSAULT")


# --- a state's or an official's «احتج على», a protest note: verbal (ACCUSE), no demonstration ---

@pytest.mark.parametrize("text", [
    "احتجت إيران رسميا على تصريحات الوزير",
    "احتجت الصين لدى الولايات المتحدة على بيع الأسلحة",
    "احتجت موسكو على نشر الصواريخ",
    "احتجت وزارة الخارجية على تصريحات السفير",
    "سلمت الحكومة مذكرة احتجاج إلى السفير الإسرائيلي",
    "قدمت الخارجية احتجاجا رسميا إلى السفير",
])
def test_diplomatic_protest_is_accuse(rules, text):  # noqa: F811
    assert not events_of(rules, text, "PROTEST")
    assert _asserted(rules, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "احتج الإيرانيون على القرار أمام مقر البرلمان",   # the people, not the state
    "احتج مئات الطلاب على قرار الجامعة",
    "نظم العمال وقفة احتجاجية أمام الوزارة",
])
def test_people_protesting_stay_protest(rules, text):  # noqa: F811
    assert _asserted(rules, text, "PROTEST")


# --- «مقاطعة» as a province; a boycott's genitive is the boycotted ------------------------------

@pytest.mark.parametrize("text", [
    "خطفوا عشرة عمال كانوا داخل المدرسة الواقعة في مقاطعة كورام شمال غرب باكستان",
    "وأوضح مسؤول في الإدارة المحلية بمقاطعة كورام أن العمال المخطوفين بخير",
])
def test_province_is_no_boycott(rules, text):  # noqa: F811
    assert not events_of(rules, text, "PROTEST")


@pytest.mark.parametrize("text,actor,target", [
    ("طالب الطلاب بمقاطعة إسرائيل", ["الطلاب"], ["إسرائيل"]),
    ("أعلن آلاف العمال مقاطعة الشركة احتجاجا على الفصل", ["العمال"], []),
])
def test_boycott_stays_and_its_genitive_is_the_boycotted(rules, text, actor, target):  # noqa: F811
    a, r = roles(rules, text, "PROTEST")
    assert a == actor and all(t in r for t in target)
