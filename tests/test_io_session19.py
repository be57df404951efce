"""The progress total of a UTF-16 / UTF-32 JSON Lines batch (session 19, ux19).

``khabar analyze --input`` sizes its progress bar with :func:`count_records`, which counts the
newline bytes of a ``.jsonl`` file: a two-line UTF-16 file (each newline ``\\n\\x00``, the
last byte a NUL) counted 3 and the bar stopped at «2/3». A file the readers decode as UTF-16
or UTF-32 is now counted by reading it; UTF-8 and Windows-1256 files as before.
"""

from __future__ import annotations

import json

import pytest

from khabar.io.readers import count_records, read_records

LINES = [{"id": "u1", "text": "قال الوزير"}, {"id": "u2", "text": "أعلنت الوزارة"}]


def _jsonl(lines: list[dict]) -> str:
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_wide_jsonl_counts_its_records(tmp_path, encoding):
    path = tmp_path / "b.jsonl"
    path.write_bytes(_jsonl(LINES).encode(encoding))
    assert sum(1 for _ in read_records(path)) == 2
    assert count_records(path) == 2


@pytest.mark.parametrize("encoding", ["utf-8", "cp1256"])
def test_a_narrow_jsonl_is_counted_by_its_newlines_as_before(tmp_path, encoding):
    path = tmp_path / "b.jsonl"
    # an empty line is a record (its error record), and a last line without a newline too
    path.write_bytes((_jsonl(LINES) + "\n" + json.dumps({"id": "u3", "text": "نص"})).encode(encoding))
    assert count_records(path) == 4 == sum(1 for _ in read_records(path))
