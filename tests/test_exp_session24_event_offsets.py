"""The flat events row carries its evidence sentence's offsets (session 24, exp24).

The row had ``sentence`` and the trigger's offsets but not the sentence's, so a client of an
export or of ``/api/events`` marking the trigger in the sentence could only look for its
letters (``sentence.find``): «قتل» inside an earlier «مقتل», the first of two «طلب» — 129 of
the news day's 2,807 events (4.6 %). ``sentence_start`` / ``sentence_end`` are document
offsets: ``text[sentence_start:sentence_end] == sentence`` and the trigger stands at
``trigger_start - sentence_start`` in it. Checked on real documents (the example article and
news-day articles) through every path that writes rows: the row function, ``khabar export``
(JSONL, CSV, Parquet), ``khabar events``, ``/api/events`` (JSON, JSONL, CSV, Parquet) and a
store from before schema 15, read-only and migrated. The Spark job's rows: tests/test_spark.py.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app
from khabar.export.tables import EVENTS, rows
from khabar.io.readers import read_records
from khabar.pipeline import Pipeline
from khabar.store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO / ".." / "shared"))
NEWS = SHARED / "data" / "news" / "dev" / "2015-08-10.zip"
EXAMPLE = SHARED / "examples" / "us-iraq-withdrawal.txt"
# the four shortest news-day articles where an event's trigger letters stand earlier in its
# sentence than the trigger itself (found on the session-24 news-day store), so that marking by
# sentence.find is wrong for some row of this sample; and four more drawn with a seed among the
# articles of 300-1500 characters
MISMARKED = ["2015-08-10:856", "2015-08-10:812", "2015-08-10:1399", "2015-08-10:838"]
SEED, DRAWN = 24, 4
COLS = ("trigger_start", "trigger_end", "sentence_start", "sentence_end")

pytestmark = pytest.mark.skipif(not (NEWS.exists() and EXAMPLE.exists()),
                                reason=f"news day or example not found under {SHARED}")


@pytest.fixture(scope="module")
def docs():
    recs = {r["id"]: r for r in read_records(NEWS)}
    short = sorted(k for k, r in recs.items()
                   if "error" not in r and 300 < len(r["text"] or "") < 1500)
    ids = MISMARKED + random.Random(SEED).sample([k for k in short if k not in MISMARKED], DRAWN)
    pipe = Pipeline()
    out = [pipe.analyze(EXAMPLE.read_text(encoding="utf-8"), id="example",
                        published="2024-09-06")]
    for k in ids:
        r = recs[k]
        out.append(pipe.analyze(r["text"], id=k, title=r.get("title"), published=r.get("published"),
                                outlet=r.get("outlet"), url=r.get("url")))
    return out


@pytest.fixture(scope="module")
def db(docs, tmp_path_factory):
    path = tmp_path_factory.mktemp("offsets") / "s.db"
    with Store(path) as s:
        for d in docs:
            s.put(d)
        s.cluster_stories()  # every article in a story (a single report is its own)
    return path


def _check(event_rows: list[dict], texts: dict[str, str]) -> int:
    """Every row's sentence and trigger slice its article's text; the count of rows whose
    trigger letters stand earlier in the sentence (where sentence.find would mark them)."""
    elsewhere = 0
    for r in event_rows:
        text = texts[r["doc_id"]]
        ss, se, ts, te = (int(r[c]) for c in ("sentence_start", "sentence_end",
                                              "trigger_start", "trigger_end"))
        sentence, trigger = r["sentence"], r["trigger"]
        assert text[ss:se] == sentence, r["event_id"]
        assert text[ts:te] == trigger and ss <= ts < te <= se, r["event_id"]
        at = ts - ss
        assert sentence[at:at + len(trigger)] == trigger, r["event_id"]
        elsewhere += sentence.find(trigger) != at
    return elsewhere


def _export(db: Path, *args: str) -> str:
    res = CliRunner().invoke(app, [*args, "--db", str(db)])
    assert res.exit_code == 0, res.output
    return res.stdout


def _jsonl(s: str) -> list[dict]:
    return [json.loads(line) for line in s.splitlines() if line.strip()]


def test_the_row_places_the_sentence_and_the_trigger_in_the_text(docs):
    got = [r for d in docs for r in rows("events", d)]
    assert len(got) == sum(len(d.events) for d in docs) >= 20
    assert {r["doc_id"] for r in got} >= {"example", *MISMARKED}
    # the case the offsets are for: sentence.find marks another place in some rows
    assert _check(got, {d.id: d.text for d in docs}) >= len(MISMARKED)
    names = EVENTS.names
    assert names[names.index("sentence"):names.index("sentence") + 3] == [
        "sentence", "sentence_start", "sentence_end"]
    assert all(EVENTS.field(c).type == pa.int32() for c in COLS)


def test_khabar_export_and_events_carry_the_offsets(db, docs, tmp_path):
    texts = {r["doc_id"]: r["text"] for r in _jsonl(_export(db, "export", "-t", "articles",
                                                          "-f", "jsonl"))}
    assert len(texts) == len(docs)
    n = sum(len(d.events) for d in docs)
    jsonl = _jsonl(_export(db, "export", "-t", "events", "-f", "jsonl"))
    assert len(jsonl) == n and _check(jsonl, texts) >= len(MISMARKED)
    table = list(csv.DictReader(io.StringIO(_export(db, "export", "-t", "events", "-f", "csv"))))
    assert len(table) == n and _check(table, texts) >= len(MISMARKED)
    out = tmp_path / "e.parquet"
    _export(db, "export", "-t", "events", "-f", "parquet", "-o", str(out))
    t = pq.read_table(out)
    assert t.schema.equals(EVENTS) and _check(t.to_pylist(), texts) >= len(MISMARKED)
    # khabar events: the same rows as the export (in its own order)
    listed = _jsonl(_export(db, "events", "-f", "jsonl", "--limit", "100000"))
    key = {r["event_id"]: r for r in jsonl}
    assert len(listed) == n
    for r in listed:
        assert all(r[c] == key[r["event_id"]][c] for c in COLS)


def test_api_events_carry_the_offsets_in_every_format(db, docs):
    c = TestClient(create_app(db))
    texts = {r["doc_id"]: r["text"] for r in _jsonl(_export(db, "export", "-t", "articles",
                                                          "-f", "jsonl"))}
    n = sum(len(d.events) for d in docs)
    items = c.get("/api/events", params={"limit": 1000}).json()["items"]
    assert len(items) == n and _check(items, texts) >= len(MISMARKED)
    lines = _jsonl(c.get("/api/events", params={"format": "jsonl", "limit": 1000}).text)
    assert len(lines) == n and _check(lines, texts) >= len(MISMARKED)
    table = list(csv.DictReader(io.StringIO(
        c.get("/api/events", params={"format": "csv", "limit": 1000}).text)))
    assert len(table) == n and _check(table, texts) >= len(MISMARKED)
    t = pq.read_table(io.BytesIO(
        c.get("/api/events", params={"format": "parquet", "limit": 1000}).content))
    assert t.schema.equals(EVENTS) and _check(t.to_pylist(), texts) >= len(MISMARKED)


def test_a_store_from_before_schema_15_exports_the_offsets(db, docs, tmp_path, monkeypatch):
    old = tmp_path / "old.db"
    with Store(db, readonly=True) as s:
        s.conn.execute(f"VACUUM INTO '{old}'")
    with Store(old) as s:  # as a store of schema 14 was: no events.sentence_start
        s.conn.execute("ALTER TABLE events DROP COLUMN sentence_start")
        s.conn.execute("PRAGMA user_version = 14")
    want = _jsonl(_export(db, "export", "-t", "events", "-f", "jsonl"))
    texts = {r["doc_id"]: r["text"] for r in _jsonl(_export(db, "export", "-t", "articles",
                                                          "-f", "jsonl"))}
    with monkeypatch.context() as m:  # a store that cannot be written: read as it is
        m.setattr("khabar.store.core.writable", lambda path: False)
        items = TestClient(create_app(old)).get("/api/events",
                                                params={"limit": 1000}).json()["items"]
        assert sorted(({k: v for k, v in r.items() if k != "article_id"} for r in items),
                      key=lambda r: r["event_id"]) == sorted(want, key=lambda r: r["event_id"])
        assert _check(items, texts) >= len(MISMARKED)
        assert _jsonl(_export(old, "export", "-t", "events", "-f", "jsonl")) == want
        with Store(old, readonly=True) as s:  # it was not migrated
            assert s.conn.execute("PRAGMA user_version").fetchone()[0] == 14
            # the store's own events rows have no sentence start: a timeline says null
            timeline = [t for (sid,) in s.conn.execute("SELECT id FROM stories").fetchall()
                        for t in s.timeline(story=sid) if t["kind"] == "event"]
        assert len(timeline) == len(want) and all(
            t["sentence_start"] is None and t["sentence_end"] is None
            and t["trigger_start"] is not None
            for t in timeline)
    with Store(old) as s:  # migrated by rev24's migration (schema 15): the same rows
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == 15
        timeline = [t for (sid,) in s.conn.execute("SELECT id FROM stories").fetchall()
                    for t in s.timeline(story=sid) if t["kind"] == "event"]
        ids = dict(s.conn.execute("SELECT id, doc_id FROM articles").fetchall())
    assert _check_items(timeline, {a: texts[d] for a, d in ids.items()}) >= len(MISMARKED)
    assert _jsonl(_export(old, "export", "-t", "events", "-f", "jsonl")) == want


def _check_items(items: list[dict], texts: dict[int, str]) -> int:
    """As :func:`_check` for the store's rows of an event (``article_id``, ``trigger_text``,
    ``sentence_text``): a story's timeline, a claim."""
    return _check([{**r, "doc_id": r["article_id"], "trigger": r["trigger_text"],
                    "sentence": r["sentence_text"], "event_id": r.get("event_id", r.get("id"))}
                   for r in items], texts)


def test_story_timelines_and_claims_place_the_trigger_and_its_sentence(db, docs):
    # the story timeline's event items and the claims showed trigger_text and sentence_text
    # with no offsets at all (session 24: read from the store's events table)
    with Store(db, readonly=True) as s:
        texts = dict(s.conn.execute("SELECT id, text FROM articles").fetchall())
        stories = [r[0] for r in s.conn.execute("SELECT id FROM stories")]
    c = TestClient(create_app(db))
    items = [t for sid in stories for t in c.get(f"/api/stories/{sid}").json()["timeline"]
             if t["kind"] == "event"]
    assert len(items) == sum(len(d.events) for d in docs)  # every article is in a story
    assert _check_items(items, texts) >= len(MISMARKED)
    claims = c.get("/api/claims", params={"as_of": "2000-01-01", "limit": 100}).json()["items"]
    assert claims and _check_items(claims, texts) == 0
