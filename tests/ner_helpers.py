"""Shared NER test helpers: the plain reference scans the fast tagging paths are checked
against (`from ner_helpers import multi_tags_scan`), and a small lexicon with random sentences
over it for the attribute-path checks (`LEX`, `random_sentences`, `all_attributes`)."""

from __future__ import annotations

import random

from khabar.ner.features import FeatureExtractor


def multi_tags_scan(fx: FeatureExtractor, words: list[str]) -> list[str]:
    """The longest-first scan the stem walk replaced."""
    ctx = [fx.word(w)[1] for w in words]
    n, i, out = len(ctx), 0, [""] * len(ctx)
    while i < n:
        matched = 0
        for first in fx._firsts(ctx[i]):
            for k in range(min(5, n - i), 1, -1):
                cls = fx.multi.get(" ".join([first, *(c[0] for c in ctx[i + 1 : i + k])]))
                if cls:
                    c = cls.split("|")[0]
                    out[i : i + k] = ["B-" + c] + ["I-" + c] * (k - 1)
                    matched = k
                    break
            if matched:
                break
        i += matched or 1
    return out


LEX = {
    "ميلان": "LOC", "واشنطن": "LOC|CTRY", "الدفاع الجديدي": "ORG", "وول ستريت جورنال": "ORG",
    "وول ستريت": "LOC", "باب المندب": "LOC", "مجلس الأمن": "ORG", "مجلس الأمن الدولي": "ORG",
    "الإيطالي": "NAT", "a b c": "ORG", "x|y": "LOC",
}
WORDS = ["وول", "ستريت", "جورنال", "والدفاع", "الجديدي", "ميلان", "الإيطالي", "مباراة", "باب",
         "المندب", "مجلس", "الأمن", "الدولي", "في", "واشنطن", "للدفاع", "بميلان", "2015", "،",
         ".", "abc", "x|y", "a=b", "|", "=", "a", "b c", "b", "c", "الدوري"]


def random_sentences(n: int, seed: int, words: list[str] = WORDS) -> list[list[str]]:
    """Random sentences of ``words`` and of the multi-word names of ``LEX``, whole or cut."""
    rnd = random.Random(seed)
    chunks = [[w] for w in words] + [k.split() for k in LEX if " " in k]
    out = []
    for _ in range(n):
        s: list[str] = []
        while len(s) < rnd.randint(1, 14):
            c = rnd.choice(chunks)
            s.extend(c[: rnd.randint(1, len(c))] if rnd.random() < 0.3 else c)
        out.append(s)
    return out


def all_attributes(fx: FeatureExtractor, sentences: list[list[str]]) -> list[bytes]:
    """Every attribute ``fx`` gives the words of ``sentences``, encoded and sorted."""
    return sorted({a.encode() for s in sentences for f in fx.sentence(s) for a in f})
