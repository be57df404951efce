"""Session 15 (st15): the API's event rows decode only the events part of each stored
document (khabar.store.event_docs) — the same rows as from the whole document."""

from __future__ import annotations

from fastapi.testclient import TestClient
from test_store_support import claim_document

from khabar.api import create_app
from khabar.export import tables
from khabar.store import Store


def _doc(key: str, speaker: str):
    d = claim_document(doc_id=key, url=f"http://x/{key}", speaker=speaker)
    d.text += f" رقم {key}"  # another text (no layer reaches past the first sentences)
    d.title = f"عنوان {key}"
    return d


def test_event_rows_equal_those_of_the_whole_document(tmp_path):
    db = tmp_path / "s.db"
    with Store(db) as s:
        ids = [s.put(_doc(k, sp)).id for k, sp in (("a", "محمد السوداني"), ("b", "جو بايدن"))]
        whole = [row for i in ids for row in tables.rows("events", s.get_document(i))]
        parts = s.events_documents([ids[1], ids[0], ids[1], 10**6])
        assert sorted(parts) == sorted(ids)  # each article once; an unknown id is absent
        assert [row for i in ids for row in tables.event_rows(parts[i])] == whole
    assert whole[0]["speaker"] == "محمد السوداني" and whole[0]["title"] == "عنوان a"
    c = TestClient(create_app(db))
    for fmt in ("json", "jsonl", "csv"):
        r = c.get("/api/events", params={"format": fmt, "limit": 100000})
        assert r.status_code == 200
    items = c.get("/api/events", params={"limit": 100}).json()["items"]
    assert sorted(({k: v for k, v in it.items() if k != "article_id"} for it in items),
                  key=lambda r: r["event_id"]) == sorted(whole, key=lambda r: r["event_id"])
    csv_text = c.get("/api/events", params={"format": "csv"}).text
    assert "جو بايدن" in csv_text and "عنوان b" in csv_text
