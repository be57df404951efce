"""Roles of the 14 event types other than ASSAULT/PROTEST, session 19 (evo19; issue #6):
``party_pairs`` (the two sides of a mutual act after «بين X و Y», two names before a dual verb),
``party_from`` (the released after «عن/سراح», the caller of a received call) and
``party_authors`` (the author of a criticised, supported or rejected act or statement).
Written sentences; the rules without the entity stage unless a test says otherwise."""

from __future__ import annotations

import pytest

from khabar.pipeline import Pipeline
from tests import event_helpers
from tests.event_helpers import gated_types_untouched_by_party_hook, roles

pipe = event_helpers.rules_pipe
frames = event_helpers.frame_pipe  # with the entity stage


# --- (a) the two sides after «بين» of a mutual act ----------------------------------------------

def test_ceasefire_between_two_sides(pipe: Pipeline) -> None:
    text = "وأعلن التوصل إلى وقف إطلاق النار بين إسرائيل وحزب الله."
    assert roles(pipe, text, "RETREAT") == (["إسرائيل"], ["حزب الله"])


def test_second_side_with_a_plural_head(pipe: Pipeline) -> None:
    # «وأتباع» starts the second side before its genitive phrase
    text = "وتم التوصل إلى اتفاق بين السلطات وأتباع المرجع الشيعي."
    assert roles(pipe, text, "AGREE") == (["السلطات"], ["أتباع المرجع الشيعي"])


def test_between_belongs_to_the_call_not_to_the_caller(pipe: Pipeline) -> None:
    # the call is no mutual act: its sides are those of the ceasefire called for
    text = "ودعا المجلس إلى وقف إطلاق النار بين إسرائيل وحزب الله."
    assert roles(pipe, text, "REQUEST") == (["المجلس"], [])


def test_no_sides_without_a_joined_second_party(pipe: Pipeline) -> None:
    assert roles(pipe, "وأعلن التوصل إلى وقف إطلاق النار بين الجانبين.", "RETREAT") == ([], [])


# --- (b) two و-joined names before a dual verb ----------------------------------------------------

def test_dual_verb_after_two_names(frames: Pipeline) -> None:
    # the general rules coded only the name right before the verb; both are its subject, and
    # (session 19b, the lead's decision) the two sides of a mutual act are a dyad
    assert roles(frames, "وكان مبارك وعبد الله قد التقيا مؤخرا في عمان.", "CONSULT") == (["مبارك"], ["عبد الله"])


def test_joined_subjects_of_a_support_verb_are_a_dyad(pipe: Pipeline) -> None:
    # (session 19b, the lead's decision) the session-5 co-actors of a mutual act are a dyad
    text = "توصلت بريطانيا والصين إلى اتفاق حول مستقبل هونج كونج."
    assert roles(pipe, text, "AGREE") == (["بريطانيا"], ["الصين"])


def test_three_joined_names_are_left_alone(frames: Pipeline) -> None:
    actor, _ = roles(frames, "وكان مبارك وعبد الله وبوتفليقة قد التقوا مؤخرا في عمان.", "CONSULT")
    assert "مبارك" not in actor


# --- (c) the released after «عن» or «سراح» -------------------------------------------------------

def test_released_after_an(pipe: Pipeline) -> None:
    text = "وأمرت المحكمة العسكرية بالإفراج عن نائب رئيس الوزراء الفلسطيني."
    assert roles(pipe, text, "RETREAT")[1] == ["نائب رئيس الوزراء الفلسطيني"]
    text = "وطالب الرئيس بالإفراج الفوري عن الأسرى في السجون الإسرائيلية."
    assert roles(pipe, text, "RETREAT")[1] == ["الأسرى"]


def test_released_country_adjective_is_no_actor(frames: Pipeline) -> None:
    text = "وقال إن إسرائيل مستعدة لمناقشة الإفراج عن سجناء لبنانيين مقابل تسليم جنديين."
    assert roles(frames, text, "RETREAT") == ([], ["سجناء لبنانيين"])


def test_no_released_party_for_a_pronoun_or_a_thing(pipe: Pipeline) -> None:
    assert roles(pipe, "وقال إنه تم الإفراج عنه بعد التحقيق.", "RETREAT") == ([], [])
    assert roles(pipe, "وطالب بالإفراج عن الأموال المجمدة.", "RETREAT") == ([], [])


# --- (d) the caller of a received call -----------------------------------------------------------

def test_caller_after_min_is_the_actor(pipe: Pipeline) -> None:
    text = "تلقى وزير الخارجية اتصالا هاتفيا أمس من وزير الخارجية الروسي."
    assert roles(pipe, text, "CONSULT") == (["وزير الخارجية الروسي"], ["وزير الخارجية"])


def test_caller_after_honorifics_with_entities(frames: Pipeline) -> None:
    text = "كما تلقى سعادة النائب الأول الليلة الماضية اتصالا هاتفيا من سعادة السيد عمرو موسى الأمين العام لجامعة الدول العربية."
    actor, recip = roles(frames, text, "CONSULT")
    assert actor and "موسى" in actor[0]
    assert recip and "النائب" in recip[0]


def test_a_call_made_keeps_its_caller(pipe: Pipeline) -> None:
    text = "أجرى وزير الخارجية اتصالا هاتفيا أمس مع وزير الخارجية الروسي."
    assert roles(pipe, text, "CONSULT") == (["وزير الخارجية"], ["وزير الخارجية الروسي"])


# --- (e) the author of a criticised, supported or rejected act or statement ----------------------

def test_author_in_the_genitive(pipe: Pipeline) -> None:
    text = "وقال في المؤتمر الصحفي الذي انتقد فيه دور الولايات المتحدة وبريطانيا في العالم."
    assert roles(pipe, text, "ACCUSE")[1] == ["الولايات المتحدة", "بريطانيا"]


def test_author_in_a_lam_genitive_after_an_adjective(pipe: Pipeline) -> None:
    text = "وهو ينتقد انتقادا شديدا السياسة الخارجية للولايات المتحدة الأمريكية."
    assert roles(pipe, text, "ACCUSE")[1] == ["للولايات المتحدة الأمريكية"]
    # verb-first: the act noun after the subject; «الخارجية» is no foreign ministry here
    text = "وانتقد الوزير السياسة الخارجية للولايات المتحدة."
    assert roles(pipe, text, "ACCUSE") == (["الوزير"], ["للولايات المتحدة"])


def test_author_as_a_country_adjective_replaces_the_attacked(pipe: Pipeline) -> None:
    text = "وأكد شجبه وادانته للعدوان الإسرائيلي على لبنان."
    assert roles(pipe, text, "ACCUSE")[1] == ["الإسرائيلي"]


def test_author_of_a_welcomed_statement(pipe: Pipeline) -> None:
    assert roles(pipe, "كما رحب بالبيان الصادر عن جامعة الدول العربية.", "SUPPORT")[1] == ["جامعة الدول العربية"]


def test_no_author_for_an_act_without_one(pipe: Pipeline) -> None:
    assert roles(pipe, "وانتقد الوزير الإجراءات المتبعة في المطار.", "ACCUSE") == (["الوزير"], [])
    # a place after «في» is no author
    assert roles(pipe, "ورفض الوزير التدخل في الشؤون الداخلية للبنان.", "REJECT") == (["الوزير"], [])


def test_gated_types_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    gated_types_untouched_by_party_hook(
        monkeypatch, "وقتل مسلحون ثلاثة جنود في بغداد. وأعلن التوصل إلى وقف إطلاق النار بين إسرائيل وحزب الله.")
