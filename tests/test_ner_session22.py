"""Session 22 (ner22): ``khabar train ner`` pins the word clusters; ``load_clusters`` reads «#».

As the feature lexicon's inputs are pinned (session 15), the word clusters are: ``khabar train
ner`` reads the package's ``ner.clusters.tsv`` instead of learning them again
(``--relearn-clusters``; ``--dev`` still learns them without its held-out block). Relearning
them moved the fourth sixth by −1.28 points in session 21 (ner21) where the same split on the
pinned clusters was level (ner21b): relearning is a change of its own. ``load_clusters`` took
the cluster line of the word «#» (``#<TAB>a14-…``) for a comment."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.ner import clusters as clusters_mod
from khabar.ner.model import CLUSTERS_NAME, load_clusters, model_dir


def test_load_clusters_reads_the_word_hash(tmp_path: Path) -> None:
    path = tmp_path / CLUSTERS_NAME
    clusters_mod.save({"#": "a14-b94-c526", "بغداد": "a1-b2-c3"}, path)
    assert path.read_text("utf-8").splitlines()[0].startswith("# word clusters")
    assert load_clusters(path) == {"#": "a14-b94-c526", "بغداد": "a1-b2-c3"}


PINNED = {"#": "a14-b94-c526", "بغداد": "a1-b2-c3", "وزير": "a3-b3-c3"}


def _cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pinned: dict[str, str] | None):
    """`khabar train ner` with a tiny package clusters file, raw text and a recorded run."""
    import khabar.ner.model as model_mod
    import khabar.ner.train as train_mod
    from khabar.cli import app

    pkg = tmp_path / "pkg"
    pkg.mkdir()
    if pinned is not None:
        clusters_mod.save(pinned, pkg / CLUSTERS_NAME)
    monkeypatch.setattr(model_mod, "model_dir", lambda: pkg)
    monkeypatch.setattr(clusters_mod, "training_sentences",
                        lambda shared, corpora, dev: [["بغداد", "الوزير"], ["#"]])
    calls: list[str] = []
    monkeypatch.setattr(clusters_mod, "learn",
                        lambda s, **k: calls.append("learn") or {"x": "a1-b1-c1"})
    monkeypatch.setattr(train_mod, "run", lambda out, cfg, **k: calls.append(
        f"run pinned={cfg.pinned_clusters} clusters={k['clusters_path'].name}") or {"dev": False})
    (tmp_path / "data" / "ner").mkdir(parents=True)
    args = ["train", "ner", "--output", str(tmp_path / "m"), "--shared", str(tmp_path)]
    return app, args, calls, pkg


def test_train_ner_pins_the_package_clusters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    app, args, calls, pkg = _cli(tmp_path, monkeypatch, PINNED)
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    assert calls == [f"run pinned=True clusters={CLUSTERS_NAME}"]  # nothing learned
    # the pinned file is what training reads and writes back, byte for byte («#» kept)
    assert (tmp_path / "m" / CLUSTERS_NAME).read_bytes() == (pkg / CLUSTERS_NAME).read_bytes()


@pytest.mark.parametrize("flag", ["--relearn-clusters", "--dev"])
def test_train_ner_relearns_clusters_only_when_asked_or_for_dev(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flag: str) -> None:
    from typer.testing import CliRunner

    app, args, calls, _ = _cli(tmp_path, monkeypatch, PINNED)
    res = CliRunner().invoke(app, [*args, flag])
    assert res.exit_code == 0, res.output
    assert calls == ["learn", f"run pinned=False clusters={CLUSTERS_NAME}"]
    assert load_clusters(tmp_path / "m" / CLUSTERS_NAME) == {"x": "a1-b1-c1"}


def test_train_ner_without_a_pinned_file_is_a_clear_error(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    app, args, calls, _ = _cli(tmp_path, monkeypatch, None)
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 2 and "--relearn-clusters" in res.output
    assert calls == []


# ---- the split a model reads (khabar.ner.split; TrainConfig.split, recorded in ner.json) ----

# (surface, plain split, tokenizer split): a hamza alef + ل as written is never the article
SPLITS = [
    ("إلغاء", ("ال", "غاء"), ("", "الغاء")),
    ("ألمانيا", ("ال", "مانيا"), ("", "المانيا")),
    ("بألمانيا", ("بال", "مانيا"), ("ب", "المانيا")),
    ("وإلغاء", ("وال", "غاء"), ("و", "الغاء")),
    ("الإلغاء", ("ال", "الغاء"), ("ال", "الغاء")),
    ("آلاف", ("ال", "اف"), ("", "الاف")),
    ("التقى", ("ال", "تقي"), ("", "التقي")),  # own_alef_lam.txt: a form VIII perfect
    ("الوزير", ("ال", "وزير"), ("ال", "وزير")),
    ("وبغداد", ("و", "بغداد"), ("و", "بغداد")),
]


def _split_of(fx, word: str) -> tuple[str, str]:
    own, ctx = fx.word(word)
    return next(a[2:] for a in own if a.startswith("p=")), ctx[1]


def test_the_features_read_the_split_they_are_given() -> None:
    from khabar.ner.features import FeatureExtractor

    plain, tok = FeatureExtractor({}, {}), FeatureExtractor({}, {}, split="tokenizer")
    assert plain.split_name == "plain" and tok.split_name == "tokenizer"
    assert [(w, _split_of(plain, w), _split_of(tok, w)) for w, _, _ in SPLITS] == SPLITS
    for w, _, (prefix, base) in SPLITS:
        assert {"b=" + base, "p=" + prefix} <= set(tok.word(w)[0])
    with pytest.raises(ValueError, match="unknown NER split"):
        FeatureExtractor({}, {}, split="farasa")


def test_the_tokenizer_split_is_the_pipeline_tokens() -> None:
    from khabar.ner.features import FeatureExtractor
    from khabar.text.tokenize import tokenize

    text = "وقرر المجلس إلغاء آلاف العقود في ألمانيا وبألمانيا، وأشار إليه الوزير الذي التقى نظيره"
    fx = FeatureExtractor({}, {}, split="tokenizer")
    tokens = tokenize(text)
    assert [fx.word(t.text)[1][1] for t in tokens] == [t.base for t in tokens]
    assert FeatureExtractor({}, {}).word("إلغاء")[1][1] == "غاء"  # the plain split differs


def test_the_tagging_path_reads_the_models_split() -> None:
    from khabar.ner.features import FeatureExtractor

    words = ["إلغاء", "آلاف", "العقود", "في", "بألمانيا"]
    keep = frozenset(a.encode() for a in ("bias", "b=الغاء", "b=الاف", "b=المانيا", "-1b=الغاء",
                                         "b=غاء", "-1b=غاء", "b=مانيا"))
    for split, first, fifth in (("tokenizer", "الغاء", "المانيا"), ("plain", "غاء", "مانيا")):
        full = FeatureExtractor({}, {}, split=split)
        kept = FeatureExtractor({}, {}, split=split)
        kept.restrict(keep)
        feats, ctx = kept.tagging(words)
        assert feats == [[a.encode() for a in f if a.encode() in keep] for f in full.sentence(words)]
        assert ("b=" + first).encode() in feats[0] and ("-1b=" + first).encode() in feats[1]
        assert ("b=" + fifth).encode() in feats[4]


def test_consistency_keys_follow_the_split() -> None:
    from khabar.ner.consistency import doc_features, propagate
    from khabar.ner.split import keyer

    sents = [["وإلغاء", "قرار"], ["الإلغاء", "آخر"]]
    tags = [["B-MISC", "O"], ["O", "O"]]
    assert propagate(sents, tags, 3) == tags  # plain: «غاء» vs «الغاء», tokenizer: both «الغاء»
    assert propagate(sents, tags, 3, key=keyer("plain")) == tags
    assert propagate(sents, tags, 3, key=keyer("tokenizer"))[1][0] == "B-MISC"
    plain = doc_features(sents, tags, 10)
    assert doc_features(sents, tags, 10, key=keyer("plain")) == plain
    tok = doc_features(sents, tags, 10, key=keyer("tokenizer"))
    assert tok != plain and any(a.startswith("DT=") for a in tok[1][0])


def test_span_memory_keys_follow_the_split() -> None:
    from khabar.ner.lexicon import span_memory
    from khabar.ner.split import keyer

    corpus = [(["وإلغاء", "الديون"], ["B-MISC", "I-MISC"])]
    assert span_memory(corpus) == span_memory(corpus, key=keyer("plain"))
    assert span_memory(corpus, key=keyer("tokenizer")) == {"الغاء الديون": "MISC"}


def test_rekey_gives_a_changed_base_its_old_fragments_cluster() -> None:
    from khabar.ner.split import keyer

    pinned = {"غاء": "a1-b1-c1", "مانيا": "a2-b2-c2", "وزير": "a3-b3-c3", "اف": "a4-b4-c4",
              "الاف": "a5-b5-c5"}
    sents = [["إلغاء", "الوزير", "ألمانيا", "وألمانيا"], ["آلاف", "إلغاء"]]
    got = clusters_mod.rekey(pinned, sents, keyer("tokenizer"))
    assert got["الغاء"] == "a1-b1-c1" and got["المانيا"] == "a2-b2-c2"
    assert got["الاف"] == "a5-b5-c5"  # a new base already keyed keeps its own path
    assert {k: got[k] for k in pinned} == pinned  # every old key stays as it was
    assert set(got) == {*pinned, "الغاء", "المانيا"}
    assert clusters_mod.rekey(got, sents, keyer("tokenizer")) == got  # idempotent
    assert clusters_mod.rekey(pinned, sents, keyer("plain")) == pinned  # the same split: nothing


def test_rekey_takes_the_path_of_most_tokens_and_the_smallest_on_a_tie() -> None:
    new = {"x": "N", "y": "N", "z": "N"}.__getitem__
    old = {"x": "fx", "y": "fy", "z": "fz"}.__getitem__
    pinned = {"fx": "a2-b2-c2", "fy": "a1-b1-c1", "fz": "a3-b3-c3"}
    assert clusters_mod.rekey(pinned, [["x", "x", "y", "z"]], new, old)["N"] == "a2-b2-c2"
    assert clusters_mod.rekey(pinned, [["x", "y", "z", "z"]], new, old)["N"] == "a3-b3-c3"
    assert clusters_mod.rekey(pinned, [["x", "y"]], new, old)["N"] == "a1-b1-c1"  # a tie
    assert clusters_mod.rekey({**pinned, "N": "a9-b9-c9"}, [["x"]], new, old)["N"] == "a9-b9-c9"


def _model_with_split(tmp_path: Path, split: str | None) -> Path:
    """The shipped model's files (linked) with a ner.json naming ``split`` (None: none)."""
    import json

    from khabar.ner.model import META_NAME

    d = tmp_path / f"model_{split}"
    d.mkdir()
    for f in model_dir().glob("ner.*"):
        if f.name != META_NAME:
            (d / f.name).symlink_to(f)
    meta = json.loads((model_dir() / META_NAME).read_text("utf-8"))
    meta["config"].pop("split", None)
    if split is not None:
        meta["config"]["split"] = split
    (d / META_NAME).write_text(json.dumps(meta), "utf-8")
    return d


def test_a_model_is_tagged_with_the_split_its_ner_json_names(tmp_path: Path) -> None:
    from khabar.ner.model import NerTagger, load

    assert load().features.split_name == "plain"  # the shipped model
    none, tok = NerTagger(_model_with_split(tmp_path, None)), NerTagger(_model_with_split(tmp_path, "tokenizer"))
    assert none.features.split_name == "plain" and tok.features.split_name == "tokenizer"
    sents = [["وقرر", "المجلس", "إلغاء", "القرار", "في", "ألمانيا", "."],
             ["وقال", "إن", "ألمانيا", "تدعم", "إلغاء", "الديون", "."]]
    assert none.tag_document(sents) == load().tag_document(sents)
    assert tok.features.word("ألمانيا")[1][1] == "المانيا"
    assert tok.tag_sentences(sents) and len(tok.tag_document(sents)[0]) == 2


def test_train_ner_split_tokenizer_rekeys_the_pinned_clusters(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    app, args, calls, _ = _cli(tmp_path, monkeypatch, {"غاء": "a1-b1-c1", "وزير": "a3-b3-c3"})
    monkeypatch.setattr(clusters_mod, "training_sentences",
                        lambda shared, corpora, dev: [["إلغاء", "الوزير"], ["إلغاء"]])
    runs: list[str] = []
    import khabar.ner.train as train_mod
    monkeypatch.setattr(train_mod, "run", lambda out, cfg, **k: runs.append(cfg.split) or {"dev": False})
    res = CliRunner().invoke(app, [*args, "--split", "tokenizer"])
    assert res.exit_code == 0, res.output
    assert runs == ["tokenizer"] and calls == []
    assert load_clusters(tmp_path / "m" / CLUSTERS_NAME) == {
        "غاء": "a1-b1-c1", "وزير": "a3-b3-c3", "الغاء": "a1-b1-c1"}
    res = CliRunner().invoke(app, [*args, "--split", "farasa"])
    assert res.exit_code == 2 and "--split must be one of plain, tokenizer" in res.output
