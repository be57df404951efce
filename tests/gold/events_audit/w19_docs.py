"""Documents of the Wojood sample for the session-19 third-source event samples (evw19, issue #6).

The Wojood sample (``../shared/data/ner/wojood/{train,val}.txt``: 1,114 + 158 sentences, one
``token TAG [TAG…]`` a line, a blank line between sentences; mixed 2020s media, history and social
text; corpus licence not stated — only offsets and hashes are kept in the repository) has no
document boundaries. Each split's sentences are grouped in blocks of :data:`BLOCK` consecutive
sentences joined by blank lines (as ``r18_docs.py`` does for ANERcorp), one document per block with
the id ``wojood:<split>:<first sentence>`` and no dateline, no title.

A sentence is detokenised by :func:`khabar.eval.events_anercorp.detokenize`. The ``$#$`` token
marks a line break of the source (the NER reader, ``khabar.ner.conll``, reads it as a sentence
break): marks at a sentence's end are dropped (the blank line between sentences already breaks
there), a run of marks inside a sentence becomes one line break ``\\n`` (a headline or a wrapped
line before the rest). Every offset of an event points into the document text; :func:`spans`
gives each sentence's span in its document, and the gold files keep only the SHA-1 prefix
(:func:`khabar.eval.corpus.sentence_hash`) of the texts.

Usage: ``python tests/gold/events_audit/w19_docs.py OUT.jsonl`` (``KHABAR_SHARED`` or ../shared),
then ``khabar analyze --input OUT.jsonl --output RUN.jsonl``.
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

from khabar.eval.corpus import shared_dir
from khabar.eval.events_anercorp import detokenize, first_column

SPLITS = ("train", "val")
BLOCK = 10
MARK = "$#$"
SEP = "\n\n"


@lru_cache(maxsize=4)
def sentences(split: str, root: Path | None = None) -> tuple[tuple[str, ...], ...]:
    """The split's sentences as token tuples (first column), in file order."""
    return first_column((root or shared_dir()) / "data" / "ner" / "wojood" / f"{split}.txt")


def sentence_text(tokens: tuple[str, ...]) -> str:
    """The detokenised sentence: trailing ``$#$`` marks dropped, a run inside one line break."""
    toks = list(tokens)
    while toks and toks[-1] == MARK:
        toks.pop()
    lines: list[list[str]] = [[]]
    for tok in toks:
        if tok == MARK:
            if lines[-1]:
                lines.append([])
        else:
            lines[-1].append(tok)
    return "\n".join(detokenize(ln) for ln in lines if ln)


def documents(root: Path | None = None) -> list[dict]:
    """Every document of both splits: ``{"id", "text"}``."""
    out = []
    for split in SPLITS:
        sents = sentences(split, root)
        for b in range(0, len(sents), BLOCK):
            text = SEP.join(sentence_text(s) for s in sents[b:b + BLOCK])
            out.append({"id": f"wojood:{split}:{b}", "text": text})
    return out


def spans(doc_id: str, root: Path | None = None) -> list[tuple[int, int, int]]:
    """(sentence index in its split, start, end) of each sentence inside document ``doc_id``."""
    _, split, first = doc_id.split(":")
    sents = sentences(split, root)[int(first):int(first) + BLOCK]
    out, pos = [], 0
    for i, s in enumerate(sents):
        n = len(sentence_text(s))
        out.append((int(first) + i, pos, pos + n))
        pos += n + len(SEP)
    return out


def locate(doc_id: str, offset: int, root: Path | None = None) -> tuple[str, int, int]:
    """(split, sentence index, offset inside the sentence) of a document offset."""
    split = doc_id.split(":")[1]
    for idx, start, end in spans(doc_id, root):
        if start <= offset < end:
            return split, idx, offset - start
    raise ValueError(f"{doc_id}:{offset} is between sentences")


def main() -> None:
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        for doc in documents():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
