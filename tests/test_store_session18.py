"""Store.quote_relays reads only the documents whose quotes have a relay (session 18, ux18).

It decompressed the whole stored document of every article asked for, though most quotes
have no relay: the /claims page of the news-day store read 20 documents for 3 relayed
quotes, and each /api/quotes page every article of its 200 quotes. The quotes table's
``via`` says which quotes have relays; the others' documents are no longer read.
"""

from __future__ import annotations

import msgspec
import pytest
from test_store_support import claim_document

from khabar.document import Via
from khabar.export.tables import rows
from khabar.store import Store, core


@pytest.fixture
def store(tmp_path):
    relayed = claim_document(doc_id="r1", url="http://example.org/r1")
    relayed.quotes = [msgspec.structs.replace(relayed.quotes[0], via=[Via(name="واس")]),
                      msgspec.structs.replace(relayed.quotes[0], id="Q2", via=[])]
    plain = claim_document(doc_id="p1", url="http://example.org/p1", speaker="عادل الجبير")
    with Store(tmp_path / "s.db") as s:
        ids = {doc.id: s.put(doc).id for doc in (relayed, plain)}
        yield s, ids, relayed


def _counting(monkeypatch) -> list[int]:
    reads: list[int] = []
    decode = core.relays_document

    def counted(blob):
        reads.append(1)
        return decode(blob)

    monkeypatch.setattr(core, "relays_document", counted)
    return reads


def test_only_documents_with_relayed_quotes_are_read(store, monkeypatch):
    s, ids, relayed = store
    reads = _counting(monkeypatch)
    got = s.quote_relays([ids["p1"], ids["r1"], ids["p1"]])
    assert len(reads) == 1  # the relayed article's document only
    expected = [{k: v for k, v in r.items() if k not in ("doc_id", "quote_id")}
                for r in rows("relays", relayed)]
    assert got == {ids["r1"]: {"Q1": expected}}  # Q2 (no relay) absent, as before
    assert [r["name"] for r in got[ids["r1"]]["Q1"]] == ["واس"]


def test_no_document_read_when_no_quote_has_a_relay(store, monkeypatch):
    s, ids, _ = store
    reads = _counting(monkeypatch)
    assert s.quote_relays([ids["p1"]]) == {} and s.quote_relays([]) == {}
    assert s.quote_relays([ids["p1"] + 1000]) == {}
    assert reads == []
