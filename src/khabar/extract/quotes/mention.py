"""The speaker mention record: token range, proper-name range, kind and entity."""

from __future__ import annotations

from dataclasses import dataclass

from khabar.document import Entity


@dataclass(slots=True)
class Mention:
    """A speaker (or outlet) mention: token range, name range, kind."""

    start: int  # token index (inclusive)
    end: int  # token index (exclusive)
    name: tuple[int, int] | None  # token range of the proper name, if any
    kind: str | None  # person | organization | outlet | anonymous | document | group
    entity: Entity | None = None
    quoted: bool = False
