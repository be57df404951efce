"""Export what you searched (session 21, ux21b): `khabar export --query Q` and `/api/events?q=`.

An analyst who found articles with `khabar search Q` could not export exactly those: the export
chose articles by date, outlet, story, actor or speaker only. `--query` selects the articles the
store's search finds for Q — its parser and its index (`khabar.store.search.match_clause`), so
clitics, alef-lam and hamza forms find the same articles — for every table and format, with the
other filters; the events download of the API takes `q=` by the same path.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from search_helpers import found
from test_store_support import claims_and_texts
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
from khabar.store import QueryError, Store

PLAIN = {  # key -> text (the text stage only: articles and their words, no layers)
    "hit": "التقى وزير الخارجية بالحوثيين في مسقط أمس.",
    "hamza": "أعلن مسئول في الأمم المتحدة عن مساعدات جديدة.",
    "other": "ارتفعت أسعار النفط في الأسواق العالمية اليوم.",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Two claim documents (an entity, a quote, a future event each; the first in story 7)
    and three plain texts."""
    path = tmp_path_factory.mktemp("ux21bexport") / "q.db"
    ids = claims_and_texts(path, PLAIN)
    with Store(path) as s:
        s.conn.execute("UPDATE articles SET story_id = 7 WHERE id = ?", (ids["sudani"],))
    return path, ids


def _export(path, *args: str, code: int = 0) -> tuple[str, str]:
    r = CliRunner().invoke(cli, ["export", "--db", str(path), *args])
    assert r.exit_code == code, r.output
    return r.stdout, r.stderr


def _docs(out: str) -> set[str]:
    return {json.loads(x)["doc_id"] for x in out.splitlines()}


def _searched(path, ids, query: str, **kw) -> set[str]:
    """The doc ids of the articles the store's search finds (search_helpers.found)."""
    with Store(path, readonly=True) as s:
        s.ids = ids  # type: ignore[attr-defined]
        keys = found(s, query, limit=1000, **kw)
        return {s.get_article(ids[k], document=False)["doc_id"] for k in keys}


@pytest.mark.parametrize("query", ["السوداني", "والسوداني", "العراق", "بالعراق", "عراق",
                                   "الحوثيين", "مسؤول", '"الأمم المتحدة"', "العراق NOT فرهاد"])
def test_the_export_holds_exactly_the_articles_search_finds(db, query):
    path, ids = db
    want = _searched(path, ids, query)
    assert want and len(want) < len(ids)  # each query finds some articles, not all
    assert _docs(_export(path, "-t", "articles", "--query", query)[0]) == want


def test_clitic_alef_lam_and_hamza_forms_find_what_search_finds(db):
    path, ids = db
    # «الحوثيين» finds «بالحوثيين» (a proclitic off); «مسؤول» finds «مسئول» (hamza on ya)
    assert _docs(_export(path, "-t", "articles", "-q", "الحوثيين")[0]) == {
        _searched(path, ids, "بالحوثيين").pop()}
    hamza = _docs(_export(path, "-t", "articles", "-q", "مسؤول")[0])
    assert hamza == _docs(_export(path, "-t", "articles", "-q", "مسئول")[0])
    assert len(hamza) == 1 and "النفط" not in _export(path, "-t", "articles", "-q", "مسؤول")[0]
    # «بالعراق» and «العراق» (alef-lam, a proclitic) find both claim documents, not the rest
    assert _docs(_export(path, "-t", "articles", "-q", "بالعراق")[0]) == {"a", "b"}


def test_every_table_and_format_takes_the_query(db):
    path, _ = db
    quotes = [json.loads(x) for x in _export(path, "-t", "quotes", "-q", "السوداني")[0].splitlines()]
    assert [q["speaker"] for q in quotes] == ["محمد السوداني"]
    events = list(csv.DictReader(io.StringIO(_export(path, "-t", "events", "-f", "csv", "-q",
                                                     "فرهاد")[0])))
    assert [e["doc_id"] for e in events] == ["b"] and events[0]["type"] == "RETREAT"
    entities, _ = _export(path, "-t", "entities", "-q", "العراق")
    assert _docs(entities) == {"a", "b"}


def test_parquet_takes_the_query(db, tmp_path):
    import pyarrow.parquet as pq

    path, _ = db
    out = tmp_path / "e.parquet"
    _export(path, "-t", "events", "-f", "parquet", "-o", str(out), "-q", "السوداني")
    assert pq.read_table(out).column("doc_id").to_pylist() == ["a"]


def test_the_query_combines_with_story_and_dates(db):
    path, _ = db
    assert _docs(_export(path, "-t", "articles", "-q", "العراق", "--story", "7")[0]) == {"a"}
    out, err = _export(path, "-t", "quotes", "-q", "فرهاد", "--story", "7")
    assert out == "" and "no stored article matches --query 'فرهاد' with --story 7" in err
    out, err = _export(path, "-t", "articles", "-q", "الحوثيين", "--to", "2024-08-31")
    assert out == "" and "--query 'الحوثيين'" in err  # the article is of 1 September
    assert _docs(_export(path, "-t", "articles", "-q", "الحوثيين", "--from", "2024-09-01")[0]) \
        == {_searched(path, db[1], "الحوثيين").pop()}


def test_no_match_is_a_note_and_an_empty_or_headers_only_output(db):
    path, _ = db
    out, err = _export(path, "-t", "events", "-q", "زلزال")
    assert out == "" and "exported 0 events rows" in err
    assert "no stored article matches --query 'زلزال'" in err
    out, err = _export(path, "-t", "quotes", "-f", "csv", "-q", "زلزال")
    assert out.strip() and len(out.strip().splitlines()) == 1  # the header row only
    assert "no stored article matches" in err


def test_a_query_that_matches_says_nothing_and_a_blank_one_is_no_filter(db):
    path, ids = db
    # articles found but no quote in them: rows 0, no «no article» note (the articles exist)
    out, err = _export(path, "-t", "quotes", "-q", "النفط")
    assert out == "" and "no stored article" not in err
    assert len(_docs(_export(path, "-t", "articles", "-q", "  ")[0])) == len(ids)


def test_a_query_search_refuses_is_refused_before_anything_is_written(db, tmp_path):
    path, _ = db
    out = tmp_path / "never.csv"
    _, err = _export(path, "-t", "events", "-f", "csv", "-o", str(out), "-q", "(العراق",
                     code=2)
    assert "error:" in err and not out.exists()
    with Store(path, readonly=True) as s, pytest.raises(QueryError):
        list(s.iter_documents(query="AND"))


def test_the_store_streams_the_searched_documents(db):
    path, ids = db
    with Store(path, readonly=True) as s:
        assert [d.id for d in s.iter_documents(query="العراق", story=7)] == ["a"]
        assert len(list(s.iter_documents(query="العراق", batch=1))) == 2
        assert s.event_count(query="العراق") == 2 and s.event_count(query="النفط") == 0
        assert [e["article_id"] for e in s.events(query="السوداني")] == [ids["sudani"]]


def test_the_events_download_takes_q(db):
    path, _ = db
    c = TestClient(create_app(path))
    got = c.get("/api/events", params={"q": "فرهاد"}).json()
    assert got["total"] == 1 and got["items"][0]["doc_id"] == "b"
    assert c.get("/api/events", params={"q": "بالعراق"}).json()["total"] == 2
    assert c.get("/api/events", params={"q": ""}).json()["total"] == 2  # empty: no filter
    rows = c.get("/api/events", params={"q": "السوداني", "format": "csv"}).text.splitlines()
    assert len(rows) == 2 and "محمد السوداني" not in rows[0]
    assert c.get("/api/events", params={"q": "النفط", "format": "jsonl"}).content == b""
    bad = c.get("/api/events", params={"q": "(العراق"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "query.q"
