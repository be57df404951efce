"""Stores that cannot be written: tell them apart, read them as they are, say what to run.

A store file without write permission, in a directory khabar cannot write (SQLite keeps
``news.db-wal`` and ``news.db-shm`` beside the file), or on a read-only file system is not
migrated: a migration writes. Before session 15 every command opened the store for writing,
so such a file failed with «not a usable khabar store: attempt to write a readonly
database», even for a search. Now:

- :func:`writable` tells, before anything is written, whether the file can be (also on a
  read-only mount, which ``os.access`` reports);
- :func:`connect_readonly` opens it read-only — a WAL-mode file in a read-only directory,
  whose ``-shm`` cannot be made, is opened ``immutable`` (nothing can write it there
  either), unless a ``-wal`` holds changes not yet in the file, which is an error naming the
  fix;
- :func:`open_store` is what every command uses: a writing command gets
  :class:`khabar.store.core.ReadOnlyStore` (a clear message telling what to run), a reading
  one (search, follow, export, serve) the store opened read-only, at its own schema: the
  read paths of older schemas are kept (docs/store.md, Schema).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

SQLITE_READONLY = 8
SQLITE_CANTOPEN = 14


def _dir(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def writable(path: Path) -> bool:
    """Whether SQLite can write the store at ``path``: the file (when it exists) and its
    directory (the ``-wal``/``-shm`` files, or the new file) writable."""
    folder = _dir(path)
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return not folder.exists() or os.access(folder, os.W_OK | os.X_OK)


def why_readonly(path: Path) -> str:
    """Why the store at ``path`` cannot be written, in a few words."""
    probe = path if path.exists() else _dir(path)
    try:
        if os.statvfs(probe).f_flag & os.ST_RDONLY:
            return "it is on a read-only file system"
    except OSError:
        pass
    if path.exists() and not os.access(path, os.W_OK):
        return "the file has no write permission"
    return (f"its directory {_dir(path)} cannot be written (SQLite keeps {path.name}-wal "
            "and -shm beside the file)")


def is_readonly_error(exc: BaseException) -> bool:
    """An SQLite error that says the file cannot be written (SQLITE_READONLY, any variant)."""
    return (isinstance(exc, sqlite3.Error)
            and (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == SQLITE_READONLY)


def _uri(path: Path, immutable: bool = False) -> str:
    return path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")


def _pending_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def connect_readonly(path: Path, **kw: object) -> sqlite3.Connection:
    """A read-only connection to ``path``. SQLite reads a WAL-mode file through its
    ``-shm`` index, which it cannot create in a read-only directory («attempt to write a
    readonly database» on the first read): such a file is opened ``immutable`` when no
    ``-wal`` holds changes (there, nothing can write it); with changes pending it is an
    error that says where to open it once."""
    conn = sqlite3.connect(_uri(path), uri=True, **kw)
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
        return conn
    except sqlite3.Error as exc:
        conn.close()
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code not in (SQLITE_READONLY, SQLITE_CANTOPEN) or not path.is_file():
            raise
        if _pending_wal(path):
            raise sqlite3.OperationalError(
                f"{path.name}-wal holds changes not yet written into {path.name}, and "
                f"{why_readonly(path)}: open the store once where it can be written (any "
                "khabar command there merges them), then copy it back") from exc
    return sqlite3.connect(_uri(path, immutable=True), uri=True, **kw)


def open_store(path: str | Path, *, write: bool):
    """The store at ``path`` for a command: opened for writing (and migrated) when it can
    be; when it cannot, a writing command (``write``) gets
    :class:`khabar.store.core.ReadOnlyStore` and a reading one the store opened read-only,
    at its own schema (``store.readonly``, ``store.opened_version``)."""
    from khabar.store import Store
    from khabar.store.core import ReadOnlyStore

    try:
        return Store(path)
    except ReadOnlyStore:
        if write:
            raise
    return Store(path, readonly=True)


def read_only_note(store, shown: str) -> str:
    """One line for a user reading a store opened read-only (empty when it is current):
    what is not migrated and what to run where it can be written."""
    from khabar.store.migrations import SCHEMA_VERSION

    if not getattr(store, "readonly", False) or store.opened_version >= SCHEMA_VERSION:
        return ""
    return (f"{shown} is read-only ({why_readonly(Path(store.path))}) and at store schema "
            f"{store.opened_version}, older than this khabar's {SCHEMA_VERSION}: read as it "
            "is, not migrated (docs/store.md, Schema: what an older schema reads "
            "differently); any khabar command migrates a writable copy, e.g. "
            f"`cp {shown}* /tmp/ && khabar stories --limit 1 --db /tmp/{Path(shown).name}`")
