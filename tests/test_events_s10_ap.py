"""ASSAULT/PROTEST families of session 10 (issue #6): deaths with a non-human cause are no
attack whatever the trigger's strength, irregular armed men as actors (mercenaries,
pro-government militias, thugs), verbs whose object takes على read actively, and the explicit
attack report the learned filter never drops.

Sentences written for these tests (not copied from the dev gold or the news day).
"""

from __future__ import annotations

import pytest
from event_helpers import events_of, participants, rules_only

from khabar.extract.events import features
from khabar.extract.events.model import EXPLICIT, LogReg, stands
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return rules_only()  # roles: the rules' business


@pytest.fixture(scope="module")
def placed() -> Pipeline:
    # places come from the entity stage: the explicit report needs one
    return rules_only(("text", "entities", "events"))


@pytest.fixture(scope="module")
def shipped() -> Pipeline:
    return Pipeline(["text", "entities", "events"])


def _asserted(pipe: Pipeline, text: str) -> list:
    return [e for e in events_of(pipe, text, "ASSAULT") if e.modality == "asserted"]


# --- a non-human cause: nature, accidents, animals, disease ---------------------------------

@pytest.mark.parametrize("text", [
    "لقي 14 شخصا مصرعهم في فيضانات اجتاحت القرى الشمالية أمس.",
    "قتل ثلاثة أطفال وأصيب اثنان في زلزال ضرب المنطقة فجر اليوم.",
    "لقي شابان مصرعهما غرقا في أحد السدود جنوب المدينة.",
    "قتل تسعة أشخاص وأصيب 20 آخرون في حريق شب في مستودع للأخشاب.",
    "أسفرت العاصفة الثلجية عن مقتل خمسة أشخاص وإصابة العشرات.",
    "قتل أربعة أشخاص في حادث سير على الطريق السريع مساء أمس.",
    "أصيب ستة عمال في انهيار مبنى قيد الإنشاء.",
    "أصاب كلب ضال ثلاثة أطفال في الحي.",
    "قتل 30 شخصا بسبب وباء الكوليرا في المخيمات.",
])
def test_a_non_human_cause_is_no_attack(rules, text):
    assert _asserted(rules, text) == []


@pytest.mark.parametrize("text", [
    # an armed actor or a weapon in the sentence keeps the attack
    "قتل مسلحون سبعة أشخاص في قرية تضررت من الفيضانات.",
    "قتل أربعة أشخاص في انفجار عبوة ناسفة قرب موقع الزلزال.",
    "قتل خمسة أشخاص برصاص قناصة في حي دمره الزلزال.",
    # no non-human cause at all
    "قتل 12 شخصا في هجوم على سوق شعبي أمس.",
    # a military operation named a storm
    "قتل 20 متمردا في غارات عاصفة الحزم على مواقعهم.",
])
def test_an_armed_party_or_weapon_keeps_the_attack(rules, text):
    assert _asserted(rules, text)


def test_an_attack_act_is_not_explained_by_a_fire(rules):
    # the rule covers the harm (قتل، أصيب), not the act: civilians storming a police station with
    # stones are attackers even when a fire breaks out
    assert _asserted(rules, "هاجم محتجون غاضبون مركز الشرطة بالحجارة واندلع حريق في المبنى.")


# --- irregular armed men as actors ------------------------------------------------------------

@pytest.mark.parametrize(("text", "actor", "sector"), [
    ("قتل شبيحة النظام عشرة مدنيين في ريف المدينة.", "شبيحة النظام", "PRM"),
    ("هاجم بلطجية المعتصمين في الميدان بالعصي.", "بلطجية", "CRM"),
    ("قتل مرتزقة أجانب ثلاثة جنود في هجوم ليلي.", "مرتزقة", "UAF"),
    ("هاجم الجنجويد قرية في دارفور وأحرقوا منازلها.", "الجنجويد", "PRM"),
    ("اعتدى قطاع طرق على قافلة تجارية جنوب البلاد.", "قطاع طرق", "CRM"),
])
def test_irregular_armed_men_are_actors(rules, text, actor, sector):
    act, _ = participants(rules, text, "ASSAULT")
    assert [(a.text, a.sector) for a in act][:1] == [(actor, sector)], act


def test_the_civilians_after_thugs_are_their_victims(rules):
    act, rec = participants(rules, "هاجم بلطجية المعتصمين أمام مبنى المحافظة.", "ASSAULT")
    assert [a.text for a in act] == ["بلطجية"]
    assert [r.text for r in rec][:1] == ["المعتصمين"]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # اعتدى takes its object after على: the phrase after the verb is its subject
    ("اعتدى مستوطنون على المزارعين بالضرب.", "مستوطنون", "المزارعين"),
    ("اعتدت عصابة على سائق سيارة أجرة بالسكاكين.", "عصابة", "سائق"),
])
def test_a_verb_with_a_prepositional_object_is_active(rules, text, actor, recipient):
    act, rec = participants(rules, text, "ASSAULT")
    assert [a.text for a in act] == [actor], act
    assert [r.text for r in rec][:1] and [r.text for r in rec][0].startswith(recipient), rec


# --- the explicit attack report ---------------------------------------------------------------

@pytest.fixture
def explicit_on(monkeypatch):
    # the rule is measured but shipped off (features.EXPLICIT_REPORTS); these tests switch it on
    monkeypatch.setattr(features, "EXPLICIT_REPORTS", True)


def test_the_explicit_report_is_shipped_off(placed):
    assert features.EXPLICIT_REPORTS is False
    assert not any(EXPLICIT in f for _, f in _pairs(placed, "فجر انتحاري نفسه في سوق مزدحم ببغداد."))


def _pairs(pipe: Pipeline, text: str) -> list:
    stage = next(s for s in pipe.stages if s.name == "events")
    doc = Pipeline(["text", "entities"]).analyze(text)
    return [(e, f) for e, f in stage.code(doc) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "فجر انتحاري نفسه في سوق مزدحم ببغداد.",
    "قصفت الطائرات الحربية قرية قرب مدينة الموصل.",
    "وقال مصدر أمني إن انتحاريا فجر نفسه في مسجد بمدينة الموصل.",
])
def test_an_explicit_report_is_marked(placed, explicit_on, text):
    assert any(EXPLICIT in f for _, f in _pairs(placed, text))


@pytest.mark.parametrize("text", [
    "الانتحاري الذي فجر نفسه في السوق ببغداد كان شابا.",      # a relative clause
    "إذا فجر انتحاري نفسه في سوق بغداد فسيقتل كثيرون.",       # a condition
    "فجر انتحاري نفسه أمس.",                                  # no place
    "يفجر الانتحاريون أنفسهم في أسواق بغداد.",                # imperfect: a habit
    "وكان انتحاري قد فجر نفسه في سوق ببغداد عام 2006.",        # historical
    "قتل محتجون شرطيا في ساحة التحرير ببغداد.",               # the actor is no armed party
])
def test_what_is_no_explicit_report(placed, explicit_on, text):
    pairs = _pairs(placed, text)
    assert pairs and not any(EXPLICIT in f for _, f in pairs)


def test_the_filter_never_drops_an_explicit_report(shipped, explicit_on):
    # a short bombing report with an armed actor and a place but no victim stands with
    # confidence 1.0, whatever the learned weights say of such sentences
    evs = _asserted(shipped, "فجر انتحاري نفسه في سوق مزدحم ببغداد.")
    assert evs and evs[0].confidence == 1.0
    model = LogReg(weights={"bias": -5.0}, threshold=0.5)
    assert model.prob(["bias", EXPLICIT]) == 1.0 > model.threshold > model.prob(["bias"])


def test_an_explicit_report_is_left_out_of_the_filters_training(placed, explicit_on):
    pairs = _pairs(placed, "فجر انتحاري نفسه في سوق مزدحم ببغداد.")
    assert pairs and all(stands(e, f) for e, f in pairs)
    pairs = _pairs(placed, "فجر انتحاري نفسه أمس.")
    assert pairs and not any(stands(e, f) for e, f in pairs)


# --- PROTEST: the protested party ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "recipient"), [
    # a call is a demand: its object names the target
    ("اعتصم المئات للدعوة إلى محاسبة المسؤولين عن الفساد.", "المسؤولين"),
    ("تظاهر المئات أمس داعين إلى رحيل الحكومة.", "الحكومة"),
    # workers protest in front of their employer
    ("اعتصم العمال أمام مقر الشركة للمطالبة بصرف رواتبهم المتأخرة.", "مقر الشركة"),
])
def test_the_protested_party(rules, text, recipient):
    _, rec = participants(rules, text, "PROTEST")
    assert [r.text for r in rec][:1] == [recipient], rec


@pytest.mark.parametrize(("text", "actor", "sector"), [
    ("نظم الصيادون وقفة احتجاجية أمام مقر الوزارة.", "الصيادون", "AGR"),
    ("نفذ الأطباء إضرابا عن العمل في المستشفيات الحكومية أمس.", "الأطباء", "MED"),
])
def test_farmers_fishermen_and_doctors_protest(rules, text, actor, sector):
    act, _ = participants(rules, text, "PROTEST")
    assert [(a.text, a.sector) for a in act] == [(actor, sector)], act


# --- an infringement is no physical attack ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "اعتدت القوات على سيادة البلاد بطلعات جوية فوق العاصمة.",
    "اعتدى المقاول على أملاك الدولة في المنطقة الشرقية.",
    "قال الوزير إن الشركة اعتدت على حقوق العمال.",
])
def test_an_infringement_is_no_attack(rules, text):
    assert _asserted(rules, text) == []


def test_an_attack_on_people_stays(rules):
    assert _asserted(rules, "اعتدى مسلحون على المتظاهرين بالضرب في الساحة.")


# --- who repels an attack is attacked -------------------------------------------------------------

@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("صد الجيش هجوما شنه مسلحون على نقطة تفتيش.", ["مسلحون"], "الجيش"),
    ("صدت القوات الحكومية هجوما لمسلحي داعش على المدينة.", ["مسلحي داعش"], "القوات الحكومية"),
    # (session 13: «هجوم مسلح» is an armed attack — the adjective names no attacker)
    ("تصدى الجنود لهجوم مسلح على الحاجز.", [], "الجنود"),
])
def test_the_repeller_is_the_recipient(rules, text, actor, recipient):
    act, rec = participants(rules, text, "ASSAULT")
    assert [a.text for a in act] == actor, act
    assert [r.text for r in rec][:1] == [recipient], rec


def test_an_attack_launched_is_not_repelled(rules):
    act, rec = participants(rules, "شن مسلحون هجوما على الحاجز.", "ASSAULT")
    assert [a.text for a in act] == ["مسلحون"] and [r.text for r in rec] == ["الحاجز"]
