"""CoNLL reading/writing and the tag mappings that bring each corpus to PERS/ORG/LOC/MISC.

A CoNLL file has one token per line (token first, tags in later columns) and a blank line
between sentences. :func:`read_conll` keeps every column so that ``khabar ner --conll``
can write them back with the prediction appended.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import regex

LABELS = ("PERS", "ORG", "LOC", "MISC")

Sentence = list[list[str]]  # one row of columns per token

# Wojood (21 nested types) → the ANERcorp scheme. ANERcorp tags currencies and named
# events/prizes/religions as MISC and leaves nationality adjectives (NORP) untagged.
WOJOOD_TYPES = {
    "PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "EVENT": "MISC", "CURR": "MISC", "PRODUCT": "MISC", "LAW": "MISC",
}
_TAG = regex.compile(r"^([BI])-+([A-Za-z]+?)\d*[-\d`]*$")
WOJOOD_SENTENCE_MARK = "$#$"


def read_conll(path: str | Path, *, keep_marks: bool = True) -> Iterator[Sentence]:
    """Sentences of a CoNLL file as lists of column rows (whitespace-separated)."""
    sent: Sentence = []
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            cols = line.split()
            if not cols:
                if sent:
                    yield sent
                sent = []
                continue
            if not keep_marks and cols[0] == WOJOOD_SENTENCE_MARK:
                if sent:
                    yield sent
                sent = []
                continue
            sent.append(cols)
    if sent:
        yield sent


def write_conll(sentences: Iterable[Sentence], out) -> None:
    """Write rows back as space-separated columns with a blank line between sentences."""
    for sent in sentences:
        for row in sent:
            out.write(" ".join(row))
            out.write("\n")
        out.write("\n")


def _map_tag(tag: str, types: Callable[[str], str | None]) -> str:
    m = _TAG.match(tag)
    if not m:
        return "O"
    label = types(m.group(2).upper())
    return f"{m.group(1)}-{label}" if label else "O"


def anercorp_type(t: str) -> str | None:
    return t if t in LABELS else None


def aqmar_type(t: str) -> str | None:
    """AQMAR: PER → PERS, MIS0–MIS3 (and malformed MIS variants) → MISC."""
    if t in ("PER", "PERS"):
        return "PERS"
    if t in ("LOC", "ORG"):
        return t
    if t.startswith("MIS"):
        return "MISC"
    return None  # B-SPANISH, B-ENGLISH: language labels, not entities in ANERcorp


def wojood_tag(tags: list[str]) -> str:
    """The outermost nesting level whose type maps to our scheme (else O)."""
    for tag in tags:
        mapped = _map_tag(tag, WOJOOD_TYPES.get)
        if mapped != "O":
            return mapped
    return "O"


def repair_bio(tags: list[str]) -> list[str]:
    """Turn an I- that does not continue an entity of its type into B-."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def gold_tags(sent: Sentence, scheme: str) -> list[str]:
    """One sentence's gold column mapped to PERS/ORG/LOC/MISC BIO (last column; for
    ``wojood`` every column after the token, outermost first)."""
    if scheme == "wojood":
        tags = [wojood_tag(row[1:]) for row in sent]
    else:
        types = aqmar_type if scheme == "aqmar" else anercorp_type
        tags = [_map_tag(row[-1], types) if len(row) > 1 else "O" for row in sent]
    return repair_bio(tags)


def load_corpus(kind: str, path: str | Path) -> list[tuple[list[str], list[str]]]:
    """``(tokens, tags)`` sentences of one corpus, tags mapped to PERS/ORG/LOC/MISC BIO."""
    paths = sorted(Path(path).glob("*.txt")) if Path(path).is_dir() else [Path(path)]
    out: list[tuple[list[str], list[str]]] = []
    for p in paths:
        for sent in read_conll(p, keep_marks=kind != "wojood"):
            out.append(([row[0] for row in sent], gold_tags(sent, kind)))
    return out


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(start, end, label)`` (token indices, end exclusive) of a BIO sequence.

    conlleval semantics: an I- after O or after another type starts a new entity.
    """
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, t in enumerate(tags):
        if t == "O":  # most tokens: it closes an open entity
            if start >= 0:
                out.append((start, i, label))
                start = -1
            continue
        b, _, typ = t.partition("-")
        if start >= 0 and (b != "I" or typ != label):
            out.append((start, i, label))
            start = -1
        if b == "B" or (b == "I" and start < 0):
            start, label = i, typ
    if start >= 0:
        out.append((start, len(tags), label))
    return out
