"""Polite HTTP fetching for ingest: http/https only, timeouts, retries, rate limit, size cap.

:class:`Fetcher` wraps one ``httpx.Client``. Transport errors, timeouts, 429 and 5xx
answers are retried with exponential backoff; other 4xx fail at once. Requests to one host
are spaced by at least ``per_host_interval`` seconds. A body larger than ``max_bytes`` is
refused (by ``Content-Length`` when given, else while streaming). Every failure raises
:class:`FetchError` with a one-line reason.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from khabar import __version__

USER_AGENT = f"khabar/{__version__} (Arabic news analysis; +https://pypi.org/project/khabar/)"
SCHEMES = ("http", "https")


class FetchError(Exception):
    """A URL that could not be fetched (reason in the message)."""


@dataclass
class Response:
    """A fetched resource: final URL, status, content type and body bytes."""

    url: str
    status: int
    content_type: str
    body: bytes

    @property
    def charset(self) -> str | None:
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip('"')
        return None


def check_url(url: str) -> str:
    """``url`` if it is an absolute http(s) URL, else raise :class:`FetchError`."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(f"unsupported URL scheme {parts.scheme!r} (only http and https): {url}")
    if not parts.hostname:
        raise FetchError(f"URL has no host: {url}")
    return url


class Fetcher:
    """Fetches URLs with timeouts, retries with backoff, a per-host rate limit, a size cap."""

    def __init__(
        self,
        *,
        timeout: float = 15.0,
        retries: int = 2,
        backoff: float = 1.0,
        per_host_interval: float = 1.0,
        max_bytes: int = 5_000_000,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.retries = retries
        self.backoff = backoff
        self.per_host_interval = per_host_interval
        self.max_bytes = max_bytes
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout), follow_redirects=True, max_redirects=5,
            headers={"User-Agent": user_agent},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            ready = self._last.get(host, 0.0) + self.per_host_interval
            delay = max(0.0, ready - now)
            self._last[host] = now + delay
        if delay:
            time.sleep(delay)

    def get(self, url: str) -> Response:
        """GET ``url``; raises :class:`FetchError` after the retries are spent."""
        check_url(url)
        host = urlsplit(url).hostname or ""
        last_error = "no attempt"
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            self._wait_turn(host)
            try:
                resp = self._get_once(url)
            except _Retryable as exc:
                last_error = str(exc)
                continue
            return resp
        raise FetchError(f"{url}: {last_error} (after {self.retries + 1} attempts)")

    def _get_once(self, url: str) -> Response:
        try:
            with self.client.stream("GET", url) as r:
                final = str(r.url)
                if urlsplit(final).scheme.lower() not in SCHEMES:
                    raise FetchError(f"{url}: redirected to a non-http URL {final}")
                if r.status_code == 429 or r.status_code >= 500:
                    raise _Retryable(f"HTTP {r.status_code}")
                if r.status_code >= 400:
                    raise FetchError(f"{url}: HTTP {r.status_code}")
                declared = r.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"{url}: body of {declared} bytes exceeds the cap of {self.max_bytes}")
                chunks: list[bytes] = []
                size = 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"{url}: body exceeds the cap of {self.max_bytes} bytes")
                    chunks.append(chunk)
                return Response(final, r.status_code, r.headers.get("content-type", ""), b"".join(chunks))
        except httpx.TimeoutException as exc:
            raise _Retryable(f"timed out ({exc.__class__.__name__})") from exc
        except httpx.TransportError as exc:
            raise _Retryable(f"{exc.__class__.__name__}: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {exc.__class__.__name__}: {exc}") from exc


class _Retryable(Exception):
    """A failure worth another attempt (timeouts, connection errors, 429, 5xx)."""
