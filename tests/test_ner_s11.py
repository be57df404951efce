"""Session-11 NER rules (khabar.ner.postrules): outlets after their head word, bare family names."""

import pytest

from khabar.ner import postrules
from khabar.ner.features import FeatureExtractor
from khabar.ner.model import NerTagger

# sentences written for these tests (not from any corpus)
LEX = {"المصري": "NAT", "القدس": "LOC", "الطائف": "LOC", "الزهراني": "PERS|LOC"}
FX = FeatureExtractor(LEX)


def one(words: str, tags: str) -> list[str]:
    w, t = words.split(), tags.split()
    return postrules.apply_sentence(postrules.contexts([w], FX)[0], t, False)


def doc(sents: list[tuple[str, str]], window: int = postrules.FAMILY_WINDOW):
    words = [w.split() for w, _ in sents]
    tags = [t.split() for _, t in sents]
    changed = postrules.family_names(postrules.contexts(words, FX), tags, window)
    return tags, changed


def test_place_or_person_after_an_outlet_head_is_the_outlet():
    assert one("ونقلت صحيفة القدس عن مصدر", "O O B-LOC O O") == ["O", "O", "B-ORG", "O", "O"]
    assert one("قالت جريدة وادي النيل أمس", "O O B-LOC I-LOC O") == ["O", "O", "B-ORG", "I-ORG", "O"]
    # an opening quote between the head and the name; a proclitic on the head
    assert one("بحسب مجلة « ماري » الأسبوعية", "O O O B-PERS O O")[3] == "B-ORG"
    assert one("وذكرت لوكالة سبوتنيك", "O O B-LOC")[2] == "B-ORG"


def test_outlet_rule_leaves_other_names_and_tagged_heads_alone():
    # no head word before the place; a MISC after a head; the head inside a name
    assert one("وصل إلى القدس أمس", "O O B-LOC O") == ["O", "O", "B-LOC", "O"]
    assert one("صحيفة الأهرام", "O B-MISC") == ["O", "B-MISC"]
    assert one("قناة السويس", "B-LOC I-LOC") == ["B-LOC", "I-LOC"]
    # «قناة» is a canal as often as a channel: no head word
    assert one("عبرت قناة بنما", "O O B-LOC") == ["O", "O", "B-LOC"]
    # off by the switch
    w = "ونقلت صحيفة القدس".split()
    assert postrules.apply_sentence(postrules.contexts([w], FX)[0], ["O", "O", "B-LOC"], False,
                                    outlets=False) == ["O", "O", "B-LOC"]


def test_bare_family_name_of_a_person_named_in_full_nearby():
    tags, changed = doc([
        ("وقال الشاعر خالد الزهراني إن القصيدة جديدة", "O O B-PERS I-PERS O O O"),
        ("وأضاف الزهراني أن الديوان سيصدر", "O O O O O"),
        ("وكان والزهراني قد كتب", "O O O O"),
    ])
    assert tags[1] == ["O", "B-PERS", "O", "O", "O"]
    assert tags[2] == ["O", "B-PERS", "O", "O"]  # a و before it
    assert changed == {1: [1], 2: [1]}
    assert tags[0] == ["O", "O", "B-PERS", "I-PERS", "O", "O", "O"]  # the full name untouched


def test_family_name_rule_keeps_away_from_adjectives_ancestors_and_ordinals():
    tags, changed = doc([
        ("التقى الملك عبدالله الثاني ومحمد بن سلمان والكاتب سعيد المصري وأحمد العربي وهند الرفاعية",
         "O O B-PERS I-PERS B-PERS I-PERS I-PERS O B-PERS I-PERS B-PERS I-PERS B-PERS I-PERS"),
        ("وجاء الثاني وزار سلمان ثم العالم العربي والرفاعية وقال المصري", "O O O O O O O O O O"),
    ])
    assert changed == {} and set(tags[1]) == {"O"}
    # a word the lexicon knows only as a place is no bare family name (a person class keeps it)
    tags, changed = doc([("وقال سعد الطائف", "O B-PERS I-PERS"), ("زار الطائف", "O O")])
    assert changed == {}
    assert doc([("وقال سعد الزهراني", "O B-PERS I-PERS"), ("وقال الزهراني", "O O")])[1] == {1: [1]}
    # an ال-word not after a definite word is the person («وقال العربي»)
    tags, changed = doc([
        ("وكان أحمد العربي حاضرا", "O B-PERS I-PERS O"),
        ("وقال العربي إن", "O O O"),
    ])
    assert tags[1] == ["O", "B-PERS", "O"]


def test_family_name_rule_needs_o_neighbours_a_nearby_full_name_and_no_other_proclitic():
    full = ("وقال خالد الزهراني", "O B-PERS I-PERS")
    tags, changed = doc([full, ("الزهراني علي", "O B-PERS"), ("بالزهراني", "O")])
    assert changed == {} and tags[1] == ["O", "B-PERS"] and tags[2] == ["O"]
    far = [full, *[("نص", "O")] * 3, ("الزهراني", "O")]
    assert doc(far, window=3)[1] == {}
    assert doc(far, window=4)[1] == {4: [0]}
    # a one-word name lends nothing
    assert doc([("وقال الزهراني", "O B-PERS"), ("الزهراني", "O")])[1] == {}


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger(rules=True)


def test_tagger_runs_the_family_rule_over_the_document_with_marginals(tagger, monkeypatch):
    words = [["وقال", "خالد", "الزهراني", "إن", "الاجتماع", "انتهى", "."],
             ["وأضاف", "الزهراني", "أن", "اللجنة", "ستجتمع", "."]]

    def forced(ctx, tags, sport, **kw):  # the CRF's full name in sentence 0, nothing in 1
        if len(tags) == 7:
            return ["O", "B-PERS", "I-PERS", "O", "O", "O", "O"]
        return ["O"] * len(tags)

    monkeypatch.setattr(postrules, "apply_sentence", forced)
    tags, probs = tagger.tag_document(words, stacked=False)
    assert tags[1][1] == "B-PERS"
    crf = tagger._tagger
    crf.set(tagger.features.sentence(words[1]))
    assert probs[1][1] == pytest.approx(crf.marginal("B-PERS", 1))
    monkeypatch.setattr(postrules, "family_names", lambda ctxs, tags, window=10: {})
    assert tagger.tag_document(words, stacked=False)[0][1][1] == "O"  # the rule added it
