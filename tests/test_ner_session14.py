"""Session 14 (ner14): the NER load and tagging path made cheaper, with the same output —
each CRF model opened once (crfsuite's C API; python-crfsuite only as the fallback), the
attributes read by id from the model file, the second pass's attributes appended as ids."""

from __future__ import annotations

import random

import pytest
from ner_helpers import LEX, all_attributes, random_sentences

from khabar.ner import crf
from khabar.ner.consistency import doc_features
from khabar.ner.model import (
    MODEL_NAME,
    PASS2_NAME,
    NerTagger,
    attribute_list,
    model_attributes,
    model_dir,
)

NEWS_LIKE = [
    ["قال", "الرئيس", "الأمريكي", "باراك", "أوباما", "في", "واشنطن", "إن", "الولايات",
     "المتحدة", "ستدعم", "العراق", "."],
    ["وأكد", "أوباما", "أن", "واشنطن", "ستواصل", "دعم", "بغداد", "."],
    [],
    ["والتقى", "وزير", "الخارجية", "جون", "كيري", "نظيره", "السعودي", "عادل", "الجبير",
     "في", "الرياض", "أمس", "."],
    ["وقال", "كيري", "إن", "الرياض", "وواشنطن", "شريكان", "،", "وإن", "الجبير", "أكد", "ذلك"],
]


@pytest.fixture(scope="module")
def both():
    """The shipped tagger on the C path, and one on python-crfsuite's path."""
    fast, plain = NerTagger(), NerTagger()
    plain._ids = None
    return fast, plain


def test_the_c_path_opens_no_python_crfsuite_tagger(both):
    fast, plain = both
    assert fast._ids is not None and fast.has_pass2
    fast.tag_document(NEWS_LIKE)
    fast.tag_sentences(NEWS_LIKE)
    assert fast._plain == {}  # each model file is open once, in the C library
    assert fast.tag_document(NEWS_LIKE) == plain.tag_document(NEWS_LIKE)
    assert plain._plain.keys() == {0, 1}  # the fallback opens python-crfsuite when used


def test_the_environment_switch_tags_with_python_crfsuite(monkeypatch, both):
    monkeypatch.setenv("KHABAR_CRF_CAPI", "0")
    tagger = NerTagger()
    assert tagger._ids is None and tagger._plain == {}
    assert tagger.tag_document(NEWS_LIKE) == both[0].tag_document(NEWS_LIKE)
    assert tagger.tag_sentences(NEWS_LIKE) == both[0].tag_sentences(NEWS_LIKE)
    assert tagger._plain.keys() == {0, 1}


def test_attribute_list_is_the_models_dictionary_by_id():
    path = model_dir() / MODEL_NAME
    attrs = attribute_list(path)
    assert attrs is not None and len(attrs) == len(set(attrs)) > 100_000
    assert model_attributes(path) == frozenset(attrs)
    model = crf.CrfModel(path)  # the strings read through crfsuite's dictionary, one by one
    assert model.attributes == attrs


def test_attribute_list_refuses_a_file_of_another_layout(tmp_path):
    bad = tmp_path / "x.crfsuite"
    bad.write_bytes(b"lCRF" + b"\x00" * 60)
    assert attribute_list(bad) is None
    assert attribute_list(tmp_path / "missing.crfsuite") is None
    data = bytearray((model_dir() / MODEL_NAME).read_bytes())
    data[:4] = b"XXXX"
    bad.write_bytes(bytes(data))
    assert attribute_list(bad) is None


def test_a_wrong_attribute_list_is_caught_at_load(tmp_path):
    path = model_dir() / MODEL_NAME
    attrs = attribute_list(path)
    assert attrs is not None
    assert crf.CrfModel(path, list(attrs)).attributes == attrs
    swapped = list(attrs)
    swapped[0], swapped[-1] = swapped[-1], swapped[0]
    with pytest.raises(ValueError):
        crf.CrfModel(path, swapped)
    with pytest.raises(ValueError):
        crf.CrfModel(path, attrs[:-1])
    # open_pair keeps python-crfsuite then
    order = list(dict.fromkeys(attrs))
    cid = {a: i for i, a in enumerate(order)}
    assert crf.open_pair([path], order, None, attributes=[attrs], cid=cid) is not None
    assert crf.open_pair([path], order, None, attributes=[swapped], cid=cid) is None


def test_a_model_without_a_readable_dictionary_tags_with_python_crfsuite(monkeypatch, both):
    """A model file whose attribute dictionary cannot be read: no restriction, no C path."""
    import khabar.ner.model as M

    monkeypatch.setattr(M, "attribute_list", lambda path: None)
    tagger = NerTagger()
    assert tagger._ids is None and tagger.features.keep is None
    assert tagger.tag_document(NEWS_LIKE) == both[0].tag_document(NEWS_LIKE)


def test_restrict_with_an_order_fixes_the_ids_and_keeps_no_second_set(both):
    fx = both[0].features
    assert fx.cid_order[:5] == attribute_list(model_dir() / MODEL_NAME)[:5]
    assert fx.keep is not None and b"bias" in fx.keep and b"no such" not in fx.keep
    assert set(fx.keep) == set(fx.cid_order)
    assert all(fx.cid[a] == i for i, a in enumerate(fx.cid_order[:1000]))
    p2 = attribute_list(model_dir() / PASS2_NAME)
    assert set(fx.cid_order) == set(attribute_list(model_dir() / MODEL_NAME)) | set(p2)
    from khabar.ner.features import FeatureExtractor

    with pytest.raises(ValueError):
        FeatureExtractor().restrict(None, order=[b"a", b"b", b"a"])


def _doc(seed: int) -> tuple[list[list[str]], list[list[str]]]:
    rnd = random.Random(seed)
    words = [w for s in NEWS_LIKE for w in s] + ["مباراة", "الهلال", "النصر", "الدوري"]
    labels = ["O", "O", "O", "B-PERS", "I-PERS", "B-LOC", "B-ORG", "I-ORG", "B-MISC"]
    sents, tags = [], []
    for _ in range(rnd.randint(1, 25)):
        n = rnd.randint(0, 12)
        sents.append([rnd.choice(words) for _ in range(n)])
        t = [rnd.choice(labels) for _ in range(n)]
        tags.append(["B-" + x[2:] if x.startswith("I-") and (i == 0 or t[i - 1] == "O") else x
                     for i, x in enumerate(t)])
    return sents, tags


@pytest.mark.parametrize("sports", [False, True])
def test_second_pass_ids_are_the_ids_of_the_second_pass_strings(sports):
    vocab: dict[str, int] = {}

    def to_id(a: str) -> int:
        return vocab.setdefault(a, len(vocab))

    for seed in range(40):
        sents, tags = _doc(seed)
        for window in (1, 3, 10):
            want = doc_features(sents, tags, window, sports=sports)
            into = [[[-1 - i] for i in range(len(s))] for s in sents]  # pass-1 ids before
            got = doc_features(sents, tags, window, sports=sports, into=into, to_id=to_id)
            assert got is into
            assert got == [[[-1 - i, *map(to_id, f)] for i, f in enumerate(w)] for w in want]
    assert any(a.startswith("DS=") for a in vocab) and any(a.startswith("DE=") for a in vocab)


def test_second_pass_ids_need_matching_lists():
    sents, tags = [["أوباما", "في", "واشنطن"]], [["B-PERS", "O", "B-LOC"]]
    with pytest.raises(ValueError):
        doc_features(sents, tags, 10, into=[[[], []]], to_id=len)
    with pytest.raises(ValueError):
        doc_features(sents, tags, 10, into=[], to_id=len)
    with pytest.raises(ValueError):
        doc_features(sents, tags, 10, into=[[[], [], []]])


def _id_and_text_extractors(keep, order, **kw):

    from khabar.ner.features import FeatureExtractor

    ids, text = FeatureExtractor(LEX, **kw), FeatureExtractor(LEX, **kw)
    if order:
        ids.restrict(None, order=sorted(keep))
        text.restrict(None, order=sorted(keep))
    else:
        ids.restrict(keep)
        text.restrict(keep)
    return ids, text


@pytest.mark.parametrize("order", [False, True])
def test_word_ids_built_without_strings_are_the_ids_of_the_kept_attributes(order):

    from khabar.ner.features import FeatureExtractor

    sents = random_sentences(300, 21)
    for kw in ({}, {"sports": True, "article_names": True, "char_ngrams": True}):
        attrs = all_attributes(FeatureExtractor(LEX, **kw), sents)
        rnd = random.Random(22)
        for share in (0.0, 0.3, 0.7, 1.0):
            keep = frozenset(a for a in attrs if rnd.random() < share)
            ids, text = _id_and_text_extractors(keep, order, **kw)
            assert ids._index is not None and ids._index.ids is not None
            cid = ids.cid
            for s in sents:  # ids first: the words' pieces are built by the id builder
                got, ctx = ids.tagging_ids(s)
                feats, ctx2 = text.tagging(s)
                assert ctx == ctx2
                assert got == [[cid[a] for a in f] for f in feats]
            assert not ids._kept  # no string pieces were built for the id path


def test_a_broken_id_map_is_caught():
    """The check above has teeth: id maps that lost the ``w=`` ids give other lists."""

    from khabar.ner.features import FeatureExtractor

    sents = random_sentences(50, 23)
    keep = frozenset(all_attributes(FeatureExtractor(LEX), sents))
    ids, text = _id_and_text_extractors(keep, False)
    maps = ids._index.ids
    maps.norm = {v: (None, *t[1:]) for v, t in maps.norm.items()}
    assert any(ids.tagging_ids(s)[0] != [[ids.cid[a] for a in f] for f in text.tagging(s)[0]]
               for s in sents)


def test_shipped_model_word_ids_over_news_and_lexicon_words(both):
    from khabar.ner.kept import id_pieces, kept_pieces

    fx = both[0].features
    index = fx._index
    assert index is not None and index.ids is not None
    rnd = random.Random(24)
    words = [w for k in rnd.sample(sorted(fx.lexicon), 300) for w in k.split()]
    words += ["و" + w for w in words[:80]] + ["بال" + w for w in words[80:120]]
    words += [w for s in NEWS_LIKE for w in s] + ["مباراة", "2015", "Reuters", "x|y", "،"]
    cid = fx.cid
    for w in words:
        p = kept_pieces(fx, index, w)
        want = (*(tuple(cid[a] for a in part) for part in p[:5]), *p[5:9],
                tuple(cid[a] for a in p[9]), *p[10:])
        assert id_pieces(fx, index, w) == want


def test_the_bench_sets_each_rate_against_the_issue_target():
    from khabar.bench.ner import MAX_MB, TARGET, summary

    text = summary({"entity stage, cold": TARGET - 1.0, "entity stage, warm": TARGET + 0.0},
                   MAX_MB + 0.1)
    lines = text.splitlines()
    assert lines[0].startswith("issue #4 target: >= 30,000 tokens/s")
    assert lines[1].endswith("NOT met") and "entity stage, cold: 29,999" in lines[1]
    assert lines[2].endswith("— met") and "30,000" in lines[2]
    assert lines[3] == "  model files: 50.1 MB — NOT met"
    assert summary({}, 32.7).splitlines()[-1] == "  model files: 32.7 MB — met"
