"""Listed events say when they are not news of something that happened (session 17, ux17).

The actor page and the story page listed every event of an actor or a story as a plain row
(date, type, who, trigger): a negated event («لم تهاجم»), a hypothetical or a planned one read
as an event that happened, and a past event retold (PLOVER's ``historical``, «منذ انطلاق
التمرد عام 1984») as news of its year. The /events page showed the modality but neither the
hedge nor the retelling, and the store's events table had no ``historical`` column at all
(schema 12 adds it). On the news day 475 events are linked to an actor, 68 of them negated,
hypothetical, future, hedged or retold; 294 of the 1,534 events of stories of two or more
reports are.
"""

from __future__ import annotations

import re
from pathlib import Path

import msgspec
import pytest
from fastapi.testclient import TestClient
from server_helpers import CHROMIUM, served_page
from test_store_support import claim_document

from khabar.api import create_app
from khabar.store import Store
from khabar.web.render import event_notes

# one article, four events with the same participants: only V1 is plain news
FLAGS = {"V1": {"modality": "asserted"}, "V2": {"modality": "negated"},
         "V3": {"modality": "asserted", "historical": True},
         "V4": {"modality": "asserted", "hedged": True}}
NOTES = {"V1": "", "V2": "منفي", "V3": "حدث سابق يُستعاد", "V4": "بتحفظ"}


def _doc(doc_id: str = "flags1", url: str = "http://example.org/flags1"):
    doc = claim_document(doc_id=doc_id, url=url, published="2015-08-10")
    base = doc.events[0]
    doc.events = [msgspec.structs.replace(base, id=i, attributed_to=None, **f)
                  for i, f in FLAGS.items()]
    return doc


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.put(_doc())
    return path


def _rows(html: str) -> list[str]:
    """The table rows of a page that show the events' trigger (not the statements that
    quote it: an actor page lists what was said about the actor since session 22)."""
    return [r for r in re.findall(r"<tr>(.*?)</tr>", html, re.S)
            if "ستنسحب" in r and 'class="qtext"' not in r]


def _notes(html: str) -> list[str]:
    return [n.strip("()") for n in re.findall(r'class="evnote">([^<]*)<', html)]


def test_event_notes_name_what_is_not_plain_news():
    assert event_notes({"modality": "asserted"}) == ""
    assert event_notes({"modality": "asserted", "hedged": False, "historical": None}) == ""
    assert event_notes({"modality": "negated"}) == "منفي"
    assert event_notes({"modality": "future", "hedged": True}) == "مستقبلي، بتحفظ"
    assert event_notes({"modality": "negated"}, modality=False) == ""  # a column shows it
    ev = _doc().events[2]  # a Document's Event as well as a store row
    assert event_notes(ev) == "حدث سابق يُستعاد"


def test_store_rows_and_timelines_carry_the_flags(db):
    with Store(db) as s:
        rows = {r["id"]: r for r in s.events()}
        assert {i: r["historical"] for i, r in rows.items()} == {
            "V1": False, "V2": False, "V3": True, "V4": False}
        assert rows["V4"]["hedged"] is True and rows["V1"]["hedged"] is False
        actor = s.entity("العراق")["id"]
        items = {t["id"]: t for t in s.timeline(actor=actor) if t["kind"] == "event"}
        assert items["V3"]["historical"] is True and items["V1"]["historical"] is False
        assert items["V2"]["modality"] == "negated" and items["V4"]["hedged"] is True


def test_actor_page_marks_negated_retold_and_hedged_events(db):
    c = TestClient(create_app(db))
    with Store(db) as s:
        actor = s.entity("العراق")["id"]
    html = c.get(f"/entities/{actor}").text
    assert sorted(_notes(html)) == sorted(n for n in NOTES.values() if n)
    rows = _rows(html)
    assert len(rows) == 4 and sum("evnote" in r for r in rows) == 3  # V1 unmarked


def test_events_and_article_pages_add_hedge_and_retelling_to_the_modality(db):
    c = TestClient(create_app(db))
    html = c.get("/events").text
    # the modality column already says «منفي»: the note adds only what it does not say
    assert sorted(_notes(html)) == ["بتحفظ", "حدث سابق يُستعاد"]
    assert html.count("منفي") == 1
    with Store(db) as s:
        article = s.events()[0]["article_id"]
    assert sorted(_notes(c.get(f"/articles/{article}").text)) == ["بتحفظ", "حدث سابق يُستعاد"]


def test_story_page_marks_events(tmp_path):
    path = tmp_path / "st.db"
    with Store(path) as s:
        s.put(_doc())
        s.put(_doc("flags2", "http://example.org/flags2"))  # a second report of the story
        s.refresh_corpus("2015-08-01")
        story = s.conn.execute("SELECT story_id FROM articles WHERE story_id IS NOT NULL"
                               ).fetchone()[0]
    html = TestClient(create_app(path)).get(f"/stories/{story}").text
    notes = _notes(html)
    assert notes and set(notes) <= {"منفي", "حدث سابق يُستعاد", "بتحفظ"}
    assert "منفي" in notes


def test_migration_12_fills_historical_and_an_old_read_only_store_marks_nothing(db):
    from khabar.store.migrations import SCHEMA_VERSION

    with Store(db) as s:
        s.conn.execute("ALTER TABLE events DROP COLUMN historical")
        s.conn.execute("PRAGMA user_version = 11")
    with Store(db, readonly=True) as s:  # as it is: not known, so not marked
        rows = {r["id"]: r for r in s.events()}
        assert {r["historical"] for r in rows.values()} == {None}
        assert rows["V4"]["hedged"] is True
        actor = s.entity("العراق")["id"]
        assert all(t.get("historical") is None for t in s.timeline(actor=actor))
    with Store(db) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 12
        assert dict(s.conn.execute("SELECT id, historical FROM events")) == {
            "V1": 0, "V2": 0, "V3": 1, "V4": 0}


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
def test_in_a_browser_the_actor_page_says_which_events_did_not_happen(db):
    with Store(db) as s:
        actor = s.entity("العراق")["id"]
    with served_page(create_app(db)) as (base, page):
        page.goto(f"{base}/entities/{actor}")
        # the event rows (not the statements about the actor that quote the trigger: session 22)
        rows = page.locator("tr:not(:has(td.qtext))", has_text="ستنسحب")
        texts = [rows.nth(i).inner_text() for i in range(rows.count())]
    assert len(texts) == 4
    assert sum("منفي" in t for t in texts) == 1
    assert sum("حدث سابق" in t for t in texts) == 1
    assert sum(not any(n and n in t for n in NOTES.values()) for t in texts) == 1


# -- an actor's articles: its page lists 20, /articles?entity= lists every one -------------

NAMES = ["علي", "حسن", "سعيد", "خالد", "عمر", "يوسف", "سالم", "ناصر", "فهد", "ماجد", "طارق",
         "وليد", "هاني", "رامي", "زياد", "باسم", "نبيل", "جمال", "كمال", "منير", "عادل"]


@pytest.fixture
def many(tmp_path) -> Path:
    """21 articles mentioning العراق (each a different speaker: different texts)."""
    path = tmp_path / "many.db"
    with Store(path) as s:
        for i, name in enumerate(NAMES):
            s.put(claim_document(doc_id=f"m{i}", url=f"http://example.org/m{i}",
                                 speaker=f"{name} الجبوري", published="2015-08-10"))
    return path


def test_the_actor_page_links_to_all_its_articles_when_it_lists_fewer(many, db):
    c = TestClient(create_app(many))
    with Store(many) as s:
        iraq = s.entity("العراق")
    assert iraq["n_articles"] == 21 and len(iraq["articles"]) == 20
    html = c.get(f"/entities/{iraq['id']}").text
    assert f'href="/articles?entity={iraq["id"]}" id="all-articles"' in html
    assert "(21)" in html
    # an actor whose page lists all its articles has no such link
    with Store(db) as s:
        one = s.entity("العراق")["id"]
    assert 'id="all-articles"' not in TestClient(create_app(db)).get(f"/entities/{one}").text


def test_articles_page_lists_an_actors_articles_by_id_or_name_and_pages_them(many):
    c = TestClient(create_app(many))
    with Store(many) as s:
        iraq = s.entity("العراق")["id"]
        other = s.entity(f"{NAMES[0]} الجبوري")["id"]
    first = c.get(f"/articles?entity={iraq}").text
    assert "(21)" in first and 'name="entity"' in first and "إزالة" in first
    second = c.get(f"/articles?entity={iraq}&offset=20").text
    assert len(set(re.findall(r'href="/articles/(\d+)"', second))) == 1
    assert "(21)" in c.get("/articles?entity=العراق").text
    one = c.get(f"/articles?entity={other}").text
    assert "(1)" in one  # one speaker: one article, not the 21 of the list
    assert c.get("/articles?entity=لا_أحد_بهذا_الاسم").status_code == 404
    assert "(21)" in c.get("/articles").text and 'name="entity"' not in c.get("/articles").text


# -- an article without a title is listed by its first line, not its content hash ----------

HEADLINE = "وول ستريت جورنال تكشف خطوات الانسحاب الأمريكي من العراق"
BODY = ("كشفت صحيفة وول ستريت جورنال أن مئات الجنود الأمريكيين سيغادرون العراق بحلول سبتمبر "
        "2025، وقال مسؤول أمريكي إن الاتفاق سيعلن الأسبوع المقبل.")


def test_lead_is_the_first_line_cut_at_a_word():
    from khabar.web.render import HEADLINE_CHARS, lead

    assert lead(f"\n\n  {HEADLINE}\n\n{BODY}") == HEADLINE
    long = lead(BODY)
    assert long.endswith("…") and len(long) <= HEADLINE_CHARS + 1
    assert BODY.startswith(long[:-1]) and long[-2] != " "
    assert lead("") == lead(None) == lead(" \n ") == ""


def test_pages_list_an_untitled_article_by_its_first_line(tmp_path):
    from khabar import Pipeline

    path = tmp_path / "t.db"
    pipe = Pipeline(stages=["text", "entities"])
    with Store(path) as s:
        untitled = s.put(pipe.analyze(f"{HEADLINE}\n\n{BODY}", published="2024-09-06")).id
        titled = s.put(pipe.analyze(BODY + " وأضاف.", published="2024-09-06",
                                    title="عنوان المقال")).id
        doc_id = s.get_article(untitled, document=False)["doc_id"]
    c = TestClient(create_app(path))
    for url in ("/", "/articles", "/search?q=جورنال"):
        html = c.get(url).text
        assert HEADLINE in html and doc_id not in html, url
    listed = c.get("/articles").text
    assert "عنوان المقال" in listed and listed.count(HEADLINE) == 1  # the title, not a lead
    page = c.get(f"/articles/{untitled}").text
    assert f"<title>{HEADLINE} · khabar</title>" in page
    assert "<title>عنوان المقال · khabar</title>" in c.get(f"/articles/{titled}").text
