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
from khabar.ner.model import CLUSTERS_NAME, load_clusters


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
    monkeypatch.setattr(clusters_mod, "learn", lambda s: calls.append("learn") or {"x": "a1-b1-c1"})
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
