"""Our ANERcorp-style tags on sentences of the events dev slice (tests/gold/ner_events), a
training corpus of the NER model: offsets and hashes only, read back from the shared CSVs,
and never a row of half B (the events evaluation's clean check)."""

import csv
import json
import re
from pathlib import Path

import pytest

from khabar.eval.corpus import shared_dir
from khabar.ner.conll import repair_bio, spans
from khabar.ner.train import EVENTS_TAGS, TrainConfig, by_segment, load_data, load_events_tags

SHARED = shared_dir()
EVENTS = SHARED / "data" / "events" / "dev"
needs_events = pytest.mark.skipif(not (EVENTS / "assault_gsr.csv").exists(),
                                  reason="no shared events slice")
LABELS = {"PERS", "LOC", "ORG", "MISC"}


def _items() -> list[dict]:
    return [json.loads(x) for x in EVENTS_TAGS.read_text("utf-8").splitlines() if x]


def test_tags_are_valid_bio_and_hold_no_text() -> None:
    items = _items()
    assert len(items) >= 700
    assert len({(it["file"], it["row"]) for it in items}) == len(items)
    for it in items:
        assert not set(it) & {"tokens", "text"}
        assert it["file"] in ("assault_gsr.csv", "protest_gsr.csv")
        assert len(it["offsets"]) == len(it["tags"]) > 0
        for t in it["tags"]:
            assert t == "O" or (t[:2] in ("B-", "I-") and t[2:] in LABELS), t
        assert repair_bio(it["tags"]) == it["tags"]  # every I- goes on from its own type
        assert all(a < b for a, b in it["offsets"])
        assert all(b <= a2 for (_, b), (a2, _) in zip(it["offsets"], it["offsets"][1:], strict=False))


@needs_events
def test_no_row_of_the_clean_half_is_tagged() -> None:
    from khabar.eval.events import half_of

    label = {}
    for name in ("assault_gsr.csv", "protest_gsr.csv"):
        with open(EVENTS / name, encoding="utf-8") as fh:
            label.update(((name, r["id"]), r["label"]) for r in csv.DictReader(fh))
    for it in _items():
        assert label[it["file"], it["row"]] == "ambiguous" or half_of(it["row"]) == "A", it["row"]


@needs_events
def test_sentences_are_read_back_from_the_csv_with_their_tags() -> None:
    sents, docs = load_events_tags(SHARED)
    items = _items()
    assert len(sents) == len(docs) == len(items)
    assert all(w and not any(c.isspace() for c in w) for ws, _ in sents for w in ws)
    assert {lab for _, tags in sents for _, _, lab in spans(tags)} == LABELS
    # a document id is the row id without its sentence number; rows stay with their document
    assert docs[0] == "events:" + re.sub(r"[-_]\d+$", "", items[0]["row"])
    assert len(by_segment(docs)) == len(set(docs))


@needs_events
def test_a_changed_or_unknown_row_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "tags.jsonl"
    for bad in (dict(_items()[0], sha1="000000000000"), dict(_items()[0], row="no-such-row")):
        path.write_text(json.dumps(bad) + "\n", "utf-8")
        with pytest.raises(ValueError, match="missing or changed"):
            load_events_tags(SHARED, path)


def test_missing_file_trains_without_them(tmp_path: Path, capsys) -> None:
    assert load_events_tags(SHARED, tmp_path / "none.jsonl") == ([], [])
    assert "without the events-slice tags" in capsys.readouterr().err


@needs_events
def test_the_corpus_loads_only_when_asked() -> None:
    train, _, domains = load_data(SHARED, ("events",), dev=False)
    assert len(train) == len(_items()) and all(d.startswith("events:") for d in domains)
    others = tuple(c for c in TrainConfig().corpora if c not in ("news", "events"))
    assert others  # ANERcorp and the auxiliary corpora
    _, _, doms = load_data(SHARED, others, dev=True)
    assert doms and not any(d.startswith("events:") for d in doms)


def test_the_shipped_model_trains_on_the_corpus_in_anercorp_s_shared_domain() -> None:
    # session 10 shipped the session-9 candidate: the events sentences with ANERcorp's shared
    # weights only (no private copies); the defaults are the shipped model's configuration
    from khabar.ner.model import model_dir

    shipped = json.loads((model_dir() / "ner.json").read_text(encoding="utf-8"))["config"]
    cfg = TrainConfig()
    assert "events" in cfg.corpora and "events" in shipped["corpora"]
    assert list(cfg.corpora) == shipped["corpora"]
    assert cfg.events_domain == shipped["events_domain"] == "anercorp"
    assert cfg.anercorp_copies == shipped["anercorp_copies"] == 1


def test_the_readme_counts_are_the_file_s() -> None:
    items = _items()
    head = (EVENTS_TAGS.parent / "README.md").read_text("utf-8").split("One line per sentence")[0]
    n = lambda text: int(text.replace(",", ""))  # noqa: E731
    assert n(re.search(r"`tags.jsonl`: ([\d,]+) sentences", head).group(1)) == len(items)
    assert n(re.search(r"([\d,]+) tokens", head).group(1)) == sum(len(it["tags"]) for it in items)
    entities = sum(len(spans(it["tags"])) for it in items)
    assert n(re.search(r"([\d,]+) entities", head).group(1)) == entities


def test_word_clusters_leave_the_events_corpus_out(monkeypatch) -> None:
    import khabar.ner.clusters as clusters_mod
    import khabar.ner.conll as conll

    monkeypatch.setattr(clusters_mod, "news_texts", lambda path: iter(["قال محمد في بغداد ."]))
    monkeypatch.setattr(conll, "load_corpus", lambda family, path: [(["زار", "عمان"], ["O", "B-LOC"])])
    nowhere = Path("/nonexistent")
    with_events = clusters_mod.training_sentences(nowhere, ("anercorp", "news", "events"), dev=False)
    assert with_events == clusters_mod.training_sentences(nowhere, ("anercorp",), dev=False)
    assert ["زار", "عمان"] in with_events and len(with_events) == 2
