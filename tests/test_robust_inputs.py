"""Hostile inputs through every entry point: every input gives an output or a clear error
record, nothing is lost (inputs == outputs), offsets stay valid, nothing mangles the text.

The stage-speed cases of the adversarial audit (quadratic loops on long sentences) are
measured outside the suite (/tmp/robust/docs.md → docs); here a case only has to finish.
"""

from __future__ import annotations

import codecs
import json
import zipfile

import orjson
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli_app
from khabar.commands.analyze import run_batch
from khabar.document import to_json
from khabar.ingest import Ingestor
from khabar.io.decode import decode
from khabar.io.errors import DecodeError, EmptyText, InputError
from khabar.io.readers import byte_lines, read_blob, read_records
from khabar.pipeline import Pipeline
from khabar.store import Store

ARTICLE = ("قال وزير الخارجية العراقي يوم الأحد إن القوات الأمريكية ستغادر بغداد في سبتمبر 2025.\n"
           "وأضاف في مؤتمر صحفي: «نحن مستعدون لكل الاحتمالات»، بحسب وكالة الأنباء.")


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _spans(obj, path="doc"):
    """Every (path, start, end, text) annotation span of a document's JSON."""
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int) and isinstance(obj.get("text"), str):
            yield path, obj["start"], obj["end"], obj["text"]
        for k, v in obj.items():
            yield from _spans(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for v in obj:
            yield from _spans(v, path)


HOSTILE_TEXTS = {
    "crlf": ARTICLE.replace("\n", "\r\n"),
    "lone_cr": ARTICLE.replace("\n", "\r"),
    "nul_inside": ARTICLE[:40] + "\x00\x00" + ARTICLE[40:],
    "control_chars": "".join(map(chr, range(1, 32))) + ARTICLE,
    "bom_inside": "\ufeff" + ARTICLE.replace(" ", " \ufeff", 3),
    "tatweel_run": "قـــــــــــــال" + "ـ" * 5000 + " " + ARTICLE,
    "diacritics_run": "ق" + "\u064e\u0651" * 3000 + "ال " + ARTICLE,
    "zwj_between_letters": "\u200d".join(ARTICLE),
    "zwnj_run": ARTICLE.replace(" ", " " + "\u200c" * 500, 2),
    "rtl_marks": "\u200f\u202b\u202e\u2067" * 300 + ARTICLE.replace(" ", "\u200f ") + "\u202c\u2069",
    "emoji": "🔥🇸🇦 " + ARTICLE.replace(" ", " 😀 ") + " 👨‍👩‍👧‍👦" * 50,
    "digits_run": "1" * 20_000 + " " + ARTICLE + " " + "٣" * 5000,
    "punct_run": "." * 1000 + ARTICLE + "!?،؛«»" * 1000,  # 20k dots: quadratic, see docs
    "unbalanced_quotes": ("«" + ARTICLE) * 20,
    "english": "The United States will withdraw its troops from Iraq by 2026, the president said. " * 10,
    "french": "Les États-Unis retireront leurs troupes d'Irak d'ici 2026, a déclaré le président. " * 10,
    "mixed": ARTICLE + " The talks will continue next week in Baghdad, officials said.",
    "one_letter": "ق",
    "qal_1k": " ".join(["قال"] * 1000),
    "fi_1k": " ".join(["في"] * 1000),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXTS))
def test_hostile_text_keeps_text_and_offsets(pipeline, name):
    text = HOSTILE_TEXTS[name]
    obj = orjson.loads(to_json(pipeline.analyze(text)))
    assert obj["text"] == text
    spans = list(_spans({k: v for k, v in obj.items() if k != "text"}))
    assert obj["tokens"], "every non-blank text keeps its tokens"
    bad = [(p, s, e, t) for p, s, e, t in spans if not (0 <= s <= e <= len(text)) or text[s:e] != t]
    assert not bad, bad[:3]


def test_non_arabic_is_labelled_and_skips_the_arabic_extractors(pipeline):
    for name, code in (("english", "en"), ("french", "fr")):
        doc = pipeline.analyze(HOSTILE_TEXTS[name])
        assert doc.language == code and [w.type for w in doc.warnings] == ["language"]
        assert doc.sentences and not doc.entities and not doc.events


@pytest.mark.parametrize("text", ["", " ", " \n\t\r\n \u00a0\u3000"])
def test_empty_and_whitespace_documents_are_a_clear_input_error(pipeline, text):
    # one behaviour everywhere (API 422, ingest failure, batch error record, exit 2)
    with pytest.raises(EmptyText, match="text is empty"):
        pipeline.analyze(text)


def test_lone_surrogate_is_a_clear_input_error(pipeline):
    with pytest.raises(InputError, match="lone surrogate"):
        pipeline.analyze("قال \ud800 الرئيس")


def test_two_megabyte_document_is_refused_or_read_not_crashed():
    p = Pipeline(stages=["text"], max_chars=2_000_000)
    text = "قال الرئيس إن القوات ستغادر. " * 70_000  # 2.03 M characters
    with pytest.raises(InputError, match="more than the limit"):
        p.analyze(text)
    doc = p.analyze(text[:1_900_000])  # the text layer copes with a large document
    assert doc.sentences[-1].end <= 1_900_000 and len(doc.sentences) > 60_000


# --- decoding ------------------------------------------------------------------------


def test_utf8_with_a_stray_byte_is_an_error_not_mojibake():
    data = ARTICLE.encode()[:50] + b"\xff" + ARTICLE.encode()[50:]
    with pytest.raises(DecodeError, match=r"broken UTF-8: 1 invalid sequence\(s\).*offset 50"):
        decode(data)
    mixed = ARTICLE.encode() + ARTICLE.encode("cp1256", errors="replace")
    with pytest.raises(DecodeError, match="broken UTF-8"):
        decode(mixed)  # was read as Windows-1256 «ظˆظ„…»


def test_windows_1256_still_decodes():
    assert decode("قال".encode("cp1256")) == "قال"
    assert decode(ARTICLE.encode("cp1256", errors="strict")) == ARTICLE


def test_windows_1256_needs_arabic_letters_not_just_bytes():
    with pytest.raises(DecodeError):
        decode(b"\xff\xff")  # ےے in Windows-1256: no letter of the Arabic alphabet


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_short_bom_less_utf16_arabic_without_nul_bytes(codec):
    assert decode("قال".encode(codec)) == "قال"  # 42 06 27 06 44 06: valid ASCII bytes too
    assert decode("قال الرئيس".encode(codec)) == "قال الرئيس"


def test_ascii_control_characters_stay_utf8():
    text = "\x01\x02\x03\x04 ok"
    assert decode(text.encode()) == text


def test_nul_bytes_name_their_offset():
    with pytest.raises(DecodeError, match="NUL bytes .first at byte offset 6"):
        decode("قال".encode() + b"\x00" + b"x" * 9)


# --- batch readers -------------------------------------------------------------------

RECS = [{"id": f"r{i}", "text": ARTICLE} for i in range(3)]


def _jsonl(sep: str = "\n") -> str:
    return sep.join(json.dumps(r, ensure_ascii=False) for r in RECS) + sep


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_json_lines_files(tmp_path, codec):
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl("\r\n").encode(codec))
    recs = list(read_records(path))
    assert [r["id"] for r in recs] == ["r0", "r1", "r2"] and all(r["text"] == ARTICLE for r in recs)
    member = list(read_blob(_jsonl().encode(codec), "day.jsonl"))  # e.g. inside a zip
    assert [r["id"] for r in member] == ["r0", "r1", "r2"]


def test_undecodable_utf16_json_lines_are_one_clear_error(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + b"{\x00\x00\xd8")  # a lone surrogate
    (rec,) = read_records(path)
    assert rec["error"]["type"] == "DecodeError" and "utf-16" in rec["error"]["message"]


def test_lone_cr_line_ends_split_records_but_not_json():
    lines = byte_lines(_jsonl("\r").encode())
    assert len(lines) == 3
    # a CR as whitespace inside one object is no line end
    assert byte_lines(b'{"id": "a",\r"text": "x"}\n') == [b'{"id": "a",\r"text": "x"}']


def test_windows_1256_line_and_broken_lines_name_their_id(tmp_path):
    lines = [
        json.dumps({"id": "cp", "text": "قال الرئيس"}, ensure_ascii=False).encode("cp1256"),
        b'{"id": "cut", "text": "x',
        b'{"id": "bin", "text": "\xff\xfe\x00"}',
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    recs = list(read_records(path))
    assert recs[0]["text"] == "قال الرئيس"
    assert recs[1]["id"] == "in-2" and "line 2 (id 'cut'): malformed JSON" in recs[1]["error"]["message"]
    assert recs[2]["id"] == "in-3" and "line 3 (id 'bin') is not UTF-8" in recs[2]["error"]["message"]


def test_corrupt_and_truncated_zips_and_a_bad_member(tmp_path):
    good = tmp_path / "good.zip"
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", ARTICLE * 20)
        z.writestr("b.txt", ARTICLE * 20)
        z.writestr("c.txt", ARTICLE * 20)
    data = bytearray(good.read_bytes())
    info = zipfile.ZipFile(good).getinfo("b.txt")
    start = info.header_offset + 30 + len("b.txt") + 10
    data[start : start + 30] = bytes(b ^ 0x55 for b in data[start : start + 30])
    bad_member = tmp_path / "member.zip"
    bad_member.write_bytes(bytes(data))
    recs = list(read_records(bad_member))
    assert [r["id"] for r in recs] == ["a", "b", "c"]
    assert "error" not in recs[0] and "error" not in recs[2]
    assert "cannot read this zip member" in recs[1]["error"]["message"]
    for name, blob in (("corrupt.zip", b"PK\x03\x04" + b"\x00" * 50), ("cut.zip", good.read_bytes()[:-30])):
        (tmp_path / name).write_bytes(blob)
        (rec,) = read_records(tmp_path / name)
        assert "not a readable zip archive" in rec["error"]["message"]


HOSTILE_LINES = [
    json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False).encode(),
    b"not json", b"[1, 2]", b'"a string"', b"42", b"null", b"",
    json.dumps({"id": "no-text"}).encode(),
    json.dumps({"id": "num", "text": 42}).encode(),
    json.dumps({"id": "nul", "text": None}).encode(),
    json.dumps({"id": "blank", "text": "  \n "}).encode(),
    b'{"id": "surrogate", "text": "abc \\ud800 x"}',
    b'{"id": "pair", "text": "\\ud83d\\ude00 \\u0642\\u0627\\u0644"}',
    b'{"id": "nulchar", "text": "\\u0000\\u0642\\u0627\\u0644"}',
    b'{"id": "bad-bytes", "text": "\xff\xfe\x00"}',
    json.dumps({"id": "cp1256", "text": "قال الرئيس"}, ensure_ascii=False).encode("cp1256"),
    b'{"id": "deep", "x": ' + b"[" * 2000 + b"]" * 2000 + b"}",
    b'{"id": "tail", "text": "x"} junk',
    json.dumps({"id": "big", "text": "قال " * 600}, ensure_ascii=False).encode(),
    json.dumps({"id": "en", "text": "The president said."}).encode(),
]


@pytest.mark.parametrize("sep", [b"\n", b"\r\n"])
def test_hostile_batch_loses_nothing(tmp_path, sep):
    src = tmp_path / "in.jsonl"
    src.write_bytes(sep.join(HOSTILE_LINES) + sep)
    out = tmp_path / "out.jsonl"
    stats = run_batch(str(src), str(out), workers=1, max_chars=2000, progress=False)
    rows = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert len(rows) == len(HOSTILE_LINES) == stats["records"]
    assert all(("error" in r) != ("text" in r) for r in rows)
    assert not any(r["error"]["type"] == "InternalError" for r in rows if "error" in r)
    by_id = {r["id"]: r for r in rows}
    assert by_id["cp1256"]["text"] == "قال الرئيس"
    assert by_id["big"]["error"]["type"] == "DocumentTooLarge"
    assert by_id["blank"]["error"] == {"type": "EmptyText", "message": "text is empty"}
    assert by_id["pair"]["text"].startswith("😀")
    assert "line 12 (id 'surrogate')" in by_id["in-12"]["error"]["message"]


def test_stdin_batch_in_utf16():
    res = CliRunner().invoke(cli_app, ["analyze", "--input", "-", "--no-progress"],
                             input=_jsonl().encode("utf-16"))
    assert res.exit_code == 0, res.output
    assert [orjson.loads(line)["id"] for line in res.stdout_bytes.splitlines()] == ["r0", "r1", "r2"]


def test_single_document_broken_utf8_exits_with_a_reason(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes(ARTICLE.encode()[:30] + b"\xc0" + ARTICLE.encode()[30:])
    res = CliRunner().invoke(cli_app, ["analyze", str(path)])
    assert res.exit_code == 2 and "DecodeError: broken UTF-8" in res.output


# --- ingest --------------------------------------------------------------------------


def test_ingest_accounts_for_every_hostile_input(tmp_path):
    light = Pipeline(stages=["text"], detect_language=False)
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_bytes(("تمهيد. " + ARTICLE).encode("cp1256"))
    (d / "b.txt").write_bytes(b"")
    (d / "c.txt").write_bytes(ARTICLE.encode()[:20] + b"\xff" + ARTICLE.encode()[20:])
    (d / "d.jsonl").write_bytes(b"\n".join(HOSTILE_LINES[:4]))
    (d / "e.html").write_bytes(
        f"<html><head><script>var x = '<p>سر</p>';</script></head><body><article>"
        f"<p>{ARTICLE} &amp; &lt;b&gt; &#1602;&#1575;&#1604; &bogus;</p><div><p>لم يغلق"
        f"</article>".encode())
    (d / "f.rss").write_bytes(
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>T</title>"
        "<item><title>بلا رابط</title><description>نص</description></item></channel></rss>".encode())
    with Store(tmp_path / "s.db") as store:
        summary = Ingestor(store, light).ingest([str(d)])
        texts = [r["text"] for r in store._rows("SELECT text FROM articles ORDER BY id", ())]
    # a, e and d's good line are stored; b (empty), c (broken UTF-8), d's 3 bad lines and
    # the link-less feed entry are failures with reasons
    assert summary.ingested == 3
    reasons = {f.source.rsplit("/", 1)[-1]: f.reason for f in summary.failed}
    assert set(reasons) == {"b.txt:b", "c.txt:c", "d.jsonl:d-2", "d.jsonl:d-3", "d.jsonl:d-4", "f.rss#1"}
    assert "broken UTF-8" in reasons["c.txt:c"] and "no link" in reasons["f.rss#1"]
    html = next(t for t in texts if "&" in t)
    assert "<b>" in html and "قال &bogus;" in html and "var x" not in html


# --- API -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(pipeline):
    return TestClient(create_app(None, pipeline=pipeline), raise_server_exceptions=False)


@pytest.mark.parametrize("body, status", [
    (b'{"text": "abc \\ud800 x"}', 422),        # lone surrogate
    (b'{"text": "  \\n "}', 422),               # blank
    (b'{"text": 5}', 422),
    (b'{"text": null}', 422),
    (b"{not json", 422),
    (b"[1]", 422),
    ('{"text": "قال"}'.encode("cp1256"), 400),  # not UTF-8 JSON
])
def test_api_rejects_hostile_bodies_with_a_reason(client, body, status):
    r = client.post("/api/analyze", content=body, headers={"content-type": "application/json"})
    assert r.status_code == status and r.json()["error"] and r.json()["detail"]


@pytest.mark.parametrize("name", ["nul_inside", "emoji", "rtl_marks", "lone_cr", "english"])
def test_api_analyses_hostile_texts_with_valid_offsets(client, name):
    text = HOSTILE_TEXTS[name]
    r = client.post("/api/analyze", json={"text": text})
    assert r.status_code == 200
    obj = r.json()
    assert obj["text"] == text
    assert all(text[s:e] == t for _, s, e, t in _spans({k: v for k, v in obj.items() if k != "text"}))
    utf16 = client.post("/api/analyze", content=json.dumps({"text": text}).encode("utf-16"),
                        headers={"content-type": "application/json"})
    assert utf16.status_code == 200 and utf16.json()["text"] == text


def test_deeply_nested_html_still_yields_its_text():
    from khabar.ingest.sources import RawArticle, from_html

    para = "قال وزير الخارجية العراقي يوم الأحد إن القوات الأمريكية ستغادر بغداد. " * 4
    for wrap in ("{}", "<html><body>{}</body></html>"):
        html = wrap.format("<div>" * 400 + f"<p>{para}</p>" + "</div>" * 400)  # lxml stops at 255
        item = from_html(html, url=None, source="deep.html")
        assert isinstance(item, RawArticle) and item.text.strip() == para.strip()
