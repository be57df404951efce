"""A batch's error entries have the shape of a single POST's 422 (session 17, ux17).

``POST /api/articles`` answers a bad record with ``detail`` entries ``{"field", "message",
"type"}`` (docs/api.md, "One rule for bad values"); the same record inside ``POST
/api/articles/batch`` got ``{"field", "message"}`` only, so a client could not tell a missing
field from an unknown one by the type it reads for the single POST.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app

KEY = {"Authorization": "Bearer k17"}
GOOD = {"text": "قال الوزير إن الاجتماع سيعقد غدا في الرياض.", "published": "2015-08-10"}
BAD = [
    {"tex": "نص"},  # missing text, unknown field
    {"text": "", "published": "2015-08-10"},  # empty text
    {"text": "نص عربي", "published": "2015-13-01"},  # not a date
    {"text": "نص عربي", "format": "pdf"},  # not a format
]


@pytest.fixture
def client(tmp_path):
    return TestClient(create_app(tmp_path / "s.db", api_key="k17"))


@pytest.mark.parametrize("record", BAD)
def test_a_batch_entry_reads_as_the_single_posts_422(client, record):
    single = client.post("/api/articles", json=record, headers=KEY)
    assert single.status_code == 422
    batch = client.post("/api/articles/batch", json={"articles": [GOOD, record]}, headers=KEY)
    assert batch.status_code == 200
    good, bad = batch.json()["results"]
    assert good["status"] == "inserted" and "error" not in good
    assert bad["error"] == "invalid_request"
    assert bad["detail"] == single.json()["detail"]
    assert all(e["type"] for e in bad["detail"])


def test_an_entry_that_is_no_object_has_a_type_too(client):
    res = client.post("/api/articles/batch", json={"articles": [5]}, headers=KEY).json()
    (entry,) = res["results"]
    assert entry["detail"][0]["type"] and entry["detail"][0]["field"] == "body"
    assert res["errors"] == 1 and res["stored"] == 0
