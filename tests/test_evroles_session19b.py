"""Roles of the 14 event types other than ASSAULT/PROTEST, session 19b (evo19b; issue #6):
two و-joined subjects of a mutual act are a dyad (``party_pairs.dyad``, the lead's decision) —
the first is the actor, the second the recipient, as «بين X و Y» already is; the joined
subjects of a non-mutual act stay co-actors. Written sentences; the rules without the entity
stage."""

from __future__ import annotations

import pytest

from khabar.pipeline import Pipeline
from tests import event_helpers
from tests.event_helpers import gated_types_untouched_by_party_hook, roles

pipe = event_helpers.rules_pipe


# --- joined subjects of a mutual act: a dyad ----------------------------------------------------

@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), [
    ("توصلت اليابان والهند إلى اتفاق تجاري.", "AGREE", "اليابان", "الهند"),
    ("واجتمعت الحكومة والنقابات أمس في العاصمة.", "CONSULT", "الحكومة", "النقابات"),
    ("وتعاونت الشرطة والجيش في ملاحقة المهربين.", "COOPERATE", "الشرطة", "الجيش"),
    # a signing (SUPPORT of «وقع») is mutual too
    ("ووقعت تونس والجزائر اتفاقية لترسيم الحدود.", "SUPPORT", "تونس", "الجزائر"),
])
def test_joined_subjects_of_a_mutual_act_are_a_dyad(pipe: Pipeline, text: str, type_: str,
                                                     actor: str, recipient: str) -> None:
    assert roles(pipe, text, type_) == ([actor], [recipient])


# --- where the pair stays co-actors ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "type_"), [
    ("أدانت مصر والأردن الهجوم على السفارة.", "ACCUSE"),  # a condemnation is no mutual act
    ("وطالبت مصر والأردن بوقف القتال.", "REQUEST"),
    ("وأيدت مصر والأردن القرار.", "SUPPORT"),  # support, not a signing
])
def test_joined_subjects_of_a_non_mutual_act_stay_co_actors(pipe: Pipeline, text: str,
                                                             type_: str) -> None:
    actors, recips = roles(pipe, text, type_)
    assert actors == ["مصر", "الأردن"], actors
    assert "الأردن" not in recips


def test_a_partner_after_with_keeps_the_co_actors(pipe: Pipeline) -> None:
    # the recipient is the partner after «مع»: both joined subjects sign with it
    assert roles(pipe, "وقعت مصر والأردن اتفاقية مع العراق.", "SUPPORT") == (["مصر", "الأردن"], ["العراق"])


def test_three_joined_parties_are_no_dyad(pipe: Pipeline) -> None:
    actors, recips = roles(pipe, "توصلت مصر والأردن وسوريا إلى اتفاق.", "AGREE")
    assert "الأردن" in actors and "الأردن" not in recips


def test_gated_types_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    gated_types_untouched_by_party_hook(
        monkeypatch, "وهاجم مسلحون ومتمردون دورية للجيش. وتوصلت اليابان والهند إلى اتفاق تجاري.")


def test_a_third_joined_word_outside_the_phrases_stops_the_dyad(pipe: Pipeline) -> None:
    # «والمالية» is no party phrase, but it is a third conjunct: no dyad
    _, recips = roles(pipe, "وزراء الاقتصاد والتجارة والمالية العرب يجتمعون غدا بالقاهرة.", "CONSULT")
    assert "التجارة" not in recips


# --- (2) the addressee right before a call's link -------------------------------------------------

@pytest.mark.parametrize(("text", "recipient"), [
    # the caller is no lexicon phrase: nothing was coded
    ("ودعا المحقق الأميركي الحكومة العراقية إلى التعاون مع اللجنة.", "الحكومة العراقية"),
    # after the caller and a place phrase with a phrase of its own
    ("ودعا الوزير في تصريح لإحدى الصحف العربية الحكومة اللبنانية إلى الحوار.", "الحكومة اللبنانية"),
    # a party noun the lexicon lacks, after a demonstrative
    ("ودعا الصندوق هذه الدول إلى خفض الإنفاق العام.", "هذه الدول"),
])
def test_addressee_before_the_link(pipe: Pipeline, text: str, recipient: str) -> None:
    assert roles(pipe, text, "REQUEST")[1] == [recipient]


@pytest.mark.parametrize("text", [
    "دعا الرئيس السوري بشار الأسد إلى الحوار.",  # the caller's own name
    "دعا رئيس حكومة إقليم كردستان إلى الحوار.",  # a genitive
    "ودعا الحزب الذي يقوده الوزير الحكومة إلى الاستقالة.",  # inside a relative clause
    "ودعا المجتمع الدولي إلى التدخل.",  # right after the verb: the caller
])
def test_no_addressee_before_the_link(pipe: Pipeline, text: str) -> None:
    assert roles(pipe, text, "REQUEST")[1] == []


def test_a_joined_addressee_is_not_cut_to_its_second_conjunct(pipe: Pipeline) -> None:
    text = "ودعا زعيم الحزب السبت الحكومة التركية وحزب العمال الكردستاني إلى وقف العنف."
    assert "حزب العمال الكردستاني" not in roles(pipe, text, "REQUEST")[1]
