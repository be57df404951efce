"""A pure-ASGI request body limit: 413 with a reason before the app reads too much.

A declared ``Content-Length`` above the limit is refused at once; a chunked body is
counted as it streams and cut off as soon as it passes the limit. The answer is JSON,
except for a web page asked for by a browser (not ``/api``, ``Accept: text/html``: the
analyse form), which gets the HTML error page stating the limit.
"""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from khabar.api.errors import wants_html


class BodyTooLarge(HTTPException):
    """Raised while a streamed body passes the limit (an HTTPException so that body
    parsers re-raise it unchanged and the app answers 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _detail(limit))
        self.limit = limit


def _size(n: int) -> str:
    """``n`` bytes, with the size in KiB/MiB when it is that large."""
    for unit, scale in (("ميغابايت", 1 << 20), ("كيلوبايت", 1 << 10)):
        if n >= scale:
            return f"{n} بايت ({n / scale:.3g} {unit})"
    return f"{n} بايت"


def html_message(limit: int) -> str:
    """The reason shown on the HTML 413 page (in the UI's language, with the limit)."""
    return (f"النص المرسل أكبر من الحد المسموح به للطلب: {_size(limit)}."
            " قسّم النص أو اختصره ثم أعد المحاولة.")


def _detail(limit: int) -> str:
    """The reason of a 413 for the body: which limit, and how to raise it."""
    return (f"request body exceeds the limit of {limit} bytes (khabar serve --max-body; "
            "a text's own limit is in characters, --max-chars)")


def _payload(limit: int) -> bytes:
    return json.dumps({"error": "payload_too_large", "detail": _detail(limit)}).encode()


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        if wants_html(request):
            from khabar.web.render import render_error

            response = render_error(request, 413, html_message(self.max_body))
            response.headers["connection"] = "close"
            await response(scope, receive, send)
            return
        body = _payload(self.max_body)
        await send({"type": "http.response.start", "status": 413, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared > self.max_body:
                    await self._reject(scope, receive, send)
                    return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._reject(scope, receive, send)
