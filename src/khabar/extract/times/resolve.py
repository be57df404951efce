"""Calendar arithmetic for resolving time expressions against the dateline.

Pure functions over :class:`datetime.date`: ISO values of days, months, weeks,
quarters/halves and years, their intervals ``[begin, end)``, weekday resolution for
news, shifting by an amount of a unit, and Hijri (Umm al-Qura) months and days via
``hijridate``.
"""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri

Date = dt.date


def parse_date(s: str | None) -> Date | None:
    """The dateline as a date (accepts ``YYYY-MM-DD`` with an optional time part)."""
    if not s:
        return None
    try:
        return dt.date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def month_interval(y: int, m: int) -> tuple[str, str]:
    ny, nm = add_months(y, m, 1)
    return f"{y:04d}-{m:02d}-01", f"{ny:04d}-{nm:02d}-01"


def day_interval(d: Date) -> tuple[str, str]:
    return d.isoformat(), (d + dt.timedelta(days=1)).isoformat()


def minute_interval(begin: dt.datetime) -> tuple[str, str]:
    """The minute a clock time names, as a half-open ISO interval."""
    return begin.isoformat(timespec="minutes"), (begin + dt.timedelta(minutes=1)).isoformat(timespec="minutes")


def year_interval(y: int) -> tuple[str, str]:
    return f"{y:04d}-01-01", f"{y + 1:04d}-01-01"


def week_value(d: Date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def week_interval(d: Date) -> tuple[str, str]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday.isoformat(), (monday + dt.timedelta(days=7)).isoformat()


def quarter_interval(y: int, q: int) -> tuple[str, str]:
    m = 3 * (q - 1) + 1
    ny, nm = add_months(y, m, 3)
    return f"{y:04d}-{m:02d}-01", f"{ny:04d}-{nm:02d}-01"


def half_interval(y: int, h: int) -> tuple[str, str]:
    m = 6 * (h - 1) + 1
    ny, nm = add_months(y, m, 6)
    return f"{y:04d}-{m:02d}-01", f"{ny:04d}-{nm:02d}-01"


def valid_day(y: int, m: int, d: int) -> Date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def weekday(anchor: Date, iso_wd: int, direction: int) -> Date:
    """Resolve a weekday: -1 last one before the anchor, +1 next one after it,
    0 = the most recent one on or before the anchor (news default); ±2 a week further."""
    diff = (anchor.isoweekday() - iso_wd) % 7
    if direction > 0:
        return anchor + dt.timedelta(days=((iso_wd - anchor.isoweekday()) % 7 or 7) + 7 * (direction - 1))
    if direction < 0:
        return anchor - dt.timedelta(days=(diff or 7) + 7 * (-direction - 1))
    return anchor - dt.timedelta(days=diff)


def shift(anchor: Date, amount: float, unit: str) -> tuple[str, tuple[str, str]]:
    """``anchor + amount × unit`` as a value at the unit's granularity and its interval."""
    if unit in ("D", "H", "MIN", "S"):
        days = round(amount) if unit == "D" else 0
        d = anchor + dt.timedelta(days=days)
        return d.isoformat(), day_interval(d)
    if unit == "W":
        d = anchor + dt.timedelta(weeks=round(amount))
        return week_value(d), week_interval(d)
    months = {"M": 1, "Y": 12, "DE": 120, "CE": 1200}[unit] * amount
    if unit in ("Y", "DE", "CE") and float(amount).is_integer():
        y = anchor.year + int(round(months / 12))
        if not 1 <= y <= 9998:
            raise ValueError(f"year {y} outside the calendar")
        return f"{y:04d}", year_interval(y)
    y, m = add_months(anchor.year, anchor.month, int(round(months)))
    if not 1 <= y <= 9998:
        raise ValueError(f"year {y} outside the calendar")
    return f"{y:04d}-{m:02d}", month_interval(y, m)


def unanchored_shift(amount: float, unit: str) -> str:
    """The value :func:`shift` would give without a dateline: its granularity, unanchored
    (``قبل عشرين عاما`` → ``XXXX``, ``قبل ستة أشهر`` → ``XXXX-XX``, ``قبل أسبوعين`` → ``XXXX-WXX``)."""
    if unit in ("D", "H", "MIN", "S"):
        return "XXXX-XX-XX"
    if unit == "W":
        return "XXXX-WXX"
    if unit in ("Y", "DE", "CE") and float(amount).is_integer():
        return "XXXX"
    return "XXXX-XX"


# --- Hijri -------------------------------------------------------------------------

def hijri_of(d: Date) -> Hijri:
    return Gregorian(d.year, d.month, d.day).to_hijri()


def hijri_day(y: int, m: int, d: int) -> Date | None:
    """Gregorian date of a Hijri date: Umm al-Qura (hijridate) in its range 1343–1500 AH,
    the arithmetic (tabular) Islamic calendar outside it (±1–2 days)."""
    if not (1 <= m <= 12 and 1 <= d <= 30):
        return None
    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        if 1343 <= y <= 1500 or not 1 <= y <= 1700:
            return None  # an impossible day inside the Umm al-Qura range (30 of a 29-day month)
        return _tabular(y, m, d)
    return dt.date(g.year, g.month, g.day)


def _tabular(y: int, m: int, d: int) -> Date:
    """The arithmetic Islamic calendar (civil epoch, 16 July 622 Julian)."""
    jd = (11 * y + 3) // 30 + 354 * y + 30 * m - (m - 1) // 2 + d + 1948440 - 385
    return dt.date.fromordinal(jd - 1721425)


def hijri_month_interval(y: int, m: int) -> tuple[Date, Date] | None:
    """First day and the day after the last day of a Hijri month (Umm al-Qura)."""
    start = hijri_day(y, m, 1)
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    end = hijri_day(ny, nm, 1)
    if start is None or end is None:
        return None
    return start, end


def hijri_year_interval(y: int) -> tuple[Date, Date] | None:
    start, end = hijri_day(y, 1, 1), hijri_day(y + 1, 1, 1)
    if start is None or end is None:
        return None
    return start, end


def hijri_year_for(month: int, anchor: Date, direction: int) -> int:
    """The Hijri year of a bare Hijri month: the most recent occurrence not after the
    anchor's month (direction 0/-1), or the next one (direction +1)."""
    h = hijri_of(anchor)
    if direction > 0:
        return (h.year if month > h.month else h.year + 1) + direction - 1
    if direction < 0:
        return (h.year if month < h.month else h.year - 1) + direction + 1
    return h.year if month <= h.month else h.year - 1


def hijri_year_in_gregorian(month: int, gyear: int) -> int | None:
    """The Hijri year whose ``month`` starts in Gregorian year ``gyear``."""
    approx = int((gyear - 622) * 33 / 32)
    for hy in (approx - 1, approx, approx + 1, approx + 2):
        iv = hijri_month_interval(hy, month)
        if iv and iv[0].year == gyear:
            return hy
    return None


def span_value(start: Date, end: Date) -> str:
    """ISO interval value ``first/last`` (inclusive last day) of a multi-day period."""
    last = end - dt.timedelta(days=1)
    return start.isoformat() if last == start else f"{start.isoformat()}/{last.isoformat()}"
