"""Claims: attributed statements about future events that carry a due date.

A claim is an event with ``modality == "future"`` that is reported in a quote (the event's
``attributed_to``, or the quote whose content contains the event trigger) and that has a
due date: the event's own text date, else the nearest DATE expression in the event's
sentence or the quote content that lies after the dateline — not one of the sentence before
the statement (since session 18: it dates the saying, «قال مندوبان اليوم الاثنين إن …») nor
one that is part of a name («مدينة 6 أكتوبر», ``khabar.extract.times.named_days``). "بحلول سبتمبر 2025" → due
2025-09-30 (the last day of the resolved interval). A DURATION right after a deadline cue
(``resources/claims/within_cues.txt``: خلال, في غضون, …) counts from the dateline:
"خلال ستة أشهر" published 2024-09-06 → due 2025-03-06. The store lists claims as *due*
(not yet past) or *overdue* relative to a given date.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import regex

from khabar.document import Document, Event, Quote, Time
from khabar.extract.times.named_days import named_by
from khabar.text.normalize import match_form

_YMD = regex.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_DURATION = regex.compile(r"^P(\d+(?:\.\d+)?)([YMWD])$")
_CUES = Path(__file__).resolve().parents[1] / "resources" / "claims" / "within_cues.txt"
CUE_WINDOW = 16  # characters before a duration searched for a deadline cue


@lru_cache(maxsize=1)
def within_cues() -> tuple[str, ...]:
    """Normalised deadline cues, longest first."""
    lines = _CUES.read_text(encoding="utf-8").splitlines()
    cues = {match_form(x.strip()) for x in lines if x.strip() and not x.startswith("#")}
    return tuple(sorted(cues, key=len, reverse=True))


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def deadline(t: Time, text: str, published: str | None) -> str | None:
    """Due date of a DURATION that follows a deadline cue, counted from the dateline."""
    m = _DURATION.match(t.value or "")
    if t.type != "DURATION" or not m or not published:
        return None
    before = match_form(text[max(0, t.start - CUE_WINDOW) : t.start]).rstrip()
    if not before.endswith(within_cues()):
        return None
    try:
        start = date.fromisoformat(published[:10])
    except ValueError:
        return None
    n, unit = float(m.group(1)), m.group(2)
    if unit == "D":
        return (start + timedelta(days=round(n))).isoformat()
    if unit == "W":
        return (start + timedelta(weeks=n)).isoformat()
    months = round(n * 12) if unit == "Y" else round(n)
    return _add_months(start, months).isoformat()


def _day_before(iso: str) -> str | None:
    try:
        return (date.fromisoformat(iso[:10]) - timedelta(days=1)).isoformat()
    except ValueError:
        return None


def due_date(t: Time) -> str | None:
    """The last day (ISO date) covered by a resolved DATE time, or ``None``."""
    if t.type != "DATE":
        return None
    if t.interval and t.interval.end:
        return _day_before(t.interval.end)
    m = _YMD.match(t.value or "")
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            return date(int(year), int(month), int(day)).isoformat()
        if month:
            last = calendar.monthrange(int(year), int(month))[1]
            return date(int(year), int(month), last).isoformat()
        return date(int(year), 12, 31).isoformat()
    except ValueError:
        return None


def _quote_for(doc: Document, ev: Event, quotes: dict[str, Quote]) -> Quote | None:
    if ev.attributed_to and ev.attributed_to in quotes:
        return quotes[ev.attributed_to]
    for q in doc.quotes:
        if q.content.start <= ev.trigger.start < q.content.end:
            return q
    return None


def _due(doc: Document, ev: Event, quote: Quote) -> tuple[str, Time] | None:
    times = {t.id: t for t in doc.times}
    lo = quote.content.start

    def said(t: Time) -> bool:
        # a time of the sentence before the statement dates the saying or an earlier clause,
        # not the claim: «قال مندوبان اليوم الاثنين إن المنظمة لا تنوي عقد اجتماع …» (session
        # 18); after it, the sentence may go on with the statement («ورجح أن تتم هذه الخطوة
        # قبل نهاية أغسطس»)
        return t.start >= lo

    candidates: list[Time] = []
    if ev.date and ev.date.source == "text" and ev.date.time in times and said(times[ev.date.time]):
        candidates.append(times[ev.date.time])
    spans = [(ev.sentence.start, ev.sentence.end), (quote.content.start, quote.content.end)]
    near = [t for t in doc.times if any(s <= t.start and t.end <= e for s, e in spans) and said(t)
            and not named_by(doc.text, t.start, t.end, ev.trigger.start)]  # «مدينة 6 أكتوبر»
    near.sort(key=lambda t: abs(t.start - ev.trigger.start))
    candidates.extend(near)
    for t in candidates:
        due = due_date(t) or deadline(t, doc.text, doc.published)
        if due and (not doc.published or due >= doc.published[:10]):
            return due, t
    return None


def extract_claims(doc: Document) -> list[dict]:
    """The claim rows of one document (see the ``claims`` table of the store)."""
    quotes = {q.id: q for q in doc.quotes}
    rows = []
    for ev in doc.events:
        if ev.modality != "future":
            continue
        quote = _quote_for(doc, ev, quotes)
        if quote is None:
            continue
        found = _due(doc, ev, quote)
        if found is None:
            continue
        due, t = found
        rows.append({
            "event_id": ev.id, "quote_id": quote.id, "speaker": quote.speaker,
            "speaker_entity": quote.speaker_entity, "statement": quote.content.text,
            "event_type": ev.type, "trigger_text": ev.trigger.text,
            "sentence_text": ev.sentence.text, "due": due, "due_text": t.text,
            "time_id": t.id, "published": doc.published,
        })
    return rows
