"""ASSAULT families of session 20 (issue #6, ev20; :mod:`khabar.extract.events.discourse`, called by
:mod:`khabar.extract.events.precision`): kinds read in the false positives of the news-day and
ANERcorp labels — an emotional reaction to a known attack, a trend of attacks. Each family has its
reports that must stay.

Sentences written for these tests (not copied from the dev gold, the news day or ANERcorp); the
rules without the learned filter.
"""

from __future__ import annotations

import pytest
from event_helpers import reported as _reported
from event_helpers import rules_only
from event_helpers import token_at as _at

from khabar.extract.events import precision
from khabar.extract.events.discourse import reaction, trend
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return rules_only()


def test_the_families_are_on():
    assert {"reaction", "trend"} <= precision.FAMILIES


# --- an emotional reaction to a known attack ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وعبر الوزير عن صدمته لقصف القوات الإسرائيلية مركزا للمراقبين في الجنوب",
    "ولم يكن الغضب من الاعتداء الإرهابي على المسجد أقل في المدن البعيدة",
    "وقال المبعوث إنه مصدوم ومضطرب جدا من قصف الطائرات لمركز الإغاثة في الجنوب",
    "وأبدى السكان استياءهم من تفجير الجسر الذي يربط القريتين",
])
def test_a_reaction_to_an_attack_is_no_report(rules, text):
    assert not _reported(rules, text)


@pytest.mark.parametrize("text", [
    # the reaction after the report
    "قتل عشرة أشخاص في هجوم انتحاري استهدف سوقا في المدينة أمس مما أثار غضب السكان",
    # a reaction word with no link to the attack, and a report after a comma
    "وسادت حالة من الغضب في المدينة، وقتل مسلحون ثلاثة من رجال الشرطة أمس",
    # the verb of anger, its subject then attacks
    "غضب الجنود فأطلقوا النار على المتظاهرين وقتلوا اثنين منهم أمس",
])
def test_a_report_near_a_reaction_stays(rules, text):
    assert _reported(rules, text)


def test_reaction_needs_a_link():
    toks, i, _ = _at("أبدى الوزير صدمته الشديدة للهجوم", "للهجوم")
    assert reaction(toks, i)
    toks, i, _ = _at("عبر عن صدمته لقصف المركز", "لقصف")  # «لـ» still on the written form
    assert reaction(toks, i)
    toks, i, _ = _at("أبدى الوزير صدمته الشديدة وقتل مسلحون جنديا", "وقتل")
    assert not reaction(toks, i)
    toks, i, _ = _at("أبدى الوزير صدمته، من هجوم المسلحين", "هجوم")
    assert not reaction(toks, i)


# --- a trend of attacks ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "واعترف متحدث عسكري بتصاعد الهجمات المسلحة ضد القوات الأجنبية في الشرق",
    "وتواصل الجماعة التصعيد من هجماتها ضد المسلحين في المحافظة",
    "وأشار التقرير إلى تراجع الهجمات المسلحة على القوافل في المنطقة",
])
def test_a_trend_of_attacks_is_no_report(rules, text):
    assert not _reported(rules, text)


@pytest.mark.parametrize("text", [
    # the attack reported after the trend
    "ومع تصاعد التوتر في المدينة قتل مسلحون خمسة جنود في هجوم على نقطة تفتيش أمس",
    # a rise of the toll: a report
    "وارتفع عدد قتلى الهجوم الانتحاري على السوق إلى عشرين شخصا",
])
def test_a_report_near_a_trend_stays(rules, text):
    assert _reported(rules, text)


def test_trend_governs_the_trigger():
    toks, i, _ = _at("اعترف بتصاعد الهجمات", "الهجمات")
    assert trend(toks, i)
    toks, i, _ = _at("في التصعيد من هجماتها", "هجماتها")
    assert trend(toks, i)
    toks, i, _ = _at("تصاعد التوتر وقتل جندي", "وقتل")
    assert not trend(toks, i)
