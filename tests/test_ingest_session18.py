"""A zip of plain-text files ingested stores each file's first line as its title (session 18, ux18).

Session 17 (57f33c6) titled a ``.txt`` file by its first line; the same file inside a zip was
stored untitled (the reader gives no member type). The text is stored whole either way.
"""

from __future__ import annotations

import zipfile

from test_store_support import light_pipeline

from khabar.ingest import Ingestor
from khabar.ingest.headline import plain_member_ids
from khabar.store import Store

HEADLINE = "وول ستريت جورنال تكشف خطوات الانسحاب الأمريكي من العراق"
BODY = ("كشفت صحيفة وول ستريت جورنال أن مئات الجنود الأمريكيين سيغادرون العراق بحلول سبتمبر "
        "2025، وقال مسؤول أمريكي إن الاتفاق سيعلن الأسبوع المقبل.")
OTHER = "قال الوزير إن الاجتماع سيعقد غدا في الرياض، وإن الوفود وصلت أمس."


def _ingest_zip(tmp_path, members: dict[str, str]) -> dict[str, tuple[str | None, str]]:
    """Ingest a zip of ``members`` (name → UTF-8 text); source_id → (title, text) stored."""
    path = tmp_path / "batch.zip"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data.encode("utf-8"))
    with Store(tmp_path / "s.db") as store:
        summary = Ingestor(store, light_pipeline()).ingest([str(path)])
        assert not summary.failed, summary.as_dict()
        rows = store.conn.execute("SELECT source_id, title, text FROM articles").fetchall()
    return {sid: (title, text) for sid, title, text in rows}


def test_zipped_text_files_store_their_first_lines_as_titles(tmp_path):
    a = f"{HEADLINE}\n\n{BODY}\n"
    b = f"\n  عنوان الخبر الثاني  \r\n\r\n{OTHER}"
    got = _ingest_zip(tmp_path, {"news/a.txt": a, "b.TXT": b})
    assert got == {"a": (HEADLINE, a), "b": ("عنوان الخبر الثاني", b)}  # texts whole


def test_zipped_text_file_without_a_headline_stays_untitled(tmp_path):
    one_line = BODY
    sentence_first = f"{BODY}\n{OTHER}"  # the first line ends a sentence: body, not a headline
    got = _ingest_zip(tmp_path, {"one.txt": one_line, "two.txt": sentence_first})
    assert got == {"one": (None, one_line), "two": (None, sentence_first)}


def test_zipped_records_keep_their_own_titles(tmp_path):
    # a JSON Lines member's record without a title is no plain-text file, even when its id is
    # a .txt member's stem; a record's own title is kept
    jsonl = ('{"id": "c", "text": "' + HEADLINE + '\\n' + BODY + '", "url": "https://e.x/c"}\n'
             '{"id": "d", "text": "' + HEADLINE + '\\n' + OTHER + '", "title": "عنوان"}\n')
    txt = f"{HEADLINE}\n{OTHER}."
    path = tmp_path / "batch.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("recs.jsonl", jsonl.encode("utf-8"))
        z.writestr("c.txt", txt.encode("utf-8"))
    with Store(tmp_path / "s.db") as store:
        summary = Ingestor(store, light_pipeline()).ingest([str(path)])
        assert summary.ingested == 3, summary.as_dict()
        rows = store.conn.execute("SELECT source_id, url, title, text FROM articles").fetchall()
    got = sorted((sid, url or "", title or "") for sid, url, title, _ in rows)
    assert got == [("c", "", HEADLINE), ("c", "https://e.x/c", ""), ("d", "", "عنوان")]


def test_plain_member_ids(tmp_path):
    path = tmp_path / "m.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("x/a.txt", "نص")
        z.writestr("b.text", "نص")
        z.writestr("c.jsonl", "{}")
        z.writestr("__MACOSX/x/._a.txt", "")
        z.writestr("d/", "")
    assert plain_member_ids(path) == frozenset({"a", "b"})
    not_zip = tmp_path / "n.jsonl"
    not_zip.write_text('{"id": 1, "text": "نص"}\n', encoding="utf-8")
    assert plain_member_ids(not_zip) == frozenset()
    assert plain_member_ids(tmp_path / "missing.zip") == frozenset()
