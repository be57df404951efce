"""PLOVER events (issue 6): the pipeline stage that fills `Document.events`."""

from __future__ import annotations

from khabar.document import Document


class EventStage:
    """Placeholder until the stage is built: returns an empty layer."""

    name = "events"
    layer = "events"

    def __call__(self, doc: Document) -> list:
        return []
