"""Archive catalogue headings (session 20, the Wojood sample): a month name heading a bracketed
full date of the same month is one span with it — «صحيفة الأهرام / آذار (5 / 3 / 1950)» is the
day 1950-03-05, not a month of its own beside the date. Run on the kept candidates (normalised
text); a month that is not the date's keeps its own expression."""

from __future__ import annotations

from functools import cache

import regex

from khabar.extract.times.context import Candidate
from khabar.extract.times.lexicon import alt, key, lexicon

DAY_VALUE = regex.compile(r"^(?:\d{4}|XXXX)-(\d\d)-\d\d$")
AFTER = regex.compile(r"\s*\)")


@cache
def _heading() -> regex.Pattern:
    """A month name (Gregorian, any naming system) and an opening bracket, right before the date."""
    return regex.compile(rf"(?<![\p{{L}}])(?P<month>{alt(lexicon().months)})\s*\(\s*$")


def month_headings(kept: list[Candidate], text: str) -> list[Candidate]:
    """«آذار (5 / 3 / 1950)»: the bracketed day takes the month name before it into its span (the
    closing bracket too); a candidate the month name made of its own («آذار» → XXXX-03) is dropped."""
    if "(" not in text:
        return kept
    if not kept:
        _heading()  # compiled once, at the stage's start
        return kept
    drop: set[int] = set()
    for i, c in enumerate(kept):
        dm = DAY_VALUE.match(c.value)
        if dm is None or c.type != "DATE" or text[c.start - 1 : c.start] not in ("(", " ") or "(" not in text[
                max(0, c.start - 3) : c.start]:
            continue
        close = AFTER.match(text, c.end)
        head = _heading().search(text, max(0, c.start - 30), c.start) if close else None
        if head is None or lexicon().months.get(key(head.group("month"))) != int(dm.group(1)):
            continue
        start = head.start("month")
        for j in range(i - 1, -1, -1):
            if kept[j].end <= start:
                break
            drop.add(j)  # the month alone («آذار» → XXXX-03)
        c.start, c.end = start, close.end()
    return [c for j, c in enumerate(kept) if j not in drop] if drop else kept
