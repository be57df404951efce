"""Undated stories: the Spark job and the store give the same stories (session 20, ux20).

Documents without a dateline (ANERcorp blocks as ``tests/gold/events_audit/r18_docs.py``
makes them, 10 sentences each, no dateline, no outlet; one near copy added) are run through
``khabar.spark.job.run`` and through ``khabar ingest``'s path (Ingestor + refresh_corpus):
the stories of two or more reports are the same sets of documents. Before session 20 the
store gave them no story and Spark linked only near-copies.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from khabar.pipeline import Pipeline

pytest.importorskip("pyspark", reason="pyspark not installed (pip install 'khabar[spark]')")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Java not found: Spark needs a JDK (17+)", allow_module_level=True)

pytestmark = pytest.mark.spark

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO / ".." / "shared"))
# blocks of three ANERcorp reports (a calendar article, a bank's bond programme, a Moroccan
# league round) and two unrelated ones; first sentence indices, as r18_docs ids them
BLOCKS = (2363, 2373, 2383, 3923, 3933, 3943, 3443, 3453, 723, 1003)


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> Path:
    from khabar.eval.events_anercorp import detokenize, sentences

    if not (SHARED / "data" / "ner" / "anercorp").exists():
        pytest.skip(f"ANERcorp not found under {SHARED}")
    sents = sentences(SHARED)
    recs = [{"id": f"anercorp:{b}", "text": "\n\n".join(detokenize(s) for s in sents[b:b + 10])}
            for b in BLOCKS]
    recs.append({"id": "anercorp:723-copy", "text": recs[-2]["text"] + "\n\n(أ ف ب)"})
    path = tmp_path_factory.mktemp("undated") / "undated.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                    encoding="utf-8")
    return path


def _groups(pairs) -> set[frozenset[str]]:
    out: dict[object, set[str]] = {}
    for doc, group in pairs:
        out.setdefault(group, set()).add(doc)
    return {frozenset(g) for g in out.values() if len(g) > 1}


def test_undated_stories_are_the_same_in_spark_and_in_the_store(records, tmp_path):
    from khabar.ingest import Ingestor
    from khabar.spark.job import run
    from khabar.spark.session import get_session, local_test_conf
    from khabar.store import Store

    spark = get_session("local[2]", app_name="khabar-test", conf=local_test_conf())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        run(spark, str(records), str(tmp_path / "out"), partitions=2)
    finally:
        spark.stop()
    rows = pq.read_table(tmp_path / "out" / "stories").to_pylist()
    in_spark = _groups((r["doc_id"], r["story_id"]) for r in rows)

    with Store(tmp_path / "u.db") as store:
        summary = Ingestor(store, Pipeline()).ingest([str(records)])
        assert summary.ingested == len(BLOCKS) + 1
        store.refresh_corpus("0")
        in_store = _groups(store.conn.execute("SELECT source_id, story_id FROM articles"))
    assert in_spark == in_store
    assert len(in_store) >= 3  # a real check: several stories, the near copy in one of them
    assert any({"anercorp:723", "anercorp:723-copy"} <= g for g in in_store)
    assert not any("anercorp:1003" in g for g in in_store)
