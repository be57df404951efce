"""HTTP API: auth, limits, errors, and each endpoint, with FastAPI's TestClient."""

from __future__ import annotations

import csv
import io
import logging

import orjson
import pytest
from fastapi.testclient import TestClient
from test_web_highlight import EXAMPLE, example_doc, hostile_doc

from khabar.api import create_app
from khabar.api.auth import KeyConfigError, load_api_key
from khabar.document import from_json

KEY = "test-key-0123456789"
AUTH = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    app = create_app(tmp_path_factory.mktemp("api") / "k.db", api_key=KEY)
    b = app.state.backend
    doc = example_doc()
    doc.outlet = "صحيفة"
    b.add(doc)
    b.add(hostile_doc())
    yield app
    b.close()


@pytest.fixture(scope="module")
def client(app):
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture()
def readonly(tmp_path, monkeypatch):
    monkeypatch.delenv("KHABAR_API_KEY", raising=False)
    monkeypatch.delenv("KHABAR_API_KEY_FILE", raising=False)
    app = create_app(tmp_path / "r.db")
    yield TestClient(app, raise_server_exceptions=False)
    app.state.backend.close()


def _error(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["error"] and body["detail"]
    assert "Traceback" not in r.text
    return body


# -- auth -------------------------------------------------------------------------------

def test_no_key_configured_refuses_writes_allows_reads(readonly):
    body = _error(readonly.post("/api/articles", json={"text": "نص"}), 403)
    assert "API key" in body["detail"]
    _error(readonly.post("/api/articles", json={"text": "نص"}, headers=AUTH), 403)
    assert readonly.get("/api/articles").status_code == 200
    assert readonly.get("/api/health").json()["writes_enabled"] is False


def test_missing_and_wrong_key_refused(client):
    _error(client.post("/api/articles", json={"text": "نص"}), 401)
    _error(client.post("/api/articles", json={"text": "نص"},
                       headers={"Authorization": "Bearer nope"}), 401)
    _error(client.post("/api/articles", json={"text": "نص"}, headers={"X-API-Key": KEY + "x"}),
           401)


def test_right_key_ingests_and_reads_back(client):
    text = "قال الرئيس إن الاجتماع سيعقد الأسبوع المقبل في القاهرة."
    r = client.post("/api/articles", json={"text": text, "published": "2024-09-06",
                                           "outlet": "وكالة"}, headers={"X-API-Key": KEY})
    assert r.status_code == 201, r.text
    stored = r.json()
    assert stored["status"] == "inserted"
    doc = from_json(client.get(f"/api/articles/{stored['id']}").content)
    assert doc.text == text and doc.published == "2024-09-06" and doc.outlet == "وكالة"
    again = client.post("/api/articles", json={"text": text}, headers=AUTH)
    assert again.status_code == 201 and again.json()["status"] == "duplicate"
    listed = client.get("/api/articles", params={"outlet": "وكالة"}).json()
    assert [a["id"] for a in listed["items"]] == [stored["id"]]


def test_batch_ingest_goes_on_past_bad_records(client, readonly):
    body = {"articles": [
        {"text": "أعلنت الحكومة المصرية اليوم عن خطة جديدة للنقل.", "published": "2024-05-01"},
        {"text": ""},
        {"txt": "typo"},
        {"text": "وصل وزير الخارجية إلى عمّان أمس في زيارة رسمية.", "published": "2024-05-02"},
    ]}
    r = client.post("/api/articles/batch", json=body, headers=AUTH)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["stored"] == 2 and out["errors"] == 2
    assert [("error" in x) for x in out["results"]] == [False, True, True, False]
    assert out["results"][2]["detail"][0]["field"] in ("text", "txt")
    for x in (out["results"][0], out["results"][3]):
        assert client.get(f"/api/articles/{x['id']}").status_code == 200
    _error(client.post("/api/articles/batch", json={"articles": []}, headers=AUTH), 422)
    # a record that is not an object (a JSON line pasted whole, null) is one error entry too
    r = client.post("/api/articles/batch", headers=AUTH, json={"articles": [
        body["articles"][0], 5, None, "نص", [body["articles"][3]]]})
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["errors"] == 4 and [("error" in x) for x in out["results"]] == [
        False, True, True, True, True]
    assert out["results"][1]["detail"][0]["field"] == "body"
    _error(client.post("/api/articles/batch", json=body), 401)
    _error(readonly.post("/api/articles/batch", json=body, headers=AUTH), 403)


def test_batch_record_that_crashes_does_not_lose_the_others(app, client, monkeypatch):
    real = app.state.backend.add

    def flaky(doc):
        if "انهيار" in doc.text:
            raise RuntimeError("disk on fire")
        return real(doc)

    monkeypatch.setattr(app.state.backend, "add", flaky)
    r = client.post("/api/articles/batch", headers=AUTH, json={"articles": [
        {"text": "نص عن انهيار مبنى."}, {"text": "نص سليم عن افتتاح مدرسة جديدة."}]})
    out = r.json()
    assert r.status_code == 200 and out["errors"] == 1 and out["stored"] == 1
    assert out["results"][0]["error"] == "internal_error" and out["results"][0]["id"]
    assert "disk on fire" not in r.text


def test_key_sources(tmp_path, monkeypatch):
    monkeypatch.delenv("KHABAR_API_KEY_FILE", raising=False)
    monkeypatch.setenv("KHABAR_API_KEY", "from-env")
    assert load_api_key() == "from-env"
    f = tmp_path / "key"
    f.write_text("from-file\n")
    monkeypatch.setenv("KHABAR_API_KEY_FILE", str(f))
    assert load_api_key() == "from-env"  # the variable wins over the file variable
    monkeypatch.delenv("KHABAR_API_KEY")
    assert load_api_key() == "from-file"
    assert load_api_key(api_key_file=f) == "from-file"
    with pytest.raises(KeyConfigError):
        load_api_key(api_key_file=tmp_path / "missing")
    (tmp_path / "empty").write_text("  \n")
    with pytest.raises(KeyConfigError):
        load_api_key(api_key_file=tmp_path / "empty")


# -- limits and bad input ---------------------------------------------------------------

def test_oversize_body_is_413(tmp_path):
    app = create_app(tmp_path / "s.db", api_key=KEY, max_body=1000)
    c = TestClient(app, raise_server_exceptions=False)
    body = _error(c.post("/api/analyze", json={"text": "ا" * 2000}), 413)
    assert "1000" in body["detail"]

    def chunks():  # no Content-Length: counted while streaming
        yield b'{"text": "'
        for _ in range(50):
            yield b"x" * 100
        yield b'"}'

    _error(c.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"}),
           413)
    assert c.post("/api/analyze", json={"text": "نص قصير"}).status_code == 200
    app.state.backend.close()


def test_malformed_and_invalid_bodies(client):
    body = _error(client.post("/api/analyze", content=b'{"text": ',
                              headers={"content-type": "application/json"}), 422)
    assert body["detail"][0]["message"].startswith("malformed JSON")
    body = _error(client.post("/api/analyze", json={"txt": "x"}), 422)
    assert {d["field"] for d in body["detail"]} >= {"text", "txt"}
    body = _error(client.post("/api/analyze", json={"text": "نص", "published": "6/9/2024"}), 422)
    assert "YYYY-MM-DD" in body["detail"][0]["message"]
    _error(client.post("/api/analyze", json={"text": "   "}), 422)
    _error(client.post("/api/analyze", json=["not", "an", "object"]), 422)
    _error(client.get("/api/articles", params={"since": "yesterday"}), 422)
    _error(client.get("/api/articles", params={"limit": 0}), 422)
    _error(client.get("/api/claims", params={"due_before": "2025-13-40"}), 422)
    _error(client.get("/api/search", params={"q": "(("}), 422)


def test_unknown_ids_are_404(client):
    _error(client.get("/api/articles/999999"), 404)
    _error(client.get("/api/articles/no-such-doc"), 404)
    _error(client.get("/api/entities/999999"), 404)
    _error(client.get("/api/stories/999999"), 404)
    _error(client.get("/api/nothing-here"), 404)


def test_crash_is_json_500_with_id_and_no_trace(app, client, monkeypatch, caplog):
    def boom(*a, **k):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(app.state.backend, "document", boom)
    with caplog.at_level(logging.ERROR, logger="khabar.api"):
        r = client.get("/api/articles/1")
    body = _error(r, 500)
    assert "secret internal detail" not in r.text and "RuntimeError" not in r.text
    assert body["id"] and body["id"] in caplog.text
    assert "secret internal detail" in caplog.text  # the trace stays in the server log


# -- endpoints --------------------------------------------------------------------------

def test_analyze_is_stateless_and_offsets_hold(app, client):
    before = client.get("/api/health").json()["store"]["articles"]
    text = EXAMPLE.read_text(encoding="utf-8")
    r = client.post("/api/analyze", json={"text": text, "published": "2024-09-06"})
    assert r.status_code == 200
    doc = from_json(r.content)
    assert doc.text == text and doc.published == "2024-09-06" and doc.sentences
    for layer in (doc.tokens, doc.entities, doc.times, doc.quantities):
        assert all(text[s.start:s.end] == s.text for s in layer)
    assert all(text[e.trigger.start:e.trigger.end] == e.trigger.text for e in doc.events)
    assert client.get("/api/health").json()["store"]["articles"] == before
    # the pipeline is built once per process, not per request
    first = app.state.analyzer.pipeline
    client.post("/api/analyze", json={"text": "نص آخر"})
    assert app.state.analyzer.pipeline is first


def test_article_list_filters_and_pages(client):
    page = client.get("/api/articles", params={"limit": 1}).json()
    assert page["limit"] == 1 and len(page["items"]) == 1 and page["has_more"]
    assert page["total"] >= 2
    dated = client.get("/api/articles", params={"since": "2024-09-06", "until": "2024-09-06"})
    assert "us-iraq-withdrawal" in {a["doc_id"] for a in dated.json()["items"]}
    by_actor = client.get("/api/articles", params={"entity": "أربيل"}).json()["items"]
    assert [a["doc_id"] for a in by_actor] == ["us-iraq-withdrawal"]
    by_event = client.get("/api/articles", params={"type": "RETREAT", "country": "USA"}).json()
    assert [a["doc_id"] for a in by_event["items"]] == ["us-iraq-withdrawal"]
    early = client.get("/api/articles", params={"until": "2024-09-05"}).json()
    assert "us-iraq-withdrawal" not in {a["doc_id"] for a in early["items"]}


def test_search_finds_clitic_forms_with_snippets(client):
    r = client.get("/api/search", params={"q": "العراق"}).json()
    assert r["total"] >= 1
    hit = r["items"][0]
    assert hit["doc_id"] == "us-iraq-withdrawal" and hit["snippet"] and hit["hit_words"]
    assert client.get("/api/search", params={"q": "كلمةغيرموجودة"}).json()["total"] == 0


def test_entity_events_quotes(client):
    places = client.get("/api/entities", params={"label": "LOC", "country": "IRQ"}).json()
    assert {"العراق", "أربيل"} <= {a["name"] for a in places["items"]}
    assert all(a["label"] == "LOC" for a in places["items"])
    _error(client.get("/api/entities", params={"label": "CITY"}), 422)
    ent = client.get("/api/entities/أربيل").json()
    assert ent["name"] == "أربيل" and ent["mentions"] == 1
    assert client.get(f"/api/entities/{ent['id']}").json()["name"] == "أربيل"
    assert [d["mentions"] for d in ent["timeline"]] == [1]
    events = client.get("/api/events", params={"type": "RETREAT"}).json()
    assert [e["trigger"] for e in events["items"]] == ["سيغادرون"]
    assert client.get("/api/events", params={"type": "PROTEST"}).json()["items"] == []
    usa = client.get("/api/events", params={"country": "USA"}).json()["items"]
    assert len(usa) == 1 and usa[0]["location_name"] == "أربيل"
    quotes = client.get("/api/quotes", params={"article": "us-iraq-withdrawal"}).json()["items"]
    assert [q["speaker"] for q in quotes] == ["مسؤول كبير في الإدارة الأميركية"]
    assert quotes[0]["via"] == ["وول ستريت جورنال"]


def test_event_downloads(client):
    from khabar.export.tables import columns

    listed = client.get("/api/events", params={"type": "RETREAT"}).json()["items"]
    assert [(e["doc_id"], e["trigger"]) for e in listed] == [("us-iraq-withdrawal", "سيغادرون")]
    assert set(listed[0]) == {"article_id", *columns("events")}
    r = client.get("/api/events", params={"format": "csv", "type": "RETREAT"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8"))))
    assert list(rows[0]) == columns("events")  # the export schema, as the CLI writes it
    assert [(x["doc_id"], x["trigger"], x["location_name"]) for x in rows] == [
        ("us-iraq-withdrawal", "سيغادرون", "أربيل")]
    r = client.get("/api/events", params={"format": "jsonl", "country": "USA"})
    rows = [orjson.loads(line) for line in r.content.splitlines()]
    assert [row["type"] for row in rows] == ["RETREAT"]
    _error(client.get("/api/events", params={"format": "xml"}), 422)


def test_claims_and_stories(app, client):
    claims = client.get("/api/claims", params={"due_before": "2030-01-01"}).json()
    assert isinstance(claims["items"], list) and claims["has_more"] is False
    app.state.backend.store.cluster_stories()
    stories = client.get("/api/stories").json()
    assert stories["has_more"] is False
    openapi = client.get("/api/openapi.json").json()
    for path in ("/api/analyze", "/api/articles", "/api/search", "/api/events", "/api/claims",
                 "/api/entities/{entity_id}", "/api/stories", "/api/quotes", "/api/health"):
        assert path in openapi["paths"]


def test_serve_command_refuses_a_bad_key_file(tmp_path):
    from typer.testing import CliRunner

    from khabar.cli import app as cli

    r = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "c.db"),
                                 "--api-key-file", str(tmp_path / "missing")])
    assert r.exit_code == 2 and "cannot read API key file" in r.output
    assert "--api-key-file" in CliRunner().invoke(cli, ["serve", "--help"]).output
    (tmp_path / "bad.db").write_bytes(b"not a database" * 100)
    r = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "bad.db")],
                           env={"KHABAR_API_KEY": "k"})
    assert r.exit_code == 2 and "cannot open the store" in r.output


def test_quote_and_event_flags_are_booleans_as_in_the_exports(app, client):
    """The store keeps flags as 0/1; the API must answer the export's booleans."""
    quotes = client.get("/api/quotes", params={"limit": 500}).json()["items"]
    assert quotes and all(isinstance(q["implicit"], bool) and isinstance(q["hedged"], bool)
                          for q in quotes)
    events = app.state.backend.store.events()  # the rows of entity pages and the map
    assert events and all(isinstance(e["hedged"], bool) for e in events)


def test_entities_list_pages_with_offset(client):
    first = client.get("/api/entities", params={"limit": 2}).json()
    second = client.get("/api/entities", params={"limit": 2, "offset": 2}).json()
    assert first["has_more"] and first["total"] is None
    assert second["offset"] == 2 and len(second["items"]) == 2
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    everything = client.get("/api/entities", params={"limit": 500}).json()
    assert everything["has_more"] is False and everything["total"] == len(everything["items"])
    ids = [a["id"] for a in everything["items"]]
    assert [a["id"] for a in second["items"]] == ids[2:4]
    last = client.get("/api/entities", params={"limit": 500, "offset": len(ids) - 1}).json()
    assert last["total"] == len(ids) and [a["id"] for a in last["items"]] == ids[-1:]
    _error(client.get("/api/entities", params={"offset": -1}), 422)


def test_entity_name_prefix_treats_like_wildcards_as_letters(client):
    assert client.get("/api/entities", params={"q": "%"}).json()["items"] == []
    assert client.get("/api/entities", params={"q": "_"}).json()["items"] == []
    names = {a["name"] for a in client.get("/api/entities", params={"q": "أرب"}).json()["items"]}
    assert "أربيل" in names


def test_validation_messages_carry_no_pydantic_prefix(client):
    body = _error(client.post("/api/analyze", json={"text": "  ", "published": "2024-9-6"}), 422)
    messages = {d["field"]: d["message"] for d in body["detail"]}
    assert messages["text"] == "text is empty"
    assert messages["published"].startswith("published must be a date YYYY-MM-DD")
    page = client.post("/analyze", data={"text": "   "}, headers={"accept": "text/html"})
    # the page says it in Arabic (session 11); the English is the API's
    assert page.status_code == 422 and "النص فارغ" in page.text
    assert "Value error" not in page.text and "text is empty" not in page.text


def test_stories_by_date_in_api_and_page(tmp_path):
    from test_store_support import claim_document

    app = create_app(tmp_path / "st.db")
    store = app.state.backend.store
    store.put(claim_document())
    store.put(claim_document(doc_id="claim2", url="http://example.org/claim2",
                             speaker="محمد شياع السوداني"))
    store.cluster_stories()
    c = TestClient(app, raise_server_exceptions=False)

    def sizes(**params) -> list[int]:
        return [s["size"] for s in c.get("/api/stories", params=params).json()["items"]]

    assert sizes() == [2] and sizes(since="2024-09-06", until="2024-09-06") == [2]
    assert sizes(since="2024-09-07") == [] and sizes(until="2024-09-05") == []
    _error(c.get("/api/stories", params={"since": "last week"}), 422)
    page = c.get("/stories", params={"since": "2024-09-07"}, headers={"accept": "text/html"})
    assert page.status_code == 200 and "/stories/" not in page.text
    page = c.get("/stories", params={"until": "2024-09-06"}, headers={"accept": "text/html"})
    assert 'href="/stories/' in page.text and 'value="2024-09-06"' in page.text
    app.state.backend.close()


def test_articles_by_the_input_record_id(tmp_path):
    # ingest kept only a content-hash doc_id: the id an analyst gave could not be looked up
    from test_store_support import light_pipeline

    from khabar.store import Store

    path = tmp_path / "ids.db"
    with Store(path) as s:
        s.put(light_pipeline().analyze("قال الوزير إن الاجتماع ناجح.", url="http://x/1"),
              source_id="2015-08-10:12")
        s.put(light_pipeline().analyze("وصل الرئيس إلى الرياض.", url="http://x/2"), source_id="7")
    with TestClient(create_app(path)) as c:
        doc = c.get("/api/articles/2015-08-10:12").json()
        assert doc["url"] == "http://x/1"
        page = c.get("/api/articles", params={"source_id": "7"}).json()
        assert [(a["url"], a["source_id"]) for a in page["items"]] == [("http://x/2", "7")]
        assert page["total"] == 1
