"""Organisations: Arabic names and aliases → canonical name, type and country.

Data: ``resources/gazetteer/orgs.tsv`` (hand-curated: UN bodies, alliances, armies,
ministries, agencies, armed groups, parties, companies). Types let the events stage code
actors (army → military sector, armed_group → rebels/insurgents, …).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from khabar.gazetteer.matcher import LOOKUP_CACHE, lookup_form
from khabar.gazetteer.tables import read_rows, split_aliases
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
    return lookup_form(_table(), name, article)


def by_id(org_id: str) -> Org | None:
    """The entry with this id."""
    for org in _table().values():
        if org.id == org_id:
            return org
    return None
