"""Batch analysis: one output line per input line, in order; bad records never stop it."""

from __future__ import annotations

import json
import zipfile

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.commands.analyze import run_batch
from khabar.io.readers import read_records

GOOD = "قال الرئيس العراقي إن القوات الأمريكية ستغادر البلاد."


def _lines(tmp_path):
    return [
        json.dumps({"id": "ok-1", "text": GOOD, "published": "2024-09-06", "outlet": "واس"},
                   ensure_ascii=False).encode(),
        b"{not json",
        json.dumps({"id": "no-text"}).encode(),
        b"",
        json.dumps({"id": "too-big", "text": "ا" * 5000}).encode(),
        "\ufeff".encode() + b"[1, 2]",
        b'{"id": "bad-bytes", "text": "\xff\xfe"}',
        json.dumps({"id": 7, "text": 42}).encode(),
        json.dumps({"id": "ok-2", "text": "The talks will continue next week in Baghdad."}).encode(),
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_malformed_lines_yield_exactly_one_record_each(tmp_path, workers):
    src = tmp_path / "docs.jsonl"
    src.write_bytes(b"\n".join(_lines(tmp_path)) + b"\n")
    out = tmp_path / "out.jsonl"
    stats = run_batch(str(src), str(out), workers=workers, max_chars=1000, progress=False)
    rows = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert len(rows) == 9 and stats == {"records": 9, "errors": 7}
    assert [r["id"] for r in rows] == [
        "ok-1", "docs-2", "no-text", "docs-4", "too-big", "docs-6", "docs-7", "7", "ok-2"]
    errors = {r["id"]: r["error"]["type"] for r in rows if "error" in r}
    assert errors == {
        "docs-2": "RecordError", "no-text": "RecordError", "docs-4": "RecordError",
        "too-big": "DocumentTooLarge", "docs-6": "RecordError", "docs-7": "DecodeError",
        "7": "RecordError",
    }
    assert all(r["error"]["message"] for r in rows if "error" in r)
    first = rows[0]
    assert first["published"] == "2024-09-06" and first["outlet"] == "واس"
    assert first["language"] == "ar" and first["sentences"]
    assert rows[-1]["language"] == "en"


def test_news_format_zipped_and_plain(tmp_path):
    articles = [
        {"source": "alriyadh", "url": "http://example.org/1", "date_extracted": "2015-08-10 18:52:49",
         "title": "عنوان", "author": "", "content": GOOD},
        {"source": "was", "url": "http://example.org/2", "date_extracted": "2015-08-09 01:00:00",
         "title": "t", "content": None},
    ]
    plain = tmp_path / "day.json"
    plain.write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    zipped = tmp_path / "day.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        z.write(plain, "day.json")
    for path in (plain, zipped):
        recs = list(read_records(path))
        assert recs[0] == {"id": "day:0", "text": GOOD, "title": "عنوان", "published": "2015-08-10",
                           "outlet": "alriyadh", "url": "http://example.org/1",
                           "published_at": "2015-08-10T18:52:49"}
        assert recs[1]["id"] == "day:1" and recs[1]["error"]["type"] == "RecordError"
    out = tmp_path / "out.jsonl"
    run_batch(str(zipped), str(out), progress=False)
    rows = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert len(rows) == 2 and rows[0]["outlet"] == "alriyadh" and "error" in rows[1]


def test_plain_text_with_stray_tags_does_not_crash(tmp_path):
    src = tmp_path / "docs.jsonl"
    text = "<p>قال الوزير <b>إن</b> الاجتماع</div> سيعقد غدا.<br>< / > <<script>"
    src.write_text(json.dumps({"id": "html", "text": text}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    run_batch(str(src), str(out), progress=False)
    row = orjson.loads(out.read_bytes())
    assert row["text"] == text and row["tokens"]
    for tok in row["tokens"]:
        assert text[tok["start"] : tok["end"]] == tok["text"]


def test_crlf_no_final_newline_and_counting(tmp_path):
    from khabar.io.readers import count_records

    src = tmp_path / "crlf.jsonl"
    src.write_bytes(b'{"id": "a", "text": "\xd9\x86\xd8\xb5"}\r\n\r\n{"id": "b", "text": "x"}')
    recs = list(read_records(src))
    assert [r["id"] for r in recs] == ["a", "crlf-2", "b"]
    assert recs[0]["text"] == "نص" and "error" in recs[1]
    assert count_records(src) == 3


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=40).map(lambda b: bytes(c for c in b if c in b"ab \r\n{}")))
def test_streamed_lines_equal_whole_file_lines(data):
    import io

    from khabar.io.readers import byte_lines, stream_lines

    assert list(stream_lines(io.BytesIO(data))) == byte_lines(data)


def test_timeout_turns_a_stuck_record_into_an_error_record(tmp_path, monkeypatch):
    import time

    from khabar.pipeline import Pipeline

    original = Pipeline.analyze

    def analyze(self, text, **meta):
        if text == "STUCK":
            time.sleep(60)  # stands for a stage that blows up on hostile text
        return original(self, text, **meta)

    monkeypatch.setattr(Pipeline, "analyze", analyze)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "stuck", "text": "STUCK"}) + "\n"
                   + json.dumps({"id": "ok", "text": GOOD}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    stats = run_batch(str(src), str(out), workers=1, progress=False, timeout=0.5)
    rows = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert stats == {"records": 2, "errors": 1}
    assert rows[0]["id"] == "stuck" and rows[0]["error"]["type"] == "Timeout"
    assert rows[1]["id"] == "ok" and rows[1]["language"] == "ar"


def test_repeated_ids_are_reported(tmp_path):
    from typer.testing import CliRunner

    from khabar.cli import app

    src = tmp_path / "docs.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": "قال الوزير إن الاجتماع غدا."})
                             for i in ("a", "b", "a", "c", "b")) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    stats = run_batch(str(src), str(out), progress=False)
    assert stats == {"records": 5, "errors": 0, "duplicate_ids": ["a", "b"]}
    res = CliRunner().invoke(app, ["analyze", "--input", str(src), "--output", str(out),
                                   "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "warning: 2 records repeat an id met before ('a', 'b')" in res.stderr
