"""Turn hand-written quote annotations (text snippets) into offsets, and check them.

Usage: ``python tests/gold/quotes/resolve.py [files…]`` (default: every ``*.json`` here).

Each quote gives ``content`` (``"start words ... end words"`` for long spans), ``cue``,
``source`` (or null) and ``via`` names as text. Each span may be a string or an already
resolved ``{"start", "end", "text"}``. The content is found first (its ``content_occ``-th
occurrence, 1-based, default the first); the cue is the occurrence nearest the content
(``cue_occ`` overrides), the source and via mentions the occurrences nearest the cue
(``source_occ`` / ``occ`` override). The resolved file is written back in place and
``text[start:end] == text`` is asserted for every span.
"""

from __future__ import annotations

import json
import os
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO / ".." / "shared"))
CORPUS = SHARED / "data" / "news" / "dev" / "2015-08-10.zip"
EXAMPLE = SHARED / "examples" / "us-iraq-withdrawal.txt"
SEP = " ... "

_corpus: list[dict] | None = None


def article_text(gold: dict) -> str:
    """The text a gold file annotates (corpus article by index, or the example)."""
    global _corpus
    if gold.get("file") == "example":
        return EXAMPLE.read_text(encoding="utf-8")
    if _corpus is None:
        with zipfile.ZipFile(CORPUS) as z:
            _corpus = json.loads(z.read("2015-08-10.json"))
    art = _corpus[gold["index"]]
    if art["url"] != gold["url"]:
        raise ValueError(f"index {gold['index']} is not {gold['url']}")
    return art["content"]


def _pattern(needle: str) -> re.Pattern:
    """A needle whose spaces match any run of white space (texts hold no-break spaces)."""
    return re.compile(r"\s+".join(re.escape(w) for w in needle.split()))


def _all(text: str, needle: str) -> list[int]:
    return [m.start() for m in _pattern(needle).finditer(text)]


def _len_at(text: str, needle: str, start: int) -> int:
    m = _pattern(needle).match(text, start)
    return m.end() - start if m else len(needle)


def _span(text: str, s: int, e: int) -> dict:
    return {"start": s, "end": e, "text": text[s:e]}


def _content(text: str, spec: str, occ: int) -> dict:
    if SEP in spec:
        head, tail = spec.split(SEP, 1)
    else:
        head, tail = spec, ""
    hits = _all(text, head)
    if len(hits) < occ:
        raise ValueError(f"content not found: {head!r}")
    s = hits[occ - 1]
    if tail:
        m = _pattern(tail).search(text, s + _len_at(text, head, s))
        if m is None:
            raise ValueError(f"content end not found: {tail!r}")
        e = m.end()
    else:
        e = s + _len_at(text, head, s)
    return _span(text, s, e)


def _pick(text: str, needle: str, occ: int | None, dist: Callable[[int], int]) -> dict:
    """The ``occ``-th occurrence of ``needle`` (1-based) or, without ``occ``, the one of least
    ``dist`` (its start offset → a distance)."""
    hits = _all(text, needle)
    if not hits or (occ and occ > len(hits)):
        raise ValueError(f"not found: {needle!r} (occurrence {occ})")
    s = hits[occ - 1] if occ else min(hits, key=dist)
    return _span(text, s, s + _len_at(text, needle, s))


def _nearest(text: str, needle: str, anchor: int, occ: int | None, prefer_before: bool = True) -> dict:
    def dist(h: int) -> int:
        d = anchor - (h + len(needle)) if h + len(needle) <= anchor else h - anchor
        return abs(d) + (0 if (h < anchor or not prefer_before) else 100_000)

    return _pick(text, needle, occ, dist)


def _nearest_to(text: str, needle: str, start: int, end: int, occ: int | None) -> dict:
    """The occurrence of ``needle`` nearest the span ``[start, end)`` (before it preferred)."""
    def dist(h: int) -> int:
        if h + len(needle) <= start:
            return start - h - len(needle)
        if h >= end:
            return h - end + 30
        return 10_000  # inside the content: only when nothing else fits

    return _pick(text, needle, occ, dist)


def resolve_quote(text: str, q: dict) -> dict:
    if not isinstance(q["content"], dict):
        q["content"] = _content(text, q["content"], q.pop("content_occ", 1))
    c = q["content"]
    if not isinstance(q["cue"], dict):
        q["cue"] = _nearest_to(text, q["cue"], c["start"], c["end"], q.pop("cue_occ", None))
    cue = q["cue"]
    if q.get("source") and not isinstance(q["source"], dict):
        q["source"] = _nearest(
            text, q["source"], cue["start"], q.pop("source_occ", None), bool(q.get("implicit"))
        )
    via = []
    for v in q.get("via", []):
        if isinstance(v, str):
            v = {"name": v, "text": v}
        if "start" not in v and v.get("text"):
            v |= _nearest(text, v["text"], cue["start"], v.pop("occ", None), False)
        if isinstance(v.get("cue"), str):
            v["cue"] = _nearest(text, v["cue"], v["start"], None, False)
        via.append(v)
    q["via"] = via
    q.setdefault("implicit", False)
    q.setdefault("type", "indirect")
    q.setdefault("hedged", False)
    return q


def check(text: str, gold: dict) -> None:
    for q in gold["quotes"]:
        spans = [q["cue"], q["content"]] + ([q["source"]] if q.get("source") else [])
        spans += [v for v in q["via"] if "start" in v]
        spans += [v["cue"] for v in q["via"] if v.get("cue")]
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], (gold.get("index"), sp)


def main(paths: list[str]) -> None:
    files = [Path(p) for p in paths] or sorted(HERE.glob("*.json"))
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = article_text(gold)
        gold["quotes"] = [resolve_quote(text, q) for q in gold["quotes"]]
        gold["quotes"].sort(key=lambda q: q["content"]["start"])
        check(text, gold)
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(gold['quotes'])} quotes")


if __name__ == "__main__":
    main(sys.argv[1:])
