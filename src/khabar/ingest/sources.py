"""What ingest reads: raw articles from records, HTML pages and RSS/Atom feeds.

A :class:`RawArticle` is an article before analysis; a :class:`Failure` is an input that
yielded no article, with the reason. Collections (JSON, JSON Lines, the zipped news JSON
list, text files) are read by :func:`khabar.io.readers.read_records`; HTML goes through
trafilatura (text and metadata) and feeds through feedparser.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
import orjson
import trafilatura

from khabar.document import Document
from khabar.ingest.chrome import only_chrome
from khabar.io.decode import decode
from khabar.io.readers import timestamp

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
COLLECTION_SUFFIXES = (".json", ".jsonl", ".ndjson", ".zip", ".txt", ".text", ".csv", ".tsv")
# every suffix :func:`kind_of` reads, as the messages that say what khabar reads list them
READ_SUFFIXES = " ".join((*COLLECTION_SUFFIXES, *HTML_SUFFIXES, *FEED_SUFFIXES))


@dataclass
class RawArticle:
    """An article to analyse and store."""

    text: str
    source: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_at: str | None = None
    author: str | None = None
    source_id: str | None = None  # the id the input record gave (a collection's record)
    # already analysed (a line of khabar analyze's output, khabar.ingest.analysed): stored as
    # it is, not analysed again
    document: Document | None = None


@dataclass
class Failure:
    """An input that produced no article."""

    source: str
    reason: str


@dataclass
class FeedEntry:
    """One feed item: its link (``""`` when the feed gives none) and what the feed says
    about it."""

    link: str
    title: str | None
    published: str | None
    summary: str | None


class FeedError(ValueError):
    """A feed that cannot be parsed."""


def zipped_feed(member: object) -> str:
    """Why a feed inside a zip is not read (the reader's message sends the user to
    ``khabar ingest``, which is where the zip already is)."""
    return (f"{member} is an RSS/Atom feed inside a zip: a zip's members are read as "
            "articles (.txt, .html pages) and collections of records (.json, .jsonl, .csv, "
            ".tsv), not as feeds; give the feed file itself to `khabar ingest FEED.xml` (or "
            "list its URL or path in a `khabar watch` feeds file) to fetch its articles")


def from_record(rec: dict, source: str) -> RawArticle | Failure:
    """A raw article from a :func:`khabar.io.readers.read_records` record."""
    if "error" in rec:
        err = rec["error"]
        message = err.get("message")
        if err.get("type") == "NotADocument" and source.lower().endswith(".zip"):
            name, found, _ = str(message).partition(" is an RSS/Atom feed")
            message = zipped_feed(name if found else rec.get("id"))
        return Failure(f"{source}:{rec.get('id')}", f"{err.get('type')}: {message}")
    # ``published_at`` (full timestamp) and ``author`` are used when the reader keeps them.
    return RawArticle(
        text=rec["text"], source=f"{source}:{rec.get('id')}", title=rec.get("title"),
        url=rec.get("url"), outlet=rec.get("outlet"), published=rec.get("published"),
        published_at=rec.get("published_at"), author=rec.get("author"),
        source_id=None if rec.get("id") is None else str(rec["id"]),
    )


def from_html(data: bytes | str, *, url: str | None, source: str,
              charset: str | None = None) -> RawArticle | Failure:
    """The article text and metadata of an HTML page (trafilatura)."""
    try:
        html = data if isinstance(data, str) else _decode_html(data, charset)
    except ValueError as exc:
        return Failure(source, f"DecodeError: {exc}")
    result = _extract(html, url)
    if not result and _DEEP_TAGS.search(html):
        # lxml stops at 255 nested elements and trafilatura then finds nothing: retry with
        # the layout wrappers (div, span, …) removed, which hold no text of their own
        flat = _LAYOUT_TAG.sub("\n", html)
        result = _extract(flat if "<body" in flat.lower() else f"<html><body>{flat}</body></html>", url)
    if not result:
        return Failure(source, "no article text found in the HTML")
    meta = orjson.loads(result)
    text = (meta.get("text") or "").strip()
    title = meta.get("title") or None
    if title and text.startswith(title):
        text = text[len(title):].lstrip()
    if not text:
        return Failure(source, "no article text found in the HTML")
    if only_chrome(html, text):  # a page of menus: trafilatura fell back to them
        return Failure(source, "no article text found in the HTML (only its navigation, "
                       f"header or footer: {text[:60]!r})")
    date = meta.get("date") or None
    outlet = meta.get("source-hostname") or meta.get("hostname") or (
        urlsplit(url).hostname if url else None)
    return RawArticle(
        text=text, source=source, title=title, url=url or meta.get("source") or None,
        outlet=outlet, published=date[:10] if date else None, published_at=timestamp(date),
        author=meta.get("author") or None,
    )


_LAYOUT_TAG = re.compile(r"</?(?:div|span|section|font|center|b|i|u|em|strong)\b[^>]{0,2000}>", re.I)
_DEEP_TAGS = re.compile(r"(?:<(?:div|span|section|font|center|b|i|u|em|strong)\b[^>]{0,2000}>\s*){200}", re.I)


def _extract(html: str, url: str | None) -> str | None:
    return trafilatura.extract(html, output_format="json", with_metadata=True, url=url,
                               include_comments=False, include_tables=False)


def _decode_html(data: bytes, charset: str | None) -> str:
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def parse_feed(data: bytes, *, source: str) -> tuple[str | None, list[FeedEntry]]:
    """``(feed title, entries)`` of an RSS/Atom document; raises :class:`FeedError`."""
    parsed = feedparser.parse(data)
    entries = []
    for e in parsed.entries:
        link = e.get("link") or ""  # an entry without a link is kept: ingest reports it
        if link and "://" not in link and "://" in source:
            link = urljoin(source, link)  # relative links resolve against the feed URL
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        published = time.strftime("%Y-%m-%dT%H:%M:%S", stamp) if stamp else None
        entries.append(FeedEntry(link=link, title=e.get("title"), published=published,
                                 summary=e.get("summary")))
    # a broken feed with no usable entry is one failure (its link-less items are no news)
    if parsed.get("bozo") and not any(e.link for e in entries):
        reason = parsed.get("bozo_exception")
        raise FeedError(f"{source}: malformed feed: {reason}")
    if not parsed.get("version") and not any(e.link for e in entries):
        raise FeedError(f"{source}: not an RSS or Atom feed")
    return parsed.feed.get("title"), entries


def looks_like_feed(body: bytes, content_type: str = "") -> bool:
    """Whether a fetched body is a feed rather than an HTML page."""
    ct = content_type.lower()
    if any(k in ct for k in ("rss", "atom")):
        return True
    head = body[:600].lstrip().lower()
    if head.startswith(b"<!doctype html") or head.startswith(b"<html"):
        return False
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head or (
        "xml" in ct and b"<html" not in head)


def kind_of(path: Path) -> str:
    """``html`` | ``feed`` | ``collection`` | ``other`` by file suffix (and a peek)."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in COLLECTION_SUFFIXES:
        return "collection"
    return "other"
