"""API keys for writes: where the key comes from and how a request is checked.

The key is read from ``KHABAR_API_KEY``, or from the file named by ``KHABAR_API_KEY_FILE``
(or ``--api-key-file``). With no key configured every write is refused (403) and reads stay
open. A request presents the key as ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``;
keys are compared in constant time (:func:`hmac.compare_digest`).
"""

from __future__ import annotations

import hmac
import os
from pathlib import Path

from fastapi import HTTPException, Request


class KeyConfigError(ValueError):
    """The configured key file is missing, unreadable or empty."""


def load_api_key(api_key: str | None = None, api_key_file: str | Path | None = None) -> str | None:
    """The write key: explicit value, explicit file, ``KHABAR_API_KEY``, ``KHABAR_API_KEY_FILE``."""
    if api_key:
        return api_key
    path = api_key_file or os.environ.get("KHABAR_API_KEY_FILE")
    if not path and os.environ.get("KHABAR_API_KEY"):
        return os.environ["KHABAR_API_KEY"].strip() or None
    if path:
        try:
            key = Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise KeyConfigError(f"cannot read API key file {path}: {exc.strerror}") from exc
        if not key:
            raise KeyConfigError(f"API key file {path} is empty")
        return key
    return None


def presented_key(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    return request.headers.get("x-api-key")


def require_write_key(request: Request) -> None:
    """FastAPI dependency guarding every write endpoint."""
    expected: str | None = request.app.state.api_key
    if not expected:
        raise HTTPException(403, "writes are disabled: the server has no API key configured "
                                 "(set KHABAR_API_KEY or KHABAR_API_KEY_FILE)")
    given = presented_key(request)
    if not given:
        raise HTTPException(401, "this endpoint needs an API key "
                                 "(Authorization: Bearer <key> or X-API-Key)",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(401, "wrong API key", headers={"WWW-Authenticate": "Bearer"})
