"""Decoding paths: UTF-8 with/without BOM, UTF-16 with BOM and detected, Windows-1256,
and a clear error for undecodable bytes."""

from __future__ import annotations

import codecs

import pytest

from khabar.io.decode import decode
from khabar.io.errors import DecodeError

TEXT = "قال الرئيس العراقي إن القوات الأمريكية ستغادر البلاد في 2026.\nوأضاف: «نحن مستعدون»."


def test_utf8_plain_and_with_bom():
    assert decode(TEXT.encode("utf-8")) == TEXT
    assert decode(codecs.BOM_UTF8 + TEXT.encode("utf-8")) == TEXT


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(codec):
    data = TEXT.encode(codec)
    if codec == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    elif codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode(data) == TEXT


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(codec):
    assert decode(TEXT.encode(codec)) == TEXT
    english = "The quick brown fox jumps over the lazy dog."
    assert decode(english.encode(codec)) == english


def test_windows_1256_arabic():
    data = TEXT.replace("«", '"').replace("»", '"').encode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode(data) == TEXT.replace("«", '"').replace("»", '"')


def test_forced_encoding():
    assert decode(TEXT.encode("cp1256", errors="replace"), encoding="cp1256").startswith("قال")
    with pytest.raises(DecodeError):
        decode(b"\xff\xfe\xfd", encoding="utf-8")


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(128, 256)) * 3,  # binary noise: not Arabic in any codec
        "Ceci est un texte en Latin-1: élève, où, çà.".encode("latin-1"),
        b"\x00\x01\x02\x03\x04\x05\x06\x07" * 10 + b"\x80",
    ],
)
def test_undecodable_bytes_raise_a_clear_error(data):
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert "not UTF-8" in str(info.value) or "NUL" in str(info.value)


def test_empty_and_ascii():
    assert decode(b"") == ""
    assert decode(b"plain ascii") == "plain ascii"
