"""A store says when its actors come from an older linker (session 14, st14).

The relink moves no group the linker put together, so a store linked before session 13's
generation words keeps Rafsanjani father and son in one actor until ``khabar relink
--rebuild``. Schema 9 records the linker of a store's oldest links
(``khabar.store.linker_state``); the commands, ``khabar serve``, ``/api/health`` and the
actor pages say so while it is older than this khabar's, and the rebuild clears it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_store_session13 import ORDER_DOCS, _parts
from test_store_support import actor_partition, put_persons
from typer.testing import CliRunner

import khabar.corpus.actors as actors_mod
from khabar.api import create_app
from khabar.cli import app
from khabar.commands.store import _LINKER_NOTED as noted
from khabar.store import Store
from khabar.store.linker_state import LINKER_VERSION, LinkerStatus
from khabar.store.migrations import SCHEMA_VERSION

FATHER_AND_SON = _parts(("raf_father", "raf_son"), ("raf_son/E2",))
MERGED = _parts(("raf_father", "raf_son", "raf_son/E2"))


def _age(path: Path) -> None:
    """Make ``path`` a store written before schema 9 (no linker record)."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE store_meta")
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()


@pytest.fixture()
def old_store(tmp_path, monkeypatch) -> Path:
    """Father and son stored by the linker before session 13 (no generation words) into a
    store of schema 8: they are one actor, as on the news day's session-13 store."""
    path = tmp_path / "old.db"
    with monkeypatch.context() as m:
        m.setattr(actors_mod, "GENERATIONS", frozenset())
        with Store(path) as store:
            for key in ("raf_father", "raf_son"):
                put_persons(store, ORDER_DOCS, key, "s14")
            store.relink_actors()
            assert actor_partition(store) == MERGED
    _age(path)
    return path


def test_a_new_store_records_todays_linker(tmp_path):
    with Store(tmp_path / "new.db") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.linker_status() == LinkerStatus(LINKER_VERSION)
        assert not store.linker_status().outdated
        put_persons(store, ORDER_DOCS, "raf_father", "s14")
        assert not store.linker_status().outdated  # its links are today's
    with Store(tmp_path / "new.db", readonly=True) as store:
        assert not store.linker_status().outdated


def test_an_older_store_says_so_until_a_rebuild(old_store):
    with Store(old_store) as store:  # migrated to schema 9: no record, articles → 0
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.linker_status() == LinkerStatus(0)
        assert store.linker_status().outdated
        store.relink_actors()  # the relink keeps what the old linker joined
        assert actor_partition(store) == MERGED
        assert store.linker_status().outdated
        put_persons(store, ORDER_DOCS, "bush_son", "s14")  # an ingest does not clear it
        assert store.linker_status().outdated
        store.rebuild_actors()
        assert actor_partition(store) >= FATHER_AND_SON
        assert store.linker_status() == LinkerStatus(LINKER_VERSION)


def test_a_read_only_older_store_is_outdated_and_an_empty_one_is_not(old_store, tmp_path):
    with Store(old_store, readonly=True) as store:  # schema 8, not migrated
        assert store.linker_status().outdated
    empty = tmp_path / "empty.db"
    Store(empty).close()
    _age(empty)
    with Store(empty, readonly=True) as store:
        assert not store.linker_status().outdated  # no article, no link to be old


def test_a_recorded_older_session_is_named(tmp_path):
    status = LinkerStatus(12)
    assert status.outdated and "session 12" in status.message("x.db")
    assert "relink --rebuild --db x.db" in status.message("x.db")
    assert LinkerStatus(LINKER_VERSION).message("x.db") == ""
    assert "fix" not in LinkerStatus(LINKER_VERSION).as_dict()


def test_the_commands_note_an_older_store_once_and_the_rebuild_clears_it(old_store):
    runner = CliRunner()
    db = str(old_store)
    for args in (["events", "--db", db], ["search", "رفسنجاني", "--db", db],
                 ["export", "--db", db, "--outlet", "nowhere"], ["relink", "--db", db]):
        noted.clear()  # once per process: each command is a process of its own
        out = runner.invoke(app, args)
        assert out.exit_code == 0, out.output
        assert out.stderr.count("relink --rebuild") == 1, args
    out = runner.invoke(app, ["relink", "--rebuild", "--db", db])
    assert out.exit_code == 0 and "note:" not in out.stderr, out.stderr
    with Store(old_store) as store:
        assert actor_partition(store) >= FATHER_AND_SON
        assert not store.linker_status().outdated


def test_a_current_store_gets_no_note(tmp_path):
    db = tmp_path / "cur.db"
    with Store(db) as store:
        put_persons(store, ORDER_DOCS, "raf_son", "s14")
    out = CliRunner().invoke(app, ["events", "--db", str(db)])
    assert out.exit_code == 0 and "note:" not in out.stderr


def test_the_api_and_the_actor_pages_say_so(old_store, tmp_path):
    client = TestClient(create_app(old_store))
    linker = client.get("/api/health").json()["linker"]
    assert linker["outdated"] and linker["store"] == 0 and linker["current"] == LINKER_VERSION
    # the file name only: a page must not show the server's directories
    assert linker["fix"] == "khabar relink --rebuild --db old.db"
    assert str(old_store.parent) not in client.get("/entities").text
    for path in ("/", "/entities", "/entities/" + "أكبر هاشمي رفسنجاني"):
        html = client.get(path).text
        assert "relink --rebuild" in html and "من إصدار أقدم" in html, path
    assert "relink --rebuild" not in client.get("/events").text  # actors' pages only
    with Store(old_store) as store:
        store.rebuild_actors()
    fresh = TestClient(create_app(old_store))
    assert fresh.get("/api/health").json()["linker"] == {
        "store": LINKER_VERSION, "current": LINKER_VERSION, "outdated": False}
    assert "relink --rebuild" not in fresh.get("/entities").text
    new = TestClient(create_app(tmp_path / "new.db"))
    assert new.get("/api/health").json()["linker"]["outdated"] is False


def test_serve_notes_an_older_store_before_serving(old_store, monkeypatch):
    import uvicorn

    served = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: served.append(application))
    out = CliRunner().invoke(app, ["serve", "--db", str(old_store)])
    assert out.exit_code == 0 and served, out.output
    assert "note: the actors of" in out.stderr and "relink --rebuild" in out.stderr


# -- the spelling rule's same-article guard in both directions (session 14) -------------

TYPO_DOCS = {
    # the news day's article 653: a typo of the martyr's family name, and his name again
    # in another entity group of the same article
    "typo": ("واجب العزاء لأسرة الشهيد الرقيب ماجد بن فهد السبيبعي بمحافظة الخرمة، وقال"
             " اللواء إن زيارته لتعزية ذوي الشهيد ماجد فهد السبيعي.",
             [("ماجد بن فهد السبيبعي", "E1"), ("ماجد فهد السبيعي", "E2")]),
    "full": ("استشهد الرقيب ماجد بن فهد السبيعي في نجران.", [("ماجد بن فهد السبيعي", "E1")]),
    "short": ("شيعت الخرمة الشهيد ماجد فهد السبيعي.", [("ماجد فهد السبيعي", "E1")]),
    "typo_alone": ("نعت الأسرة ماجد بن فهد السبيبعي.", [("ماجد بن فهد السبيبعي", "E1")]),
}


def _typo_put(store: Store, key: str) -> None:
    put_persons(store, TYPO_DOCS, key, "s14t")


def test_two_spellings_the_entity_stage_kept_apart_stay_apart_in_every_order(tmp_path):
    # the guard held only when the other spelling's group came first in the article: the
    # typo joined the martyr's actor in the order of ingest and stayed apart in the
    # rebuild's, which met the typo's article first
    from test_store_support import check_relink_orders

    check_relink_orders(tmp_path, _typo_put, ["typo", "full", "short"],
                        _parts(("typo",), ("typo/E2", "full", "short")))


def test_a_spelling_of_another_article_still_joins_in_every_order(tmp_path):
    from test_store_support import check_relink_orders

    check_relink_orders(tmp_path, _typo_put, ["typo_alone", "full"],
                        _parts(("typo_alone", "full")))


def test_an_actor_s_names_count_a_name_once_however_its_letters_are_encoded(tmp_path):
    # «ﻋﻠﻲ ﻋﺒﺪ ﺍﻟﻠﻪ ﺻﺎﻟﺢ» (Arabic presentation forms, a text copied from a PDF) was listed
    # beside «علي عبد الله صالح» on the actor page as a second, identical-looking name
    docs = {"pdf": ("قال علي عبد الله صالح إن الحرب انتهت، وأضاف ﻋﻠﻲ ﻋﺒﺪ ﺍﻟﻠﻪ ﺻﺎﻟﺢ أنه باق.",
                    [("علي عبد الله صالح", "E1"), ("ﻋﻠﻲ ﻋﺒﺪ ﺍﻟﻠﻪ ﺻﺎﻟﺢ", "E1")]),
            "other": ("وقال علي محسن الأحمر إنه باق.", [("علي محسن الأحمر", "E1")])}
    with Store(tmp_path / "s.db") as store:
        for key in docs:
            put_persons(store, docs, key, "s14n")
        saleh = store.entity("علي عبد الله صالح")
        assert saleh["names"] == [{"name": "علي عبد الله صالح", "n": 2}]
        assert store.entity("علي محسن الأحمر")["names"] == [{"name": "علي محسن الأحمر", "n": 1}]
