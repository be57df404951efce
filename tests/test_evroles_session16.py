"""Roles of the 14 event types other than ASSAULT/PROTEST, session 16 (evo16; issue #6):
``khabar.extract.events.party_objects`` — the object of a verb-first clause after the subject's
person unit and a place/time run, and the subject's own apposition no longer coded as the
recipient (written sentences; the rules without the entity stage, one with it)."""

from __future__ import annotations

import pytest

from khabar.pipeline import Pipeline
from tests.event_helpers import (  # noqa: F401
    RULE_STAGES,
    frame_pipe,
    gated_types_untouched_by_party_hook,
    roles,
    rules_pipe,
)

pipe = rules_pipe
entity_pipe = frame_pipe


# --- (a) the object after the subject and a place/time run ----------------------------------

def test_object_after_place_and_today(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "التقى قائد الجيش اللبناني في بيروت اليوم سفير فرنسا.", "CONSULT")
    assert actor == ["قائد الجيش اللبناني"] and recip == ["سفير فرنسا"]


def test_object_after_a_weekday(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "طالب رئيس البرلمان الليبي اليوم الاثنين الحكومة بالاستقالة.", "REQUEST")
    assert recip == ["الحكومة"]


def test_object_after_two_offices_of_one_person_and_a_place(pipe: Pipeline) -> None:
    # نائب الرئيس اليمني + رئيس مجلس الوزراء is one person: the object is after «في عدن أمس»
    actor, recip = roles(pipe, "استقبل نائب الرئيس اليمني رئيس مجلس الوزراء في عدن أمس السفير "
                               "الأمريكي.", "CONSULT")
    assert actor == ["نائب الرئيس اليمني"] and recip == ["السفير الأمريكي"]


def test_no_object_of_a_verb_whose_object_is_no_party(pipe: Pipeline) -> None:
    # «وافق» takes its object with على: the phrase after the time word is no recipient of it
    _, recip = roles(pipe, "وافق رئيس البرلمان الليبي في طرابلس اليوم الحكومة على خطتها.", "AGREE")
    assert recip == []


def test_no_object_across_a_word_that_is_no_place_or_time(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "التقى قائد الجيش اللبناني في بيروت بعد عودته سفير فرنسا.", "CONSULT")
    assert recip == []


# --- (b) the subject's own apposition is not the recipient -----------------------------------

def test_second_office_of_the_subject_is_no_recipient(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "كما أشاد نائب الرئيس اليمني رئيس مجلس الوزراء بالتحسن النسبي في "
                               "عمليات الإغاثة.", "SUPPORT")
    assert actor == ["نائب الرئيس اليمني"] and recip == []


def test_title_of_another_country_is_the_object(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "استقبل وزير الخارجية السعودي السفير الأمريكي.", "CONSULT")
    assert recip == ["السفير الأمريكي"]


def test_an_envoy_or_a_title_of_its_own_country_is_the_object(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "واستقبل وزير الخارجية سفير اليابان.", "CONSULT")
    assert recip == ["سفير اليابان"]
    _, recip = roles(pipe, "واستقبل وزير الخارجية وزير الدفاع الأمريكي.", "CONSULT")
    assert recip == ["وزير الدفاع الأمريكي"]


def test_counterpart_is_the_object(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "دعا وزير الخارجية السعودي نظيره الإيراني إلى الحوار.", "REQUEST")
    assert recip == ["نظيره الإيراني"]


def test_a_title_after_a_plural_subject_is_the_object(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "وطالب الأهالي وزير المياه بإصلاح الأعطال.", "REQUEST")
    assert recip == ["وزير المياه"]


def test_name_after_title_is_the_subject_with_entities(entity_pipe: Pipeline) -> None:
    actor, recip = roles(entity_pipe, "طالب رئيس مجلس النواب العراقي سليم الجبوري اليوم الاثنين "
                                      "رئيس الوزراء حيدر العبادي بإقالة عدد من الوزراء.", "REQUEST")
    assert actor == ["رئيس مجلس النواب العراقي"]
    assert recip == ["رئيس الوزراء حيدر العبادي"]


# --- (c) «بين X و Y» with a titled X ----------------------------------------------------------

def test_between_a_titled_person_and_a_joined_party(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "جرى اتصال هاتفي اليوم بين النائب الأول لرئيس مجلس الوزراء الكويتي "
                               "وزير الخارجية ووزير الخارجية الروسي.", "CONSULT")
    assert actor == ["النائب"] and recip == ["وزير الخارجية الروسي"]


def test_no_between_parties_when_the_second_is_not_joined_to_the_first(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "جرى اتصال هاتفي اليوم بين النائب الأول لرئيس مجلس الوزراء الكويتي "
                               "حول الأوضاع ووزير الخارجية الروسي.", "CONSULT")
    assert recip == []


# --- (d) the arrested: a counted group, the head of a passive relative clause ---------------

def test_counted_group_after_the_arrests_ala(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "ألقت الجهات الأمنية بمحافظة الخبر القبض على 102 مخالف من جنسيات "
                               "مختلفة.", "COERCE")
    assert actor == ["الجهات الأمنية"] and recip == ["102 مخالف"]
    _, recip = roles(pipe, "وأسهمت الجهات الأمنية في القبض على عدد من الباعة.", "COERCE")
    assert recip == ["عدد من الباعة"]


def test_counted_group_after_the_verb(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وقال إن الشرطة اعتقلت عشرة يهود للاشتباه فيهم.", "COERCE")
    assert actor == ["الشرطة"] and recip == ["عشرة يهود"]


def test_no_counted_group_of_things_or_without_a_count(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "ألقت المقاومة القبض على شاحنة تحمل ذخائر.", "COERCE")
    assert recip == []
    _, recip = roles(pipe, "ألقت الشرطة القبض على أكثر من ذلك.", "COERCE")
    assert recip == []


def test_head_of_a_passive_relative_clause_is_arrested(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "وذكرت الوكالة أن المرأة التي اعتقلت تبلغ من العمر 51 عاما.", "COERCE")
    assert recip == ["المرأة"]


def test_head_of_an_active_relative_clause_is_not_arrested(pipe: Pipeline) -> None:
    # the relative clause has its object: the head arrests, it is not arrested
    _, recip = roles(pipe, "وقال إن الشرطة التي اعتقلت المتهمين وصلت.", "COERCE")
    assert recip == ["المتهمين"]
    _, recip = roles(pipe, "وأكدت الشرطة أن السيارة التي احتجزت كانت مسروقة.", "COERCE")
    assert recip == []  # «احتجز» holds goods too: only «اعتقل» makes a bare noun the arrested


# --- (e) the subject of a relative clause on a verbal noun ------------------------------------

def test_subject_of_a_relative_clause_on_the_noun(pipe: Pipeline) -> None:
    actor, _ = roles(pipe, "وتستمر الاعتقالات التي تمارسها ميليشيات الحوثي في صنعاء.", "COERCE")
    assert actor == ["ميليشيات الحوثي"]


def test_no_subject_when_the_pronoun_does_not_resume_the_noun(pipe: Pipeline) -> None:
    # «الذي» and a verb without «ـه»: the clause is not about the noun
    actor, _ = roles(pipe, "وتستمر الاعتقالات التي تمارس الميليشيات فيها ضغوطا في صنعاء.", "COERCE")
    assert actor == []


# --- (f) a plural of persons in construct: a call's addressee, a meeting's participants ------

def test_plural_addressee_of_a_call(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "كما طالب الوزير رؤساء الكتل السياسية بتأييد ورقة الإصلاح.", "REQUEST")
    assert recip == ["رؤساء الكتل السياسية"]
    _, recip = roles(pipe, "ودعت الجوازات، الأخوة الأشقاء أبناء الجمهورية اليمنية ممن تنطبق "
                           "بحقهم الشروط إلى سرعة الاستفادة.", "REQUEST")
    assert recip == ["الأخوة الأشقاء"]


def test_no_plural_addressee_without_the_calls_complement(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "وطالب الوزير رؤساء الكتل السياسية، وقال إن الوقت حان.", "REQUEST")
    assert recip == []


def test_plural_participants_after_a_meeting_noun(pipe: Pipeline) -> None:
    actor, _ = roles(pipe, "وتناولت الورقة الثانية من وقائع اجتماع مديري السجون موضوع الإحصاء.",
                     "CONSULT")
    assert actor == ["مديري السجون"]
    actor, _ = roles(pipe, "اليمن: اجتماع لكبار قادة المناطق العسكرية لمناقشة احتياجات الجبهات",
                     "CONSULT")
    assert actor == ["كبار قادة المناطق العسكرية"]


def test_no_participants_after_a_meeting_noun_without_a_plural_of_persons(pipe: Pipeline) -> None:
    actor, _ = roles(pipe, "وتناولت الورقة الثانية من وقائع اجتماع مناقشة الميزانية موضوع الإحصاء.",
                     "CONSULT")
    assert actor == []


# --- (g) the host of a visit -----------------------------------------------------------------

def test_host_country_of_a_visit(pipe: Pipeline) -> None:
    actor, recip = roles(pipe, "وبحث الطرفان نتائج زيارة وزير الخارجية الأمريكي إلى مصر الأسبوع "
                               "الماضي.", "CONSULT")
    assert actor == ["وزير الخارجية الأمريكي"] and recip == ["مصر"]
    _, recip = roles(pipe, "وأدلى هاموند بهذه التصريحات خلال زيارة لسنغافورة.", "CONSULT")
    assert recip == ["سنغافورة"]


def test_no_host_where_the_visit_only_takes_place(pipe: Pipeline) -> None:
    _, recip = roles(pipe, "وأجرت اللجنة زيارة رسمية لتقصي الحقائق في الأردن.", "CONSULT")
    assert recip == []
    _, recip = roles(pipe, "وأدلى الوزير بتصريحات خلال زيارة قصيرة أمس إلى الحدود.", "CONSULT")
    assert recip == []  # a place that is no country, group or body


# --- ASSAULT and PROTEST stay untouched ------------------------------------------------------

PARAGRAPH = ("قتل مسلحون في بغداد اليوم ثلاثة جنود. "
             "وتظاهر الأهالي أمام مقر الحكومة اليوم الاثنين. "
             "وأصاب مسلحون عشرة يهود في هجوم. "
             "التقى قائد الجيش اللبناني في بيروت اليوم سفير فرنسا.")


@pytest.mark.parametrize("stages", [RULE_STAGES])
def test_assault_and_protest_identical_without_the_hook(monkeypatch: pytest.MonkeyPatch,
                                                        stages: tuple[str, ...]) -> None:
    gated_types_untouched_by_party_hook(monkeypatch, PARAGRAPH, stages)
