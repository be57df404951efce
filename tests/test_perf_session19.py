"""Session 19 (perf19): ``doc_features`` keeps no per-word lists for the words of one sentence
(most words of a text): a word gets its sentence list and label-count list when it is seen in
a second sentence. Same attributes as before (checked on the news day: every article, both
paths, windows 1/3/10, sports on and off); these tests pin the two paths of a word — one
sentence, then two or more — by what the votes must be."""

from __future__ import annotations

import random

import pytest

from khabar.ner.consistency import MIN_LETTERS, doc_features

WORDS = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "ab", "x"]
LABELS = ["O", "O", "O", "B-PERS", "I-PERS", "B-LOC", "B-ORG"]


def _attrs(keys, tags, window=10, **kw):
    return doc_features(keys, tags, window, keys=keys, **kw)


def _dt(feats, s, i):
    return [a for a in feats[s][i] if a.startswith("DT=")]


def test_a_word_of_two_sentences_votes_with_the_first_sentences_labels():
    keys = [["alpha", "said"], ["then", "alpha"], ["and", "alpha"]]
    tags = [["B-PERS", "O"], ["O", "O"], ["O", "O"]]
    f = _attrs(keys, tags)
    # sentence 2: sentence 0 says PERS, sentence 1 says O — a tie, the first label counted wins
    assert _dt(f, 2, 1) == ["DT=PERS"]
    assert "DE=PERS" in f[2][1] and "DE=PERS" in f[1][1]
    # sentence 0 hears sentences 1 and 2: O twice
    assert _dt(f, 0, 0) == ["DT=O"] and "DE=PERS" not in f[0][0]


def test_a_third_sentence_adds_to_the_lists_the_second_one_made():
    keys = [["alpha"], ["alpha"], ["alpha"], ["alpha"]]
    tags = [["B-LOC"], ["B-LOC"], ["O"], ["O"]]
    f = _attrs(keys, tags)
    assert _dt(f, 3, 0) == ["DT=LOC"]  # LOC 2, O 1 among sentences 0-2
    assert _dt(f, 0, 0) == ["DT=O"]  # LOC 1, O 2 among sentences 1-3
    assert "DEf=2" in f[3][0]  # two thirds named: int(4 * 2/3) = 2


def test_a_word_of_one_sentence_gets_no_vote_even_repeated_in_it():
    keys = [["alpha", "beta", "alpha"], ["gamma", "delta"]]
    tags = [["B-PERS", "O", "O"], ["B-LOC", "O"]]
    f = _attrs(keys, tags)
    for s, sent in enumerate(f):
        for i, attrs in enumerate(sent):
            assert not any(a.startswith(("DT=", "DE=", "DEf=")) for a in attrs), (s, i, attrs)
            assert attrs[-1] == "P1=" + tags[s][i]


def test_a_word_of_two_sentences_out_of_each_others_window_gets_no_vote():
    keys = [["alpha"], ["beta"], ["gamma"], ["alpha"]]
    tags = [["B-PERS"], ["O"], ["O"], ["O"]]
    assert _dt(_attrs(keys, tags, window=2), 3, 0) == []
    assert _dt(_attrs(keys, tags, window=3), 3, 0) == ["DT=PERS"]


@pytest.mark.parametrize("seed", range(30))
@pytest.mark.parametrize("window", [1, 3])
def test_a_token_votes_exactly_when_its_word_is_in_another_sentence_of_its_window(seed, window):
    rnd = random.Random(seed)
    keys = [[rnd.choice(WORDS) for _ in range(rnd.randint(0, 6))] for _ in range(rnd.randint(1, 12))]
    tags = []
    for k in keys:
        t = [rnd.choice(LABELS) for _ in k]
        tags.append(["B-" + x[2:] if x.startswith("I-") and (i == 0 or t[i - 1] == "O") else x
                     for i, x in enumerate(t)])
    feats = _attrs(keys, tags, window)
    ids = [[[] for _ in k] for k in keys]
    doc_features(keys, tags, window, keys=keys, into=ids, to_id=lambda a: a)  # the id path
    assert ids == feats
    for s, k in enumerate(keys):
        near = set().union(*(keys[o] for o in range(max(0, s - window), s + window + 1)
                             if o != s and o < len(keys)))
        for i, w in enumerate(k):
            want = len(w) >= MIN_LETTERS and w in near
            assert bool(_dt(feats, s, i)) == want, (s, i, w, feats[s][i])
