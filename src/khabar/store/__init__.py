"""The embedded article store: SQLite (WAL), FTS5 Arabic search, cross-document views.

    >>> from khabar.store import Store
    >>> with Store("news.db") as store:
    ...     store.put(doc)
    ...     store.search("واشنطن AND العراق", date_from="2024-09-01")

See docs/store.md for the schema and the API.
"""

from __future__ import annotations

from khabar.store.core import PutResult, ReadOnlyStore, StoreError, content_hash
from khabar.store.corpus_ops import CorpusMixin
from khabar.store.filters import Filters
from khabar.store.search import QueryError


class Store(CorpusMixin):
    """One SQLite store file: write path (:meth:`put`), search, views, corpus operations.

    Open with ``Store(path)`` (created and migrated when needed) or
    ``Store(path, readonly=True)`` (not migrated; a file that cannot be written raises
    :class:`ReadOnlyStore` when opened for writing — ``khabar.store.access.open_store``
    falls back for reading); use as a context manager or call :meth:`close`.
    Safe to share across threads (calls are serialised by a lock); for parallel readers,
    open one ``Store`` per process or thread.
    """


__all__ = ["Store", "Filters", "PutResult", "QueryError", "ReadOnlyStore", "StoreError",
           "content_hash"]
