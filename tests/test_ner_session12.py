"""Session-12 NER rules (khabar.ner.postrules): names joined with «الله», persons after a place
noun, unknown items of a list of places."""

from khabar.ner import postrules
from khabar.ner.features import FeatureExtractor
from khabar.text.normalize import match_form

# sentences written for these tests (not from any corpus); lexicon keys normalised as built
LEX = {match_form(k): v for k, v in {
    "بغداد": "LOC", "البصرة": "LOC", "الموصل": "LOC", "كريم": "PERS|FIRST", "الأهلي": "ORG"}.items()}
CLUSTERS = {"الوزير": "a1-b1-c1", "قال": "a2-b2-c2", "إن": "a3-b3-c3", "في": "a4-b4-c4"}
FX = FeatureExtractor(LEX, CLUSTERS)


def one(words: str, tags: str, **switches: bool) -> list[str]:
    w, t = words.split(), tags.split()
    return postrules.apply_sentence(postrules.contexts([w], FX)[0], t, False, **switches)


def test_allah_compound_joins_the_split_name():
    # «الله» tagged MISC after a first word that makes a name: one person
    assert one("قال عبد الله إن", "O O B-MISC O") == ["O", "B-PERS", "I-PERS", "O"]
    # the person name that ends right before it, and the one right after it, are the same name
    assert one("قال بهاء حسب الله إن", "O B-PERS O B-MISC O") == ["O", "B-PERS", "I-PERS", "I-PERS", "O"]
    assert one("قال عبد الله كريم الزعبي إن", "O B-PERS B-MISC B-PERS I-PERS O") == [
        "O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O"]
    # one unknown word after it (no cluster, no article) is the family name
    assert one("الوزير عطاء الله مهاجراني قال", "O O B-MISC O O") == ["O", "B-PERS", "I-PERS", "I-PERS", "O"]
    # the first word types the compound; a proclitic و/ل on it is allowed
    assert one("قال حزب الله إن", "O B-ORG B-MISC O") == ["O", "B-ORG", "I-ORG", "O"]
    assert one("في رام الله", "O O B-MISC") == ["O", "B-LOC", "I-LOC"]
    assert one("قال وعبد الله", "O O B-MISC") == ["O", "B-PERS", "I-PERS"]


def test_allah_alone_and_phrases_stay_apart():
    # «الله» alone, or after a word that is no name part, is left as the CRF tagged it
    assert one("قال الله في", "O B-MISC O") == ["O", "B-MISC", "O"]
    assert one("رحمه الله الوزير", "O B-MISC O") == ["O", "B-MISC", "O"]
    # a phrase word (God's grace, God's victory) joins only a person name next to it
    assert one("لولا فضل الله إن", "O O B-MISC O") == ["O", "O", "B-MISC", "O"]
    assert one("قال نصر الله الوزير", "O O B-MISC O") == ["O", "O", "B-MISC", "O"]
    assert one("قال حسن نصر الله إن", "O B-PERS O B-MISC O") == ["O", "B-PERS", "I-PERS", "I-PERS", "O"]
    # no joining over a word with the article or a word cluster, nor with «الله» under a prefix
    assert one("عبد الله الوزير", "O B-MISC O") == ["B-PERS", "I-PERS", "O"]
    assert one("عبد الله قال", "O B-MISC O") == ["B-PERS", "I-PERS", "O"]
    assert one("عبد والله", "O O") == ["O", "O"]
    # a name of another type before it is not re-typed; off by the switch
    assert one("عبد الله", "B-LOC B-MISC") == ["B-LOC", "B-MISC"]
    assert one("قال عبد الله إن", "O O B-MISC O", allah=False) == ["O", "O", "B-MISC", "O"]


def test_person_after_an_indefinite_place_noun_is_the_place():
    assert one("الطرف الغربي لمدينة كنيدي", "O O O B-PERS") == ["O", "O", "O", "B-LOC"]
    assert one("في محافظة صلاح الدين", "O O B-PERS I-PERS") == ["O", "O", "B-LOC", "I-LOC"]
    assert one("رئيس بلدية سيفالو", "O O B-PERS") == ["O", "O", "B-LOC"]


def test_place_noun_rule_leaves_offices_terms_and_other_types_alone():
    # a definite head names an office («رئيس الإقليم X»); «ولاية X» is also X's term of office
    assert one("رئيس الإقليم نيجيرفان", "O O B-PERS") == ["O", "O", "B-PERS"]
    assert one("مدير المدينة كريم", "O O B-PERS") == ["O", "O", "B-PERS"]
    assert one("انتهت ولاية صالح", "O O B-PERS") == ["O", "O", "B-PERS"]
    assert one("ركض ناحية هازارد", "O O B-PERS") == ["O", "O", "B-PERS"]
    # an ORG after the head stays (مدينة الملك عبدالعزيز للعلوم), and the head inside a name
    assert one("مدينة الملك فهد", "O B-ORG I-ORG") == ["O", "B-ORG", "I-ORG"]
    assert one("مدينة كريم", "B-PERS I-PERS") == ["B-PERS", "I-PERS"]
    assert one("لمدينة كنيدي", "O B-PERS", places=False) == ["O", "B-PERS"]


def test_unknown_item_between_places_of_a_list_is_a_place():
    # comma-joined items, and items joined by و on the next word
    assert one("منها بغداد ، كرمسار ، وسيزوار وشيروان والبصرة .",
               "O B-LOC O O O O O B-LOC O") == [
        "O", "B-LOC", "O", "B-LOC", "O", "B-LOC", "B-LOC", "B-LOC", "O"]
    assert one("تضم بغداد ، وتركمنستان ، والموصل", "O B-LOC O O O B-LOC") == [
        "O", "B-LOC", "O", "B-LOC", "O", "B-LOC"]


def test_list_rule_needs_places_on_both_sides_and_no_other_names():
    # the last item: a verb or a pronoun after a list is no place
    assert one("بغداد ، والبصرة ، وكلها تقع", "B-LOC O B-LOC O O O") == [
        "B-LOC", "O", "B-LOC", "O", "O", "O"]
    # a person or an organisation in the run: not a list of places
    assert one("بغداد ، كرمسار ، وكريم", "B-LOC O O O B-PERS") == ["B-LOC", "O", "O", "O", "B-PERS"]
    # a word the lexicon knows as another type, a plural noun, a short word, a number
    assert one("بغداد ، الأهلي ، والبصرة", "B-LOC O O O B-LOC")[2] == "O"
    assert one("للقدس والمقدسات ، وفلسطين", "B-LOC O O B-LOC")[1] == "O"
    assert one("بغداد ، هو ، والبصرة", "B-LOC O O O B-LOC")[2] == "O"
    assert one("بغداد ، 12 ، والبصرة", "B-LOC O O O B-LOC")[2] == "O"
    # items not joined by a comma or «و»
    assert one("بغداد كرمسار البصرة", "B-LOC O B-LOC")[1] == "O"
    assert one("بغداد ، كرمسار ، والبصرة", "B-LOC O O O B-LOC", places=False)[2] == "O"


def test_title_tagged_as_a_person_before_the_name_is_dropped():
    assert one("وأضاف السيد جلال فياضي", "O B-PERS B-PERS I-PERS") == ["O", "O", "B-PERS", "I-PERS"]
    assert one("التقت البروفيسور وانغ", "O B-PERS B-PERS") == ["O", "O", "B-PERS"]
    assert one("وقال والسيد جلال", "O B-PERS B-PERS") == ["O", "O", "B-PERS"]  # a proclitic


def test_title_rule_keeps_names_titles_alone_and_titles_inside_a_name():
    # a title alone (no name after it), a title inside the name, a name that is no title
    # (session 14's title family, on by default, removes both: tests/test_ner_session14b.py)
    assert one("وقال السيد إن", "O B-PERS O", title_spans=False) == ["O", "B-PERS", "O"]
    assert one("وقال السيد جلال", "O B-PERS I-PERS", title_spans=False) == ["O", "B-PERS", "I-PERS"]
    assert one("التقى جلال كريم", "O B-PERS B-PERS") == ["O", "B-PERS", "B-PERS"]
    # «سيد» without the article opens Iranian names («سيد محمد خاتمي»); the Pope alone is PERS
    assert one("استقبل سيد محمد", "O B-PERS B-PERS") == ["O", "B-PERS", "B-PERS"]
    assert one("استقبل البابا بنديكت", "O B-PERS B-PERS") == ["O", "B-PERS", "B-PERS"]
    assert one("وأضاف السيد جلال", "O B-PERS B-PERS", titles=False) == ["O", "B-PERS", "B-PERS"]


def test_person_span_the_lexicon_knows_as_a_place_is_the_place():
    names = {"ساو باولو": "LOC", "مرسي مطروح": "LOC", "سيف الدوله": "LOC", "محمد علي": "PERS|LOC"}
    ctx = postrules.contexts([["فريقه", "ساو", "باولو", "بمرسى", "مطروح"]], FX)[0]
    tags = ["O", "B-PERS", "I-PERS", "B-PERS", "I-PERS"]
    assert postrules.apply_sentence(ctx, tags, False, names=names) == [
        "O", "B-LOC", "I-LOC", "B-LOC", "I-LOC"]  # a proclitic on the first word too
    # without the lexicon, or with the places switch off: unchanged
    assert postrules.apply_sentence(ctx, tags, False) == tags
    assert postrules.apply_sentence(ctx, tags, False, names=names, places=False) == tags


def test_listed_place_rule_leaves_persons_one_word_spans_and_given_names():
    names = {"ساو باولو": "LOC", "سيف الدوله": "LOC", "محمد علي": "PERS|LOC", "باولو": "LOC"}
    for words, tags in (
        ("في بلاط سيف الدولة", "O O B-PERS I-PERS"),   # a given name opens it (lexicon FIRST)
        ("قال محمد علي", "O B-PERS I-PERS"),           # known as a person too
        ("قال باولو", "O B-PERS"),                     # one word
        ("قال ساو باولو", "O B-ORG I-ORG"),            # not a person span
    ):
        ctx = postrules.contexts([words.split()], FeatureExtractor({**LEX, "سيف": "FIRST"}))[0]
        assert postrules.apply_sentence(ctx, tags.split(), False, names=names) == tags.split()
