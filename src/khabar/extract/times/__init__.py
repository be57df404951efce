"""Time expressions (issue 3): the pipeline stage that fills `Document.times`."""

from __future__ import annotations

from khabar.document import Document


class TimeStage:
    """Placeholder until the stage is built: returns an empty layer."""

    name = "times"
    layer = "times"

    def __call__(self, doc: Document) -> list:
        return []
