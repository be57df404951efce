"""Ingest: collections without duplicates, crash safety, bad records, directories."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import zlib
from pathlib import Path

from test_store_support import REPO, light_pipeline, news_articles, write_news_zip

from khabar.document import from_json
from khabar.ingest import Ingestor
from khabar.store import Store


def test_same_zip_twice_yields_no_duplicates(tmp_path):
    items = news_articles(25)
    # A copy of one article under another URL: a duplicate by content.
    items.append({**items[3], "url": items[3]["url"] + "?utm=copy"})
    z = write_news_zip(tmp_path / "day.zip", items)
    with Store(tmp_path / "s.db") as store:
        ing = Ingestor(store, light_pipeline())
        first = ing.ingest([str(z)])
        assert (first.ingested, first.duplicates, len(first.failed)) == (25, 1, 0)
        second = ing.ingest([str(z)])
        assert (second.ingested, second.updated, second.duplicates) == (0, 0, 26)
        assert store.count() == 25
        urls = [r[0] for r in store.conn.execute("SELECT url FROM articles")]
        assert len(urls) == len(set(urls)) == 25
        art = store.list_articles(limit=1, outlet=items[0]["source"])[0]
        assert art["published"] == "2015-08-10"


def test_bad_records_never_stop_an_ingest(tmp_path):
    good = news_articles(3)
    lines = [json.dumps({"text": good[0]["content"], "url": good[0]["url"]}, ensure_ascii=False),
             "{not json",
             json.dumps({"title": "no text"}),
             "",
             json.dumps({"text": "   ", "url": "http://x/empty"}),
             json.dumps({"content": good[1]["content"], "source": "was"}, ensure_ascii=False)]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        summary = Ingestor(store, light_pipeline()).ingest([str(path), str(tmp_path / "missing.json")])
    assert summary.ingested == 2
    # every input line that is not an article is a failure with a reason, plus the missing file
    assert len(summary.failed) == 5
    reasons = " | ".join(f.reason for f in summary.failed)
    assert "malformed JSON" in reasons and "missing 'text'" in reasons
    assert "empty article text" in reasons and "no such file" in reasons


def test_directory_of_text_html_and_json(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    arts = news_articles(3)
    (src / "one.txt").write_text(arts[0]["content"], encoding="utf-8")
    (src / "sub" / "two.txt").write_bytes(arts[1]["content"].encode("cp1256", errors="ignore"))
    (src / "three.html").write_text(
        f"<html><head><title>{arts[2]['title']}</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in arts[2]["content"].split("\n") if p.strip())
        + "</article></body></html>", encoding="utf-8")
    (src / "ignored.bin").write_bytes(b"\x00\x01")
    with Store(tmp_path / "s.db") as store:
        summary = Ingestor(store, light_pipeline()).ingest([str(src)])
        assert (summary.ingested, len(summary.failed)) == (3, 0), summary.failed
        html = [a for a in store.list_articles() if a["title"] == arts[2]["title"]]
        assert len(html) == 1


_SLOW_INGEST = textwrap.dedent("""
    import sys, time
    from khabar.ingest import Ingestor
    from khabar.pipeline import Pipeline
    from khabar.store import Store

    class Slow(Pipeline):
        def analyze(self, text, **kw):
            time.sleep(0.03)
            return super().analyze(text, **kw)

    with Store(sys.argv[2]) as store:
        Ingestor(store, Slow(stages=["text"], detect_language=False)).ingest([sys.argv[1]])
    print("finished")
""")


def test_killed_ingest_restarts_with_every_article_exactly_once(tmp_path):
    items = news_articles(50, start=100)
    z = write_news_zip(tmp_path / "day.zip", items)
    db = tmp_path / "s.db"
    script = tmp_path / "slow_ingest.py"
    script.write_text(_SLOW_INGEST, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen([sys.executable, str(script), str(z), str(db)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stored = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                conn = sqlite3.connect(db, timeout=5)
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:
                continue
            if stored >= 10:
                break
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    with Store(db) as store:
        before = store.count()
        assert 10 <= before < 50
        summary = Ingestor(store, light_pipeline()).ingest([str(z)])
        assert summary.duplicates == before and summary.ingested == 50 - before
        assert not summary.failed
        assert store.count() == 50
        conn = store.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        urls = [r[0] for r in conn.execute("SELECT url FROM articles")]
        assert sorted(urls) == sorted(i["url"] for i in items)
        # every article is complete: document JSON, text and index entry
        for art_id, blob, text in conn.execute("SELECT id, doc_json, text FROM articles"):
            assert from_json(zlib.decompress(blob)).text == text
            assert conn.execute("SELECT count(*) FROM articles_fts WHERE rowid = ?",
                                (art_id,)).fetchone()[0] == 1


def test_cli_ingest_prints_summary(tmp_path):
    z = write_news_zip(tmp_path / "day.zip", news_articles(5) + [{"source": "x", "url": "u"}])
    db = tmp_path / "s.db"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    khabar = str(Path(sys.executable).with_name("khabar"))
    cmd = [khabar, "ingest", str(z), "--db", str(db),
           "--stages", "text", "--no-progress", "--report", str(tmp_path / "r.json")]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "ingested 5, updated 0, skipped as duplicate 0, failed 1" in out.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["failed"] == 1 and "missing 'text'" in report["failures"][0]["reason"]


def test_reanalyze_replaces_layers_of_older_versions(tmp_path):
    items = news_articles(4, start=50)
    z = write_news_zip(tmp_path / "day.zip", items)
    with Store(tmp_path / "s.db") as store:
        Ingestor(store, light_pipeline()).ingest([str(z)])
        store.conn.execute("UPDATE articles SET pipeline_version = '0.0.1' WHERE id <= 2")
        summary = Ingestor(store, light_pipeline()).reanalyze()
        assert (summary.updated, summary.duplicates, len(summary.failed)) == (2, 2, 0)
        versions = {r[0] for r in store.conn.execute("SELECT pipeline_version FROM articles")}
        assert versions == {light_pipeline().analyze("نص").pipeline_version}
        assert store.count() == 4
        assert Ingestor(store, light_pipeline()).reanalyze(everything=True).updated == 4
        assert store.count() == 4 and store.stats()["articles"] == 4


def test_corrupt_zip_is_a_failure_not_a_crash(tmp_path):
    good = write_news_zip(tmp_path / "good.zip", news_articles(2, start=900))
    data = good.read_bytes()
    bad = tmp_path / "bad.zip"
    bad.write_bytes(data[: len(data) // 2] + b"\x00" * 100 + data[-22:])  # mangled member data
    with Store(tmp_path / "s.db") as store:
        summary = Ingestor(store, light_pipeline()).ingest([str(bad), str(good)])
    assert summary.ingested == 2
    (failure,) = summary.failed  # a clear reason, and the next input goes on
    assert failure.source == f"{bad}:bad" and "not a readable zip archive" in failure.reason


def test_default_dateline_for_undated_files(tmp_path):
    (tmp_path / "a.txt").write_text(news_articles(1, start=30)[0]["content"], encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        Ingestor(store, light_pipeline(), default_published="2024-09-06").ingest([str(tmp_path / "a.txt")])
        assert store.list_articles()[0]["published"] == "2024-09-06"


def test_parallel_workers_store_the_same_articles(tmp_path):
    items = news_articles(20, start=300)
    items.append({**items[0], "url": "http://copy/0"})
    items.append({"source": "x", "url": "http://bad/1", "title": "no content"})
    z = write_news_zip(tmp_path / "day.zip", items)
    seen = []
    with Store(tmp_path / "par.db") as par:
        ing = Ingestor(par, light_pipeline(), workers=2, on_item=lambda st, src: seen.append(st))
        summary = ing.ingest([str(z)])
        assert (summary.ingested, summary.duplicates, len(summary.failed)) == (20, 1, 1)
        assert len(seen) == 22
        docs = {d.url: d for d in par.iter_documents()}
    with Store(tmp_path / "seq.db") as seq:
        Ingestor(seq, light_pipeline()).ingest([str(z)])
        for d in seq.iter_documents():
            assert docs[d.url].tokens == d.tokens and docs[d.url].sentences == d.sentences


def test_worker_that_cannot_start_fails_the_input_instead_of_hanging(tmp_path):
    from types import SimpleNamespace

    from khabar.pipeline import Pipeline

    z = write_news_zip(tmp_path / "day.zip", news_articles(3, start=700))
    broken = Pipeline(stages=["text"], detect_language=False)
    broken.stages = [*broken.stages, SimpleNamespace(name="no-such-stage")]  # workers rebuild it
    with Store(tmp_path / "s.db") as store:
        summary = Ingestor(store, broken, workers=2).ingest([str(z)])
    assert summary.ingested == 0
    (failure,) = summary.failed
    assert failure.source == str(z) and "BrokenProcessPool" in failure.reason


def test_news_zip_keeps_the_time_of_date_extracted_to_pick_the_earliest_copy(tmp_path):
    """Two copies of one wire story on the same day: the later one comes first in the zip,
    yet the earlier (by the time in ``date_extracted``) is the original."""
    wire = max(news_articles(20, start=300), key=lambda a: len(a["content"]))
    words = wire["content"].split()
    late = {**wire, "url": "http://late/1", "source": "late", "date_extracted": "2015-08-10 18:52:49",
            "content": "وكالات – " + " ".join(words[:-3])}
    early = {**wire, "url": "http://early/1", "source": "early",
             "date_extracted": "2015-08-10 09:05:00"}
    z = write_news_zip(tmp_path / "day.zip", [late, early])
    with Store(tmp_path / "s.db") as store:
        Ingestor(store, light_pipeline()).ingest([str(z)])
        rows = {r["outlet"]: r for r in store.conn.execute(
            "SELECT id, outlet, published, published_at FROM articles")}
        assert rows["late"]["published_at"] == "2015-08-10T18:52:49"
        assert rows["early"]["published"] == "2015-08-10"
        (group,) = store.dedupe()
        assert group == [rows["early"]["id"], rows["late"]["id"]]
        dup_of = dict(store.conn.execute("SELECT outlet, dup_of FROM articles"))
        assert dup_of == {"early": None, "late": rows["early"]["id"]}


def test_reader_timestamps():
    from khabar.io.readers import normalize_record, timestamp

    rec = normalize_record({"content": "نص", "date_extracted": "2015-08-10 18:52:49"}, "x")
    assert (rec["published"], rec["published_at"]) == ("2015-08-10", "2015-08-10T18:52:49")
    assert "published_at" not in normalize_record({"text": "نص", "published": "2015-08-10"}, "x")
    rec = normalize_record({"text": "نص", "published": "2024-09-06",
                            "published_at": "2024-09-06T07:30:00+03:00"}, "x")
    assert rec["published_at"] == "2024-09-06T07:30:00+03:00"
    assert timestamp("2015-08-10T18:52") == "2015-08-10T18:52"
    assert timestamp("2015-08-10 18:52:49.5 Z") == "2015-08-10T18:52:49.5Z"
    assert timestamp("10/08/2015 18:52") is None and timestamp(None) is None


def test_an_input_with_no_articles_is_reported_not_silent(tmp_path):
    """An empty JSON Lines file, an empty directory or one of only unreadable types used
    to end as 'ingested 0, failed 0'; each is now a failure that says why."""
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "nothing").mkdir()
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.odt").write_text("a,b\n", encoding="utf-8")
    (other / ".hidden.json").write_text("[]", encoding="utf-8")
    z = write_news_zip(tmp_path / "day.zip", news_articles(2))
    with Store(tmp_path / "s.db") as store:
        ing = Ingestor(store, light_pipeline())
        inputs = [tmp_path / "empty.jsonl", tmp_path / "nothing", other, z]
        summary = ing.ingest([str(p) for p in inputs])
        reasons = {Path(f.source).name: f.reason for f in summary.failed}
        assert summary.ingested == 2 and set(reasons) == {"empty.jsonl", "nothing", "other"}
        assert "empty" in reasons["empty.jsonl"] and "no files" in reasons["nothing"]
        assert "1 files of types khabar does not read (.odt)" in reasons["other"]
        again = ing.ingest([str(z)])  # every article already stored: duplicates, no failure
        assert (again.duplicates, again.failed) == (2, [])


def test_record_ids_are_kept_as_source_id_and_found(tmp_path):
    # ingest keys articles by content hash (doc_id); the id the record gave was dropped, so
    # store exports disagreed with Spark / analyze --input and the id could not be looked up.
    from khabar.export.tables import rows

    src = tmp_path / "in.jsonl"
    recs = [{"id": "wire-7", "text": "قال الوزير إن الاجتماع ناجح.", "published": "2015-08-10"},
            {"id": 42, "text": "وصل الرئيس إلى الرياض في زيارة رسمية.", "published": "2015-08-10"}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ing = Ingestor(store, light_pipeline())
        assert ing.ingest([str(src)]).ingested == 2
        art = store.get_article("wire-7", document=False)
        assert art is not None and art["source_id"] == "wire-7" and art["doc_id"] != "wire-7"
        (listed,) = store.list_articles(source_id="42")
        assert listed["source_id"] == "42" and store.count(source_id="42") == 1
        exported = {r["source_id"] for doc, sid in store.iter_sourced_documents()
                    for r in rows("articles", doc, sid)}
        assert exported == {"wire-7", "42"}
        # A store filled before source ids: ingesting the input again fills them in.
        store.conn.execute("UPDATE articles SET source_id = NULL")
        assert ing.ingest([str(src)]).duplicates == 2
        assert store.get_article("wire-7", document=False)["source_id"] == "wire-7"
    # Spark and analyze --input: the record id is the doc_id, and the source_id too.
    doc = light_pipeline().analyze(recs[0]["text"], id="wire-7")
    assert rows("articles", doc)[0]["source_id"] == "wire-7"


def test_a_directory_ingest_reads_csv_and_tsv_tables_too(tmp_path):
    good = news_articles(3)
    folder = tmp_path / "in"
    folder.mkdir()
    rows = ["url,text"] + [f'{a["url"]},"{a["content"]}"' for a in good[:2]]
    (folder / "a.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    clean = good[2]["content"].replace("\t", " ").replace("\n", " ")
    (folder / "b.tsv").write_text(f"url\ttext\n{good[2]['url']}\t{clean}\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        summary = Ingestor(store, light_pipeline()).ingest([str(folder)])
        assert (summary.ingested, len(summary.failed)) == (3, 0), summary.failed
        assert store.count() == 3
