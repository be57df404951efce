"""Error responses: every failure is a JSON object with a reason, never a stack trace.

API paths (``/api/...``) get ``{"error": code, "detail": reason}``; web pages get a small
HTML error page whose reason is in Arabic (:mod:`khabar.web.messages`; the English detail
stays the API's). Unexpected exceptions answer 500 with an ``id`` that is also written,
with the traceback, to the server log.
"""

from __future__ import annotations

import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from khabar.io.errors import DocumentTooLarge, InputError
from khabar.store.filters import BadFilter
from khabar.store.search import QueryError

log = logging.getLogger("khabar.api")

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 409: "conflict", 413: "payload_too_large",
          415: "unsupported_media_type", 422: "invalid_request", 500: "internal_error",
          503: "unavailable"}


def wants_html(request: Request) -> bool:
    """A browser asking for a web page (not ``/api``, accepts HTML): answer with a page."""
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get(
        "accept", "")


def _html(request: Request, status: int, message: str, error_id: str | None = None) -> Response:
    from khabar.web.render import render_error

    return render_error(request, status, message, error_id)


def message(err: dict) -> str:
    """A validation error's message without pydantic's "Value error, " prefix (our own
    validators' messages are whole sentences: "text is empty")."""
    msg = str(err.get("msg", "invalid"))
    return msg.removeprefix("Value error, ")


def _validation_detail(exc: RequestValidationError) -> list[dict]:
    out = []
    for err in exc.errors():
        if err.get("type") == "json_invalid":
            where = err.get("loc", ("body", "?"))[-1]
            reason = (err.get("ctx") or {}).get("error", "invalid JSON")
            text = f"malformed JSON: {reason} at character {where}"
            if str(reason).startswith("Extra data"):  # JSON Lines sent as the body (session 21)
                text += (": the body holds more than one JSON value (JSON Lines?); send one "
                         'object — {"text": …}, or {"articles": [{"text": …}, …]} to '
                         "/api/articles/batch — or give the file to `khabar ingest`")
            out.append({"field": "body", "message": text, "type": "json_invalid"})
            continue
        loc = [str(x) for x in err.get("loc", ()) if x != "body"]
        out.append({"field": ".".join(loc) or "body", "message": message(err),
                    "type": err.get("type", "")})
    return out


def undecodable_body(exc: UnicodeDecodeError) -> str:
    """Why a JSON body in no Unicode encoding (a Windows-1256 file sent as is) was refused,
    instead of FastAPI's bare «There was an error parsing the body» (still a 400)."""
    byte = exc.object[exc.start:exc.start + 1].hex() if isinstance(exc.object, bytes) else "?"
    return (f"the body is not JSON in UTF-8, UTF-16 or UTF-32 (byte 0x{byte} at position "
            f"{exc.start}); send it in UTF-8")


def input_error(exc: InputError) -> dict:
    """``(error, detail)`` of an input the pipeline refuses: a text over the character limit
    is ``document_too_large`` (answered 413; the body limit is ``payload_too_large``), any
    other (a page without article text, a bad dateline found in a page) ``invalid_request``."""
    if isinstance(exc, DocumentTooLarge):
        return {"error": "document_too_large", "detail": str(exc)}
    return {"error": "invalid_request",
            "detail": [{"field": "text", "message": str(exc), "type": exc.type}]}


def install(app: FastAPI) -> None:
    """Register the exception handlers on ``app``."""

    @app.exception_handler(InputError)
    async def refused(request: Request, exc: InputError) -> Response:
        status = 413 if isinstance(exc, DocumentTooLarge) else 422
        if wants_html(request):
            from khabar.web.messages import input_error as arabic

            return _html(request, status, arabic(exc))
        return JSONResponse(input_error(exc), status_code=status)

    @app.exception_handler(BadFilter)
    async def bad_filter(request: Request, exc: BadFilter) -> Response:
        # a bad filter value the route did not check itself, raised by the store: the
        # same 422 as the routes' own (routes.filter_error), never a 500
        from khabar.api.routes import filter_error

        if wants_html(request):
            from khabar.web.messages import bad_filter as arabic

            return _html(request, 422, arabic(exc))
        return JSONResponse({"error": "invalid_request", "detail": [filter_error(exc)]},
                            status_code=422)

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        from khabar.api.routes import query_error

        if wants_html(request):
            from khabar.web.messages import query_error as arabic

            return _html(request, 422, arabic(exc))
        return JSONResponse({"error": "invalid_request", "detail": [query_error(exc)]},
                            status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str | list | dict) else str(exc.detail)
        if isinstance(exc.__cause__, UnicodeDecodeError):  # FastAPI's bare «error parsing»
            detail = undecodable_body(exc.__cause__)
        if wants_html(request):
            from khabar.api.limits import BodyTooLarge, html_message
            from khabar.web.messages import status_message

            if isinstance(exc, BodyTooLarge):  # a streamed body cut off inside a page
                return _html(request, 413, html_message(exc.limit))
            return _html(request, exc.status_code, status_message(exc.status_code, str(detail)))
        return JSONResponse({"error": _CODES.get(exc.status_code, "error"), "detail": detail},
                            status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        from khabar.api.media import body_problem

        if (problem := body_problem(request, exc.errors())) is not None:  # text/plain …
            status, body = problem
            return JSONResponse(body, status_code=status)
        if wants_html(request):
            from khabar.web.messages import field_errors

            return _html(request, 422, field_errors(exc.errors()))
        detail = _validation_detail(exc)
        return JSONResponse({"error": "invalid_request", "detail": detail}, status_code=422)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        error_id = uuid.uuid4().hex[:12]
        log.error("unhandled error %s on %s %s", error_id, request.method, request.url.path,
                  exc_info=exc)
        message = "internal error; quote this id when reporting it"
        if wants_html(request):
            return _html(request, 500, "خطأ داخلي؛ اذكر رقم الخطأ هذا عند الإبلاغ عنه", error_id)
        return JSONResponse({"error": "internal_error", "detail": message, "id": error_id},
                            status_code=500)
