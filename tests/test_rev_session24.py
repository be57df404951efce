"""Product-layer defects session 23's review found (session 24, rev24).

1. The /events page marked an event's trigger where its word FIRST stood in the evidence
   sentence (``sentence.find``): «قتل» inside an earlier «مقتل», the first of two «طلب» —
   129 of the news day's 2,807 events (4.6 %). The store's events table had the trigger's
   offsets but not the sentence's; schema 15 stores ``sentence_start`` and the page marks the
   trigger at its own offset.
2. A story's page marked the reports a search found with ``Backend.story``'s own search
   (``limit=5000``, no ``outlet_country``), while the story list counted its ``matching``
   with ``corpus_ops``' conditions, country included: /stories?q=اليمن&outlet_country=SAU
   counted a story's 2 Saudi reports and its page marked all 3 the search found. One
   ``Store._match_conds`` now serves ``stories``, ``story_matches`` and ``story_matching``.
3. Copies: ``khabar export``, ``khabar events``, ``khabar quotes`` and the API's downloads each
   wrote the formats themselves (standard output three times); one
   ``khabar.export.writers.write_table`` now writes them (the same bytes: news-day outputs cmp'd),
   and one ``Backend.quotes_table`` builds the quotes download — the CLI's jsonl lacked the
   ``doc_id`` the API's jsonl had. ``khabar ingest`` of ``khabar analyze`` output read its lines
   with a reader of its own (``ingest.analysed.file_lines``): a file's byte order mark made its
   first document «not a JSON object» (a one-document file was not taken for analyse output)
   and documents ended by lone CRs were one broken line; it now reads with
   ``io.readers.stream_lines``, the input reader, which also drops a BOM before splitting.
"""

from __future__ import annotations

import re
from html import unescape
from itertools import product

import pytest
from fastapi.testclient import TestClient
from server_helpers import CHROMIUM, served_page
from test_store_support import claim_document, light_pipeline, put_timed_reports, span
from typer.testing import CliRunner

from khabar.api import create_app
from khabar.cli import app as cli
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


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_chromium_the_mark_stands_on_the_verb_not_inside_maqtal(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.put(_doc())
    with served_page(create_app(path)) as (base, page):
        page.goto(f"{base}/events")
        shown = page.locator("td .evsent")
        assert shown.count() == 1 and page.locator("td .evsent mark").inner_text() == "قتل"
        # the marked word is the one after «بعد أن», and «مقتل» stays whole
        text = shown.inner_text()
        assert "مقتل ثلاثة أشخاص بعد أن قتل مسلح" in text
        assert page.evaluate("document.querySelector('td .evsent mark').previousSibling"
                             ".textContent.endsWith('بعد أن ')")


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


# -- 2. one match rule for a story list and a story's page -----------------------------------

YEMEN = ("أعلنت قوات المقاومة الشعبية في اليمن اليوم سيطرتها على مدينة زنجبار عاصمة محافظة أبين "
         "بعد معارك مع ميليشيات الحوثي وقوات صالح استمرت أياما، وقالت مصادر محلية إن القوات "
         "تقدمت نحو مدينة شقرة الساحلية وسط غطاء جوي من طائرات التحالف.")
OIL = ("ارتفعت أسعار النفط في الأسواق العالمية اليوم مع تراجع المخزونات الأمريكية وتوقعات بزيادة "
       "الطلب في آسيا خلال الربع المقبل، وقال محللون إن خام برنت صعد إلى أعلى مستوى له منذ أسابيع.")
# a wire story run by two Saudi outlets and a Qatari one; a story of two Saudi reports
ITEMS = {"y_was": ("was", "07:05", YEMEN), "y_okaz": ("okaz", "09:30", YEMEN + "\nالمصدر: عكاظ"),
         "y_jazeera": ("aljazeera", "11:00", YEMEN + "\nالجزيرة نت"),
         "oil_eqt": ("aleqtisadiya", "08:00", OIL), "oil_yaum": ("alyaum", "10:00", OIL + "\nاليوم")}


@pytest.fixture(scope="module")
def stories_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("rev24stories") / "s.db"
    with Store(path) as s:
        ids = put_timed_reports(s, ITEMS)
        story = s.get_article(ids["y_was"], document=False)["story_id"]
        # the premise: the three Yemen reports are one story, the oil reports another
        assert {s.get_article(ids[k], document=False)["story_id"] for k in ids
                if k.startswith("y_")} == {story}
        assert s.get_article(ids["oil_eqt"], document=False)["story_id"] != story
    return path, ids, story


def test_a_story_marks_the_reports_its_list_counted(stories_db):
    path, ids, story = stories_db
    saudi = sorted([ids["y_was"], ids["y_okaz"]])
    with Store(path) as s:
        (row,) = [r for r in s.stories(query="اليمن", outlet_country="SAU") if r["id"] == story]
        assert row["matching"] == 2 and row["matching_outlets"] == ["okaz", "was"]
        assert s.story_matching(story, query="اليمن", outlet_country="SAU") == saudi
    client = TestClient(create_app(path))
    got = client.get(f"/api/stories/{story}",
                     params={"q": "اليمن", "outlet_country": "sau"}).json()
    assert got["matching"] == saudi  # before: all three reports the search found
    assert client.get(f"/api/stories/{story}", params={"outlet_country": "XXX"}).status_code == 422
    # the list page links the story with its country, and the story page marks those two
    listed = unescape(client.get("/stories", params={"q": "اليمن", "outlet_country": "SAU"}).text)
    (link,) = set(re.findall(rf'href="(/stories/{story}\?[^"]*)"', listed))
    assert "outlet_country=SAU" in link
    html = client.get(link).text
    assert html.count("يطابق البحث</span>") == 2 and "من مصادر بلد" in html
    run = CliRunner().invoke(cli, ["story", str(story), "--db", str(path), "-q", "اليمن",
                                   "--outlet-country", "SAU"])
    assert run.exit_code == 0 and "matching: 2 of 3 reports (okaz 1, was 1)" in run.stderr


@pytest.mark.parametrize("q,outlet,country", [c for c in product(
    [None, "اليمن", "النفط", "زنجبار OR برنت"], [None, "okaz", "alyaum"], [None, "SAU", "QAT"])
    if any(c)])
def test_every_story_row_counts_what_its_story_marks(stories_db, q, outlet, country):
    path, _, _ = stories_db
    with Store(path) as s:
        rows = s.stories(query=q, outlet=outlet, outlet_country=country, min_size=1)
        for r in rows:
            marked = s.story_matching(r["id"], query=q, outlet=outlet, outlet_country=country)
            assert len(marked) == r["matching"] > 0
        matches = s.story_matches(query=q, outlet=outlet, outlet_country=country)
        assert matches["articles"] == sum(r["matching"] for r in rows)
        assert matches["stories"] == len(rows)


# -- 3. one writer, one quotes download -------------------------------------------------------


def test_khabar_quotes_downloads_the_bytes_the_api_does(tmp_path):
    path = tmp_path / "q.db"
    with Store(path) as s:
        s.put(claim_document())
    client = TestClient(create_app(path))
    for fmt, bom in (("jsonl", []), ("csv", []), ("csv", ["--bom"])):
        run = CliRunner().invoke(cli, ["quotes", "--db", str(path), "-f", fmt, *bom])
        api = client.get("/api/quotes", params={"format": fmt, "bom": bool(bom)})
        assert run.exit_code == 0 and api.status_code == 200
        assert run.stdout_bytes == api.content, fmt  # before: the CLI's jsonl had no doc_id
    first = run.stdout_bytes.decode("utf-8")
    assert first.startswith("\ufeffdoc_id,") and "claim1" in first


# one row of a small table, and the bytes each format must hold (written out by hand: a list
# as a JSON array, a missing value as an empty cell in CSV and null in JSON; fix24 — before, the
# test compared write_table with table_bytes, which calls write_table, and could not fail)
QUANTITY = {"doc_id": "d1", "id": "Q1", "value": 3.0, "low": None, "high": None,
            "approx": "about", "unit": "قتيل", "currency": None, "start": 5, "end": 15,
            "text": "ثلاثة قتلى"}
EXPECTED = {
    "csv": ("doc_id,id,value,low,high,approx,unit,currency,start,end,text\r\n"
            "d1,Q1,3.0,,,about,قتيل,,5,15,ثلاثة قتلى\r\n"),
    "jsonl": ('{"doc_id":"d1","id":"Q1","value":3.0,"low":null,"high":null,"approx":"about",'
              '"unit":"قتيل","currency":null,"start":5,"end":15,"text":"ثلاثة قتلى"}\n'),
    "json": ('[\n  {\n    "doc_id": "d1",\n    "id": "Q1",\n    "value": 3.0,\n    "low": null,'
             '\n    "high": null,\n    "approx": "about",\n    "unit": "قتيل",\n    "currency": '
             'null,\n    "start": 5,\n    "end": 15,\n    "text": "ثلاثة قتلى"\n  }\n]\n'),
}
PLACED = {"event_id": "V1", "type": "ASSAULT", "latitude": 33.3, "longitude": 44.4,
          "actor_countries": ["IRQ"]}
GEOJSON = ('{"type":"FeatureCollection","features":[\n{"type":"Feature","id":"V1","geometry":'
           '{"type":"Point","coordinates":[44.4,33.3]},"properties":{"event_id":"V1",'
           '"type":"ASSAULT","actor_countries":["IRQ"]}}\n]}\n')


def test_write_table_writes_a_file_and_standard_output_alike(tmp_path):
    import io

    import pyarrow.parquet as pq

    from khabar.export.writers import MEDIA_TYPES, table_bytes, write_table

    for fmt, want in EXPECTED.items():
        out = io.BytesIO()
        assert write_table("quantities", [QUANTITY], fmt, out) == 1
        assert out.getvalue() == want.encode("utf-8"), fmt
        path = tmp_path / f"q.{fmt}"
        with path.open("wb") as f:  # a file as standard output: the same bytes
            write_table("quantities", [QUANTITY], fmt, f)
        assert path.read_bytes() == want.encode("utf-8") and fmt in MEDIA_TYPES
    assert table_bytes("quantities", [QUANTITY], "csv", bom=True) \
        == ("\ufeff" + EXPECTED["csv"]).encode("utf-8")
    assert table_bytes("events", [PLACED], "geojson") == GEOJSON.encode("utf-8")
    # parquet: the table's schema, the row read back as written
    out = io.BytesIO()
    assert write_table("quantities", [QUANTITY], "parquet", out) == 1
    back = pq.read_table(io.BytesIO(out.getvalue()))
    assert back.column_names == list(QUANTITY) and back.to_pylist() == [QUANTITY]
    # CSV leaves the caller's file open (the text layer is detached, not closed)
    out = io.BytesIO()
    write_table("quantities", [QUANTITY], "csv", out, bom=True)
    assert not out.closed and out.getvalue().startswith("\ufeff".encode())
    with pytest.raises(ValueError):
        write_table("quantities", [QUANTITY], "xml", io.BytesIO())


def test_analyse_output_with_a_bom_and_lone_crs_is_stored_as_analysed(tmp_path):
    from khabar.document import to_json
    from khabar.ingest import Ingestor
    from khabar.ingest.analysed import file_lines, is_analysed
    from khabar.io.readers import byte_lines, read_records

    docs = [claim_document(doc_id=f"rec-{i}", url=f"http://x/{i}", speaker=name)
            for i, name in enumerate(["فؤاد حسين", "فرهاد علاء الدين", "محمد السوداني"])]
    lines = [to_json(d) for d in docs]
    one = tmp_path / "one.jsonl"
    one.write_bytes(b"\xef\xbb\xbf" + lines[0] + b"\r\n")  # saved by a Windows editor
    mixed = tmp_path / "mixed.jsonl"  # a BOM, then old-Mac lone CRs, then a CRLF
    mixed.write_bytes(b"\xef\xbb\xbf" + lines[0] + b"\r" + lines[1] + b"\r\n" + lines[2] + b"\r\n")
    assert list(file_lines(one)) == lines[:1] and list(file_lines(mixed)) == lines
    assert byte_lines(mixed.read_bytes()) == lines  # the same reader, whole or streamed
    assert is_analysed(one) and is_analysed(mixed)
    with Store(tmp_path / "s.db") as s:
        summary = Ingestor(s, light_pipeline()).ingest([str(mixed), str(one)])
        assert (summary.ingested, summary.duplicates, summary.failed) == (3, 1, [])
        assert sorted(r[0] for r in s.conn.execute("SELECT source_id FROM articles")) == [
            "rec-0", "rec-1", "rec-2"]
        assert len(s.events()) == 3  # stored as analysed: the layers kept, not analysed again
    # input records with a BOM and lone CRs split as well (before, the BOM kept them joined)
    recs = tmp_path / "recs.jsonl"
    recs.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "x"}\r{"id": "b", "text": "y"}\n')
    assert [r["id"] for r in read_records(recs)] == ["a", "b"]


def test_a_folder_of_nothing_readable_names_every_type_khabar_reads(tmp_path):
    """The failure of a folder with no readable file listed the types khabar reads by hand
    (without .ndjson .text .csv .tsv .htm .xhtml); it and the summary's «not read» line now
    both name ingest.sources.READ_SUFFIXES."""
    from khabar.ingest.sources import READ_SUFFIXES

    d = tmp_path / "in"
    d.mkdir()
    (d / "notes.log").write_text("log", encoding="utf-8")
    r = CliRunner().invoke(cli, ["ingest", str(d), "--db", str(tmp_path / "s.db"), "--stages",
                                 "text", "--no-progress"])
    said = [line for line in r.stderr.splitlines() if "it reads" in line]
    assert len(said) == 2 and all(f"it reads {READ_SUFFIXES}" in line for line in said)
    assert all(s in READ_SUFFIXES.split() for s in (".ndjson", ".csv", ".tsv", ".htm", ".rss"))


def test_index_errors_turns_an_index_refusal_into_a_query_error():
    """One wrapper (store.search.index_errors) for the seven reads a query can reach."""
    import sqlite3

    from khabar.store.search import QueryError, index_errors

    with pytest.raises(QueryError) as got, index_errors("الحوثي"):
        raise sqlite3.OperationalError("fts5: syntax error near \"\"")
    assert got.value.kind == "index" and "الحوثي" in str(got.value)
    with pytest.raises(sqlite3.OperationalError), index_errors(None):  # no query: as it is
        raise sqlite3.OperationalError("database is locked")
    with pytest.raises(KeyError), index_errors("x"):  # only SQLite's errors are the index's
        raise KeyError("x")
