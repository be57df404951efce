"""The document model: one article, its original text, and typed annotation layers.

Every annotation is a span of character offsets ``[start, end)`` into the ORIGINAL
``Document.text`` plus the covered ``text``. The model is the output contract shared by
the CLI, the API, exports, the store and the Spark job; ``SCHEMA_VERSION`` is bumped
whenever a field changes meaning or disappears.
"""

from __future__ import annotations

from typing import Literal

import msgspec

SCHEMA_VERSION = "1.1"


class Span(msgspec.Struct, kw_only=True, omit_defaults=False):
    """A character range ``[start, end)`` of the original text and the text it covers."""

    start: int
    end: int
    text: str


class Sentence(Span, kw_only=True):
    """A sentence; ``paragraph`` is the 0-based index of the paragraph it starts in."""

    paragraph: int = 0


class Token(Span, kw_only=True):
    """A word, number or punctuation mark.

    ``norm`` is the normalised form used for matching; ``base`` is ``norm`` with
    proclitics removed and ``prefix`` the removed proclitics (normalised), so that
    ``prefix + base == norm``. ``kind`` is word | number | punct | symbol.
    """

    norm: str
    base: str
    prefix: str = ""
    kind: Literal["word", "number", "punct", "symbol"] = "word"
    sentence: int = 0


class Entity(Span, kw_only=True):
    """A named-entity mention.

    ``label`` PERS | ORG | LOC | MISC (GPE-like places are LOC). Mentions of one entity in
    a document share ``entity`` (a document-level id such as ``"E3"``) and ``canonical``.
    Places carry ``country`` (ISO alpha-3) and, where known, ``lat``/``lon``.
    """

    id: str
    label: str
    entity: str
    canonical: str
    kind: str | None = None  # finer kind: country, city, outlet, person, armed_group, ...
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    source: Literal["model", "gazetteer", "rule", "coref"] = "model"
    score: float | None = None


class Interval(msgspec.Struct, kw_only=True):
    """A resolved time interval ``[begin, end)`` as ISO dates or date-times."""

    begin: str
    end: str


class Time(Span, kw_only=True):
    """A TIMEX3-style time expression (type, ISO value, modifier, calendar, interval)."""

    id: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    mod: str | None = None
    calendar: Literal["gregorian", "hijri"] = "gregorian"
    interval: Interval | None = None
    anchored: bool = False  # True when the value was resolved against the dateline


class Quantity(Span, kw_only=True):
    """A number with what it counts: ``value`` or a vague ``[low, high]`` range."""

    id: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approx: str | None = None  # the approximator's kind: about, more_than, less_than, ...
    unit: str | None = None  # counted noun or unit, normalised (e.g. "جندي", "%", "km")
    currency: str | None = None  # ISO 4217 for money


class Via(msgspec.Struct, kw_only=True):
    """One intermediary that relayed a statement (an outlet, an agency, a person)."""

    name: str
    kind: str = "outlet"
    start: int | None = None
    end: int | None = None
    text: str | None = None
    entity: str | None = None
    cue: Span | None = None  # the phrase that names it as the channel («بحسب ما أوردت»)


class Quote(msgspec.Struct, kw_only=True):
    """An attribution relation: who said what, through whom."""

    id: str
    cue: Span
    source: Span | None = None
    implicit: bool = False
    content: Span
    speaker: str | None = None
    speaker_kind: Literal[
        "person", "organization", "outlet", "anonymous", "document", "group"
    ] | None = None
    speaker_entity: str | None = None
    via: list[Via] = []
    type: Literal["direct", "indirect", "mixed"] = "indirect"
    hedged: bool = False
    continues: str | None = None  # id of the quote this one continues ("وأضاف")


class Actor(Span, kw_only=True):
    """An event participant mention resolved to a PLOVER country and sector."""

    country: str | None = None
    sector: str | None = None
    entity: str | None = None


class Location(Span, kw_only=True):
    """Where an event happened, with its geocode where known."""

    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    entity: str | None = None


class EventDate(msgspec.Struct, kw_only=True):
    """When an event happened: a time expression of the text, or the dateline."""

    value: str
    source: Literal["text", "dateline"]
    time: str | None = None  # id of the governing Time
    # (session 22) true when nothing in the sentence dates the event and it is no news of the
    # report's days — a plan, a hypothesis, a negated act, a past event retold: the value is the
    # dateline only as the day it was reported (source "dateline"), not the day it happened
    report_day: bool = False


class Event(msgspec.Struct, kw_only=True):
    """A PLOVER event: type, mode, contexts, participants, place, date and evidence."""

    id: str
    type: str
    mode: str | None = None
    contexts: list[str] = []
    modality: Literal["asserted", "future", "hypothetical", "negated"] = "asserted"
    hedged: bool = False
    historical: bool = False  # PLOVER auxiliary mode: a past event retold (explicit year)
    trigger: Span
    sentence: Span
    actor: list[Actor] = []
    recipient: list[Actor] = []
    location: Location | None = None
    date: EventDate | None = None
    attributed_to: str | None = None  # id of the Quote the event is reported in
    score: float | None = None  # PLOVER intensity (-10 .. +10)
    confidence: float | None = None


class DocumentError(msgspec.Struct, kw_only=True):
    """A problem met while reading or analysing a document."""

    type: str
    message: str


class Document(msgspec.Struct, kw_only=True):
    """One article with its annotation layers."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date (the dateline) used to resolve times
    # (schema 1.1, session 24) the input record's full publication time, ISO with the time of
    # day (``2015-08-10T18:47:56``), when it gave one: it orders same-day copies of a story
    # (who reported first); and the record's author / byline as written. Carried so that
    # khabar analyze's output, ingested, stores what khabar ingest of the input stores.
    published_at: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    schema_version: str = SCHEMA_VERSION
    pipeline_version: str | None = None
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    entities: list[Entity] = []
    times: list[Time] = []
    quantities: list[Quantity] = []
    quotes: list[Quote] = []
    events: list[Event] = []
    warnings: list[DocumentError] = []

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` of this document's text."""
        return Span(start=start, end=end, text=self.text[start:end])


LAYERS = ("sentences", "tokens", "entities", "times", "quantities", "quotes", "events")

_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(Document)


def to_json(doc: Document) -> bytes:
    """Serialise a document to UTF-8 JSON bytes."""
    return _encoder.encode(doc)


def to_dict(doc: Document) -> dict:
    """A plain-dict view of a document (for templates and tables)."""
    return msgspec.to_builtins(doc)


def from_json(data: bytes | str) -> Document:
    """Read a document back from its JSON form."""
    return _decoder.decode(data)


def json_schema() -> dict:
    """The JSON Schema of the document JSON, generated from the model."""
    return msgspec.json.schema(Document)
