"""Which named entity an event participant stands for, when the rules gave it none.

The participant rules link a participant to a document entity where they matched it as one
(a country, a person with a title); a group the actor dictionary matched («مواقع الحوثيين»,
«عناصر داعش», «طائرات التحالف العربي») kept ``entity`` null although the entity stage had
found the group inside it — so the store's actor pages, ``khabar entity`` and ``--actor``
missed those events (the news day's Houthis: 1 event of 47; session 24, ux24).

:func:`link_named` gives such a participant the entity of the first group or person
mention inside its span, or of any mention that is the whole span (a bare «المملكة»). A place
inside a participant is mostly where it is («المقاومة في مديرية الحزم») or a nationality read
as a country («لاجئا سوريا»), so it links only as the whole span. A participant without any
mention keeps ``entity`` null: nothing is invented (its country and sector still select it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from khabar.document import Actor, Entity, Event

NAMED_INSIDE = frozenset({"ORG", "PERS"})


def named_entity(part: Actor, entities: Sequence[Entity]) -> str | None:
    """The document entity id a participant stands for: its own, else the first group or
    person mention inside its span, or a mention that is the whole span; else None.
    ``entities`` in text order (as the entity stage writes them)."""
    if part.entity:
        return part.entity
    for e in entities:
        if e.start >= part.end:
            break
        if not e.entity or e.start < part.start or e.end > part.end:
            continue
        if e.label in NAMED_INSIDE or (e.start == part.start and e.end == part.end):
            return e.entity
    return None


def link_named(events: Iterable[Event], entities: Sequence[Entity]) -> None:
    """Set the ``entity`` of every actor and recipient that has none and names one
    (:func:`named_entity`), in place."""
    ordered = sorted(entities, key=lambda e: (e.start, -e.end))
    for ev in events:
        for part in (*ev.actor, *ev.recipient):
            if part.entity is None:
                part.entity = named_entity(part, ordered)
