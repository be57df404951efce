"""News outlets: agencies, newspapers, channels and sites → canonical name, kind, country.

Data: ``resources/gazetteer/outlets.tsv`` (hand-curated, including the 13 Saudi outlets of
SaudiNewsNet with their source keys) and ``outlet_cues.txt`` (صحيفة، وكالة، قناة …).
Outlets whose name is also a common word or a place (الرياض، اليوم، الجزيرة) are marked
``cue=yes``: :func:`lookup` accepts them only when the name comes with a cue word
(«صحيفة الرياض») unless ``allow_bare=True``.

API for the quotes stage: :func:`is_outlet`, :func:`canonical`, :func:`lookup`,
:func:`for_source` (SaudiNewsNet ``source`` key → outlet).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from khabar.gazetteer.tables import read_lines, read_rows, split_aliases
from khabar.text.clitics import analyses
from khabar.text.normalize import match_form


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news outlet entry."""

    id: str
    name: str  # canonical Arabic name
    kind: str  # agency | newspaper | tv | site
    country: str | None
    source: str | None = None  # SaudiNewsNet source key
    needs_cue: bool = False


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, Outlet], tuple[str, ...], dict[str, Outlet]]:
    table: dict[str, Outlet] = {}
    by_source: dict[str, Outlet] = {}
    for row in read_rows("outlets.tsv"):
        o = Outlet(row["id"], row["canonical"], row["kind"], row["country"] or None,
                   row["source"] or None, row["cue"] == "yes")
        for name in [row["canonical"], *split_aliases(row["aliases"])]:
            table.setdefault(" ".join(match_form(name).split()), o)
        if o.source:
            by_source[o.source] = o
    cues = tuple(sorted((match_form(c) for c in read_lines("outlet_cues.txt")), key=len, reverse=True))
    return table, cues, by_source


def cues() -> tuple[str, ...]:
    """Normalised cue words (longest first)."""
    return _data()[1]


def forms() -> dict[str, Outlet]:
    """Every normalised outlet name and its entry."""
    return dict(_data()[0])


def _strip_cue(key: str) -> tuple[str, bool]:
    """``key`` without the cue word it opens with (each cue longest first, bare then with
    the article), and whether it had one."""
    heads = _cue_heads()
    if not key.startswith(heads):  # (one C-level test: most keys open with no cue)
        return key, False
    for head in heads:
        if key.startswith(head):
            return key[len(head) :], True
    return key, False  # (not reached)


@lru_cache(maxsize=1)
def _cue_heads() -> tuple[str, ...]:
    """Every cue word followed by a space, bare then with the article, in :func:`cues` order."""
    return tuple(form + " " for cue in cues() for form in (cue, "ال" + cue))


def lookup(name: str, *, allow_bare: bool = False) -> Outlet | None:
    """The outlet a name denotes: «رويترز», «وكالة رويترز», «لصحيفة عكاظ», «الرياض» (bare
    cue-needing names only with ``allow_bare``)."""
    key = " ".join(match_form(name.strip(" \"'«»“”")).split())
    table = _data()[0]
    candidates = [key]
    first, _, rest = key.partition(" ")
    for prefix, base in analyses(first)[1:]:
        candidates.append(base + (" " + rest if rest else ""))
        if prefix.endswith("ل"):
            candidates.append("ال" + base + (" " + rest if rest else ""))
    for cand in candidates:
        if cand in table:
            o = table[cand]
            if not o.needs_cue or allow_bare:
                return o
        bare, had_cue = _strip_cue(cand)
        if had_cue and bare in table:
            return table[bare]
    return None


def is_outlet(name: str, *, allow_bare: bool = False) -> bool:
    """Whether a name (possibly with a cue word and proclitics) is a known news outlet."""
    return lookup(name, allow_bare=allow_bare) is not None


def canonical(name: str, *, allow_bare: bool = False) -> str | None:
    """The canonical Arabic name of an outlet («بلومبيرغ» → «بلومبرغ»), or None."""
    o = lookup(name, allow_bare=allow_bare)
    return o.name if o else None


def for_source(source: str) -> Outlet | None:
    """The outlet of a SaudiNewsNet ``source`` key (``"was"`` → واس)."""
    return _data()[2].get(source)
