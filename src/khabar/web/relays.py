"""A quote's relays as the web pages show them (session 17, web17).

The pages listed a quote's ``via`` as joined names («رويترز ← مصادر»): a reader could not
tell an agency from a person nor reach the relay's page. Each relay is now an item with its
name, its kind in Arabic and, when it is a document entity linked to a store actor, the
actor page it links to; the pages draw the chain «speaker ← relay ← relay» from them
(``_relays.html``). Store rows (entity, story and claims pages) carry the relays the API
gives (:meth:`khabar.store.Store.quote_relays`), linked by :meth:`Store.entity_actors`;
the article page reads them from the document and links by the entity's canonical name,
as its entity table does.
"""

from __future__ import annotations

from urllib.parse import quote as url_quote

from khabar.document import Quote

# a relay's kind (khabar.document.Via.kind, the speaker kinds) as a reader says it
RELAY_KINDS = {"outlet": "وسيلة إعلام", "person": "شخص", "organization": "منظمة",
               "anonymous": "مصدر غير مسمّى", "document": "وثيقة", "group": "جماعة"}


def speaker_name(q: Quote) -> str:
    """The chain's first link: the speaker, «(ضمني)» for an implicit one, else «?»."""
    return q.speaker or ("(ضمني)" if q.implicit else "?")


def _item(name: str, kind: str | None, href: str | None) -> dict:
    return {"name": name, "kind": kind or "", "kind_name": RELAY_KINDS.get(kind or "", kind or ""),
            "href": href}


def doc_relays(q: Quote, canonical: dict[str, str], linked: bool) -> list[dict]:
    """The relays of a document's quote, outermost first; a relay that is a document
    entity links to its actor page by canonical name when ``linked`` (stored articles)."""
    out = []
    for v in q.via:
        name = canonical.get(v.entity) if v.entity else None
        href = f"/entities/{url_quote(name, safe='')}" if linked and name else None
        out.append(_item(v.name, v.kind, href))
    return out


def row_relays(article_id: int, relays: list[dict],
               actors: dict[tuple[int, str], int]) -> list[dict]:
    """The relays of a stored quote row (``Store.quote_relays`` rows), each linked to the
    store actor of its document entity when there is one."""
    out = []
    for r in relays:
        actor = actors.get((article_id, r["entity"])) if r.get("entity") else None
        out.append(_item(r["name"], r.get("kind"), f"/entities/{actor}" if actor else None))
    return out


def attach(store, rows: list[dict], *, quote_key: str = "id", fetch: bool = True) -> list[dict]:
    """Give each quote row ``relay_items`` (see :func:`row_relays`). ``fetch``: read the
    rows' relays (:meth:`Store.quote_relays`, one query per 500 articles); else the rows
    already carry the API's ``relays``. The actor links are one more query
    (:meth:`Store.entity_actors`), made only when some relay names an entity."""
    rows = [r for r in rows if r.get(quote_key)]
    if fetch:
        found = store.quote_relays([r["article_id"] for r in rows]) if rows else {}
        for r in rows:
            r["relays"] = found.get(r["article_id"], {}).get(r[quote_key], [])
    linked = [r["article_id"] for r in rows if any(x.get("entity") for x in r.get("relays") or [])]
    actors = store.entity_actors(linked) if linked else {}
    for r in rows:
        r["relay_items"] = row_relays(r["article_id"], r.get("relays") or [], actors)
    return rows
