"""Product-layer defects session 23's review found (session 24, rev24).

1. The /events page marked an event's trigger where its word FIRST stood in the evidence
   sentence (``sentence.find``): «قتل» inside an earlier «مقتل», the first of two «طلب» —
   129 of the news day's 2,807 events (4.6 %). The store's events table had the trigger's
   offsets but not the sentence's; schema 15 stores ``sentence_start`` and the page marks the
   trigger at its own offset.
"""

from __future__ import annotations

from html import unescape

from fastapi.testclient import TestClient
from test_store_support import light_pipeline, span

from khabar.api import create_app
from khabar.document import Document, Event, Span
from khabar.store import Store
from khabar.store.migrations import SCHEMA_VERSION
from khabar.web.render import evidence

# the trigger «قتل» of the second sentence stands after «مقتل», which holds the same letters
TEXT = ("افتتح الوزير المعرض صباح اليوم. "
        "وأعلنت الشرطة مقتل ثلاثة أشخاص بعد أن قتل مسلح حارسا في السوق.")
RIGHT = "مقتل ثلاثة أشخاص بعد أن <mark>قتل</mark> مسلح"
FIRST = "م<mark>قتل</mark> ثلاثة"  # where sentence.find(«قتل») stands


def _doc() -> Document:
    start = TEXT.index("وأعلنت")
    sentence = Span(start=start, end=len(TEXT), text=TEXT[start:])
    trigger = span(TEXT, "قتل", nth=1)  # the verb, not the letters inside «مقتل»
    assert TEXT[trigger.start - 1] == " "
    doc = Document(id="kill", text=TEXT, published="2015-08-10", outlet="wire",
                   url="http://x/kill", title="مقتل حارس",
                   events=[Event(id="V1", type="ASSAULT", mode="kill", trigger=trigger,
                                 sentence=sentence)])
    doc.sentences = light_pipeline().stages[0](doc)
    doc.pipeline_version = "0.1.0"
    return doc


def test_evidence_marks_the_trigger_at_its_own_offset():
    doc = _doc()
    ev = doc.events[0]
    sentence, trigger = ev.sentence.text, ev.trigger.text
    assert RIGHT in str(evidence(sentence, trigger, ev.trigger.start, ev.sentence.start))
    # without offsets (a read-only store from before schema 15): the first occurrence, as before
    assert FIRST in str(evidence(sentence, trigger))
    # offsets that do not point at the trigger (another text) fall back to its word
    assert FIRST in str(evidence(sentence, trigger, ev.trigger.start + 3, ev.sentence.start))
    # a sentence stored with a leading space: the offset is the unstripped sentence's
    assert RIGHT in str(evidence(" " + sentence, trigger, ev.trigger.start + 1, ev.sentence.start))


def test_the_events_page_marks_the_trigger_at_its_offset(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.put(_doc())
        (row,) = s.events()
        assert row["sentence_start"] == TEXT.index("وأعلنت")
        assert TEXT[row["trigger_start"]:row["trigger_end"]] == "قتل"
    html = unescape(TestClient(create_app(path)).get("/events").text)
    assert RIGHT in html and FIRST not in html


def test_a_store_from_before_schema_15_is_read_as_before_and_migrated(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.put(_doc())
        s.conn.execute("ALTER TABLE events DROP COLUMN sentence_start")
        s.conn.execute("PRAGMA user_version = 14")
    with Store(path, readonly=True) as s:  # read as it is: no sentence start (the page
        assert [r["sentence_start"] for r in s.events()] == [None]  # marks the first word)
    html = unescape(TestClient(create_app(path)).get("/events").text)  # the server migrates
    assert RIGHT in html and FIRST not in html
    with Store(path, readonly=True) as s:  # filled from the stored document
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 15
        assert [r["sentence_start"] for r in s.events()] == [TEXT.index("وأعلنت")]
