"""Shared helpers of the search tests: a module store of made-up texts, the keys of the texts a
query finds, and the checks on a store of an older schema once it is opened for writing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from test_store_support import store_of_texts

from khabar.store import Store


def store_fixture(texts: dict, name: str) -> Callable:
    """A module fixture: a store of ``texts`` (key → text, or (text, published, outlet)) in a
    fresh folder ``name``, closed after the module."""

    @pytest.fixture(scope="module")
    def _store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
        s = store_of_texts(tmp_path_factory.mktemp(name) / "s.db", texts)
        yield s
        s.close()

    return _store


def found(store: Store, query: str, **kw) -> set[str]:
    """The keys of the texts ``query`` finds (``kw`` the search filters)."""
    inv = {v: k for k, v in store.ids.items()}
    return {inv[r["id"]] for r in store.search(query, **kw)}


def check_migrated(path: Path, article: int, text: str, title: str, full: str, base: str,
                   queries: list[str]) -> None:
    """Opened for writing, the old store at ``path`` is at today's schema, each of ``queries``
    finds its one article, and its index row is today's columns of ``text`` and ``title`` with
    the ``full`` and ``base`` columns it had."""
    from khabar.store.migrations import SCHEMA_VERSION
    from khabar.store.search import text_columns

    with Store(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        for query in queries:
            assert [r["id"] for r in s.search(query)] == [article], query
        row = s.conn.execute("SELECT full, base, stem FROM articles_fts").fetchone()
        assert tuple(row) == text_columns(text, title)
        assert tuple(row)[:2] == (full, base)
