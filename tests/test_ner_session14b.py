"""Session-14 NER decode families (khabar.ner.postrules, ner14b): Latin glosses after a definite
common noun, titles at the start of a person or alone as one, the place of a named calendar
(«تقويم أم القرى»), Chinese names of three syllables, and the rules' own club list
(clubs_extra.txt: bare town-named clubs and spelling variants)."""

import pytest

from khabar.ner import postrules
from khabar.ner.features import FeatureExtractor
from khabar.text.normalize import match_form

# sentences written for these tests (not from any corpus); lexicon keys normalised as built
LEX = {match_form(k): v for k, v in {"أينشتاين": "PERS", "نيوكاسل": "LOC"}.items()}
FX = FeatureExtractor(LEX, {})


def one(words: str, tags: str, sport: bool = False, **switches: bool) -> list[str]:
    w = words.split()
    assert len(w) == len(tags.split()), words
    return postrules.apply_sentence(postrules.contexts([w], FX)[0], tags.split(), sport,
                                    names={}, **switches)


def kept(words: str, tags: str, sport: bool = False, **switches: bool) -> None:
    assert one(words, tags, sport, **switches) == tags.split(), words


# -- Latin glosses -----------------------------------------------------------------------------

def test_latin_gloss_after_a_definite_common_noun_is_no_name():
    assert one("وهي لحظة الاقتران ( Nwe moon ) قبل الغروب",
               "O O O O B-ORG I-ORG O O O") == ["O"] * 9
    assert one("ويسمى الاقتران » « new moon » :",
               "O O O O B-ORG I-ORG O O") == ["O"] * 8   # past a closing quote
    assert one("الولادة الفلكية للقمر ( Nwe moon ) قبل",
               "O O O O B-ORG I-ORG O O") == ["O"] * 8  # a proclitic on the glossed word


def test_latin_gloss_keeps_names_and_the_name_of_an_indefinite_head():
    kept("فتصدرت صورته غلاف مجلة ( TIME ) الأمريكية", "O O O O O B-ORG O O")  # the magazine
    kept("قال ألبرت أينشتاين ( Albert Einstein ) إن", "O B-PERS I-PERS O B-PERS I-PERS O O")
    kept("الخدمة بالإنترنت WiMax الجديد", "O O B-MISC O")                        # not enclosed
    kept("الاقتران ( موون Nwe ) قبل", "O O B-ORG I-ORG O O")                    # not all Latin
    kept("لحظة الاقتران ( Nwe moon ) قبل", "O O O B-ORG I-ORG O O", glosses=False)


# -- titles ------------------------------------------------------------------------------------

def test_title_at_the_start_of_a_person_or_alone_is_no_name():
    assert one("التقت البروفيسور وانغ ليانماو نائب الرئيس", "O B-PERS I-PERS I-PERS O O") == [
        "O", "O", "B-PERS", "I-PERS", "O", "O"]
    assert one("وأضاف البروفيسور إن القطع نادرة", "O B-PERS O O O") == ["O"] * 5
    assert one("موعد مع والأمير تركي غدا", "O O B-PERS I-PERS O") == [
        "O", "O", "O", "B-PERS", "O"]                                 # a proclitic on the title
    assert one("دفع السلطان المنصور قلاوون", "O B-PERS I-PERS O") == ["O", "O", "B-PERS", "O"]


def test_title_rule_keeps_other_names_bodies_and_the_pope():
    kept("استقبل البابا فرنسيس الوفد", "O B-PERS I-PERS O")
    kept("قال الرئيسي محمد إن", "O B-PERS I-PERS O")          # no title: a name of its own
    kept("زار الملك عبدالله المستشفى", "O O B-PERS O")
    kept("دعم مؤسسة الملك فيصل الخيرية", "O B-ORG I-ORG I-ORG I-ORG")  # a body, not a person
    kept("التقت البروفيسور وانغ ليانماو", "O B-PERS I-PERS I-PERS", title_spans=False)


# -- a calendar named after a place ------------------------------------------------------------

def test_place_of_a_named_calendar_is_a_place():
    loc = ["B-LOC", "I-LOC"]
    assert one("حسب تقويم أم القرى الرسمي", "O O O O O") == ["O", "O", *loc, "O"]
    assert one("في تقويم ام القرى وغيرها", "O O B-ORG I-ORG O") == ["O", "O", *loc, "O"]
    assert one("يعمل بتقويم أم القرى منذ", "O O O O O") == ["O", "O", *loc, "O"]


def test_calendar_rule_keeps_the_university_longer_names_and_definite_heads():
    kept("سجل في جامعة أم القرى أمس", "O O B-ORG I-ORG I-ORG O")
    kept("رئيس لجنة تقويم أم القرى", "O B-ORG I-ORG I-ORG I-ORG")  # inside a longer name
    kept("التقويم أم القرى", "O O O")            # a definite head («التقويم») names no calendar
    kept("تقويم الأداء السنوي", "O O O")          # no place after the head
    kept("حسب تقويم أم القرى", "O O O O", calendars=False)


# -- Chinese names -----------------------------------------------------------------------------

def test_chinese_family_name_joins_the_person_after_it():
    assert one("ركبت مع صديقي قوه يو شنغ أمس", "O O O O B-PERS I-PERS O") == [
        "O", "O", "O", "B-PERS", "I-PERS", "I-PERS", "O"]
    assert one("تبرع بها المعروف لن هوى شيانغ للمتحف", "O O O O O B-PERS O") == [
        "O", "O", "O", "B-PERS", "I-PERS", "I-PERS", "O"]            # two syllables left O


def test_three_chinese_syllables_are_a_person():
    assert one("ويعلق دينغ ون جي المشرف الإداري", "O O O O O O") == [
        "O", "B-PERS", "I-PERS", "I-PERS", "O", "O"]
    assert one("الإمام اسماعيل وانغ قوانغ شوى في المسجد", "O B-PERS O O O O O") == [
        "O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O", "O"]      # a Hui name: one person


def test_chinese_rule_leaves_arabic_words_places_and_long_runs():
    kept("قال لي محمد صلاح إنه", "O O B-PERS I-PERS O")     # «لي» before an Arabic name
    kept("هي سي شي التي عاشت", "O B-PERS I-PERS O O")       # only Arabic homographs: no evidence
    kept("ما هو لي في ذلك", "O O O O O")
    kept("وصلنا إلى تشن داي أمس", "O O O O O")              # two syllables: a place as often
    kept("قالوا تشاو وانغ يانغ شان في", "O O O O O O")      # four syllables: not one name
    kept("ويعلق دينغ ون جي المشرف", "O O O O O", chinese=False)


# -- the rules' own club list ------------------------------------------------------------------

def test_extra_clubs_are_listed_and_tagged_in_sports_context():
    assert {match_form(w) for w in ("ويجان", "شيفلد", "ريدينج", "هامبورج")} <= postrules.extra_clubs()
    assert one("تغلب نيوكاسل على ضيفه ويجان بالنتيجة نفسها", "O B-ORG O O O O O", sport=True) == [
        "O", "B-ORG", "O", "O", "B-ORG", "O", "O"]
    assert one("جمعت بين ليفربول وشيفلد", "O O B-ORG O", sport=True) == [
        "O", "O", "B-ORG", "B-ORG"]
    assert one("وفي نيوكاسل كان ساوثهامبتون هو", "O B-LOC O B-ORG O", sport=True)[1] == "B-LOC"


def test_extra_clubs_need_sports_context_and_no_place():
    kept("تغلب نيوكاسل على ضيفه ويجان", "O B-ORG O O O")             # no sports context
    kept("ولد اللاعب في ويجان عام", "O O O O O", sport=True)          # at a place
    kept("عاد إلى شيفلد أمس", "O O B-LOC O", sport=True)
    kept("أقيم الحفل بشيفلد أمس", "O O O O", sport=True)             # a preposition glued on


@pytest.fixture
def no_extra_clubs(monkeypatch: pytest.MonkeyPatch):
    caches = (postrules.club_names, postrules.club_words,
              postrules._stems, postrules._firsts, postrules._firsts_bare)
    monkeypatch.setattr(postrules, "EXTRA_CLUBS", False)
    for f in caches:
        f.cache_clear()
    postrules._CANDS.clear()
    yield
    monkeypatch.setattr(postrules, "EXTRA_CLUBS", True)
    for f in caches:
        f.cache_clear()
    postrules._CANDS.clear()


def test_extra_clubs_switch(no_extra_clubs: None):
    kept("تغلب نيوكاسل على ضيفه ويجان", "O B-ORG O O O", sport=True)
