"""Session-13 NER decode families (khabar.ner.postrules, ner13b): the new moon «الهلال» of an
astronomy sentence is no name; a lexicon place typed PERS whose first word is a person name that is
also a place word («مرسي» of «مرسى مطروح») is the place."""

from khabar.ner import postrules
from khabar.ner.features import FeatureExtractor
from khabar.text.normalize import match_form

# sentences written for these tests (not from any corpus); lexicon keys normalised as built
LEX = {match_form(k): v for k, v in {
    "الهلال": "ORG", "مرسي": "LOC|PERS", "خان": "PERS", "يونس": "FIRST|PERS",
    "بندر": "FIRST|LOC|PERS"}.items()}
FX = FeatureExtractor(LEX, {})
NAMES = {"مرسي مطروح": "LOC", "خان يونس": "LOC", "بندر عباس": "LOC"}


def one(words: str, tags: str, sport: bool = False, **switches: bool) -> list[str]:
    w = words.split()
    return postrules.apply_sentence(postrules.contexts([w], FX)[0], tags.split(), sport,
                                    names=NAMES, **switches)


def test_new_moon_crescent_is_no_name():
    assert one("أعلن الفلكيون ولادة الهلال فلكيا مساء السبت",
               "O O O B-ORG B-ORG O O") == ["O"] * 7  # the cue word tagged ORG goes too
    assert one("لم تتم رؤية للهلال بعد غروب الشمس",
               "O O O B-MISC O O O") == ["O"] * 7      # a proclitic on the crescent
    assert one("ولادة الهلال الفلكية الاقتران قبل الغروب",
               "O B-ORG I-ORG I-ORG O O") == ["O"] * 6  # the whole span


def test_crescent_rule_keeps_the_club_the_red_crescent_and_other_names():
    kept = (
        ("فاز الهلال على النصر في الرياض", "O B-ORG O B-ORG O B-LOC", False),  # no moon word
        ("ولادة الهلال فلكيا قبل المباراة", "O B-ORG O O O", True),           # sports context
        ("وصل الهلال الأحمر قبل غروب الشمس", "O B-ORG I-ORG O O O", False),   # the Red Crescent
        ("وصل الهلال الأحمر قبل غروب الشمس", "O B-ORG O O O O", False),
        ("شاهد سكان بغداد القمر", "O O B-LOC O", False),                      # no crescent
    )
    for words, tags, sport in kept:
        assert one(words, tags, sport) == tags.split(), words
    tags = "O O O B-ORG O O O"
    assert one("أعلن الفلكيون ولادة الهلال فلكيا مساء السبت", tags, crescent=False) == tags.split()


def test_place_whose_first_word_is_also_a_place_word_is_the_place():
    assert one("أحبطت الشرطة تهريبا بمرسى مطروح", "O O O B-PERS I-PERS") == [
        "O", "O", "O", "B-LOC", "I-LOC"]
    assert one("وصل إلى بندر عباس", "O O B-PERS I-PERS") == ["O", "O", "B-LOC", "I-LOC"]


def test_place_rule_still_leaves_person_only_first_words_and_switches():
    assert one("قصفت الطائرات خان يونس", "O O B-PERS I-PERS") == ["O", "O", "B-PERS", "I-PERS"]
    tags = "O O O B-PERS I-PERS"
    assert one("أحبطت الشرطة تهريبا بمرسى مطروح", tags, places=False) == tags.split()
    assert one("قال مرسي", "O B-PERS") == ["O", "B-PERS"]  # one word: the person
