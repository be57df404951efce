"""Short windows of stored article texts around entity mentions, read once per article.

The store-wide relink and the title lookup read a few words before or after each mention
(a title before a name, an office after it). SQL ``substr(a.text, e.start - 39, …)`` did it
per mention row, and SQLite reads the article's whole text for each row and walks its
UTF-8 from the start to the offset: quadratic in an article's length — on one document of
1.9M characters (7,000 person mentions) the relink of a store holding it alone took 47
CPU-s. :func:`windows` reads each article's text once and slices it in Python.
"""

from __future__ import annotations

import sqlite3


def windows(conn: sqlite3.Connection, spans: list[tuple[int, int, int]]) -> list[str | None]:
    """``text[lo:hi]`` of each ``(article id, lo, hi)`` (``lo`` clamped at 0), in the
    order given; ``None`` where the article is not stored. Each article's text is read
    once (spans are visited grouped by article, one text held at a time)."""
    out: list[str | None] = [None] * len(spans)
    current, text = None, None
    for i in sorted(range(len(spans)), key=lambda i: spans[i][0]):
        article_id, lo, hi = spans[i]
        if article_id != current:
            row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
            current, text = article_id, (row[0] if row is not None else None)
        if text is not None:
            out[i] = text[max(lo, 0):max(hi, 0)]
    return out
