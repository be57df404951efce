"""API and web, session 11 (api11): one rule for bad query values, left by store11's
fresh-user QA. An unknown code in a filter (``type=FOO``, ``country=XX``, ``label``,
``status``, ``format``, ``order``) is a 422 naming the value and the valid codes — it
answered an empty list that reads as «none»; a non-integer id (``/api/quotes?article=abc``)
is a 422 naming the parameter, as ``story=abc`` was; the web pages say query, date and
input errors in Arabic (the English detail stays the API's); a feed inside a zip given to
``khabar ingest`` says what a zip's members may be instead of sending the user to ingest."""

from __future__ import annotations

import re
import zipfile

import pytest
from fastapi.testclient import TestClient
from test_store_support import light_pipeline

from khabar.api import create_app
from khabar.extract.events.lexicon import read_tsv
from khabar.gazetteer.countries import forms
from khabar.ingest.runner import Ingestor
from khabar.store import Store
from khabar.store.search import QueryError, parse_query

HTML = {"accept": "text/html"}
LATIN = re.compile(r"[A-Za-z]{4,}")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = create_app(tmp_path_factory.mktemp("s11") / "a.db", pipeline=light_pipeline())
    app.state.backend.add(light_pipeline().analyze(
        "قال الوزير إن الاجتماع سيعقد غدا في الرياض.", published="2015-08-10",
        title="الاجتماع"))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.backend.close()


# (path, parameter, an unknown value, a valid value in another case, other parameters)
CODES = [
    ("/api/events", "type", "FOO", "assault", {}),
    ("/api/events", "country", "XX", "irq", {}),
    ("/api/events", "format", "xml", "CSV", {}),
    ("/api/articles", "type", "BOMBING", "Protest", {}),
    ("/api/articles", "country", "IRAQ", "usa", {}),
    ("/api/entities", "country", "XX", "sau", {}),
    ("/api/entities", "label", "PER", "pers", {}),
    ("/api/claims", "status", "late", "OVERDUE", {}),
    ("/api/search", "order", "newest", "Date", {"q": "الوزير"}),
]


@pytest.mark.parametrize(("path", "param", "bad", "good", "extra"), CODES)
def test_an_unknown_code_is_a_422_naming_it_and_the_valid_codes(client, path, param, bad,
                                                                good, extra):
    r = client.get(path, params={**extra, param: bad})
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] == "invalid_request"
    (entry,) = body["detail"]
    assert entry["field"] == f"query.{param}" and entry["type"] == "unknown_code"
    assert entry["value"] == bad and bad in entry["message"]
    assert good.upper() in {v.upper() for v in entry["valid"]}
    ok = client.get(path, params={**extra, param: good})  # any case, as before
    assert ok.status_code == 200, ok.text
    assert client.get(path, params={**extra, param: " "}).status_code == 200  # empty: no filter


def test_every_code_the_coder_can_emit_is_a_valid_filter(client):
    types = {r[0] for r in read_tsv("triggers.tsv")}
    countries = {r[0] for r in read_tsv("groups.tsv")} | {m.iso3 for m in forms().values()}
    assert {"ASSAULT", "PROTEST"} <= types and {"IGO", "UNO", "IMG", "KOS", "PSE"} <= countries
    r = client.get("/api/events", params={"type": "FOO"}).json()["detail"][0]
    assert set(r["valid"]) == types
    r = client.get("/api/events", params={"country": "XX"}).json()["detail"][0]
    assert countries <= set(r["valid"])
    for code in sorted(countries):
        assert client.get("/api/events", params={"country": code.lower()}).status_code == 200, code


def test_a_non_integer_id_is_a_422_naming_the_parameter(client):
    for path, param in [("/api/quotes", "article"), ("/api/quotes", "actor"),
                        ("/api/events", "actor"), ("/api/articles", "story")]:
        for bad in ("abc", "1.5", "1e3"):
            r = client.get(path, params={param: bad})
            assert r.status_code == 422, (path, param, bad, r.text)
            assert [d["field"] for d in r.json()["detail"]] == [f"query.{param}"]
        for nobody in ("-3", "987654", str(2**64)):  # an integer no one has: an empty list
            r = client.get(path, params={param: nobody})
            assert r.status_code == 200 and r.json()["items"] == [], (path, param, nobody)


def test_an_article_is_referred_to_as_the_article_pages_refer_to_it(client):
    stored = client.get("/api/articles").json()["items"][0]
    for ref in (str(stored["id"]), stored["doc_id"]):
        assert client.get("/api/quotes", params={"article": ref}).status_code == 200
    assert client.get("/api/quotes", params={"article": "no-such-doc"}).status_code == 422


def _alert(page: str) -> str:
    m = re.search(r'class="(?:error|card error)"[^>]*>(.*?)</(?:p|section)>', page, re.S)
    assert m, page[-800:]
    return re.sub(r"<[^>]+>", " ", m.group(1))


def test_the_search_page_says_every_query_error_in_arabic(client):
    queries = ["(واشنطن", "واشنطن)", "AND واشنطن", "واشنطن OR", "واشن*", "-واشنطن", "..."]
    kinds = set()
    for q in queries:
        with pytest.raises(QueryError) as exc:
            parse_query(q)
        kinds.add(re.sub(r"'.*", "", str(exc.value))[:20])
        page = client.get("/search", params={"q": q}, headers=HTML)
        text = _alert(page.text)
        assert page.status_code == 422 and "خطأ في عبارة البحث" in text, (q, text)
        assert not LATIN.search(text.replace("AND", "").replace("OR", "").replace("NOT", "")), text
        api = client.get("/api/search", params={"q": q})  # the API keeps the English detail
        assert api.status_code == 422 and api.json()["detail"][0]["message"] == str(exc.value)
    assert len(kinds) == len(queries)  # one query of each kind of error


def test_a_bad_date_on_the_search_page_is_arabic_and_keeps_the_form(client):
    page = client.get("/search", params={"q": "الوزير", "since": "yesterday"}, headers=HTML)
    assert page.status_code == 422
    assert "تاريخ غير صالح" in _alert(page.text) and 'value="الوزير"' in page.text
    api = client.get("/api/search", params={"q": "الوزير", "since": "yesterday"})
    assert api.status_code == 422 and "must be a date" in api.json()["detail"][0]["message"]


@pytest.mark.parametrize(("form", "arabic", "english"), [
    ({"text": "قال الوزير", "published": "yesterday"}, "تاريخ النشر غير صالح", "must be a date"),
    ({"text": "   "}, "النص فارغ", "text is empty"),
    ({"text": "<html><body><div></div></body></html>"}, "لم يُعثر على نص مقال",
     "article text"),
])
def test_the_analyse_page_says_input_errors_in_arabic(client, form, arabic, english):
    page = client.post("/analyze", data=form, headers=HTML)
    assert page.status_code == 422 and arabic in _alert(page.text)
    assert english not in page.text
    api = client.post("/api/analyze", json=form)
    assert api.status_code == 422 and english in api.text


@pytest.mark.parametrize(("path", "value"), [
    ("/events?type=FOO", "FOO"), ("/map?country=XX", "XX"), ("/entities?label=PER", "PER"),
    ("/claims?status=late", "late"),
])
def test_a_page_with_an_unknown_code_says_so_in_arabic(client, path, value):
    page = client.get(path, headers=HTML)
    assert page.status_code == 422
    text = _alert(page.text)
    assert f"«{value}» ليس" in text and "القيم الصالحة" in text


def test_a_page_error_from_the_framework_is_arabic(client):
    assert "الصفحة غير موجودة" in client.get("/no/such/page", headers=HTML).text
    page = client.get("/stories/abc", headers=HTML)
    assert page.status_code == 422 and "رقمًا صحيحًا" in page.text
    assert "Input should be" not in page.text


def test_a_feed_inside_a_zip_says_what_a_zip_may_hold(tmp_path):
    z = tmp_path / "day.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("feeds/news.xml", '<?xml version="1.0"?><rss version="2.0"><channel>'
                   "<title>t</title><item><link>http://example.invalid/a</link></item>"
                   "</channel></rss>")
        f.writestr("a.txt", "قال الوزير إن الاجتماع سيعقد غدا في الرياض.")
    with Store(tmp_path / "s.db") as store:
        summary = Ingestor(store, light_pipeline()).ingest([str(z)])
    assert summary.ingested == 1
    (failure,) = summary.failed
    assert failure.reason.startswith("NotADocument: feeds/news.xml is an RSS/Atom feed inside")
    assert ".jsonl" in failure.reason and "`khabar ingest FEED.xml`" in failure.reason
    assert "khabar analyze" not in failure.reason
