"""API keys for writes: where the key comes from and how a request is checked.

The key is read from ``KHABAR_API_KEY``, or from the file named by ``KHABAR_API_KEY_FILE``
(or ``--api-key-file``). With no key configured every write is refused (403) and reads stay
open; a store file the server cannot write refuses them too (403), after the key is
checked. A request presents the key as ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``;
keys are compared in constant time (:func:`hmac.compare_digest`).
"""

from __future__ import annotations

import hmac
import os
from pathlib import Path

from fastapi import Depends, HTTPException, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer


class KeyConfigError(ValueError):
    """The configured key file is missing, unreadable or empty."""


def load_api_key(api_key: str | None = None, api_key_file: str | Path | None = None) -> str | None:
    """The write key: explicit value, explicit file, ``KHABAR_API_KEY``, ``KHABAR_API_KEY_FILE``."""
    if api_key:
        return api_key
    if api_key_file:
        return _read_key(api_key_file)
    if os.environ.get("KHABAR_API_KEY", "").strip():
        return os.environ["KHABAR_API_KEY"].strip()
    if os.environ.get("KHABAR_API_KEY_FILE"):
        return _read_key(os.environ["KHABAR_API_KEY_FILE"])
    return None


def _read_key(path: str | Path) -> str:
    try:
        key = Path(path).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise KeyConfigError(f"cannot read API key file {path}: {exc.strerror}") from exc
    if not key:
        raise KeyConfigError(f"API key file {path} is empty")
    return key


_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                       description="The server's write key (or use Authorization: Bearer).")
_bearer = HTTPBearer(auto_error=False, description="The server's write key as a bearer token.")


def require_write_key(
    request: Request,
    header_key: str | None = Depends(_header),  # noqa: B008 (FastAPI dependency)
    bearer: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
) -> None:
    """FastAPI dependency guarding every write endpoint (also documents the schemes)."""
    expected: str | None = request.app.state.api_key
    if not expected:
        raise HTTPException(403, "writes are disabled: the server has no API key configured "
                                 "(set KHABAR_API_KEY or KHABAR_API_KEY_FILE)")
    given = bearer.credentials if bearer is not None else header_key
    if not given:
        raise HTTPException(401, "this endpoint needs an API key "
                                 "(Authorization: Bearer <key> or X-API-Key)",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(401, "wrong API key", headers={"WWW-Authenticate": "Bearer"})
    backend = request.app.state.backend
    if backend is not None and backend.readonly:  # a file the server cannot write
        raise HTTPException(403, "writes are disabled: the store file is read-only "
                                 "(khabar serve reads it as it is)")
