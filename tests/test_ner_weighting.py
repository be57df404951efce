"""ANERcorp up-weighting in NER training (TrainConfig.anercorp_copies): ANERcorp sentences
are given to the CRF k times, no other corpus is, and the stacking folds deal each once."""

from pathlib import Path

import pytest

from khabar.ner.conll import load_corpus
from khabar.ner.features import FeatureExtractor
from khabar.ner.train import TrainConfig, fit, stack

CONLL = """زار O
الرئيس O
جو B-PERS
بايدن I-PERS
بغداد B-LOC
. O

أعلن O
اتحاد B-ORG
الكرة I-ORG
في O
مصر B-LOC
. O

قال O
بايدن B-PERS
في O
القاهرة B-LOC
. O
"""
CFG = dict(max_iterations=25, c1=0.0, c2=0.01)


@pytest.fixture
def sents(tmp_path: Path) -> list[tuple[list[str], list[str]]]:
    data = tmp_path / "d.txt"
    data.write_text(CONLL, "utf-8")
    return load_corpus("anercorp", data)


def _fit(tmp_path: Path, name: str, sents, domains, copies: int) -> bytes:
    path = tmp_path / name
    fit(sents, FeatureExtractor(), TrainConfig(anercorp_copies=copies, **CFG), path, domains)
    return path.read_bytes()


def test_anercorp_copies_equal_repeated_sentences(tmp_path: Path, sents) -> None:
    doubled = [s for s in sents for _ in range(2)]
    by_option = _fit(tmp_path, "a.crfsuite", sents, ["anercorp"] * 3, 2)
    by_hand = _fit(tmp_path, "b.crfsuite", doubled, ["anercorp"] * 6, 1)
    once = _fit(tmp_path, "c.crfsuite", sents, ["anercorp"] * 3, 1)
    assert by_option == by_hand
    assert by_option != once  # the weight changes the model


def test_other_corpora_are_not_copied(tmp_path: Path, sents) -> None:
    domains = ["aqmar", "news:7", "events:AAW_1"]
    assert _fit(tmp_path, "a.crfsuite", sents, domains, 3) == _fit(
        tmp_path, "b.crfsuite", sents, domains, 1)
    mixed = ["anercorp", "aqmar", "anercorp"]
    assert _fit(tmp_path, "c.crfsuite", sents, mixed, 2) == _fit(
        tmp_path, "d.crfsuite", [sents[0], sents[0], sents[1], sents[2], sents[2]],
        ["anercorp", "anercorp", "aqmar", "anercorp", "anercorp"], 1)


def test_events_domain_anercorp_means_shared_weights_without_copies(tmp_path: Path, sents) -> None:
    fx = FeatureExtractor()
    for dom, name in (("anercorp", "e1"), ("events", "e2")):
        cfg = TrainConfig(anercorp_copies=2, events_domain=dom, **CFG)
        fit(sents, fx, cfg, tmp_path / name, ["events:AAW_1"] * 3)
    shared = _fit(tmp_path, "s.crfsuite", sents, ["anercorp"] * 3, 1)
    assert (tmp_path / "e1").read_bytes() == shared  # shared features only, one copy each
    assert (tmp_path / "e2").read_bytes() != shared  # private copies under "events"


def test_stacking_with_copies_trains_both_passes(tmp_path: Path, sents) -> None:
    many = sents * 4
    cfg = TrainConfig(anercorp_copies=2, stack_window=2, **CFG)
    fx = FeatureExtractor()
    fit(many, fx, cfg, tmp_path / "ner.crfsuite")
    stack(many, fx, cfg, tmp_path, ["anercorp"] * len(many))
    assert (tmp_path / "ner.pass2.crfsuite").stat().st_size > 0
    assert not list(tmp_path.glob("ner.fold*"))  # no fold model left (one file per fold since session 14)
