"""Stories of undated reports: window-free clustering, in the store (session 20, ux20).

A corpus without datelines (ANERcorp 723.. as 324 ten-sentence documents, the Wojood sample
as 128) got no stories at all: the story clustering follows a story through a window of
days, an undated report stood alone, and an ingest of undated articles only skipped the
whole corpus refresh (no duplicates, no stories, no store-wide relink). Undated reports now
form stories among themselves (:mod:`khabar.corpus.undated`): near-duplicates, and pairs
whose cosine + entity Jaccard reaches 0.45, or 0.2 when each is the other's best match,
with a shared entity name; a story is a connected component. The Spark job's parity is in
``test_spark_session20.py``.
"""

from __future__ import annotations

import random

import pytest
from test_store_support import entity, light_pipeline

from khabar.corpus import undated as U
from khabar.store import Store
from khabar.store.core import now_iso


def _doc(i: str, words: str, names: tuple[str, ...] = ()) -> U.UndatedDoc:
    return U.UndatedDoc(i, words.split(), frozenset(names))


def _filler(key: str, n: int = 4) -> str:
    return " ".join(f"حشو{key}{j}" for j in range(n))


# a–b: one topic and one place (cosine high); c–e: mutual best matches at 0.2–0.45; f's best
# is e, but e's best is c; g: alone
DOCS = [
    _doc("a", "سفينة ميناء شحنة قمح سفينة ميناء " + _filler("ا"), ("بيروت",)),
    _doc("b", "سفينة ميناء شحنة قمح قمح " + _filler("ب"), ("بيروت",)),
    _doc("c", "زلزال هزة ضحايا " + _filler("ج", 8), ("تركيا",)),
    _doc("e", "زلزال هزة " + _filler("ه", 8), ("تركيا",)),
    _doc("f", "زلزال " + _filler("و", 8), ("تركيا",)),
    _doc("g", "انتخابات برلمان " + _filler("ز"), ("مصر",)),
]


def _sim(docs: list[U.UndatedDoc], a: str, b: str) -> float:
    vec = {d.id: dict(v) for d, v in zip(docs, U.vectors(docs), strict=True)}
    names = {d.id: d.names for d in docs}
    return U.similarity(vec[a], vec[b], names[a], names[b])[0]


def test_a_close_pair_with_a_shared_name_is_one_story():
    assert _sim(DOCS, "a", "b") >= U.THRESHOLD
    assert [(a, b) for a, b, _ in U.links(DOCS)][0] == ("a", "b")
    assert ["a", "b"] in U.stories(DOCS)


def test_without_a_shared_entity_name_no_link():
    docs = [*DOCS[:1], _doc("b", "سفينة ميناء شحنة قمح قمح " + _filler("ب"), ("طرابلس",)),
            *DOCS[2:]]
    assert _sim(docs, "a", "b") >= U.THRESHOLD  # the words alone would link them
    assert ("a", "b") not in {(a, b) for a, b, _ in U.links(docs)}
    assert ["a"] in U.stories(docs) and ["b"] in U.stories(docs)


def test_mutual_best_matches_link_below_the_threshold_and_only_they():
    assert U.MUTUAL <= _sim(DOCS, "c", "e") < U.THRESHOLD
    assert U.MUTUAL <= _sim(DOCS, "e", "f") < _sim(DOCS, "c", "e")  # f's best is e, not mutual
    pairs = {(a, b) for a, b, _ in U.links(DOCS)}
    assert ("c", "e") in pairs
    assert ("e", "f") not in pairs and ("c", "f") not in pairs
    assert ("c", "e") not in {(a, b) for a, b, _ in U.links(DOCS, mutual=None)}
    assert U.stories(DOCS) == [["a", "b"], ["c", "e"], ["f"], ["g"]]


def test_a_term_too_common_to_propose_pairs():
    # every pair's shared key terms are in more than max_term_docs documents: no candidates
    assert U.links(DOCS, max_term_docs=1) == []
    # «زلزال» (3 documents) proposes nothing at 2, «هزة» (2) still proposes c–e
    assert {(a, b) for a, b, _ in U.links(DOCS, max_term_docs=2)} == {("a", "b"), ("c", "e")}


def test_stories_do_not_depend_on_the_order_of_the_documents():
    want = U.stories(DOCS)
    for seed in range(5):
        docs = DOCS[:]
        random.Random(seed).shuffle(docs)
        assert U.stories(docs) == want


def test_duplicates_join_and_pairs_naming_other_reports_are_ignored():
    got = U.stories(DOCS, duplicates=[("f", "g"), ("g", "zz"), ("zz", "yy")])
    assert ["f", "g"] in got
    assert all("zz" not in s and "yy" not in s for s in got)


# --- in the store -------------------------------------------------------------------------

WHEAT_A = "وصلت سفينة القمح إلى ميناء بيروت صباح اليوم وأفرغت شحنة القمح في ميناء بيروت."
WHEAT_B = "أفرغت سفينة شحنة القمح في ميناء بيروت بعد وصولها، وقال مدير ميناء بيروت إن القمح سليم."
MATCH = "فاز الفريق بالمباراة النهائية للبطولة وتسلم اللاعبون الكأس في الملعب أمام الجمهور."
BUDGET = "أعلنت الحكومة موازنة جديدة تخفض الإنفاق وترفع الضرائب على الشركات الكبرى."


def _put(store: Store, key: str, text: str, published: str | None, place: bool = True) -> int:
    doc = light_pipeline().analyze(text, url=f"http://x/{key}", published=published, id=key)
    if place and "بيروت" in text:
        doc.entities = [entity(text, "بيروت", "T1", "E1", "LOC", "بيروت", "LBN")]
    return store.put(doc).id


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "u.db") as s:
        yield s


def _story_of(store: Store) -> dict[int, int | None]:
    return dict(store.conn.execute("SELECT id, story_id FROM articles"))


def test_an_ingest_of_undated_articles_gets_stories_and_a_relink(store):
    ids = {k: _put(store, k, t, None) for k, t in
           (("a", WHEAT_A), ("b", WHEAT_B), ("m", MATCH), ("g", BUDGET))}
    done = store.refresh_corpus("0")
    assert done["undated_stories"] == 1 and "actors" in done  # relinked, as a dated batch is
    story = _story_of(store)
    assert story[ids["a"]] == story[ids["b"]] is not None
    assert len({story[ids["a"]], story[ids["m"]], story[ids["g"]]}) == 3  # every one a story
    listed = store.stories(undated=True)
    assert [r["size"] for r in listed] == [2]
    assert listed[0]["first_published"] is None and "بيروت" in listed[0]["terms"]
    assert store.stories(undated=False) == []
    # a date range lists dated stories only
    assert store.stories(date_from="2000-01-01") == []


def test_without_the_shared_name_the_undated_pair_stays_apart(store):
    a = _put(store, "a", WHEAT_A, None, place=False)
    b = _put(store, "b", WHEAT_B, None, place=False)
    _put(store, "m", MATCH, None)
    store.refresh_corpus("0")
    story = _story_of(store)
    assert story[a] != story[b]
    assert store.stories(undated=True) == []


def test_undated_copies_are_one_story_even_without_names(store):
    a = _put(store, "a", MATCH, None)
    b = _put(store, "b", MATCH + " (رويترز)", None)
    _put(store, "g", BUDGET, None)
    done = store.refresh_corpus("0")
    assert done["undated_duplicate_groups"] == 1
    story = _story_of(store)
    assert story[a] == story[b]


def test_dated_stories_keep_their_window_and_undated_reports_stay_out(store):
    d1 = _put(store, "d1", WHEAT_A, "2024-09-01")
    d2 = _put(store, "d2", WHEAT_B, "2024-09-02")
    far = _put(store, "far", WHEAT_B + " وتابعت السفينة رحلتها.", "2024-12-01")
    u = _put(store, "u", WHEAT_B + " وغادرت السفينة.", None)
    n = store.cluster_stories()  # the whole store: dated and undated
    story = _story_of(store)
    assert story[d1] == story[d2]
    assert story[far] != story[d1]  # three months later: outside the window
    assert story[u] not in (story[d1], story[far])  # no date: never in a dated story
    assert n == 1
    assert store.stories(undated=False)[0]["size"] == 2


def test_refreshing_dated_articles_leaves_the_undated_stories(store):
    a = _put(store, "a", WHEAT_A, None)
    b = _put(store, "b", WHEAT_B, None)
    store.refresh_corpus("0")
    before = _story_of(store)
    # analysed long before (analysed_at has whole seconds: the test could run in one)
    store.conn.execute("UPDATE articles SET analysed_at = '2000-01-01T00:00:00+00:00'")
    since = now_iso()
    _put(store, "d", MATCH, "2024-09-01")
    done = store.refresh_corpus(since)
    assert "undated_stories" not in done  # only dated articles came in
    after = _story_of(store)
    assert after[a] == after[b] == before[a]


def test_an_older_store_gets_its_undated_stories_when_opened_for_writing(tmp_path):
    """A store ingested before session 20 left its undated articles in no story, and only
    an ingest of new undated articles clusters them: the schema-13 migration does it."""
    path = tmp_path / "old.db"
    with Store(path) as s:
        a = _put(s, "a", WHEAT_A, None)
        b = _put(s, "b", WHEAT_B, None)
        _put(s, "m", MATCH, None)
        s.conn.execute("UPDATE articles SET story_id = NULL")  # as an older ingest left them
        s.conn.execute("PRAGMA user_version = 12")
    with Store(path, readonly=True) as s:  # not migrated: still no story
        assert s.stories(undated=True) == []
    with Store(path) as s:
        story = _story_of(s)
        assert story[a] == story[b] is not None
        assert [r["size"] for r in s.stories(undated=True)] == [2]
