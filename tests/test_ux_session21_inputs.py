"""A record that names its text by a file beside it (session 21, ux21; khabar.io.sidecar).

The shipped example is a text file and a metadata record ``{"id", "file", "published", …}``
without ``text``: `khabar ingest ../shared/examples/` stored the text without its dateline and
failed the record («RecordError: missing 'text'»). A record read from a JSON or JSON Lines
file on disk now takes the text of the file its ``file`` names in that file's folder.
"""

from __future__ import annotations

import json
import zipfile

from typer.testing import CliRunner

from khabar.cli import app as cli
from khabar.io.readers import read_records
from khabar.store import Store

TEXT = "قال وزير الخارجية اليوم الجمعة إن الاتفاق سيعلن الأسبوع المقبل."


def _example(folder, **extra) -> None:
    (folder / "art.txt").write_text(TEXT, encoding="utf-8")
    meta = {"id": "art", "file": "art.txt", "published": "2024-09-06", "outlet": None, **extra}
    (folder / "art.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def test_a_record_takes_the_text_of_the_file_it_names(tmp_path):
    _example(tmp_path)
    (rec,) = read_records(tmp_path / "art.json")
    assert rec["text"] == TEXT and rec["published"] == "2024-09-06" and rec["id"] == "art"
    (tmp_path / "w.txt").write_bytes(TEXT.encode("cp1256"))  # decoded as any text file
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "w", "file": "w.txt"}) + "\n" + json.dumps({"id": "t", "text": "نص"})
        + "\n", encoding="utf-8")
    assert [r.get("text") for r in read_records(tmp_path / "b.jsonl")] == [TEXT, "نص"]


def test_text_wins_and_a_record_without_either_is_still_an_error(tmp_path):
    _example(tmp_path)
    (tmp_path / "both.json").write_text(json.dumps({"text": "نص آخر", "file": "art.txt"}))
    assert next(read_records(tmp_path / "both.json"))["text"] == "نص آخر"
    (tmp_path / "none.json").write_text(json.dumps({"id": "x", "published": "2024-09-06"}))
    assert next(read_records(tmp_path / "none.json"))["error"]["message"] == "missing 'text'"


def test_a_file_it_cannot_read_is_an_error_record_naming_why(tmp_path):
    sub = tmp_path / "sub"
    sub.mkdir()
    (tmp_path / "secret.txt").write_text("x")
    (sub / "bad.jsonl").write_text("\n".join(json.dumps(r) for r in (
        {"id": "gone", "file": "nosuch.txt"}, {"id": "up", "file": "../secret.txt"},
        {"id": "abs", "file": str(tmp_path / "secret.txt")}, {"id": "num", "file": 5},
    )) + "\n")
    errors = {r["id"]: r["error"]["message"] for r in read_records(sub / "bad.jsonl")}
    assert "not found" in errors["gone"]
    assert "outside the folder" in errors["up"] and "outside the folder" in errors["abs"]
    assert "must name a text file" in errors["num"]


def test_inside_a_zip_the_file_is_not_followed(tmp_path):
    _example(tmp_path)
    with zipfile.ZipFile(tmp_path / "z.zip", "w") as z:
        z.write(tmp_path / "art.json", "art.json")
        z.write(tmp_path / "art.txt", "art.txt")
    recs = list(read_records(tmp_path / "z.zip"))
    errors = [r["error"]["message"] for r in recs if "error" in r]
    assert len(errors) == 1 and "not inside a zip" in errors[0]
    assert [r["text"] for r in recs if "error" not in r] == [TEXT]  # the member itself


def test_ingest_of_the_folder_stores_the_dated_article_once(tmp_path):
    folder = tmp_path / "ex"
    folder.mkdir()
    _example(folder)
    db = tmp_path / "s.db"
    r = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--no-progress",
                                 "--stages", "text"])
    assert r.exit_code == 0, r.output
    assert "ingested 1" in r.output and "skipped as duplicate 1" in r.output
    assert "failed 0" in r.output
    with Store(db, readonly=True) as s:
        (row,) = s.list_articles()
        assert row["published"] == "2024-09-06" and row["source_id"] == "art"


def test_analyze_input_reads_the_record(tmp_path):
    _example(tmp_path)
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(cli, ["analyze", "--input", str(tmp_path / "art.json"), "--output",
                                 str(out), "--no-progress"])
    assert r.exit_code == 0, r.output
    (doc,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert doc["text"] == TEXT and doc["published"] == "2024-09-06"
    assert any(t["value"] == "2024-W37" for t in doc["times"])  # anchored on the dateline


def test_an_undecodable_file_points_to_encoding(tmp_path):
    """`khabar analyze latin1.txt` said «not UTF-8 …, not UTF-16 and not Windows-1256 Arabic
    text» without naming --encoding, the option that reads it."""
    (tmp_path / "l.txt").write_bytes("café résumé naïve".encode("latin-1"))
    (tmp_path / "n.bin").write_bytes(bytes(range(256)) * 4)  # binary: no such hint
    r = CliRunner().invoke(cli, ["analyze", str(tmp_path / "l.txt")])
    assert r.exit_code == 2 and "DecodeError" in r.stderr and "--encoding" in r.stderr
    r = CliRunner().invoke(cli, ["analyze", str(tmp_path / "n.bin")])
    assert r.exit_code == 2 and "DecodeError" in r.stderr and "--encoding" not in r.stderr
    r = CliRunner().invoke(cli, ["analyze", str(tmp_path / "l.txt"), "--encoding", "latin-1"])
    assert r.exit_code == 0 and json.loads(r.stdout)["text"] == "café résumé naïve"


def test_json_lines_posted_as_a_batch_body_say_what_the_batch_takes(tmp_path):
    from fastapi.testclient import TestClient

    from khabar.api import create_app

    c = TestClient(create_app(tmp_path / "a.db", api_key="k"))
    lines = "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in ("نص أول", "نص ثان"))
    r = c.post("/api/articles/batch", content=lines.encode(), headers={
        "content-type": "application/json", "authorization": "Bearer k"})
    assert r.status_code == 422
    msg = r.json()["detail"][0]["message"]
    assert msg.startswith("malformed JSON: Extra data") and '{"articles": [' in msg
    r = c.post("/api/analyze", content=b'{"text": "abc', headers={"content-type": "application/json"})
    assert r.status_code == 422 and "JSON Lines" not in r.json()["detail"][0]["message"]


NAV_ONLY = "<html><head><title>x</title></head><body><nav>الرئيسية</nav></body></html>"
LINKS_ONLY = ("<html><body><header><a href=/>الرئيسية</a> <a href=/a>أخبار</a></header>"
              "<footer>جميع الحقوق محفوظة</footer></body></html>")


def test_a_page_of_menus_has_no_article_text():
    """`khabar ingest noarticle.html` stored «الرئيسية» (8 characters) as an article: trafilatura
    falls back to the menu when a page has nothing else (khabar.ingest.chrome)."""
    from khabar.ingest.sources import Failure, from_html

    for page in (NAV_ONLY, LINKS_ONLY):
        got = from_html(page, url=None, source="p.html")
        assert isinstance(got, Failure) and "only its navigation" in got.reason
    # an article beside a menu, a page without chrome, a line also in the body: kept
    kept = ("<html><body><nav>الرئيسية</nav><article><p>قال الوزير اليوم إن المملكة ستدعم "
            "اليمن.</p></article></body></html>",
            "<html><body><p>قال الوزير اليوم.</p></body></html>",
            "<html><body><nav>الرئيسية</nav><p>الرئيسية</p></body></html>",
            "<html><body><nav>" + "قال الوزير اليوم إن الاتفاق اكتمل. " * 20 + "</nav></body></html>")
    for page in kept:
        assert not isinstance(from_html(page, url=None, source="p.html"), Failure), page[:60]


def test_analyze_and_ingest_refuse_a_page_of_menus(tmp_path):
    (tmp_path / "nav.html").write_text(NAV_ONLY, encoding="utf-8")
    r = CliRunner().invoke(cli, ["analyze", str(tmp_path / "nav.html")])
    assert r.exit_code == 2 and "no article text found in the HTML" in r.stderr
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nav.html"), "--db",
                                 str(tmp_path / "s.db"), "--no-progress"])
    assert "ingested 0" in r.output and "only its navigation" in r.output
