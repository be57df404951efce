"""The Spark errors table shows a bad JSON Lines record by its own line (session 19, ux19).

A record that names itself (``"id"``) but is bad — no ``text``, a text that is no string —
had as ``raw_snippet`` the first bytes of its file: on a walk with ten mixed lines the
errors of «notext» and «num» both showed the first record, «ok1», a good one. The reader
alone decides it (``khabar.spark.read.expand_file``, no Spark needed).
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pyarrow")

from khabar.spark.read import expand_file  # noqa: E402

LINES = [
    {"id": "ok1", "text": "نص أول"},
    {"id": "notext", "title": "بلا نص"},
    {"id": 7, "text": 123},
    {"text": "نص بلا معرّف"},
    {"title": "بلا نص ولا معرّف"},
    {"id": "ok2", "text": "نص آخر"},
]


def _errors(data: bytes, name: str = "mixed.jsonl") -> dict[str, tuple[str, str]]:
    return {r[0]: (r[3], r[5]) for r in expand_file(name, data) if r[3]}


def test_a_bad_record_with_its_own_id_shows_its_own_line():
    data = "\n".join(json.dumps(x, ensure_ascii=False) for x in LINES).encode("utf-8") + b"\n"
    errors = _errors(data)
    assert set(errors) == {"notext", "7", "mixed-5"}
    assert json.loads(errors["notext"][1]) == LINES[1]
    assert json.loads(errors["7"][1]) == LINES[2]
    # a record without an id is named by its line number and shown by that line, as before
    assert json.loads(errors["mixed-5"][1]) == LINES[4]


def test_repeated_ids_show_the_first_and_malformed_lines_their_own():
    # two lines of the same id: the first is shown (they share the id in every table too)
    data = b'{"id": "a", "title": "x"}\n{"id": "a", "text": 5}\n{"id": "b", "text": "\xd9\x86"}\n'
    errors = _errors(data)
    assert errors["a"][1] == '{"id": "a", "title": "x"}'
    # a malformed line is its line number's record, as before
    errors = _errors(b'{"id": "c", "text": "ok"}\n{oops\n')
    assert errors == {"mixed-2": ("RecordError", "{oops")}
