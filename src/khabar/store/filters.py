"""Article filters shared by search, listing, events, quotes and timelines.

A :class:`Filters` becomes SQL conditions on the ``articles`` table aliased ``a`` (with
``EXISTS`` sub-queries into the layer tables), so every view filters the same way.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, fields
from functools import lru_cache

from khabar.corpus.actors import norm_name
from khabar.gazetteer import outlets as _outlets
from khabar.store.dates import bound_from, bound_until
from khabar.store.outlet_names import outlet_keys, outlets_named, shared_key
from khabar.text.normalize import match_form

# PLOVER's codes for actors that are no state (groups.tsv uses them): international and UN
# bodies, Europe/the EU, non-governmental organisations, international militant groups
PLOVER_IGO_CODES = ("IGO", "UNO", "EUR", "NGO", "IMG")
ENTITY_LABELS = ("PERS", "ORG", "LOC", "MISC")


class BadFilter(ValueError):
    """A filter value the store cannot read — an unknown code, a misspelt date, a range
    that ends before it starts. One rule everywhere (session 12): the Python API raises it,
    the HTTP API answers 422 (``detail`` entry ``{"field", "type", "value", "message"}``),
    the web pages 422 in Arabic, the command line a usage error (exit 2). ``kind`` is
    machine-readable: ``unknown_code``, ``date_format``, ``date_range``."""

    kind = "bad_filter"

    def __init__(self, param: str, value: str, message: str) -> None:
        self.param, self.value = param, value
        super().__init__(message)


class UnknownCode(BadFilter):
    """A filter value that is none of the codes the parameter takes (``type=FOO``): the
    API answers it 422 and the pages an Arabic message, both naming the value and the codes."""

    kind = "unknown_code"

    def __init__(self, param: str, value: str, valid: Collection[str], what: str) -> None:
        self.what = what
        self.valid = sorted(valid)
        shown = ", ".join(self.valid) if len(self.valid) <= 30 else (
            "an ISO 3166 alpha-3 code (IRQ, USA …) or one of PLOVER's "
            + ", ".join(PLOVER_IGO_CODES) + f"; the {len(self.valid)} codes are in `valid`")
        super().__init__(param, value, f"{param}={value[:40]!r} is no {what}; valid: {shown}")


class BadDate(BadFilter):
    """A date bound that is no day, month, year or ISO date-time (``since=yesterday``)."""

    kind = "date_format"

    def __init__(self, param: str, value: str) -> None:
        from khabar.store.dates import BOUND_FORMS

        super().__init__(param, value, f"{param} must be {BOUND_FORMS}; got {value[:40]!r}")


class ReversedRange(BadFilter):
    """A date range that ends before it starts: not an empty answer that reads as «nothing
    happened». ``param`` is the lower bound's name, ``until`` the upper's."""

    kind = "date_range"

    def __init__(self, param: str, lo: str, until: str, hi: str) -> None:
        self.until, self.hi = until, hi
        super().__init__(param, lo, f"{param} {lo} is after {until} {hi}")


def check_date(param: str, value: str | None) -> str | None:
    """A date bound (a day, a month ``YYYY-MM``, a year ``YYYY``, or an ISO date-time read
    as its day: :func:`khabar.store.dates.check_bound`), None when empty or blank (no
    filter), else :class:`BadDate` naming the parameter and the forms it takes."""
    from khabar.store.dates import check_bound

    if value is None or not str(value).strip():
        return None
    try:
        return check_bound(str(value))
    except ValueError:
        raise BadDate(param, str(value)) from None


def check_range(param_from: str, date_from: str | None, param_to: str,
                date_to: str | None) -> tuple[str | None, str | None]:
    """Both bounds checked (:func:`check_date`) and in order (:class:`ReversedRange`)."""
    from khabar.store.dates import bounds_reversed

    lo, hi = check_date(param_from, date_from), check_date(param_to, date_to)
    if bounds_reversed(lo, hi):
        raise ReversedRange(param_from, lo or "", param_to, hi or "")
    return lo, hi


@lru_cache(maxsize=1)
def event_types() -> frozenset[str]:
    """The PLOVER event types the coder emits: those of its triggers and intensity scores."""
    from khabar.extract.events.lexicon import read_tsv

    return frozenset(r[0] for name in ("triggers.tsv", "scores.tsv") for r in read_tsv(name))


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every country code a participant or an actor can carry: ISO 3166 alpha-3, the
    gazetteer's own (``KOS``) and PLOVER's IGO-style codes of the named groups."""
    import pycountry

    from khabar.extract.events.lexicon import read_tsv
    from khabar.gazetteer.countries import forms
    from khabar.gazetteer.tables import read_rows

    codes = {c.alpha_3 for c in pycountry.countries} | {m.iso3 for m in forms().values()}
    codes |= {r[0] for r in read_tsv("groups.tsv")} | set(PLOVER_IGO_CODES)
    for table in ("orgs.tsv", "places_curated.tsv", "cities.tsv"):
        codes |= {r["country"] for r in read_rows(table) if r.get("country")}
    return frozenset(c.upper() for c in codes)


@lru_cache(maxsize=1)
def sector_codes() -> frozenset[str]:
    """The PLOVER sectors an event participant can carry: those of ``sectors.tsv`` and of
    the named groups (``groups.tsv``)."""
    from khabar.extract.events.lexicon import read_tsv

    found = {r[0] for r in read_tsv("sectors.tsv")}
    found |= {r[1] for r in read_tsv("groups.tsv") if len(r) > 1}
    return frozenset(c for c in found if len(c) == 3 and c.isalpha() and c.isupper())


def check_code(param: str, value: str | None, valid: Collection[str], what: str) -> str | None:
    """A code filter as ``valid`` spells it, in any case (``assault`` is ``ASSAULT``,
    ``CSV`` is ``csv``), None when empty or blank (no filter), or :class:`UnknownCode` when
    it is none of ``valid`` — an unknown code must not read as «no events»."""
    if value is None or not value.strip():
        return None
    canonical = {v.upper(): v for v in valid}.get(value.strip().upper())
    if canonical is None:
        raise UnknownCode(param, value.strip(), valid, what)
    return canonical


@lru_cache(maxsize=1)
def _outlet_codes() -> dict[str, _outlets.Outlet]:
    """Case-folded outlet ids and SaudiNewsNet source keys → outlet (``spa``, ``was``)."""
    codes: dict[str, _outlets.Outlet] = {}
    for o in _outlets.forms().values():
        codes.setdefault(o.id.casefold(), o)
        if o.source:
            codes.setdefault(o.source.casefold(), o)
    return codes


@lru_cache(maxsize=4096)
def known_outlet(name: str | None) -> _outlets.Outlet | None:
    """The gazetteer outlet a name denotes, by any of its names in any case: its id
    (``spa``), its SaudiNewsNet key (``was``), its Arabic name or an alias («واس»,
    «وكالة الأنباء السعودية»), with or without a cue word («صحيفة عكاظ»)."""
    if not name or not name.strip():
        return None
    key = " ".join(match_form(name.strip()).casefold().split())
    return _outlet_codes().get(key) or _outlets.lookup(name, allow_bare=True)


@lru_cache(maxsize=4096)
def outlet_country(name: str | None) -> str | None:
    """The country (ISO alpha-3) of the gazetteer outlet a stored name denotes (outlets.tsv:
    ``was`` → SAU, ``aljazeera`` → QAT), else None — also for a name several outlets share
    (the store keeps such a name only when the record did not say which)."""
    if not name or not name.strip() or len(outlets_named(name)) > 1:
        return None
    known = known_outlet(name)
    return known.country if known is not None and known.country else None


def without_country(outlets: list[dict]) -> dict:
    """What an ``outlet_country`` filter can never select (session 23, ux23b): of the store's
    outlets (``Store.outlets()`` rows ``{"outlet", "n"}``), those :func:`outlet_country`
    gives no country — the gazetteer does not know them, or several outlets share the name —
    as ``{"articles": their articles, "outlets": their names, most articles first}``
    (the articles without an outlet are not counted: they have no outlet to file)."""
    rows = sorted((o for o in outlets if o["outlet"] and outlet_country(o["outlet"]) is None),
                  key=lambda o: (-o["n"], o["outlet"]))
    return {"articles": sum(o["n"] for o in rows), "outlets": [o["outlet"] for o in rows]}


@lru_cache(maxsize=4096)
def outlet_key(name: str | None) -> str:
    """The key outlet filters compare: the gazetteer outlet a name denotes, whatever the
    case or which of its names (``was``, ``SPA``, «واس», «وكالة الأنباء السعودية» → one
    key; ``Okaz``, ``okaz``, «عكاظ», «صحيفة عكاظ» → another), else the name itself,
    normalised and case-folded (``Reuters`` = ``reuters``). A stored name several outlets
    share («الجزيرة», which the store keeps only when the record did not say which:
    khabar.store.outlet_sites) keys to the set of them (``outlets:aljazeera|aljazirah``),
    which only a filter by that name matches — before session 15 it keyed to the channel."""
    if not name or not name.strip():
        return ""
    if len(found := outlets_named(name)) > 1:  # a shared name the record did not decide
        return shared_key(found)  # (khabar.store.outlet_sites): none of its outlets
    if (o := known_outlet(name)) is not None:
        return f"outlet:{o.id}"
    return " ".join(match_form(name.strip()).casefold().split())


EVENT_ROLES = ("actor", "recipient")  # the roles of an event's participants (event_actors)


def actor_clause(
    country: str | None, sector: str | None, scope: list[str], role: str | None = None
) -> tuple[str, list[object]]:
    """An EXISTS condition on ``event_actors x``: an actor of this country and/or sector
    (in ``role``, when given: ``actor`` or ``recipient``), among the rows that ``scope``
    (conditions on ``x``: its article) selects. The unary
    ``+`` keeps SQLite from the country/sector index, which it chose without statistics:
    a scan of every IRQ row for each event or article (session 18: the news-day events of
    IRQ counted in 34–63 ms, 3.5–3.7 through the article's rows)."""
    sub = list(scope)
    params: list[object] = []
    if country:
        sub.append("+x.country = ?")
        params.append(country.upper())
    if sector:
        sub.append("+x.sector = ?")
        params.append(sector)
    if role:
        sub.append("x.role = ?")
        params.append(role)
    return f"EXISTS (SELECT 1 FROM event_actors x WHERE {' AND '.join(sub)})", params


def about_clause(about: str | int) -> tuple[str, list[object]]:
    """A condition on ``quotes q``: what was said (its content span) holds a mention of an
    actor — ``about`` an actor id, or a name matched as the ``entity`` filter matches it (a
    mention's normalised canonical name, or an alias of the actor the mention is linked
    to). A blank name matches nothing. The article's mentions of that actor are found
    first (the actor or canonical-name index), then kept when they lie inside the quote:
    inside the quote the article's own mentions are read (the unary ``+`` keeps SQLite from
    the actor index there, which walked every mention of the actor for each quote — 135 ms
    for «السعودية» on the news day, 5 ms this way)."""
    inside = 'e.article_id = q.article_id AND e.start >= q.content_start AND e."end" <= q.content_end'
    if isinstance(about, int):
        return (f"q.article_id IN (SELECT article_id FROM entities WHERE actor_id = ?) AND EXISTS"
                f" (SELECT 1 FROM entities e WHERE {inside} AND +e.actor_id = ?)", [about, about])
    key = norm_name(about)
    who = ("({p}e.canonical_norm = ? OR {p}e.actor_id IN (SELECT actor_id FROM actor_aliases"
           " WHERE alias = ?))")
    return (f"q.article_id IN (SELECT e.article_id FROM entities e WHERE {who.format(p='')})"
            f" AND EXISTS (SELECT 1 FROM entities e WHERE {inside} AND {who.format(p='+')})",
            [key, key, key, key])


def dateline_clause(date_from: str | None,
                    date_to: str | None) -> tuple[list[str], list[object]]:
    """Conditions that an article's dateline (``a.published``, an ISO date) lies within
    ``[date_from, date_to]``; ``date_to`` may be a day, a month or a year (``2015-08``: up
    to 31 August, by its prefix). One rule for the article filters, the store's stories
    and dedupe ranges and a timeline's statements (session 24: written three times)."""
    conds: list[str] = []
    params: list[object] = []
    if date_from:
        conds.append("a.published >= ?")
        params.append(date_from)
    if date_to:
        conds.append("substr(a.published, 1, ?) <= ?")
        params.extend([len(date_to), date_to])
    return conds, params


def event_date_clause(date_from: str | None, date_to: str | None,
                      column: str = "ev.date") -> tuple[list[str], list[object]]:
    """Conditions that an event date (a TIMEX3 value in ``column``) lies within
    ``[date_from, date_to]``: the days it covers (``khabar.store.dates.span``) start on or
    after ``date_from`` and end on or before ``date_to``. A bound may be a day, a month or
    a year (``2015-08`` as ``date_to`` means up to 31 August). A week (``2015-W32``) is
    its seven days, a year all of it; a value with no calendar position (``PAST_REF``)
    matches no bound. ``ev.date`` uses the stored days (``ev.date_begin``/``ev.date_end``).

    A range asks when events HAPPENED (session 22, ux22b): an event whose date is the
    dateline only as the day it was reported (``ev.report_day``: a plan «سيزور»، a
    hypothesis, a negated act, a past event retold — evl22's ``EventDate.report_day``) has
    no known day and matches no bound, as ``PAST_REF`` does; listed without a range, it
    still sorts at its report's day. An event whose own date is in the text (a plan «في
    عام 2025») matches by that date, 2025, never by its report's August. A store from
    before schema 14 (read-only: ``report_day`` null) keeps every event."""
    conds: list[str] = []
    params: list[object] = []
    begin = "ev.date_begin" if column == "ev.date" else f"khabar_date_begin({column})"
    end = "ev.date_end" if column == "ev.date" else f"khabar_date_end({column})"
    if date_from:
        conds.append(f"{begin} >= ?")
        params.append(bound_from(date_from))
    if date_to:
        conds.append(f"{end} <= ?")
        params.append(bound_until(date_to))
    if conds and column == "ev.date":
        conds.append("coalesce(ev.report_day, 0) = 0")
    return conds, params


@dataclass
class Filters:
    """Restrictions on articles; every field is optional and they combine with AND.

    - ``date_from`` / ``date_to``: publication (dateline) date, ISO, inclusive;
    - ``event_from`` / ``event_to``: the article reports an event dated within that range
      (:func:`event_date_clause`: the whole week, month or year of a vague date);
    - ``outlet``: one outlet name or a list of them, in any case and by any name of a
      known outlet (:func:`outlet_key`: ``spa`` finds the articles stored as ``was``);
    - ``no_outlet``: only the articles stored without an outlet (a corpus whose records
      name none; not with ``outlet``);
    - ``outlet_country``: the articles of the outlets of a country (ISO alpha-3), by the
      gazetteer's outlets (:func:`outlet_country`: «Saudi outlets» is ``SAU``; an outlet
      the gazetteer does not know has none; session 23);
    - ``undated``: only the articles without a dateline (not with ``date_from``/``date_to``);
    - ``entity``: an entity name (matched normalised against canonical names and actor
      aliases) or an actor id (int) mentioned in the article;
    - ``country`` / ``sector``: an event participant's PLOVER country (ISO3) / sector;
    - ``event_type``: a PLOVER event type (e.g. ``ASSAULT``);
    - ``speaker``: a quoted speaker's name (normalised match) or actor id;
    - ``story``: story id; ``originals_only``: hide near-duplicate copies;
    - ``source_id``: the id the input record gave the article.
    """

    date_from: str | None = None
    date_to: str | None = None
    event_from: str | None = None
    event_to: str | None = None
    outlet: str | list[str] | None = None
    no_outlet: bool = False
    outlet_country: str | None = None
    undated: bool = False
    entity: str | int | None = None
    country: str | None = None
    sector: str | None = None
    event_type: str | None = None
    speaker: str | int | None = None
    story: int | None = None
    originals_only: bool = False
    source_id: str | None = None

    def __post_init__(self) -> None:
        """Check and canonicalise the coded and dated fields (:class:`BadFilter`): an unknown
        code or a misspelt date raises, as the HTTP API and the command line refuse them,
        instead of answering nothing; codes in any case; an empty string is no filter."""
        self.date_from, self.date_to = check_range("date_from", self.date_from,
                                                   "date_to", self.date_to)
        self.event_from, self.event_to = check_range("event_from", self.event_from,
                                                     "event_to", self.event_to)
        self.country = check_code("country", self.country, country_codes(), "country code")
        self.outlet_country = check_code("outlet_country", self.outlet_country, country_codes(),
                                         "country code")
        self.sector = check_code("sector", self.sector, sector_codes(), "PLOVER sector")
        self.event_type = check_code("event_type", self.event_type, event_types(),
                                     "PLOVER event type")
        if self.no_outlet and self.outlet_country:
            raise BadFilter("no_outlet", "true", "no_outlet lists the articles without an "
                            "outlet: give it or an outlet country, not both")
        if self.no_outlet and self.outlet:
            raise BadFilter("no_outlet", "true", "no_outlet lists the articles without an "
                            "outlet: give it or an outlet, not both")
        if self.undated and (self.date_from or self.date_to):
            raise BadFilter("undated", "true", "undated lists the articles without a dateline: "
                            "give it or a date range, not both")

    @classmethod
    def of(cls, filters: Filters | None = None, **kwargs: object) -> Filters:
        """A Filters from an existing one updated with keyword arguments (None ignored)."""
        base = {f.name: getattr(filters, f.name) for f in fields(cls)} if filters else {}
        names = {f.name for f in fields(cls)}
        unknown = set(kwargs) - names
        if unknown:
            raise TypeError(f"unknown filter(s): {', '.join(sorted(unknown))}")
        base.update({k: v for k, v in kwargs.items() if v is not None})
        return cls(**base)

    def sql(self) -> tuple[list[str], list[object]]:
        """``(conditions, params)`` over ``articles a``."""
        where, params = dateline_clause(self.date_from, self.date_to)
        if self.outlet:
            outlets = [self.outlet] if isinstance(self.outlet, str) else list(self.outlet)
            # every outlet a name can denote (khabar.store.outlet_names: bare «الجزيرة» is
            # the Qatari channel and the Saudi paper); the stored ones among them match
            keys = sorted(set().union(*(outlet_keys(o) for o in outlets)))
            if keys:  # any case, any name of a known outlet (khabar_outlet_key: outlet_key),
                # keyed once per distinct stored outlet, then the outlet index does the rest
                where.append("a.outlet IN (SELECT o.outlet FROM (SELECT DISTINCT outlet FROM"
                             " articles) o WHERE khabar_outlet_key(o.outlet) IN"
                             f" ({','.join('?' * len(keys))}))")
                params.extend(keys)
        if self.outlet_country:  # the stored outlets the gazetteer files under that country
            where.append("a.outlet IN (SELECT o.outlet FROM (SELECT DISTINCT outlet FROM"
                         " articles) o WHERE khabar_outlet_country(o.outlet) = ?)")
            params.append(self.outlet_country)
        if self.no_outlet:  # a record without outlet/source (ANERcorp, Wojood, pasted text)
            where.append("(a.outlet IS NULL OR a.outlet = '')")
        if self.undated:  # no dateline: listed last by date, so out of sight in a big store
            where.append("a.published IS NULL")
        if self.entity is not None:
            if isinstance(self.entity, int):
                # the actor's articles, listed once by the actor index: a correlated EXISTS
                # walked every mention of the actor for every article (SQLite picks the
                # actor index inside it) — 1.4M rows for «السعودية» on the news day
                where.append("a.id IN (SELECT e.article_id FROM entities e WHERE e.actor_id = ?)")
                params.append(self.entity)
            else:
                key = norm_name(self.entity)
                where.append(
                    "EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND (e.canonical_norm = ?"
                    " OR e.actor_id IN (SELECT actor_id FROM actor_aliases WHERE alias = ?)))"
                )
                params.extend([key, key])
        if self.country or self.sector:
            clause, clause_params = actor_clause(self.country, self.sector, ["x.article_id = a.id"])
            where.append(clause)
            params.extend(clause_params)
        if self.event_type or self.event_from or self.event_to:
            sub = ["ev.article_id = a.id"]
            if self.event_type:
                sub.append("ev.type = ?")
                params.append(self.event_type.upper())
            conds, dparams = event_date_clause(self.event_from, self.event_to)
            sub.extend(conds)
            params.extend(dparams)
            where.append(f"EXISTS (SELECT 1 FROM events ev WHERE {' AND '.join(sub)})")
        if self.speaker is not None:
            if isinstance(self.speaker, int):
                where.append("EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.actor_id = ?)")
                params.append(self.speaker)
            else:
                key = norm_name(self.speaker)
                where.append(
                    "EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND (q.speaker_norm = ?"
                    " OR q.actor_id IN (SELECT actor_id FROM actor_aliases WHERE alias = ?)))"
                )
                params.extend([key, key])
        if self.story is not None:
            where.append("a.story_id = ?")
            params.append(self.story)
        if self.originals_only:
            where.append("a.dup_of IS NULL")
        if self.source_id is not None:
            where.append("a.source_id = ?")
            params.append(self.source_id)
        return where, params
