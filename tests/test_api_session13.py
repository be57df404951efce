"""Store / API / web / CLI, session 13 (st13).

- **Event order**: an event dated after its article's dateline (a planned event, or a misread
  time: 2040 on a 2015 news day) no longer heads every event list; the default order
  ``date`` puts it at its dateline, ``published`` lists the newest reports first and
  ``event`` keeps the date as it stands (the order before). One parameter, ``order``, in
  ``Store.events``, ``/api/events``, the ``/events`` and ``/map`` pages and ``khabar events``;
  an unknown order is refused the way an unknown code is.
- **Date filters** take what a user types: a day, a month, a year, an ISO date-time (read as
  its day) and Arabic-Indic digits; anything else is refused naming those forms (422, an
  Arabic page, exit 2). The pages' date boxes are text boxes, so a month can be typed.

Help screens: tests/test_api_session13_help.py.
"""

from __future__ import annotations

import json
import re

import msgspec
import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document, light_pipeline
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.commands.follow import ORDER_HELP
from khabar.document import EventDate
from khabar.store import Store
from khabar.store.filters import BadDate, UnknownCode, check_date
from khabar.store.views import EVENT_ORDER_HELP, EVENT_ORDERS

HTML = {"accept": "text/html"}
runner = CliRunner()


def _doc(doc_id: str, published: str, dates: list[tuple[str, str]]):
    """The claim document with its one event copied once per (id, TIMEX3 value), in order."""
    doc = claim_document(doc_id=doc_id, published=published, url=f"http://example.org/{doc_id}")
    base = doc.events[0]
    doc.events = [msgspec.structs.replace(base, id=i, date=EventDate(value=v, source="text"))
                  for i, v in dates]
    if doc_id != "claim1":  # another text, so the store keeps both articles
        doc.text = doc.text.replace("وأضاف", "وأكد")
    return doc


# A (10 August) tells of a day before and, misread, of 2040; B (12 August) of 11 August
A = _doc("claim1", "2015-08-10", [("A1", "2015-08-09"), ("A2", "2040")])
B = _doc("claim2", "2015-08-12", [("B1", "2015-08-11")])
ORDERS = {"date": ["B1", "A2", "A1"],  # 2040 stands at its dateline, 10 August
          "published": ["B1", "A1", "A2"],  # B's report first, then A's in text order
          "event": ["A2", "B1", "A1"]}  # the date as it stands: 2040 first


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    db = tmp_path_factory.mktemp("st13api") / "a.db"
    app = create_app(db, pipeline=light_pipeline())
    app.state.backend.store.put(A)
    app.state.backend.store.put(B)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c, db
    app.state.backend.close()


@pytest.fixture(scope="module")
def client(served):
    return served[0]


def _ids(rows: list[dict]) -> list[str]:
    return [r.get("id") or r["event_id"].split(":")[1] for r in rows]


# -- event order ---------------------------------------------------------------------------

def test_the_store_orders_events_three_ways_and_the_default_holds_back_the_future(served):
    with Store(served[1], readonly=True) as s:
        assert _ids(s.events()) == ORDERS["date"]
        for order, ids in ORDERS.items():
            assert _ids(s.events(order=order)) == ids, order
            assert _ids(s.events(order=order.upper())) == ids  # any case, as every code
        assert _ids(s.events(order="")) == ORDERS["date"]  # empty is the default
        # a page of a list continues it
        assert _ids(s.events(order="published", limit=2, offset=1)) == ["A1", "A2"]
        with pytest.raises(UnknownCode) as exc:
            s.events(order="newest")
        assert exc.value.param == "order" and exc.value.valid == sorted(EVENT_ORDERS)


def test_an_event_within_its_article_s_date_is_not_held_back(served):
    # only a date after the dateline is capped: A1 (the day before) keeps its own place
    with Store(served[1], readonly=True) as s:
        rows = {r["id"]: r for r in s.events()}
    assert rows["A1"]["date"] == "2015-08-09" and rows["A2"]["date"] == "2040"  # shown as is


def test_the_api_takes_the_same_orders_and_refuses_another(client):
    assert _ids(client.get("/api/events").json()["items"]) == ORDERS["date"]
    for order, ids in ORDERS.items():
        assert _ids(client.get("/api/events", params={"order": order}).json()["items"]) == ids
    csv = client.get("/api/events", params={"order": "event", "format": "csv"}).text
    assert [line.split(",")[0].split(":")[1] for line in csv.splitlines()[1:]] == ORDERS["event"]
    bad = client.get("/api/events", params={"order": "newest"})
    assert bad.status_code == 422
    (entry,) = bad.json()["detail"]
    assert entry["type"] == "unknown_code" and entry["field"] == "query.order"
    assert entry["valid"] == sorted(EVENT_ORDERS)


def test_the_events_page_sorts_as_asked_and_says_a_bad_order_in_arabic(client):
    def order_on_page(params: dict) -> list[str]:
        page = client.get("/events", params=params, headers=HTML)
        assert page.status_code == 200
        return re.findall(r'<td dir="ltr">(2040|2015-08-\d\d)</td>', page.text)

    assert order_on_page({}) == ["2015-08-11", "2040", "2015-08-09"]
    assert order_on_page({"order": "event"}) == ["2040", "2015-08-11", "2015-08-09"]
    page = client.get("/events", params={"order": "published"}, headers=HTML).text
    assert '<option value="published" selected>' in page
    assert "order=published" in page  # the download and map links keep the order
    bad = client.get("/events", params={"order": "newest"}, headers=HTML)
    assert bad.status_code == 422 and "ليس ترتيبًا للأحداث" in bad.text
    assert client.get("/map", params={"order": "event"}, headers=HTML).status_code == 200


def test_the_cli_takes_the_same_orders(served):
    db = str(served[1])
    for order, ids in ORDERS.items():
        r = runner.invoke(cli, ["events", "--db", db, "--order", order, "-f", "json"])
        assert r.exit_code == 0, r.output
        assert _ids(json.loads(r.stdout)) == ids
    r = runner.invoke(cli, ["events", "--db", db, "-f", "json"])
    assert _ids(json.loads(r.stdout)) == ORDERS["date"]
    r = runner.invoke(cli, ["events", "--db", db, "--order", "newest"])
    assert r.exit_code == 2 and "--order must be one of date, published, event" in r.output


def test_the_cli_help_of_orders_is_the_store_s():
    # written out in the CLI (importing the store costs it a second): the two must agree
    assert ORDER_HELP == EVENT_ORDER_HELP
    assert all(f"{order}" in ORDER_HELP for order in EVENT_ORDERS)


# -- date filters ---------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "read"), [
    ("2015-08-10", "2015-08-10"), ("2015-08", "2015-08"), ("2015", "2015"),
    ("2015-08-10T14:30", "2015-08-10"), ("2015-08-10T14:30:00Z", "2015-08-10"),
    ("2015-08-10 23:59:59+03:00", "2015-08-10"), ("2015-08-10T00:00:00.5-0500", "2015-08-10"),
    (" 2015-08-10t09:00z ", "2015-08-10"), ("٢٠١٥-٠٨", "2015-08"), ("۲۰۱۵-۰۸-۱۰", "2015-08-10"),
])
def test_a_date_filter_takes_days_months_years_and_iso_date_times(typed, read):
    assert check_date("since", typed) == read


@pytest.mark.parametrize("typed", [
    "2015/08/10", "10-08-2015", "2015-8", "2015-08-10T", "2015-08-10T25:00",
    "2015-08-10T12:60", "2015-02-30T10:00", "2015-08-10Tnoon", "yesterday", "2015-13"])
def test_anything_else_is_refused_naming_the_forms(typed):
    with pytest.raises(BadDate) as exc:
        check_date("since", typed)
    message = str(exc.value)
    assert "YYYY-MM-DD" in message and "YYYY-MM" in message and "date-time" in message


def test_the_api_reads_a_date_time_and_a_month_and_names_the_forms_when_refusing(client):
    def ids(**params) -> list[str]:
        got = client.get("/api/events", params=params)
        assert got.status_code == 200, got.text
        return sorted(_ids(got.json()["items"]))

    assert ids(since="2015-08-10T08:00:00+03:00", until="2015-08") == ["B1"]
    assert ids(since="2015-08-11T23:59") == ["A2", "B1"]  # read as the day 11 August
    assert ids(until="٢٠١٥-٠٨-٠٩") == ["A1"]
    arts = client.get("/api/articles", params={"since": "2015-08-11T00:00Z"}).json()
    assert [a["published"] for a in arts["items"]] == ["2015-08-12"]
    bad = client.get("/api/events", params={"since": "10/08/2015"})
    assert bad.status_code == 422
    (entry,) = bad.json()["detail"]
    assert entry["type"] == "date_format" and "date-time" in entry["message"]
    claims = client.get("/api/claims", params={"as_of": "2015-08-10T12:00"})
    assert claims.status_code == 200


def test_the_pages_take_a_typed_month_and_answer_a_bad_date_in_arabic(client):
    page = client.get("/events", params={"since": "2015-08", "until": "2015-08-10T09:00"},
                      headers=HTML)
    assert page.status_code == 200 and page.text.count('<td dir="ltr">2015-08-09</td>') == 1
    # the date boxes are text boxes (a date picker takes days only), with the forms said
    for path in ("/events", "/map", "/search?q=القوات", "/articles", "/stories", "/claims"):
        html = client.get(path, headers=HTML).text
        assert 'type="date"' not in html, path
        assert 'placeholder="YYYY-MM(-DD)"' in html, path
    bad = client.get("/events", params={"since": "10/08/2015"}, headers=HTML)
    assert bad.status_code == 422 and "تاريخًا ووقتًا بصيغة ISO" in bad.text


def test_the_cli_reads_a_date_time_and_refuses_another_form(served):
    db = str(served[1])
    r = runner.invoke(cli, ["events", "--db", db, "--from", "2015-08-11T06:00", "-f", "json"])
    assert r.exit_code == 0 and sorted(_ids(json.loads(r.stdout))) == ["A2", "B1"]
    r = runner.invoke(cli, ["events", "--db", db, "--from", "11/08/2015"])
    assert r.exit_code == 2 and "date-time" in r.output
