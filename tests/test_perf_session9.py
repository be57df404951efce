"""Session-9 speed paths: memoised clitic stripping and the document-feature shortcuts equal the plain paths."""

from __future__ import annotations

import random

from khabar.ner import consistency
from khabar.text import clitics
from khabar.text.normalize import MATCHING, normalize

WORDS = ["والده", "وزارة", "بالقوات", "للرئيس", "فرنسا", "وبغداد", "سيغادرون", "الولايات",
         "كتاب", "وللمنظمة", "فالحكومة", "بغداد", "لل", "و", "المتحدة", "واشنطن", "كالعادة"]


def test_memoised_strip_equals_plain_strip() -> None:
    clitics._STRIP.clear()
    for w in WORDS * 2:  # the second round answers from the memo
        n = normalize(w, MATCHING).text
        assert clitics.strip(n) == clitics._strip(n, None)
    assert clitics._STRIP  # the memo was used
    # an explicit ``keeps`` never reads the memo
    assert clitics.strip("والده", keeps=lambda w, p: False) == clitics._strip("والده", lambda w, p: False)
    assert clitics.strip("والده", keeps=lambda w, p: False) != clitics.strip("والده")


def _plain_votes(k: str, s: int, keys: list[list[str]], tags: list[list[str]], window: int) -> tuple[list[str], str]:
    """DE=/DEf=/DT= of word ``k`` in sentence ``s`` by a scan of the window's sentences."""
    c: dict[str, int] = {}
    for o in range(max(0, s - window), min(len(keys), s + window + 1)):
        if o == s:
            continue
        for kk, tt in zip(keys[o], tags[o], strict=True):
            if kk == k and len(kk) >= consistency.MIN_LETTERS:
                lab = tt[2:] if tt != "O" else "O"
                c[lab] = c.get(lab, 0) + 1
    if not c:
        return [], ""
    dt = "DT=" + max(c, key=c.__getitem__)
    ent = [(n, lab) for lab, n in c.items() if lab != "O"]
    if not ent:
        return [], dt
    share = sum(n for n, _ in ent) / sum(c.values())
    return ["DE=" + max(ent)[1], "DEf=" + str(min(4, int(4 * share)))], dt


def test_doc_features_equal_a_plain_scan() -> None:
    rng = random.Random(9)
    vocab = ["محمد", "علي", "بغداد", "الرياض", "قال", "في", "وزير", "الخارجية", "يوم", "نادي"]
    labels = ["O", "B-PER", "I-PER", "B-LOC", "B-ORG", "I-ORG"]
    for _ in range(30):
        n = rng.randint(1, 12)
        keys = [[rng.choice(vocab) for _ in range(rng.randint(0, 9))] for _ in range(n)]
        tags = [[rng.choice(labels) for _ in k] for k in keys]
        window = rng.randint(0, 4)
        out = consistency.doc_features(keys, tags, window, keys=keys)
        for s, (k, t) in enumerate(zip(keys, tags, strict=True)):
            for i, kk in enumerate(k):
                f = out[s][i]
                vote, dt = _plain_votes(kk, s, keys, tags, window)
                assert [a for a in f if a.startswith("DE")] == vote
                assert [a for a in f if a.startswith("DT=")] == ([dt] if dt else [])
                assert [a for a in f if a.startswith("P1=")] == ["P1=" + t[i]]
                assert f == sorted(f)
