"""The stage protocol every extractor implements."""

from __future__ import annotations

from typing import Protocol

from khabar.document import Document


class Stage(Protocol):
    """One pipeline step. ``layer`` names the Document field the stage fills.

    A stage loads its resources once (in ``__init__``), and ``__call__`` returns the new
    layer for one document without mutating earlier layers.
    """

    name: str
    layer: str

    def __call__(self, doc: Document) -> list: ...
