"""Quotations and attribution (issue 5): the pipeline stage that fills `Document.quotes`."""

from __future__ import annotations

from khabar.document import Document


class QuoteStage:
    """Placeholder until the stage is built: returns an empty layer."""

    name = "quotes"
    layer = "quotes"

    def __call__(self, doc: Document) -> list:
        return []
