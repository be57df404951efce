"""The API's quote lists give each relay as the relays export table does, and a batch entry
that is no object says which entry it is (session 17, api17).

``/api/quotes`` (and an actor's ``quotes`` in ``/api/entities/{id}``) gave ``via`` as names
only («رويترز»); ux17b's ``relays`` export table has each relay's kind, mention offsets,
entity and cue. The quote rows now carry ``relays`` with those rows (``via`` kept). A batch
entry that is no JSON object (``{"articles": [5]}``) got pydantic's «Input should be a valid
dictionary or instance of ArticleIn»; it now names the entry's index, what it is and what
an article object looks like.
"""

from __future__ import annotations

import msgspec
import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document

from khabar.api import create_app
from khabar.document import Span, Via
from khabar.export.tables import rows
from khabar.store import Store

KEY = {"Authorization": "Bearer k17c"}
TEXT = "قال الوزير إن الاجتماع سيعقد غدا في الرياض."


def _relayed_doc():
    """claim_document's quote relayed by an agency named in the text (with its cue) and an
    unnamed channel (a name only); a second quote with no relay."""
    doc = claim_document()
    text = doc.text + " بحسب ما أوردت وكالة رويترز."
    at, cue = text.index("وكالة رويترز"), text.index("بحسب ما أوردت")
    via = [Via(name="رويترز", kind="outlet", start=at, end=at + len("وكالة رويترز"),
               text="وكالة رويترز", entity="E3",
               cue=Span(start=cue, end=cue + len("بحسب ما أوردت"), text="بحسب ما أوردت")),
           Via(name="مصادر", kind="anonymous")]
    doc.text = text
    doc.quotes = [msgspec.structs.replace(doc.quotes[0], via=via),
                  msgspec.structs.replace(doc.quotes[0], id="Q2", via=[])]
    return doc


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    db = tmp_path_factory.mktemp("api17c") / "s.db"
    doc = _relayed_doc()
    with Store(db) as s:
        s.put(doc)
    return TestClient(create_app(db, api_key="k17c")), doc, db


def _quotes(client) -> dict[str, dict]:
    res = client.get("/api/quotes")
    assert res.status_code == 200
    return {q["id"]: q for q in res.json()["items"]}


def test_api_quotes_give_the_relays_of_the_export_table(stored):
    client, doc, _ = stored
    q1 = _quotes(client)["Q1"]
    exported = [{k: v for k, v in r.items() if k not in ("doc_id", "quote_id")}
                for r in rows("relays", doc) if r["quote_id"] == "Q1"]
    assert q1["relays"] == exported
    assert [r["kind"] for r in q1["relays"]] == ["outlet", "anonymous"]
    assert q1["via"] == ["رويترز", "مصادر"]  # the names field is kept, in the same order


def test_relay_offsets_point_into_the_stored_text(stored):
    client, _, _ = stored
    q1 = _quotes(client)["Q1"]
    text = client.get(f"/api/articles/{q1['article_id']}").json()["text"]
    agency, unnamed = q1["relays"]
    assert text[agency["start"]:agency["end"]] == agency["text"] == "وكالة رويترز"
    assert text[agency["cue_start"]:agency["cue_end"]] == agency["cue_text"] == "بحسب ما أوردت"
    assert agency["entity"] == "E3" and agency["n"] == 0
    # a relay named but not mentioned: no invented offsets, entity nor cue
    assert (unnamed["start"], unnamed["text"], unnamed["entity"], unnamed["cue_text"]) == (
        None, None, None, None)


def test_a_quote_without_relays_has_an_empty_list(stored):
    client, _, _ = stored
    q2 = _quotes(client)["Q2"]
    assert q2["relays"] == [] and q2["via"] == []


def test_an_actors_quotes_carry_the_relays_too(stored):
    client, _, _ = stored
    actors = client.get("/api/entities", params={"q": "محمد السوداني"}).json()["items"]
    assert actors
    data = client.get(f"/api/entities/{actors[0]['id']}").json()
    by_id = {q["id"]: q for q in data["quotes"]}
    assert [r["name"] for r in by_id["Q1"]["relays"]] == ["رويترز", "مصادر"]
    assert by_id["Q2"]["relays"] == []


def test_store_quote_relays_by_article_and_quote(stored):
    _, _, db = stored
    with Store(db) as s:
        (aid,) = [r[0] for r in s.conn.execute("SELECT id FROM articles")]
        got = s.quote_relays([aid, aid])
        assert set(got) == {aid} and set(got[aid]) == {"Q1"}  # a quote with no relay: absent
        assert s.quote_relays([]) == {} and s.quote_relays([aid + 1000]) == {}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return TestClient(create_app(tmp_path_factory.mktemp("api17c_b") / "s.db", api_key="k17c"))


@pytest.mark.parametrize(("entry", "kind"), [(5, "a JSON number"), ("نص", "a JSON string"),
                                             (None, "JSON null"), ([1], "a JSON array"),
                                             (True, "a JSON boolean")])
def test_a_batch_entry_that_is_no_object_names_its_index(client, entry, kind):
    text = f"{TEXT} ({kind})"  # a new article each time: stored, not «unchanged»
    res = client.post("/api/articles/batch", json={"articles": [{"text": text}, entry]},
                      headers=KEY)
    assert res.status_code == 200
    body = res.json()
    good, bad = body["results"]
    assert good["index"] == 0 and "error" not in good  # the other entry is stored
    assert bad["index"] == 1 and bad["error"] == "invalid_request"
    (detail,) = bad["detail"]
    assert "articles[1]" in detail["message"] and kind in detail["message"]
    assert '{"text": "…"}' in detail["message"]
    assert "valid dictionary" not in res.text
    assert (body["stored"], body["errors"]) == (1, 1)


def test_an_object_entry_keeps_its_field_errors(client):
    res = client.post("/api/articles/batch", json={"articles": [{"tex": TEXT}, {"text": ""}]},
                      headers=KEY)
    first, second = res.json()["results"]
    assert {d["field"] for d in first["detail"]} == {"text", "tex"}
    assert [d["message"] for d in second["detail"]] == ["text is empty"]
    assert "articles[" not in res.text  # the no-object message is for non-objects only
