"""Store, session 12 (st12): the store's Python API refuses a bad filter value as the HTTP
API and the command line do. ``Store.events(type="FOO")`` answered nothing — an unknown
code, a misspelt date or a range that ends before it starts now raises
:class:`khabar.store.filters.BadFilter` (``UnknownCode``, ``BadDate``, ``ReversedRange``;
all ``ValueError``) naming the argument; codes in any case still work and an empty value is
no filter. A claims bound given as a month (``due_before="2025-09"``) covers its days."""

from __future__ import annotations

import pytest
from test_store_support import claim_document

from khabar.store import Filters, Store
from khabar.store.filters import BadDate, BadFilter, ReversedRange, UnknownCode


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("st12") / "s.db")
    s.put(claim_document())  # a RETREAT event, USA MIL actor, IRQ recipient, claim due 2025-09
    yield s
    s.close()


# (method, keyword arguments with one bad value, the argument named, the error's class)
BAD = [
    ("events", {"type": "FOO"}, "type", UnknownCode),
    ("events", {"event_type": "FOO"}, "event_type", UnknownCode),
    ("events", {"country": "XX"}, "country", UnknownCode),
    ("events", {"sector": "ARMY"}, "sector", UnknownCode),
    ("events", {"event_from": "yesterday"}, "event_from", BadDate),
    ("events", {"event_from": "2025-10", "event_to": "2025-09"}, "event_from", ReversedRange),
    ("list_articles", {"date_from": "2024-13"}, "date_from", BadDate),
    ("list_articles", {"event_type": "bombing"}, "event_type", UnknownCode),
    ("count", {"country": "IRAQ"}, "country", UnknownCode),
    ("count", {"date_from": "2024-09-07", "date_to": "2024-09-06"}, "date_from", ReversedRange),
    ("actors", {"label": "PER"}, "label", UnknownCode),
    ("actors", {"country": "XX"}, "country", UnknownCode),
    ("claims", {"status": "late"}, "status", UnknownCode),
    ("claims", {"due_before": "soon"}, "due_before", BadDate),
    ("claims", {"as_of": "2025-02-30"}, "as_of", BadDate),
    ("stories", {"date_from": "2015-09", "date_to": "2015-08"}, "date_from", ReversedRange),
    ("quotes", {"date_to": "last week"}, "date_to", BadDate),
]


@pytest.mark.parametrize(("method", "kwargs", "param", "error"), BAD)
def test_a_bad_filter_value_raises_naming_the_argument(store, method, kwargs, param, error):
    with pytest.raises(error) as exc:
        getattr(store, method)(**kwargs)
    assert exc.value.param == param and isinstance(exc.value, ValueError)
    assert param in str(exc.value)


def test_an_unknown_event_type_says_the_valid_types(store):
    with pytest.raises(UnknownCode) as exc:
        store.events(type="FOO")
    assert exc.value.kind == "unknown_code" and "ASSAULT" in exc.value.valid
    assert "'FOO' is no PLOVER event type" in str(exc.value)


# the same filters spelt right, in another case, or empty: answers, not errors
GOOD = [
    ("events", {"type": "retreat"}, 1),
    ("events", {"type": "RETREAT", "country": "usa"}, 1),
    ("events", {"sector": "mil"}, 1),
    ("events", {"type": "ASSAULT"}, 0),  # a valid type no event has: an empty answer
    ("events", {"type": "", "country": " "}, 1),  # empty: no filter
    ("events", {"event_from": "2025-09", "event_to": "2025"}, 1),
    ("list_articles", {"date_from": "2024-09", "event_type": "Retreat"}, 1),
    ("count", {"country": "irq"}, 1),
    ("actors", {"label": "pers"}, 1),
    ("claims", {"status": "DUE", "as_of": "2025-01"}, 1),
    ("claims", {"status": "overdue", "as_of": "2025-01"}, 0),
]


@pytest.mark.parametrize(("method", "kwargs", "n"), GOOD)
def test_a_good_filter_value_in_any_case_still_answers(store, method, kwargs, n):
    got = getattr(store, method)(**kwargs)
    assert (got if isinstance(got, int) else len(got)) == n


def test_a_search_order_is_checked_too(store):
    assert store.search("القوات", order="DATE")
    with pytest.raises(UnknownCode):
        store.search("القوات", order="newest")


def test_filters_canonicalise_and_refuse_as_the_store_does():
    f = Filters(event_type="assault", country="irq", sector="mil", date_from="2015-08")
    assert (f.event_type, f.country, f.sector, f.date_from) == ("ASSAULT", "IRQ", "MIL", "2015-08")
    assert Filters(country="", event_type=" ").country is None
    with pytest.raises(BadFilter):
        Filters.of(event_to="2015-13")
    with pytest.raises(BadFilter):
        Filters.of(Filters(date_from="2015-09"), date_to="2015-08")


def test_a_month_bound_of_claims_covers_its_days(store):
    (claim,) = store.claims(as_of="2024-01-01")
    assert claim["due"].startswith("2025-09")
    assert len(store.claims(due_before="2025-09", as_of="2024-01-01")) == 1  # was 0: "2025-09-…" > "2025-09"
    assert store.claims(due_before="2025-08", as_of="2024-01-01") == []
    assert len(store.claims(due_after="2025-09", as_of="2024-01-01")) == 1
    assert store.claims(due_after="2025-10", as_of="2024-01-01") == []
    # an as_of month is its first day: a claim due inside it is still due
    assert [c["status"] for c in store.claims(as_of="2025-09")] == ["due"]
    assert [c["status"] for c in store.claims(as_of="2025-10")] == ["overdue"]
