"""Rows of the store's internal ``events`` and ``event_actors`` query tables.

The store keeps its own flat events table for filtering and display (joined on
``article_id``; participants one per row in ``event_actors``). The EXPORTED events
table is the one of :mod:`khabar.export.tables` (built by
:func:`khabar.extract.events.table.event_rows`); exports always read the stored documents.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Actor, Document, Entity
from khabar.store.dates import span

EVENT_COLUMNS = (
    "id", "date", "date_source", "type", "mode", "contexts", "modality", "hedged", "intensity",
    "confidence", "actor_text", "actor_country", "actor_sector", "actor_entity",
    "recipient_text", "recipient_country", "recipient_sector", "recipient_entity",
    "location_name", "location_country", "lat", "lon", "trigger_text", "trigger_start",
    "trigger_end", "sentence_text", "attributed_to", "speaker", "published", "outlet",
    "source_url", "date_begin", "date_end", "historical", "report_day", "sentence_start",
)

# The offsets of an event's evidence in its article's text, for the rows that show an event's
# trigger_text and sentence_text read from the store's ``events ev`` (the story and actor
# timelines, the claims; session 24, exp24): the trigger stands at trigger_start -
# sentence_start in the sentence, which a client cannot find by its letters («قتل» after an
# earlier «مقتل»: 4.6 % of the news day's events). sentence_end is sentence_start + the
# sentence's length (the stored sentence_text is text[start:end]); null with sentence_start
# (a read-only store from before schema 15).
EVIDENCE_OFFSETS_SQL = ("ev.trigger_start, ev.trigger_end, ev.sentence_start,"
                        " ev.sentence_start + length(ev.sentence_text) AS sentence_end")


def _join(values: list[str | None]) -> str | None:
    kept = [v for v in values if v]
    return "; ".join(dict.fromkeys(kept)) if kept else None


def event_rows(doc: Document) -> list[dict]:
    """One row per event for the store's ``events`` table (columns :data:`EVENT_COLUMNS`)."""
    speakers = {q.id: q.speaker for q in doc.quotes}
    rows = []
    for ev in doc.events:
        loc = ev.location
        date = ev.date.value if ev.date else doc.published
        days = span(date)
        rows.append({
            "id": ev.id,
            "date": date,
            "date_source": ev.date.source if ev.date else ("dateline" if doc.published else None),
            "type": ev.type, "mode": ev.mode, "contexts": list(ev.contexts),
            "modality": ev.modality, "hedged": ev.hedged, "intensity": ev.score,
            "confidence": ev.confidence,
            "actor_text": _join([a.text for a in ev.actor]),
            "actor_country": _join([a.country for a in ev.actor]),
            "actor_sector": _join([a.sector for a in ev.actor]),
            "actor_entity": _join([a.entity for a in ev.actor]),
            "recipient_text": _join([a.text for a in ev.recipient]),
            "recipient_country": _join([a.country for a in ev.recipient]),
            "recipient_sector": _join([a.sector for a in ev.recipient]),
            "recipient_entity": _join([a.entity for a in ev.recipient]),
            "location_name": (loc.name or loc.text) if loc else None,
            "location_country": loc.country if loc else None,
            "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
            "trigger_text": ev.trigger.text, "trigger_start": ev.trigger.start,
            "trigger_end": ev.trigger.end, "sentence_text": ev.sentence.text,
            "attributed_to": ev.attributed_to,
            "speaker": speakers.get(ev.attributed_to) if ev.attributed_to else None,
            "published": doc.published, "outlet": doc.outlet, "source_url": doc.url,
            # the days the date covers [begin, end) (store.dates.span): sort and filter key
            "date_begin": days[0] if days else None, "date_end": days[1] if days else None,
            # a past event retold (PLOVER's auxiliary mode; schema 12): pages mark it
            "historical": ev.historical,
            # the date is the dateline as the day it was REPORTED only (a plan, a hypothesis,
            # a negated act, a retold past: EventDate.report_day; schema 14): date-range
            # filters leave it out (khabar.store.filters.event_date_clause)
            "report_day": bool(ev.date and ev.date.report_day),
            # where the evidence sentence starts in the text (schema 15): the trigger stands
            # at trigger_start - sentence_start in sentence_text (web.render.evidence)
            "sentence_start": ev.sentence.start,
        })
    return rows


# the labels a mention inside a conjunct names it by (a place inside is where, not who:
# khabar.extract.events.named); a mention that is the whole conjunct names it whatever its label
_NAMED_INSIDE = frozenset({"ORG", "PERS"})


def conjunct_members(part: Actor, entities: Sequence[Entity]) -> list[str]:
    """The entity of each conjunct of a coordinated participant («الاتحاد الأوروبي وسويسرا»,
    «الاتحاد الأوروبي والولايات المتحدة وإيران»), in text order, when two or more of its
    conjuncts name one; else ``[]``. A conjunct starts at the span or at a mention glued to a
    « و» (or after «، »); it is named by a mention that is the whole conjunct, or by the first
    group or person mention inside it. (Session 25, ux25: the events stage links a
    participant to one entity, its first member's, so Switzerland's page did not list the
    agreement it signed.)"""
    text = part.text
    inside = sorted((e for e in entities if e.entity and part.start <= e.start
                     and e.end <= part.end), key=lambda e: (e.start, -e.end))
    cuts = [part.start]
    for e in inside:
        k = e.start - part.start
        if k >= 2 and text[k - 1] == "و" and text[k - 2] == " ":
            cuts.append(e.start - 2)
        elif k >= 2 and text[k - 2:k] == "، ":
            cuts.append(e.start - 2)
    cuts = sorted(set(cuts))
    if len(cuts) < 2:
        return []
    members: list[str] = []
    for lo, hi in zip(cuts, [*cuts[1:], part.end], strict=True):
        lo = lo if lo == part.start else lo + 2  # past « و» / «، »
        whole = next((e for e in inside if e.start == lo and e.end == hi), None)
        named = whole or next((e for e in inside if lo <= e.start and e.end <= hi
                               and e.label in _NAMED_INSIDE), None)
        if named is not None and named.entity not in members:
            members.append(named.entity)
    return members if len(members) >= 2 else []


def participant_rows(article_id: int, doc: Document, actor_of: dict[str, int]) -> list[tuple]:
    """The ``event_actors`` rows of a document: one per participant, keyed by its ``entity``;
    and one more for each other member of a coordinated participant
    (:func:`conjunct_members`), with the member's entity and text, and no country or sector
    of its own (the events stage coded the participant as a whole: a country filter reads
    the participant's), so an actor's page and ``--actor`` find the events its conjunct
    took part in."""
    rows = []
    for ev in doc.events:
        for role, actors in (("actor", ev.actor), ("recipient", ev.recipient)):
            for a in actors:
                rows.append((article_id, ev.id, role, a.text, a.country, a.sector, a.entity,
                             actor_of.get(a.entity or "")))
                for member in conjunct_members(a, doc.entities):
                    if member != a.entity:
                        name = next((e.text for e in doc.entities if e.entity == member
                                     and a.start <= e.start and e.end <= a.end), a.text)
                        rows.append((article_id, ev.id, role, name, None, None, member,
                                     actor_of.get(member)))
    return rows
