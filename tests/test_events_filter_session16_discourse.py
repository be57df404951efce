"""ASSAULT precision families of session 16 (issue #6, ev16; :mod:`khabar.extract.events.discourse`):
sentences that speak about attacks without reporting one — a film or a play told, a hadith or a
Companion named with the honorific (no report), a killing dated by a Hijri year (historical), an
attack verb in the imperfect with no attacker named and no near time (a habit or a description).
Each family has its reports that must stay.

Sentences written for these tests (not copied from the dev gold, the news day or ANERcorp); the
rules without the learned filter.
"""

from __future__ import annotations

import pytest
from event_helpers import events_of
from event_helpers import reported as _reported
from event_helpers import text_tokens as _tokens

# the rules-only pipeline of session 10's tests (one definition)
from test_events_s10_ap import rules  # noqa: F401

from khabar.extract.events.discourse import fiction, hijri_year, honorific

# --- a fiction told ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وتدور أحداث الفيلم حول شرطي يطلق النار على عصابة في حي فقير، والفيلم من إخراج مخرج شاب",
    "وفي المسرحية يقتل البطل خصمه في المشهد الأخير أمام الجمهور",
    "ويؤدي الممثلون في المسلسل أدوار جنود قتلوا في الحرب",
])
def test_a_fiction_told_is_no_report(rules, text):  # noqa: F811
    assert not _reported(rules, text)


@pytest.mark.parametrize("text", [
    # one word of the arts is not a fiction: a director killed is a report
    "قتل مسلحون المخرج السينمائي المعروف أمس أمام منزله في بغداد",
    "وأطلق مسلحون النار على مبنى المسرح الوطني في المدينة أمس، فقتلوا حارسين",
])
def test_a_report_naming_the_arts_stays(rules, text):  # noqa: F811
    assert _reported(rules, text)


def test_fiction_needs_a_fiction_noun_and_another_word():
    assert fiction(_tokens("وتدور أحداث الفيلم في بغداد"))
    assert not fiction(_tokens("قتل المخرج في بغداد"))
    assert not fiction(_tokens("وقعت الأحداث في المسرح"))  # no fiction noun


# --- scripture and early Islam --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقد قتل المتمردون الخليفة عثمان رضي الله عنه في داره",
    "وقال النبي صلى الله عليه وسلم إن من قتل نفسا بغير حق فقد أثم",
])
def test_a_hadith_or_a_companion_is_no_report(rules, text):  # noqa: F811
    assert not events_of(rules, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "وقتل الخوارج الخليفة علي بن أبي طالب في الكوفة سنة 40 هجرية",
    "وقتل قائد الجيش في المعركة سنة 132 للهجرة",
])
def test_a_killing_dated_by_a_hijri_year_is_historical(rules, text):  # noqa: F811
    evs = events_of(rules, text, "ASSAULT")
    assert evs and all(e.historical for e in evs)


@pytest.mark.parametrize("text", [
    # the imams' «عليه السلام» names a shrine attacked today
    "قتل مسلحون خمسة زوار في هجوم على مرقد الإمام الحسين عليه السلام في كربلاء أمس",
    # a Hijri date of today (the Saudi press)
    "وقتل مسلحون ثلاثة جنود في هجوم على حاجز يوم الخميس 21/10/1436هـ في جازان",
])
def test_current_reports_with_religious_words_stay(rules, text):  # noqa: F811
    assert _reported(rules, text)


def test_classical_markers():
    assert honorific(_tokens("قال عمر رضي الله عنها كذا"))
    assert honorific(_tokens("قال النبي صلى الله عليه وسلم"))
    assert not honorific(_tokens("مرقد الإمام علي عليه السلام"))
    assert not honorific(_tokens("رضي الله عن الشهداء"))  # a prayer for the dead, no honorific
    assert hijri_year(_tokens("في سنة 40 هجرية"))
    assert hijri_year(_tokens("في عام 132 للهجرة"))
    assert not hijri_year(_tokens("في عام 2015"))
    assert not hijri_year(_tokens("يوم الخميس 21/10/1436هـ"))  # the Saudi press dates today so


# --- a habit or a description in the imperfect ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ويثبت ذلك أنهم يستهدفون الوطن والمواطنين دون تمييز",
    "إن من يفجرون أنفسهم بين المصلين لا يعرفون دينهم",
    "وهم يقتلون الأبرياء ويخطفون الأطفال في كل مكان",
])
def test_an_imperfect_attack_verb_without_attacker_is_a_habit(rules, text):  # noqa: F811
    assert not _reported(rules, text)


@pytest.mark.parametrize("text", [
    # an attacker named: a report in the present tense
    "تقصف الطائرات التركية مواقع حزب العمال الكردستاني في شمال العراق",
    # a near time: the imperfect tells today's events
    "يستهدف مسلحون منذ صباح اليوم دورية للشرطة في وسط المدينة",
    # the perfect is untouched
    "واستهدف انتحاري دورية للشرطة في وسط المدينة",
])
def test_imperfect_reports_stay(rules, text):  # noqa: F811
    assert _reported(rules, text)
