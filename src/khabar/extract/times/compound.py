"""Compound durations (session 19): «3 ساعات و48 دقيقة» → PT3H48M, «ساعة وعشرين دقيقة» → PT1H20M,
«سنة و سبعة أشهر» → P1Y7M.

An amount of a larger unit, «و», and a DURATION of a smaller unit right after it are one
duration, as «خمسة أعوام ونصف العام» is (docs/time.md, «Spans»). The first part is a simple
DURATION candidate (a number and its unit, an approximator allowed: its mod is the whole's) or a
bare singular unit left out by the duration family («سنة», «ساعة»). Not joined: two amounts of the
same unit («بين [19] و[30 عاماً]», two spans), an ago/later date before «و» («قبل 14 عاما وبضعة
أشهر»), a vague amount («بضعة أشهر»), a second part with its own approximator.
"""

from __future__ import annotations

import regex

from khabar.extract.times.context import Candidate

# one number and one unit: «P3Y», «PT48M» (a decade is P10Y: its unit is the year)
SIMPLE = regex.compile(r"^P(T?)(\d+)([YMWDHS])$")
ORDER = {"Y": 0, "M": 1, "W": 2, "D": 3, "H": 4, "TM": 5, "S": 6}  # «TM»: minutes
JOIN = regex.compile(r"\s*و\s*")
BARE_UNITS = {"عام": "Y", "سنه": "Y", "شهر": "M", "اسبوع": "W", "يوم": "D", "ساعه": "H", "دقيقه": "TM"}
# a bare singular unit and «و» right before the second part: «( سنة و سبعة أشهر )»
BARE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?P<unit>" + "|".join(BARE_UNITS) + r")\s*و\s*$")


def _parts(value: str) -> tuple[str, int] | None:
    """``(unit, amount)`` of a simple duration value; minutes are «TM» (months «M»)."""
    m = SIMPLE.match(value)
    if m is None:
        return None
    unit = "TM" if m.group(1) and m.group(3) == "M" else m.group(3)
    return unit, int(m.group(2))


def _value(parts: list[tuple[str, int]]) -> str:
    date = "".join(f"{n}{u}" for u, n in parts if u in ("Y", "M", "W", "D"))
    time = "".join(f"{n}{u[-1]}" for u, n in parts if u in ("H", "TM", "S"))
    return "P" + date + (f"T{time}" if time else "")


def compound_durations(kept: list[Candidate], text: str) -> list[Candidate]:
    """Join an amount of a larger unit and a duration of a smaller unit after «و» (``text`` is
    the normalised text the candidates point into)."""
    # a second part follows «و»: one slice test per duration before any regex, none for other types
    seconds = {id(c) for c in kept if c.type == "DURATION" and not c.mod
               and text[max(0, c.start - 3) : c.start].rstrip().endswith("و")}
    if not seconds:
        return kept
    out: list[Candidate] = []
    for c in kept:
        second = _parts(c.value) if id(c) in seconds else None
        if second is None:
            out.append(c)
            continue
        prev = out[-1] if out else None
        first = _parts(prev.value) if prev is not None and prev.type == "DURATION" else None
        if first is not None and JOIN.fullmatch(text, prev.end, c.start) and ORDER[first[0]] < ORDER[second[0]]:
            prev.end, prev.value = c.end, _value([first, second])
            continue
        bare = BARE_BEFORE.search(text, max(0, c.start - 12), c.start)
        if bare is not None and (prev is None or prev.end <= bare.start()) \
                and ORDER[BARE_UNITS[bare.group("unit")]] < ORDER[second[0]]:
            c.start, c.value = bare.start(), _value([(BARE_UNITS[bare.group("unit")], 1), second])
        out.append(c)
    return out

