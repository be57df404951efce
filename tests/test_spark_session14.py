"""Input files Spark does not read are said, not lost (session 14, st14).

Spark's file listing leaves out names starting with ``_`` or ``.`` (Hadoop's hidden files:
``_SUCCESS``, ``.crc``) — also in a directory's path and even when the input names the file
itself — while ``khabar ingest`` reads the ``_`` ones. ``khabar spark analyze`` now lists
a local input's files before Spark starts: none readable is an error (exit 2: before, the
job wrote empty tables without a word), some skipped a note naming them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_spark_session13 import _fake_spark, _ids, needs_spark, spark  # noqa: F401
from typer.testing import CliRunner

from khabar.cli import app as cli
from khabar.commands.spark import hidden_from_spark, hidden_inputs

runner = CliRunner()


def _line(rid: str, text: str) -> str:
    return json.dumps({"id": rid, "text": text, "published": "2015-08-10"},
                      ensure_ascii=False) + "\n"


@pytest.fixture()
def tree(tmp_path) -> Path:
    src = tmp_path / "in"
    for rel, rid in (("plain.jsonl", "plain"), ("sub/deep.jsonl", "deep"),
                     ("_under.jsonl", "under"), (".dot.jsonl", "dot"),
                     ("sub/_deep.jsonl", "under_deep"), ("_tmp/part.jsonl", "tmp_part"),
                     ("year=2015/y.jsonl", "partition")):
        path = src / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_line(rid, "قال الوزير إن الاجتماع انتهى في الرياض."), encoding="utf-8")
    return src


def test_hidden_names_are_spark_s():
    for name in ("_under.jsonl", ".dot.jsonl", "_SUCCESS", "_temporary", ".part.crc"):
        assert hidden_from_spark(name), name
    for name in ("plain.jsonl", "a_b.jsonl", "_metadata", "_common_metadata", "_col=1",
                 "year=2015"):
        assert not hidden_from_spark(name), name


def test_the_local_files_spark_skips_are_listed(tree):
    hidden, read = hidden_inputs(str(tree))
    assert sorted(Path(p).relative_to(tree).as_posix() for p in hidden) == [
        ".dot.jsonl", "_tmp/part.jsonl", "_under.jsonl", "sub/_deep.jsonl"]
    assert read == 3
    assert hidden_inputs(str(tree / "_under.jsonl")) == ([str(tree / "_under.jsonl")], 0)
    assert hidden_inputs(str(tree / "*.jsonl"))[1] == 1  # a glob: plain.jsonl only
    assert hidden_inputs("s3a://bucket/news/") == ([], 0)  # Spark's to list


def test_an_input_spark_reads_nothing_of_is_an_error_before_it_starts(tree, monkeypatch):
    import khabar.spark.session as session

    def no_spark(*a, **k):
        raise AssertionError("Spark started")

    monkeypatch.setattr(session, "get_session", no_spark)
    for src in (tree / "_under.jsonl", tree / "_*.jsonl"):
        r = runner.invoke(cli, ["spark", "analyze", "--input", str(src), "--output",
                                str(tree.parent / "o")])
        assert r.exit_code == 2, r.output
        assert "no input Spark can read" in r.stderr and "rename" in r.stderr


def test_some_skipped_files_are_a_note_and_the_job_runs(tree, monkeypatch):
    from khabar.spark.job import JobResult

    _fake_spark(monkeypatch, lambda *a, **k: JobResult(output="o", counts={"articles": 3}))
    r = runner.invoke(cli, ["spark", "analyze", "--input", str(tree), "--output",
                            str(tree.parent / "o")])
    assert r.exit_code == 0, r.output
    assert "note: 4 input file(s) skipped" in r.stderr and "_under.jsonl" in r.stderr
    r = runner.invoke(cli, ["spark", "analyze", "--input", str(tree / "plain.jsonl"),
                            "--output", str(tree.parent / "o2")])
    assert r.exit_code == 0 and "skipped" not in r.stderr


@needs_spark
@pytest.mark.spark
def test_the_listed_files_are_exactly_those_spark_leaves_out(spark, tree):  # noqa: F811
    from khabar.spark.job import run

    run(spark, str(tree), str(tree.parent / "out"), corpus=False)
    assert _ids(tree.parent / "out", "articles") == {"plain", "deep", "partition"}
    hidden, read = hidden_inputs(str(tree))
    assert read == 3 and len(hidden) == 4
