"""Arabic full-text search: clitics, normalisation, phrases, operators, filters, snippets."""

from __future__ import annotations

import pytest
from test_store_support import light_pipeline

from khabar.store import QueryError, Store
from khabar.store.search import parse_query, snippet

TEXTS = {
    "a": ("وصل الوفد وواشنطن تراقب المحادثات عن كثب.", "2024-09-01", "alpha"),
    "b": ("أرسلت الحكومة رسالة لواشنطن بشأن الاتفاق.", "2024-09-02", "beta"),
    "c": ("قالت واشنطن إن القوات الأمريكية ستبقى في العراق.", "2024-09-03", "alpha"),
    "d": ("ذهب الرئيس إلى باريس لبحث التعاون الاقتصادي.", "2024-09-04", "beta"),
    "e": ("أعلنت وزارة الدفاع أن القوات ستغادر القاعدة.", "2024-09-05", "gamma"),
    "f": ("قالت المصادر إن بالقوات الامريكية نقصا في العتاد.", "2024-09-06", "gamma"),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("search") / "s.db")
    ids = {}
    for key, (text, published, outlet) in TEXTS.items():
        doc = light_pipeline().analyze(text, url=f"http://x/{key}", published=published, outlet=outlet)
        ids[key] = s.put(doc).id
    s.ids = ids  # type: ignore[attr-defined]
    yield s
    s.close()


def found(store, query, **kw) -> set[str]:
    inv = {v: k for k, v in store.ids.items()}
    return {inv[r["id"]] for r in store.search(query, **kw)}


def test_clitic_forms_are_found(store):
    # و + واشنطن, ل + واشنطن and the bare form all match the bare query.
    assert found(store, "واشنطن") == {"a", "b", "c"}


def test_query_with_clitic_finds_the_bare_form(store):
    assert "c" in found(store, "وواشنطن")
    assert found(store, "بالقوات") >= {"f"}


def test_article_and_hamza_variants(store):
    assert found(store, "القوات") == {"c", "e", "f"}
    assert found(store, "قوات") == {"c", "e", "f"}
    # hamza and diacritics do not matter
    assert found(store, "الأمريكية") == found(store, "الامريكيه") == {"c", "f"}
    assert found(store, "القُوّات") == {"c", "e", "f"}


def test_phrases_keep_word_order(store):
    assert found(store, '"القوات الأمريكية"') == {"c", "f"}
    assert found(store, '"الأمريكية القوات"') == set()


def test_boolean_operators(store):
    assert found(store, "واشنطن AND القوات") == {"c"}
    assert found(store, "باريس OR العراق") == {"c", "d"}
    assert found(store, "واشنطن NOT القوات") == {"a", "b"}
    assert found(store, "(باريس OR واشنطن) NOT الاتفاق") == {"a", "c", "d"}
    assert found(store, "واشنطن القوات") == {"c"}  # implicit AND


def test_filters(store):
    assert found(store, "واشنطن", outlet="alpha") == {"a", "c"}
    assert found(store, "واشنطن", date_from="2024-09-02", date_to="2024-09-02") == {"b"}
    assert found(store, "القوات", outlet=["alpha", "gamma"], date_to="2024-09-05") == {"c", "e"}


def test_snippet_comes_from_original_text_with_hit_offsets(store):
    rows = store.search("واشنطن", outlet="beta")
    assert len(rows) == 1
    original = TEXTS["b"][0]
    (start, end), = rows[0]["hits"]
    assert original[start:end] == "لواشنطن"
    assert "لواشنطن" in rows[0]["snippet"]
    assert rows[0]["url"] == "http://x/b" and rows[0]["published"] == "2024-09-02"


def test_snippet_keeps_diacritics_of_the_original():
    text = "مقدمة طويلة. " * 20 + "وصلَ الوفدُ إلى واشِنطن أمس. " + "خاتمة. " * 20
    snip, hits = snippet(text, parse_query("واشنطن")[1], width=30)
    assert "واشِنطن" in snip
    assert [text[s:e] for s, e in hits] == ["واشِنطن"]
    assert snip.startswith("…") and snip.endswith("…")


@pytest.mark.parametrize("bad", ["", "AND", "واشنطن AND", "(واشنطن", "واشنطن)", "!!!"])
def test_bad_queries_raise_clear_errors(store, bad):
    with pytest.raises(QueryError):
        store.search(bad)


def test_search_count_and_paging(store):
    assert store.search_count("واشنطن") == 3
    page1 = store.search("واشنطن", limit=2)
    page2 = store.search("واشنطن", limit=2, offset=2)
    assert len(page1) == 2 and len(page2) == 1
    assert {r["id"] for r in page1}.isdisjoint({r["id"] for r in page2})
    by_date = store.search("واشنطن", order="date")
    assert [r["published"] for r in by_date] == sorted((r["published"] for r in by_date), reverse=True)


def test_cli_search_json(store):
    import json

    from typer.testing import CliRunner

    from khabar.cli import app

    res = CliRunner().invoke(app, ["search", "لواشنطن", "--db", str(store.path), "--format", "json",
                                   "--outlet", "alpha", "--outlet", "beta"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert {r["url"] for r in rows} == {"http://x/a", "http://x/b", "http://x/c"}
    for r in rows:
        assert {"id", "url", "title", "outlet", "date", "snippet", "hits"} <= set(r)
    bad = CliRunner().invoke(app, ["search", "AND", "--db", str(store.path)])
    assert bad.exit_code == 2
