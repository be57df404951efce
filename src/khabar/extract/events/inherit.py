"""Modality a verbal noun inherits from its sentence rather than from a cue word before it.

Two general cases (docs/events.md, "Frame"):

- **sequence**: a verbal noun governed by a sequence cue (يتبعه، يليه، على أن يتم، تمهيدا لـ)
  takes the modality of the nearest earlier event of its sentence — «سيغادرون العراق …،
  يتبعه سحب القوات» is future like the departure, while «انسحبت القوات ثم تبعه سحب
  المعدات» stays asserted like the past withdrawal;
- **planned date**: a verbal noun whose governing time expression — in its own clause — starts
  after the dateline cannot report an occurrence: «لانسحاب مئات من القوات بنهاية عام 2026»
  in an article of 2024 is future. Verbs keep their tense (the rule reads nouns only).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Sentence, Time
from khabar.extract.events.dates import breaks_between
from khabar.extract.events.modality import Frame

INHERITED = frozenset({"future", "hypothetical"})


def from_sequence(frame: Frame, earlier: Sequence[tuple[int, str]], start: int) -> str | None:
    """The modality a sequenced verbal noun at token ``start`` inherits, if any.

    ``earlier``: ``(token start, modality)`` of the events already framed in the sentence.
    """
    if not frame.sequence or frame.modality != "asserted":
        return None
    prev = [m for s, m in earlier if s < start]
    if prev and prev[-1] in INHERITED:
        return prev[-1]
    return None


def _begin(t: Time) -> str:
    return t.interval.begin if t.interval is not None else t.value


def planned(times: Sequence[Time], sentence: Sentence, trigger_start: int,
            published: str | None) -> bool:
    """Whether a DATE/TIME expression in the trigger's clause starts after the dateline."""
    if not published:
        return False
    day = published[:10]
    for t in times:
        if not (sentence.start <= t.start and t.end <= sentence.end):
            continue
        if t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
            continue
        if breaks_between(sentence, t, trigger_start) == 0 and _begin(t)[:10] > day:
            return True
    return False
