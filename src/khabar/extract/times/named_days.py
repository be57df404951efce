"""Time expressions that are part of a name: «ثورة 11 فبراير», «مدينة 6 أكتوبر», «حرب 1967».

A date written right after certain nouns names something — a revolution, a war, an
agreement, a movement, a city, a street — and is no time at which the sentence's other
events happened. The time stage still tags it (TIMEX3 annotates «ثورة [25 يناير 2011]»),
but an event's date must not come from it: «اختطافه يأتي ضمن كونه أحد أبرز قادة ثورة 11
فبراير» dated the abduction 11 February. Two classes of head noun:

- **names of places and groups** (:data:`PLACE_GROUP_HEADS`: «مدينة 6 أكتوبر», «جامعة 6
  أكتوبر», «شارع 26 يوليو», «حركة 20 فبراير», «تحالف 14 آذار») — the date never dates an
  event;
- **names of events** (:data:`EVENT_HEADS`: «ثورة 25 يناير», «حرب أكتوبر», «هجمات 11
  سبتمبر», «اتفاق 17 أيار») — the date is the named event's own: it dates the event whose
  trigger is the head itself, an event whose trigger stands right before the head («أطاحت
  ثورة 25 يناير بمبارك»: the head is its subject), or an event the name places in time with
  a temporal preposition («خلال ثورة 25 يناير», «منذ حرب 1967»); in any other place
  («قادة ثورة 11 فبراير», «ضحايا هجمات 11 سبتمبر») it dates nothing else.

Only a time expression that opens with a number or a month name is read as part of a name
(«اتفاق أمس», «بيان الأحد» are times, not names). :func:`named_by` is what the event stage
asks (``khabar.extract.events.dates``).
"""

from __future__ import annotations

from functools import cache

import regex

from khabar.extract.times.lexicon import lexicon, norm
from khabar.text.normalize import match_forms

PLACE_GROUP_HEADS = match_forms(
    "مدينة جامعة شارع ميدان جسر كوبري مستشفى ملعب استاد نادي مدرسة ساحة مطار "
    "حركة ائتلاف تحالف تيار قوى جبهة كتائب لواء"
)
EVENT_HEADS = match_forms(
    "ثورة ثورتي انتفاضة هجمات هجوم أحداث تفجيرات تفجير حرب انقلاب مجزرة مذبحة "
    "اتفاق اتفاقية معاهدة قانون دستور"
)
# a temporal preposition before an event's name places another event in its time
TEMPORAL_GOVERNORS = match_forms(
    "في خلال إبان ابان أثناء منذ قبل بعد عقب إثر اثر حتى غداة عشية قبيل بعيد مع"
)
_PROCLITICS = ("و", "ف", "ب", "ل", "ك")
# the last word before a time expression, with only spaces, «, " or ( between
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[\s«\"(]*\Z")
_FIRST_WORD = regex.compile(r"\p{L}+")
_WINDOW = 40  # characters looked back for the head and the word before it


def _bare(word: str) -> str:
    """The matching form of ``word`` without one or two proclitic letters when the rest is a
    head («وثورة», «بحرب»); the word itself otherwise."""
    form = norm(word)
    if form in PLACE_GROUP_HEADS or form in EVENT_HEADS:
        return form
    for n in (1, 2):
        if len(form) > n + 2 and all(c in _PROCLITICS for c in form[:n]):
            rest = form[n:]
            if rest in PLACE_GROUP_HEADS or rest in EVENT_HEADS:
                return rest
    return form


@cache
def _months() -> frozenset[str]:
    lex = lexicon()
    return frozenset(lex.months) | frozenset(lex.hijri_months)


def _explicit(expression: str) -> bool:
    """A time expression written as a date or a month (not «أمس», «الأحد»)."""
    s = expression.lstrip()
    if s[:1].isdigit():
        return True
    m = _FIRST_WORD.match(s)
    return m is not None and norm(m.group()) in _months()


def _word_before(text: str, pos: int) -> tuple[str, int, int] | None:
    """The word ending right before ``pos`` (spaces, «, " and ( may stand between) and its span."""
    lo = max(0, pos - _WINDOW)
    m = _WORD_BEFORE.search(text, lo, pos)
    if m is None:
        return None
    return m.group(1), m.start(1), m.end(1)


def named_by(text: str, start: int, end: int, trigger_start: int) -> bool:
    """True when the time expression ``text[start:end]`` is part of a name and so dates no
    event whose trigger starts at ``trigger_start`` (all offsets into ``text``)."""
    if not _explicit(text[start:end]):
        return False
    head = _word_before(text, start)
    if head is None:
        return False
    form = _bare(head[0])
    if form in PLACE_GROUP_HEADS:
        return True
    if form not in EVENT_HEADS:
        return False
    h_start, h_end = head[1], head[2]
    if h_start <= trigger_start < h_end:
        return False  # the named event itself: «هجمات 11 سبتمبر» is dated by its name
    before = _word_before(text, h_start)
    if before is None:
        return True
    if before[1] <= trigger_start < before[2]:
        return False  # «أطاحت ثورة 25 يناير بمبارك»: the name is the trigger's subject
    return norm(before[0]) not in TEMPORAL_GOVERNORS
