"""Documents of the AQMAR Wikipedia corpus for the session-25 sample of the 14 other types (evt25, issue #6).

AQMAR (``../shared/data/ner/aqmar/*.txt``: 28 Arabic Wikipedia articles, 2,687 sentences, one
``token TAG`` a line, a blank line between sentences; CC BY-SA 3.0) is the third NER corpus in
``../shared/data`` and the first encyclopedic one: history (the Crusades, Damascus, Islamic history),
sport, science and software. No events sample drew from it before session 25. Each article's
sentences, in file order, are grouped in blocks of :data:`BLOCK` consecutive sentences joined by
blank lines (as ``r18_docs.py`` does for ANERcorp and ``w19_docs.py`` for Wojood), one document per
block with the id ``aqmar:<article>:<first sentence>`` and no dateline, no title. Sentences are
detokenised by :func:`khabar.eval.events_anercorp.detokenize`. The gold files keep offsets into the
document text and SHA-1 prefixes of sentences only.

Usage: ``python tests/gold/events_audit/r25_docs.py OUT.jsonl`` (``KHABAR_SHARED`` or ../shared),
then ``khabar analyze --input OUT.jsonl --output RUN.jsonl``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from khabar.eval.corpus import shared_dir
from khabar.eval.events_anercorp import detokenize, first_column

BLOCK = 10


def articles(root: Path | None = None) -> list[tuple[str, tuple[tuple[str, ...], ...]]]:
    """(article name, its sentences as token tuples) for every AQMAR file, sorted by name."""
    folder = (root or shared_dir()) / "data" / "ner" / "aqmar"
    return [(p.stem, first_column(p)) for p in sorted(folder.glob("*.txt"))]


def documents(root: Path | None = None) -> list[dict]:
    """Every block of every article: ``{"id", "text"}``."""
    out = []
    for name, sents in articles(root):
        for b in range(0, len(sents), BLOCK):
            text = "\n\n".join(detokenize(s) for s in sents[b:b + BLOCK])
            out.append({"id": f"aqmar:{name}:{b}", "text": text})
    return out


def main() -> None:
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        for doc in documents():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
