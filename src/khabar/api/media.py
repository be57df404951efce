"""What a POST endpoint accepts, said when the body is not it (session 17, ux17b).

The article endpoints take a JSON object. A body sent as ``text/plain`` (the article text
itself, or JSON under the wrong Content-Type), a form, or with no Content-Type is never
parsed as JSON by FastAPI, and pydantic's answer was «Input should be a valid dictionary or
object to extract fields from» — nothing about the Content-Type nor the object expected.
Now such a body is a 415 naming the media type and the object to send; a JSON body that is
no object (a string, a list) is a 422 saying so. An entry of a batch that is no object
(``{"articles": [5]}``) is that entry's error, naming its index and the object it should be
(session 17, api17; it was pydantic's «Input should be a valid dictionary or instance of
ArticleIn»).
"""

from __future__ import annotations

from email.message import Message

from fastapi import Request

_ARTICLE = '{"text": "…"} (optional: title, published, outlet, url, format)'
_EXAMPLES = {"/api/articles/batch": '{"articles": [{"text": "…"}, …]} (at most 100 articles)'}
_JSON_KINDS = {str: "a JSON string", list: "a JSON array", int: "a JSON number",
               float: "a JSON number", bool: "a JSON boolean", type(None): "JSON null"}


def _is_json(content_type: str) -> bool:
    msg = Message()
    msg["content-type"] = content_type
    sub = msg.get_content_subtype()
    return msg.get_content_maintype() == "application" and (sub == "json" or sub.endswith("+json"))


def accepted(path: str) -> str:
    """The JSON object ``POST path`` takes, as a reader writes it."""
    return _EXAMPLES.get(path.rstrip("/"), _ARTICLE)


def body_problem(request: Request, errors: list[dict]) -> tuple[int, dict] | None:
    """``(status, response body)`` when the validation failed because the request body is
    no JSON object — 415 for a body not sent as JSON, 422 for JSON that is no object — else
    None (field errors are answered as before)."""
    if not request.url.path.startswith("/api"):
        return None
    whole = [e for e in errors
             if e.get("type") == "model_attributes_type" and tuple(e.get("loc", ())) == ("body",)]
    if not whole:
        return None
    wants = f"{request.method} {request.url.path} takes a JSON object {accepted(request.url.path)}"
    content_type = request.headers.get("content-type", "")
    if not _is_json(content_type):
        sent = f"Content-Type {content_type}" if content_type else "no Content-Type"
        return 415, {"error": "unsupported_media_type",
                     "detail": f"{wants}, sent as Content-Type: application/json; the request "
                               f"had {sent}"}
    kind = _JSON_KINDS.get(type(whole[0].get("input")), "no JSON object")
    return 422, {"error": "invalid_request", "detail": [
        {"field": "body", "message": f"{wants}; the body is {kind}",
         "type": "model_attributes_type"}]}


def entry_problem(index: int, raw: object) -> dict | None:
    """The ``detail`` entry of a batch entry that is no JSON object — which entry (``index``,
    from 0, as the result's ``index``), what it is and what an article object looks like —
    else None (an object is validated field by field as a single POST)."""
    if isinstance(raw, dict):
        return None
    kind = _JSON_KINDS.get(type(raw), "no JSON object")
    return {"field": "body", "type": "model_type",
            "message": f"articles[{index}] (entry {index}, counted from 0) is {kind}, not an "
                       f"article object: each entry of articles is a JSON object {_ARTICLE}"}
