"""Post-selection readings of a year named twice or left bare (session 15).

- «العام الحالي 2015م», «نهاية العام الماضي 2014», «للعام الحالي 2015»: a relative year and the
  number of the same year written after it are one span (the number agrees with the relation;
  «هذا العام 1436هـ» is the Hijri form, matched by the grammar). So when the relative year ends a
  month, quarter or half of it (session 22: «شهر ديسمبر (كانون الأول) من العام الحالي 2015»,
  «الربع الثاني من العام الجاري 2015»): the number names the year the span already holds.
- «واستمر في الربع الثاني من العام الماضي … إلى نهاية العام»: a bare part of «العام» after a
  bound («إلى/حتى/لغاية») is the end of the year its sentence narrates — the year of the nearest
  earlier expression of its sentence naming another year than the dateline's; with none, the
  dateline's year stays («حتى نهاية العام» of a plan).
"""

from __future__ import annotations

import regex

from khabar.extract.times import resolve as R
from khabar.extract.times.context import Candidate

YEAR_VALUE = regex.compile(r"^\d{4}$")
YEAR_OF = regex.compile(r"^(\d{4})(?:$|-(?:\d\d|W\d\d|Q\d|H\d))")
YEAR_NUMBER = regex.compile(r"(?:19|20)\d\d(?:\s*(?:م|ميلادي|ميلاديه))?")  # «2015», «2015م», «2015 م»
RELATIVE_YEAR = regex.compile(
    r"(?:عام|سنه)\s+(?:الحالي|الجاري|الماضي|المنصرم|الفائت|المقبل|القادم|الحاليه|الجاريه|الماضيه|المقبله|القادمه)$")
BARE_YEAR_PART = regex.compile(r"(?:نهايه|بدايه|مطلع|منتصف|اواخر|اوائل|اواسط)\s+(?:ال|ل)(?:عام|سنه)")
BOUND_BEFORE = regex.compile(r"(?:^|[^\p{L}])[وف]?(?:الي|حتي|لغايه|غايه)\s+$")
SENTENCE_END = regex.compile(r"[.!?؟\n]")
NARRATED_REACH = 250  # characters back to the year a bare part of «العام» continues


def year_appositions(kept: list[Candidate], text: str) -> list[Candidate]:
    """«العام الحالي 2015م», «شهر مايو من العام الجاري 2015»: the number after a relative year that
    ends a span of that year joins the span."""
    out: list[Candidate] = []
    for c in kept:
        prev = out[-1] if out else None
        held = YEAR_OF.match(prev.value) if prev is not None and prev.value else None
        if (prev is not None and c.type == "DATE" and prev.type == "DATE" and held is not None
                and YEAR_VALUE.match(c.value) and held.group(1) == c.value and not text[prev.end : c.start].strip()
                and c.start - prev.end <= 2 and YEAR_NUMBER.fullmatch(text, c.start, c.end)
                and RELATIVE_YEAR.search(text, max(0, prev.end - 24), prev.end)):
            prev.end = c.end
            continue
        if c.type == "DATE" and c.anchored and YEAR_VALUE.match(c.value) and (
                hm := BARE_HIJRI_YEAR.match(text, c.end)) and RELATIVE_YEAR.search(text, max(0, c.end - 24), c.end):
            _hijri_apposition(c, int(hm.group("y")), hm.end())
        out.append(c)
    return out


# (session 25) «حتى العام الماضي 1435»: a Hijri year without its era after a relative year, in a text that
# counts Hijri years; it is the same year when the Gregorian year holding most of it is the relative year's
# — before a stop, a particle or preposition, or a verb («1435 لتشمل»), never a counted noun («1435 طالبا»)
BARE_HIJRI_YEAR = regex.compile(
    r"\s+(?P<y>1[34]\d\d)(?![\p{L}\d/]|[.,]\d)(?=\s*(?:$|[^\s\p{L}\d]|(?:[وف]?(?:في|من|الي|حتي|علي|عن|مع|ثم|او|قبل|بعد)"
    r"|[وفل]?[يتن](?!\p{L}*(?:ات|ين|ون|ا)(?![\p{L}]))\p{L}{2,})(?![\p{L}])))")


def _hijri_apposition(c: Candidate, y: int, end: int) -> None:
    iv = R.hijri_year_interval(y)
    if iv is None:
        return
    mid = iv[0] + (iv[1] - iv[0]) / 2
    if mid.year == int(c.value):
        c.end, c.calendar, c.interval = end, "hijri", (iv[0].isoformat(), iv[1].isoformat())


def bounded_year_parts(kept: list[Candidate], text: str) -> list[Candidate]:
    """«… الربع الثاني من العام الماضي لتستقر إلى نهاية العام»: the bare part of the year after a
    bound takes the year its sentence narrates (the nearest earlier expression naming another
    year than the dateline's, within its sentence)."""
    for i, c in enumerate(kept):
        if not (c.anchored and YEAR_VALUE.match(c.value) and BARE_YEAR_PART.fullmatch(text, c.start, c.end)
                and BOUND_BEFORE.search(text, max(0, c.start - 12), c.start)):
            continue
        for p in reversed(kept[:i]):
            if c.start - p.end > NARRATED_REACH or SENTENCE_END.search(text, p.end, c.start):
                break
            y = YEAR_OF.match(p.value)
            if p.type != "DATE" or y is None:
                continue
            if int(y.group(1)) != int(c.value):
                year = int(y.group(1))
                c.value, c.interval, c.anchored = f"{year:04d}", R.year_interval(year), p.anchored
            break
    return kept
