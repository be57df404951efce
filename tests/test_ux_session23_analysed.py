"""`khabar ingest` of what `khabar analyze --input` wrote (session 23, ux23).

ux23's walk fed a bad batch through `khabar analyze --input` (every record an output line or
an error record) and then into the store. `khabar ingest out.jsonl` read the analysed file as
raw records: each document was analysed again (its layers thrown away) and each error record
failed as «RecordError: missing 'text'», its own reason (EmptyText, DocumentTooLarge …) lost.
Now such a file is stored as it was analysed — the same articles, documents and layer rows as
`khabar ingest` of the input records (news-day sample of 40: every doc_json byte-equal,
/tmp/ux23/eq/cmp.py) — and each error record fails with its own type and message.
"""

from __future__ import annotations

import json

import orjson
from test_store_support import claim_document, light_pipeline, news_articles
from typer.testing import CliRunner

from khabar.cli import app as cli
from khabar.document import to_json
from khabar.ingest import Ingestor
from khabar.ingest.analysed import is_analysed, read_analysed
from khabar.pipeline import _content_id
from khabar.store import Store


def _records(n: int) -> list[dict]:
    return [{"id": f"r{i}", "text": a["content"].strip(), "title": a.get("title"),
             "published": "2015-08-10", "outlet": a.get("source"), "url": a.get("url")}
            for i, a in enumerate(news_articles(n, start=300))]


def _analysed(records: list[dict]) -> list[bytes]:
    """The lines `khabar analyze --input` writes for ``records`` (the text stage only)."""
    pipe = light_pipeline()
    return [to_json(pipe.analyze(r["text"], id=r["id"], title=r["title"],
                                 published=r["published"], outlet=r["outlet"], url=r["url"]))
            for r in records]


def test_analysed_output_is_stored_as_the_raw_ingest_stores_it(tmp_path):
    records = _records(4)
    raw = tmp_path / "in.jsonl"
    raw.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"\n".join(_analysed(records)) + b"\n")
    assert is_analysed(out) and not is_analysed(raw)
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        sa = Ingestor(a, light_pipeline()).ingest([str(out)])
        sb = Ingestor(b, light_pipeline()).ingest([str(raw)])
        assert (sa.ingested, len(sa.failed)) == (sb.ingested, len(sb.failed)) == (4, 0)
        rows = {s: {r[0]: r[1:] for r in s.conn.execute(
            "SELECT source_id, doc_id, title, outlet, published, url, doc_json FROM articles")}
            for s in (a, b)}
        assert rows[a] == rows[b] and set(rows[a]) == {"r0", "r1", "r2", "r3"}
        for r in records:  # keyed by the text as khabar ingest keys it, not by the record id
            assert rows[a][r["id"]][0] == _content_id(r["text"])


def test_an_analysed_document_keeps_its_layers(tmp_path):
    doc = claim_document(doc_id="rec-7", url="http://x/7")  # a quote, a future event, a claim
    out = tmp_path / "out.jsonl"
    out.write_bytes(to_json(doc) + b"\n")
    with Store(tmp_path / "s.db") as s:
        summary = Ingestor(s, light_pipeline()).ingest([str(out)])  # analysing would lose them
        assert summary.ingested == 1
        [ev] = s.events()
        assert ev["type"] == "RETREAT" and ev["modality"] == "future"
        assert [q["speaker"] for q in s.quotes()] == ["محمد السوداني"]
        assert len(s.claims()) == 1
        art = s.get_article("rec-7", document=False)  # found by the record's id
        assert (art["doc_id"], art["source_id"], art["url"]) == (
            _content_id(doc.text), "rec-7", "http://x/7")


def test_error_records_fail_with_their_own_reasons(tmp_path):
    good = _analysed(_records(1))[0]
    lines = [good,
             b'{"id":"e1","error":{"type":"EmptyText","message":"text is empty"}}',
             b'{"id":"e2","error":{"type":"DocumentTooLarge","message":"document has 2,100,000 characters"}}',
             b"", b'{"id": "broken']
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"\n".join(lines) + b"\n")
    r = CliRunner().invoke(cli, ["ingest", str(out), "--db", str(tmp_path / "s.db"), "--stages",
                                 "text", "--no-progress"])
    assert r.exit_code == 0, r.output
    assert "ingested 1, updated 0, skipped as duplicate 0, failed 4" in r.stderr
    assert f"{out}:e1: EmptyText: text is empty (an error record of khabar analyze)" in r.stderr
    assert f"{out}:e2: DocumentTooLarge: document has 2,100,000 characters" in r.stderr
    assert f"{out}:line 4: RecordError: line 4 is empty" in r.stderr
    assert f"{out}:line 5: RecordError: line 5 is not a JSON object" in r.stderr
    assert "missing 'text'" not in r.stderr
    # an input record past the lines that decided the file: a failure that says so
    [(where, doc, reason)] = read_analysed([orjson.dumps({"id": "raw", "text": "نص"})], "f")
    assert (where, doc) == ("f:raw", None) and "line 1 is not an analysed document" in reason


def test_input_records_are_still_analysed(tmp_path):
    records = _records(2)
    raw = tmp_path / "in.jsonl"
    raw.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    assert not is_analysed(raw)
    # an input record among the first lines: the whole file is input (a document line in it
    # is a record with a text, analysed again as before)
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(json.dumps(records[0], ensure_ascii=False).encode() + b"\n"
                      + _analysed(records[1:])[0] + b"\n")
    assert not is_analysed(mixed)
    as_json = tmp_path / "out.json"  # not JSON Lines: never read as analyse output
    as_json.write_bytes(_analysed(records[:1])[0])
    assert not is_analysed(as_json)
    errors_only = tmp_path / "errors.jsonl"
    errors_only.write_bytes(b'{"id":"e1","error":{"type":"EmptyText","message":"text is empty"}}\n')
    assert not is_analysed(errors_only)  # nothing analysed: read as input, as before


def test_parallel_ingest_stores_analysed_documents_too(tmp_path):
    records = _records(3)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"\n".join(_analysed(records)) + b"\n")
    r = CliRunner().invoke(cli, ["ingest", str(out), "--db", str(tmp_path / "s.db"), "--stages",
                                 "text", "--no-progress", "--workers", "2"])
    assert r.exit_code == 0, r.output
    assert "ingested 3, updated 0, skipped as duplicate 0, failed 0" in r.stderr
    again = CliRunner().invoke(cli, ["ingest", str(out), "--db", str(tmp_path / "s.db"),
                                     "--stages", "text", "--no-progress"])
    assert "ingested 0, updated 0, skipped as duplicate 3, failed 0" in again.stderr
