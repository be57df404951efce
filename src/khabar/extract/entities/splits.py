"""Mentions the tagger split or cut, mended before propagation and resolution.

- A place name of two words the tagger tagged as two adjacent places («هونغ» «كونغ», «سان»
  «فرانسيسكو») is one mention when the two words together are a known place and neither the
  gap nor the second word holds anything but one space.
- An institution's name cut by the tagger to the place or person it is named after
  («لجامعة كوينزلاند» tagged «كوينزلاند», LOC) is the institution when the document names it
  whole elsewhere («جامعة كوينزلاند»): the mention takes the head noun back (its proclitics
  stay outside) and the label of the whole name, so it no longer joins the state.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from khabar.extract.entities.candidates import _ORG_HEAD_NOUNS, Candidate
from khabar.gazetteer import names
from khabar.text.clitics import PROCLITICS
from khabar.text.normalize import match_form

# institutions' head nouns; not «نادي»: a club is named with or without it («نادي النصر» /
# «النصر»), which resolution already joins
_HEADS = _ORG_HEAD_NOUNS - {match_form("نادي")}
_PREV_WORD = regex.compile(r"([\p{L}\p{M}]+) $")


def join_split_places(text: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """Two adjacent model places one space apart whose joined words are a known place
    (not a country list: the joined form must itself resolve to one place) → one mention."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        prev = out[-1] if out else None
        if (prev is not None and c.label == "LOC" and prev.label == "LOC"
                and c.source == "model" and prev.source == "model"
                and text[prev.end : c.start] == " " and c.gaz is None and prev.gaz is None):
            if names.resolve(text[prev.start : c.end], "LOC") is not None:
                scores = [s for s in (prev.score, c.score) if s is not None]
                out[-1] = Candidate(prev.start, c.end, "LOC", "model",
                                    min(scores) if scores else None)
                continue
        out.append(c)
    return out


def _head_start(text: str, start: int) -> int | None:
    """The start (proclitics off) of an institution head noun standing one space before
    ``start`` («لجامعة» → the offset of «جامعة»), or None."""
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    if m is None:
        return None
    word = match_form(m.group(1))
    for clitic in PROCLITICS:
        if word.startswith(clitic) and word[len(clitic):] in _HEADS:
            return m.start(1) + len(clitic) if m.group(1)[: len(clitic)] == clitic else None
    return None


def extend_cut_heads(text: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """A model mention right after an institution head noun («لجامعة [كوينزلاند]») whose
    head noun + name the document tags whole elsewhere: the mention is that institution."""
    whole: dict[str, str] = {}
    for c in cands:
        form = match_form(text[c.start : c.end])
        if " " in form and form.split(" ", 1)[0] in _HEADS:
            whole.setdefault(form, c.label)
    if not whole:
        return list(cands)
    out = []
    for c in cands:
        if c.source == "model":
            hs = _head_start(text, c.start)
            if hs is not None:
                label = whole.get(match_form(text[hs : c.end]))
                if label is not None:
                    c = Candidate(hs, c.end, label, c.source, c.score)
        out.append(c)
    return out
