"""Counts that say what they leave out (session 23, ux23).

- `khabar ingest DIR` passed over the files of types it does not read (`.bin`, `.log`, a
  stray `.out`) without a word unless the directory held nothing else: ux23's bad-input
  batch reported «ingested 7, skipped as duplicate 16, failed 35» and nothing of its 19
  other files. The summary now says «not read: N files of types khabar does not read (.out
  9, …)» and `--report` lists their paths (`not_read`); hidden files stay unlisted.
- `khabar entity` printed «17 statements» for al-Jubeir while `khabar quotes --speaker`
  gave 86: the entity lists hold original articles only (the web page says so; the
  command did not). A note now says how many more the near-duplicate copies repeat.
"""

from __future__ import annotations

import json

from test_store_support import claims_and_texts, light_pipeline
from typer.testing import CliRunner

from khabar.cli import app as cli
from khabar.ingest import Ingestor
from khabar.store import Store

TEXT = "قال وزير الخارجية إن المملكة تدعم الحل السياسي في اليمن وتساند الحكومة الشرعية.\n"


def _folder(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(TEXT, encoding="utf-8")
    (d / "b.bin").write_bytes(b"\x00\x01\x02")
    (d / "notes.log").write_text("log", encoding="utf-8")
    (d / "sub" / "c.log").write_text("log", encoding="utf-8")
    (d / ".DS_Store").write_bytes(b"\x00")
    return d


def test_ingest_summary_and_report_name_the_files_not_read(tmp_path):
    d = _folder(tmp_path)
    r = CliRunner().invoke(cli, ["ingest", str(d), "--db", str(tmp_path / "s.db"), "--stages",
                                 "text", "--no-progress", "--report", str(tmp_path / "r.json")])
    assert r.exit_code == 0, r.output
    assert "ingested 1, updated 0, skipped as duplicate 0, failed 0" in r.stderr
    assert "not read: 3 files of types khabar does not read (.log 2, .bin 1); it reads .json" in r.stderr
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert sorted(report["not_read"]) == sorted(str(d / n) for n in ("b.bin", "notes.log", "sub/c.log"))
    assert report["failed"] == 0


def test_a_folder_of_readable_files_only_says_nothing_more(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(cli, ["ingest", str(d), "--db", str(tmp_path / "s.db"), "--stages",
                                 "text", "--no-progress", "--report", str(tmp_path / "r.json")])
    assert r.exit_code == 0 and "not read" not in r.stderr
    assert json.loads((tmp_path / "r.json").read_text())["not_read"] == []


def test_the_summary_keeps_the_files_not_read_of_every_input(tmp_path):
    d = _folder(tmp_path)
    only = tmp_path / "only"
    only.mkdir()
    (only / "x.pdf").write_bytes(b"%PDF")
    with Store(tmp_path / "s.db") as store:
        summary = Ingestor(store, light_pipeline()).ingest([str(d), str(only)])
    assert summary.ingested == 1 and len(summary.not_read) == 4
    # a folder of such files only is still a failure that says why, as before
    assert [f.reason[:40] for f in summary.failed] == ["no articles in this directory: 1 files o"]


def test_entity_note_counts_what_the_copies_repeat(tmp_path):
    path = tmp_path / "q.db"
    ids = claims_and_texts(path, {})
    with Store(path) as s:  # Farhad's one statement is in a near-duplicate copy
        s.conn.execute("UPDATE articles SET dup_of = ? WHERE id = ?", (ids["sudani"], ids["farhad"]))
    r = CliRunner().invoke(cli, ["entity", "فرهاد علاء الدين", "--db", str(path)])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["quotes"] == [] and data["copies"]["quotes"] == 1
    assert "0 statements" in r.stderr
    assert (f"note: of original articles only; near-duplicate copies repeat 1 statement more "
            f"(khabar quotes --speaker {data['id']}, khabar events --actor {data['id']}") in r.stderr
    quotes = CliRunner().invoke(cli, ["quotes", "--speaker", str(data["id"]), "--db", str(path)])
    assert len(json.loads(quotes.stdout)) == 1  # the command the note names lists it
    r = CliRunner().invoke(cli, ["entity", "محمد السوداني", "--db", str(path)])
    assert "1 statements" in r.stderr and "near-duplicate copies repeat" not in r.stderr
