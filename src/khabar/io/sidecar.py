"""A record that names its text by a file beside it (a metadata «sidecar»).

The shipped example comes as ``us-iraq-withdrawal.txt`` and a metadata record
``us-iraq-withdrawal.json`` — ``{"id", "file": "us-iraq-withdrawal.txt", "published",
"outlet", …}`` — with no ``text``: before session 21 every reader failed it («missing
'text'»), so ``khabar ingest ../shared/examples/`` stored the text without its dateline.
A record read from a file on disk (JSON, JSON Lines) whose ``text`` is missing and whose
``file`` names a file in the record file's own folder (or below it) now takes that file's
text, decoded as any text file (UTF-8, UTF-16, Windows-1256). A record read from a zip or
standard input has no folder: ``file`` is not followed there, and the record stays a
«missing 'text'» error that says so.
"""

from __future__ import annotations

from pathlib import Path

from khabar.io.decode import decode
from khabar.io.errors import InputError, RecordError


def text_of_file(name: object, base: Path | None) -> str:
    """The text of the file a record's ``file`` field names, relative to ``base`` (the
    folder of the record's own file); :class:`RecordError` when it cannot be read."""
    if not isinstance(name, str) or not name.strip():
        raise RecordError("'file' must name a text file")
    if base is None:
        raise RecordError(f"missing 'text' (the record names the file {name!r}, which is read "
                          "only beside a JSON or JSON Lines file on disk, not inside a zip or "
                          "from standard input)")
    rel = Path(name.strip())
    root = base.resolve()
    target = (root / rel).resolve()
    if rel.is_absolute() or not target.is_relative_to(root):
        raise RecordError(f"'file' {name!r} is outside the folder of its record file: give "
                          "a path relative to that folder")
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        raise RecordError(f"'file' {name!r} not found in {root}") from None
    except OSError as exc:
        raise RecordError(f"'file' {name!r} cannot be read: {exc.strerror or exc}") from None
    try:
        return decode(data)
    except InputError as exc:
        raise RecordError(f"'file' {name!r}: {exc}") from None
