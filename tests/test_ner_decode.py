"""Decode-time O weight of the NER tagger (khabar.ner.model.weigh_o, NerTagger.o_weight)."""

import copy
import random

import pytest

from khabar.ner import model as ner_model
from khabar.ner.conll import spans
from khabar.ner.model import NerTagger, load, weigh_o

LABELS = ["B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]

# written for these tests (not from any corpus)
SENTS = [
    ["أعلن", "وزير", "الخارجية", "المصري", "سامح", "شكري", "أن", "القاهرة", "ستستضيف",
     "مؤتمرا", "دوليا", "في", "أكتوبر", "."],
    ["وقال", "المتحدث", "باسم", "منظمة", "الصحة", "العالمية", "طارق", "ياساريفيتش", "إن",
     "الوباء", "انتشر", "في", "غينيا", "وسيراليون", "."],
    [],
    ["والتقى", "الرئيس", "الفرنسي", "فرانسوا", "هولاند", "نظيره", "الكيني", "أوهورو",
     "كينياتا", "في", "باريس", "بحضور", "ممثلين", "عن", "شركة", "توتال", "."],
]


def table(rows: list[dict[str, float]]):
    """A marginal function over a written table (labels not listed get what is left)."""
    def marginal(label: str, i: int) -> float:
        row = rows[i]
        if label in row:
            return row[label]
        return (1.0 - sum(row.values())) / (len(LABELS) + 1 - len(row))
    return marginal


def valid_bio(tags: list[str]) -> bool:
    return all(not t.startswith("I-") or (i and tags[i - 1][2:] == t[2:])
               for i, t in enumerate(tags))


def test_weight_one_is_the_plain_viterbi_path_and_reads_nothing():
    calls = []

    def marginal(label: str, i: int) -> float:
        calls.append((label, i))
        return 0.1

    tags = ["O", "B-PERS", "I-PERS", "O", "I-LOC"]
    assert weigh_o(tags, marginal, LABELS, 1.0) == (tags, [None] * 5)
    assert calls == []


def test_lower_weight_adds_a_name_where_o_is_just_above_it():
    tags = ["O", "O", "O", "O", "B-LOC", "O", "O"]
    m = table([
        {"O": 0.99},
        {"O": 0.52, "B-PERS": 0.45},  # O just above the name's first word
        {"O": 0.52, "I-PERS": 0.45},
        {"O": 0.97},
        {"O": 0.05, "B-LOC": 0.93},
        {"O": 0.52, "I-LOC": 0.45},  # next to a name the path found: left alone
        {"O": 0.53, "I-ORG": 0.44},  # an I- after O starts a name
    ])
    assert weigh_o(tags, m, LABELS, 0.9)[0] == tags  # 0.9 × 0.52 > 0.45, 0.9 × 0.53 > 0.44
    out, known = weigh_o(tags, m, LABELS, 0.8)
    assert out == ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG"]
    assert spans(out) == [(1, 3, "PERS"), (4, 5, "LOC"), (6, 7, "ORG")]
    assert known[1] == 0.45 and known[2] == 0.45 and known[0] == 0.99 and known[5] == 0.52
    assert known[6] == pytest.approx(m("B-ORG", 6)) and known[4] is None


@pytest.mark.parametrize("o_weight", [0.95, 0.7, 0.4, 0.1])
def test_a_lower_weight_never_removes_a_name_and_keeps_bio_valid(o_weight: float):
    rng = random.Random(7)
    changed = 0
    for _ in range(300):
        n = rng.randint(1, 12)
        tags: list[str] = []
        for i in range(n):
            r = rng.random()
            if r < 0.6:
                tags.append("O")
            elif r < 0.8 and i and tags[-1] != "O":
                tags.append("I-" + tags[-1][2:])
            else:
                tags.append(rng.choice(LABELS[::2]))
        rows = []
        for _ in range(n):
            w = [rng.random() ** 3 for _ in range(len(LABELS) + 1)]
            rows.append(dict(zip(["O", *LABELS], [x / sum(w) for x in w], strict=True)))
        m = table(rows)
        out, known = weigh_o(tags, m, LABELS, o_weight)
        assert valid_bio(out)
        for i, (a, b) in enumerate(zip(tags, out, strict=True)):
            if a != "O":
                assert b == a
            elif b != "O":
                changed += 1
                assert (i == 0 or tags[i - 1] == "O") and (i == n - 1 or tags[i + 1] == "O")
                assert o_weight * rows[i]["O"] < max(rows[i][y] for y in LABELS)
                assert known[i] == pytest.approx(rows[i][b])
            else:
                assert known[i] == rows[i]["O"]
    assert changed > 0


def _variant(o_weight: float, rules: bool) -> NerTagger:
    t = copy.copy(load())  # shares the loaded CRFs and features
    t.o_weight, t.rules = o_weight, rules
    return t


def test_weight_one_in_the_tagger_is_the_plain_decoder():
    assert load().o_weight == ner_model.O_WEIGHT <= 1.0
    plain = _variant(1.0, False)
    tags, probs = plain.tag_document(SENTS, stacked=False)
    crf = plain._tagger
    for s, t, p in zip(SENTS, tags, probs, strict=True):
        if not s:
            assert t == p == []
            continue
        crf.set(plain.features.sentence(s))
        assert t == crf.tag()
        assert p == pytest.approx([crf.marginal(y, i) for i, y in enumerate(t)])


@pytest.mark.parametrize("stacked", [False, True])
def test_shipped_model_with_a_low_weight_keeps_every_name(stacked: bool):
    base, _ = _variant(1.0, False).tag_document(SENTS, stacked=stacked)
    low, probs = _variant(0.3, False).tag_document(SENTS, stacked=stacked)
    for b, t, p in zip(base, low, probs, strict=True):
        assert len(t) == len(b) == len(p) and valid_bio(t)
        assert set(spans(b)) <= set(spans(t))
        assert all(0.0 < x <= 1.0 for x in p)
    assert any(spans(b) for b in base)


def test_marginals_are_those_of_the_final_tags_after_the_rules(monkeypatch):
    from khabar.ner import postrules

    def rewrite(ctx, tags, sport, **kw):  # a rule that renames every sentence's first word
        return ["B-MISC", *postrules_apply(ctx, tags, sport, **kw)[1:]]

    postrules_apply = postrules.apply_sentence
    monkeypatch.setattr(postrules, "apply_sentence", rewrite)
    tagger = _variant(0.3, True)
    tags, probs = tagger.tag_document(SENTS, stacked=False)
    crf = tagger._tagger
    for s, t, p in zip(SENTS, tags, probs, strict=True):
        if not s:
            assert t == p == []
            continue
        assert t[0] == "B-MISC"
        crf.set(tagger.features.sentence(s))
        assert p == pytest.approx([crf.marginal(y, i) for i, y in enumerate(t)])
    assert tagger.tag_sentences(SENTS, window=0) == tags
