"""When an event happened: the governing time expression, else the dateline.

The governing time is the ``doc.times`` expression of type DATE or TIME in the trigger's
sentence, in its clause if possible (fewest commas between), nearest to the trigger (a DURATION or SET does not date an event). With none, the
document's dateline (``published``) dates the event (source "dateline"); with no dateline,
the date is null. A time expression that is part of a name («قادة ثورة 11 فبراير», «مدينة 6
أكتوبر») dates no event but the named one (``khabar.extract.times.named_days``, session 18).
(session 22) A dateline given to a plan, a hypothesis, a negated act or a past event retold is
flagged ``report_day`` (:func:`mark_report_day`): the day it was reported, not the day it happened;
a time expression two clause breaks or more from the trigger dates it only when it opens the
sentence (:func:`_far`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from khabar.document import EventDate, Sentence, Time
from khabar.extract.times.named_days import named_by


def breaks_between(sentence: Sentence, t: Time, trigger_start: int) -> int:
    """Clause breaks (commas, semicolons) between a time expression and the trigger."""
    a, b = sorted((t.start, trigger_start))
    chunk = sentence.text[a - sentence.start : b - sentence.start]
    return sum(chunk.count(c) for c in ",،;؛")


# (session 22, evl22) a time expression two clause breaks or more away from the trigger belongs to
# another clause's event («حين وقع تفجير مسجدي القديح ومسجد العنود، في شهر شعبان الفائت، … وأضاف أنه
# حين وقع تفجير مسجد في عسير»، «… وكذا تمرد كتيبتين … أول من أمس السبت» for the withdrawal two clauses
# before) — unless it opens the sentence and so frames all of it («وصباح اليوم، قتلت الشرطة …، خلال تلك
# الاشتباكات»)
FAR = 2
OPENERS = ("و", "وفي", "في", "ففي", "وفى", "فى")


ADJACENT_BREAK = re.compile(r"^[\s)(]*[,،;؛]")


def _far(sentence: Sentence, t: Time, trigger_start: int) -> bool:
    """(session 22) Whether ``t`` is FAR clause breaks from the trigger — not counting, for a time
    between two commas, the comma on the trigger's side («كشفت الشرطة، أمس، في المحكمة …، عن تقديم
    لائحة اتهام») — and does not open the sentence."""
    n = breaks_between(sentence, t, trigger_start)
    text = sentence.text
    if ADJACENT_BREAK.match(text[t.end - sentence.start :]) and ADJACENT_BREAK.match(
            text[: t.start - sentence.start][::-1]):
        n -= 1  # a time between two commas: the one on the trigger's side is its own
    if n < FAR:
        return False
    before = sentence.text[: t.start - sentence.start].split()
    return not (len(before) == 0 or len(before) == 1 and before[0] in OPENERS)


# «منذ/حتى الآن» opens or closes a span of time, it does not say the event is going on now
SPAN_BEFORE = ("من", "منذ", "حتى", "وحتى", "الى", "إلى", "لغاية")


def _present_of(times: Sequence[Time], sentence: Sentence, trigger_start: int, chosen: Time) -> Time | None:
    """A present reference of the trigger's own clause nearer than the chosen date — «الذي يزور المنطقة
    حالياً» after «استقبل … أمس», «المفاوضات الجارية الآن» after «منذ يونيو الماضي» (session 21, t21): the
    event is going on at the report's time, not at the other date of the sentence."""
    far = (breaks_between(sentence, chosen, trigger_start), abs(chosen.start - trigger_start))
    for t in times:
        if t.value != "PRESENT_REF" or not (sentence.start <= t.start and t.end <= sentence.end):
            continue
        if breaks_between(sentence, t, trigger_start) or (0, abs(t.start - trigger_start)) >= far:
            continue
        before = sentence.text[max(0, t.start - sentence.start - 8) : t.start - sentence.start].split()
        if before and before[-1] in SPAN_BEFORE:
            continue
        return t
    return None


def event_date(
    times: Sequence[Time], sentence: Sentence, trigger_start: int, published: str | None
) -> EventDate | None:
    """The date of an event whose trigger starts at ``trigger_start`` in ``sentence``."""
    inside = [t for t in times if sentence.start <= t.start and t.end <= sentence.end
              and t.type in ("DATE", "TIME") and t.value[:1].isdigit()
              and not named_by(sentence.text, t.start - sentence.start, t.end - sentence.start,
                               trigger_start - sentence.start)
              and not _far(sentence, t, trigger_start)]
    if inside:
        t = min(inside, key=lambda t: (breaks_between(sentence, t, trigger_start), abs(t.start - trigger_start)))
        now = _present_of(times, sentence, trigger_start, t) if published else None
        if now is not None and published:
            return EventDate(value=published[:10], source="text", time=now.id)
        return EventDate(value=t.value, source="text", time=t.id)
    if published:
        return EventDate(value=published[:10], source="dateline", time=None)
    return None


def mark_report_day(date: EventDate | None, modality: str, historical: bool) -> EventDate | None:
    """(session 22, evl22) The dateline given to an event that is no news of the report's days — not
    asserted (a plan «سيستدعي … للتحقيق», a hypothesis «نأمل في إلقاء القبض», a negated act) or a past
    event retold — flagged ``report_day``: the issue's fallback value is kept, marked as the day of the
    report only. A date of the text is the event's own and is never flagged."""
    if date is not None and date.source == "dateline" and (modality != "asserted" or historical):
        date.report_day = True
    return date
