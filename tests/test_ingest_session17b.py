"""A plain-text file ingested stores its first line as the title (session 17, ux17b).

``khabar ingest`` of a ``.txt`` file stored no title (the web showed the first line since
d8735a9; the store, exports and API lists had none). The first line is now the stored title
when it reads as a headline; the text is stored whole, every offset unchanged.
"""

from __future__ import annotations

import pytest
from test_store_support import light_pipeline

from khabar.ingest import Ingestor
from khabar.ingest.headline import MAX_TITLE_CHARS, first_line_title
from khabar.store import Store

HEADLINE = "وول ستريت جورنال تكشف خطوات الانسحاب الأمريكي من العراق"
BODY = ("كشفت صحيفة وول ستريت جورنال أن مئات الجنود الأمريكيين سيغادرون العراق بحلول سبتمبر "
        "2025، وقال مسؤول أمريكي إن الاتفاق سيعلن الأسبوع المقبل.")


def _ingest(tmp_path, name: str, data: str) -> tuple[str | None, str]:
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        summary = Ingestor(store, light_pipeline()).ingest([str(path)])
        assert summary.ingested == 1, summary.as_dict()
        title, text = store.conn.execute("SELECT title, text FROM articles").fetchone()
    return title, text


def test_a_text_file_stores_its_first_line_as_title_and_its_text_whole(tmp_path):
    data = f"\n\n{HEADLINE}\n\n\n{BODY}\n"
    title, text = _ingest(tmp_path, "article.txt", data)
    assert title == HEADLINE
    assert text == data  # the title line stays in the text: offsets untouched
    with Store(tmp_path / "s.db") as store:
        (row,) = store.conn.execute("SELECT id FROM articles").fetchall()
        doc = store.get_article(row[0])
    assert doc["title"] == HEADLINE


@pytest.mark.parametrize("data", [
    BODY,  # one line: no headline to take
    f"{BODY}\n{BODY}",  # the first line is a sentence of the body (ends with «.»)
    f"{'كلمة ' * (MAX_TITLE_CHARS // 5 + 1)}\n{BODY}",  # a paragraph, not a headline
])
def test_no_title_when_the_first_line_is_no_headline(tmp_path, data):
    title, text = _ingest(tmp_path, "article.txt", data)
    assert title is None and text == data


def test_a_record_collection_keeps_its_own_titles(tmp_path):
    data = '{"id": "a", "text": "' + HEADLINE + '\\n' + BODY + '"}\n'
    title, _ = _ingest(tmp_path, "records.jsonl", data)
    assert title is None  # a record without a title is not a plain-text file


def test_first_line_title_rules():
    assert first_line_title(f"  {HEADLINE}  \r\n{BODY}") == HEADLINE
    assert first_line_title(f"{HEADLINE}؟\n{BODY}") == f"{HEADLINE}؟"
    assert first_line_title(f"{HEADLINE}:\n{BODY}") is None
    assert first_line_title("") is None and first_line_title(" \n \n") is None
    assert first_line_title(f"{HEADLINE}\n \n") is None
