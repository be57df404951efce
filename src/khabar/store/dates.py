"""The days a TIMEX3-like date value covers, ``[begin, end)``, for date filters.

Event dates are ISO days (``2015-08-10``), but also months (``2015-09``), years
(``2016``), ISO weeks (``2015-W32``, weekends ``2015-W33-WE``), quarters and halves
(``2016-Q1``, ``2015-H1``), decades and centuries (``196X``, ``19XX``), times of day (``2015-08-10T13:00``, ``2015-08-07TEV``) and
ranges (``2015/2016``, ``2015-06-18/2015-07-16``). Compared as strings these sort wrongly
(``2015-W32`` after ``2015-08-31``), so date filters compare the interval instead.
Values with no calendar position (``PAST_REF``, ``P3D``) have none.
"""

from __future__ import annotations

import datetime as dt
import re

_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_PART = re.compile(r"^(\d{4})-([QH])([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}


def _month_start(y: int, m: int) -> str:
    """The first day of month ``m`` of year ``y`` (``m`` may run past 12)."""
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return f"{y:04d}-{m:02d}-01"


def span(value: str | None) -> tuple[str, str] | None:
    """``(begin, end)`` ISO days of the interval ``value`` covers (end exclusive), or
    ``None`` when the value names no calendar position or is not a valid date."""
    if not value:
        return None
    value = value.strip()
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = span(first), span(last)
        return (a[0], b[1]) if a and b and a[0] < b[1] else None
    try:
        if m := _DAY.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d.isoformat(), (d + dt.timedelta(days=1)).isoformat()
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return (_month_start(y, mo), _month_start(y, mo + 1)) if 1 <= mo <= 12 else None
        if m := _YEAR.match(value):
            y = int(m[1])
            return f"{y:04d}-01-01", f"{y + 1:04d}-01-01"
        if m := _DECADE.match(value):  # 196X: the 1960s
            y = int(m[1]) * 10
            return f"{y:04d}-01-01", f"{y + 10:04d}-01-01"
        if m := _CENTURY.match(value):  # 19XX: 1900-1999
            y = int(m[1]) * 100
            return f"{y:04d}-01-01", f"{y + 100:04d}-01-01"
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:  # the weekend: Saturday and Sunday
                return ((monday + dt.timedelta(days=5)).isoformat(),
                        (monday + dt.timedelta(days=7)).isoformat())
            return monday.isoformat(), (monday + dt.timedelta(days=7)).isoformat()
        if m := _PART.match(value):
            y, n = int(m[1]), int(m[3])
            months = 3 if m[2] == "Q" else 6
            if m[2] == "H" and n > 2:
                return None
            first = 1 + months * (n - 1)
            return _month_start(y, first), _month_start(y, first + months)
        if m := _SEASON.match(value):
            y = int(m[1])
            lo, hi = _SEASON_MONTHS[m[2]]
            return _month_start(y, lo), _month_start(y, hi)
    except ValueError:  # 2015-02-30, week 54
        return None
    return None


def span_begin(value: str | None) -> str | None:
    """The first day ``value`` covers (an SQL function of the store)."""
    s = span(value)
    return s[0] if s else None


def span_end(value: str | None) -> str | None:
    """The day after the last day ``value`` covers (an SQL function of the store)."""
    s = span(value)
    return s[1] if s else None


def bound_from(value: str) -> str:
    """A lower bound given as a day, month or year: its first day (``2015-08`` →
    ``2015-08-01``); a value that is no date is kept as given."""
    s = span(value)
    return s[0] if s else value


def bound_until(value: str) -> str:
    """An inclusive upper bound given as a day, month or year, as an exclusive end
    (``2015-08-31`` and ``2015-08`` → ``2015-09-01``); other values are kept as given."""
    s = span(value)
    return s[1] if s else value


_BOUND = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
# a date-time as ISO 8601 / RFC 3339 write it (what a feed, a log or an API client gives):
# the day, then a time of hours and minutes at least, with an optional zone
_DATETIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([01][0-9]|2[0-3]):[0-5][0-9]"
                       r"(:[0-5][0-9]([.,][0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3])(:?[0-5][0-9])?)?",
                       re.I)
# Arabic-Indic and Persian digits, as an Arabic keyboard types them («٢٠١٥-٠٨»)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
# the forms a date filter takes, as every error message names them
BOUND_FORMS = ("a date: a day YYYY-MM-DD, a month YYYY-MM, a year YYYY, or a date-time "
               "YYYY-MM-DDThh:mm[:ss][Z|±hh:mm] (read as its day)")


def check_bound(value: str) -> str:
    """A date filter bound as typed — a day ``YYYY-MM-DD``, a month ``YYYY-MM``, a year
    ``YYYY`` (the store reads a month or year as all its days), or an ISO date-time
    ``2015-08-10T14:30:00+03:00`` (read as its day, as written: the store's dates are
    days, and the zone is not converted) — returned as the day, month or year, in ASCII
    digits (Arabic-Indic ones are read too); else a ``ValueError`` naming the forms: a
    misspelt date must not silently match nothing."""
    v = value.strip().translate(_DIGITS)
    if m := _DATETIME.fullmatch(v):
        v = m[1]
    if _BOUND.fullmatch(v) is None or span(v) is None:
        raise ValueError(f"not {BOUND_FORMS}: {value[:40]!r}")
    return v


def bounds_reversed(date_from: str | None, date_to: str | None) -> bool:
    """Whether the inclusive range ``[date_from, date_to]`` (checked bounds, either may be
    absent) ends before it starts: ``2015-09`` to ``2015-08-31`` does, ``2015-08`` to
    ``2015-08-10`` does not."""
    lo, hi = span(date_from), span(date_to)
    return bool(lo and hi and lo[0] >= hi[1])
