"""Across documents: near-duplicate wire copies and story clustering."""

from __future__ import annotations

import pytest
from test_store_support import entity, light_pipeline, news_articles

from khabar.corpus.dedupe import groups, signature
from khabar.store import Store


def _put(store, text, url, published, published_at=None, outlet="o", ents=()):
    doc = light_pipeline().analyze(text, url=url, published=published, outlet=outlet)
    doc.entities = [entity(text, needle, f"T{i}", f"E{i}", label, needle)
                    for i, (needle, label) in enumerate(ents)]
    return store.put(doc, published_at=published_at).id


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "c.db") as s:
        yield s


def _edited_copies(text: str) -> list[str]:
    """Copies of one wire story as outlets run them: a new dateline, a dropped last
    sentence, a changed word, an added line."""
    sentences = [s for s in text.split(".") if s.strip()]
    dropped = ".".join(sentences[:-1]) + "."
    return [
        "الرياض - واس\n" + text,
        dropped.replace("المملكة", "السعودية", 1),
        text + "\nالمصدر: وكالة الأنباء السعودية",
    ]


def test_dedupe_groups_edited_copies_and_marks_the_earliest(store):
    background = news_articles(30, start=200)
    wire = max(background, key=lambda a: len(a["content"]))
    background.remove(wire)
    copies = _edited_copies(wire["content"])
    # The copies are stored BEFORE the original, but the original was published first.
    copy_ids = [_put(store, c, f"http://copy/{i}", "2015-08-10", f"2015-08-10T1{i}:00:00",
                     outlet=f"outlet{i}") for i, c in enumerate(copies)]
    for i, item in enumerate(background):
        _put(store, item["content"], item["url"], "2015-08-10", f"2015-08-10T05:{i:02d}:00")
    original = _put(store, wire["content"], wire["url"], "2015-08-10", "2015-08-10T08:00:00")
    found = store.dedupe()
    mine = [g for g in found if original in g]
    assert len(mine) == 1 and mine[0][0] == original
    assert set(mine[0]) == {original, *copy_ids}
    dup_rows = store.duplicates(copy_ids[1])
    assert [r["id"] for r in dup_rows][0] == original
    assert all(r["dup_of"] == original for r in dup_rows[1:])
    assert store.count(originals_only=True) == store.count() - sum(len(g) - 1 for g in found)


def test_an_undated_copy_is_never_the_original(store):
    wire = max(news_articles(30, start=200), key=lambda a: len(a["content"]))
    undated = _put(store, "الرياض - واس\n" + wire["content"], "http://copy/undated", None)
    dated = _put(store, wire["content"], wire["url"], "2015-08-10", "2015-08-10T08:00:00")
    (group,) = [g for g in store.dedupe() if dated in g]
    assert group == [dated, undated]  # SQLite sorts NULL first: the undated one had won
    assert [r["id"] for r in store.duplicates(undated)] == [dated, undated]


def test_unrelated_articles_are_not_grouped():
    items = news_articles(40, start=600)
    docs = [light_pipeline().analyze(a["content"]) for a in items]
    sigs = [(i, signature(d)) for i, d in enumerate(docs)]
    grouped = {i for g in groups(sigs) for i in g}
    # distinct texts of one day can still be copies of one wire story; most are not
    assert len(grouped) <= 4


FLOOD = [
    ("أعلنت المديرية العامة للدفاع المدني في جدة إنقاذ عشرات المحتجزين بسبب السيول التي "
     "اجتاحت أحياء جنوب جدة بعد أمطار غزيرة هطلت على المدينة.", "2015-08-10"),
    ("السيول تجتاح أحياء جنوب جدة، والدفاع المدني ينقذ المحتجزين بعد هطول أمطار غزيرة "
     "على المدينة طوال الليل.", "2015-08-10"),
    ("ارتفع عدد المحتجزين الذين أنقذهم الدفاع المدني في جدة جراء السيول والأمطار الغزيرة "
     "التي شهدتها أحياء الجنوب.", "2015-08-11"),
]
STOCKS = ("ارتفع مؤشر سوق الأسهم السعودية في ختام تداولات اليوم بدعم من قطاع البنوك "
          "وقطاع البتروكيماويات وسط تداولات نشطة.")


def test_stories_cluster_related_reports_within_the_window(store):
    ids = [_put(store, t, f"http://f/{i}", d, ents=[("جدة", "LOC")]) for i, (t, d) in enumerate(FLOOD)]
    other = _put(store, STOCKS, "http://s/1", "2015-08-10")
    late = _put(store, FLOOD[0][0].replace("عشرات", "مئات"), "http://f/late", "2015-08-30",
                ents=[("جدة", "LOC")])
    assert store.cluster_stories(window_days=3) == 1
    story_of = {r["id"]: r["story_id"] for r in store.list_articles(limit=10)}
    assert len({story_of[i] for i in ids}) == 1
    assert story_of[other] != story_of[ids[0]]
    assert story_of[late] != story_of[ids[0]]  # 19 days later: outside the window
    (story,) = store.stories(min_size=2)
    assert story["size"] == 3 and story["first_published"] == "2015-08-10"
    assert story["last_published"] == "2015-08-11"
    full = store.story(story["id"])
    assert [a["id"] for a in full["articles"]] == ids
    assert store.count(story=story["id"]) == 3
    # Reclustering replaces, never accumulates, stories.
    store.cluster_stories(window_days=3)
    assert store.stats()["stories"] == 3


def test_timeline_of_a_story_orders_statements_by_date(store):
    from test_store_support import claim_document

    first = claim_document(doc_id="a", url="http://t/a", published="2024-09-06")
    second = claim_document(doc_id="b", url="http://t/b", published="2024-09-08")
    second.text = second.text.replace("مستعدة", "جاهزة")
    second.sentences = light_pipeline().stages[0](second)
    store.put(second)
    store.put(first)
    store.cluster_stories(window_days=5)
    sid = store.list_articles(limit=1)[0]["story_id"]
    items = store.timeline(story=sid)
    dates = [i["date"] for i in items if i["kind"] == "statement"]
    assert dates == ["2024-09-06", "2024-09-08"]
    with pytest.raises(ValueError):
        store.timeline()


def test_refresh_corpus_covers_the_new_articles_dates(store):
    from khabar.store.core import now_iso

    start = now_iso()
    ids = [_put(store, t, f"http://f/{i}", d) for i, (t, d) in enumerate(FLOOD)]
    done = store.refresh_corpus(start, window_days=3)
    assert done["range"] == ["2015-08-07", "2015-08-14"] and done["stories"] == 1
    assert len({a["story_id"] for a in store.list_articles() if a["id"] in ids}) == 1
    assert store.refresh_corpus("2999-01-01T00:00:00+00:00")["range"] is None


def test_undated_reports_stand_alone():
    from khabar.corpus.stories import Item, cluster

    words = "سيول جدة الدفاع المدني المحتجزين أمطار غزيرة أحياء جنوب".split()
    stories = cluster([Item(1, "2015-08-10", words), Item(2, None, words), Item(3, "2015-08-11", words)])
    members = sorted(sorted(s.members) for s in stories)
    assert members == [[1, 3], [2]]
