"""Decoding of document bytes: UTF-8 (with/without BOM), UTF-16/32, Windows-1256.

Order: a byte-order mark decides; then strict UTF-8 (unless it reads as control
characters: BOM-less UTF-16 Arabic without spaces has no NUL bytes but 0x06 high bytes);
then BOM-less UTF-16 recognised by its NUL or 0x06 bytes; then Windows-1256 (legacy
Arabic), accepted only when the non-ASCII characters it yields are mostly Arabic and the
bytes are not mostly well-formed UTF-8 sequences (UTF-8 Arabic with a stray bad byte
reads as Arabic-looking mojibake, «ظˆظ„», in Windows-1256). Anything else raises
:class:`DecodeError` with the offending position, never a mangled text.
"""

from __future__ import annotations

import codecs
import re

from khabar.io.errors import DecodeError
from khabar.io.legacy import latin_suspect

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MIN_ARABIC_SHARE = 0.6  # of the non-ASCII letters a cp1256 reading must make Arabic
UTF8_SHARE = 0.5  # of the non-ASCII bytes in well-formed UTF-8 sequences: UTF-8, not cp1256
CONTROL_SHARE = 0.2  # of the characters as C0 controls: not text in that codec
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit on one parity (ASCII or Arabic as UTF-16)."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4000]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    # Arabic in UTF-16 has 0x06 high bytes, ASCII has 0x00: count both as "high" bytes.
    even_hi = even + sample[0::2].count(6)
    odd_hi = odd + sample[1::2].count(6)
    if odd_hi > 0.6 * half and even < 0.1 * half:
        return "utf-16-le"
    if even_hi > 0.6 * half and odd < 0.1 * half:
        return "utf-16-be"
    return None


def wide_encoding(head: bytes) -> str | None:
    """The UTF-16/32 codec of bytes starting with ``head`` (a BOM of those, or BOM-less
    UTF-16 by its NUL/0x06 bytes); ``None`` for UTF-8 or 8-bit text."""
    name = _bom_encoding(head)
    if name:
        return None if name == "utf-8-sig" else name
    return _utf16_without_bom(head[: len(head) - len(head) % 2])


def _mostly_utf8(data: bytes) -> bool:
    """Whether most non-ASCII bytes (of the first 100 kB) form well-formed UTF-8 sequences."""
    sample = data[:100_000]
    non_ascii = len(_NON_ASCII.findall(sample))
    in_seqs = sum(m.end() - m.start() for m in _UTF8_SEQ.finditer(sample))
    return non_ascii > 0 and in_seqs >= UTF8_SHARE * non_ascii


def _looks_arabic(text: str) -> bool:
    """Whether a Windows-1256 reading is Arabic text (judged on the first 100k characters)."""
    text = text[:100_000]
    letters = [c for c in text if ord(c) > 127 and c.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for c in letters if "\u0621" <= c <= "\u064a")  # the Arabic alphabet proper
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    # words are separated by spaces: a long run of letters without any is binary noise
    spaces = sum(1 for c in text if c.isspace())
    return (arabic >= MIN_ARABIC_SHARE * len(letters) and controls <= 0.01 * len(text)
            and (len(text) < 40 or spaces >= 0.03 * len(text)))


def decode(data: bytes, encoding: str | None = None) -> str:
    """The text of ``data``; ``encoding`` forces a codec. Raises :class:`DecodeError`."""
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise DecodeError(f"cannot decode as {encoding}: {exc}") from exc
    name = _bom_encoding(data)
    if name:
        try:
            return data.decode(name)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"byte-order mark says {name} but {exc}") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        first_error = utf8_error
    else:
        controls = len(_CONTROL.findall(text[:4000]))
        if "\x00" not in text and controls <= CONTROL_SHARE * min(len(text), 4000):
            return text
        first_error = None
    name = _utf16_without_bom(data)
    if name:
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            pass
    if first_error is None:
        if "\x00" not in text:
            return text  # control characters, but no other reading: keep the UTF-8 text
        raise DecodeError(f"text contains NUL bytes (first at byte offset {data.index(0)}) "
                          "and is not UTF-16")
    bad = data[first_error.start : first_error.start + 8]
    if _mostly_utf8(data):
        invalid = _count_invalid_utf8(data)
        raise DecodeError(
            f"broken UTF-8: {invalid} invalid sequence(s), the first byte {bad[:1].hex()} at offset "
            f"{first_error.start} (the rest is UTF-8; fix the file or force --encoding)"
        )
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_arabic(text):
        if (latin := latin_suspect(data, text)) is not None:  # «äö» read as «نِ»
            raise DecodeError(f"not UTF-8 (invalid byte {bad[:1].hex()} at offset "
                              f"{first_error.start}) and {latin}")
        return text
    raise DecodeError(
        f"not UTF-8 (invalid byte {bad[:1].hex()} at offset {first_error.start}), "
        f"not UTF-16 and not Windows-1256 Arabic text"
    )



def _count_invalid_utf8(data: bytes) -> int:
    """Number of invalid sequences strict UTF-8 decoding rejects."""
    return data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
