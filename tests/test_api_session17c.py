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

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app

KEY = {"Authorization": "Bearer k17c"}
TEXT = "قال الوزير إن الاجتماع سيعقد غدا في الرياض."


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
