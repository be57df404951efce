"""Session 22 (ev22): the fresh draw of ANERcorp ASSAULT rule candidates (tests/gold/events_anercorp,
draw.py and labels_a22.jsonl)."""

import importlib.util
import re
from collections import Counter

import pytest

from khabar.eval import events_anercorp as ea
from khabar.eval.corpus import sentence_hash, shared_dir

HERE = ea.LABELS.parent
A22 = HERE / "labels_a22.jsonl"
needs_corpus = pytest.mark.skipif(not (shared_dir() / ea.CORPUS).exists(),
                                  reason="shared ANERcorp not present")


def _draw_module():
    spec = importlib.util.spec_from_file_location("draw_a22", HERE / "draw.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_a22_labels_are_well_formed_new_and_counted_in_the_readme() -> None:
    labels = ea.read_labels(A22)
    assert labels
    for x in labels:
        assert set(x) == {"sentence", "sha1", "type", "label", "why"}, x
        assert re.fullmatch(r"[0-9a-f]{12}", x["sha1"]) and x["type"] == "ASSAULT"
        assert x["label"] in ("yes", "no", "unsure") and 0 < len(x["why"]) < 120
    old = ea.read_labels()
    assert not {x["sentence"] for x in labels} & {x["sentence"] for x in old}
    assert not {x["sha1"] for x in labels} & {x["sha1"] for x in old}
    got = Counter(x["label"] for x in labels)
    m = re.search(r"`labels_a22.jsonl`.*?Counts: ASSAULT (\d+) yes / (\d+) no / (\d+) unsure",
                  (HERE / "README.md").read_text("utf-8"), re.S)
    assert m and [got["yes"], got["no"], got["unsure"]] == [int(g) for g in m.groups()]


def test_the_draw_leaves_out_every_labelled_sentence() -> None:
    idx, hashes = _draw_module().labelled()
    for name in ("labels.jsonl", "second_annotator.jsonl", "labels_a22.jsonl"):
        for x in ea.read_labels(HERE / name):
            assert x["sentence"] in idx and x["sha1"] in hashes


@needs_corpus
def test_every_a22_label_points_at_its_sentence() -> None:
    for x in ea.read_labels(A22):
        assert sentence_hash(ea.checked_text(x)) == x["sha1"], x
