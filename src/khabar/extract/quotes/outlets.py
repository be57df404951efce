"""Outlet mentions in a document, found in one Aho–Corasick pass over the normalised text.

Names come from the outlets gazetteer (``khabar.gazetteer.outlets``). A name that is also a
common word or a place («اليوم»، «الرياض»، «المدينة») counts only right after a cue noun
(«صحيفة»، «وكالة» …), a quote mark, a bracket or «لـ». Used to resolve «الصحيفة»/«الوكالة» to
the outlet named before them.
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick

from khabar.text.normalize import MATCHING, normalize

try:
    from khabar.gazetteer import outlets as _outlets
except Exception:  # pragma: no cover - gazetteer package missing
    _outlets = None

_PROCLITICS = ("و", "ل", "ب", "لل", "وال", "ال", "ول", "وب", "فال", "بال")
_OPENERS = set("\"«“(")


@lru_cache(maxsize=1)
def _automaton() -> tuple[ahocorasick.Automaton, tuple[str, ...]] | None:
    if _outlets is None:
        return None
    auto = ahocorasick.Automaton()
    for form, o in _outlets.forms().items():
        if len(form) >= 3:
            auto.add_word(form, (len(form), o.name, o.kind, o.needs_cue))
    if len(auto) == 0:
        return None
    auto.make_automaton()
    return auto, _outlets.cues()


def find(text: str) -> list[tuple[int, str, str | None]]:
    """``(original offset, canonical name, kind)`` of every outlet mention, in order."""
    built = _automaton()
    if built is None or not text:
        return []
    auto, cues = built
    norm = normalize(text, MATCHING)
    s = norm.text
    hits: list[tuple[int, int, str, str]] = []
    for end, (length, name, kind, needs_cue) in auto.iter(s):
        start = end - length + 1
        if end + 1 < len(s) and s[end + 1].isalpha():
            continue
        word_start = start
        while word_start > 0 and s[word_start - 1].isalpha():
            word_start -= 1
        if word_start != start and s[word_start:start] not in _PROCLITICS:
            continue
        if needs_cue and not _cued(s, word_start, cues):
            continue
        hits.append((start, end + 1, name, kind))
    out: list[tuple[int, str, str | None]] = []
    last_end = -1
    for start, end, name, kind in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if start < last_end:
            continue
        out.append((norm.to_original(start, end)[0], name, kind))
        last_end = end
    return out


def _cued(s: str, start: int, cues: tuple[str, ...]) -> bool:
    """Whether a cue-needing name is introduced: «صحيفة الرياض»، «لـ"اليوم"»، «( المدينة )»."""
    before = s[max(0, start - 25) : start].rstrip()
    if before[-1:] in _OPENERS or before.endswith("ل"):
        return True
    return any(before.endswith(c) or before.endswith("ال" + c) for c in cues)
