"""Reading the gold articles' texts from the shared (read-only) news corpus.

Gold files hold only annotations plus the article's ``index``/``url``; texts are read at
run time from ``$KHABAR_SHARED`` (default ``<repo>/../shared``).
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
NEWS_ZIP = "data/news/dev/2015-08-10.zip"
EXAMPLE = "examples/us-iraq-withdrawal.txt"
EXAMPLE_PUBLISHED = "2024-09-06"


def shared_dir() -> Path:
    """The shared data folder (``KHABAR_SHARED`` if set and not empty, else ``<repo>/../shared``)."""
    return Path(os.environ.get("KHABAR_SHARED") or REPO / ".." / "shared")


@lru_cache(maxsize=4)
def news_records(zip_name: str = NEWS_ZIP) -> list[dict]:
    """All records of a daily news zip (one JSON list inside)."""
    path = shared_dir() / zip_name
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".json"))
        return json.loads(zf.read(name))


def article(key: str | int) -> tuple[str, str, str | None]:
    """``(text, published, url)`` of a gold article: an index into the zip or "example"."""
    if key == "example":
        text = (shared_dir() / EXAMPLE).read_text(encoding="utf-8")
        return text, EXAMPLE_PUBLISHED, None
    rec = news_records()[int(key)]
    return rec["content"], rec["date_extracted"][:10], rec["url"]


def sentence_hash(text: str) -> str:
    """A short fingerprint of a labelled news sentence (its text is not stored in the
    repository; our labels keep offsets plus this hash and are checked against it)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
