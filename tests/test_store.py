"""The store: one transaction per article, no duplicates, re-analysis, migrations, views."""

from __future__ import annotations

import sqlite3

import pytest
from test_store_support import claim_document, entity, light_pipeline

from khabar.document import Document
from khabar.export.tables import SCHEMAS
from khabar.store import Store
from khabar.store.migrations import SCHEMA_VERSION
from khabar.store.rows import EVENT_COLUMNS


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        yield s


def _doc(text: str, url: str | None = None, published: str = "2024-09-06", version: str = "0.1.0"):
    doc = light_pipeline().analyze(text, url=url, published=published, outlet="o")
    doc.pipeline_version = version
    return doc


def test_schema_is_migrated_and_wal(tmp_path):
    path = tmp_path / "m.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Re-opening runs no migration again and keeps the data.
    with Store(path) as s:
        s.put(_doc("نص أول عن الاقتصاد في الرياض.", "http://a/1"))
    with Store(path) as s:
        assert s.count() == 1


def test_layer_tables_hold_every_export_column(store):
    for table in ("entities", "times", "quantities", "quotes", "events"):
        cols = {r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")}
        wanted = set(EVENT_COLUMNS) if table == "events" else set(SCHEMAS[table].names) - {"doc_id"}
        assert not wanted - cols, (table, wanted - cols)


def test_same_url_or_same_text_is_not_duplicated(store):
    first = store.put(_doc("قال الوزير إن الاجتماع ناجح.", "http://a/1"))
    assert first.status == "inserted"
    assert store.put(_doc("قال الوزير إن الاجتماع ناجح.", "http://a/1")).status == "duplicate"
    # Same text under another URL, with diacritics and a hamza variant: still a duplicate.
    again = store.put(_doc("قَالَ الوزير ان الاجتماع ناجح.", "http://b/2"))
    assert again.status == "duplicate" and again.id == first.id
    assert store.count() == 1


def test_changed_text_at_same_url_updates(store):
    store.put(_doc("خبر أول عن المطر.", "http://a/1"))
    res = store.put(_doc("خبر معدل عن المطر الغزير.", "http://a/1"))
    assert res.status == "updated"
    assert store.count() == 1
    assert "الغزير" in store.get_article(res.id)["text"]
    assert store.search("الغزير")[0]["id"] == res.id
    assert store.search("أول") == []


def test_newer_pipeline_version_replaces_layers(store):
    doc = claim_document()
    doc.pipeline_version = "0.1.0"
    res = store.put(doc)
    assert store.stats()["events"] == 1
    older = claim_document()
    older.events = []
    older.pipeline_version = "0.1.0"
    assert store.put(older).status == "duplicate"
    newer = claim_document()
    newer.events = []
    newer.pipeline_version = "0.2.0"
    assert store.put(newer).status == "reanalysed"
    stats = store.stats()
    assert stats["articles"] == 1 and stats["events"] == 0 and stats["claims"] == 0
    assert stats["entities"] == 2  # replaced, not appended
    assert store.get_document(res.id).pipeline_version == "0.2.0"


def test_failure_mid_write_leaves_no_half_article(store, monkeypatch):
    doc = claim_document()

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_write_layers", boom)
    with pytest.raises(RuntimeError):
        store.put(doc)
    monkeypatch.undo()
    stats = store.stats()
    assert stats["articles"] == 0 and stats["entities"] == 0 and stats["actors"] == 0
    assert store.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 0
    assert store.put(claim_document()).status == "inserted"


def test_document_round_trips_through_store(store):
    doc = claim_document()
    res = store.put(doc)
    back = store.get_document(res.id)
    assert back == doc
    art = store.get_article(doc.id)
    assert art["id"] == res.id and art["document"]["events"][0]["type"] == "RETREAT"


def test_claims_due_and_overdue(store):
    store.put(claim_document())
    due = store.claims(as_of="2025-01-01")
    assert len(due) == 1
    c = due[0]
    assert c["due"] == "2025-09-30" and c["status"] == "due" and c["due_text"] == "سبتمبر 2025"
    assert c["speaker"] == "محمد السوداني" and c["event_type"] == "RETREAT"
    assert store.claims(as_of="2025-10-01")[0]["status"] == "overdue"
    assert store.claims(as_of="2025-10-01", status="due") == []
    assert store.claims(due_before="2025-06-30") == []


def test_claim_needs_attribution_and_future_due_date(store):
    unattributed = claim_document(doc_id="c2", url="http://example.org/c2")
    unattributed.quotes = []
    unattributed.events[0].attributed_to = None
    store.put(unattributed)
    past = claim_document(doc_id="c3", url="http://example.org/c3", published="2026-01-01",
                          speaker="علي الشمري")
    store.put(past)  # due date before the dateline: not a claim
    assert store.claims(as_of="2024-01-01") == []


def test_actors_merge_across_documents(store):
    text1 = "قال الرئيس الأمريكي باراك أوباما إن المحادثات مستمرة."
    d1 = _doc(text1, "http://a/1")
    d1.entities = [entity(text1, "باراك أوباما", "T1", "E1", "PERS", "باراك أوباما", "USA")]
    text2 = "وصل أوباما إلى الرياض في زيارة رسمية."
    d2 = _doc(text2, "http://a/2")
    d2.entities = [entity(text2, "أوباما", "T1", "E1", "PERS", "باراك أوباما"),
                   entity(text2, "الرياض", "T2", "E2", "LOC", "الرياض", "SAU")]
    text3 = "التقى اوباما بالمسؤولين في واشنطن."  # spelling without hamza
    d3 = _doc(text3, "http://a/3")
    d3.entities = [entity(text3, "اوباما", "T1", "E1", "PERS", "اوباما")]
    for d in (d1, d2, d3):
        store.put(d)
    actor_ids = {r[0] for r in store.conn.execute(
        "SELECT actor_id FROM entities WHERE label = 'PERS'")}
    assert len(actor_ids) == 1
    obama = store.entity(actor_ids.pop())
    assert obama["n_articles"] == 3 and obama["country"] == "USA"
    assert store.entity("أوباما")["id"] == obama["id"]
    assert [r["id"] for r in obama["related"]] == [store.entity("الرياض")["id"]]
    assert store.count(entity="اوباما") == 3
    assert store.count(entity="الرياض") == 1


def _person(store, n: int, text: str, needle: str) -> int:
    d = _doc(text, f"http://p/{n}")
    d.entities = [entity(text, needle, "T1", "E1", "PERS", needle)]
    store.put(d)
    return store.conn.execute(
        "SELECT e.actor_id FROM entities e JOIN articles a ON a.id = e.article_id"
        " WHERE a.url = ?", (f"http://p/{n}",)).fetchone()[0]


def test_bare_family_name_seen_first_joins_the_one_full_name(store):
    # The bare name first (the news day: «أوباما» ×69 and «باراك أوباما» ×13 were two actors).
    bare = _person(store, 1, "قال أوباما إن المحادثات مستمرة.", "أوباما")
    full = _person(store, 2, "وصل باراك أوباما إلى الرياض.", "باراك أوباما")
    again = _person(store, 3, "رد أوباما على المنتقدين.", "أوباما")
    assert bare == full == again
    assert store.entity(full)["name"] == "باراك أوباما"
    # Another full name with that family name is someone else.
    assert _person(store, 4, "قالت ميشيل أوباما إن الحملة ناجحة.", "ميشيل أوباما") != full


def test_bare_family_name_after_full_names(store):
    full = _person(store, 1, "قال جون كيري إن الاتفاق قريب.", "جون كيري")
    assert _person(store, 2, "وصل كيري إلى القاهرة.", "كيري") == full
    # Two people carry الأسد: a bare «الأسد» links to neither by its family name.
    bashar = _person(store, 3, "قال بشار الأسد إن الحرب طويلة.", "بشار الأسد")
    hafez = _person(store, 4, "حكم حافظ الأسد سوريا ثلاثين عاما.", "حافظ الأسد")
    assert bashar != hafez
    assert _person(store, 5, "قال الأسد إن الحرب طويلة.", "الأسد") not in (bashar, hafez)


def test_given_names_and_patronymics_are_no_family_names(store):
    # a name after بن is the father's (محمد بن سلمان is not «سلمان»); a given name alone
    # (ناصر، محمد) names no one in particular
    mbs = _person(store, 1, "التقى محمد بن سلمان الوفد.", "محمد بن سلمان")
    assert _person(store, 2, "استقبل سلمان الوفد.", "سلمان") != mbs
    yusuf = _person(store, 3, "قال يوسف ناصر إن الفريق جاهز.", "يوسف ناصر")
    assert _person(store, 4, "قال ناصر إن الفريق جاهز.", "ناصر") != yusuf


def test_actors_with_conflicting_countries_stay_apart(store):
    t1 = "زار محمد بن سلمان باريس."
    d1 = _doc(t1, "http://a/1")
    d1.entities = [entity(t1, "باريس", "T1", "E1", "LOC", "باريس", "FRA")]
    t2 = "تقع باريس في ولاية تكساس."
    d2 = _doc(t2, "http://a/2")
    d2.entities = [entity(t2, "باريس", "T1", "E1", "LOC", "باريس", "USA")]
    store.put(d1)
    store.put(d2)
    assert store.stats()["actors"] == 2


def test_timeline_of_actor_and_filters(store):
    store.put(claim_document())
    actor = store.entity("محمد السوداني")
    items = store.timeline(actor=actor["id"])
    assert [i["kind"] for i in items] == ["statement"]
    iraq = store.entity("العراق")
    items = store.timeline(actor=iraq["id"])
    assert [i["kind"] for i in items] == ["event"] and items[0]["type"] == "RETREAT"
    assert store.count(country="USA") == 1 and store.count(country="FRA") == 0
    assert store.count(event_type="retreat") == 1
    assert store.count(speaker="محمد السوداني") == 1
    assert store.count(event_from="2025-01-01", event_to="2025-12") == 1
    assert store.count(event_from="2026-01-01") == 0
    assert store.count(date_from="2024-09-07") == 0
    assert len(store.events(country="USA")) == 1 and store.events(type="ASSAULT") == []
    assert store.quotes(speaker="محمد السوداني")[0]["content"].startswith("القوات")


def test_delete_removes_layers(store):
    res = store.put(claim_document())
    assert store.delete(res.id)
    assert all(v == 0 for k, v in store.stats().items()
               if k not in ("schema_version", "actors"))


def test_document_model_unchanged_by_store(store):
    doc = Document(id="x", text="نص قصير جدا.")
    doc.sentences = light_pipeline().stages[0](doc)
    store.put(doc)
    assert store.get_document("x").text == "نص قصير جدا."


def test_list_columns_come_back_as_lists(store):
    store.put(claim_document())
    (q,) = store.quotes()
    assert q["via"] == []
    (ev,) = store.events()
    assert ev["contexts"] == []


def test_not_a_store_is_a_clear_error(tmp_path):
    from typer.testing import CliRunner

    from khabar.cli import app
    from khabar.store import StoreError

    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not sqlite " * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="not a usable khabar store"):
        Store(bogus)
    res = CliRunner().invoke(app, ["search", "واشنطن", "--db", str(bogus)])
    assert res.exit_code == 2 and "not a usable khabar store" in res.output


def test_claim_due_from_a_duration_after_a_deadline_cue(store):
    from test_store_support import span

    from khabar.document import Event, Quote, Span, Time

    text = "قال الوزير إن القوات ستنسحب من القاعدة خلال ستة أشهر. وقال إن المفاوضات استمرت ستة أشهر."
    first = text[: text.index(".") + 1]
    t1 = span(text, "ستة أشهر")
    t2 = span(text, "ستة أشهر", nth=1)
    times = [Time(start=t.start, end=t.end, text=t.text, id=f"T{i}", type="DURATION", value="P6M")
             for i, t in enumerate((t1, t2))]
    quote = Quote(id="Q1", cue=span(text, "قال"), source=span(text, "الوزير"),
                  content=span(text, "القوات ستنسحب من القاعدة خلال ستة أشهر"), speaker="الوزير")
    ev = Event(id="V1", type="RETREAT", modality="future", trigger=span(text, "ستنسحب"),
               sentence=Span(start=0, end=len(first), text=first))
    doc = Document(id="d", text=text, published="2024-09-06", url="http://x/d", times=times,
                   quotes=[quote], events=[ev])
    doc.sentences = light_pipeline().stages[0](doc)
    store.put(doc)
    (claim,) = store.claims(as_of="2024-12-01")
    assert claim["due"] == "2025-03-06" and claim["due_text"] == "ستة أشهر"
    assert claim["status"] == "due" and claim["quote_id"] == "Q1"
    # a duration without a deadline cue ("استمرت ستة أشهر") is not a due date
    ev2 = Event(id="V2", type="RETREAT", modality="future", trigger=span(text, "استمرت"),
                sentence=Span(start=len(first) + 1, end=len(text), text=text[len(first) + 1:]))
    quote2 = Quote(id="Q2", cue=span(text, "قال", nth=1), source=span(text, "الوزير"),
                   content=span(text, "المفاوضات استمرت ستة أشهر"), speaker="الوزير")
    doc2 = Document(id="d2", text=text + " ", published="2024-09-06", url="http://x/d2",
                    times=[times[1]], quotes=[quote2], events=[ev2])
    store.put(doc2)
    assert len(store.claims(as_of="2024-12-01")) == 1


def test_migration_6_adds_source_id_and_old_read_only_stores_still_read(tmp_path):
    path = tmp_path / "v5.db"
    with Store(path) as s:
        s.put(_doc("قال الوزير إن الاجتماع ناجح.", "http://a/1"), source_id="r1")
        s.conn.execute("DROP INDEX articles_source_id")
        s.conn.execute("ALTER TABLE articles DROP COLUMN source_id")
        s.conn.execute("PRAGMA user_version = 5")
    with Store(path, readonly=True) as s:
        (art,) = s.list_articles()
        assert art["source_id"] is None and s.get_article(art["id"])["title"] is None
        assert [r["id"] for r in s.search("الاجتماع")] == [art["id"]]
    with Store(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert s.put(_doc("قال الوزير إن الاجتماع ناجح.", "http://a/1"), source_id="r1").status == "duplicate"
        assert s.get_article("r1", document=False)["url"] == "http://a/1"
