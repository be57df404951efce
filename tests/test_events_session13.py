"""Event rule families of session 13 (issue #6, ev13): «مسلح/مسلحة» as the adjective of an attack
(هجوم مسلح) rather than an armed man; armed groups named by a collective (مجموعة مسلحة) and the
counted party of a collective's partitive (مجموعة من المسلحين); a masculine armed man takes no
feminine adjective (مسلح دورية); a definite noun takes no definite named body as its genitive
(دعا الوزير المجتمع الدولي); a call coordinated after reported speech is the speaker's; protest
targets — an embassy's state, a protested publication's publisher, «في وجه X», the author of a
protested harm past an apposition, slogans that criticise, chants for someone's fall; the party
blamed for an attack as its actor; the imperfect raid verb «تغير/يغير على».

Sentences written for these tests (not copied from the dev gold, the news day or ANERcorp).
"""

from __future__ import annotations

import pytest
from event_helpers import events_of, roles

# the rules-only pipeline of session 10's tests (one definition)
from test_events_s10_ap import rules  # noqa: F401


def _asserted(pipe, text: str, type_: str) -> list:
    return [e for e in events_of(pipe, text, type_) if e.modality == "asserted"]


def _all_roles(pipe, text: str, type_: str) -> tuple[set[str], set[str]]:
    evs = events_of(pipe, text, type_)
    assert evs, text
    return {a.text for e in evs for a in e.actor}, {r.text for e in evs for r in e.recipient}


# --- «مسلح/مسلحة» after an attack noun is its adjective -------------------------------------------

@pytest.mark.parametrize("text", [
    "ونجا المسؤول من هجوم مسلح استهدف موكبه في بغداد",
    "وأصيب شرطيان في الهجوم المسلح الذي استهدف دوريتهما",
    "وقعت اشتباكات مسلحة بين الجيش والمتمردين أسفرت عن مقتل عشرة",
])
def test_armed_attack_has_no_armed_man(rules, text):  # noqa: F811
    actors, recips = _all_roles(rules, text, "ASSAULT")
    assert not any(x.startswith(("مسلح", "المسلح")) for x in actors | recips)


@pytest.mark.parametrize("text,actor", [
    ("هاجم مسلح دورية للشرطة", "مسلح"),  # a verb before it: the gunman
    ("قتل مسلحون ثلاثة جنود قرب الحدود", "مسلحون"),  # the plural: always the men
    ("هاجمت مجموعة مسلحة مركزا للشرطة", "مجموعة مسلحة"),  # a collective: an armed group
    ("هاجمت عصابة مسلحة منزل التاجر", "عصابة مسلحة"),
])
def test_armed_men_and_groups_stay_actors(rules, text, actor):  # noqa: F811
    a, _ = roles(rules, text, "ASSAULT")
    assert a == [actor]


def test_feminine_noun_after_a_gunman_is_the_object(rules):  # noqa: F811
    assert roles(rules, "هاجم مسلح دورية للشرطة", "ASSAULT") == (["مسلح"], ["دورية للشرطة"])


def test_adjective_of_a_unit_stays_in_its_phrase(rules):  # noqa: F811
    a, _ = roles(rules, "قتلت فرقة مظلية ثلاثة مسلحين في الجبال", "ASSAULT")
    assert a == ["فرقة مظلية"]


# --- a collective's partitive: the counted party ------------------------------------------------

@pytest.mark.parametrize("text,actor", [
    ("وأطلقت مجموعة من المستوطنين النار على مزارعين فلسطينيين", "المستوطنين"),
    ("قال مسؤولون إن مجموعة من المسلحين هاجموا دورية للشرطة", "المسلحين"),
])
def test_collective_partitive_counts_its_party(rules, text, actor):  # noqa: F811
    a, _ = roles(rules, text, "ASSAULT")
    assert a == [actor]


def test_a_definite_singular_still_takes_min_as_another_party(rules):  # noqa: F811
    # «طلبت الوزارة من المواطنين»: من names the one asked, no partitive
    assert roles(rules, "طلبت الوزارة من المواطنين الحذر", "REQUEST") == (["الوزارة"], ["المواطنين"])


# --- a definite noun takes no definite named body as its genitive ---------------------------------

def test_definite_subject_and_named_object_are_two_phrases(rules):  # noqa: F811
    a, r = roles(rules, "دعا الوزير المجتمع الدولي إلى دعم جهود الحكومة", "REQUEST")
    assert a == ["الوزير"] and r == ["المجتمع الدولي"]


@pytest.mark.parametrize("text,actor", [
    ("هاجم المتمردون التاميل قاعدة للجيش", "المتمردون التاميل"),  # a one-word group: adjective
    ("هاجمت عناصر حركة طالبان مركزا للشرطة", "عناصر حركة طالبان"),  # indefinite head: genitive
])
def test_group_genitives_and_adjectives_stay(rules, text, actor):  # noqa: F811
    a, _ = roles(rules, text, "ASSAULT")
    assert a == [actor]


# --- a call coordinated after reported speech and a comma is the speaker's ------------------------

@pytest.mark.parametrize("text,caller,addressee", [
    ("وقال الوزير إن الحكومة ملتزمة بالحل السلمي، ودعا المجتمع الدولي إلى دعم جهودها",
     "الوزير", "المجتمع الدولي"),
    ("وقالت الوزيرة إن الحكومة ملتزمة بالحل، ودعت الأمم المتحدة إلى التدخل",
     "الوزيرة", "الأمم المتحدة"),
])
def test_call_after_reported_speech_is_the_speakers(rules, text, caller, addressee):  # noqa: F811
    assert roles(rules, text, "REQUEST") == ([caller], [addressee])


def test_coordinated_act_after_reported_speech_keeps_its_own_subject(rules):  # noqa: F811
    # not a call: the gunmen kill, not the witnesses who report it
    evs = [e for e in events_of(rules, "وقال الشهود إن المسلحين هاجموا القرية، وقتلوا ثلاثة من سكانها",
                                "ASSAULT") if e.trigger.text == "قتلوا"]
    assert evs and [a.text for a in evs[0].actor] == ["المسلحين"]


# --- protest targets ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,target", [
    ("تظاهر مئات الطلاب أمام مقر السفارة الأمريكية في القاهرة", "الأمريكية"),
    ("تجمع عشرات المحتجين أمام السفارة الإسرائيلية في عمان احتجاجا على العدوان", "الإسرائيلية"),
    ("اعتصم العشرات أمام سفارة الولايات المتحدة", "الولايات المتحدة"),
])
def test_embassy_protested_stands_for_its_state(rules, text, target):  # noqa: F811
    _, r = roles(rules, text, "PROTEST")
    assert r == [target]


def test_company_seat_and_attacked_embassy_keep_their_phrase(rules):  # noqa: F811
    assert roles(rules, "اعتصم العمال أمام مقر الشركة", "PROTEST")[1] == ["مقر الشركة"]
    _, r = roles(rules, "هاجم مسلحون السفارة الأمريكية في المدينة", "ASSAULT")
    assert r == ["السفارة الأمريكية"]  # an attack hits the building: not the protest rule


@pytest.mark.parametrize("text,target", [
    ("تظاهر الآلاف احتجاجا على الرسوم المسيئة للنبي في الصحف الدنماركية", "الصحف الدنماركية"),
    ("تظاهر المئات احتجاجا على نشر الرسوم في صحيفة دنماركية", "صحيفة دنماركية"),
    ("وتظاهر الطلاب احتجاجا على المقال المنشور في مجلة فرنسية", "مجلة فرنسية"),
])
def test_publisher_of_a_protested_publication_is_the_target(rules, text, target):  # noqa: F811
    _, r = roles(rules, text, "PROTEST")
    assert r == [target]


def test_no_publisher_without_a_publication(rules):  # noqa: F811
    _, r = roles(rules, "تظاهر الآلاف احتجاجا على الفساد في الصحف والوزارات", "PROTEST")
    assert r == []


def test_protest_in_the_face_of(rules):  # noqa: F811
    assert roles(rules, "تظاهر أهالي القرية في وجه رجال الأمن", "PROTEST")[1] == ["رجال الأمن"]
    assert roles(rules, "تظاهر أهالي القرية في وسط المدينة", "PROTEST")[1] == []


@pytest.mark.parametrize("text", [
    "تظاهر الطلاب احتجاجا على قتل الشرطة، وفق شهود، لأحد زملائهم",
    "تظاهر الطلاب احتجاجا على قتل الشرطة -بحسب الأهالي- لأحد زملائهم",
])
def test_harm_author_past_an_apposition(rules, text):  # noqa: F811
    assert roles(rules, text, "PROTEST")[1] == ["الشرطة"]


def test_harm_without_author_names_no_target(rules):  # noqa: F811
    # an apposition with no ل object after it: the killed student is no protested party
    _, r = roles(rules, "تظاهر الطلاب احتجاجا على قتل الطالب، وهو ابن القرية، أمس", "PROTEST")
    assert r == []


@pytest.mark.parametrize("text,target", [
    ("تظاهر الطلاب منتقدين وزير التعليم", "وزير التعليم"),
    ("تظاهر المئات ورفعوا لافتات تنتقد الحكومة", "الحكومة"),
    ("خرج آلاف المتظاهرين إلى الشوارع يهتفون بسقوط الحكومة", "الحكومة"),
])
def test_criticising_slogans_and_chants_name_the_target(rules, text, target):  # noqa: F811
    _, r = roles(rules, text, "PROTEST")
    assert r == [target]


def test_slogan_that_carries_pictures_names_no_target(rules):  # noqa: F811
    _, r = roles(rules, "تظاهر المئات ورفعوا لافتات تحمل صور الشهداء", "PROTEST")
    assert r == []


# --- the party blamed for an attack is its actor ---------------------------------------------------

@pytest.mark.parametrize("text,actor", [
    ("قتل ثلاثة جنود في هجوم اتهمت السلطات حركة طالبان بتنفيذه", "حركة طالبان"),
    ("قتل خمسة أشخاص في انفجار سيارة مفخخة، واتهمت الحكومة المتمردين بالوقوف وراء الهجوم",
     "المتمردين"),
])
def test_blamed_party_is_the_actor(rules, text, actor):  # noqa: F811
    evs = _asserted(rules, text, "ASSAULT")
    assert evs and [a.text for a in evs[0].actor] == [actor]


def test_accuser_alone_is_no_actor(rules):  # noqa: F811
    evs = _asserted(rules, "قتل جنديان في هجوم واتهمت الحكومة بتنفيذه", "ASSAULT")
    assert evs and evs[0].actor == []


# --- the imperfect raid verb «تغير/يغير على» ---------------------------------------------------------

@pytest.mark.parametrize("text,actor,target", [
    ("تغير الطائرات الإسرائيلية على مواقع في جنوب لبنان منذ أيام", "الطائرات الإسرائيلية", "مواقع"),
    ("ويغير مسلحون على القرى الحدودية ويقتلون السكان", "مسلحون", "القرى الحدودية"),
])
def test_imperfect_raid_verb_is_an_assault(rules, text, actor, target):  # noqa: F811
    evs = _asserted(rules, text, "ASSAULT")
    assert evs and evs[0].trigger.text.endswith(("تغير", "يغير"))
    assert ([a.text for a in evs[0].actor], [r.text for r in evs[0].recipient]) == ([actor], [target])


@pytest.mark.parametrize("text", [
    "لن يغير ذلك على أرض الواقع شيئا",
    "لم يطرأ أي تغير على موقف الحكومة",
    "تغير موقف الحكومة على نحو مفاجئ",
    "تغير المزاج العام على مدى السنوات الماضية",
    "تغير الحكومة موقفها على الدوام",
])
def test_change_is_no_raid(rules, text):  # noqa: F811
    assert not events_of(rules, text, "ASSAULT")


# --- a place or installation after an active attack verb is its object --------------------------

@pytest.mark.parametrize("text,target", [
    ("وقصفت مواقع المسلحين قرب المدينة", "مواقع المسلحين"),
    ("إن مدمرتين حربيتين انضمتا للأسطول وقصفت مواقع الحوثيين", "مواقع الحوثيين"),
])
def test_place_after_an_active_attack_verb_is_its_object(rules, text, target):  # noqa: F811
    evs = _asserted(rules, text, "ASSAULT")
    assert evs and target in [r.text for r in evs[0].recipient]
    assert target not in [a.text for a in evs[0].actor]


def test_subject_before_the_place_stays_the_actor(rules):  # noqa: F811
    assert roles(rules, "قصفت الطائرات مواقع المسلحين", "ASSAULT") == (["الطائرات"], ["مواقع المسلحين"])


# --- a form coordinated with a verbal noun is a verbal noun; «ما قام به X» ----------------------

def test_coordinated_verbal_noun_takes_its_victim_as_genitive(rules):  # noqa: F811
    text = "وقال المتحدث إن ما قام به الإرهابيون من استهداف وقتل الجنود من رجال أمننا عمل جبان"
    evs = [e for e in events_of(rules, text, "ASSAULT") if e.trigger.text == "قتل"]
    assert evs and [r.text for r in evs[0].recipient] == ["الجنود"]  # was the actor
    assert [a.text for a in evs[0].actor] == ["الإرهابيون"]  # after «ما قام به»


def test_no_actor_before_a_resumed_light_verb(rules):  # noqa: F811
    # «ما قام به» + no actor phrase after it: never the speaker before «إن»
    text = "وقال عضو المجلس إن ما قام به هؤلاء من استهداف وقتل المصلين من رجال أمننا جريمة"
    evs = [e for e in events_of(rules, text, "ASSAULT") if e.trigger.text == "قتل"]
    assert evs and not any(a.text.startswith(("عضو", "المصلين")) for a in evs[0].actor)


def test_coordinated_verb_after_a_verb_stays_a_verb(rules):  # noqa: F811
    evs = [e for e in events_of(rules, "قتل مسلحون شرطيا وخطفوا آخر في المدينة", "ASSAULT")
           if e.trigger.text == "خطفوا"]
    assert evs and [a.text for a in evs[0].actor] == ["مسلحون"]
