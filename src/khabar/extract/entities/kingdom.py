"""Bare «المملكة» the tagger left untagged: a place mention of the document's kingdom.

Saudi, Jordanian, Moroccan and Bahraini news call their country «المملكة» for short, and the
tagger types few of these. The document's kingdom is its outlet's country when that is one of
these four (a Saudi paper's «المملكة» is Saudi Arabia, whatever else the report names); with no
such outlet, the one of the four the document names (names, adjectives, capital and curated
places: :func:`khabar.gazetteer.names.context`), if it names exactly one. Every untagged
definite «المملكة» — with its proclitics: «والمملكة», «بالمملكة», «للمملكة» — is then a mention
of that kingdom, except where it is the head of a longer name («المملكة المتحدة», «المملكة
العربية السعودية», «المملكة الأردنية», «المملكة القابضة») or a generic kingdom («المملكة
الحيوانية», «المملكة النباتية»). «مملكة» without the article and the plural «ممالك» are never
read.

:func:`own_outlet` gives the document's outlet id, for the outlet names several outlets share
(:func:`khabar.extract.entities.geo.shared_outlet`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from khabar.extract.entities.candidates import Candidate
from khabar.extract.entities.overlap import SpanIndex
from khabar.gazetteer import countries, outlets
from khabar.gazetteer.names import GazEntry
from khabar.text.normalize import match_form

# Kingdoms, whose government and press call them «المملكة» for short (one list, in the gazetteer)
KINGDOMS = countries.KINGDOMS
# … and the Arab ones, whose own press does so in Arabic: an untagged «المملكة» is read as one
# of these only (Arabic news names Britain or Spain by name, not as «المملكة»)
ARAB_KINGDOMS = frozenset("SAU JOR MAR BHR".split())

# «المملكة» with the article (proclitics و/ف, then ب/ك) or after ل, whose alef is gone
# («للمملكة»: the mention starts after «لل», as the gazetteer's «للعراق» → «عراق»)
_BARE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:[وف]?[بك]?(?P<al>ال)|[وف]?لل(?P<lam>))مملك[ةه](?![\p{L}\p{M}])")
_NEXT_WORD = regex.compile(r"[\s\u0640]+([\p{L}\p{M}]+)")
# Words after «المملكة» that make it part of a longer name or another kingdom: a company
# («المملكة القابضة»), a name's other words («المملكة العربية السعودية», «المملكة
# الهاشمية»), the kingdoms of nature and of history or faith. (Not ordinals or «الأخرى»: they
# agree with the noun before as well — «مناطق المملكة الأخرى», «جاءت المملكة الأولى عربيا».)
_NOT_THE_COUNTRY = frozenset(match_form(w) for w in (
    "المتحدة العربية الهاشمية القابضة الحيوانية النباتية الفطرية السماوية الإلهية القديمة "
    "الوسطى الحديثة الخيالية السحرية الإسلامية المسيحية الصليبية").split())


def document_kingdom(ctx: Counter[str]) -> str | None:
    """The kingdom (ISO3) a document names more than any other, or None (none, or a tie)."""
    counts = sorted(((n, k) for k, n in ctx.items() if k in KINGDOMS and n > 0), reverse=True)
    if not counts or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def home_kingdom(outlet: str | None) -> str | None:
    """The Arab kingdom (ISO3) an outlet is of: a SaudiNewsNet source key («okaz») or an
    outlet's name («عكاظ»), or None."""
    if not outlet:
        return None
    o = outlets.for_source(outlet) or outlets.lookup(outlet, allow_bare=True)
    return o.country if o is not None and o.country in ARAB_KINGDOMS else None


def own_outlet(outlet: str | None) -> str | None:
    """The outlet id of a document's outlet: a SaudiNewsNet source key («aljazirah») or a name
    that needs no cue to be one outlet («الجزيرة السعودية»; the bare «الجزيرة» names none)."""
    if not outlet:
        return None
    o = outlets.for_source(outlet) or outlets.lookup(outlet)
    return o.id if o is not None else None


def untagged(text: str, cands: Sequence[Candidate], ctx: Counter[str],
             home: str | None = None) -> list[Candidate]:
    """Place candidates (``source="rule"``, the country's entry) for the bare «المملكة» no
    candidate covers: of the outlet's kingdom ``home``, else of the one Arab kingdom the
    document names (none if it names none or several)."""
    if "مملك" not in text:
        return []
    named = [k for k in ARAB_KINGDOMS if ctx.get(k, 0) > 0]
    iso3 = home if home in ARAB_KINGDOMS else named[0] if len(named) == 1 else None
    name = countries.name_ar(iso3) if iso3 else None
    if iso3 is None or name is None:
        return []
    country = GazEntry("LOC", name, "country", iso3)
    taken = SpanIndex((c.start, c.end) for c in cands)
    out = []
    for m in _BARE.finditer(text):
        start = m.start("al") if m.group("al") is not None else m.end("lam")
        end = m.end()
        if taken.overlaps(start, end) or _head_of_longer_name(text, end):
            continue
        out.append(Candidate(start, end, "LOC", "rule", gaz=country))
    return out


def _head_of_longer_name(text: str, end: int) -> bool:
    """Whether the word after «المملكة» makes it another name or kingdom: a country
    adjective («المملكة المغربية», «المملكة الأردنية») or a word of
    :data:`_NOT_THE_COUNTRY`."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = match_form(m.group(1))
    if word in _NOT_THE_COUNTRY:
        return True
    c = countries.lookup(m.group(1))
    return c is not None and c.kind == "adj"
