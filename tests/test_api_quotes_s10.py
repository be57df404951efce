"""/api/quotes: a speaker given by digits is an actor id (session 10, store QA of session 9)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document
from test_web_highlight import example_doc

from khabar.api import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = create_app(tmp_path_factory.mktemp("api") / "q.db", api_key="k" * 20)
    b = app.state.backend
    b.add(example_doc())  # an unnamed official: a quote without an actor
    b.add(claim_document())  # a named speaker linked to an actor
    b.add(claim_document(doc_id="claim2", speaker="عادل عبد المهدي",
                         url="http://example.org/claim2"))
    yield TestClient(app, raise_server_exceptions=False)
    app.state.backend.close()


def _quoted_actor(client: TestClient) -> tuple[int, list[dict]]:
    """An actor id with quotes, and its quotes by ``actor=``."""
    items = client.get("/api/quotes", params={"limit": 500}).json()["items"]
    ids = sorted({q["actor_id"] for q in items if q.get("actor_id") is not None})
    assert ids, "the example has no linked speaker"
    by_actor = client.get("/api/quotes", params={"actor": ids[0]}).json()["items"]
    assert by_actor and all(q["actor_id"] == ids[0] for q in by_actor)
    assert len(by_actor) < len(items)  # the filter leaves out the others
    return ids[0], by_actor


def test_numeric_speaker_is_the_actor_id(client):
    actor, by_actor = _quoted_actor(client)
    for given in (str(actor), f" {actor} ", str(actor).translate(str.maketrans("0123456789",
                                                                         "٠١٢٣٤٥٦٧٨٩"))):
        r = client.get("/api/quotes", params={"speaker": given})
        assert r.status_code == 200, r.text
        assert r.json()["items"] == by_actor, given
    # the same id in both parameters is no conflict
    both = client.get("/api/quotes", params={"speaker": str(actor), "actor": actor})
    assert both.json()["items"] == by_actor


def test_a_name_still_matches_by_name(client):
    _, by_actor = _quoted_actor(client)
    name = by_actor[0]["speaker"]
    items = client.get("/api/quotes", params={"speaker": name}).json()["items"]
    assert items and all(q["speaker"] == name or q["actor_id"] == by_actor[0]["actor_id"]
                         for q in items)


def test_an_unknown_id_finds_nothing_and_a_conflict_is_422(client):
    actor, _ = _quoted_actor(client)
    assert client.get("/api/quotes", params={"speaker": "987654"}).json()["items"] == []
    r = client.get("/api/quotes", params={"speaker": str(actor), "actor": actor + 1})
    assert r.status_code == 422 and "actor" in r.json()["detail"][0]["message"]
    big = client.get("/api/quotes", params={"speaker": "9" * 30})
    assert big.status_code == 422 and "actor id" in big.json()["detail"][0]["message"]
