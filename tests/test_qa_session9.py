"""Fresh-user QA of session 9: CSV/TSV batches, a BOM inside JSON Lines, batch-only flags."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from khabar.cli import app as cli_app
from khabar.io.readers import read_records

AR = "قال الوزير، في بيان صدر في بغداد:\n\"نحن هنا\""


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_a_csv_table_gives_one_record_per_row_with_quoted_arabic(tmp_path: Path) -> None:
    quoted = AR.replace('"', '""')
    path = _write(tmp_path / "docs.csv",
                  f'id,title,published,text\nx1,"عنوان، ثانٍ, أول",2015-08-10,"{quoted}"\n'
                  f"x2,ب,,نص ثان\n", "utf-8-sig")
    recs = list(read_records(path))
    assert [r["id"] for r in recs] == ["x1", "x2"]
    assert recs[0]["text"] == AR
    assert recs[0]["title"] == "عنوان، ثانٍ, أول"
    assert recs[0]["published"] == "2015-08-10"
    assert recs[1]["text"] == "نص ثان" and recs[1]["published"] is None


def test_a_csv_without_a_text_column_is_one_error_naming_its_columns(tmp_path: Path) -> None:
    path = _write(tmp_path / "docs.csv", "id,title\n1,عنوان\n2,آخر\n")
    recs = list(read_records(path))
    assert len(recs) == 1
    err = recs[0]["error"]
    assert err["type"] == "RecordError"
    assert "'text'" in err["message"] and "id, title" in err["message"]


def test_a_bad_csv_row_is_an_error_record_and_the_table_goes_on(tmp_path: Path) -> None:
    path = _write(tmp_path / "docs.csv", "id,text,title\n1,نص أول,أ\n2,ناقص\n\n4,نص رابع,د\n")
    recs = list(read_records(path))
    assert len(recs) == 4
    assert recs[0]["text"] == "نص أول"
    assert "row 2 has 2 fields" in recs[1]["error"]["message"]
    assert "row 3 is empty" in recs[2]["error"]["message"]
    assert recs[3]["id"] == "4" and recs[3]["text"] == "نص رابع"


def test_a_windows_1256_tsv_and_a_csv_in_a_zip(tmp_path: Path) -> None:
    tsv = _write(tmp_path / "docs.tsv", "id\ttext\nt1\tقال الوزير في بغداد\n", "cp1256")
    assert [(r["id"], r["text"]) for r in read_records(tsv)] == [("t1", "قال الوزير في بغداد")]
    zpath = tmp_path / "docs.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        z.writestr("a.csv", "content,source\nنص الخبر,واس\n".encode())
        z.writestr("b.bin", b"\x89PNG\r\n\x1a\n\x00\xff\xfe\x00")
    recs = list(read_records(zpath))
    assert recs[0] == {"id": "a:1", "text": "نص الخبر", "title": None, "published": None,
                       "outlet": "واس", "url": None}
    assert recs[1]["id"] == "b" and recs[1]["error"]["type"] == "DecodeError"


def test_a_bom_at_the_start_of_a_later_json_line_is_not_an_error(tmp_path: Path) -> None:
    # two UTF-8-with-BOM files concatenated: the second file's BOM starts line 2
    one = json.dumps({"id": "a", "text": "نص أول"}, ensure_ascii=False)
    two = json.dumps({"id": "b", "text": "نص ثان"}, ensure_ascii=False)
    path = tmp_path / "docs.jsonl"
    path.write_bytes(("\ufeff" + one + "\n" + "\ufeff" + two + "\n").encode())
    recs = list(read_records(path))
    assert [(r["id"], r.get("text")) for r in recs] == [("a", "نص أول"), ("b", "نص ثان")]


def test_batch_cli_reads_a_csv_and_writes_one_line_per_row(tmp_path: Path) -> None:
    path = _write(tmp_path / "docs.csv", "id,text\n1,قال الوزير إن 5 جنود قتلوا في بغداد.\n2,\n")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(cli_app, ["analyze", "--input", str(path), "--output", str(out),
                                       "--no-progress"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in lines] == ["1", "2"]
    assert lines[0]["text"].startswith("قال الوزير") and "error" not in lines[0]
    assert lines[1]["error"]["type"] == "EmptyText"


def test_single_document_flags_with_a_batch_are_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "نص"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for flags in (["--published", "2015-08-10"], ["--encoding", "cp1256"], ["--format", "text"],
                  ["--outlet", "واس"]):
        res = CliRunner().invoke(cli_app, ["analyze", "--input", str(path), "--output", str(out),
                                           "--no-progress", *flags])
        assert res.exit_code == 2, (flags, res.output)
        assert flags[0] in res.output
        assert not out.exists()


def test_ner_conll_reads_windows_1256_and_utf16_like_analyze(tmp_path: Path) -> None:
    rows = "قال O\nجون B-PERS\nكيري I-PERS\n\nفي O\nبغداد B-LOC\n"
    utf8 = _write(tmp_path / "a.conll", rows)
    want = CliRunner().invoke(cli_app, ["ner", "--conll", str(utf8)])
    assert want.exit_code == 0, want.output
    for enc in ("cp1256", "utf-16"):
        path = _write(tmp_path / f"{enc}.conll", rows.replace("\n", "\r\n"), enc)
        res = CliRunner().invoke(cli_app, ["ner", "--conll", str(path)])
        assert res.exit_code == 0, (enc, res.output)
        assert res.stdout == want.stdout


def test_ner_conll_without_tokens_is_an_error(tmp_path: Path) -> None:
    for name, text in (("empty.conll", ""), ("blank.conll", "\n \n\t\n")):
        res = CliRunner().invoke(cli_app, ["ner", "--conll", str(_write(tmp_path / name, text))])
        assert res.exit_code == 2, res.output
        assert "no tokens" in res.output


def test_analyze_without_a_file_on_a_terminal_is_a_usage_error(monkeypatch) -> None:
    from khabar.commands import analyze as analyze_cmd

    monkeypatch.setattr(analyze_cmd, "_stdin_is_terminal", lambda: True)
    res = CliRunner().invoke(cli_app, ["analyze"])
    assert res.exit_code == 2, res.output
    assert "give a FILE" in res.output
    # piped text is still read when no FILE is given
    monkeypatch.setattr(analyze_cmd, "_stdin_is_terminal", lambda: False)
    res = CliRunner().invoke(cli_app, ["analyze"], input="قال الوزير في بغداد إن الوضع هادئ.")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["text"].startswith("قال الوزير")
