"""A plan in an article's events panel is not dated as if it happened (session 23, ux23).

evl22 marked an event whose date is the dateline only as the day it was REPORTED (a plan, a
hypothesis, a negated act, a retold past: `EventDate.report_day`), and ux22b showed it on
the /events, actor and story pages («(تاريخ النشر لا تاريخ الحدث)»). The article page's
events panel — where ux23's walk read the example's planned withdrawals — still gave such an
event the bare dateline (««الانسحاب» · مستقبلي … 2024-09-06»), as if the withdrawal had
happened on the report's day. It now carries the same note; an event dated by the text or
an asserted event of the report's day does not.
"""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from test_store_support import claim_document

from khabar.api import create_app
from khabar.document import EventDate
from khabar.store import Store

NOTE = "(تاريخ النشر لا تاريخ الحدث)"


def _panel(html: str) -> list[str]:
    """The rows of the article page's events panel, as text."""
    section = html.split("<h2>الأحداث")[1].split("</section>")[0]
    return [re.sub(r"<[^>]+>", " ", row) for row in section.split("<tr>")[2:]]


def test_the_events_panel_marks_a_report_day_date(tmp_path):
    plan = claim_document(doc_id="p", url="http://x/p")
    plan.events[0].date = EventDate(value="2024-09-06", source="dateline", report_day=True)
    dated = claim_document(doc_id="d", url="http://x/d", speaker="فرهاد علاء الدين")
    asserted = claim_document(doc_id="a", url="http://x/a", speaker="علي الأديب")
    asserted.events[0].modality = "asserted"
    asserted.events[0].date = EventDate(value="2024-09-06", source="dateline")
    with Store(tmp_path / "s.db") as s:
        ids = {k: s.put(doc).id for k, doc in (("plan", plan), ("dated", dated),
                                               ("asserted", asserted))}
    c = TestClient(create_app(tmp_path / "s.db"))
    rows = {k: _panel(c.get(f"/articles/{i}").text) for k, i in ids.items()}
    assert len(rows["plan"]) == 1 and NOTE in rows["plan"][0] and "2024-09-06" in rows["plan"][0]
    assert "مستقبلي" in rows["plan"][0]
    assert len(rows["dated"]) == 1 and "2025-09" in rows["dated"][0] and NOTE not in rows["dated"][0]
    assert len(rows["asserted"]) == 1 and NOTE not in rows["asserted"][0]
    # the /events page says the same of the same event (ux22b)
    events = c.get("/events").text
    assert events.count(NOTE) == 1


def test_a_metadata_record_naming_its_txt_is_titled_like_the_txt(tmp_path):
    """The shipped example is a metadata record (`us-iraq-withdrawal.json`: id, `file`,
    published, no title) beside its `.txt`. `khabar ingest ../shared/examples/` stored it
    untitled — the record wins (it comes first and carries the dateline) and the `.txt`, which
    ingest would title by its first line, is its duplicate — so lists, exports and the API gave
    the example no title. A record whose text comes from a plain-text file is now titled as that
    file is (`khabar.ingest.headline`); the record itself keeps no title (`khabar analyze --input`
    reads it as before: tests/test_ux_session21_inputs.py)."""
    import json

    from typer.testing import CliRunner

    from khabar.cli import app as cli
    from khabar.io.readers import read_records

    head = "وول ستريت جورنال تكشف خطوات الانسحاب"
    body = "كشفت صحيفة وول ستريت جورنال أن القوات ستغادر العراق بحلول سبتمبر 2025."
    folder = tmp_path / "ex"
    folder.mkdir()
    (folder / "art.txt").write_text(f"\n\n{head}\n\n{body}\n", encoding="utf-8")
    (folder / "art.json").write_text(json.dumps({"id": "art", "file": "art.txt",
                                                 "published": "2024-09-06"}), encoding="utf-8")
    (rec,) = read_records(folder / "art.json")
    assert rec["text_file"] == "art.txt" and rec["title"] is None
    r = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "s.db"),
                                 "--no-progress", "--stages", "text"])
    assert "ingested 1" in r.output and "skipped as duplicate 1" in r.output
    with Store(tmp_path / "s.db", readonly=True) as s:
        (row,) = s.list_articles()
        assert (row["title"], row["published"], row["source_id"]) == (head, "2024-09-06", "art")
        assert s.get_article(row["id"], document=False)["text"].startswith("\n\n" + head)
    # a title the record gives wins, and one-line texts stay untitled (the .txt rule)
    (folder / "art.json").write_text(json.dumps({"id": "art", "file": "art.txt",
                                                 "title": "عنوان السجل"}), encoding="utf-8")
    r = CliRunner().invoke(cli, ["ingest", str(folder / "art.json"), "--db",
                                 str(tmp_path / "t.db"), "--no-progress", "--stages", "text"])
    with Store(tmp_path / "t.db", readonly=True) as s:
        assert s.list_articles()[0]["title"] == "عنوان السجل"
