"""Shared helpers of the event tests: a made-up sentence's events of a type and the roles of
its first one, with every span checked against the original text."""

from __future__ import annotations

from functools import lru_cache

from khabar.pipeline import Pipeline

# The stages of the event tests on written sentences: the rules without the entity stage (so a
# retrained NER model cannot turn them red or green).
RULE_STAGES = ("text", "times", "quantities", "quotes", "events")


@lru_cache(maxsize=1)
def rule_pipeline() -> Pipeline:
    """One pipeline of :data:`RULE_STAGES` per test process."""
    return Pipeline(RULE_STAGES)


def participants(pipe: Pipeline, text: str, type_: str) -> tuple[list, list]:
    """Actor and recipient entries of the first ``type_`` event (each span must slice the text)."""
    doc = pipe.analyze(text)
    evs = [e for e in doc.events if e.type == type_]
    assert evs, [(e.type, e.trigger.text) for e in doc.events]
    e = evs[0]
    for a in e.actor + e.recipient:
        assert doc.text[a.start : a.end] == a.text
    return e.actor, e.recipient


def roles(pipe: Pipeline, text: str, type_: str) -> tuple[list[str], list[str]]:
    """Actor and recipient texts of the first ``type_`` event (each span must slice the text)."""
    actor, recipient = participants(pipe, text, type_)
    return [a.text for a in actor], [r.text for r in recipient]


def events_of(pipe: Pipeline, text: str, type_: str, published: str | None = None) -> list:
    """The ``type_`` events of ``text`` (dated ``published`` if given; every event's trigger
    must slice the text)."""
    doc = pipe.analyze(text, published=published) if published else pipe.analyze(text)
    for e in doc.events:
        assert doc.text[e.trigger.start : e.trigger.end] == e.trigger.text
    return [e for e in doc.events if e.type == type_]


def modalities(pipe: Pipeline, text: str, type_: str, published: str | None = None) -> list[str]:
    """The modality of each ``type_`` event of ``text``; there must be at least one."""
    evs = events_of(pipe, text, type_, published)
    assert evs, text
    return [e.modality for e in evs]
