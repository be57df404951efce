"""Which outlets a name typed into an outlet filter can denote, and which of them a store holds.

An outlet filter matches the outlet of the record (``articles.outlet``: the SaudiNewsNet
source key, the page's site, the record's ``outlet``), read through the gazetteer
(:func:`khabar.store.filters.outlet_key`). A typed name may denote several outlets: bare
«الجزيرة» is Qatar's channel (``aljazeera``) in running text, and also what readers call the
Saudi paper «الجزيرة السعودية» (``aljazirah``, the news day's 187 articles) — the country
adjective of an outlet's own country after its name only tells it from a namesake abroad.
So a name denotes every outlet it names (:func:`outlets_named`): by its id or source key,
its canonical name or an alias, either of these without a trailing adjective of the
outlet's country, with or without a cue word; a cue word of a kind («صحيفة الجزيرة»: a
newspaper; «قناة الجزيرة»: a channel) keeps the outlets of that kind. The filter matches the
stored outlets among them (:func:`outlet_keys`), so a store of the Saudi paper answers
``--outlet الجزيرة`` with its articles; :func:`readings` lists every reading of an
ambiguous name with what the store holds of each, for the notes of the CLI, the API and
the pages.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.gazetteer import countries
from khabar.gazetteer import outlets as _outlets
from khabar.text.clitics import analyses
from khabar.text.normalize import match_form

# cue words that say what kind of outlet follows (resources/gazetteer/outlet_cues.txt)
CUE_KINDS = {
    "صحيفة": "newspaper", "جريدة": "newspaper", "يومية": "newspaper", "مجلة": "newspaper",
    "قناة": "tv", "تلفزيون": "tv", "فضائية": "tv", "شبكة": "tv",
    "وكالة": "agency", "وكالة أنباء": "agency", "موقع": "site",
}


def _key(name: str) -> str:
    return " ".join(match_form(name.strip(" \"'«»“”")).casefold().split())


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[_outlets.Outlet, ...]]:
    """Every name of every gazetteer outlet → the outlets it names, in table order."""
    table: dict[str, list[_outlets.Outlet]] = {}

    def add(name: str, o: _outlets.Outlet) -> None:
        if name and o not in (got := table.setdefault(name, [])):
            got.append(o)

    for form, o in _outlets.forms().items():  # canonical names and aliases
        add(_key(form), o)
    for o in dict.fromkeys(_outlets.forms().values()):
        add(o.id.casefold(), o)
        if o.source:
            add(o.source.casefold(), o)
    cues = tuple(_key(c) for c in CUE_KINDS)
    for name, found in list(table.items()):  # «الجزيرة السعودية» is also «الجزيرة»
        head, _, last = name.rpartition(" ")
        if head.removeprefix("ال").startswith(cues):  # «وكالة الأنباء»: any agency
            continue
        for o in found:
            country = countries.lookup(last) if head else None
            if country is not None and o.country and country.iso3 == o.country:
                add(head, o)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=4096)
def outlets_named(name: str | None) -> tuple[_outlets.Outlet, ...]:
    """Every gazetteer outlet ``name`` can denote (see the module doc); empty when none."""
    if not name or not name.strip():
        return ()
    key = _key(name)
    table = _names()
    first, _, rest = key.partition(" ")
    keys = [key] + [base + (" " + rest if rest else "") for _, base in analyses(first)[1:]]
    for k in keys:  # as typed, then without proclitics («لصحيفة الجزيرة»)
        if k in table:
            return table[k]
        for cue in sorted(CUE_KINDS, key=len, reverse=True):
            for form in (_key(cue), "ال" + _key(cue)):
                if k.startswith(form + " ") and (found := table.get(k[len(form) + 1:])):
                    kind = [o for o in found if o.kind == CUE_KINDS[cue]]
                    return tuple(kind) or found
    found = _outlets.lookup(name, allow_bare=True)  # other cue words
    return table.get(_key(found.name), (found,)) if found is not None else ()


def shared_key(found: tuple[_outlets.Outlet, ...]) -> str:
    """The filter key of a stored name of several outlets that no record decided
    (``outlets:aljazeera|aljazirah``)."""
    return "outlets:" + "|".join(sorted(o.id for o in found))


def outlet_keys(name: str | None) -> frozenset[str]:
    """The filter keys ``name`` matches: one per outlet it can denote (``outlet:<id>``, as
    :func:`khabar.store.filters.outlet_key` keys a stored outlet) — and, for a name of
    several, the key of the articles stored under that name undecided (:func:`shared_key`)
    —, else the name itself normalised and case-folded; empty for a blank name."""
    if not name or not name.strip():
        return frozenset()
    found = outlets_named(name)
    if len(found) > 1:
        return frozenset({shared_key(found), *(f"outlet:{o.id}" for o in found)})
    if found:
        return frozenset(f"outlet:{o.id}" for o in found)
    return frozenset({" ".join(match_form(name.strip()).casefold().split())})


def readings(name: str, stored: dict[str, int]) -> list[dict]:
    """The outlets an ambiguous ``name`` denotes — ``[]`` when it denotes one or none —
    each ``{"id", "name", "kind", "country", "stored": [stored outlet values], "articles"}``
    by the store's ``stored`` outlets (value → article count; :meth:`Store.outlets`), then,
    when the store holds articles under the name undecided, one more entry with ``"id":
    None`` and ``"undecided": True``."""
    from khabar.store.filters import outlet_key

    found = outlets_named(name)
    if len(found) < 2:
        return []
    out = []
    for o in found:
        mine = sorted(v for v in stored if v and outlet_key(v) == f"outlet:{o.id}")
        out.append({"id": o.id, "name": o.name, "kind": o.kind, "country": o.country,
                    "stored": mine, "articles": sum(stored[v] for v in mine)})
    # articles stored under the shared name itself: their records did not say which
    if undecided := sorted(v for v in stored if v and outlet_key(v) == shared_key(found)):
        out.append({"id": None, "name": name.strip(), "kind": None, "country": None,
                    "stored": undecided, "articles": sum(stored[v] for v in undecided),
                    "undecided": True})
    return out
