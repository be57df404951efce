"""Document 1.1's fields (57e797a3), the review's three findings (session 24, fixb24).

- ``Store.put`` took ``published_at`` unchecked: «yesterday» (a document's own, or the argument)
  landed in ``articles.published_at`` and sorted after every date in the
  ``coalesce(published_at, published)`` order of a story's copies. It is now the readers'
  ``timestamp()`` of it: a time of day is kept, anything else gives way to the dateline day.
- ``Pipeline.analyze(author=5)`` / ``(published_at=12345)`` crashed with AttributeError; they are
  refused with an :class:`InputError`, as ``check()`` refuses a text or dateline that is no string.
- An HTML page's ``published_at`` was trafilatura's raw date («2015-08-10», no time) while the
  analyse-then-ingest path keeps ``timestamp()`` of it (None for a day): one rule, ``timestamp()``.
"""

from __future__ import annotations

import sqlite3

import pytest
from test_store_support import light_pipeline

from khabar.ingest.sources import from_html
from khabar.io.errors import InputError
from khabar.store import Store

TEXT = "قال وزير الخارجية إن الاجتماع سيعقد غدا في الرياض."


def _stamps(db) -> dict[str, str | None]:
    conn = sqlite3.connect(db)
    rows = dict(conn.execute("SELECT url, published_at FROM articles"))
    conn.close()
    return rows


def test_store_put_keeps_only_a_time_of_day_as_published_at(tmp_path):
    pipe, db = light_pipeline(), tmp_path / "s.db"
    with Store(db) as store:
        own = pipe.analyze(TEXT, published="2015-08-10", url="http://e.org/own")
        own.published_at = "yesterday"  # a hand-made (or hand-edited) document's own value
        store.put(own)
        store.put(pipe.analyze(TEXT + " وأضاف أن الوفد وصل.", published="2015-08-10", url="http://e.org/arg"),
                  published_at="yesterday")
        store.put(pipe.analyze(TEXT + " وتابع أن اللقاء مهم.", published="2015-08-10", url="http://e.org/time"),
                  published_at="2015-08-10 09:05:00")
    assert _stamps(db) == {"http://e.org/own": "2015-08-10", "http://e.org/arg": "2015-08-10",
                           "http://e.org/time": "2015-08-10T09:05:00"}


@pytest.mark.parametrize("field, value", [("author", 5), ("published_at", 12345), ("published_at", ["x"])])
def test_analyze_refuses_a_field_that_is_no_string(field, value):
    with pytest.raises(InputError, match=f"{field} must be a string, not {type(value).__name__}"):
        light_pipeline().analyze(TEXT, **{field: value})


def test_analyze_still_takes_the_fields_as_strings():
    doc = light_pipeline().analyze(TEXT, published_at="2015-08-10 18:47", author=" واس ")
    assert (doc.published_at, doc.author) == ("2015-08-10T18:47", "واس")
    assert light_pipeline().analyze(TEXT, published_at="yesterday").published_at is None


def test_an_html_pages_date_is_its_published_at_only_with_a_time():
    body = "<p>" + "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل بعد توقف دام شهرا. " * 4 + "</p>"
    html = ('<html><head><title>خبر</title><meta property="article:published_time" '
            f'content="2015-08-10T18:47:56+03:00"></head><body><article>{body}</article></body></html>')
    page = from_html(html, url="https://example.com/a", source="a")
    # trafilatura gives the day only: the dateline, no time — what analyse-then-ingest keeps of it
    assert (page.published, page.published_at) == ("2015-08-10", None)
    doc = light_pipeline().analyze(page.text, published=page.published, published_at="2015-08-10")
    assert doc.published_at == page.published_at
