"""What the API analyses: the article text of an HTML page sent as ``text``, and the limits.

``format`` (``auto`` by default) says what ``text`` holds: ``auto`` reads it as a page when
it opens as an HTML document (``<!doctype html``, ``<html``: the rule of ``khabar analyze``),
``html`` always extracts (also a fragment such as ``<p>…</p>``), ``text`` never does. A page
is extracted as ``khabar ingest`` and ``khabar analyze page.html`` extract it (trafilatura):
the document's ``text`` is then the article text and every offset points into it; the page's
title, date, site and URL fill the fields the request leaves empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from khabar.io.errors import DocumentTooLarge, NoArticleText
from khabar.io.readers import opens_as_html, timestamp

Format = Literal["auto", "text", "html"]


@dataclass
class Prepared:
    """The text to analyse and the metadata to analyse it with."""

    text: str
    meta: dict


def looks_like_html(text: str) -> bool:
    """Text that opens as an HTML document (after a BOM and white space), as the CLI reads it."""
    return opens_as_html(text)


def check_size(text: str, max_chars: int | None) -> None:
    """Raise :class:`DocumentTooLarge` naming the character limit (the CLI's ``--max-chars``)."""
    if max_chars is not None and len(text) > max_chars:
        raise DocumentTooLarge(
            f"text has {len(text):,} characters, more than the limit of {max_chars:,} "
            f"characters (khabar serve --max-chars; khabar analyze has the same default)")


def prepare(text: str, meta: dict, fmt: Format = "auto", *,
            max_chars: int | None = None) -> Prepared:
    """The text and metadata to analyse for a request's ``text``, ``format`` and fields.

    Raises :class:`NoArticleText` for a page without article text and
    :class:`DocumentTooLarge` for a text (the page, then its article) over ``max_chars``."""
    check_size(text, max_chars)
    if fmt == "text" or (fmt == "auto" and not looks_like_html(text)):
        return Prepared(text, dict(meta))
    from khabar.ingest.sources import Failure, from_html

    page = from_html(text, url=meta.get("url"), source="request")
    if isinstance(page, Failure):
        why = ("the text opens as an HTML page" if fmt == "auto" else "format is html")
        raise NoArticleText(f"{why}, but {page.reason}; send \"format\": \"text\" to "
                            "analyse it as written")
    found = {"title": page.title, "published": page.published, "outlet": page.outlet,
             "url": page.url, "author": page.author}  # as khabar analyze reads a page
    merged = dict(meta)
    if not merged.get("published") and not merged.get("published_at"):
        # the page's time of day with its day (never beside a day the request gave)
        merged["published_at"] = timestamp(page.published_at)
    for key, value in found.items():
        if not merged.get(key) and value:
            merged[key] = value
    return Prepared(page.text, merged)
