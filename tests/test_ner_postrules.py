"""The NER club rules (khabar.ner.postrules): listed club names and city clubs in sport."""

from khabar.ner import postrules
from khabar.ner.features import FeatureExtractor, sports_cues
from khabar.ner.model import NerTagger

LEX = {"ميلان": "LOC", "الايطالي": "NAT", "العراقي": "NAT", "القطري": "NAT", "دبي": "LOC", "الاماراتي": "NAT", "المغرب": "CTRY"}
FX = FeatureExtractor(LEX)


def run(words: str, tags: str, sport: bool | None = None) -> list[str]:
    w, t = words.split(), tags.split()
    if sport is None:
        return postrules.apply([w], [t], FX)[0]
    return postrules.apply_sentence(postrules.contexts([w], FX)[0], t, sport)


def test_lists_load_and_cues_are_normalised():
    names = postrules.club_names()
    assert "نهضه بركان" in names and "المغرب التطواني" in names  # normalised multi-word clubs
    assert all(" " in n for n in names)
    assert "فريق" in sports_cues() and "مباراه" in sports_cues()


def test_listed_club_left_O_or_split_becomes_one_org():
    assert run("فاز نهضة بركان أمس", "O O O O", sport=False) == ["O", "B-ORG", "I-ORG", "O"]
    # a proclitic on the first word, and the city part tagged LOC by the CRF
    assert run("ونهضة بركان", "O B-LOC", sport=False) == ["B-ORG", "I-ORG"]
    assert run("للمغرب التطواني", "B-LOC O", sport=False) == ["B-ORG", "I-ORG"]


def test_a_predicted_name_crossing_the_match_is_not_cut():
    tags = "B-PERS I-PERS I-PERS".split()
    assert run("نهضة بركان علي", " ".join(tags), sport=True) == tags


def test_nationality_adjective_stays_outside_and_one_word_core_needs_sport():
    assert run("تعادل ميلان الإيطالي", "O B-LOC O", sport=True) == ["O", "B-ORG", "O"]
    assert run("تعادل ميلان الإيطالي", "O B-LOC O", sport=False) == ["O", "B-LOC", "O"]
    # out of sport a one-word core the CRF left O is not created (النفط العراقي = Iraqi oil)
    assert run("صادرات النفط العراقي", "O O O", sport=False) == ["O", "O", "O"]
    assert run("فاز النفط العراقي", "O O O", sport=True) == ["O", "B-ORG", "O"]
    assert run("في ميلان الإيطالي", "O B-LOC O", sport=True) == ["O", "B-LOC", "O"]


def test_one_word_listed_club_in_sport_only():
    assert postrules.club_words() and "الغرافه" in postrules.club_words()
    assert run("فاز الغرافة", "O O", sport=True) == ["O", "B-ORG"]
    assert run("فاز الغرافة", "O O", sport=False) == ["O", "O"]
    assert run("فاز العربي القطري", "O O O", sport=True) == ["O", "B-ORG", "O"]
    # a body word stays a body (the FA, whose adjective belongs to its name)
    assert run("قرر الاتحاد القطري", "O O O", sport=True) == ["O", "O", "O"]
    assert run("قرر الاتحاد القطري", "O B-ORG I-ORG", sport=True) == ["O", "B-ORG", "I-ORG"]


def test_city_next_to_club_cue_in_sport_only():
    assert run("هزم نادي ميلان", "O O B-LOC", sport=True) == ["O", "O", "B-ORG"]
    assert run("فاز ميلان الإيطالي", "O B-LOC O", sport=True)[1] == "B-ORG"
    # a place noun before the city: a place, even with a sloppy adjective
    assert run("في مدينة دبي الإماراتي", "O O B-LOC O", sport=True) == ["O", "O", "B-LOC", "O"]
    # a country stays a place; no sports context, no change
    assert run("المغرب الإيطالي", "B-LOC O", sport=True) == ["B-LOC", "O"]
    assert run("زار ميلان الإيطالي", "O B-LOC O", sport=False)[1] == "B-LOC"


def test_sports_context_spans_two_sentences():
    sents = [["قال", "المدرب"], ["x"], ["y"], ["z"]]
    assert postrules.sporty(postrules.contexts(sents, FX)) == [True, True, True, False]


def test_tagger_applies_the_rules_in_both_paths():
    words = ["وقال", "مدرب", "نهضة", "بركان", "إن", "الفريق", "جاهز", "."]
    off = NerTagger(rules=False)
    on = NerTagger(rules=True)
    raw, _ = off.tag_document([words], marginals=False)
    tags, probs = on.tag_document([words])
    assert tags[0] == postrules.apply([words], raw, on.features)[0]
    assert tags[0][2:4] == ["B-ORG", "I-ORG"]
    assert len(probs[0]) == len(words) and all(0 <= p <= 1 for p in probs[0])
    assert on.tag_sentences([words], window=0) == tags
