"""Roles of the 14 event types other than ASSAULT/PROTEST, second round (evr15b; issue #6):
``khabar.extract.events.party_roles`` — the organiser of an adverbial «بالتعاون مع», the party
received after a place/time phrase, the praised party in a ب-noun's genitive, more party nouns
(written sentences, the rules without the entity stage)."""

from __future__ import annotations

import pytest

from khabar.pipeline import Pipeline
from tests.event_helpers import RULE_STAGES, gated_types_untouched_by_party_hook, roles, rules_pipe  # noqa: F401

pipe = rules_pipe


# --- (a) the organiser of an adverbial «بالتعاون مع» -----------------------------------------

def test_vso_organiser_of_an_adverbial_cooperation(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "أرسلت الهيئة الخيرية الأردنية الهاشمية بالتعاون مع القوات المسلحة "
                               "الأردنية، أمس، مساعدات إغاثية عاجلة إلى الشعب اليمني.", "COOPERATE")
    assert actor == ["الهيئة الخيرية الأردنية الهاشمية"] and recip == ["القوات المسلحة الأردنية"]


def test_organiser_of_a_verb_with_an_object_pronoun(pipe: Pipeline) -> None:
    actor, _ = roles(pipe, "وقال عبدالرحمن، في ندوة نظمها مجلس الشباب العربي، بالتعاون مع السفارة "
                           "الأميركية في الخرطوم، إن الرئاسة ستصدر قرارات.", "COOPERATE")
    assert actor == ["مجلس الشباب العربي"]


def test_svo_organiser_after_a_complementizer(pipe: Pipeline) -> None:
    actor, _ = roles(pipe, "وبين أن الهيئة نفذت برنامج لا تترك أثرا بالتعاون مع الشركاء في "
                           "القطاع الخاص.", "COOPERATE")
    assert actor == ["الهيئة"]


def test_no_organiser_of_a_passive(pipe: Pipeline) -> None:
    actor, _ = roles(pipe, "كما تم عمل خطة مع المراكز الصحية بالتعاون مع المشرف الفني بالمركز.",
                     "COOPERATE")
    assert actor == []


def test_no_organiser_when_the_noun_is_a_welcoming_verbs_object(pipe: Pipeline) -> None:
    # the committee welcomes cooperating: the search stops at «رحبت», it finds no earlier verb
    actor, _ = roles(pipe, "وأطلقت الوزارة حملة أمس، ورحبت اللجنة العامة للانتخابات بالتعاون مع "
                           "المؤسسات الوطنية.", "COOPERATE")
    assert actor == []


def test_no_organiser_of_a_relative_clause_without_subject(pipe: Pipeline) -> None:
    actor, _ = roles(pipe, "ويحضر الطلاب البرامج التي تنظمها بالتعاون مع وزارة الثقافة.", "COOPERATE")
    assert actor == []  # not «الطلاب»: the relative's head organises
    actor, _ = roles(pipe, "ويحضر الطلاب البرامج التي تنظمها وزارة التعليم بالتعاون مع وزارة "
                           "الثقافة.", "COOPERATE")
    assert actor == ["وزارة التعليم"]


# --- (b) the party received after a place or time phrase -------------------------------------

def test_received_after_office_and_yesterday(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "استقبل محافظ وادي الدواسر أحمد بن دخيل المنيفي في مكتبه بالمحافظة "
                               "يوم أمس مدير مركز التنمية الاجتماعية.", "CONSULT")
    assert actor == ["محافظ وادي الدواسر"] and recip == ["مدير مركز التنمية الاجتماعية"]


def test_received_after_the_receivers_title_and_a_palace(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "استقبل صاحب السمو الملكي الأمير فيصل بن بندر أمير منطقة الرياض في "
                               "مكتب سموه بقصر الحكم امس مدير عام فرع الرئاسة العامة.", "CONSULT")
    assert recip == ["مدير"]  # the head of «مدير عام فرع …», not the receiver's title


def test_nothing_received_when_the_sentence_goes_on_with_a_verb(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "استقبل الأمير فيصل بن بندر في مكتبه أمس، وبحث معه الموضوعات.", "CONSULT")
    assert recip == []
    _, recip = roles(pipe, "استقبل الأمير فيصل بن بندر أمس في مكتبه بقصر الحكم.", "CONSULT")
    assert recip == []


# --- (c) the praised party in the genitive after the ب-noun ----------------------------------

def test_praised_in_the_genitive_of_efforts(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "أشاد رائد الفضاء الأميركي الدكتور باز ألدرين بجهود السعودية في مجال "
                           "أبحاث الفضاء.", "SUPPORT")
    assert recip == ["السعودية"]


def test_praised_after_a_verbal_noun_of_praise(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وأشار إلى إشادة رئيس الحكومة الليبية عبد الله الثني بدور رجال "
                               "الشرطة في أداء واجباتهم.", "SUPPORT")
    assert actor == ["رئيس الحكومة الليبية"] and recip == ["رجال الشرطة"]


def test_no_praised_party_after_a_definite_noun(pipe: Pipeline) -> None:
    # «بالجهود المبذولة من المركز»: no genitive; the centre is no phrase right after it
    _, recip = roles(pipe, "وأشاد المنيفي بالجهود المبذولة من المركز.", "SUPPORT")
    assert recip == []
    _, recip = roles(pipe, "وأشاد الوزير بالدور الكبير الذي يقدمه المركز للأشقاء في اليمن.", "SUPPORT")
    assert recip == []  # the praised is the relative clause's subject: not this family


def test_no_praised_party_after_a_place_in_a_long_name(pipe: Pipeline) -> None:
    # «بديوبند» is part of the praiser's name, not a merit noun: nothing from it
    _, recip = roles(pipe, "وأشاد نائب الأمين العام لمنظمة علماء دار العلوم بديوبند نيودلهي بالهند "
                           "محمد القاسمي بالبرنامج.", "SUPPORT")
    assert "نيودلهي" not in recip


# --- (d) more party nouns in the fixed positions ---------------------------------------------

def test_club_and_officials_as_subjects(pipe: Pipeline) -> None:
    actor, _ = roles(pipe, "وأدان النادي ذلك الحادث الجبان.", "ACCUSE")
    assert actor == ["النادي"]
    actor, _ = roles(pipe, "أدان مسؤولو مجلس الشورى العمل الآثم.", "ACCUSE")
    assert actor == ["مسؤولو مجلس الشورى"]


def test_private_sector_as_partner_but_not_any_sector(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "وتتطلب العملية تعزيز دور المؤسسة، والتعاون مع القطاع الخاص، وزيادة "
                           "البرامج.", "COOPERATE")
    assert recip == ["القطاع الخاص"]
    _, recip = roles(pipe, "وأكد أن التعاون مع القطاع الصحي مستمر.", "COOPERATE")
    assert recip == []


# --- ASSAULT and PROTEST stay untouched ------------------------------------------------------

PARAGRAPH = ("وقتل مسلحون ثلاثة جنود في مكتبه بالإمارة أمس مدير الشرطة. "
             "وتظاهر النادي أمام مقر الحكومة بالتعاون مع القطاع الخاص. "
             "أرسلت الهيئة بالتعاون مع الجيش مساعدات إلى اليمن.")


@pytest.mark.parametrize("stages", [RULE_STAGES])
def test_assault_and_protest_identical_without_the_hook(monkeypatch: pytest.MonkeyPatch,
                                                        stages: tuple[str, ...]) -> None:
    gated_types_untouched_by_party_hook(monkeypatch, PARAGRAPH, stages)
