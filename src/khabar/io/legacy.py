"""Latin-1 text that a Windows-1256 reading would turn into Arabic-looking letters.

Windows-1256 maps most of Latin-1's accented letters to Arabic ones (ä → ن, ö → kasra,
ß → ك) and keeps a few (é, ü, ç) Latin, so a Latin-1 (or Windows-1252) line passes the
«mostly Arabic» test of :func:`khabar.io.decode.decode` and used to come out silently
changed («Grüße äö» → «Grüكe نِ»). What can be told from the bytes alone:

- real Arabic never writes a letter of its alphabet fused to a Latin letter inside one word;
  a Latin-1 word with an accent does («Grüكe», «Mنdchen»);
- a Windows-1256 reading with no Arabic word of two letters or more is too little Arabic to
  call it Arabic («نِ»).

:func:`latin_suspect` says why a reading looks like that (the caller raises a
:class:`~khabar.io.errors.DecodeError`: the record is reported, never changed); a reading
with real Arabic words and no fused letters is left alone.
"""

from __future__ import annotations

import re

_ARABIC = "\u0621-\u064a"
_MARKS = "\u064b-\u0652\u0640"  # harakat and tatweel (Windows-1256 0xF0-0xFA, 0xDC)
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"  # ASCII letters and the Latin letters Windows-1256 keeps
_RUN = re.compile(f"[{_ARABIC}{_MARKS}]+")
_WORD = re.compile(f"[{_ARABIC}][{_MARKS}]*[{_ARABIC}]")  # two letters of one word
_FUSED = re.compile(f"[{_LATIN}][{_MARKS}]*[{_ARABIC}]|[{_ARABIC}][{_MARKS}]*[{_LATIN}]")
FUSED_SHARE = 1 / 3  # of the Arabic runs fused to a Latin letter: Latin-1, not Arabic
_LATIN1_LETTER = re.compile(rb"[\xc0-\xd6\xd8-\xf6\xf8-\xff]")
_NON_ASCII = re.compile(rb"[\x80-\xff]")


def _shown(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def latin_suspect(data: bytes, cp1256: str) -> str | None:
    """Why ``cp1256`` (the Windows-1256 reading of ``data``) is likely Latin-1 text, or None.

    Judged on the whole reading (callers pass a line or a short document; a long one is
    judged on its first 100,000 characters, as :func:`khabar.io.decode.decode` judges it)."""
    text = cp1256[:100_000]
    runs = _RUN.findall(text)
    if not runs:
        return None  # no Arabic at all: the caller's own test already refuses it
    fused = sum(1 for m in _RUN.finditer(text)
                if _FUSED.search(text, max(m.start() - 1, 0), min(m.end() + 1, len(text))))
    if fused and fused >= FUSED_SHARE * len(runs):
        why = f"{fused} of its {len(runs)} Arabic-letter runs are fused to Latin letters"
    elif not _WORD.search(text):
        why = "it holds no Arabic word of two letters or more"
    else:
        return None
    sample = data[:100_000]
    latin1 = ""
    non_ascii = len(_NON_ASCII.findall(sample))
    if non_ascii and len(_LATIN1_LETTER.findall(sample)) == non_ascii:
        latin1 = f"; read as Latin-1 it is «{_shown(sample.decode('latin-1').strip())}»"
    return (f"its Windows-1256 reading «{_shown(text.strip())}» is not Arabic text ({why})"
            f"{latin1}; save it in UTF-8 or force the encoding")
