"""Our ANERcorp event-candidate labels (tests/gold/events_anercorp) and their loader."""

import json
import random
import re
from collections import Counter

import pytest

from khabar.eval import events as ev
from khabar.eval import events_anercorp as ea
from khabar.eval.corpus import sentence_hash, shared_dir

CORPUS = shared_dir() / ea.CORPUS
needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="shared ANERcorp not present")
README = ea.LABELS.parent / "README.md"
SECOND = ea.LABELS.parent / "second_annotator.jsonl"
needs_second = pytest.mark.skipif(not SECOND.exists(), reason="no second-annotator file")


def _labels() -> list[dict]:
    return ea.read_labels()


def _check_well_formed(labels: list[dict]) -> None:
    """One line per (sentence, type), the five fields, no text, corpus order."""
    assert len({(x["sentence"], x["type"]) for x in labels}) == len(labels)
    for x in labels:
        assert set(x) == {"sentence", "sha1", "type", "label", "why"}, x
        assert isinstance(x["sentence"], int) and x["sentence"] >= 0
        assert re.fullmatch(r"[0-9a-f]{12}", x["sha1"]), x
        assert x["type"] in ("ASSAULT", "PROTEST") and x["label"] in ("yes", "no", "unsure")
        assert x["why"].strip() and len(x["why"]) < 120  # a few words, not the sentence
    assert [x["sentence"] for x in labels] == sorted(x["sentence"] for x in labels)


def test_labels_are_well_formed_and_hold_no_text() -> None:
    labels = _labels()
    assert len(labels) >= 100
    _check_well_formed(labels)


def test_counts_are_the_readme_counts() -> None:
    text = README.read_text("utf-8")
    m = re.search(r"Counts: ASSAULT (\d+) yes / (\d+) no / (\d+) unsure; "
                  r"PROTEST (\d+) yes / (\d+) no / (\d+) unsure", text)
    assert m, "README has no counts line"
    got = Counter((x["type"], x["label"]) for x in _labels())
    want = [int(g) for g in m.groups()]
    assert [got["ASSAULT", lab] for lab in ("yes", "no", "unsure")] == want[:3]
    assert [got["PROTEST", lab] for lab in ("yes", "no", "unsure")] == want[3:]


def test_detokenize_glues_punctuation_as_untokenised_news() -> None:
    toks = ["وقال", ":", '"', "لا", "للحرب", '"', "،", "في", "(", "كراتشي", ")", "."]
    assert ea.detokenize(toks) == 'وقال: "لا للحرب"، في (كراتشي).'
    assert ea.detokenize(["«", "نعم", "»", "و", "'", "أ", "'"]) == "«نعم» و 'أ'"


def _fake_corpus(tmp_path) -> tuple:
    path = tmp_path / ea.CORPUS
    path.parent.mkdir(parents=True)
    sents = [["وقتل", "ثلاثة", "اشخاص", "في", "انفجار", "سيارة", "مفخخة", "في", "بغداد", "أمس", "."],
             ["وتظاهر", "الآلاف", "في", "القاهرة", "أمس", "."]]
    path.write_text("\n\n".join("\n".join(f"{t} O" for t in s) for s in sents) + "\n", "utf-8")
    return tmp_path, [ea.detokenize(s) for s in sents]


def test_loader_reads_back_checks_the_hash_and_leaves_out_unsure(tmp_path) -> None:
    root, texts = _fake_corpus(tmp_path)
    assert ea.texts(root) == texts
    lines = [{"sentence": 0, "sha1": sentence_hash(texts[0]), "type": "ASSAULT", "label": "yes",
              "why": "car bomb"},
             {"sentence": 1, "sha1": sentence_hash(texts[1]), "type": "PROTEST", "label": "no",
              "why": "x"},
             {"sentence": 1, "sha1": sentence_hash(texts[1]), "type": "ASSAULT", "label": "unsure",
              "why": "x"}]
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    pipe = ev.pipeline(False)
    rows = ea.analyse_anercorp(pipe, path, types=("ASSAULT", "PROTEST"), root=root)
    assert [(r.id, r.type, r.label, r.y) for r in rows] == [
        ("anercorp:0", "ASSAULT", "yes", 1), ("anercorp:1", "PROTEST", "easy no", 0)]
    assert rows[0].doc.text == texts[0] and rows[0].gold == {}
    assert any(e.type == "ASSAULT" for e, _ in rows[0].pairs)
    assert [r.id for r in ea.analyse_anercorp(pipe, path, root=root)] == ["anercorp:0"]
    path.write_text(json.dumps(dict(lines[0], sha1="000000000000")) + "\n", "utf-8")
    with pytest.raises(ValueError, match="text changed"):
        ea.analyse_anercorp(pipe, path, root=root)


def test_no_label_file_means_no_rows(tmp_path) -> None:
    assert ea.analyse_anercorp(ev.pipeline(False), tmp_path / "missing.jsonl") == []


@needs_corpus
def test_every_label_points_at_its_sentence() -> None:
    for x in _labels():
        text = ea.checked_text(x)
        assert sentence_hash(text) == x["sha1"], x


@needs_corpus
def test_the_corpus_is_the_one_labelled() -> None:
    assert len(ea.sentences()) == 3963


@needs_second
def test_second_annotator_file_is_well_formed_and_the_seeded_draw() -> None:
    second = ea.read_labels(SECOND)
    _check_well_formed(second)
    first = {(x["sentence"], x["type"]): x["sha1"] for x in _labels()}
    for x in second:
        assert first.get((x["sentence"], x["type"])) == x["sha1"], x  # same item, same text
    draw = random.Random("kappa11").sample(sorted(first), 60)
    assert sorted((x["sentence"], x["type"]) for x in second) == sorted(draw)


@needs_second
@needs_corpus
def test_every_second_annotator_label_points_at_its_sentence() -> None:
    for x in ea.read_labels(SECOND):
        assert sentence_hash(ea.checked_text(x)) == x["sha1"], x
