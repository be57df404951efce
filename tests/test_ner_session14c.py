"""Session 14 (issue #4): ``khabar train ner`` trains the stacking folds' CRFs in worker
processes beside the pass-1 CRF (``jobs``); the model files are byte-identical to the
sequential path's (``jobs=1``), and so are the jack-knifed tags the pass-2 CRF trains on."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import khabar.ner.train as train_mod
from khabar.ner.conll import load_corpus
from khabar.ner.model import LEXICON_NAME, MODEL_NAME, PASS2_NAME
from khabar.ner.train import TrainConfig, check_jobs, default_jobs, run

GIVEN = ["محمد", "أحمد", "سارة", "خالد", "ليلى", "عمر"]
FAMILY = ["الفيصل", "بن علي", "المصري", "حداد"]
PLACES = ["بغداد", "القاهرة", "دمشق", "الرياض", "عمان"]
ORGS = ["الأمم المتحدة", "اتحاد الكرة", "البنك الدولي"]
VERBS = ["زار", "قال", "غادر", "وصل إلى", "انتقد"]


def _name(words: str, typ: str) -> list[tuple[str, str]]:
    return [(w, ("B-" if k == 0 else "I-") + typ) for k, w in enumerate(words.split())]


def _conll(n: int, seed: int = 14) -> str:
    """``n`` tagged sentences (a person, a place, sometimes an organisation) in CoNLL."""
    rnd = random.Random(seed)
    lines: list[str] = []
    for _ in range(n):
        toks = [(w, "O") for w in rnd.choice(VERBS).split()]
        toks += _name(f"{rnd.choice(GIVEN)} {rnd.choice(FAMILY)}", "PERS")
        place = rnd.choice(PLACES)  # a city that is sometimes a club: tags the folds can miss
        toks += [("في", "O"), *_name(place, "ORG" if rnd.random() < 0.3 else "LOC")]
        if rnd.random() < 0.5:
            toks += [("مع", "O"), *_name(rnd.choice(ORGS), "ORG")]
        toks.append((".", "O"))
        lines.extend(f"{w} {t}" for w, t in toks)
        lines.append("")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("shared")
    data = root / "data" / "ner" / "anercorp"
    data.mkdir(parents=True)
    (data / "train.txt").write_text(_conll(240), "utf-8")
    return root


def _cfg(**kw: object) -> TrainConfig:
    base: dict = dict(corpora=("anercorp",), max_iterations=8, use_lexicon=False,
                      use_clusters=False, stack_window=2, stack_folds=2)
    base.update(kw)
    return TrainConfig(**base)


def _train(tmp_path: Path, shared: Path, name: str, jobs: int, monkeypatch: pytest.MonkeyPatch,
           **kw: object) -> tuple[dict[str, bytes], list[list[str]]]:
    """Model files written and the jack-knifed pass-1 tags the pass-2 CRF was trained on."""
    seen: list[list[list[str]]] = []
    real = train_mod.stack

    def spy(*args: object, **kwargs: object) -> list[list[str]]:
        first = real(*args, **kwargs)
        seen.append(first)
        return first

    monkeypatch.setattr(train_mod, "stack", spy)
    out = tmp_path / name
    run(out, _cfg(**kw), shared=shared, jobs=jobs)
    files = {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.name != "ner.json"}
    assert len(seen) == 1
    return files, seen[0]


@pytest.mark.parametrize("folds", [2, 3])
def test_jobs_two_gives_the_sequential_models_byte_for_byte(
        tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch, folds: int) -> None:
    one, first1 = _train(tmp_path, shared, "one", 1, monkeypatch, stack_folds=folds)
    two, first2 = _train(tmp_path, shared, "two", 2, monkeypatch, stack_folds=folds)
    assert set(one) == {MODEL_NAME, PASS2_NAME, LEXICON_NAME}  # no fold file left behind
    assert one == two
    assert first1 == first2
    assert len(first1) == 240 and all(first1)  # every sentence got its fold's tags
    gold = [tags for _, tags in load_corpus("anercorp", shared / "data/ner/anercorp/train.txt")]
    assert first1 != gold  # the folds' tags are a model's, not the data's: the check can fail


def test_jobs_two_uses_a_process_pool_and_one_does_not(
        tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pools: list[int] = []
    real = train_mod.ProcessPoolExecutor

    class Spy(real):  # type: ignore[misc, valid-type]
        def __init__(self, max_workers: int) -> None:
            pools.append(max_workers)
            super().__init__(max_workers=max_workers)

    monkeypatch.setattr(train_mod, "ProcessPoolExecutor", Spy)
    run(tmp_path / "a", _cfg(), shared=shared, jobs=1)
    assert pools == []
    run(tmp_path / "b", _cfg(), shared=shared, jobs=2)
    assert pools == [2]
    run(tmp_path / "c", _cfg(stack_window=0), shared=shared, jobs=2)  # one pass: nothing to split
    assert pools == [2]


def test_fold_models_differ_from_the_full_pass1_model(
        tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The jack-knife is real in the parallel path too: a fold CRF trained on half the data
    is not the pass-1 CRF, so its tags need not be the full model's."""
    written: list[bytes] = []
    real = train_mod.fit

    def spy(train, fx, cfg, model_path, *args, **kwargs):  # noqa: ANN001, ANN202
        real(train, fx, cfg, model_path, *args, **kwargs)
        written.append(Path(model_path).read_bytes())

    monkeypatch.setattr(train_mod, "fit", spy)
    run(tmp_path / "m", _cfg(), shared=shared, jobs=1)
    assert len(written) == 4  # pass 1, two folds, pass 2
    assert len(set(written)) == 4


@pytest.mark.parametrize("bad", [0, -1, True, "2", 1.5, None])
def test_a_bad_jobs_value_is_a_clear_error(bad: object) -> None:
    with pytest.raises(ValueError, match="jobs must be a positive integer"):
        check_jobs(bad)


def test_run_checks_jobs_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not 0"):
        run(tmp_path / "m", _cfg(), shared=tmp_path / "nothing", jobs=0)
    assert not (tmp_path / "m").exists()


def test_good_jobs_values_pass() -> None:
    assert check_jobs(1) == 1 and check_jobs(4) == 4


def test_default_jobs_is_two_at_most(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(train_mod.os, "cpu_count", lambda: 8)
    assert default_jobs() == 2
    monkeypatch.setattr(train_mod.os, "cpu_count", lambda: None)
    assert default_jobs() == 1
    monkeypatch.setattr(train_mod.os, "cpu_count", lambda: 1)
    assert default_jobs() == 1


def test_cli_rejects_a_bad_jobs_value(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from khabar.cli import app

    res = CliRunner().invoke(app, ["train", "ner", "--jobs", "0", "--output", str(tmp_path / "m"),
                                   "--shared", str(tmp_path)])
    assert res.exit_code == 2
    assert "jobs must be a positive integer" in res.output
    assert not (tmp_path / "m").exists()
