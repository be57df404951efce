"""The Spark job (local[2]) gives the embedded pipeline's per-document results.

One SparkSession for the module; small inputs written to tmp dirs at test time (the
corpus text stays in ../shared). Skipped only when pyspark or Java is missing.
"""

from __future__ import annotations

import io
import json
import math
import os
import shutil
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from khabar.corpus.dedupe import groups, signature, word_forms
from khabar.export.tables import SCHEMAS, rows
from khabar.io.readers import read_records
from khabar.pipeline import Pipeline
from khabar.spark.corpus import rank_key

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO / ".." / "shared"))
NEWS = SHARED / "data" / "news" / "dev" / "2015-08-10.zip"
# 20 articles of the dev day: the first 14 plus three near-duplicate pairs.
SAMPLE = [*range(14), 17, 256, 43, 213, 242, 246]

pyspark = pytest.importorskip("pyspark", reason="pyspark not installed (pip install 'khabar[spark]')")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Java not found: Spark needs a JDK (17+)", allow_module_level=True)

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def spark():
    from khabar.spark.session import get_session, local_test_conf

    session = get_session("local[2]", app_name="khabar-test", conf=local_test_conf())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def sample_zip(tmp_path_factory) -> Path:
    if not NEWS.exists():
        pytest.skip(f"dev news not found at {NEWS}")
    with zipfile.ZipFile(NEWS) as z:
        items = json.loads(z.read(z.namelist()[0]))
    path = tmp_path_factory.mktemp("in") / "sample.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("2015-08-10.json", json.dumps([items[i] for i in SAMPLE], ensure_ascii=False))
    return path


@pytest.fixture(scope="module")
def sample_run(spark, sample_zip, tmp_path_factory):
    from khabar.spark.job import run

    out = tmp_path_factory.mktemp("out") / "run"
    result = run(spark, str(sample_zip), str(out), partitions=2)
    return out, result


def _read(out: Path, table: str) -> pa.Table:
    return pq.read_table(out / table)


def _key(row: dict) -> tuple:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in row.items()))


def _plain(t: pa.DataType) -> pa.DataType:
    """The type without list field names (Spark writes list<element: …>)."""
    return pa.list_(_plain(t.value_type)) if pa.types.is_list(t) else t


def test_tables_have_exactly_the_export_schemas(sample_run):
    out, _ = sample_run
    for table, schema in SCHEMAS.items():
        got = _read(out, table).schema
        assert got.names == schema.names, table
        assert [_plain(f.type) for f in got] == [_plain(f.type) for f in schema], table


def test_spark_rows_equal_embedded_rows(sample_run, sample_zip):
    out, result = sample_run
    pipe = Pipeline()
    expected: dict[str, Counter] = {t: Counter() for t in SCHEMAS}
    records = list(read_records(sample_zip))
    assert len(records) == len(SAMPLE) and not any("error" in r for r in records)
    for rec in records:
        doc = pipe.analyze(rec["text"], id=rec["id"], title=rec["title"],
                           published=rec["published"], outlet=rec["outlet"], url=rec["url"])
        for table in SCHEMAS:
            expected[table].update(_key(r) for r in rows(table, doc))
    for table in SCHEMAS:
        got = Counter(_key(r) for r in _read(out, table).to_pylist())
        assert got == expected[table], table
        assert result.counts[table] == sum(expected[table].values())
    assert result.counts["errors"] == 0
    assert set(result.phases) >= {*SCHEMAS, "errors", "duplicates", "stories"}
    assert sum(expected["entities"].values()) > 0  # the comparison covers real layers


def test_spark_events_place_their_sentence_in_the_articles_text(sample_run):
    # session 24 (exp24): the events row's sentence_start/sentence_end slice the article text
    # the job wrote, and the trigger stands at trigger_start - sentence_start in the sentence
    out, _ = sample_run
    texts = {r["doc_id"]: r["text"] for r in _read(out, "articles").to_pylist()}
    evs = _read(out, "events").to_pylist()
    assert len(evs) >= 20
    for r in evs:
        text, at = texts[r["doc_id"]], r["trigger_start"] - r["sentence_start"]
        assert text[r["sentence_start"]:r["sentence_end"]] == r["sentence"], r["event_id"]
        assert r["sentence"][at:at + len(r["trigger"])] == r["trigger"], r["event_id"]


def test_duplicates_match_embedded_grouping(sample_run, sample_zip):
    out, _ = sample_run
    pipe = Pipeline(("text",))
    records = list(read_records(sample_zip))
    assert all("T" in r["published_at"] for r in records)  # date_extracted keeps the time
    records.sort(key=lambda r: rank_key(r.get("published_at"), r["published"], r["id"]))
    docs = [pipe.analyze(r["text"], id=r["id"], published=r["published"]) for r in records]
    by_id = {d.id: d for d in docs}  # earliest (timestamp) first; edited copies as the store
    want = groups([(d.id, signature(d)) for d in docs], words=lambda i: word_forms(by_id[i]))
    assert len(want) >= 3
    got: dict[str, list[dict]] = {}
    for row in _read(out, "duplicates").to_pylist():
        got.setdefault(row["group_id"], []).append(row)
    assert {frozenset(r["doc_id"] for r in g) for g in got.values()} == {
        frozenset(g) for g in want
    }
    for g in want:  # the original is the earliest (timestamp, then id) of the group
        members = got[g[0]]
        assert [r["doc_id"] for r in members if r["is_first"]] == [g[0]]
        assert all(r["size"] == len(g) for r in members)


# Two wire copies of one story (the second edits one word), published the same day.
WIRE = ("أعلنت وزارة الداخلية السعودية اليوم أن قوات الأمن ألقت القبض على خمسة أشخاص"
        " يشتبه في انتمائهم إلى خلية إرهابية كانت تخطط لتنفيذ هجمات على منشآت حكومية"
        " ومساجد في المنطقة الشرقية وقال المتحدث الأمني إن التحقيقات مستمرة لكشف"
        " جميع المتورطين وإن السلطات ضبطت أسلحة ومتفجرات في مواقع مختلفة من المدينة")
WIRE_EDITED = WIRE.replace("خمسة", "ستة")
OTHER = ("وصل وزير الخارجية المصري إلى عمان مساء أمس في زيارة رسمية تستغرق يومين يلتقي"
         " خلالها العاهل الأردني ورئيس الوزراء لبحث العلاقات الثنائية وسبل تعزيز التعاون"
         " الاقتصادي بين البلدين إضافة إلى تطورات الأوضاع في سوريا والعراق واليمن")


def test_earliest_copy_by_time_of_day_in_spark_and_in_the_store(spark, tmp_path):
    """Same-day copies: the earlier time of day is the original in both paths, although
    the later copy has the smaller id and is stored first (date-only order picks it)."""
    from khabar.ingest import Ingestor
    from khabar.spark.corpus import duplicates
    from khabar.spark.job import analyze_frame
    from khabar.spark.read import read_records as spark_records
    from khabar.spark.worker import WorkerConfig
    from khabar.store import Store

    recs = [  # date_extracted as in the news zip; ids sort opposite to the times
        {"id": "a-late", "content": WIRE, "date_extracted": "2015-08-10 18:52:49",
         "url": "http://x/a-late"},
        {"id": "b-early", "content": WIRE_EDITED, "date_extracted": "2015-08-10 07:05:00",
         "url": "http://x/b-early"},
        # a second pair: only the dateline is known for one copy (a later day), so it
        # falls back to the date and the timestamped copy of the day before comes first
        {"id": "c-next-day", "content": OTHER, "published": "2015-08-12",
         "url": "http://x/c-next-day"},
        {"id": "d-stamped", "content": OTHER.replace("يومين", "ثلاثة أيام"),
         "date_extracted": "2015-08-11 23:59:00", "url": "http://x/d-stamped"},
    ]
    src = tmp_path / "wire.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    want = {"a-late": "b-early", "b-early": "b-early",
            "c-next-day": "d-stamped", "d-stamped": "d-stamped"}

    wide = analyze_frame(spark_records(spark, str(src)), WorkerConfig(stages=("text",)))
    got = {r["doc_id"]: r for r in duplicates(wide).collect()}
    assert {d: r["group_id"] for d, r in got.items()} == want
    assert got["a-late"]["published_at"] == "2015-08-10T18:52:49"
    assert [d for d, r in got.items() if r["is_first"]] == ["b-early", "d-stamped"]

    with Store(tmp_path / "wire.db") as store:  # the embedded path: ingest, then dedupe
        summary = Ingestor(store, Pipeline(("text",), detect_language=False)).ingest([str(src)])
        assert summary.ingested == len(recs)
        groups_ = store.dedupe()
        url = {a["id"]: a["url"].rsplit("/", 1)[1] for a in store.list_articles(limit=10)}
        assert [url[i] for i in sorted(url)] == [r["id"] for r in recs]  # stored in order
        embedded = {url[m]: url[g[0]] for g in groups_ for m in g}
        assert embedded == want


def test_edited_copies_group_as_in_the_store(spark, tmp_path):
    """Spark's duplicate groups equal the store's (ingest + dedupe) and the embedded
    groups with words: an edited wire copy (own first sentence, end trimmed) joins its
    original by containment, a round-up holding the story after another one and a short
    brief do not, near copies (a signature added, a word changed) join by Jaccard (the
    store skips a byte-identical text at ingest)."""
    from test_corpus_session10 import BRIEF, COPY, ORIGINAL, ROUNDUP

    from khabar.ingest import Ingestor
    from khabar.spark.corpus import duplicate_pairs, duplicates
    from khabar.spark.job import analyze_frame
    from khabar.spark.read import read_records as spark_records
    from khabar.spark.worker import WorkerConfig
    from khabar.store import Store

    texts = {  # ids sort against the times: the rank, not the id, picks the original
        "z-orig": (ORIGINAL, "07:00"), "y-copy": (COPY, "09:00"),
        "x-roundup": (ROUNDUP, "10:00"), "w-brief": (BRIEF, "11:00"),
        "v-wire": (WIRE, "08:00"), "u-signed": (WIRE + " (واس)", "12:00"),
        "t-near": (WIRE_EDITED, "13:00"), "s-other": (OTHER, "14:00"),
    }
    recs = [{"id": k, "content": t, "date_extracted": f"2015-08-10 {h}:00", "url": f"http://x/{k}"}
            for k, (t, h) in texts.items()]
    src = tmp_path / "edited.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    want = {frozenset({"z-orig", "y-copy"}), frozenset({"v-wire", "u-signed", "t-near"})}

    wide = analyze_frame(spark_records(spark, str(src)), WorkerConfig(stages=("text",))).persist()
    got: dict[str, set[str]] = {}
    for r in duplicates(wide).collect():
        got.setdefault(r["group_id"], set()).add(r["doc_id"])
    assert {frozenset(g) for g in got.values()} == want
    assert set(got) == {"z-orig", "v-wire"}  # the earliest report is the original
    jaccard_only = {(r["a"], r["b"]) for r in duplicate_pairs(wide, containment=False).collect()}
    assert ("y-copy", "z-orig") not in jaccard_only  # containment is what joins the copy
    wide.unpersist()

    pipe = Pipeline(("text",), detect_language=False)
    docs = {k: pipe.analyze(t, id=k) for k, (t, _) in texts.items()}
    order = sorted(texts, key=lambda k: texts[k][1])
    embedded = groups([(k, signature(docs[k])) for k in order],
                      words=lambda k: word_forms(docs[k]))
    assert {frozenset(g) for g in embedded} == want
    with Store(tmp_path / "edited.db") as store:
        Ingestor(store, pipe).ingest([str(src)])
        url = {a["id"]: a["url"].rsplit("/", 1)[1] for a in store.list_articles(limit=20)}
        stored = store.dedupe()
    assert {frozenset(url[i] for i in g) for g in stored} == want
    assert {url[g[0]] for g in stored} == set(got)


def test_stories_contain_duplicate_groups(sample_run):
    out, _ = sample_run
    story_of = {r["doc_id"]: r["story_id"] for r in _read(out, "stories").to_pylist()}
    for row in _read(out, "duplicates").to_pylist():
        assert story_of[row["doc_id"]] == story_of[row["group_id"]]
    for row in _read(out, "stories").to_pylist():
        assert row["size"] >= 2 and row["first_published"] <= row["last_published"]


def test_connected_components_in_spark_and_on_driver_agree(spark):
    from khabar.spark.corpus import connected_components

    edges = spark.createDataFrame([("b", "c"), ("c", "d"), ("a", "b"), ("x", "y")],
                                  "a string, b string")
    ranks = spark.createDataFrame(
        [("a", "2015-08-11\ta"), ("b", "2015-08-10\tb"), ("c", "2015-08-12\tc"),
         ("d", "9999-12-31\td"), ("x", "2015-08-10\tx"), ("y", "2015-08-10\ty")],
        "node string, rank string")
    want = {"a": "b", "b": "b", "c": "b", "d": "b", "x": "x", "y": "x"}
    for limit in (0, 100):  # 0: iterative propagation in Spark; 100: union-find on driver
        got = {r["node"]: r["root"]
               for r in connected_components(edges, ranks, driver_limit=limit).collect()}
        assert got == want, limit


def test_bad_records_go_to_errors_and_never_fail(spark, tmp_path):
    from khabar.spark.job import run
    from khabar.spark.worker import WorkerConfig

    good = {"id": "ok", "text": "قال الرئيس إن 30 جنديا قتلوا أمس في بغداد.", "published": "2024-09-06"}
    lines = [
        json.dumps(good, ensure_ascii=False),
        '{"id": "broken", "text": ',  # malformed JSON
        json.dumps({"id": "notext", "title": "بلا نص"}),
        json.dumps({"id": "big", "text": "كلمة " * 400}),  # over max_chars below
        "[1, 2]",  # not an object
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(spark, str(src), str(out), config=WorkerConfig(max_chars=1000), corpus=False)
    assert result.counts["articles"] == 1
    errors = {r["id"]: r for r in _read(out, "errors").to_pylist()}
    assert set(errors) == {"in-2", "notext", "big", "in-5"}
    assert errors["big"]["error_type"] == "DocumentTooLarge"
    assert errors["notext"]["error_type"] == "RecordError"
    assert errors["in-2"]["raw_snippet"].startswith('{"id": "broken"')
    assert all(e["message"] and e["origin"].endswith("in.jsonl") for e in errors.values())
    assert _read(out, "articles").column("doc_id").to_pylist() == ["ok"]


def test_parquet_and_split_lines_inputs(spark, tmp_path):
    from khabar.spark.job import run

    recs = [{"id": "p1", "text": "وصل وزير الخارجية إلى القاهرة يوم الأحد.",
             "published": "2024-09-06"},
            {"id": None, "text": "أعلنت الحكومة خطة جديدة.", "published": None}]
    pq.write_table(pa.Table.from_pylist(recs), tmp_path / "in.parquet")
    out = tmp_path / "out"
    run(spark, str(tmp_path / "in.parquet"), str(out), corpus=False)
    ids = sorted(_read(out, "articles").column("doc_id").to_pylist())
    assert ids[1] == "p1" and ids[0].startswith("in@")  # no id: file stem @ row hash
    (tmp_path / "in.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    run(spark, str(tmp_path / "in.jsonl"), str(out / "lines"), fmt="lines", corpus=False)
    assert len(_read(out / "lines", "articles")) == 2


def test_pipeline_exception_becomes_an_error_row(monkeypatch):
    from khabar.spark import worker

    class Boom:
        def analyze(self, *a, **k):
            raise ZeroDivisionError("stage bug")

    monkeypatch.setattr(worker, "pipeline", lambda config=None: Boom())
    row = worker.document_row("d1", "f.jsonl", json.dumps({"id": "d1", "text": "نص"}), None, None)
    assert row["error_type"] == "InternalError" and "ZeroDivisionError" in row["error_message"]
    assert row["articles"] == [] and row["raw_snippet"]


def test_cli_explains_missing_pyspark(monkeypatch):
    from typer.testing import CliRunner

    from khabar.cli import app

    monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark → ImportError
    res = CliRunner().invoke(app, ["spark", "analyze", "--input", "x", "--output", "y"])
    assert res.exit_code == 2
    assert "pip install 'khabar[spark]'" in res.output


def test_zip_reader_matches_embedded_reader():
    from khabar.spark.read import expand_file

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("b.json", json.dumps([{"content": "نص", "source": "x"}, 3]))
        z.writestr("a.jsonl", '{"text": "نص آخر"}\n{oops\n')
    rows_ = list(expand_file("in.zip", data.getvalue()))
    assert [r[0] for r in rows_] == ["a-1", "a-2", "b:0", "b:1"]
    assert [r[3] for r in rows_] == [None, "RecordError", None, "RecordError"]
    assert rows_[1][5] == "{oops" and rows_[3][5] == "3"


def test_job_runs_as_a_spark_submit_script():
    import subprocess

    job = REPO / "src" / "khabar" / "spark" / "job.py"
    res = subprocess.run([sys.executable, str(job), "--help"], capture_output=True, text=True,
                         cwd=str(job.parent), timeout=120)
    assert res.returncode == 0, res.stderr
    assert "--input" in res.stdout and "--output" in res.stdout


def test_story_vectors_and_window_follow_the_embedded_definition(spark, sample_zip):
    from pyspark.sql import functions as F

    from khabar.corpus.stories import MIN_TERM_LEN, TOP_TERMS, _vector
    from khabar.spark.corpus import _term_vectors, story_pairs
    from khabar.spark.job import analyze_frame
    from khabar.spark.read import read_records as spark_records
    from khabar.spark.worker import WorkerConfig
    from khabar.store.search import index_columns

    wide = analyze_frame(spark_records(spark, str(sample_zip)),
                         WorkerConfig(stages=("text",))).persist()
    got: dict[str, dict[str, float]] = {}
    for r in _term_vectors(wide).collect():
        got.setdefault(r["doc_id"], {})[r["term"]] = r["w"]
    pipe = Pipeline(("text",))
    words = {r["id"]: index_columns(pipe.analyze(r["text"], id=r["id"], title=r["title"]))[1]
             .split() for r in read_records(sample_zip)}
    df = Counter(w for ws in words.values() for w in {w for w in ws if len(w) >= MIN_TERM_LEN})
    n = len(words)
    idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
    compared = 0
    for doc_id, ws in words.items():
        want = _vector(ws, idf)
        if not want:
            continue
        # Terms tied at the top-N boundary may be chosen either way: compare the weights
        # as a multiset, and the terms above the boundary exactly.
        assert len(got[doc_id]) == len(want) <= TOP_TERMS, doc_id
        for x, y in zip(sorted(got[doc_id].values()), sorted(want.values()), strict=True):
            assert abs(x - y) < 1e-9, doc_id
        low = min(want.values()) + 1e-9
        assert {t for t, v in got[doc_id].items() if v > low} == {
            t for t, v in want.items() if v > low}, doc_id
        compared += 1
    assert compared >= 10
    # Moving one document of a linked pair 10 days away (window: 3) removes the link.
    pairs = story_pairs(wide).collect()
    assert pairs
    a = pairs[0]["a"]
    moved = wide.withColumn(
        "published", F.when(F.col("doc_id") == a, F.lit("2015-08-20")).otherwise(F.col("published"))
    )
    assert all(a not in (r["a"], r["b"]) for r in story_pairs(moved).collect())
    wide.unpersist()


def test_empty_input_file_is_not_lost(spark, tmp_path):
    """Spark's binaryFile scan skips zero-length files; an empty text file must still
    come out as the embedded batch reads it (an error record: no text is EmptyText)."""
    from khabar.spark.job import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "one.txt").write_text("قال الرئيس إن الاجتماع سيعقد غدا.", encoding="utf-8")
    out = tmp_path / "out"
    result = run(spark, str(src), str(out), corpus=False)
    articles = {r["doc_id"]: r for r in _read(out, "articles").to_pylist()}
    assert set(articles) == {"one"}, result.counts
    errors = {r["id"]: r for r in _read(out, "errors").to_pylist()}
    assert errors["empty"]["error_type"] == "EmptyText"


def test_repeated_record_ids_are_reported(spark, tmp_path):
    # as khabar analyze --input does: two records with id "a" wrote two articles "a" silently
    from khabar.spark.job import run

    texts = ["قال الرئيس إن الاجتماع ناجح.", "وصل الوزير إلى بغداد أمس.", "قال الوزير إن المحادثات مستمرة."]
    recs = [{"id": i, "text": t, "published": "2024-09-06"} for i, t in zip(["a", "b", "a"], texts, strict=True)]
    src = tmp_path / "dup.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    result = run(spark, str(src), str(tmp_path / "out"), corpus=False)
    assert result.counts["articles"] == 3 and "repeated_ids" not in result.counts
    assert (result.repeated_ids, result.repeated_examples) == (1, ["a"])
    assert "1 records repeat an id met before ('a')" in result.warning()
