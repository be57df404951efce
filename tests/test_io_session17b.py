"""A Latin-1 line is refused, not read as Windows-1256 Arabic (session 17, ux17b).

Windows-1256 maps Latin-1's ä, ö, ß to Arabic letters and marks, so the JSONL line
``{"text": "Grüße äö"}`` in Latin-1 passed the «mostly Arabic» test and was stored as
«Grüكe نِ», silently. A reading whose Arabic letters sit fused to Latin letters, or which
holds no Arabic word of two letters, is now a DecodeError naming both readings (an error
record: the other lines go on, nothing is changed); real Windows-1256 Arabic still decodes.
"""

from __future__ import annotations

import pytest
from test_store_support import light_pipeline

from khabar.ingest import Ingestor
from khabar.io.decode import decode
from khabar.io.errors import DecodeError
from khabar.io.legacy import latin_suspect
from khabar.io.readers import read_jsonl, read_records
from khabar.store import Store

ARABIC = "قال الوزير إن الاجتماع سيعقد غدا في الرياض"


def _line(text: str, codec: str) -> bytes:
    return ('{"text": "' + text + '"}').encode(codec)


@pytest.mark.parametrize("text", ["Grüße äö", "äö", "Ärger über Öl", "Schöne Größe"])
def test_a_latin1_line_is_an_error_record_naming_both_readings(text):
    (rec,) = read_jsonl([_line(text, "latin-1")])
    assert "text" not in rec
    msg = rec["error"]["message"]
    assert rec["error"]["type"] == "DecodeError"
    assert "Windows-1256 reading" in msg and f"read as Latin-1 it is «{{\"text\": \"{text}\"}}»" in msg


def test_a_latin1_line_the_arabic_share_refused_stays_refused():
    (rec,) = read_jsonl([_line("Mädchen für Köln", "latin-1")])
    assert rec["error"]["type"] == "DecodeError" and "text" not in rec


def test_the_other_lines_go_on(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(_line(ARABIC, "utf-8") + b"\n" + _line("Grüße äö", "latin-1") + b"\n"
                     + _line(ARABIC, "cp1256") + b"\n")
    recs = list(read_records(path))
    assert [("error" in r) for r in recs] == [False, True, False]
    assert recs[0]["text"] == recs[2]["text"] == ARABIC
    with Store(tmp_path / "s.db") as store:
        summary = Ingestor(store, light_pipeline()).ingest([str(path)])
        assert len(summary.failed) == 1 and "Latin-1" in str(summary.failed[0])
        texts = [r[0] for r in store.conn.execute("SELECT text FROM articles")]
    assert "Grüكe نِ" not in texts and not any("نِ" in t for t in texts)


@pytest.mark.parametrize("text", [
    ARABIC,
    "مصر",  # one short word is still a word
    "شركة Apple أعلنت عن iPhoneالجديد",  # one fused brand name among Arabic words
    "قال é الوزير",
])
def test_windows_1256_arabic_still_decodes(text):
    (rec,) = read_jsonl([_line(text, "cp1256")])
    assert rec["text"] == text
    assert decode(text.encode("cp1256")) == text


def test_a_whole_latin1_file_is_refused_too():
    with pytest.raises(DecodeError, match="Latin-1"):
        decode("Grüße aus Köln, schöne Größe".encode("latin-1"))


def test_utf8_and_readings_without_arabic_are_not_judged():
    assert latin_suspect(b"abc", "abc") is None  # no Arabic: the decoder's own test
    assert latin_suspect(ARABIC.encode("cp1256"), ARABIC) is None
    (rec,) = read_jsonl([_line("Grüße äö", "utf-8")])
    assert rec["text"] == "Grüße äö"
