"""Session 7 web checks: the events table and map filtered by an actor, with its exports."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document

from khabar.api import create_app

HTML = {"accept": "text/html"}


@pytest.fixture()
def site(tmp_path):
    app = create_app(tmp_path / "w.db")
    store = app.state.backend.store
    store.put(claim_document())  # RETREAT with العراق as recipient
    other = claim_document(doc_id="c2", url="http://example.org/c2", speaker="علي الشمري")
    other.events[0].type = "ASSAULT"
    other.events[0].recipient = []  # an event العراق does not take part in
    store.put(other)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c, store
    app.state.backend.close()


def _rows(html: str) -> list[str]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r'<td dir="ltr">([A-Z]+)', body)


def test_events_page_filters_by_actor_and_exports_the_same(site):
    client, store = site
    iraq = store.entity("العراق")["id"]
    assert _rows(client.get("/events", headers=HTML).text) == ["ASSAULT", "RETREAT"]
    for ref in (str(iraq), "العراق"):  # by id or by name
        html = client.get("/events", params={"actor": ref}, headers=HTML).text
        assert _rows(html) == ["RETREAT"], ref
        assert f'name="actor" value="{iraq}"' in html  # the filter survives the form
        assert f"/api/events?format=csv&amp;limit=100000&amp;actor={iraq}" in html
    csv = client.get("/api/events", params={"format": "csv", "actor": iraq}).text
    assert csv.count("\n") == 2 and "RETREAT" in csv
    r = client.get("/events", params={"actor": "لا أحد"}, headers=HTML)
    assert r.status_code == 404  # an unknown actor is no silent «no events»
    page = client.get(f"/entities/{iraq}", headers=HTML).text
    assert f'href="/events?actor={iraq}"' in page and f'href="/map?actor={iraq}"' in page
    assert "من 1 حدثاً" in client.get("/map", params={"actor": iraq}, headers=HTML).text


def test_event_type_is_chosen_from_the_stored_types(site):
    client, _ = site
    html = client.get("/events", params={"type": "retreat"}, headers=HTML).text
    assert '<option value="RETREAT" selected>RETREAT (1)</option>' in html
    assert '<option value="ASSAULT">ASSAULT (1)</option>' in html
    assert _rows(html) == ["RETREAT"]  # typed in lower case, still found
    html = client.get("/events", params={"type": "PROTEST"}, headers=HTML).text
    assert '<option value="PROTEST" selected>PROTEST (0)</option>' in html


def test_a_far_event_date_does_not_squeeze_the_story_chart():
    from khabar.web.charts import timeline_svg

    points = [{"date": "2015-02-01", "events": 1},  # a text date months before the reports
              {"date": "2015-08-09", "events": 2},
              {"date": "2015-08-10", "mentions": 14, "events": 30, "quotes": 150},
              {"date": "2016-01-01", "quotes": 2}]
    svg = str(timeline_svg(points))
    assert "2015-02-01" not in svg and "2015-08-10" in svg and "2015-08-09" in svg
    assert "1 قبل ذلك" in svg and "2 بعد ذلك" in svg
    assert svg.count("<rect") - 3 == 4  # bars of 08-09 (1) and 08-10 (3); 3 legend boxes
    # an actor seen over months keeps every day between its mentions
    wide = str(timeline_svg([{"date": "2015-01-01", "mentions": 1},
                             {"date": "2015-06-01", "mentions": 1}]))
    assert "قبل ذلك" not in wide and "بعد ذلك" not in wide


def test_csv_for_excel_starts_with_a_byte_order_mark(site, tmp_path):
    import csv
    import io
    import subprocess
    import sys

    client, store = site
    plain = client.get("/api/events", params={"format": "csv"}).content
    excel = client.get("/api/events", params={"format": "csv", "bom": "true"}).content
    assert not plain.startswith(b"\xef\xbb\xbf") and excel == b"\xef\xbb\xbf" + plain
    rows = list(csv.DictReader(io.StringIO(excel.decode("utf-8-sig"))))
    assert {r["type"] for r in rows} == {"RETREAT", "ASSAULT"}
    html = client.get("/events", headers=HTML).text
    assert "/api/events?format=csv&amp;bom=true&amp;limit=100000" in html
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = tmp_path / "e.csv"
    run = subprocess.run([sys.executable, "-m", "khabar", "export", "--db", str(store.path),
                          "--format", "csv", "--bom", "--output", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbfevent_id,")


def test_a_date_range_that_ends_before_it_starts_is_a_clear_error(site):
    client, _ = site
    for path in ("/api/articles", "/api/search", "/api/events", "/api/stories"):
        r = client.get(path, params={"q": "القوات", "since": "2015-08-11", "until": "2015-08-01"})
        assert r.status_code == 422 and "after until" in r.json()["detail"][0]["message"], path
        ok = client.get(path, params={"q": "القوات", "since": "2015-08-01", "until": "2015-08-01"})
        assert ok.status_code == 200, path
    for path in ("/articles", "/search", "/events", "/stories", "/map"):
        r = client.get(path, params={"q": "القوات", "since": "2015-08-11", "until": "2015-08-01"},
                       headers=HTML)
        assert r.status_code == 422 and "بعد تاريخ النهاية" in r.text, path


def test_cli_refuses_a_reversed_date_range(site):
    from typer.testing import CliRunner

    from khabar.cli import app

    _, store = site
    runner = CliRunner()
    for args in (["events", "--from", "2015-08-11", "--to", "2015-08-01"],
                 ["export", "--from", "2015-09", "--to", "2015-08"],
                 ["search", "القوات", "--from", "2016", "--to", "2015-12-31"]):
        r = runner.invoke(app, [*args, "--db", str(store.path)])
        assert r.exit_code == 2 and "is after --to" in r.output, args
    # a month or a year as the bound covers all of it
    r = runner.invoke(app, ["events", "--from", "2025-09", "--to", "2025-09", "--db",
                            str(store.path)])
    assert r.exit_code == 0, r.output


def test_entity_label_filter_takes_any_case_like_the_other_codes(site):
    client, _ = site
    upper = client.get("/api/entities", params={"label": "LOC"}).json()["items"]
    assert upper and client.get("/api/entities", params={"label": "loc"}).json()["items"] == upper
    r = client.get("/api/entities", params={"label": "place"})
    assert r.status_code == 422
