"""Event roles, session 6 (issue #6): families of general Arabic syntax — a preverbal
subject before a verb with a prepositional object, the target of another attack noun,
the و proclitic of coordination, subjects shared after أن, pronouns on verbal nouns,
protest targets.

Sentences written for these tests (not copied from the dev gold or the news day).
"""

import pytest
from event_helpers import roles

from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(["text", "events"])


# --- a preverbal subject before a verb whose object is marked by على/ضد -------------------

@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("الجنود اعتدوا على المتظاهرين بالضرب في وسط المدينة.", "الجنود", "المتظاهرين"),
    ("وقال شهود إن الجنود اعتدوا على المتظاهرين بالهراوات.", "الجنود", "المتظاهرين"),
    ("وذكر الأهالي أن الشرطة تعتدي على السكان بالضرب يوميا.", "الشرطة", "السكان"),
])
def test_preverbal_subject_of_a_prepositional_object_is_the_actor(pipe, text, actor, recipient):
    actors, recips = roles(pipe, text, "ASSAULT")
    assert actor in actors, (actors, recips)
    assert recips == [recipient]


@pytest.mark.parametrize("text", [
    "ثلاثة جنود أميركيين قتلوا في هجوم انتحاري شمال بغداد.",
    "وقال مسؤولون إن ثلاثة جنود قتلوا على يد مسلحين في الموصل.",
])
def test_victim_subject_of_a_passive_casualty_verb_stays_the_recipient(pipe, text):
    actors, recips = roles(pipe, text, "ASSAULT")
    assert any("جنود" in r for r in recips), (actors, recips)
    assert not any("جنود" in a for a in actors)


# --- the target of another attack noun is no recipient of the verb ------------------------

@pytest.mark.parametrize(("text", "victim", "place"), [
    ("قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش شمال بغداد.", "جنود", "نقطة"),
    ("قتل مسلحون شرطيين اثنين في هجوم مسلح على حاجز أمني في كركوك.", "شرطيين", "حاجز"),
    ("أصيب عشرة أشخاص في هجوم انتحاري على سوق شعبي.", "أشخاص", "سوق"),
])
def test_killed_people_not_the_attacked_place(pipe, text, victim, place):
    actors, recips = roles(pipe, text, "ASSAULT")
    assert any(victim in r for r in recips), (actors, recips)
    assert not any(place in r for r in recips), recips


def test_attacked_place_is_kept_when_no_one_else_is_named(pipe):
    # a bare count names nobody: the place the attack hit is the only recipient left
    _, recips = roles(pipe, "قتل مسلحون ثلاثة في هجوم على نقطة تفتيش للشرطة.", "ASSAULT")
    assert any("نقطة" in r for r in recips), recips


def test_attacked_party_stays_a_co_recipient(pipe):
    # a force, not a place: the wounded and the attacked force are both recipients
    _, recips = roles(pipe, "أصيب شرطيان بجروح في هجوم على قوات الأمن.", "ASSAULT")
    assert any("قوات" in r for r in recips), recips


# --- coordination is the و proclitic, not a word's first letter ----------------------------

@pytest.mark.parametrize(("text", "joined"), [
    ("هاجم مسلحون الشرطة والجيش", True),
    ("التقى الأمين العام وزير الخارجية", False),
    ("استقبل الرئيس وفد المعارضة", False),
])
def test_clauses_coordinated_reads_the_proclitic(text, joined):
    from khabar.extract.events.actors import actor_lexicon
    from khabar.extract.events.clauses import coordinated

    toks = Pipeline(["text"]).analyze(text).tokens
    phrases = actor_lexicon().phrases(toks)
    assert len(phrases) >= 2, phrases
    first, second = phrases[-2], phrases[-1]
    assert (second in coordinated(toks, phrases, first, backwards=False)) is joined
    assert (first in coordinated(toks, phrases, second, backwards=True)) is joined
