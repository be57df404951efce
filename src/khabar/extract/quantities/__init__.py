"""Quantities (issue 3): the pipeline stage that fills `Document.quantities`."""

from __future__ import annotations

from khabar.document import Document


class QuantityStage:
    """Placeholder until the stage is built: returns an empty layer."""

    name = "quantities"
    layer = "quantities"

    def __call__(self, doc: Document) -> list:
        return []
