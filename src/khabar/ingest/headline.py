"""The title of a plain-text article: its first line, when that line reads as a headline.

A ``.txt`` file has no title field; ``khabar ingest`` stored it with none, so the store,
its exports and the API's lists had an untitled article (the web pages show the text's
first line since session 17, d8735a9, but the stored title stayed empty). The first line
is taken as the title when the text has more lines after it and the line is short and not
a sentence of the body (it does not end with «.» or «:»). The text itself is never changed:
the title is metadata, every offset still points into the whole text, first line included.
A ``.txt`` member of a zip is titled the same way (session 18): :func:`plain_member_ids`
names the records the reader gives such members.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

PLAIN_SUFFIXES = (".txt", ".text")  # the files read as one plain-text article
MAX_TITLE_CHARS = 200  # a longer first line is a paragraph, not a headline
_SENTENCE_ENDS = (".", ":", "…", "،", ",", "؛")


def first_line_title(text: str) -> str | None:
    """The first non-blank line of ``text`` (stripped) as a title, or None when the text is
    one line only, or the line is longer than :data:`MAX_TITLE_CHARS` or ends a sentence."""
    lines = (ln.strip() for ln in text.splitlines())
    first = next((ln for ln in lines if ln), None)
    if first is None or next((ln for ln in lines if ln), None) is None:
        return None
    if len(first) > MAX_TITLE_CHARS or first.endswith(_SENTENCE_ENDS):
        return None
    return first


def plain_member_ids(path: Path) -> frozenset[str]:
    """The record ids :func:`khabar.io.readers.read_records` gives the plain-text members of
    the zip archive ``path`` (each member's file stem), or an empty set when ``path`` is no
    readable zip. Only the archive's directory is read."""
    try:
        with zipfile.ZipFile(path) as z:
            names = [i.filename for i in z.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError):
        return frozenset()
    return frozenset(PurePosixPath(n).stem for n in names
                     if PurePosixPath(n).suffix.lower() in PLAIN_SUFFIXES
                     and not n.startswith("__MACOSX/"))
