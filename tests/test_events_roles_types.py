"""Actor and recipient of the 14 PLOVER types other than ASSAULT/PROTEST (issue #6 roles audit).

One family per test, on sentences written for these tests (not taken from the news day or
the dev gold): the partner after مع and the parties after بين (CONSULT/AGREE/COOPERATE),
the receiver after إلى/ل (AID), the force a deploying verb sends (MOBILIZE), the holder of a
stance noun with a possessive pronoun (أعلنت X رفضها), and the subject of a support verb
before a verbal noun (ألقت الشرطة القبض، عقد الوزير اجتماعا).
"""

import pytest
from event_helpers import roles

from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(["text", "events"])


def _has(texts, word):
    return any(word in t for t in texts)


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), [
    ("تعاونت وزارة الداخلية مع الشرطة الدولية في ملاحقة المهربين.", "COOPERATE",
     "الداخلية", "الشرطة"),
    ("اتفقت الحكومة اليمنية مع الأمم المتحدة على خطة جديدة.", "AGREE", "الحكومة", "الأمم"),
    ("عقد وزير الداخلية اجتماعا مع قادة الشرطة.", "CONSULT", "وزير", "قادة"),
])
def test_partner_after_with(pipe, text, type_, actor, recipient):
    actors, recips = roles(pipe, text, type_)
    assert _has(actors, actor) and not _has(actors, recipient)
    assert _has(recips, recipient)


def test_parties_after_between(pipe):
    actors, recips = roles(pipe, "وقعت اتفاقية تعاون بين الأردن والعراق أمس.", "AGREE")
    assert actors == ["الأردن"]
    assert _has(recips, "العراق")


@pytest.mark.parametrize("text", [
    "قدمت الكويت مساعدات غذائية إلى اللاجئين السوريين في الأردن.",
    "قدمت الكويت مساعدات غذائية للاجئين السوريين في الأردن.",
])
def test_aid_receiver_after_to(pipe, text):
    actors, recips = roles(pipe, text, "AID")
    assert actors == ["الكويت"]
    assert _has(recips, "لاجئين") and not _has(recips, "الأردن")


@pytest.mark.parametrize(("text", "actor", "force"), [
    ("نشرت تركيا قوات خاصة على الحدود.", "تركيا", "قوات"),
    ("وحشد الجيش جنوده قرب المدينة.", "الجيش", "جنوده"),
])
def test_deployed_force_is_no_recipient(pipe, text, actor, force):
    actors, recips = roles(pipe, text, "MOBILIZE")
    assert actors == [actor]
    assert not _has(recips, force)


def test_stance_noun_holder(pipe):
    actors, recips = roles(pipe, "وأعلنت المعارضة رفضها للمبادرة.", "REJECT")
    assert actors == ["المعارضة"]
    assert not _has(recips, "المعارضة")


@pytest.mark.parametrize(("text", "type_", "actor"), [
    ("وأسهمت الشرطة في القبض على المتهمين.", "COERCE", "الشرطة"),
    ("أعلنت السلطات المصرية رفع حظر التجول عن المدينة.", "CONCEDE", "السلطات"),
])
def test_support_verb_subject(pipe, text, type_, actor):
    actors, _ = roles(pipe, text, type_)
    assert len(actors) == 1 and actor in actors[0]


def test_speaker_is_not_the_support_subject(pipe):
    # the noun after أن belongs to the complement clause, not to the speaker's verb
    doc = pipe.analyze("أعلن المتحدث أن اجتماعا سيعقد الأسبوع المقبل.")
    for e in doc.events:
        assert not _has([a.text for a in e.actor], "المتحدث")


@pytest.mark.parametrize("text", [
    "كما قامت الشرطة بنشر قوات طوارئ في البلدة.",
    "وتم نشر قوة من 200 جندي فرنسي في المطار.",
    "ويجب أن تنشر قوات على الحدود.",
])
def test_deployed_force_is_no_actor(pipe, text):
    actors, recips = roles(pipe, text, "MOBILIZE")
    assert not _has(actors, "قو") and not _has(recips, "جندي")
    assert actors in ([], ["الشرطة"])


def test_coordinated_co_actor(pipe):
    actors, recips = roles(pipe, "واستقال وزير المالية ومسؤولون آخرون في الحكومة من مناصبهم.",
                          "RETREAT")
    assert _has(actors, "وزير") and _has(actors, "مسؤولون") and len(actors) == 2
    assert not recips


def test_possessed_intransitive_act_is_the_possessors(pipe):
    # استقالته: the pronoun is a possessor (استقال takes no object), the resigning party is
    # named before it, with no stance verb in between
    actors, recips = roles(pipe, "وتقدم عضو مجلس الإدارة بطلب استقالته من منصبه.", "RETREAT")
    assert len(actors) == 1 and "مجلس الإدارة" in actors[0]
    assert not recips


def test_help_genitive_is_the_giver(pipe):
    actors, recips = roles(pipe, "وسيطرت القوات الحكومية على البلدة بمساعدة التحالف الدولي.",
                          "AID")
    assert actors == ["التحالف الدولي"]
    assert not _has(recips, "التحالف")


@pytest.mark.parametrize(("text", "actor", "asked"), [
    ("وطلبت الوزارة من المواطنين مراجعة الفروع.", "الوزارة", "المواطنين"),
    ("وطلب الرئيس من الحكومة الأردنية تقديم تقرير.", "الرئيس", "الحكومة الأردنية"),
])
def test_asked_party_after_from(pipe, text, actor, asked):
    # a definite head takes no partitive من: the من phrase is the asked party
    actors, recips = roles(pipe, text, "REQUEST")
    assert actors == [actor]
    assert recips == [asked]


def test_definite_plural_keeps_its_partitive(pipe):
    # the guard of the من rule above: a definite plural still takes a partitive group
    doc = pipe.analyze("قتل المصلين من رجال الأمن في المسجد.")
    ev = [e for e in doc.events if e.type == "ASSAULT"][0]
    assert [r.text for r in ev.recipient] == ["المصلين من رجال الأمن"]
