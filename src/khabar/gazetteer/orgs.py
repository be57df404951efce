"""Organisations: Arabic names and aliases → canonical name, type and country.

Data: ``resources/gazetteer/orgs.tsv`` (hand-curated: UN bodies, alliances, armies,
ministries, agencies, armed groups, parties, companies). Types let the events stage code
actors (army → military sector, armed_group → rebels/insurgents, …).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from khabar.gazetteer.matcher import LOOKUP_CACHE, lookup_form, match_key
from khabar.gazetteer.tables import read_rows, split_aliases
from khabar.text.clitics import analyses
from khabar.text.normalize import match_form


@dataclass(frozen=True, slots=True)
class Org:
    """An organisation entry."""

    id: str
    name: str  # canonical Arabic name
    type: str  # intl_org | un_body | alliance | government | ministry | army | ...
    country: str | None  # ISO alpha-3, None for international bodies
    ambiguous: bool = False  # also a common word/place: not matched in text on its own


@lru_cache(maxsize=1)
def _table() -> dict[str, Org]:
    table: dict[str, Org] = {}
    for row in read_rows("orgs.tsv"):
        org = Org(row["id"], row["canonical"], row["type"], row["country"] or None,
                  row.get("ambiguous") == "yes")
        for name in [row["canonical"], *split_aliases(row["aliases"])]:
            table.setdefault(" ".join(match_form(name).split()), org)
    return table


def forms() -> dict[str, Org]:
    """Every normalised organisation name and its entry."""
    return dict(_table())


@lru_cache(maxsize=LOOKUP_CACHE)
def lookup(name: str, article: bool = True) -> Org | None:
    """The organisation a name denotes (proclitics allowed: «وحزب الله»; the article too,
    unless ``article`` is False: «التويتر»), or None."""
    org = lookup_form(_table(), name, article)
    return org if org is not None else _militia_of(name, article)


# (session 25, ux25) the head nouns of «ميليشيات X»: the militia named by its armed group
MILITIA_HEADS = frozenset(match_form(w) for w in "ميليشيا ميليشيات مليشيا مليشيات".split())


def _militia_of(name: str, article: bool) -> Org | None:
    """«ميليشيات الحوثي», «وميليشيا حزب الله»: a militia named by an armed group (or by the
    name the gazetteer gives the group: «الحوثي») is that group — the news day's 20 mentions of
    «ميليشيات/ميليشيا الحوثي» made an actor apart from the Houthis' 303. Only an
    ``armed_group`` after the head: «ميليشيات مسلحة», «ميليشيات إيران» (a country) and a
    state's army or guard are none."""
    first, _, rest = match_key(name).partition(" ")
    if not rest or not (first in MILITIA_HEADS or any(
            base in MILITIA_HEADS for prefix, base in analyses(first) if prefix
            and not prefix.endswith("ال"))):
        return None
    org = lookup_form(_table(), rest, article)
    return org if org is not None and org.type == "armed_group" else None


def by_id(org_id: str) -> Org | None:
    """The entry with this id."""
    for org in _table().values():
        if org.id == org_id:
            return org
    return None
