"""Time expressions (issue 3): the pipeline stage that fills ``Document.times``.

Runs the rule families of :mod:`khabar.extract.times.patterns` over the normalised
text, turns matches into values with :mod:`khabar.extract.times.handlers` (resolved
against ``doc.published``), keeps the longest non-overlapping candidates and maps
their spans back to original offsets. Rules and conventions: docs/time.md.
"""

from __future__ import annotations

import regex

from khabar.document import Document, Interval, Time
from khabar.extract.times.anchors import FULL_SCAN, windows
from khabar.extract.times.compound import compound_durations
from khabar.extract.times.handlers import HANDLERS, Candidate, Context
from khabar.extract.times.headings import month_headings
from khabar.extract.times.lexicon import norm as norm_word
from khabar.extract.times.merge import (
    align_weekdays,
    attach_clocks,
    day_adverbs,
    elliptic_years,
    repeat_weekdays,
    same_days,
    zone_clocks,
)
from khabar.extract.times.patterns import families
from khabar.extract.times.ranges import (
    approximate_clocks,
    narrated_after,
    shared_years,
    weekday_ranges,
)
from khabar.extract.times.resolve import parse_date
from khabar.extract.times.rules_amounts import listed_durations, range_durations
from khabar.extract.times.spans import DisjointSpans, SpanUnion
from khabar.extract.times.textview import TextView, view
from khabar.extract.times.years import bounded_year_parts, year_appositions

BLOCKING_LABELS = frozenset({"PERS", "ORG"})
# a name's word that starts like «س + imperfect» («ستاثاكيس», «سيبريانو»; with a clitic «وستاثاكيس»)
FUTURE_LIKE = regex.compile(r"^[وف]?س[يتن]\p{L}{2,}$")


def name_words(entities) -> frozenset[str]:
    """Normalised words of the PERS mentions that look like a future verb (session 25): the times context
    skips them as future cues. Clitic و/ف stripped too, as the future-verb patterns read the word without."""
    out: set[str] = set()
    for e in entities:
        if e.label != "PERS":
            continue
        for w in norm_word(e.text).split():
            if FUTURE_LIKE.match(w):
                out.add(w)
                if w[0] in "وف":
                    out.add(w[1:])
    return frozenset(out)


def find_times(text: str, published: str | None = None,
               names: frozenset[str] = frozenset()) -> tuple[list[Candidate], TextView]:
    """Time candidates of ``text`` in NORMALISED offsets (overlaps resolved) and the view
    that maps them back. Use :class:`TimeStage` for original offsets. ``names``: normalised words of
    the document's person names (:func:`name_words`), never read as future verbs."""
    norm = view(text)
    kept = year_appositions(listed_durations(range_durations(_select(_candidates(norm.text, published, names)),
                                                             norm.text), norm.text), norm.text)
    kept = compound_durations(kept, norm.text)
    kept = same_days(elliptic_years(kept, norm.text), norm.text)
    kept = zone_clocks(attach_clocks(bounded_year_parts(kept, norm.text), norm.text), norm.text)
    rank = _rank("weekday")
    kept = weekday_ranges(repeat_weekdays(align_weekdays(kept, norm.text, rank), rank), norm.text, rank)
    kept = approximate_clocks(shared_years(month_headings(kept, norm.text), norm.text), norm.text)
    kept = narrated_after(kept, norm.text, parse_date(published))
    return day_adverbs(kept, norm.text, _rank("podadv"), frozenset({rank, _rank("relday")})), norm


def _rank(family: str) -> int:
    return next(i for i, (name, _) in enumerate(families()) if name == family)


def _candidates(ntext: str, published: str | None, names: frozenset[str] = frozenset()) -> list[Candidate]:
    ctx = Context(ntext, parse_date(published), names)
    out: list[Candidate] = []
    wins = windows(ntext)
    full = [(0, len(ntext))]
    for rank, (name, pattern) in enumerate(families()):
        handler = HANDLERS[name]
        spans = full if name in FULL_SCAN else wins.get(name, ())
        out.extend(_handled(pattern, handler, ntext, spans, ctx, rank))
    return out


def _handled(pattern, handler, ntext: str, spans, ctx: Context, rank: int, depth: int = 0) -> list[Candidate]:
    """The handler's candidates for the matches in ``spans``; when a handler keeps only the
    head of a match («تموز/ آب الماضيين»: two months), the rest is matched again."""
    out: list[Candidate] = []
    for m in _matches(pattern, ntext, spans):
        try:
            cand = handler(m, ctx)
        except (KeyError, ValueError, OverflowError):
            cand = None  # an odd match never stops the document
        if cand is not None and cand.end > cand.start:
            cand.rank = rank
            out.append(cand)
            if cand.end < m.end() and depth < 2:
                out.extend(_handled(pattern, handler, ntext, [(cand.end, m.end())], ctx, rank, depth + 1))
    return out


def _matches(pattern, text: str, spans):
    """Matches of ``pattern`` inside the windows (a window's end never cuts a match short
    unless the window ends the text)."""
    n = len(text)
    for lo, hi in spans:
        for m in pattern.finditer(text, lo, hi):
            if m.end() >= hi and hi < n:
                m2 = pattern.match(text, m.start())  # re-match without the window's end
                if m2 is not None:
                    yield m2
                continue
            yield m


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Longest first (then rule priority); drop anything overlapping a kept span."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.rank, c.start))
    taken = DisjointSpans()
    kept = [c for c in cands if taken.add(c.start, c.end)]
    kept.sort(key=lambda c: c.start)
    return kept


class TimeStage:
    """Finds and normalises time expressions (TIMEX3 values, resolved to the dateline)."""

    name = "times"
    layer = "times"

    def __init__(self) -> None:
        families()  # compile the grammar and the anchor automaton once, at pipeline build
        windows("")
        month_headings([], "(")

    def __call__(self, doc: Document) -> list[Time]:
        cands, norm = find_times(doc.text, doc.published, name_words(doc.entities))
        blocked = SpanUnion((e.start, e.end) for e in doc.entities if e.label in BLOCKING_LABELS)
        times: list[Time] = []
        for c in cands:
            start, end = norm.to_original(c.start, c.end)
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            if blocked.contains(start, end):
                continue
            times.append(
                Time(
                    id=f"T{len(times) + 1}", start=start, end=end, text=doc.text[start:end],
                    type=c.type, value=c.value, mod=c.mod, calendar=c.calendar,
                    interval=Interval(begin=c.interval[0], end=c.interval[1]) if c.interval else None,
                    anchored=c.anchored,
                )
            )
        return times
