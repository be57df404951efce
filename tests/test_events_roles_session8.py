"""Event roles and actor codes, session 8 (issue #6): bare crowd counts as parties, the
protesters of another clause as a protest's actor, a listed title group before a titled name,
a relative named with a listed person, the people a targeted vehicle carries, and the
accusative of broken plurals.

Sentences written for these tests (not copied from the dev gold or the news day).
"""

from __future__ import annotations

import pytest
from event_helpers import participants

from khabar.pipeline import Pipeline

Code = tuple[str, str | None, str | None]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["text", "events"])


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline()


def codes(pipe: Pipeline, text: str, type_: str) -> tuple[list[Code], list[Code]]:
    """(text, country, sector) of the actors and recipients of the first ``type_`` event,
    every span checked against the original text."""
    actor, recipient = participants(pipe, text, type_)
    return ([(a.text, a.country, a.sector) for a in actor],
            [(a.text, a.country, a.sector) for a in recipient])


# --- a bare definite crowd count is the crowd ----------------------------------------------

@pytest.mark.parametrize(("text", "type_", "role", "want"), [
    ("وتظاهر المئات أمس في وسط المدينة للمطالبة بإقالة المحافظ.", "PROTEST", 0, "المئات"),
    ("واعتصم العشرات أمام مبنى البرلمان احتجاجا على القانون الجديد.", "PROTEST", 0, "العشرات"),
    ("وتظاهر عشرات الآلاف في الساحة الرئيسية ضد الحكومة.", "PROTEST", 0, "عشرات الآلاف"),
    ("وقتل العشرات في انفجار سيارة مفخخة في السوق أمس.", "ASSAULT", 1, "العشرات"),
    ("وأصيب المئات بجروح في الاشتباكات التي شهدتها المدينة أمس.", "ASSAULT", 1, "المئات"),
])
def test_a_bare_crowd_count_is_a_party(pipe, text, type_, role, want):
    got = codes(pipe, text, type_)[role]
    assert [t for t, _, _ in got] == [want], got
    assert got[0][2] == "CVL", got


@pytest.mark.parametrize(("text", "type_", "role", "want"), [
    # before a partitive من the counted noun is the party, as before
    ("وتظاهر الآلاف من الطلاب أمام وزارة التعليم.", "PROTEST", 0, "الطلاب"),
    ("واعتقلت الشرطة المئات من المتظاهرين في العاصمة.", "COERCE", 1, "المتظاهرين"),
])
def test_a_crowd_count_before_min_leaves_the_counted_noun(pipe, text, type_, role, want):
    got = codes(pipe, text, type_)[role]
    assert [t for t, _, _ in got] == [want], got


def test_a_count_with_a_preposition_is_no_crowd(pipe):
    # «بالآلاف» is a manner adverb, no party
    actors, _ = codes(pipe, "وتظاهر الطلاب بالآلاف أمام الجامعة.", "PROTEST")
    assert [t for t, _, _ in actors] == ["الطلاب"], actors


# --- the protesters of another clause are a protest's actor ---------------------------------

def test_protesters_of_a_later_clause_are_the_actor(pipe):
    actors, _ = codes(pipe, "وشهدت المدينة أمس مظاهرات حاشدة، وأغلق المحتجون الطرق الرئيسية بالإطارات.",
                      "PROTEST")
    assert [t for t, _, _ in actors] == ["المحتجون"], actors


def test_counted_protesters_under_a_preposition_are_no_actor(pipe):
    # the party pushed «بأكثر من ثلاثة آلاف متظاهر» is the organiser, the protesters its object
    actors, _ = codes(pipe, "وشهدت المدينة أمس مظاهرة، وقد دفع الحزب بأكثر من ثلاثة آلاف متظاهر إلى الساحة.",
                      "PROTEST")
    assert "متظاهر" not in [t for t, _, _ in actors], actors


# --- a title group before a titled name is one person ---------------------------------------

def test_a_listed_title_and_a_titled_name_are_one_actor(full):
    actors, recips = codes(
        full, "واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الرئيس الفرنسي في الرياض أمس.",
        "CONSULT")
    assert len(actors) == 1 and actors[0][0].startswith("خادم الحرمين الشريفين الملك سلمان"), actors
    assert actors[0][1:] == ("SAU", "GOV"), actors
    assert not any(t.startswith("الملك") for t, _, _ in recips), recips


# --- a relative named with a listed person ---------------------------------------------------

def test_a_relative_named_with_a_listed_person_keeps_the_country_not_the_office(full):
    actors, _ = codes(full, "والتقى فاطمة هاشمي رفسنجاني وفدا من النساء في طهران أمس.", "CONSULT")
    assert actors and actors[0][1:] == ("IRN", None), actors


def test_a_title_before_a_listed_person_still_gives_the_office(full):
    actors, _ = codes(full, "واستقبل الرئيس الأمريكي جورج بوش وفدا من رجال الأعمال في البيت الأبيض.",
                      "CONSULT")
    assert actors and actors[0][1:] == ("USA", "GOV"), actors


# --- the people a targeted vehicle carries --------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("وأطلق مسلحون النار على حافلة تقل عمالا في جنوب البلاد.", "عمالا"),
    ("واستهدف مسلحون سيارة كانت تقل جنودا أمريكيين قرب المطار.", "جنودا أمريكيين"),
])
def test_the_people_a_targeted_vehicle_carries_are_recipients(pipe, text, want):
    _, recips = codes(pipe, text, "ASSAULT")
    assert want in [t for t, _, _ in recips], recips
    assert recips[0][0] in ("حافلة", "سيارة"), recips  # the vehicle stays a recipient


def test_a_vehicle_with_no_carrying_verb_is_the_only_recipient(pipe):
    _, recips = codes(pipe, "وأطلق مسلحون النار على سيارة في جنوب البلاد وفروا.", "ASSAULT")
    assert [t for t, _, _ in recips] == ["سيارة"], recips


# --- the accusative of broken plurals --------------------------------------------------------

@pytest.mark.parametrize(("text", "want", "sector"), [
    ("وقتل المسلحون جنودا عراقيين في الهجوم على نقطة التفتيش.", "جنودا عراقيين", "MIL"),
    ("وقتل القناصة أطفالا في الحي الشرقي أمس.", "أطفالا", "CVL"),
])
def test_an_accusative_broken_plural_is_a_party(pipe, text, want, sector):
    _, recips = codes(pipe, text, "ASSAULT")
    assert (want, sector) in [(t, s) for t, _, s in recips], recips
