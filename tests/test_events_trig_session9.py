"""ASSAULT/PROTEST triggers and cues, session 9 (issue #6, ev-trig9): weapons named by a
broken plural, the dual reflexive of a self-detonation, irregular armed civilians as the
actor of the weak هاجم, an organisation name read as a call, the adjective «decisive» read as
the boycott verb.

Sentences written for these tests (not copied from the dev gold or the news day). The rules
are tested without the learned filter (it judges occurrence, measured in docs/quality.md).
"""

from __future__ import annotations

import pytest
from event_helpers import events_of, rules_only

from khabar.extract.events.inherit import institution_name
from khabar.pipeline import Pipeline
from khabar.text.tokenize import tokenize


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return rules_only()


@pytest.mark.parametrize("text", [
    "تعرض موكب المحافظ لهجوم بالقنابل قرب المدينة.",
    "تعرضت دورية للشرطة لهجوم بعدة ألغام على الطريق.",
    "تعرض مقر البلدية لهجوم بالرشاشات مساء الأحد.",
    "أصيب حارس المصرف في هجوم بالبنادق على فرعه.",
])
def test_weapons_of_a_broken_plural_corroborate_an_attack(rules: Pipeline, text: str) -> None:
    assert events_of(rules, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "تعرض موكب المحافظ لهجوم بالأقلام في الصحف.",
    "تعرض الوزير لهجوم من المعلقين في البرامج.",
])
def test_an_attack_word_without_any_weapon_or_harm_stays_uncorroborated(rules: Pipeline, text: str) -> None:
    assert not events_of(rules, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "فجر انتحاريان نفسيهما قرب حاجز للشرطة.",
    "فجرت الانتحاريتان أنفسهما عند مدخل الفندق.",
    "فجر المهاجمون سيارتين مفخختين قرب الحاجز.",
])
def test_a_dual_or_plural_object_of_a_detonation(rules: Pipeline, text: str) -> None:
    assert events_of(rules, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "هاجم مستوطنون مزرعة في الضفة الغربية.",
    "هاجم عشرات المستوطنين منازل القرية.",
    "هاجمت عصابة قافلة تجارية على الطريق الصحراوي.",
])
def test_irregular_armed_civilians_attack_physically(rules: Pipeline, text: str) -> None:
    assert events_of(rules, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "اقتحم مستوطنون باحات المسجد تحت حراسة الشرطة.",  # an incursion, no attack by itself
    "هاجم نواب المعارضة خطة الحكومة في البرلمان.",
    "هاجم الكاتب الرواية الجديدة في مقاله.",
])
def test_a_verbal_attack_or_a_civilian_incursion_stays_uncoded(rules: Pipeline, text: str) -> None:
    assert not events_of(rules, text, "ASSAULT")


def test_a_force_storming_a_place_is_still_a_raid(rules: Pipeline) -> None:
    assert events_of(rules, "اقتحمت قوات الجيش القرية واعتقلت عشرة أشخاص.", "ASSAULT")


@pytest.mark.parametrize("text", [
    "تعرض مكتب جمعية الدعوة لهجوم مسلح في المدينة.",
    "تعرض مقر حزب الدعوة لهجوم بالقذائف.",
])
def test_an_organisation_named_by_the_call_masdar_is_no_call(rules: Pipeline, text: str) -> None:
    evs = events_of(rules, text, "ASSAULT")
    assert evs and evs[0].modality == "asserted"


def test_a_real_call_still_makes_the_attack_hypothetical(rules: Pipeline) -> None:
    evs = events_of(rules, "وجهت الجماعة دعوة إلى هجوم مسلح على المدينة.", "ASSAULT")
    assert evs and evs[0].modality == "hypothetical"


def test_institution_name_reads_the_head_noun_with_its_proclitic() -> None:
    toks = tokenize("استهدف الهجوم مكتبا لجمعية الدعوة وليس الدعوة")
    assert institution_name(toks, 4)  # الدعوة after لجمعية
    assert not institution_name(toks, 6)  # after وليس: no name
    assert not institution_name(toks, 1)  # الهجوم after a verb


@pytest.mark.parametrize("text", [
    "رفض الوزير الاقتراح رفضا قاطعا.",
    "نفى المتحدث الخبر نفيا قاطعا.",
    "أكد الحزب رفضه القاطع للمشروع.",
    "رفضت الحكومة الاتهامات بشكل قاطع.",
])
def test_the_adjective_decisive_is_no_boycott(rules: Pipeline, text: str) -> None:
    doc = rules.analyze(text)
    assert not [e for e in doc.events if e.trigger.text.endswith(("قاطعا", "قاطع"))], \
        [(e.type, e.trigger.text) for e in doc.events]


def test_a_boycott_verb_still_codes(rules: Pipeline) -> None:
    # «احتجاجا» alone may code a PROTEST: the event must be the boycott verb's own
    evs = events_of(rules, "قاطع آلاف الطلاب المحاضرات احتجاجا على رفع الرسوم.", "PROTEST")
    assert "قاطع" in [e.trigger.text for e in evs], [e.trigger.text for e in evs]
