"""A khabar app served by uvicorn on a free 127.0.0.1 port in a thread, for the browser tests; and a
headless Debian chromium page open on it (Playwright, never `playwright install`)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")  # Debian's chromium (.ci/run installs it)
BROWSER_ARGS = ["--no-sandbox", "--headless"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(app, start_timeout: float = 20) -> Iterator[str]:
    """Serve ``app`` until the block ends; yields its base URL (``http://127.0.0.1:PORT``)."""
    import uvicorn

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    try:
        while not srv.started:
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@contextmanager
def served_page(app, **page_kw) -> Iterator[tuple[str, object]]:
    """``app`` served (:func:`serving`) and a page of a headless :data:`CHROMIUM` open: yields
    ``(base URL, page)``; ``page_kw`` go to ``browser.new_page`` (a viewport …)."""
    from playwright.sync_api import sync_playwright

    with serving(app) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            yield base, browser.new_page(**page_kw)
        finally:
            browser.close()
