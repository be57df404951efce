"""When an event happened: the governing time expression, else the dateline.

The governing time is the ``doc.times`` expression of type DATE or TIME in the trigger's
sentence, in its clause if possible (fewest commas between), nearest to the trigger (a DURATION or SET does not date an event). With none, the
document's dateline (``published``) dates the event (source "dateline"); with no dateline,
the date is null. A time expression that is part of a name («قادة ثورة 11 فبراير», «مدينة 6
أكتوبر») dates no event but the named one (``khabar.extract.times.named_days``, session 18).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import EventDate, Sentence, Time
from khabar.extract.times.named_days import named_by


def breaks_between(sentence: Sentence, t: Time, trigger_start: int) -> int:
    """Clause breaks (commas, semicolons) between a time expression and the trigger."""
    a, b = sorted((t.start, trigger_start))
    chunk = sentence.text[a - sentence.start : b - sentence.start]
    return sum(chunk.count(c) for c in ",،;؛")


def event_date(
    times: Sequence[Time], sentence: Sentence, trigger_start: int, published: str | None
) -> EventDate | None:
    """The date of an event whose trigger starts at ``trigger_start`` in ``sentence``."""
    inside = [t for t in times if sentence.start <= t.start and t.end <= sentence.end
              and t.type in ("DATE", "TIME") and t.value[:1].isdigit()
              and not named_by(sentence.text, t.start - sentence.start, t.end - sentence.start,
                               trigger_start - sentence.start)]
    if inside:
        t = min(inside, key=lambda t: (breaks_between(sentence, t, trigger_start), abs(t.start - trigger_start)))
        return EventDate(value=t.value, source="text", time=t.id)
    if published:
        return EventDate(value=published[:10], source="dateline", time=None)
    return None
