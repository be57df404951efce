"""An agency named again (session 17): «كما أشارت الوكالة الأميركية إلى أن …» after «وفقا لما أعلنته وكالة
الفضاء الأميركية “ناسا”» — a definite «الوكالة», alone or with nationality adjectives, is the agency that
spoke last before it as «وكالة …» (a space, atomic or energy agency the outlet gazetteer does not list)
when no listed outlet was named after that agency; with a nationality, only an agency named with it
(«الوكالة الأميركية» is not «وكالة الطاقة الذرية» quoted in between). A news agency named by the
gazetteer («وكالة الصحافة الفرنسية») keeps the outlet path (``Resolver.last_outlet``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from khabar.extract.quotes.companies import nation_stem
from khabar.extract.quotes.names import nationality
from khabar.text.normalize import match_form

AGENCY = "وكاله"  # the head noun, normalised


class _Speaker(Protocol):
    span: tuple[int, int] | None
    name: str | None


def _words(text: str, span: tuple[int, int]) -> list[str]:
    return [match_form(w.strip("«»\"“”()،,")) for w in text[span[0] : span[1]].split()]


def agency_anaphor(text: str, span: tuple[int, int] | None) -> frozenset[str] | None:
    """The nationalities of «الوكالة (+ nationality adjectives)» at ``span``; None for any other mention."""
    if span is None:
        return None
    words = _words(text, span)
    if not words or words[0] not in ("ال" + AGENCY, "وال" + AGENCY) or not all(nationality(w) for w in words[1:]):
        return None
    return frozenset(nation_stem(w) for w in words[1:])


def named_agency(speakers: Sequence[_Speaker], text: str, nations: frozenset[str], since: int) -> _Speaker | None:
    """The last earlier speaker named as «وكالة …» (with one of ``nations`` when given) whose mention
    starts at or after ``since`` (the last listed outlet named before the anaphor)."""
    for sp in reversed(speakers):
        if sp.span is None or not sp.name or sp.span[0] < since:
            continue
        words = _words(text, sp.span)
        if not words or words[0] not in (AGENCY, "و" + AGENCY):
            continue
        if nations and not nations & {nation_stem(w) for w in words[1:] if nationality(w)}:
            continue
        return sp
    return None
