"""The Spark job, session 13 (st13) fresh-user pass: nothing lost, clear errors.

- A file in a sub-directory of the input was neither an article nor an error (Spark's file
  sources read the top level of a directory only); it is read now, as ``khabar ingest DIR``
  reads sub-directories.
- ``khabar spark analyze`` checks a local input and output before Spark starts: a missing
  input, a glob matching nothing, an output that is a file or cannot be made are usage
  errors (exit 2), not a Python/Java stack trace after the start-up; an output already
  holding tables is said to be replaced; a failure inside Spark is one line (exit 1).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from khabar.cli import app as cli
from khabar.commands.spark import check_paths, spark_failure

runner = CliRunner()
TEXT = "قال الرئيس إن الاجتماع سيعقد غدا في الرياض."


def _spark_ready() -> bool:
    try:
        import pyspark  # noqa: F401
    except ModuleNotFoundError:
        return False
    return bool(shutil.which("java") or os.environ.get("JAVA_HOME"))


needs_spark = pytest.mark.skipif(not _spark_ready(), reason="pyspark or Java missing")


@pytest.fixture(scope="module")
def spark():
    if not _spark_ready():
        pytest.skip("pyspark or Java missing")
    from khabar.spark.session import get_session, local_test_conf

    session = get_session("local[2]", app_name="khabar-test13", conf=local_test_conf())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _ids(out: Path, name: str) -> set[str]:
    column = "doc_id" if name != "errors" else "id"
    return set(pq.read_table(out / name).column(column).to_pylist())


@needs_spark
@pytest.mark.spark
def test_files_in_sub_directories_are_read(spark, tmp_path):
    from khabar.spark.job import run

    src = tmp_path / "in"
    (src / "sub" / "deeper").mkdir(parents=True)
    (src / "top.txt").write_text(TEXT, encoding="utf-8")
    (src / "sub" / "mid.txt").write_text(TEXT.replace("غدا", "اليوم"), encoding="utf-8")
    (src / "sub" / "deeper" / "low.jsonl").write_text(
        '{"id": "low", "text": "وصل الوزير إلى بغداد."}\n{"id": "bad"}\n', encoding="utf-8")
    (src / "sub" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    run(spark, str(src), str(out), corpus=False)
    assert _ids(out, "articles") == {"top", "mid", "low"}
    assert _ids(out, "errors") == {"bad", "empty"}  # an error record each, none lost


@needs_spark
@pytest.mark.spark
def test_split_lines_read_sub_directories_too(spark, tmp_path):
    from khabar.spark.job import run

    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.jsonl").write_text('{"id": "a", "text": "وصل الوزير إلى بغداد."}\n',
                                 encoding="utf-8")
    (src / "sub" / "b.jsonl").write_text('{"id": "b", "text": "غادر الوزير القاهرة."}\n',
                                         encoding="utf-8")
    run(spark, str(src), str(tmp_path / "out"), fmt="lines", corpus=False)
    assert _ids(tmp_path / "out", "articles") == {"a", "b"}


def test_local_paths_are_checked_before_spark_starts(tmp_path, monkeypatch):
    import khabar.spark.session as session

    def no_spark(*a, **k):  # the check must come first: no session for a typo
        raise AssertionError("Spark started")

    monkeypatch.setattr(session, "get_session", no_spark)
    (tmp_path / "in.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    cases = [
        (["--input", str(tmp_path / "nosuch"), "--output", str(tmp_path / "o")],
         "no input at"),
        (["--input", str(tmp_path / "*.xyz"), "--output", str(tmp_path / "o")],
         "the pattern matches no file"),
        (["--input", str(tmp_path / "in.txt"), "--output", str(tmp_path / "file")],
         "it is a file; --output is a directory of tables"),
        (["--input", str(tmp_path / "in.txt"), "--output", str(tmp_path / "file" / "o")],
         "cannot write"),
    ]
    for args, message in cases:
        r = runner.invoke(cli, ["spark", "analyze", *args])
        assert r.exit_code == 2, (args, r.output)
        assert message in r.stderr and "Traceback" not in r.output, r.stderr


def test_good_paths_pass_and_remote_ones_are_left_to_spark(tmp_path):
    (tmp_path / "a.jsonl").write_text("{}", encoding="utf-8")
    assert check_paths(str(tmp_path / "a.jsonl"), str(tmp_path / "new" / "out")) is None
    assert (tmp_path / "new" / "out").is_dir()  # made, as Spark would
    assert check_paths(str(tmp_path / "*.jsonl"), str(tmp_path / "o")) is None
    assert check_paths(f"file://{tmp_path}/a.jsonl", f"file:{tmp_path}/o2") is None
    assert check_paths("s3a://bucket/news/", "hdfs://nn/out") is None


class _Fake:
    def stop(self) -> None:
        pass


def _fake_spark(monkeypatch, run):
    import khabar.spark.job as job
    import khabar.spark.session as session

    monkeypatch.setattr(session, "get_session", lambda *a, **k: _Fake())
    monkeypatch.setattr(job, "run", run)


def test_an_output_holding_tables_is_said_to_be_replaced(tmp_path, monkeypatch):
    from khabar.spark.job import JobResult

    _fake_spark(monkeypatch, lambda *a, **k: JobResult(output="o", counts={"articles": 1}))
    (tmp_path / "in.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "out" / "articles").mkdir(parents=True)
    (tmp_path / "out" / "errors").mkdir()
    args = ["spark", "analyze", "--input", str(tmp_path / "in.txt")]
    r = runner.invoke(cli, [*args, "--output", str(tmp_path / "out")])
    assert r.exit_code == 0 and "already holds articles, errors: the job replaces them" in r.stderr
    r = runner.invoke(cli, [*args, "--output", str(tmp_path / "fresh")])
    assert r.exit_code == 0 and "replaces" not in r.stderr


def _spark_error(name: str, message: str) -> Exception:
    cls = type(name, (Exception,), {"__module__": "pyspark.errors.exceptions.captured"})
    return cls(message)


def test_a_spark_failure_is_one_line_and_a_bug_is_not_hidden(tmp_path, monkeypatch):
    def failing(*a, **k):
        raise _spark_error("Py4JJavaError", "An error occurred while calling o71.parquet.\n"
                           ": org.apache.spark.SparkException: Job aborted.\n\tat org…")

    _fake_spark(monkeypatch, failing)
    (tmp_path / "in.txt").write_text(TEXT, encoding="utf-8")
    args = ["spark", "analyze", "--input", str(tmp_path / "in.txt"), "--output",
            str(tmp_path / "o")]
    r = runner.invoke(cli, args)
    assert r.exit_code == 1 and r.stderr.strip() == (
        "error: the Spark job failed: Py4JJavaError: An error occurred while calling"
        " o71.parquet.")

    def buggy(*a, **k):
        raise KeyError("a bug of ours")

    _fake_spark(monkeypatch, buggy)
    r = runner.invoke(cli, args)
    assert isinstance(r.exception, KeyError)  # not swallowed into a one-liner


def test_a_remote_path_spark_cannot_find_is_no_input():
    exc = _spark_error("AnalysisException", "[PATH_NOT_FOUND] Path does not exist: "
                       "s3a://bucket/news/2015-08-10.zip. SQLSTATE: 42K03")
    assert spark_failure(exc) == "no input at s3a://bucket/news/2015-08-10.zip"
    assert spark_failure(ValueError("ours")) is None
