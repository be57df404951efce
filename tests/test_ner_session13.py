"""Session 13 (ner13): the faster tagging paths give exactly what the plain ones gave —
the attribute pieces built from the models' known attributes (KnownIndex), the bigram
halves, the multi-word name shortcut, spans, the second-pass window votes, the rules'
sentence prefilters."""

from __future__ import annotations

import random

import pytest
from ner_helpers import LEX, WORDS, all_attributes, multi_tags_scan, random_sentences

from khabar.ner import postrules
from khabar.ner.conll import spans
from khabar.ner.consistency import doc_features
from khabar.ner.features import FeatureExtractor
from khabar.ner.kept import KnownIndex
from khabar.ner.model import load


def test_kept_lists_are_the_text_lists_filtered_for_any_known_subset():
    sents = random_sentences(300, 1)
    for kw in ({}, {"sports": True, "article_names": True, "char_ngrams": True}):
        full = FeatureExtractor(LEX, **kw)
        attrs = all_attributes(full, sents)
        rnd = random.Random(2)
        for share in (0.0, 0.3, 0.7, 1.0):
            keep = frozenset(a for a in attrs if rnd.random() < share)
            kept = FeatureExtractor(LEX, **kw)
            kept.restrict(keep)
            for s in sents:
                want = [[a.encode() for a in f if a.encode() in keep] for f in full.sentence(s)]
                assert kept.tagging(s)[0] == want


def test_a_broken_index_is_caught():
    """The check above has teeth: an index that forgot one prefix gives other lists."""
    full = FeatureExtractor(LEX)
    sents = random_sentences(50, 3)
    keep = frozenset(all_attributes(full, sents))
    kept = FeatureExtractor(LEX)
    kept.restrict(keep)
    index = kept._index
    assert index is not None
    index.norms = {w: m & ~1 for w, m in index.norms.items()}  # no w= any more
    kept._kept = {}
    assert any(kept.tagging(s)[0] != [[a.encode() for a in f] for f in full.sentence(s)]
               for s in sents)


def test_bigram_halves_with_a_bar_inside_a_word():
    keep = frozenset({b"bias", b"-1|0=x|y|x|y", b"0|+1=x|y|x|y",
                      b"-1|0=a|x|y"})
    index = KnownIndex(keep)
    assert index.bases["x|y"] & 32 and index.bases["x|y"] & 64  # opens and closes -1|0=
    full, kept = FeatureExtractor(), FeatureExtractor()
    kept.restrict(keep)
    for s in (["x|y", "x|y"], ["a", "x|y"], ["x|y", "a"], ["a", "a"]):
        want = [[a.encode() for a in f if a.encode() in keep] for f in full.sentence(s)]
        assert kept.tagging(s)[0] == want
    assert b"-1|0=x|y|x|y" in kept.tagging(["x|y", "x|y"])[0][1]
    assert b"-1|0=a|x|y" in kept.tagging(["a", "x|y"])[0][1]
    assert kept.tagging(["x|y", "a"])[0] == [[b"bias"], [b"bias"]]


def test_shipped_model_lists_over_lexicon_words():
    """The shipped model's own attribute set, words of its lexicon and their clitic forms."""
    tagger = load()
    fx = tagger.features
    assert fx.keep is not None and fx._index is not None
    plain = FeatureExtractor(fx.lexicon, fx.clusters, char_ngrams=fx.char_ngrams,
                             sports=bool(fx.sports), article_names=fx.article_names)
    rnd = random.Random(5)
    words = [w for k in rnd.sample(sorted(fx.lexicon), 400) for w in k.split()]
    words += ["و" + w for w in words[:100]] + ["بال" + w for w in words[100:150]]
    words += ["مباراة", "الدوري", "،", "2015", "Reuters", "x|y"]
    for s in random_sentences(300, 6, words):
        want = [[a.encode() for a in f if a.encode() in fx.keep] for f in plain.sentence(s)]
        assert fx.tagging(s)[0] == want


def test_multi_word_names_with_the_second_word_shortcut():
    fx = FeatureExtractor(LEX, article_names=True)
    hits = 0
    for s in random_sentences(600, 7):
        got = fx._multi_tags([fx.word(w)[1] for w in s])
        assert got == multi_tags_scan(fx, s)
        hits += sum(t.startswith("B-") for t in got)
    assert hits > 30
    # a token holding a space still completes a name («a» + «b c» = the name «a b c»)
    assert fx._multi_tags([fx.word(w)[1] for w in ["a", "b c"]]) == ["B-ORG", "I-ORG"]
    assert fx._multi_tags([fx.word(w)[1] for w in ["a", "b"]]) == ["", ""]


def _spans_plain(tags: list[str]) -> list[tuple[int, int, str]]:
    out, start, label = [], -1, ""
    for i, t in enumerate([*tags, "O"]):
        b, _, typ = t.partition("-")
        if start >= 0 and (b != "I" or typ != label):
            out.append((start, i, label))
            start = -1
        if b == "B" or (b == "I" and start < 0):
            start, label = i, typ
    return out


def test_spans_are_the_plain_scan():
    rnd = random.Random(8)
    labels = ["O", "O", "B-PERS", "I-PERS", "I-LOC", "B-LOC", "B", "I", "X-Y", "I-", "B-"]
    for _ in range(3000):
        tags = [rnd.choice(labels) for _ in range(rnd.randint(0, 12))]
        assert spans(tags) == _spans_plain(tags)
    assert spans(["B-PERS", "I-PERS", "O", "I-LOC"]) == [(0, 2, "PERS"), (3, 4, "LOC")]


@pytest.mark.parametrize("gap, voted", [(10, True), (11, False)])
def test_a_word_tagged_o_everywhere_votes_o_inside_the_window(gap: int, voted: bool):
    sents = [["كتاب"]] + [["في"]] * (gap - 1) + [["كتاب"]]
    tags = [["O"] for _ in sents]
    feats = doc_features(sents, tags, 10)
    assert (feats[0][0] == ["DT=O", "P1=O"]) is voted
    assert (feats[-1][0] == ["DT=O", "P1=O"]) is voted
    if not voted:
        assert feats[0][0] == ["P1=O"]
    # once tagged somewhere, the word's votes are summed as before
    tags[-1] = ["B-LOC"]
    feats = doc_features(sents, tags, 10)
    assert feats[0][0] == (["DE=LOC", "DEf=4", "DS=B-LOC", "DT=LOC", "P1=O"] if voted
                           else ["P1=O"])


def test_doc_features_lengths_must_match():
    with pytest.raises(ValueError):
        doc_features([["a", "b"]], [["O"]], 10)


def test_rules_prefilters_keep_the_matches():
    fx = FeatureExtractor()
    names = sorted(postrules.club_names())
    rnd = random.Random(9)
    found = 0
    for s in random_sentences(300, 10, WORDS + [w for n in rnd.sample(names, 50) for w in n.split()]):
        ctx = [fx.word(w)[1] for w in s]
        got = postrules._club_matches(ctx)
        found += len(got)
        cands = [postrules._cands(c) for c in ctx]
        if not any(cands):
            assert got == []
    assert found > 5
    ctxs = [[fx.word(w)[1] for w in s] for s in (["مباراة"], ["في"], ["في"], ["في"], ["في"])]
    assert postrules.sporty(ctxs) == [True, True, True, False, False]
    tags = ["O", "B-LOC"]
    postrules._outlets([fx.word(w)[1] for w in ["صحيفة", "القدس"]], tags)
    assert tags == ["O", "B-ORG"]
    tags = ["O", "B-LOC"]
    postrules._outlets([fx.word(w)[1] for w in ["مدينة", "القدس"]], tags)
    assert tags == ["O", "B-LOC"]


# ---- crfsuite's C tagger fed attribute ids (khabar.ner.crf) -------------------------------

NEWS_LIKE = [["قال", "الرئيس", "الأمريكي", "باراك", "أوباما", "في", "واشنطن", "إن", "مجلس", "الأمن",
              "الدولي", "سيجتمع", "."],
             ["وأضاف", "أوباما", "أن", "الاتحاد", "الأوروبي", "يدعم", "القرار", "،", "بحسب",
              "وكالة", "رويترز", "."],
             ["فاز", "ميلان", "على", "الإنتر", "في", "مباراة", "الدوري", "الإيطالي", "2015"],
             [], ["a\x00b", "في", "بغداد"]]


@pytest.fixture(scope="module")
def both():
    """The shipped tagger with the C tagger, and a copy without it (python-crfsuite)."""
    from khabar.ner.model import NerTagger

    fast, plain = NerTagger(), NerTagger()
    plain._ids = None
    return fast, plain


def test_the_c_tagger_is_used_and_gives_python_crfsuites_output(both):
    fast, plain = both
    assert fast._ids is not None and len(fast._ids) == 2
    for doc in (NEWS_LIKE, NEWS_LIKE[:1], [[]], []):
        assert fast.tag_document(doc) == plain.tag_document(doc)
        assert fast.tag_document(doc, stacked=False) == plain.tag_document(doc, stacked=False)
        assert fast.tag_sentences(doc) == plain.tag_sentences(doc)
        assert [fast.tag(s) for s in doc] == [plain.tag(s) for s in doc]
    fast.o_weight = plain.o_weight = 0.5  # the decode-time O weight reads marginals one by one
    try:
        assert fast.tag_document(NEWS_LIKE) == plain.tag_document(NEWS_LIKE)
    finally:
        fast.o_weight = plain.o_weight = 1.0


def test_tagging_ids_are_the_kept_attributes(both):
    fast, _ = both
    fx = fast.features
    cid = {a: i for i, a in enumerate(fx.cid_order)}
    other = len(fx.cid_order)
    for s in [*NEWS_LIKE, *random_sentences(100, 11)]:
        feats, ctx = fx.tagging(s)
        ids, ctx2 = fx.tagging_ids(s)
        assert ctx2 == ctx
        assert ids == [[cid.get(a.split(b"\x00", 1)[0], other) for a in f] for f in feats]
    assert fx.attribute_ids(["P1=O", "no such attribute"]) == [cid[b"P1=O"], other]


def test_ids_unknown_to_a_model_are_dropped_as_crfsuite_drops_them(both):
    fast, plain = both
    crf1 = fast._ids[0]
    fx = fast.features
    feats = fx.tagging(NEWS_LIKE[0])[0]
    ids = fx.tagging_ids(NEWS_LIKE[0])[0]
    junk = len(fx.cid_order)
    noisy = [[junk, *f, junk] for f in ids]  # ids of no attribute, around every token's own
    assert crf1.tag(noisy) == plain._tagger.tag(feats)
    assert crf1.marginals(crf1.tag(noisy)) == [plain._tagger.marginal(y, t)
                                               for t, y in enumerate(plain._tagger.tag(feats))]


def test_a_disagreeing_check_keeps_python_crfsuite(both):
    from khabar.ner import crf

    fast, plain = both

    class Liar:
        def __init__(self, real):
            self.real = real

        def tag(self, seq):
            return ["O"] * len(seq)

        def marginal(self, y, t):
            return self.real.marginal(y, t)

        def labels(self):
            return self.real.labels()

    from khabar.ner.model import PASS2_NAME, model_dir

    files = [model_dir() / "ner.crfsuite", model_dir() / PASS2_NAME]
    order = fast.features.cid_order
    assert crf.open_pair(files, order, [plain._tagger, plain._pass2]) is not None
    assert crf.open_pair(files, order, [Liar(plain._tagger), plain._pass2]) is None


def test_without_the_c_library_the_tagger_falls_back(monkeypatch, both):
    from khabar.ner import crf
    from khabar.ner.model import NerTagger

    def broken():
        raise OSError("no library")

    monkeypatch.setattr(crf, "_library", broken)
    tagger = NerTagger()
    assert tagger._ids is None
    assert tagger.tag_document(NEWS_LIKE) == both[1].tag_document(NEWS_LIKE)


def test_the_environment_switch_keeps_python_crfsuite(monkeypatch, both):
    """KHABAR_CRF_CAPI=0 opens no C tagger (python-crfsuite tags) and changes no tag."""
    from khabar.ner.model import NerTagger

    monkeypatch.setenv("KHABAR_CRF_CAPI", "0")
    tagger = NerTagger()
    assert tagger._ids is None
    assert tagger.tag_document(NEWS_LIKE) == both[1].tag_document(NEWS_LIKE)
    monkeypatch.setenv("KHABAR_CRF_CAPI", "1")
    assert NerTagger()._ids is not None
