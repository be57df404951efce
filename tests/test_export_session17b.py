"""The relays export table (session 17, ux17b): one row per intermediary of a quote, with
its kind, offsets, entity and cue.

The quotes row's ``via`` keeps the relays' names only («واس»), so an analyst could not tie
a relay to its mention in the text («وكالة الأنباء السعودية» at 6–28), tell an agency from
a person, nor find the phrase naming it as the channel. The document JSON has them; the
``relays`` table exports them the way ux17's ``participants`` table exports event parties.
"""

from __future__ import annotations

import msgspec
import pytest
import quote_helpers
from test_store_support import claim_document, exported_rows

from khabar.document import Span, Via
from khabar.export.tables import SCHEMAS, rows

pipe = quote_helpers.quotes_pipe


def _doc():
    """claim_document's quote relayed by an agency named in the text (with its cue) and by a
    second, unnamed channel (a name only: no offsets)."""
    doc = claim_document()
    text = doc.text + " بحسب ما أوردت وكالة رويترز."
    at = text.index("وكالة رويترز")
    cue = text.index("بحسب ما أوردت")
    via = [Via(name="رويترز", kind="outlet", start=at, end=at + len("وكالة رويترز"),
               text="وكالة رويترز", entity="E3",
               cue=Span(start=cue, end=cue + len("بحسب ما أوردت"), text="بحسب ما أوردت")),
           Via(name="مصادر", kind="anonymous")]
    doc.text = text
    doc.quotes = [msgspec.structs.replace(doc.quotes[0], via=via),
                  msgspec.structs.replace(doc.quotes[0], id="Q2", via=[])]
    return doc


def test_one_row_per_relay_tied_to_its_mention_and_cue():
    doc = _doc()
    got = rows("relays", doc)
    assert [(r["quote_id"], r["n"], r["name"], r["kind"]) for r in got] == [
        ("Q1", 0, "رويترز", "outlet"), ("Q1", 1, "مصادر", "anonymous")]
    first, second = got
    assert list(first) == SCHEMAS["relays"].names
    assert doc.text[first["start"]:first["end"]] == first["text"] == "وكالة رويترز"
    assert doc.text[first["cue_start"]:first["cue_end"]] == first["cue_text"] == "بحسب ما أوردت"
    assert first["entity"] == "E3"
    # a relay named but not mentioned keeps its name and kind, no invented offsets
    assert (second["text"], second["start"], second["cue_text"], second["entity"]) == (
        None, None, None, None)
    # the quotes row still lists the names, in the same order; the join key is doc_id + id
    (q1,) = [q for q in rows("quotes", doc) if q["id"] == "Q1"]
    assert q1["via"] == [r["name"] for r in got]


def test_a_quote_without_relays_has_no_rows():
    doc = _doc()
    assert not [r for r in rows("relays", doc) if r["quote_id"] == "Q2"]
    doc.quotes = []
    assert rows("relays", doc) == []


def test_the_quote_stages_relays_point_at_the_text(pipe):
    doc = pipe.analyze("ونقلت وكالة الأنباء السعودية عن وزير الخارجية عادل الجبير قوله إن "
                       "المملكة ترفض التدخل.")
    got = rows("relays", doc)
    assert got and all(doc.text[r["start"]:r["end"]] == r["text"] for r in got)
    assert got[0]["text"] == "وكالة الأنباء السعودية" and got[0]["kind"] == "outlet"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_khabar_export_writes_and_reads_back_the_table(tmp_path, fmt):
    got = exported_rows(tmp_path, _doc(), "relays", fmt)
    assert [r["name"] for r in got] == ["رويترز", "مصادر"]
    assert str(got[0]["cue_start"]) == str(_doc().text.index("بحسب"))
    assert got[1]["start"] in (None, "")
