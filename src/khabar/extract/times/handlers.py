"""Turning a pattern match into a time value: one handler per rule family.

A handler gets the match and a :class:`Context` (normalised text, dateline) and returns a
:class:`Candidate` (normalised offsets, TIMEX3 type/value/mod/calendar, interval) or
``None`` to reject the match. The handlers live in ``rules_calendar``, ``rules_relative``
and ``rules_amounts``; resolution rules: docs/time.md.
"""

from __future__ import annotations

from khabar.extract.times.context import Candidate, Context
from khabar.extract.times.rules_amounts import duration, iplural, plural, podset, set_, vagueago
from khabar.extract.times.rules_calendar import (
    century,
    dayrange,
    decade,
    gdate,
    gyear,
    hdate,
    hyear,
    millennium,
    numdate,
    numrange,
    occasion,
    quarter,
    yearera,
)
from khabar.extract.times.rules_relative import (
    clock,
    clockword,
    curday,
    podadv,
    relday,
    relperiod,
    vague,
    weekday,
    wireclock,
)

__all__ = ["HANDLERS", "Candidate", "Context"]

HANDLERS = {
    "gdate": gdate, "hdate": hdate, "occasion": occasion, "numdate": numdate, "numrange": numrange, "dayrange": dayrange,
    "quarter": quarter, "hyear": hyear, "gyear": gyear, "yearera": yearera, "decade": decade, "century": century,
    "millennium": millennium,
    "clock": clock,
    "clockword": clockword, "wireclock": wireclock, "weekday": weekday, "relday": relday, "relperiod": relperiod, "curday": curday,
    "plural": plural, "iplural": iplural, "duration": duration, "gduration": duration, "vagueago": vagueago, "set": set_, "podset": podset, "vague": vague,
    "podadv": podadv,
}
