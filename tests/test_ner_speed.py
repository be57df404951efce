"""The fast tagging paths give what the plain ones gave: attribute lists, their filtering by
the models' dictionaries, multi-word name matches, club matches, second-pass features."""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right

import pytest
from ner_helpers import multi_tags_scan

from khabar.ner import postrules
from khabar.ner.conll import spans
from khabar.ner.consistency import MIN_LETTERS, SPORT_WINDOW, _key, doc_features
from khabar.ner.features import FeatureExtractor, sports_cues
from khabar.ner.model import NerTagger, load, model_attributes, model_dir

LEX = {
    "ميلان": "LOC", "واشنطن": "LOC|CTRY", "الدفاع الجديدي": "ORG", "وول ستريت جورنال": "ORG",
    "وول ستريت": "LOC", "باب": "LOC", "باب المندب": "LOC", "باب المندب الشرقي الكبير": "LOC",
    "مجلس الأمن": "ORG", "مجلس الأمن الدولي": "ORG", "الإيطالي": "NAT",
}
WORDS = ["وول", "ستريت", "جورنال", "والدفاع", "الجديدي", "ميلان", "الإيطالي", "مباراة",
         "باب", "المندب", "الشرقي", "الكبير", "مجلس", "الأمن", "الدولي", "في", "واشنطن",
         "للدفاع", "بميلان", "فريق", "نادي", "2015", "،", ".", "abc", "الدوري", "x"]


def _sentences(n: int, seed: int, phrases: list[str] | None = None) -> list[list[str]]:
    """Random sentences of ``WORDS`` and whole or cut ``phrases`` (default: ``LEX``'s)."""
    rnd = random.Random(seed)
    chunks = [p.split() for p in phrases or LEX] + [[w] for w in WORDS]
    out = []
    for _ in range(n):
        words: list[str] = []
        while len(words) < rnd.randint(1, 12):
            c = rnd.choice(chunks)
            words.extend(c[: rnd.randint(1, len(c))] if rnd.random() < 0.3 else c)
        out.append(words)
    return out


def test_tagging_lists_are_the_sentence_lists_encoded_and_filtered():
    keep = {b"bias", b"w=\xd9\x81\xd9\x8a", b"sp", b"G=B-ORG", b"-1g=-", b"+1b=</s>"}
    for kw in ({}, {"sports": True, "article_names": True, "char_ngrams": True}):
        full, kept = FeatureExtractor(LEX, **kw), FeatureExtractor(LEX, **kw)
        kept.restrict(frozenset(keep))
        for words in _sentences(300, 1):
            want = full.sentence(words)
            assert full.tagging(words)[0] == [[a.encode() for a in f] for f in want]
            feats, ctx = kept.tagging(words)
            assert feats == [[a.encode() for a in f if a.encode() in keep] for f in want]
            assert ctx == [full.word(w)[1] for w in words]
        assert any(b"sp" in f for f in kept.tagging(["مباراة", "ميلان"])[0]) == bool(kw)
    # crfsuite reads an attribute up to a NUL: such a sentence is not filtered
    kept = FeatureExtractor(LEX)
    kept.restrict(frozenset(keep))
    assert kept.tagging(["a\x00b", "في"])[0] == [
        [a.encode() for a in f] for f in FeatureExtractor(LEX).sentence(["a\x00b", "في"])]


def test_multi_word_names_are_the_longest_first_scan():
    fx = FeatureExtractor(LEX, article_names=True)
    hits = 0
    for words in _sentences(500, 2):
        got = fx._multi_tags([fx.word(w)[1] for w in words])
        assert got == multi_tags_scan(fx, words)
        hits += sum(t.startswith("B-") for t in got)
    assert hits > 50
    assert fx._multi_tags([fx.word(w)[1] for w in ["باب", "المندب", "الشرقي", "الكبير"]]) == [
        "B-LOC", "I-LOC", "I-LOC", "I-LOC"]


def test_club_matches_are_the_longest_first_scan():
    names = sorted(postrules.club_names())
    assert names
    rnd = random.Random(3)
    fx = FeatureExtractor()
    found = 0
    for words in _sentences(400, 3, rnd.sample(names, 200)):
        if rnd.random() < 0.3:
            words[0] = rnd.choice(["و", "ل", "لل", "ب"]) + words[0]
        ctx = [fx.word(w)[1] for w in words]
        want, end = [], 0
        for i, c in enumerate(ctx):
            if i < end:
                continue
            for first in postrules._cands(c):
                for k in range(min(5, len(ctx) - i), 1, -1):
                    if " ".join([first, *(x[0] for x in ctx[i + 1 : i + k])]) in names:
                        end = i + k
                        break
                if end > i:
                    want.append((i, end))
                    break
        assert postrules._club_matches(ctx) == want
        found += len(want)
    assert found > 20


def _doc_features_scan(sentences, tags, window=10, sports=False):
    """Second-pass attributes by scanning every neighbouring sentence (the plain version)."""
    keys = [[_key(w) for w in s] for s in sentences]
    occ: dict = {}
    names = []
    for s, (k, t) in enumerate(zip(keys, tags, strict=True)):
        v: dict = {}
        for kk, tt in zip(k, t, strict=True):
            if len(kk) >= MIN_LETTERS:
                c = v.setdefault(kk, {})
                lab = tt[2:] if tt != "O" else "O"
                c[lab] = c.get(lab, 0) + 1
        for kk, c in v.items():
            occ.setdefault(kk, ([], []))
            occ[kk][0].append(s)
            occ[kk][1].append(c)
        names.append([(tuple(k[i:j]), lab) for i, j, lab in spans(list(t))
                      if sum(map(len, k[i:j])) >= MIN_LETTERS])
    cue = [sports and any(kk in sports_cues() for kk in k) for k in keys]
    out = []
    for s, k in enumerate(keys):
        lo, hi = max(0, s - window), min(len(keys), s + window + 1)
        feats = [["P1=" + t] for t in tags[s]]
        if any(cue[max(0, s - SPORT_WINDOW) : s + SPORT_WINDOW + 1]):
            for f, t in zip(feats, tags[s], strict=True):
                f.append("SP=" + t)
        for i, kk in enumerate(k):
            idx, counts = occ.get(kk, ([], []))
            c: dict = {}
            for x in range(bisect_left(idx, lo), bisect_right(idx, hi - 1)):
                if idx[x] != s:
                    for lab, n in counts[x].items():
                        c[lab] = c.get(lab, 0) + n
            if c:
                feats[i].append("DT=" + max(c, key=c.__getitem__))
                ent = [(n, lab) for lab, n in c.items() if lab != "O"]
                if ent:
                    feats[i].append("DE=" + max(ent)[1])
                    feats[i].append("DEf=" + str(min(4, int(4 * sum(n for n, _ in ent)
                                                          / sum(c.values())))))
            for o in range(lo, hi):
                for name, lab in names[o] if o != s else ():
                    if tuple(k[i : i + len(name)]) == name:
                        feats[i].append("DS=B-" + lab)
                        for j in range(i + 1, i + len(name)):
                            feats[j].append("DS=I-" + lab)
        out.append([sorted(set(f)) for f in feats])
    return out


def test_doc_features_are_the_scan_over_neighbouring_sentences():
    rnd = random.Random(4)
    labels = ["O", "O", "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "B", "I-MISC"]
    for _ in range(60):
        sents = _sentences(rnd.randint(1, 25), rnd.randint(0, 10**6))
        tags = [[rnd.choice(labels) for _ in s] for s in sents]
        for window, sports in ((10, True), (2, False), (0, True)):
            got = doc_features(sents, tags, window, sports=sports)
            assert got == _doc_features_scan(sents, tags, window, sports)
            keys = [[_key(w) for w in s] for s in sents]
            assert doc_features(sents, tags, window, sports=sports, keys=keys) == got


def test_model_attributes_are_the_crfsuite_dictionary(tmp_path):
    attrs = model_attributes(model_dir() / "ner.crfsuite")
    assert attrs is not None and b"bias" in attrs and len(attrs) > 10_000
    assert all(b"\x00" not in a for a in list(attrs)[:1000])
    (tmp_path / "x.crfsuite").write_bytes(b"not a model")
    assert model_attributes(tmp_path / "x.crfsuite") is None
    assert model_attributes(tmp_path / "missing") is None


@pytest.fixture(scope="module")
def unfiltered() -> NerTagger:
    tagger = NerTagger()
    tagger.features.restrict(None)  # every attribute goes to crfsuite, which drops the unknown
    return tagger


def test_filtered_attributes_tag_bit_for_bit_like_the_full_lists(unfiltered: NerTagger):
    tagger = load()
    assert tagger.features.keep is not None
    sents = [
        ["وأكد", "فينغر", "أن", "اللاعبين", "جاهزون", "لمواجهة", "ميلان", "الإيطالي", "."],
        ["وكان", "وفينغر", "قد", "زار", "باريس", "مع", "مسؤولي", "نادي", "أرسنال", "."],
        [],
        ["قال", "الرئيس", "الأمريكي", "باراك", "أوباما", "في", "واشنطن", "إن", "مجلس", "الأمن"],
    ]
    assert tagger.tag_document(sents) == unfiltered.tag_document(sents)  # tags and marginals
    assert tagger.tag_sentences(sents) == unfiltered.tag_sentences(sents)
    assert [tagger.tag(s) for s in sents] == [unfiltered.tag(s) for s in sents]
