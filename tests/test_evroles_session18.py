"""Roles of the 14 event types other than ASSAULT/PROTEST, session 18 (evo18; issue #6):
``khabar.extract.events.party_proposals``, ``party_calls`` and ``party_signing`` — the author of a
rejected or approved proposal, the addressee of a call as the actor of the act called for, the
actor's own forces as no recipient, the partner after a signed deal or a ceasefire, the praised
party in a relative clause (written sentences; the rules without the entity stage)."""

from __future__ import annotations

import pytest

from khabar.pipeline import Pipeline
from tests.event_helpers import (  # noqa: F401
    RULE_STAGES,
    gated_types_untouched_by_party_hook,
    roles,
    rules_pipe,
)

pipe = rules_pipe


# --- (a) the author of a rejected, approved or welcomed proposal --------------------------------

def test_proposal_author_in_a_relative_clause(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "ورفضت الولايات المتحدة اقتراحا تقدمت به فرنسا بشأن الأزمة.", "REJECT")
    assert actor == ["الولايات المتحدة"] and recip == ["فرنسا"]
    _, recip = roles(pipe, "ورفضت الحكومة المشروع الذي أعدته الوزارة.", "REJECT")
    assert recip == ["الوزارة"]


def test_proposal_author_as_its_genitive(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "ووافق مجلس الوزراء على توصية وزارة المالية بخفض الرسوم.", "AGREE")
    assert actor == ["مجلس الوزراء"] and recip == ["وزارة المالية"]


def test_proposal_author_after_from(pipe: Pipeline) -> None:
    text = "وقالت إن إندونيسيا ستعارض أي تفويض من الأمم المتحدة يأمر قواتها بنزع السلاح."
    actor, recip = roles(pipe, text, "REJECT")
    assert actor == ["إندونيسيا"] and recip == ["الأمم المتحدة"]


def test_welcomed_initiative_author(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "ورحب الوزير بمبادرة الأمين العام للأمم المتحدة.", "SUPPORT")
    assert recip == ["الأمين العام للأمم المتحدة"]


def test_no_author_when_none_puts_the_proposal_forward(pipe: Pipeline) -> None:
    # an act as the request's genitive, a relative clause whose verb does not put it forward, a
    # proposal with no party after its verb
    assert roles(pipe, "ورفضت الحكومة طلب الإفراج عن المعتقلين.", "REJECT")[1] == []
    assert roles(pipe, "ورفضت الحكومة الاقتراح الذي ناقشه البرلمان أمس.", "REJECT")[1] == []
    assert roles(pipe, "ورفضت الحكومة اقتراحا قدمته في الجلسة.", "REJECT")[1] == []


# --- (b) the addressee of a call acts; own forces are no recipient ----------------------------

def test_called_party_is_the_actor_of_the_act(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "ودعت مصر إسرائيل إلى سحب قواتها من غزة.", "RETREAT")
    assert actor == ["إسرائيل"] and recip == []
    actor, _ = roles(pipe, "ودعا الرئيس الصومالي السابق إثيوبيا إلى سحب قواتها.", "RETREAT")
    assert actor == ["إثيوبيا"]


def test_called_party_before_a_lam_and_after_the_caller(pipe: Pipeline) -> None:
    actor, _ = roles(pipe, "الرئيس السابق دعا إثيوبيا لسحب قواتها.", "RETREAT")
    assert actor == ["إثيوبيا"]
    actor, _ = roles(pipe, "وطالب المجلس الحكومة بالإفراج عن المعتقلين.", "RETREAT")
    assert actor == ["الحكومة"]


def test_the_caller_is_not_the_called(pipe: Pipeline) -> None:
    # the phrase right after the call verb is its subject when no caller stands before it
    assert roles(pipe, "ودعا الرئيس إلى الإفراج عن المعتقلين.", "RETREAT")[0] == []


def test_own_forces_are_no_recipient(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وسحبت إسرائيل قواتها من لبنان.", "RETREAT")
    assert actor == ["إسرائيل"] and recip == []


def test_foreign_forces_stay_and_the_caller_does_not_withdraw(pipe: Pipeline) -> None:
    # forces without the actor's pronoun stay the recipient; «الحزب» right after «طالب» is the
    # caller, not the party asked to withdraw
    actor, recip = roles(pipe, "وطالب الحزب بسحب القوات الأمريكية من العراق.", "RETREAT")
    assert actor == [] and recip == ["القوات الأمريكية"]


def test_accusative_plural_after_a_call_is_its_addressee(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "كما حث المواطنين على المشاركة في الانتخابات البلدية.", "REQUEST")
    assert actor == [] and recip == ["المواطنين"]
    actor, recip = roles(pipe, "وناشد المسؤولين بالبلدية بالوقوف على المشروع.", "REQUEST")
    assert actor == [] and recip == ["المسؤولين"]


def test_nominative_plural_and_singulars_stay_the_caller(pipe: Pipeline) -> None:
    assert roles(pipe, "وطالب المواطنون بتحسين الخدمات.", "REQUEST") == (["المواطنون"], [])
    # «الأمين» ends in ين but is no plural
    assert roles(pipe, "ودعا الأمين العام إلى الحوار.", "REQUEST") == (["الأمين العام"], [])


def test_addressee_after_a_comma_with_no_phrase(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "ودعا الوزير، الدول الغربية الى مراجعة مواقفها.", "REQUEST")
    assert actor == ["الوزير"] and recip == ["الدول الغربية"]


def test_no_addressee_without_the_calls_complement(pipe: Pipeline) -> None:
    assert roles(pipe, "ودعا الوزير، الدول الغربية في الاجتماع.", "REQUEST")[1] == []


def test_arrester_coded_as_the_arrested_moves_to_the_actor(pipe: Pipeline) -> None:
    text = "كما اعتقلت قوات الشرطة التركية ثمانية من أعضاء الحزب في المدينة."
    assert roles(pipe, text, "COERCE") == (["قوات الشرطة التركية"], ["ثمانية من أعضاء الحزب"])
    text = "واعتقلت السلطات التركية أكثر من 1300 شخص منذ نهاية الشهر الماضي."
    assert roles(pipe, text, "COERCE") == (["السلطات التركية"], ["أكثر من 1300 شخص"])


def test_no_swap_without_a_counted_group(pipe: Pipeline) -> None:
    # nobody named after the phrase: the general rules' reading stays
    text = "كما اعتقلت قوات الشرطة التركية في تظاهرة أمس."
    assert roles(pipe, text, "COERCE") == ([], ["قوات الشرطة التركية"])


# --- (c) the partner after a signed deal or a ceasefire; praised efforts --------------------------

def test_signing_partner_after_the_deal(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "ووقعت الشركة اتفاقية تعاون مع وزارة الصحة.", "SUPPORT")
    assert actor == ["الشركة"] and recip == ["وزارة الصحة"]


def test_ceasefire_partner(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "وشدد على ضرورة التوصل إلى وقف فوري لإطلاق النار مع إسرائيل.", "RETREAT")
    assert recip == ["إسرائيل"]


def test_no_signing_partner_across_a_purpose(pipe: Pipeline) -> None:
    # «مع بداية العام» after the deal's purpose is a time, not a partner
    assert roles(pipe, "ووقعت الوزارة اتفاقية لتوفير الأدوية مع بداية العام.", "SUPPORT")[1] == []


def test_praised_party_in_a_relative_clause(pipe: Pipeline) -> None:
    text = "وأشاد الوزير بالجهود التي تبذلها دولة الإمارات لحماية الجالية."
    assert roles(pipe, text, "SUPPORT") == (["الوزير"], ["دولة الإمارات"])
    _, recip = roles(pipe, "وأشاد الوزير بالجهود الكبيرة التي تقوم بها المملكة.", "SUPPORT")
    assert recip == ["المملكة"]


def test_no_praised_party_without_a_named_doer(pipe: Pipeline) -> None:
    assert roles(pipe, "وأشاد الوزير بالجهود المبذولة في هذا المجال.", "SUPPORT")[1] == []
    assert roles(pipe, "وأشاد الوزير بالجهود التي بذلت في المشروع.", "SUPPORT")[1] == []


PARAGRAPH = ("ورفضت الولايات المتحدة اقتراحا تقدمت به فرنسا بشأن الأزمة. ودعت مصر إسرائيل إلى سحب "
             "قواتها من غزة. وقتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش. وتظاهر مئات الطلاب "
             "أمام الوزارة احتجاجا على قرار الحكومة.")


@pytest.mark.parametrize("stages", [RULE_STAGES])
def test_gated_types_untouched(monkeypatch: pytest.MonkeyPatch, stages: tuple[str, ...]) -> None:
    gated_types_untouched_by_party_hook(monkeypatch, PARAGRAPH, stages)
