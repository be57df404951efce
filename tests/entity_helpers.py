"""Shared helpers for the entity-resolution tests: resolve hand-placed candidates (with the
gazetteer matches a document would get), and read the mentions back."""

from __future__ import annotations

import pytest

from khabar.extract.entities.candidates import Candidate, merge
from khabar.extract.entities.resolve import resolve
from khabar.gazetteer import names
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def tokenize():
    """Fixture: the text stage's tokens of a text (``tokenize(text)``)."""
    pipe = Pipeline(stages=["text"])
    return lambda text: pipe.analyze(text).tokens


def bio_tags(tokens: list, spans) -> list[str]:
    """BIO tags for ``tokens`` with each (first word, number of words, label) span (the first
    token with that text at or after the previous span)."""
    tags, k = ["O"] * len(tokens), 0
    for first, n, label in spans:
        k = next(i for i in range(k, len(tokens)) if tokens[i].text == first)
        tags[k : k + n] = [f"B-{label}"] + [f"I-{label}"] * (n - 1)
        k += n
    return tags


def run(text: str, *mentions: tuple, home: str | None = None, is_given=None,
        gazetteer: bool = True, outlet: str | None = None) -> list:
    """Resolve candidates given as (surface, label[, source]) in text order, each the first
    occurrence of its surface after the previous one, plus the gazetteer's own matches
    (none when not ``gazetteer``); ``outlet``: the document's outlet id."""
    cands, pos = [], 0
    for surface, label, *source in mentions:
        i = text.index(surface, pos)
        pos = i + len(surface)
        cands.append(Candidate(i, i + len(surface), label, source[0] if source else "model", 0.95))
    cands.sort(key=lambda c: c.start)
    kw = {"outlet": outlet} if outlet is not None else {}
    return resolve(text, merge(cands, names.find_all(text) if gazetteer else []), home, is_given, **kw)


def at(ents: list, surface: str, n: int = 0):
    """The ``n``-th mention whose text is ``surface``."""
    return [e for e in ents if e.text == surface][n]
