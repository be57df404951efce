"""Session 20 (perf20): the tagging path's items as int32 bytes, output-identical.

``FeatureExtractor.tagging_rows`` gives each token's attribute ids as little-endian int32
bytes (each word's id groups cached as bytes), ``IdTagger.prepare`` lays a document out with
one ``b"".join`` and ``np.frombuffer`` instead of a Python int per attribute through
``np.fromiter``; the second pass appends its ids as bytes (``attribute_bytes``). The same ids
in the same order reach crfsuite: the same tags and marginals.
"""

from __future__ import annotations

import struct

from ner_helpers import random_sentences

from khabar.ner.features import id_bytes, ids_of
from khabar.ner.model import load


def test_id_bytes_round_trip_little_endian_int32():
    for ids in ([], [0], [1, 2, 3], [300_000, 0, 2**31 - 1]):
        b = id_bytes(ids)
        assert b == struct.pack(f"<{len(ids)}i", *ids) and len(b) == 4 * len(ids)
        assert ids_of(b) == ids


def _tagger():
    t = load()
    assert t._ids is not None  # the C tagger path
    return t


def test_tagging_rows_are_the_tagging_ids_as_bytes():
    fx = _tagger().features
    sents = [["قال", "الرئيس", "باراك", "أوباما", "في", "واشنطن", "."], ["a\x00b", "في"],
             ["فاز", "ميلان", "على", "الإنتر", "في", "مباراة", "الدوري"], *random_sentences(60, 20)]
    for s in sents:
        rows, ctx = fx.tagging_rows(s)
        ids, ctx2 = fx.tagging_ids(s)
        assert ctx == ctx2 and rows == [id_bytes(f) for f in ids] and len(rows) == len(s)
    assert fx.attribute_bytes("P1=O") == id_bytes([fx.attribute_id("P1=O")])
    assert fx.attribute_bytes("no such attribute") == id_bytes([len(fx.cid_order)])


def _layout(tagger, sentences):
    """What prepare gives crfsuite: per token the model's attribute ids of its items."""
    contents, items = tagger._arrays
    aids = contents["aid"].tolist()
    assert (contents["value"] == 1.0).all()
    out, k = [], 0
    for num in items["num"].tolist():
        out.append(aids[k : k + num])
        k += num
    base = contents.ctypes.data
    assert items["ptr"].tolist() == [base + 16 * sum(map(len, out[:i])) for i in range(len(out))]
    assert items["cap"].tolist() == items["num"].tolist()
    return out


def test_prepare_lays_out_bytes_rows_as_the_id_lists_they_hold():
    t = _tagger()
    crf1 = t._ids[0]
    fx = t.features
    junk = len(fx.cid_order)
    doc = [["قال", "الرئيس", "أوباما", "."], [], ["في", "واشنطن"]]
    ids = [fx.tagging_ids(s)[0] for s in doc]
    ids[2][0] = [junk, *ids[2][0], junk]  # ids of no attribute: dropped
    ids[0][1] = []  # a token with no attribute at all
    crf1.prepare([[id_bytes(f) for f in s] for s in ids])
    got = _layout(crf1, ids)
    m = crf1.map.tolist()
    want = [[m[i] for i in f if m[i] >= 0] for s in ids for f in s]
    assert got == want and got[1] == [] and len(got[4]) == len(ids[2][0]) - 2
    assert crf1._starts == [0, 4, 4, 6]
    crf1.select(2)
    tags = crf1.tag()
    crf1.set(ids[2])  # one sentence of int lists: the same instance
    assert crf1.tag() == tags and _layout(crf1, ids) == want[4:]
