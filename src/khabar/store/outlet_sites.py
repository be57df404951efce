"""The outlet a stored article is filed under: the record's source (its site) decides a name
several outlets share.

A record names its outlet in its own words (``outlet``: a SaudiNewsNet source key, a page's
site name, what a user typed). A bare «الجزيرة» is both Qatar's channel (``aljazeera``) and
the Saudi paper «الجزيرة السعودية» (``aljazirah``; khabar.store.outlet_names), and read as
a name it keys to the channel (khabar.store.filters.outlet_key) — so a Saudi paper's article
stored under «الجزيرة» was missed by ``--outlet aljazirah``. When the record's URL is on a
site of one of the outlets its name can denote, the store files the article under that
outlet (``articles.outlet`` = its SaudiNewsNet source key, else its gazetteer id); a name of
one outlet, an unknown name and a blank one stay as the record gives them. With no URL on a
known site (session 15), the text's own credit and dateline decide when they name one of
the outlets (khabar.store.outlet_cues); else the name stays, undecided, and keys to none of
its outlets. The stored document keeps the record's own words (``Document.outlet``).

:data:`SITES` holds the web hosts of gazetteer outlets: the twelve SaudiNewsNet sources as
the news day's URLs give them, and Al Jazeera's. Stores of schema ≤ 9 are refiled by the
schema-10 migration (khabar.store.migrations).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from khabar.gazetteer import outlets as _outlets
from khabar.store.outlet_cues import text_outlet
from khabar.store.outlet_names import outlets_named

# web host (without «www.»; its sub-domains too) → gazetteer outlet id
SITES = {
    "3alyoum.com": "3alyoum", "aawsat.com": "aawsat", "aleqt.com": "aleqtisadiya",
    "al-jazirah.com": "aljazirah", "al-madina.com": "almadina", "alriyadh.com": "alriyadh",
    "alwatan.com.sa": "alwatan", "alweeam.com.sa": "alweeam", "alyaum.com": "alyaum",
    "okaz.com.sa": "okaz", "sabq.org": "sabq", "spa.gov.sa": "spa",
    "aljazeera.net": "aljazeera", "aljazeera.com": "aljazeera",
}


def site_outlet(url: str | None) -> str | None:
    """The gazetteer outlet id of the site ``url`` is on (a host of :data:`SITES` or a
    sub-domain of one), else ``None``."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    while host:
        if host in SITES:
            return SITES[host]
        _, dot, host = host.partition(".")
        if not dot:
            return None
    return None


def filed_outlet(outlet: str | None, url: str | None, text: str | None = None) -> str | None:
    """The outlet value the store files a record under: ``outlet`` as given, except a name
    of several outlets that the record itself decides — then that outlet's source key (or
    id). The URL decides first: «الجزيرة» on al-jazirah.com → ``aljazirah``, on
    aljazeera.net → ``aljazeera``; with no URL on a known site, the text's own credit and
    dateline (:func:`khabar.store.outlet_cues.text_outlet`: «الجزيرة نت» in the opening
    line → ``aljazeera``, «الرياض - …» → ``aljazirah``). Undecided, the name stays as given
    — and keys to none of its outlets (:func:`khabar.store.filters.outlet_key`)."""
    if not outlet or not outlet.strip():
        return outlet
    named = outlets_named(outlet)
    if len(named) < 2:
        return outlet
    site = site_outlet(url)
    for o in named:
        if o.id == site:
            return o.source or o.id
    if text and (found := text_outlet(named, text)) is not None:
        return found.source or found.id
    return outlet


def known_sites() -> dict[str, _outlets.Outlet]:
    """:data:`SITES` with their gazetteer entries (a check that every id is one)."""
    by_id = {o.id: o for o in _outlets.forms().values()}
    return {host: by_id[i] for host, i in SITES.items() if i in by_id}
