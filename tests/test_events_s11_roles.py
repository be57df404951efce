"""ASSAULT/PROTEST families of session 11 (issue #6): a protested harm's author is the
protest's target and its victim is not; a harm noun's genitive before a ل object is the
author; an armed party's ل-victim is no genitive of it; an attack its named target survived
stands whatever the learned filter says.

Sentences written for these tests (not copied from the dev gold or the news day).
"""

from __future__ import annotations

import pytest
from event_helpers import events_of, roles

from khabar.extract.events.model import SURVIVED, LogReg, stands
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    p = Pipeline(["text", "events"])
    next(s for s in p.stages if s.name == "events").model = None  # roles: the rules' business
    return p


@pytest.fixture(scope="module")
def shipped() -> Pipeline:
    return Pipeline(["text", "entities", "events"])


# --- the protested harm: its author is the target, its victim is not ------------------------

@pytest.mark.parametrize("text,target", [
    ("تظاهر آلاف الطلاب احتجاجا على اعتقال الشرطة لزميلهم", "الشرطة"),
    ("خرج آلاف الفلسطينيين في مسيرة احتجاجا على قتل الجنود الإسرائيليين لثلاثة شبان",
     "الجنود الإسرائيليين"),
    ("تظاهر المئات احتجاجا على اغتيال القوات الأمريكية للصحفي", "القوات الأمريكية"),
    ("تظاهر المئات احتجاجا على مقتل ناشط برصاص الشرطة", "الشرطة"),
    ("تظاهر المئات احتجاجا على مقتل ناشط برصاص قوات الأمن أمس", "قوات الأمن"),
    ("احتج مئات الطلاب على اعتقال زملائهم من قبل الأمن", "الأمن"),
    ("تظاهر مئات الأطباء احتجاجا على مقتل زميلهم على يد مسلحين", "مسلحين"),
    ("تظاهر الآلاف في المدينة احتجاجا على مقتل طفلين في غارة إسرائيلية", "إسرائيلية"),
])
def test_the_protested_harms_author_is_the_target(rules, text, target):
    _, recipients = roles(rules, text, "PROTEST")
    assert recipients == [target]


@pytest.mark.parametrize("text,victim", [
    ("تظاهر المئات احتجاجا على قتل شاب فلسطيني", "شاب"),
    ("تظاهر العشرات أمس تنديدا باغتيال الصحفي", "الصحفي"),
    ("اعتصم المحامون احتجاجا على اعتقال زميلهم المحامي", "زميلهم"),
])
def test_the_victim_of_a_protested_harm_is_no_target(rules, text, victim):
    _, recipients = roles(rules, text, "PROTEST")
    assert not any(victim in r for r in recipients), recipients


@pytest.mark.parametrize("text,target", [
    # a demand is no protested harm: who is asked stays the target
    ("تظاهر المئات مطالبين الحكومة بإعدام القتلة", "الحكومة"),
    # other protested acts keep their owner
    ("تظاهر آلاف العمال ضد الحكومة في العاصمة", "الحكومة"),
    ("خرج آلاف المتظاهرين إلى الشوارع مطالبين الحكومة بالاستقالة", "الحكومة"),
])
def test_demands_and_other_targets_unchanged(rules, text, target):
    _, recipients = roles(rules, text, "PROTEST")
    assert target in recipients


@pytest.mark.parametrize("text,target", [
    ("احتجاجا على قتل الجيش لمدنيين، أغلق المحتجون الطرق", "الجيش"),
    ("احتجاجا على قرار الحكومة رفع الأسعار، تظاهر آلاف العمال أمس", "الحكومة"),
    ("تنديدا بالعدوان الإسرائيلي، خرج آلاف الطلاب في مسيرة", "الإسرائيلي"),
])
def test_a_fronted_purpose_names_the_target(rules, text, target):
    _, recipients = roles(rules, text, "PROTEST")
    assert recipients == [target]


def test_a_fronted_other_clause_names_no_target(rules):
    _, recipients = roles(rules, "قال الوزير إن الحكومة سترد، وتظاهر آلاف العمال", "PROTEST")
    assert recipients == []


# --- a harm noun's genitive before a ل object is its author ----------------------------------

@pytest.mark.parametrize("text,actor,victim", [
    ("احتجاجا على قتل الجيش لمتظاهرين، أغلق المحتجون الطرق", "الجيش", "متظاهرين"),
    ("أثار قتل الجنود لثلاثة مدنيين غضبا واسعا", "الجنود", "مدنيين"),
    ("أثار اغتيال القوات الأمريكية للصحفي غضبا واسعا", "القوات الأمريكية", "صحفي"),
])
def test_genitive_before_lam_object_is_the_author(rules, text, actor, victim):
    actors, recipients = roles(rules, text, "ASSAULT")
    assert actors == [actor]
    assert len(recipients) == 1 and victim in recipients[0]


def test_plain_genitive_of_a_harm_noun_stays_its_victim(rules):
    actors, recipients = roles(rules, "أدى اغتيال الصحفي إلى موجة من الغضب", "ASSAULT")
    assert recipients == ["الصحفي"] and actors == []


# --- an attack its named target survived ------------------------------------------------------

@pytest.mark.parametrize("text,survivor", [
    ("نجا محافظ المدينة أمس من محاولة اغتيال استهدفت موكبه", "محافظ المدينة"),
    ("نجا وزير الداخلية من محاولة اغتيال في العاصمة", "وزير الداخلية"),
    ("ونجت الوزيرة من هجوم استهدف موكبها مساء الاثنين", "الوزيرة"),
])
def test_a_survived_attack_stands(rules, shipped, text, survivor):
    evs = [e for e in events_of(shipped, text, "ASSAULT") if e.modality == "asserted"]
    assert evs, "the filter dropped a survived attack"
    assert any(r.text == survivor for e in evs for r in e.recipient)
    # the rule, not the weights, keeps it: the rules' event carries the standing feature
    stage = next(s for s in rules.stages if s.name == "events")
    pairs = stage.code(rules.analyze(text))
    assert any(SURVIVED in f and stands(e, f) for e, f in pairs if e.type == "ASSAULT")


@pytest.mark.parametrize("text", [
    # the imperfect: a generic or future survival, no report
    "ينجو القادة عادة من محاولات الاغتيال بفضل الحراسة",
    # quoted: the speaker's claim, judged by the filter
    "قال الناطق: «نجا الوزير من محاولة اغتيال»",
])
def test_no_survival_report(rules, text):
    stage = next(s for s in rules.stages if s.name == "events")
    pairs = stage.code(rules.analyze(text))
    assert not any(SURVIVED in f for _, f in pairs)


def test_the_standing_feature_bypasses_the_weights():
    # the standing feature is a bypass: the filter gives it 1.0 whatever the weights
    assert LogReg(weights={"bias": -9.0}).prob(["bias", SURVIVED]) == 1.0
    assert LogReg(weights={"bias": -9.0}).prob(["bias"]) < 0.01


def test_a_survived_attack_stays_a_training_row(rules):
    # it stands at decision time, but the filter still learns from it (left out, the retrained
    # filter lost 0.04 out of domain)
    from khabar.eval.events import Row, candidates
    text = "نجا محافظ المدينة أمس من محاولة اغتيال استهدفت موكبه"
    stage = next(s for s in rules.stages if s.name == "events")
    doc = rules.analyze(text)
    pairs = stage.code(doc)
    survived = [(e, f) for e, f in pairs if SURVIVED in f]
    assert survived
    row = Row("t", "ASSAULT", "yes", doc, pairs, {})
    assert {id(e) for e, _ in survived} <= {id(e) for e, _ in candidates(row)}
