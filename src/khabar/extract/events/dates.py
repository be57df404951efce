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
from bisect import bisect_right
from collections.abc import Sequence

from khabar.document import Event, EventDate, Sentence, Time, Token
from khabar.extract.times.named_days import named_by
from khabar.text.normalize import match_forms


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


# (session 23, evl23) a consequence or a reaction joins two events of a sentence, and the effect
# happened when its cause did: «… في يناير، وسط هجمات … شنتها فصائل عراقية …، ما دفع الولايات المتحدة
# إلى شن ضربات» (the strikes of January, which the far-clause rule above would leave to the dateline),
# «ما أدى إلى مقتل»، «مما أسفر عن»، «ما تسبب في» — the effect after the link; «قتل خمسة إثر سقوط قذيفة»،
# «ردا على» — the effect before it, its cause after
CONSEQUENCE_OPENERS = match_forms("ما مما وما ومما")
CONSEQUENCE_VERBS = match_forms("دفع دفعت أدى أدت تسبب تسببت أسفر أسفرت أجبر أجبرت اضطر اضطرت حدا")
# «إثر» written with its hamza below, or after «على» («على اثر»): «أثر» is also an effect, a trace
REACTION_WORDS = frozenset({"إثر", "وإثر"})
ON = match_forms("على وعلى")
REPLY_WORDS = match_forms("ردا رداً ردًا وردا")
CLAUSE_MARKS = frozenset(",،;؛.:")


def consequence_links(tokens: Sequence[Token]) -> list[tuple[int, bool]]:
    """The consequence and reaction links of a sentence's tokens: ``(token index, effect_after)`` —
    «ما دفع»/«مما أدى» (the effect after the link) or «إثر»/«ردا على» (the effect before it)."""
    out: list[tuple[int, bool]] = []
    for k, t in enumerate(tokens[:-1]):
        nxt = tokens[k + 1]
        if t.norm in CONSEQUENCE_OPENERS and (nxt.norm in CONSEQUENCE_VERBS or nxt.base in CONSEQUENCE_VERBS):
            out.append((k, True))
        elif (t.text in REACTION_WORDS or t.norm == "اثر" and k > 0 and tokens[k - 1].norm in ON
              or t.norm in REPLY_WORDS and nxt.norm in ON):
            out.append((k, False))
    return out


def _clause_free(tokens: Sequence[Token], a: int, b: int) -> bool:
    """No clause mark among tokens ``a..b`` (exclusive)."""
    return not any(t.kind == "punct" and t.text in CLAUSE_MARKS for t in tokens[a + 1 : b])


def linked_dates(events: Sequence[Event], tokens: Sequence[Token]) -> None:
    """(session 23) Give the effect of a consequence or reaction link its cause's date when a time
    expression dates the cause and none dates the effect (its date is the dateline, or none without
    one). Before «ما دفع» the cause is the nearest earlier event at any distance (the clause the link
    closes) and the effects are the events of the link's clause after it; before «إثر»/«ردا على» the
    effect is the nearest earlier event at any distance («قتل خمسة أشخاص، بينهم طفلان، في مدينة سبها،
    إثر هجوم شنه مسلحون أمس») and the cause the first event after the link in its clause. A date of the text the effect already has stays (its own, or nearer to it
    than the cause's: «… الليلة الماضية …، ما أدى إلى مقتل شرطي»)."""
    links = consequence_links(tokens)
    if not links or len(events) < 2:
        return
    starts = [t.start for t in tokens]
    at = [(bisect_right(starts, ev.trigger.start) - 1, ev) for ev in events]
    for m, after in links:
        if after:
            causes = [(k, ev) for k, ev in at if k < m]
            effects = [ev for k, ev in at if k > m + 1 and _clause_free(tokens, m, k)]
            cause = max(causes, key=lambda r: r[0])[1] if causes else None
        else:
            causes = [(k, ev) for k, ev in at if k > m and _clause_free(tokens, m, k)]
            effects = [ev for k, ev in at if k < m][-1:]
            cause = min(causes, key=lambda r: r[0])[1] if causes else None
        if cause is None:
            continue
        src = cause.date
        if src is None or src.source != "text":
            continue
        for ev in effects:
            if ev.date is not None and ev.date.source == "text":
                continue  # «ما أدى إلى مقتل 3 الأسبوع الماضي»: a date of the text is its own
            ev.date = mark_report_day(EventDate(value=src.value, source=src.source, time=src.time),
                                      ev.modality, ev.historical)
