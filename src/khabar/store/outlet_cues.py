"""Which of the outlets a shared name denotes a record comes from, by its text's own credit.

A record whose outlet is a name several outlets share («الجزيرة»: Qatar's channel and the
Saudi paper) and whose URL is on no known site (or which has none) is filed by what its
text says of itself — only at its two ends, where an outlet credits itself: the opening
dateline («الدوحة - الجزيرة نت», «الرياض - «الجزيرة»:») and the closing credit («المصدر :
الجزيرة نت»). In the body an outlet is a subject of the news («قناة «الجزيرة» لا تخاطب قطر
فقط» in an Asharq Al-Awsat column), not the author.

1. **A name form of one of the outlets** at either end: the shared name with a word that
   tells which (:func:`khabar.store.outlet_names.outlets_named` on the name with the word
   before or after it: «الجزيرة نت», «قناة الجزيرة», «شبكة الجزيرة» → the channel; «صحيفة
   الجزيرة», «جريدة الجزيرة», «الجزيرة السعودية» → the paper). The bare name («لـ«الجزيرة»»,
   «تلقت الجزيرة نسخة») says nothing.
2. Else **the dateline's place**: the text opens with a place and a dash or colon
   («الرياض - », «جدة (…) -»), and the place's country is the country of exactly one of the
   outlets (Saudi Arabia → the paper, Qatar → the channel).

Forms of different outlets, or none, leave the record undecided (:func:`text_outlet` is
``None``).
"""

from __future__ import annotations

import regex

from khabar.gazetteer import outlets as _outlets
from khabar.gazetteer import places
from khabar.store.outlet_names import outlets_named
from khabar.text.clitics import analyses
from khabar.text.normalize import match_form

EDGE = 160  # characters at each end of the text: its dateline and its closing credit
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}.]+")
# an opening dateline: one to three words of a place, an optional parenthesis, a dash/colon
_DATELINE = regex.compile(
    r"^\s*(?P<place>[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s*(?:\([^()\n]{0,40}\)\s*)?[-–—:]")


def _names(named: tuple[_outlets.Outlet, ...]) -> set[str]:
    """The normalised one-word forms the shared name takes (``الجزيرة``)."""
    return {w for o in named for w in match_form(o.name).split()
            if outlets_named(w) == named}


def _name_votes(named: tuple[_outlets.Outlet, ...], part: str) -> set[str]:
    words = [match_form(m.group()).strip(".") for m in _WORD.finditer(part)]
    shared = _names(named)
    votes = set()
    for i, word in enumerate(words):  # also after a proclitic: «للجزيرة نت»
        w = next((b for b in (word, *(b for _, b in analyses(word))) if b in shared), None)
        if w is None:
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        for phrase in (f"{before} {w} {after}", f"{before} {w}", f"{w} {after}"):
            found = [o for o in outlets_named(phrase.strip()) if o in named]
            if len(found) == 1 and phrase.strip() != w:
                votes.add(found[0].id)
                break
    return votes


def _dateline_votes(named: tuple[_outlets.Outlet, ...], text: str) -> set[str]:
    m = _DATELINE.match(text[:80])
    if m is None:
        return set()
    words = m.group("place").split()
    for n in range(len(words), 0, -1):  # the longest place name the words begin with
        place = places.lookup(" ".join(words[:n]))
        if place is not None and place.country:
            mine = [o.id for o in named if o.country == place.country]
            return set(mine) if len(mine) == 1 else set()
    return set()


def text_outlet(named: tuple[_outlets.Outlet, ...], text: str) -> _outlets.Outlet | None:
    """The one outlet of ``named`` (the outlets a record's shared name denotes) that the
    text's own ends name (see the module doc), else ``None``."""
    if not text or len(named) < 2:
        return None
    text = text.strip()
    votes = _name_votes(named, text[:EDGE]) | _name_votes(named, text[-EDGE:])
    if not votes:
        votes = _dateline_votes(named, text)
    if len(votes) != 1:
        return None
    (chosen,) = votes
    return next(o for o in named if o.id == chosen)
