"""Empty states an analyst met on a store with undated documents and Latin queries
(session 19, ux19).

On the news day + 324 ANERcorp documents (no dateline): /stories listed the news day's
stories and said nothing of the 325 articles no story can hold (an undated report stands
alone: the clustering has no time window for it); «Obama» in the search or actor box
answered «0 نتيجة» / «لا شيء» though the texts name him «أوباما» 12 times.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_store_support import claim_document, light_pipeline

from khabar.api import create_app
from khabar.store import Store
from khabar.web.messages import LATIN_HINT, latin_only


def _store(path: Path, datelines: list[str | None]) -> Path:
    with Store(path) as s:
        for i, day in enumerate(datelines):
            s.put(claim_document(doc_id=f"d{i}", url=f"http://example.org/d{i}",
                                 speaker=["محمد السوداني", "فؤاد حسين", "هوشيار زيباري"][i],
                                 published=day))
    return path


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    return _store(tmp_path_factory.mktemp("mixed19") / "s.db", ["2024-09-06", None, None])


@pytest.fixture(scope="module")
def dated(tmp_path_factory) -> Path:
    return _store(tmp_path_factory.mktemp("dated19") / "s.db", ["2024-09-06", "2024-09-07"])


def _note(html: str) -> str | None:
    m = re.search(r'<p class="hint" id="undated-articles">(.*?)</p>', html, re.S)
    return m[1] if m else None


def test_stories_page_counts_the_articles_no_story_holds(mixed, dated):
    note = _note(TestClient(create_app(mixed)).get("/stories").text)
    assert note is not None and "(2)" in note and 'href="/articles"' in note
    assert _note(TestClient(create_app(dated)).get("/stories").text) is None


@pytest.mark.parametrize(("query", "latin"), [
    ("Obama", True), ("Kerry AND Iraq", True), ("Müller", True),
    ("أوباما", False), ("أوباما OR Obama", False), ("2015", False), ("", False),
])
def test_latin_only(query, latin):
    assert latin_only(query) is latin


def test_a_latin_query_that_finds_nothing_says_how_names_are_written(dated):
    c = TestClient(create_app(dated))
    assert LATIN_HINT in c.get("/search", params={"q": "Obama"}).text
    assert LATIN_HINT in c.get("/entities", params={"q": "Sudani"}).text
    # an Arabic query that finds nothing, or one that finds something: no hint
    assert LATIN_HINT not in c.get("/search", params={"q": "أوباما"}).text
    found = c.get("/search", params={"q": "العراق"}).text
    assert LATIN_HINT not in found and 'id="search-count">2 نتيجة' in found
    assert LATIN_HINT not in c.get("/entities", params={"q": "السوداني"}).text
    assert LATIN_HINT not in c.get("/entities").text  # no query, a listing


def test_a_latin_word_the_texts_hold_is_found_without_the_hint(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        doc = claim_document(doc_id="l1", url="http://example.org/l1")
        doc.text = doc.text + " نقلا عن Reuters."
        doc.sentences = light_pipeline().stages[0](doc)  # the text stage: tokens of the text
        s.put(doc)
    html = TestClient(create_app(path)).get("/search", params={"q": "Reuters"}).text
    assert LATIN_HINT not in html and 'id="search-count">1 نتيجة' in html
