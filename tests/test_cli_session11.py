"""Fresh-user QA, session 11: inputs that are not one document (a collection given as FILE,
an RSS/Atom feed) get a clear error instead of an analysis of their syntax; a web page in a
batch (also inside a zip) is its article, as one page given as FILE is; a JSON body in no
Unicode encoding is refused with the reason; the command list has one line per command."""

from __future__ import annotations

import json
import zipfile

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app
from khabar.document import Document
from khabar.io.readers import is_feed, read_records
from khabar.pipeline import Pipeline

TEXT = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف بعد توقف دام شهرا."
PAGE = ("<!doctype html><html><head><title>المحادثات</title></head><body><article><p>"
        + TEXT + "</p><p>" + TEXT + "</p></article></body></html>")
FEED = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        '<item><title>عنوان</title><link>http://example.invalid/a</link>'
        "<description>" + TEXT + "</description></item></channel></rss>")

runner = CliRunner()


@pytest.mark.parametrize(("name", "data"), [
    ("docs.jsonl", json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n"),
    ("docs.csv", "id,text\n1," + TEXT + "\n"),
    ("news.json", json.dumps([{"content": TEXT}], ensure_ascii=False)),
])
def test_a_collection_given_as_one_file_is_a_usage_error(tmp_path, name, data):
    # before: the JSON/CSV syntax was analysed as one Arabic document, exit 0
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(path)])
    assert res.exit_code == 2
    assert "--input" in res.stderr and "NotADocument" in res.stderr
    assert res.stdout == ""


def test_a_zip_given_as_one_file_is_a_usage_error(tmp_path):
    # before: «DecodeError: broken UTF-8 … force --encoding»
    path = tmp_path / "day.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", TEXT)
    res = runner.invoke(app, ["analyze", str(path)])
    assert res.exit_code == 2
    assert "--input" in res.stderr and "DecodeError" not in res.stderr


def test_a_feed_given_as_one_file_points_to_ingest(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(FEED, encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(path)])
    assert res.exit_code == 2
    assert "khabar ingest" in res.stderr and "feed" in res.stderr


def test_a_feed_in_a_batch_is_an_error_record(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(FEED, encoding="utf-8")
    (rec,) = read_records(path)
    assert rec["error"]["type"] == "NotADocument"
    assert "khabar ingest" in rec["error"]["message"]


def test_a_page_in_a_batch_is_its_article(tmp_path):
    # before: `khabar analyze --input page.html` analysed the markup, tags and all
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (rec,) = read_records(path)
    assert "<" not in rec["text"] and TEXT in rec["text"]
    assert rec["title"] == "المحادثات"


def test_pages_inside_a_zip_are_their_articles(tmp_path):
    path = tmp_path / "pages.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("p1.htm", PAGE)
        z.writestr("p2.txt", "\ufeff" + PAGE)  # a text member that opens as a page
        z.writestr("empty.html", "<html><body></body></html>")
        z.writestr("plain.txt", TEXT)
    recs = {r["id"]: r for r in read_records(path)}
    assert TEXT in recs["p1"]["text"] and "<" not in recs["p1"]["text"]
    assert TEXT in recs["p2"]["text"] and "<" not in recs["p2"]["text"]
    assert recs["empty"]["error"]["type"] == "NoArticleText"
    assert recs["plain"]["text"] == TEXT


def test_the_batch_writes_the_page_article(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["analyze", "--input", str(page), "--output", str(out),
                              "--no-progress"])
    assert res.exit_code == 0, res.stderr
    (doc,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert doc["title"] == "المحادثات" and "<" not in doc["text"]


@pytest.mark.parametrize(("data", "name", "feed"), [
    (FEED.encode(), "x.xml", True),
    (FEED.encode(), "x.txt", True),  # an XML declaration and an <rss> root
    (b"<rss></rss>", "x.rss", True),
    (b'<?xml version="1.0"?><svg></svg>', "x.xml", False),
    (TEXT.encode(), "x.txt", False),
])
def test_is_feed(data, name, feed):
    assert is_feed(data, name) is feed


def test_every_command_has_a_one_line_summary_in_the_list():
    # before: «relink» and «events» broke their summary mid-sentence in `khabar --help`
    # («fathers'» / «names») and showed ``article_id`` with its RST backticks
    import inspect

    commands = [c.callback for c in app.registered_commands]
    assert len(commands) > 10
    for callback in commands:
        first = inspect.getdoc(callback).split("\n\n")[0]
        assert "\n" not in first and "``" not in first, callback.__name__


class _Bare(Pipeline):
    def __init__(self) -> None:
        super().__init__(["text"], detect_language=False)

    def run(self, doc: Document) -> Document:
        return doc


def test_a_body_in_no_unicode_encoding_says_so():
    # before: 400 «There was an error parsing the body» (tests/test_robust_inputs.py pins
    # the 400)
    client = TestClient(create_app(None, pipeline=_Bare()), raise_server_exceptions=False)
    body = json.dumps({"text": TEXT}, ensure_ascii=False).encode("cp1256")
    r = client.post("/api/analyze", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert r.json()["error"] == "bad_request"
    assert "UTF-8" in r.json()["detail"] and "0xde" in r.json()["detail"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_to_a_missing_directory_is_an_error_not_a_traceback(tmp_path, fmt):
    # before: an uncaught FileNotFoundError (exit 1, a Python traceback)
    from khabar.store import Store

    with Store(tmp_path / "s.db"):
        pass
    out = tmp_path / "no" / "such" / f"events.{fmt}"
    res = runner.invoke(app, ["export", "--db", str(tmp_path / "s.db"), "--format", fmt,
                              "--output", str(out)])
    assert res.exit_code == 2
    assert res.exception is None or isinstance(res.exception, SystemExit)
    assert "cannot write" in res.stderr


def test_export_to_a_directory_is_an_error_not_a_traceback(tmp_path):
    from khabar.store import Store

    with Store(tmp_path / "s.db"):
        pass
    res = runner.invoke(app, ["export", "--db", str(tmp_path / "s.db"), "--format", "csv",
                              "--output", str(tmp_path)])
    assert res.exit_code == 2
    assert res.exception is None or isinstance(res.exception, SystemExit)
    assert "cannot write" in res.stderr


def test_watch_with_a_missing_feeds_file_stops_at_once(tmp_path):
    # before: every round failed on the missing file, forever («survives feed errors»)
    res = runner.invoke(app, ["watch", str(tmp_path / "feeds.txt"), "--db",
                              str(tmp_path / "w.db"), "--interval", "1s", "--max-rounds", "2"])
    assert res.exit_code == 2
    assert "no such file" in res.stderr
    assert not (tmp_path / "w.db").exists()


def test_an_empty_speaker_filter_is_no_filter(tmp_path):
    # before: `/api/quotes?speaker=` matched no quote (an empty form field), while an
    # empty `q` of /api/entities lists all
    client = TestClient(create_app(tmp_path / "q.db", pipeline=_Bare()),
                        raise_server_exceptions=False)
    backend = client.app.state.backend
    doc = Pipeline().analyze("قال الوزير خالد الفيصل: «سنفتتح المشروع غدا».",
                             published="2015-08-10")
    assert doc.quotes
    backend.add(doc)
    every = client.get("/api/quotes").json()
    empty = client.get("/api/quotes", params={"speaker": ""}).json()
    assert every["items"] and empty["items"] == every["items"]
    assert client.get("/api/quotes", params={"speaker": "  "}).json()["items"] == every["items"]
