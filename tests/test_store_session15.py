"""Session 15 (st15): a store that cannot be written — no write permission, a read-only
directory or mount — is read as it is by the reading commands (search, follow, export, serve)
and refused with a clear message by the writing ones; never a traceback, never a migration.

Permissions do not bind root, so the checks run in a subprocess without
``CAP_DAC_OVERRIDE`` (``setpriv``) when the tests run as root; as another user the file
modes bind by themselves.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_store_support import claim_document, light_pipeline

from khabar.store import ReadOnlyStore, Store
from khabar.store.migrations import SCHEMA_VERSION

SRC = Path(__file__).resolve().parents[1] / "src"


def _unprivileged() -> list[str]:
    """The prefix that runs a command as a user the file modes bind."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file modes cannot bind")
    return ["setpriv", "--bounding-set=-dac_override", "--inh-caps=-dac_override"]


def _run(*args: str, code: str | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-c", code] if code else [sys.executable, "-m", "khabar", *args]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(SRC), str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(_unprivileged() + cmd, capture_output=True, text=True, env=env,
                          timeout=300)


def _old_store(path: Path) -> None:
    """A store as schema 5 left it: no source ids, no event days, no actor moves, no
    store_meta (the read paths of docs/store.md, Schema)."""
    with Store(path) as s:
        s.put(claim_document())
        s.put(light_pipeline().analyze("أعلن الأمير افتتاح المعرض في الرياض.",
                                       url="http://x/2", published="2015-08-10"))
    conn = sqlite3.connect(path, isolation_level=None)
    for sql in ("DROP INDEX articles_source_id", "ALTER TABLE articles DROP COLUMN source_id",
                "DROP INDEX events_date_begin", "ALTER TABLE events DROP COLUMN date_begin",
                "ALTER TABLE events DROP COLUMN date_end", "DROP TABLE actor_moves",
                "DROP TABLE store_meta", "PRAGMA user_version = 5",
                "PRAGMA wal_checkpoint(TRUNCATE)"):
        conn.execute(sql)
    conn.close()


def _lock(folder: Path) -> dict[str, str]:
    """Make every file of ``folder`` and the folder read-only; their digests."""
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    for p in folder.iterdir():
        p.chmod(0o444)
    folder.chmod(0o555)
    return digests


def _unchanged(folder: Path, digests: dict[str, str]) -> None:
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.iterdir()} == digests


@pytest.fixture()
def ro_old(tmp_path):
    folder = tmp_path / "mount"
    folder.mkdir()
    db = folder / "news.db"
    _old_store(db)
    for extra in ("news.db-wal", "news.db-shm"):  # closed cleanly: the file alone
        (folder / extra).unlink(missing_ok=True)
    digests = _lock(folder)
    yield db, digests
    folder.chmod(0o755)


@pytest.mark.parametrize("args", [
    ("search", "الأمير"),
    ("export", "--table", "events", "--format", "csv"),
    ("export", "--table", "articles", "--format", "jsonl"),
    ("entity", "محمد السوداني"),
    ("events", "--limit", "5"),
    ("claims",),
    ("stories",),
])
def test_reading_commands_read_an_old_read_only_store_as_it_is(ro_old, args):
    db, digests = ro_old
    done = _run(*args, "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "is read-only" in done.stderr and "schema 5" in done.stderr  # the note, once
    assert done.stderr.count("is read-only") == 1
    _unchanged(db.parent, digests)  # nothing migrated, no -wal / -shm left


def test_what_the_read_paths_answer_on_an_old_read_only_store(ro_old):
    db, digests = ro_old
    code = f"""
from khabar.store.access import open_store
s = open_store({str(db)!r}, write=False)
assert s.readonly and s.opened_version == 5
assert [a['id'] for a in s.search('الأمير')] == [2]
assert s.get_article(1)['source_id'] is None                    # before schema 6
ev = s.events(date_from='2024-09', order='event')
assert [e['date'] for e in ev] == ['2025-09'], ev                # days computed on read
assert s.entity(999) is None and s.entity('محمد السوداني')['name'] == 'محمد السوداني'
assert s.linker_status().store == 0                              # before stores recorded it
assert len(s.claims(as_of='2025-01-01')) == 1
print('ok')
"""
    done = _run(code=code)
    assert done.stdout.strip() == "ok", done.stderr
    _unchanged(db.parent, digests)


@pytest.mark.parametrize("args", [
    ("ingest", "{input}"), ("relink",), ("relink", "--rebuild"), ("reanalyze",),
])
def test_writing_commands_refuse_a_read_only_store_with_what_to_run(ro_old, tmp_path, args):
    db, digests = ro_old
    record = tmp_path / "in.jsonl"
    record.write_text('{"id": "a", "text": "نص جديد عن المعرض.", "published": "2015-08-10"}\n',
                      encoding="utf-8")
    done = _run(*(a.format(input=record) for a in args), "--db", str(db))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert f"{db} is read-only (" in done.stderr
    assert f"cp {db}* /tmp/ and use --db /tmp/news.db" in done.stderr
    _unchanged(db.parent, digests)


def test_a_read_only_file_in_a_writable_folder(tmp_path):
    """Only the file is read-only: a reading command reads it (SQLite may leave its index
    files beside it), a writing one is refused, and the store is not migrated."""
    db = tmp_path / "news.db"
    _old_store(db)
    db.chmod(0o444)
    try:
        done = _run("search", "الأمير", "--db", str(db))
        assert done.returncode == 0 and "schema 5" in done.stderr, done.stderr
        done = _run("relink", "--db", str(db))
        assert done.returncode == 2 and "the file has no write permission" in done.stderr
    finally:
        db.chmod(0o644)
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone() == (5,)


def test_a_writable_old_store_is_migrated_by_a_reading_command(tmp_path):
    db = tmp_path / "news.db"
    _old_store(db)
    done = _run("search", "الأمير", "--db", str(db))
    assert done.returncode == 0 and "read-only" not in done.stderr, done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def test_a_current_read_only_store_reads_without_a_note(tmp_path):
    folder = tmp_path / "mount"
    folder.mkdir()
    with Store(folder / "news.db") as s:
        s.put(claim_document())
    digests = _lock(folder)
    try:
        done = _run("events", "--db", str(folder / "news.db"))
        assert done.returncode == 0 and '"RETREAT"' in done.stdout, done.stderr
        assert "read-only" not in done.stderr and "note:" not in done.stderr
        _unchanged(folder, digests)
    finally:
        folder.chmod(0o755)


def test_pending_wal_changes_in_a_read_only_folder_are_a_clear_error(tmp_path):
    folder = tmp_path / "mount"
    folder.mkdir()
    db = folder / "news.db"
    with Store(db) as s:
        s.put(claim_document())
        # a copy taken while a writer held the file: its -wal holds the last article
        s.conn.execute("PRAGMA wal_autocheckpoint = 0")
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        s.put(light_pipeline().analyze("نص ثان عن المعرض.", url="http://x/3"))
        shutil.copy(db, tmp_path / "copy.db")
        shutil.copy(folder / "news.db-wal", tmp_path / "copy.db-wal")
    shutil.rmtree(folder)
    folder.mkdir()
    for name in ("copy.db", "copy.db-wal"):
        shutil.move(tmp_path / name, folder / name.replace("copy", "news"))
    assert (folder / "news.db-wal").stat().st_size > 0
    digests = _lock(folder)
    try:
        done = _run("search", "المعرض", "--db", str(db))
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert "news.db-wal holds changes not yet written into news.db" in done.stderr
        _unchanged(folder, digests)
    finally:
        folder.chmod(0o755)


def test_no_store_can_be_made_in_a_read_only_folder(tmp_path):
    folder = tmp_path / "mount"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        done = _run("ingest", str(tmp_path), "--db", str(folder / "new.db"))
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert "cannot create a store at" in done.stderr
        assert not (folder / "new.db").exists()
    finally:
        folder.chmod(0o755)


def test_the_api_serves_reads_and_refuses_writes(ro_old):
    db, digests = ro_old
    code = f"""
from fastapi.testclient import TestClient
from khabar.api import create_app
c = TestClient(create_app({str(db)!r}, api_key='k'))
h = c.get('/api/health').json()
assert h['writes_enabled'] is False and h['read_only_store'] is True, h
assert c.get('/api/articles').json()['total'] == 2
assert c.get('/api/search', params={{'q': 'الأمير'}}).json()['total'] == 1
assert c.get('/api/events').json()['total'] == 1
assert c.get('/events').status_code == 200 and c.get('/articles/1').status_code == 200
r = c.post('/api/articles', json={{'text': 'نص'}}, headers={{'X-API-Key': 'k'}})
assert r.status_code == 403 and 'read-only' in r.json()['detail'], r.text
assert c.post('/api/articles', json={{'text': 'نص'}}).status_code == 401  # the key first
print('ok')
"""
    done = _run(code=code)
    assert done.stdout.strip() == "ok", done.stderr
    _unchanged(db.parent, digests)


def test_store_for_writing_raises_read_only_store_in_process(tmp_path, monkeypatch):
    """The Python API: the check comes before anything is written (simulated here, since
    the test process may be root)."""
    db = tmp_path / "news.db"
    _old_store(db)
    monkeypatch.setattr("khabar.store.core.writable", lambda path: False)
    with pytest.raises(ReadOnlyStore) as info:
        Store(db)
    assert info.value.path == db and f"{db} is read-only (" in str(info.value)
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone() == (5,)
    with Store(db, readonly=True) as s:
        assert s.readonly and s.opened_version == 5 and s.count() == 2


def test_the_articles_of_an_actor_are_listed_by_the_actor_index(tmp_path):
    """``entity=<actor id>`` selects the articles that mention the actor — by one list from
    the actor index, not a correlated sub-query per article that walked every mention of
    the actor (SQLite took the actor index inside it: 0.28 CPU-s for «السعودية»'s page on the
    news day, 0.03 now)."""
    from khabar.store.filters import Filters
    from khabar.store.views import _where

    def doc(key: str, published: str, speaker: str):
        d = claim_document(doc_id=key, url=f"http://x/{key}", published=published,
                           speaker=speaker)
        d.text += f" رقم {key}"  # another text (no layer reaches past the first sentences)
        return d

    with Store(tmp_path / "s.db") as s:
        ids = {k: s.put(doc(k, d, sp)).id
               for k, d, sp in (("a", "2024-09-06", "محمد السوداني"),
                                ("b", "2024-09-08", "محمد السوداني"),
                                ("c", "2024-09-07", "جو بايدن"))}
        actor = s.entity("محمد السوداني")["id"]
        assert [a["id"] for a in s.list_articles(entity=actor)] == [ids["b"], ids["a"]]
        assert s.count(entity=actor) == 2
        assert [a["id"] for a in s.list_articles(entity=actor, date_to="2024-09-07")] == [ids["a"]]
        assert s.list_articles(entity=10**6) == [] and s.count(entity=10**6) == 0
        where, params = _where(Filters(entity=actor))
        plan = " ".join(r[3] for r in s.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT a.id FROM articles a{where}", params))
        assert "CORRELATED" not in plan, plan


def test_serve_says_a_read_only_store_is_served_for_reading(ro_old):
    db, digests = ro_old
    code = f"""
import uvicorn
from typer.testing import CliRunner
from khabar.cli import app
served = []
uvicorn.run = lambda application, **kw: served.append(application)
done = CliRunner().invoke(app, ["serve", "--db", {str(db)!r}])
assert done.exit_code == 0 and len(served) == 1, done.output
assert "schema 5" in done.output and "serving reads only, every write is refused" in done.output
assert "Traceback" not in done.output
print('ok')
"""
    done = _run(code=code)
    assert done.stdout.strip().endswith("ok"), done.stdout + done.stderr
    _unchanged(db.parent, digests)
