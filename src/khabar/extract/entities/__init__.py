"""Named entities (issue 4): the pipeline stage that fills `Document.entities`."""

from __future__ import annotations

from khabar.document import Document


class EntityStage:
    """Placeholder until the stage is built: returns an empty layer."""

    name = "entities"
    layer = "entities"

    def __call__(self, doc: Document) -> list:
        return []
