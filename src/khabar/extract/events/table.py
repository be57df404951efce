"""The flat events table: one row per event, POLECAT-like columns, for exports and Spark.

``event_rows(doc)`` is the single definition of the table; the store's exports (CSV,
Parquet) and the Spark job reuse it. Lists (several actors) are joined with ``"; "`` in
the ``*_text`` columns and the country/sector columns keep the first participant's code
(the primary actor, as in POLECAT) while ``*_countries``/``*_sectors`` keep all of them.

Columns (:data:`COLUMNS`, in order):

===================  ======================================================================
event_id             document id + ``:`` + event id (unique across a corpus)
doc_id               the document id
date                 event date (ISO) — from a time expression, else the dateline
date_source          ``text`` | ``dateline`` | empty
published            the document's dateline
type                 PLOVER type (ASSAULT, PROTEST, …)
mode                 PLOVER mode (firearms, demo, withdraw, …) or empty
quad                 VC | MC | VK | MK (verbal/material cooperation/conflict)
score                PLOVER intensity (-10 .. +10)
contexts             PLOVER contexts, ``;``-separated
modality             asserted | future | hypothetical | negated
hedged               true when reported with a likelihood cue or a hedged quote
historical           true when a past event is retold (explicit year)
actor_text           the actor mention(s)
actor_country        ISO alpha-3 / IGO / UNO / EUR / NGO / IMG of the first actor
actor_sector         PLOVER sector of the first actor (MIL, GOV, REB, …)
actor_countries      every actor's country, ``;``-separated
actor_sectors        every actor's sector, ``;``-separated
recipient_text       the recipient mention(s)
recipient_country    as for the actor
recipient_sector     as for the actor
recipient_countries  as for the actor
recipient_sectors    as for the actor
location_name        place name (canonical when geocoded)
location_country     ISO alpha-3 of the place
latitude             WGS84 latitude or empty
longitude            WGS84 longitude or empty
trigger              the trigger word(s) as written
trigger_start        trigger offset in the document text
trigger_end          trigger end offset
sentence             the evidence sentence
sentence_start       the sentence's offset in the document text: ``text[sentence_start:
                     sentence_end] == sentence``, and the trigger stands at ``trigger_start
                     - sentence_start`` in it (session 24)
sentence_end         the sentence's end offset
attributed_to        the quote id the event is reported in (``q3``) or empty
speaker              that quote's speaker, when known
confidence           the coder's confidence (0 .. 1) or empty
url                  the document URL
outlet               the outlet
title                the document title
===================  ======================================================================
"""

from __future__ import annotations

from functools import lru_cache

from khabar.document import Actor, Document, Event
from khabar.extract.events.lexicon import read_tsv

COLUMNS = (
    "event_id", "doc_id", "date", "date_source", "published", "type", "mode", "quad", "score",
    "contexts", "modality", "hedged", "historical",
    "actor_text", "actor_country", "actor_sector", "actor_countries", "actor_sectors",
    "recipient_text", "recipient_country", "recipient_sector", "recipient_countries",
    "recipient_sectors",
    "location_name", "location_country", "latitude", "longitude",
    "trigger", "trigger_start", "trigger_end", "sentence", "sentence_start", "sentence_end",
    "attributed_to", "speaker",
    "confidence", "url", "outlet", "title",
)


@lru_cache(maxsize=1)
def _quads() -> dict[str, str]:
    return {r[0]: r[1] for r in read_tsv("scores.tsv")}


def _participants(prefix: str, people: list[Actor]) -> dict:
    first = people[0] if people else None
    return {
        f"{prefix}_text": "; ".join(p.text for p in people),
        f"{prefix}_country": first.country if first else None,
        f"{prefix}_sector": first.sector if first else None,
        f"{prefix}_countries": ";".join(p.country or "" for p in people) or None,
        f"{prefix}_sectors": ";".join(p.sector or "" for p in people) or None,
    }


def event_row(doc: Document, ev: Event) -> dict:
    """One table row for one event of a document."""
    speakers = {q.id: q.speaker for q in doc.quotes}
    loc = ev.location
    row = {
        "event_id": f"{doc.id}:{ev.id}",
        "doc_id": doc.id,
        "date": ev.date.value if ev.date else None,
        "date_source": ev.date.source if ev.date else None,
        "published": doc.published,
        "type": ev.type,
        "mode": ev.mode,
        "quad": _quads().get(ev.type),
        "score": ev.score,
        "contexts": ";".join(ev.contexts),
        "modality": ev.modality,
        "hedged": ev.hedged,
        "historical": ev.historical,
        **_participants("actor", ev.actor),
        **_participants("recipient", ev.recipient),
        "location_name": (loc.name or loc.text) if loc else None,
        "location_country": loc.country if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "trigger": ev.trigger.text,
        "trigger_start": ev.trigger.start,
        "trigger_end": ev.trigger.end,
        "sentence": ev.sentence.text,
        # the sentence's own offsets (session 24): a client marking the trigger in it needs
        # trigger_start - sentence_start; sentence.find(trigger) marks an earlier «مقتل»
        # for «قتل» (4.6 % of the news day's events)
        "sentence_start": ev.sentence.start,
        "sentence_end": ev.sentence.end,
        "attributed_to": ev.attributed_to,
        "speaker": speakers.get(ev.attributed_to) if ev.attributed_to else None,
        "confidence": ev.confidence,
        "url": doc.url,
        "outlet": doc.outlet,
        "title": doc.title,
    }
    return {c: row[c] for c in COLUMNS}


def event_rows(doc: Document) -> list[dict]:
    """The events table rows of one document (columns: :data:`COLUMNS`)."""
    return [event_row(doc, ev) for ev in doc.events]
