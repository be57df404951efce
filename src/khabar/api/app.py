"""The FastAPI application factory: API routes, web pages, auth, limits and error handling.

``create_app(db_path, api_key=..., ...)`` builds one app bound to one store file. The
analysis :class:`~khabar.pipeline.Pipeline` is built once per process (lazily, under a
lock) and shared by every request; requests run in the server's thread pool.
"""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from khabar import __version__
from khabar.api import errors
from khabar.api.auth import load_api_key
from khabar.api.headers import SecurityHeadersMiddleware
from khabar.api.limits import BodyLimitMiddleware
from khabar.pipeline import DEFAULT_MAX_CHARS, Pipeline


def body_limit(max_chars: int) -> int:
    """The default body limit in bytes for texts of up to ``max_chars`` characters: 6 bytes a
    character (a JSON ``\\uXXXX`` escape, as Python's ``json.dumps`` writes Arabic; a
    percent-encoded form field is 6 bytes an Arabic letter too; raw UTF-8 is 2) plus 1 MiB for
    the other fields — so the API takes every text ``khabar analyze`` takes."""
    return 6 * max_chars + (1 << 20)


MAX_BODY = body_limit(DEFAULT_MAX_CHARS)  # bytes: 13,048,576 (12.4 MiB)

DESCRIPTION = """Arabic news → structured, sourced, time-anchored data.

Reads are open. Writes (`POST /api/articles`, `POST /api/articles/batch`) need the server's API key as
`Authorization: Bearer <key>` or `X-API-Key: <key>`; a server started without a key
refuses every write. `POST /api/analyze` is stateless (nothing is stored) and open.
Errors are JSON objects `{"error": code, "detail": reason}`.
"""


class Analyzer:
    """The per-process pipeline, built on first use; one document at a time."""

    def __init__(self, pipeline: Pipeline | None = None,
                 max_chars: int | None = DEFAULT_MAX_CHARS) -> None:
        self._pipeline = pipeline
        self._lock = threading.Lock()
        # the character limit: a given pipeline's own, else ``max_chars``
        self.max_chars = getattr(pipeline, "max_chars", None) if pipeline else max_chars

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            with self._lock:
                if self._pipeline is None:
                    from khabar.pipeline import default_pipeline

                    self._pipeline = (default_pipeline() if self.max_chars == DEFAULT_MAX_CHARS
                                      else Pipeline(max_chars=self.max_chars))
        return self._pipeline

    def analyze(self, text: str, **meta):
        pipeline = self.pipeline
        with self._lock:  # stages are not promised to be thread-safe
            return pipeline.analyze(text, **meta)


def _mount_docs(app: FastAPI) -> None:
    """Swagger UI at /api/docs from the bundled assets of ``swagger-ui-bundle-v2``
    (FastAPI's default page loads them from a CDN)."""
    try:
        import swagger_ui_bundle
    except ImportError:  # docs page unavailable; /api/openapi.json still served
        return
    from fastapi.openapi.docs import get_swagger_ui_html

    assets = "/api/docs/assets"
    app.mount(assets, StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="docs")

    @app.get("/api/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(
            openapi_url=app.openapi_url, title="khabar API",
            swagger_js_url=f"{assets}/swagger-ui-bundle.js",
            swagger_css_url=f"{assets}/swagger-ui.css",
            swagger_favicon_url=f"{assets}/favicon-32x32.png")


def create_app(
    db_path: str | Path | None,
    *,
    api_key: str | None = None,
    api_key_file: str | Path | None = None,
    max_body: int | None = None,
    pipeline: Pipeline | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> FastAPI:
    """Build the app serving the store at ``db_path`` (``None``: analysis only).

    ``max_chars`` is the longest text analysed (``khabar analyze --max-chars``; a given
    ``pipeline`` brings its own); ``max_body`` the largest request body in bytes (default:
    :func:`body_limit` of ``max_chars``, so any text under the character limit fits)."""
    from khabar.api.backend import Backend
    from khabar.api.routes import router as api_router
    from khabar.web.pages import router as web_router

    app = FastAPI(title="khabar", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.api_key = load_api_key(api_key, api_key_file)
    app.state.analyzer = Analyzer(pipeline, max_chars)
    if max_body is None:
        max_body = body_limit(app.state.analyzer.max_chars or DEFAULT_MAX_CHARS)
    app.state.backend = Backend(db_path) if db_path is not None else None
    app.state.max_body = max_body
    errors.install(app)
    app.add_middleware(BodyLimitMiddleware, max_body=max_body)
    app.add_middleware(SecurityHeadersMiddleware)
    static = Path(__file__).resolve().parents[1] / "web" / "static"
    app.mount("/static", StaticFiles(directory=static), name="static")
    _mount_docs(app)
    app.include_router(api_router)
    app.include_router(web_router)
    return app
