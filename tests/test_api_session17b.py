"""A POST body that is no JSON object says what the endpoint takes (session 17, ux17b).

A ``text/plain`` body (the article itself, or JSON under the wrong Content-Type), a form or
a body with no Content-Type got pydantic's «Input should be a valid dictionary or object to
extract fields from». It is now a 415 naming the JSON object and the Content-Type to send;
JSON that is no object is a 422 saying so; a good JSON object and field errors are unchanged.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app

KEY = {"Authorization": "Bearer k17b"}
TEXT = "قال الوزير إن الاجتماع سيعقد غدا في الرياض."
PATHS = ["/api/analyze", "/api/articles", "/api/articles/batch"]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return TestClient(create_app(tmp_path_factory.mktemp("api17b") / "s.db", api_key="k17b"))


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("content_type", ["text/plain; charset=utf-8", "text/plain",
                                          "application/x-www-form-urlencoded", None])
def test_a_body_not_sent_as_json_is_a_415_saying_what_to_send(client, path, content_type):
    headers = dict(KEY, **({"Content-Type": content_type} if content_type else {}))
    res = client.post(path, content=TEXT.encode(), headers=headers)
    assert res.status_code == 415
    body = res.json()
    assert body["error"] == "unsupported_media_type"
    assert "application/json" in body["detail"] and path in body["detail"]
    assert ('{"articles": [' if path.endswith("batch") else '{"text": "…"}') in body["detail"]
    assert (content_type or "no Content-Type") in body["detail"]
    assert "valid dictionary" not in res.text


def test_json_under_text_plain_is_refused_too_naming_the_type(client):
    res = client.post("/api/analyze", content=b'{"text": "abc"}',
                      headers={"Content-Type": "text/plain"})
    assert res.status_code == 415 and "Content-Type text/plain" in res.json()["detail"]


@pytest.mark.parametrize(("body", "kind"), [('"نص"', "a JSON string"), ("[1, 2]", "a JSON array")])
def test_json_that_is_no_object_is_a_422_saying_so(client, body, kind):
    res = client.post("/api/analyze", content=body.encode(),
                      headers={"Content-Type": "application/json"})
    assert res.status_code == 422
    (entry,) = res.json()["detail"]
    assert entry["field"] == "body" and entry["type"] == "model_attributes_type"
    assert kind in entry["message"] and '{"text": "…"}' in entry["message"]


def test_good_json_and_field_errors_are_unchanged(client):
    assert client.post("/api/analyze", json={"text": TEXT}).status_code == 200
    assert client.post("/api/articles", json={"text": TEXT}, headers=KEY).status_code == 201
    res = client.post("/api/analyze", json={"tex": TEXT})
    assert res.status_code == 422
    assert {e["type"] for e in res.json()["detail"]} == {"missing", "extra_forbidden"}
    vendor = client.post("/api/analyze", content=f'{{"text": "{TEXT}"}}'.encode(),
                         headers={"Content-Type": "application/vnd.khabar+json"})
    assert vendor.status_code == 200


def test_a_write_without_key_is_still_401_first(client):
    res = client.post("/api/articles", content=TEXT.encode(), headers={"Content-Type": "text/plain"})
    assert res.status_code == 401
