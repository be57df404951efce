"""ASSAULT precision families of session 18 (issue #6, ev18; :mod:`khabar.extract.events.precision`
and the plan and condemnation rows of modality.tsv): harm no attack caused (an animal, an accident,
a disaster's destruction, a sports blow), the wounded as patients, a known attack as the topic of
an effect, a time anchor counted in years, a casualty toll over a period, a plan in the perfect of
«خطط» and a condemnation with its pronoun. Each family has its reports that must stay.

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

from khabar.extract.events.precision import anniversary, period_toll, topic

# --- harm no attack caused ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # an animal's attack
    "وأصيب صياد بجروح في هجوم شنه دب في الغابة أمس",
    # an accident on a road or of a vehicle
    "لقي أربعة أشخاص مصرعهم وأصيب سبعة في حادث على طريق الرياض أمس",
    "أسفر حادث شاحنة عن وفاة سائقها وإصابة مرافقه",
    # a flood's destruction
    "وأدت السيول إلى تدمير عشرات المنازل في القرى الجبلية",
    # a blow to a team
    "وتلقى المنتخب ضربة موجعة قبل المباراة النهائية بغياب حارسه",
])
def test_harm_no_attack_caused_is_no_report(rules, text):  # noqa: F811
    assert not _reported(rules, text)


@pytest.mark.parametrize("text", [
    # wounds in an explosion on a road: no accident
    "وأصيب ثلاثة جنود بجروح في انفجار عبوة ناسفة على الطريق أمس",
    # an animal named beside an armed attack
    "وقتل مسلحون راعيا وسرقوا كلابه وأغنامه في الجبل أمس",
    # an accident word with a weapon: an attack staged as one
    "قتل مسلحون سائق شاحنة بالرصاص في حادث على طريق المطار أمس",
    # destruction by an attacker
    "ودمرت الطائرات الحربية عشرات المنازل في القرية أمس",
    # a bombing near a stadium is no sports blow
    "قتل خمسة أشخاص في تفجير سيارة مفخخة قرب ملعب كرة القدم أمس",
])
def test_attacks_beside_those_words_stay(rules, text):  # noqa: F811
    assert _reported(rules, text)


# --- the wounded as patients ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ووصلت إلى العاصمة طائرة تقل 40 جريحا لتلقي العلاج في المستشفيات",
    "واستقبل قسم الطوارئ مساء أمس عشرين جريحا من المدينة",
])
def test_the_wounded_as_patients_are_no_report(rules, text):  # noqa: F811
    assert not _reported(rules, text)


@pytest.mark.parametrize("text", [
    # an attack with its wounded taken to hospital
    "قتل خمسة أشخاص وأصيب 20 جريحا في انفجار سيارة مفخخة ونقل الجرحى إلى المستشفى",
    # wounded in a shelling, no care word
    "سقط عشرة جرحى في قصف مدفعي على حي سكني أمس",
])
def test_the_wounded_of_an_attack_stay(rules, text):  # noqa: F811
    assert _reported(rules, text)


# --- a known attack as the topic of an effect ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "لكن الهجوم الذي استهدف السوق وأوقع عشرة قتلى، أثار موجة احتجاجات في المدينة",
    "لكن التفجير الذي وقع في السوق وأوقع عشرين قتيلا، غير حسابات الحكومة",
])
def test_an_attack_as_the_subject_of_an_effect_is_no_report(rules, text):  # noqa: F811
    assert not _reported(rules, text)


@pytest.mark.parametrize("text", [
    # the result verbs of a report are no effects
    "وأدى التفجير الذي وقع في السوق إلى مقتل عشرين شخصا",
    # «آثار» (traces) is spelt like «أثار» (stirred) without the hamza
    "وقال شهود إن الشرطة عذبت المعتقلين أمس، وتحمل جثث القتلى آثار تعذيب",
])
def test_reports_with_result_verbs_or_traces_stay(rules, text):  # noqa: F811
    assert _reported(rules, text)


def test_topic_reads_the_opening_and_the_hamza():
    assert topic(_tokens("لكن الهجوم الذي وقع أمس أثار غضبا واسعا"), 1)
    assert not topic(_tokens("لكن الهجوم الذي وقع أمس ترك آثار دمار"), 1)  # traces
    assert not topic(_tokens("قتل مسلحون جنديا ثم أثار الحادث غضبا"), 0)  # no act noun opens it


def test_anniversary_needs_a_year_and_its_preposition():
    assert anniversary(_tokens("بعد مرور عام على مقتل الشاب"), 4)
    assert anniversary(_tokens("قبل عامين من اغتيال الوزير"), 3)
    assert not anniversary(_tokens("أعلنت الحكومة عفوا عاما وقتل"), 4)


# --- a toll over a period -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قتل 30 جنديا في هجمات للمتمردين خلال الشهر الماضي",
    "وقتل أكثر من مئة مدني في هجمات العام الجاري",
    "وانفجرت أكثر من ألف عبوة ناسفة على الطرق في ذلك الشهر وفق إحصاءات الجيش",
    "وقتل عشرات المسلحين منذ ذلك الوقت في المواجهات",
])
def test_a_toll_over_a_period_is_historical(rules, text):  # noqa: F811
    evs = events_of(rules, text, "ASSAULT")
    assert evs and not _reported(rules, text)


@pytest.mark.parametrize("text", [
    # hours and days are no period: a report of today
    "قتل عشرة أشخاص في هجمات خلال الساعات الماضية في بغداد",
    # a period that is no extent of the count: a report
    "نفذت ثلاث نساء عمليات انتحارية في الأشهر الأولى من العام الجاري في المدينة",
    "قتل مسلحون خمسة جنود أمس في هجوم على حاجز",
])
def test_reports_of_a_day_stay(rules, text):  # noqa: F811
    assert _reported(rules, text)


def test_period_toll_forms():
    assert period_toll(_tokens("قتل 30 خلال الفترة نفسها"), 0, 1)
    assert period_toll(_tokens("قتلوا طوال الأشهر الماضية"), 0, 1)
    assert not period_toll(_tokens("قتل 30 خلال اليومين الماضيين"), 0, 1)
    assert not period_toll(_tokens("قتل 30، وخلال الشهر الماضي زار الوزير المدينة"), 0, 1)  # another clause


# --- modality.tsv: plans, condemnations with a pronoun, years as time anchors -----------------------------

@pytest.mark.parametrize("text", [
    "واعتقلت الشرطة خلية خططت لتفجير طائرات ركاب فوق المحيط",
    "وكشفت السلطات مؤامرة لاغتيال وزير الداخلية",
    "وأعرب الوزير عن إدانته للهجوم الذي استهدف مسجدا في المدينة",
    "وتجمع الأهالي بعد مرور عام على مقتل الشاب في الحي",
])
def test_plans_condemnations_and_anniversaries_are_no_report(rules, text):  # noqa: F811
    assert not _reported(rules, text)


@pytest.mark.parametrize("text", [
    # a plan carried out stays a report; the planner after the attack is no cue before it
    "فجر انتحاري نفسه في سوق ببغداد أمس في هجوم خطط له تنظيم القاعدة",
    # «عام» after the trigger dates nothing
    "قتل مسلحون عشرة جنود في هجوم على قاعدة عسكرية أمس",
])
def test_plans_carried_out_stay(rules, text):  # noqa: F811
    assert _reported(rules, text)
