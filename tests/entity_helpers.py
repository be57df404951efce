"""Shared helpers for the entity-resolution tests: resolve hand-placed candidates (with the
gazetteer matches a document would get), and read the mentions back."""

from __future__ import annotations

from khabar.extract.entities.candidates import Candidate, merge
from khabar.extract.entities.resolve import resolve
from khabar.gazetteer import names


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
