"""The HTML pages of the web UI (server-rendered; the same store and pipeline as the API)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from urllib.parse import urlencode

import orjson
from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from khabar.api.backend import Backend, BadQuery, EventFilters, QuoteFilters
from khabar.api.models import ArticleIn
from khabar.document import to_dict
from khabar.store.filters import (
    ENTITY_LABELS,
    EVENT_ROLES,
    BadFilter,
    UnknownCode,
    check_code,
    check_date,
    check_range,
    country_codes,
    event_types,
    known_outlet,
    outlet_key,
    sector_codes,
)
from khabar.store.outlet_names import outlet_keys
from khabar.store.views import EVENT_ORDERS
from khabar.web import messages, relays
from khabar.web.charts import day_counts, timeline_svg
from khabar.web.render import doc_context, lead, page
from khabar.web.worldmap import capital_point, world_svg

router = APIRouter(include_in_schema=False)
PAGE = 20
ACTORS_PAGE = 100
CLAIMS_PAGE = 500  # the claims page lists this many, and says so when there are more
MAP_LIMIT = 5000  # the map draws the newest this many events, and says so when there are more
MAP_COLUMNS = ("lat", "lon", "location_country", "location_name")  # what the map reads of a row
# the event orders of the /events page (khabar.store.views.EVENT_ORDERS), as it names them
ORDER_NAMES = {
    "date": "الأحدث تاريخًا حتى تاريخ النشر",
    "published": "الأحدث نشرًا",
    "event": "تاريخ الحدث كما ورد (المقبلة أولًا)",
}
# the participant roles (khabar.store.filters.EVENT_ROLES), as the /events page names them
ROLE_NAMES = {"actor": "فاعلًا", "recipient": "مفعولًا به"}


def _backend(request: Request) -> Backend:
    b = request.app.state.backend
    if b is None:
        raise HTTPException(503, "هذا الخادم يعمل بلا قاعدة بيانات")
    return b


def _day(v: str | None, name: str = "date") -> str | None:
    """A page's date filter; a misspelt one is a 422 page in Arabic (the API's rule)."""
    try:
        return check_date(name, v)
    except BadFilter as exc:
        raise HTTPException(422, messages.bad_filter(exc)) from None


def _days(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """The date filter of a page: days, months (``2015-08``) or years, in order; else a 422
    page in Arabic, as the API answers 422."""
    try:
        return check_range("since", since, "until", until)
    except BadFilter as exc:
        raise HTTPException(422, messages.bad_filter(exc)) from None


def _code(param: str, value: str | None, valid) -> str | None:
    """A code filter of a page by the API's rule (any case; empty: none), an unknown code a
    422 page naming it and the valid codes in Arabic."""
    try:
        return check_code(param, value, valid, param)
    except UnknownCode as exc:
        raise HTTPException(422, messages.unknown_code(exc)) from None


def _flag(v: str | None) -> bool:
    """A checkbox or query flag (``originals=1``, ``on``, ``true``)."""
    return (v or "").strip().lower() in ("1", "on", "true", "yes")


def _no_outlet(b: Backend) -> int:
    """How many stored articles have no outlet: the «بلا مصدر» choice of the outlet
    filters (``no_outlet=1``) is shown when there are any."""
    return sum(o["n"] for o in b.outlets() if not o["outlet"])


def _undated(b: Backend) -> int:
    """How many stored articles have no dateline: the «بلا تاريخ نشر» choice
    (``undated=1``) and the home page's note are shown when there are any."""
    return b.undated_articles()


def _int(v: str | None, default: int = 0) -> int:
    try:
        return max(0, int(v)) if v else default
    except ValueError:
        raise HTTPException(422, f"رقم غير صالح: {v[:40]}") from None


def _outlets(b: Backend, typed: str | None) -> tuple[list[dict], str, list[dict]]:
    """The outlet choices of a filter form, each labelled with the outlet's Arabic name when
    the gazetteer knows it («واس — was»), the choice the typed filter selects and, for a name
    of several outlets, its readings (khabar.store.outlet_names). The filter matches every
    stored outlet the name can denote — any case, any name (``?outlet=SPA`` selects ``was``;
    ``?outlet=الجزيرة`` the Saudi paper ``aljazirah`` a SaudiNewsNet store holds, not
    Qatar's channel). A name matching no stored outlet, or several, is kept as its own
    choice, so the form shows what the list is filtered by."""
    rows = []
    for o in b.outlets():
        if not o["outlet"]:
            continue
        known = known_outlet(o["outlet"])
        label = f"{known.name} — {o['outlet']}" if known and known.name != o["outlet"] else o["outlet"]
        rows.append({**o, "label": label})
    for o in rows:
        if outlet_key(o["outlet"]).startswith("outlets:"):
            # a shared name no record decided (khabar.store.outlet_sites): choosing it
            # selects every outlet of the name — say so and count what it lists
            name_keys = outlet_keys(o["outlet"])
            o["label"] = f"{o['outlet']} (كل ما يحمل الاسم، منها {o['n']} دون تحديد الوسيلة)"
            o["n"] = sum(r["n"] for r in rows if outlet_key(r["outlet"]) in name_keys)
    if not typed or not typed.strip():
        return rows, "", []
    keys = outlet_keys(typed)
    matched = [o for o in rows if outlet_key(o["outlet"]) in keys]
    if len(matched) == 1:
        return rows, matched[0]["outlet"], b.outlet_readings(typed)
    if (same := next((o for o in rows if o["outlet"] == typed.strip()), None)) is not None:
        return rows, same["outlet"], b.outlet_readings(typed)  # the stored shared name
    label = " + ".join(o["label"] for o in matched)
    rows.append({"outlet": typed, "n": sum(o["n"] for o in matched),
                 "label": f"{typed} ({label})" if label else typed})
    return rows, typed, b.outlet_readings(typed)


def _pager(request: Request, offset: int, n: int, more: bool, size: int = PAGE,
           total: int | None = None) -> dict:
    """Links to the pages around this one and the rows it shows. A page past the end (an
    old link, a typed offset) says so and links back to the last page with rows when the
    total is known, else to the first — not «0–6000» beside a link one page back into
    nothing."""
    params = dict(request.query_params)

    def link(o: int) -> str:
        return "?" + urlencode({**params, "offset": o})

    if not n and offset > 0:
        last = max(0, (total - 1) // size * size) if total else 0
        return {"prev": link(last), "back": "last" if total else "first", "past": offset,
                "next": None}
    return {"prev": link(max(0, offset - size)) if offset > 0 else None,
            "next": link(offset + size) if more else None, "from": offset + 1 if n else 0,
            "to": offset + n}


def _headlines(b: Backend, items: list[dict]) -> list[dict]:
    """Give the listed articles without a title a ``headline``: their text's first line
    (web.render.lead), read in one query for the page's rows."""
    ids = [a["id"] for a in items if not a.get("title") and a.get("id") is not None]
    if ids:
        marks = ", ".join("?" * len(ids))
        with b.store.lock:
            found = dict(b.store.conn.execute(
                f"SELECT id, substr(text, 1, 400) FROM articles WHERE id IN ({marks})", ids))
        for a in items:
            if a.get("id") in found:
                a["headline"] = lead(found[a["id"]])
    return items


def _story_headlines(b: Backend, stories: list[dict]) -> list[dict]:
    """Give the stories without a title (an undated corpus has no titles) a ``headline``:
    the first line of their first report (web.render.lead), not their normalised terms."""
    ids = [s["id"] for s in stories if not s.get("title")]
    if ids:
        marks = ", ".join("?" * len(ids))
        with b.store.lock:
            rows = b.store.conn.execute(
                f"SELECT story_id, substr(text, 1, 400) FROM articles WHERE story_id IN ({marks})"
                " ORDER BY id DESC", ids).fetchall()
        first = dict(rows)  # ordered by id descending: the lowest id of each story wins
        for s in stories:
            if s["id"] in first:
                s["headline"] = lead(first[s["id"]])
    return stories


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    b = request.app.state.backend
    if b is None:
        return RedirectResponse("/analyze", status_code=303)
    total, latest = b.articles(limit=10)
    _headlines(b, latest)
    return page(request, "home.html", stats=b.health(), latest=latest, total=total,
                linker=b.linker(), undated_n=_undated(b))


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request):
    return page(request, "analyze.html", form={}, doc=None)


@router.post("/analyze", response_class=HTMLResponse)
def analyze_post(request: Request, text: str = Form(""), published: str = Form(""),
                 outlet: str = Form(""), title: str = Form("")):
    form = {"text": text, "published": published, "outlet": outlet, "title": title}
    try:
        article = ArticleIn(text=text, published=published or None, outlet=outlet or None,
                            title=title or None)
    except ValueError as exc:  # the English detail is the API's; the page says it in Arabic
        msgs = messages.field_errors(getattr(exc, "errors", lambda: [])())
        return page(request, "analyze.html", status=422, form=form, doc=None, error=msgs)
    from khabar.api.routes import analyse
    from khabar.io.errors import DocumentTooLarge, InputError

    try:  # a pasted page's article is extracted, as the API and `khabar analyze` do
        doc = analyse(article, request)
    except InputError as exc:
        status = 413 if isinstance(exc, DocumentTooLarge) else 422
        return page(request, "analyze.html", status=status, form=form, doc=None,
                    error=messages.input_error(exc))
    doc_json = orjson.dumps(to_dict(doc), option=orjson.OPT_INDENT_2).decode()
    return page(request, "analyze.html", form=form, doc_json=doc_json, **doc_context(doc))


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, outlet: str | None = None, since: str | None = None,
             until: str | None = None, story: str | None = None, offset: str | None = None,
             originals: str | None = None, entity: str | None = None,
             no_outlet: str | None = None, undated: str | None = None):
    b = _backend(request)
    off = _int(offset)
    since, until = _days(since, until)
    # an actor's articles (session 17): its page lists 20, this page every one, by id or
    # name as /events?actor= (an unknown actor is a 404, not an empty list)
    who = None
    if entity:
        who = b.store.actor_ref(entity)
        if who is None:
            raise HTTPException(404, f"لا يوجد كيان بالمعرّف {entity[:60]}")
    total, items = b.articles(outlet=outlet or None, since=since, until=until,
                              story=_int(story) if story else None,
                              entity=who["id"] if who else None, no_outlet=_flag(no_outlet),
                              undated=_flag(undated),
                              originals=_flag(originals), limit=PAGE, offset=off)
    _headlines(b, items)
    choices, chosen, readings = _outlets(b, outlet)
    drop = {k: v for k, v in request.query_params.items() if k not in ("entity", "offset")}
    return page(request, "articles.html", items=items, total=total, outlets=choices,
                outlet_readings=readings, typed_outlet=outlet, actor=who,
                drop_actor=urlencode(drop),
                f={"outlet": chosen, "since": since or "", "until": until or "",
                   "originals": _flag(originals), "no_outlet": _flag(no_outlet),
                   "undated": _flag(undated)},
                no_outlet_n=_no_outlet(b), undated_n=_undated(b),
                pager=_pager(request, off, len(items), off + len(items) < total, total=total))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str):
    b = _backend(request)
    meta = b.article(article_id)
    doc = b.document(article_id) if meta else None
    if doc is None:
        raise HTTPException(404, f"لا يوجد مقال بالمعرّف {article_id}")
    ctx = doc_context(doc, linked=True)
    return page(request, "article.html", article_id=meta["id"], story_id=meta.get("story_id"),
                related=b.related(meta["id"], meta.get("story_id")), **ctx)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "", outlet: str | None = None, since: str | None = None,
           until: str | None = None, order: str = "relevance", offset: str | None = None,
           originals: str | None = None, no_outlet: str | None = None,
           undated: str | None = None, outlet_country: str | None = None):
    b = _backend(request)
    off = _int(offset)
    order = "date" if order == "date" else "relevance"
    choices, chosen, readings = _outlets(b, outlet)
    oc = _code("outlet_country", outlet_country, country_codes())
    f = {"q": q, "outlet": chosen, "since": since or "", "until": until or "",
         "order": order, "originals": _flag(originals), "no_outlet": _flag(no_outlet),
         "undated": _flag(undated), "outlet_country": oc or ""}
    items, total, error, status = [], 0, None, 200
    if q.strip():
        try:  # a bad date or query is said in Arabic above the form the user can correct
            since, until = _days(since, until)
            total, items = b.search(q, outlet=outlet or None, since=since, until=until,
                                    order=order, originals=f["originals"], limit=PAGE,
                                    offset=off, no_outlet=f["no_outlet"],
                                    undated=f["undated"], outlet_country=oc)
        except BadQuery as exc:
            error, status = messages.query_error(exc), 422
        except HTTPException as exc:
            error, status = str(exc.detail), exc.status_code
    _headlines(b, items)
    latin = not items and not error and messages.latin_only(q)
    return page(request, "search.html", status=status, items=items, total=total, f=f,
                error=error, latin_hint=messages.LATIN_HINT if latin else None,
                outlet_readings=readings, typed_outlet=outlet,
                outlets=choices, no_outlet_n=_no_outlet(b), undated_n=_undated(b),
                # the same search grouped into stories (session 23)
                stories_query=urlencode({k: v for k, v in (("q", q), ("outlet", outlet),
                                                           ("outlet_country", oc))
                                         if v and v.strip()}),
                outlet_countries=b.outlet_countries(), no_country=b.no_country(oc),
                pager=_pager(request, off, len(items), off + len(items) < total, total=total))


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, q: str = "", label: str = "", country: str = "",
             offset: str | None = None):
    b = _backend(request)
    off = _int(offset)
    label = _code("label", label, ENTITY_LABELS) or ""  # any case, as the API
    country = _code("country", country, country_codes()) or ""
    total, items = b.actors(q or None, label=label or None, country=country or None,
                            limit=ACTORS_PAGE, offset=off)
    latin = not items and messages.latin_only(q)
    return page(request, "entities.html", items=items, linker=b.linker(),
                latin_hint=messages.LATIN_HINT if latin else None,
                f={"q": q, "label": label, "country": country},
                pager=_pager(request, off, len(items), total is None and bool(items),
                              size=ACTORS_PAGE))


@router.get("/entities/{actor_id:path}", response_class=HTMLResponse)
def entity(request: Request, actor_id: str):
    b = _backend(request)
    data = b.entity(actor_id)
    if data is None:
        raise HTTPException(404, f"لا يوجد كيان بالمعرّف {actor_id}")
    _headlines(b, data.get("articles") or [])
    relays.attach(b.store, data.get("quotes") or [], fetch=False)  # the API's relays, linked
    relays.attach(b.store, data.get("relayed") or [], fetch=False)
    relays.attach(b.store, data.get("about") or [], fetch=False)
    return page(request, "entity.html", e=data,
                chart=timeline_svg(data["timeline"], undated=data.get("undated")),
                linker=b.linker())


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request, since: str | None = None, until: str | None = None,
            undated: str | None = None, offset: str | None = None, q: str | None = None,
            outlet: str | None = None, single: str | None = None,
            outlet_country: str | None = None):
    b = _backend(request)
    off = _int(offset)
    since, until = _days(since, until)
    kind = None if not (undated or "").strip() else _flag(undated)  # both / undated / dated
    query = q.strip() if q and q.strip() else None
    choices, chosen, readings = _outlets(b, outlet)
    outlet = outlet.strip() if outlet and outlet.strip() else None
    oc = _code("outlet_country", outlet_country, country_codes())
    # the stories a search or an outlet reaches (session 23): «what did these outlets report
    # about Yemen» grouped into stories, not a flat list of 106 articles
    items, total, matches, error = [], None, None, None
    try:
        total, items = b.stories(since=since, until=until, undated=kind, limit=PAGE,
                                 offset=off, q=query, outlet=outlet,
                                 min_size=1 if _flag(single) else 2, outlet_country=oc)
        matches = b.story_matches(q=query, outlet=outlet, outlet_country=oc)
    except BadQuery as exc:
        error = messages.query_error(exc)
    _story_headlines(b, items)
    single_link = "?" + urlencode({**dict(request.query_params), "single": "1", "offset": 0})
    return page(request, "stories.html", status=422 if error else 200, items=items,
                undated=b.undated_articles(), error=error, matches=matches,
                single_link=single_link,
                story_query=urlencode({k: v for k, v in (("q", query), ("outlet", outlet),
                                                         ("outlet_country", oc)) if v}),
                outlet_countries=b.outlet_countries(), no_country=b.no_country(oc),
                outlets=choices, outlet_readings=readings, typed_outlet=outlet,
                f={"since": since or "", "until": until or "", "q": q or "",
                   "outlet": chosen, "single": _flag(single), "outlet_country": oc or "",
                   "undated": "" if kind is None else ("1" if kind else "0")},
                pager=_pager(request, off, len(items), total is None and bool(items)))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: int, q: str | None = None, outlet: str | None = None,
          outlet_country: str | None = None):
    b = _backend(request)
    q = q.strip() if q and q.strip() else None
    outlet = outlet.strip() if outlet and outlet.strip() else None
    oc = _code("outlet_country", outlet_country, country_codes())
    try:  # from /stories?q=: which of its reports the search found (session 23)
        data = b.story(story_id, q=q, outlet=outlet, outlet_country=oc)
    except BadQuery:
        data = b.story(story_id)  # an old link with a query search now refuses: no marks
    if data is None:
        raise HTTPException(404, f"لا توجد قصة بالمعرّف {story_id}")
    if data.get("matching") is not None:
        found = set(data["matching"])
        for a in data.get("articles", []):
            a["matched"] = a["id"] in found
        data["match_query"] = {"q": q or "", "outlet": outlet or "", "outlet_country": oc or ""}
    _headlines(b, data.get("articles") or [])
    _story_headlines(b, [data])
    copies = {a["id"] for a in data.get("articles", []) if a.get("dup_of")}
    data["timeline"] = [t for t in data.get("timeline", []) if t["article_id"] not in copies]
    data["n_copies"] = len(copies)
    relays.attach(b.store, [t for t in data["timeline"] if t.get("kind") == "statement"])
    points, undated = day_counts(data.get("articles", []), data.get("timeline", []))
    return page(request, "story.html", s=data,
                chart=timeline_svg(points, labels={"mentions": "تقارير"}, undated=undated))


def _event_args(b: Backend, type, country, since, until, actor=None,
                originals=None, order=None, place=None,
                q: str | None = None, sector=None, role=None,
                outlet_country=None, outlet=None) -> tuple[dict, dict | None]:
    """The event filters (and order) of the /events and /map pages, and the actor they name
    (by id or name; an unknown actor is a 404, not an empty list that looks like «no
    events»); ``q``: the events of the articles /search finds for it (/api/events' q=)."""
    who = None
    if actor:
        who = b.store.actor_ref(actor)
        if who is None:
            raise HTTPException(404, f"لا يوجد كيان بالمعرّف {actor[:60]}")
    since, until = _days(since, until)
    args = {"type": _code("type", type, event_types()),
            "country": _code("country", country, country_codes()),
            "place": _code("place", place, country_codes()), "since": since,
            "until": until, "actor": who["id"] if who else None,
            "originals": True if _flag(originals) else None,
            "order": _code("order", order, EVENT_ORDERS),
            "q": q.strip() if q and q.strip() else None,
            "sector": _code("sector", sector, sector_codes()),
            "role": _code("role", role, EVENT_ROLES),
            # the outlets of a country (session 23), as the search and stories pages
            "outlet_country": _code("outlet_country", outlet_country, country_codes()),
            # one outlet, by any of its names, as the search and stories pages (ux23b)
            "outlet": outlet.strip() if outlet and outlet.strip() else None}
    return args, who


def _event_form(b: Backend, args: dict, who: dict | None, *, count_outlets: bool = True) -> dict:
    """The filter form and count lines of /events and /map; ``count_outlets=False`` (/map, whose
    page has no «حسب المصدر» line) skips counting the events by outlet."""
    # the type choices count the events the OTHER filters select (session 23): before, they
    # counted the whole store, which beside a filter read as its counts («ASSAULT (637)»
    # over an actor's 2 events) and so were shown only without filters; now «what a party
    # did, by type» reads off the choices and the «حسب النوع» line
    try:
        counts = {r["type"]: r["n"] for r in b.event_type_counts(EventFilters.of(args))}
    except BadQuery:
        counts = {}  # the page says why above an empty list
    types = [{"type": t["type"], "n": counts.get(t["type"], 0)} for t in b.store.event_types()]
    by_type = [{"type": t, "n": n, "link": _query({**args, "type": t})}
               for t, n in counts.items()] if not args.get("type") else []
    # and by outlet (session 24): which outlets reported them, each a link to its own
    by_outlet = []
    if count_outlets and not args.get("outlet"):
        try:
            by_outlet = [{"outlet": r["outlet"], "n": r["n"],
                          "link": _query({**args, "outlet": r["outlet"]})}
                         for r in b.event_outlet_counts(EventFilters.of(args))]
        except BadQuery:
            pass
    choices, chosen, readings = _outlets(b, args["outlet"])
    return {"f": {**{k: v or "" for k, v in args.items()}, "outlet": chosen}, "actor": who,
            "by_outlet": by_outlet,
            "outlets": choices, "outlet_readings": readings, "typed_outlet": args["outlet"],
            "no_country": b.no_country(args["outlet_country"]),
            "types": types, "orders": ORDER_NAMES, "by_type": by_type,
            "outlet_countries": b.outlet_countries(),
            "sectors": sorted(sector_codes()), "roles": ROLE_NAMES,
            "export_query": _query(args),
            "drop_actor": _query({k: v for k, v in args.items() if k != "actor"})}


def _searched_events(b: Backend, args: dict, **kw: object) -> tuple[int, list[dict], str | None]:
    """``Backend.events`` for a page's filters; a query search refuses is no 500 but the
    Arabic message the search page gives, above an empty list (total 0, rows [])."""
    try:
        total, rows = b.events(EventFilters.of(args), order=args.get("order"), **kw)
    except BadQuery as exc:
        return 0, [], messages.query_error(exc)
    return total, rows, None


def _query(args: dict) -> str:
    """The filters of a page as a query string (a flag as ``true``, which the API reads)."""
    return urlencode({k: "true" if v is True else v for k, v in args.items() if v})


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, type: str | None = None, country: str | None = None,
           since: str | None = None, until: str | None = None, actor: str | None = None,
           offset: str | None = None, originals: str | None = None, order: str | None = None,
           place: str | None = None, q: str | None = None, sector: str | None = None,
           role: str | None = None, outlet_country: str | None = None,
           outlet: str | None = None):
    b = _backend(request)
    off = _int(offset)
    args, who = _event_args(b, type, country, since, until, actor, originals, order,
                            place, q, sector, role, outlet_country, outlet)
    total, items, error = _searched_events(b, args, limit=PAGE, offset=off)
    return page(request, "events.html", status=422 if error else 200, items=items,
                total=total, error=error, **_event_form(b, args, who),
                pager=_pager(request, off, len(items), off + len(items) < total, total=total))


@router.get("/map", response_class=HTMLResponse)
def event_map(request: Request, type: str | None = None, country: str | None = None,
              since: str | None = None, until: str | None = None, actor: str | None = None,
              originals: str | None = None, order: str | None = None,
              place: str | None = None, q: str | None = None, sector: str | None = None,
              role: str | None = None, outlet_country: str | None = None,
              outlet: str | None = None):
    b = _backend(request)
    args, who = _event_args(b, type, country, since, until, actor, originals, order,
                            place, q, sector, role, outlet_country, outlet)
    total, rows, error = _searched_events(b, args, limit=MAP_LIMIT, columns=MAP_COLUMNS)
    places: Counter = Counter()
    names: dict[tuple, str] = {}
    for r in rows:
        lat, lon, approx = r.get("lat"), r.get("lon"), False
        if (lat is None or lon is None) and r.get("location_country"):
            point = capital_point(r["location_country"])
            if point is not None:
                (lat, lon), approx = point, True
        if lat is None or lon is None:
            continue
        key = (round(lat, 2), round(lon, 2), approx)
        places[key] += 1
        names.setdefault(key, r.get("location_name") or r.get("location_country") or "")
    points = [{"lat": k[0], "lon": k[1], "approx": k[2], "n": n, "label": names[k]}
              for k, n in places.items()]
    return page(request, "map.html", status=422 if error else 200, error=error,
                svg=world_svg(points), n_events=len(rows),
                truncated=total > len(rows), total=total,
                n_placed=sum(n for k, n in places.items() if not k[2]),
                n_approx=sum(n for k, n in places.items() if k[2]),
                places=sorted(points, key=lambda p: -p["n"])[:30],
                **_event_form(b, args, who, count_outlets=False))


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, status: str | None = None, due_before: str | None = None,
           as_of: str | None = None, originals: str | None = None, actor: str | None = None):
    b = _backend(request)
    status = _code("status", status, ("due", "overdue"))
    ref = _day(as_of) or date.today().isoformat()
    who = None
    if actor:  # one actor's claims (by id or name, as /events; unknown: 404, not «none»)
        who = b.store.actor_ref(actor)
        if who is None:
            raise HTTPException(404, f"لا يوجد كيان بالمعرّف {actor[:60]}")
    total, items = b.claims(due_before=_day(due_before), as_of=ref, status=status or None,
                            originals=_flag(originals), speaker=who["id"] if who else None,
                            limit=CLAIMS_PAGE)
    relays.attach(b.store, items, quote_key="quote_id", fetch=False)  # Backend.claims read them
    f = {"status": status or "", "due_before": due_before or "", "as_of": as_of or "",
         "originals": _flag(originals)}
    return page(request, "claims.html", items=items, as_of=ref, more=total is None, f=f,
                actor=who, drop_actor=_query({k: v for k, v in f.items() if v}))


def _said_marks(content: str, says: str | None, stems: bool | int) -> list[tuple[str, bool]]:
    """A statement's content as ``(text, marked)`` pieces, the words of ``says`` marked as
    search finds them (khabar.store.search.says_terms)."""
    from khabar.store.search import _hits, says_terms

    if not says or not content:
        return [(content or "", False)]
    spans = sorted({h for t in says_terms(says, stems)[1] for h in _hits(content, t)})
    out, at = [], 0
    for s, e in spans:
        if s < at:
            continue
        out += [(content[at:s], False), (content[s:e], True)]
        at = e
    return [p for p in [*out, (content[at:], False)] if p[0]]


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, says: str = "", speaker: str = "", about: str = "",
           since: str | None = None, until: str | None = None, originals: str | None = None,
           offset: str | None = None, outlet: str = "", via: str = ""):
    """Statements by what was said (``says``: every word and "phrase" in the content, as
    /api/quotes?says=), by speaker, by an actor they name or a relay that carried them
    (``via``), newest first, with who said
    them and in which outlets, and their downloads (session 24: a claim followed on the web)."""
    b = _backend(request)
    off = _int(offset)
    choices, chosen, readings = _outlets(b, outlet.strip() or None)
    f = {"says": says.strip(), "speaker": speaker.strip(), "about": about.strip(),
         "since": since or "", "until": until or "", "originals": _flag(originals),
         "outlet": outlet.strip(), "via": via.strip()}

    def ref(v: str) -> str | int | None:  # an actor id in digits, else a name
        return (int(v) if v.isdecimal() else v) if v else None

    items, more, tally, error, status = [], False, None, None, 200
    try:
        lo, hi = _days(since, until)
        kw = QuoteFilters(speaker=ref(f["speaker"]), about=ref(f["about"]),
                          says=f["says"] or None, since=lo, until=hi,
                          originals=f["originals"], outlet=f["outlet"] or None,
                          via=ref(f["via"]))
        total, items = b.quotes(kw, limit=PAGE, offset=off)
        more = total is None or off + len(items) < total
        counts = b.quote_summary(kw, top=9) if items else None  # of every one selected
        if counts is not None:
            tally = {"n": counts["n"], "more_speakers": len(counts["speakers"]) > 8,
                     "speakers": [(r["speaker"] or "؟", r["n"], r["id"])
                                  for r in counts["speakers"][:8]],
                     "outlets": [(r["outlet"], r["n"]) for r in counts["outlets"]],
                     "days": [(r["day"], r["n"]) for r in counts["days"]]}
    except BadQuery as exc:
        error, status = messages.query_error(exc), 422
    except HTTPException as exc:
        error, status = str(exc.detail), exc.status_code
    relays.attach(b.store, items, fetch=False)  # the API's relays, linked
    for r in items:
        r["said"] = _said_marks(r.get("content") or "", f["says"] or None, b.store.fts_stems)
    api = _query({"says": f["says"], "speaker": f["speaker"], "about": f["about"],
                  "via": f["via"], "outlet": f["outlet"], "since": f["since"], "until": f["until"],
                  "originals": f["originals"]})
    # each outlet of the tally selects its own statements (the other filters kept)
    outlet_link = {o: _query({**{k: v for k, v in request.query_params.items()
                                 if k not in ("offset", "outlet")}, "outlet": o})
                   for o, _ in (tally or {}).get("outlets", []) if o}
    return page(request, "quotes.html", status=status, items=items, f={**f, "outlet": chosen},
                error=error, tally=tally, api=api, outlets=choices, outlet_readings=readings,
                typed_outlet=f["outlet"] or None, outlet_link=outlet_link,
                pager=_pager(request, off, len(items), more))
