"""``khabar analyze`` output, ingested, stores what an ingest of the input stores (session 24,
exp24).

The document had only ``published`` (the dateline day) and no author, so ``khabar analyze
--input news.zip -o out.jsonl; khabar ingest out.jsonl`` stored ``published_at`` = the day
(«2015-08-10» for «2015-08-10 18:47:56») — same-day copies of a story then ranked by id, not
by who reported first — while ``khabar ingest news.zip`` kept the time; and no reader kept
the news format's ``author`` (11 of 12 sampled records have one). The document (schema 1.1)
carries ``published_at`` and ``author``; the readers keep the author; ingest stores both.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zipfile
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.cli import app
from khabar.document import SCHEMA_VERSION, from_json
from khabar.io.readers import read_records

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO / ".." / "shared"))
NEWS = SHARED / "data" / "news" / "dev" / "2015-08-10.zip"
# the first four of sorted(random.Random(24).sample(range(1700), 12)), the measured draw:
# «موجز إعلامي» (author ""), and three with a byline («روما ـــ د. ب. أ:», a person, a place)
PICK = (187, 342, 346, 373)
# what differs by design: where the article was read from, and when
OWN = {"source", "ingested_at", "analysed_at"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    if not NEWS.exists():
        pytest.skip(f"news day not found at {NEWS}")
    with zipfile.ZipFile(NEWS) as z:
        items = json.loads(z.read(z.namelist()[0]))
    path = tmp_path_factory.mktemp("news") / "sample.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("2015-08-10.json", json.dumps([items[i] for i in PICK], ensure_ascii=False))
    return path


def _run(*args: str) -> None:
    res = CliRunner().invoke(app, list(args))
    assert res.exit_code == 0, res.output


def _articles(db: Path) -> dict[str, dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = {r["url"]: dict(r) for r in conn.execute("SELECT * FROM articles")}
    conn.close()
    for r in rows.values():
        r["doc_json"] = json.loads(zlib.decompress(r["doc_json"]))
    return rows


def test_analyse_then_ingest_stores_the_rows_of_an_ingest(sample, tmp_path):
    direct, analysed, out = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "out.jsonl"
    _run("ingest", str(sample), "--db", str(direct))
    _run("analyze", "--input", str(sample), "--output", str(out), "--no-progress")
    _run("ingest", str(out), "--db", str(analysed))
    a, b = _articles(direct), _articles(analysed)
    assert len(a) == len(PICK) and a.keys() == b.keys()
    for url, row in a.items():
        assert {k: v for k, v in row.items() if k not in OWN} == {
            k: v for k, v in b[url].items() if k not in OWN}, url
    # what the two paths now share was lost on the analyse path
    stamps = [r["published_at"] for r in a.values()]
    assert all(s.startswith("2015-08-10T") and len(s) == 19 for s in stamps)
    assert [r["published_at"] for r in b.values()] == stamps
    authors = {r["title"]: r["author"] for r in b.values()}
    assert authors["موجز إعلامي"] is None  # the record's author is ""
    assert sum(v is not None for v in authors.values()) == len(PICK) - 1
    assert "روما ـــ د. ب. أ:" in authors.values()
    # the analysed document carries them (schema 1.1)
    doc = from_json(out.read_text(encoding="utf-8").splitlines()[1])
    assert doc.schema_version == SCHEMA_VERSION == "1.1"
    assert (doc.published_at, doc.author) == ("2015-08-10T19:19:17", "روما ـــ د. ب. أ:")


def test_readers_keep_a_text_author_and_never_refuse_another(tmp_path):
    path = tmp_path / "r.jsonl"
    lines = [{"id": "a", "text": "نص", "author": "  علي  ", "published": "2015-08-10 07:05"},
             {"id": "b", "text": "نص", "author": ["علي", "سعد"]},
             {"id": "c", "text": "نص", "author": ""}]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    recs = list(read_records(path))
    assert [r.get("author") for r in recs] == ["علي", None, None]
    assert not any("error" in r for r in recs)
    assert recs[0]["published_at"] == "2015-08-10T07:05"
