"""Spark stories do not depend on repeated crawls (session 22, ux22b).

The store drops an exact copy of a stored text at ingest (its ``content_hash``) and clusters the
rest; the Spark job analyses every record. Its story IDF counted each copy, so five copies of the
news day moved every term weight and split 9 of its 257 stories (ux22). Now the IDF, the
crowded-term cap and the undated scoring count each content hash once: a copy's vector is its
original's, whatever the number of copies.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark", reason="pyspark not installed (pip install 'khabar[spark]')")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Java not found: Spark needs a JDK (17+)", allow_module_level=True)

pytestmark = pytest.mark.spark

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO / ".." / "shared"))
NEWS = SHARED / "data" / "news" / "dev" / "2015-08-10.zip"


@pytest.fixture(scope="module")
def spark():
    from khabar.spark.session import get_session, local_test_conf

    session = get_session("local[2]", app_name="khabar-test", conf=local_test_conf())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _zip(path: Path, files: dict[str, list[dict]]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, items in files.items():
            z.writestr(name, json.dumps(items, ensure_ascii=False))
    return path


def _vectors(spark, path: Path) -> dict[str, dict[str, float]]:
    from khabar.spark.corpus import _term_vectors
    from khabar.spark.job import analyze_frame
    from khabar.spark.read import read_records
    from khabar.spark.worker import WorkerConfig

    wide = analyze_frame(read_records(spark, str(path)), WorkerConfig(stages=("text",)))
    out: dict[str, dict[str, float]] = {}
    for r in _term_vectors(wide).collect():
        out.setdefault(r["doc_id"], {})[r["term"]] = r["w"]
    return out


def test_exact_copies_leave_every_story_vector_as_it_was(spark, tmp_path):
    if not NEWS.exists():
        pytest.skip(f"dev news not found at {NEWS}")
    with zipfile.ZipFile(NEWS) as z:
        items = json.loads(z.read(z.namelist()[0]))[:12]
    once = _vectors(spark, _zip(tmp_path / "once.zip", {"day.json": items}))
    # the same records read three times (a repeated crawl: new ids, the same texts)
    thrice = _vectors(spark, _zip(tmp_path / "thrice.zip", {
        "day.json": items, "again.json": items, "more.json": items[:6]}))
    assert len(once) >= 10
    for doc_id, want in once.items():
        i = doc_id.split(":")[1]
        for copy in ("day", "again", *(("more",) if int(i) < 6 else ())):
            got = thrice[f"{copy}:{i}"]
            assert got.keys() == want.keys(), doc_id
            assert all(abs(got[t] - w) < 1e-12 for t, w in want.items()), doc_id


def test_the_wide_row_carries_the_stores_duplicate_key():
    from khabar.spark.worker import WIDE_SCHEMA, WorkerConfig, document_row
    from khabar.store.core import content_hash

    text = "قال الرئيس إن الاجتماع سيعقد غدا في الرياض."
    row = document_row("d1", "f.jsonl", json.dumps({"id": "d1", "text": text}), None, None,
                       WorkerConfig(stages=("text",)))
    assert "content_hash" in WIDE_SCHEMA.names
    assert row["content_hash"] == content_hash(text)
    bad = document_row("d2", "f.jsonl", json.dumps({"id": "d2", "text": ""}), None, None,
                       WorkerConfig(stages=("text",)))
    assert bad["error_type"] and bad["content_hash"] is None
