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


# -- suffixes: enclitic pronouns, sound plurals, taa marbuta ---------------------------

SUFFIXED = {
    "s1": "وأعلن الجيش أن قواته انسحبت من المدينة.",
    "s2": "وقال المتحدث إن وقواتهم ما زالت هناك وبقواتهم سيحسم الأمر.",
    "s3": "اجتمعت لجنتها الفرعية أمس مع المسؤولين.",
    "s4": "زار بوتين البلد أمس واجتمع بمسؤول في الوزارة.",
    "s5": "أعلنت اللجنة عن تشكيل جديد.",
}


@pytest.fixture(scope="module")
def suffix_store(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("suffix") / "s.db")
    ids = {}
    for key, text in SUFFIXED.items():
        doc = light_pipeline().analyze(text, url=f"http://x/{key}", published="2024-09-01")
        ids[key] = s.put(doc).id
    s.ids = ids  # type: ignore[attr-defined]
    yield s
    s.close()


def test_enclitic_pronouns_are_stripped_on_both_sides(suffix_store):
    assert found(suffix_store, "قوات") == {"s1", "s2"}
    assert found(suffix_store, "القوات") == {"s1", "s2"}
    assert found(suffix_store, "قواته") == {"s1", "s2"}  # the query's pronoun goes too


def test_taa_marbuta_meets_its_pronoun_form(suffix_store):
    # لجنة + ها is written لجنتها: the stem writes the feminine ending as ت.
    assert found(suffix_store, "لجنة") == {"s3", "s5"}
    assert found(suffix_store, "لجنتها") == {"s3", "s5"}


def test_sound_plurals_meet_the_singular_but_names_keep_their_ending(suffix_store):
    assert found(suffix_store, "مسؤول") == {"s3", "s4"}
    assert found(suffix_store, "المسؤولون") == {"s3", "s4"}
    assert found(suffix_store, "بوتين") == {"s4"}
    assert found(suffix_store, "بوت") == set()


def test_quoted_words_are_exact_up_to_proclitics(suffix_store):
    assert found(suffix_store, '"قوات"') == set()
    assert found(suffix_store, '"قواته"') == {"s1"}
    assert found(suffix_store, '"لجنتها الفرعية"') == {"s3"}
    assert found(suffix_store, '"اللجنة عن"') == {"s5"}


def test_suffixed_hits_point_at_the_original_words(suffix_store):
    (row,) = [r for r in suffix_store.search("قوات") if r["id"] == suffix_store.ids["s2"]]
    text = SUFFIXED["s2"]
    assert [text[s:e] for s, e in row["hits"]] == ["وقواتهم", "وبقواتهم"]
    assert "وبقواتهم" in row["snippet"]
    _, hits = snippet(SUFFIXED["s3"], parse_query("لجنة")[1])
    assert [SUFFIXED["s3"][s:e] for s, e in hits] == ["لجنتها"]
    # quoted: the suffixed form is not highlighted
    _, hits = snippet(SUFFIXED["s3"], parse_query('"لجنة"')[1])
    assert hits == []


@pytest.mark.parametrize("word, expected", [
    ("قواته", "قوات"), ("وبقواتهم", "قوات"), ("القوات", "قوات"), ("قوات", "قوات"),
    ("لجنة", "لجنت"), ("لجنتها", "لجنت"), ("اللجنة", "لجنت"), ("حياة", "حيات"), ("حياته", "حيات"),
    ("المسؤولين", "مسؤول"), ("المتظاهرون", "متظاهر"), ("بوتين", "بوتين"), ("مليون", "مليون"),
    ("عليه", "عليه"), ("لديها", "لديها"), ("بلادنا", "بلاد"), ("اماكن", "اماكن"), ("بيته", "بيت"),
    ("لبنان", "لبنان"), ("يمكن", "يمكن"),
])
def test_stem_rules(word, expected):
    from khabar.store.stems import surface_stem

    assert surface_stem(word) == expected


def test_migration_rebuilds_the_index_of_a_version_1_database(tmp_path):
    from khabar.store.migrations import SCHEMA_VERSION

    path = tmp_path / "old.db"
    with Store(path) as s:
        doc = light_pipeline().analyze(SUFFIXED["s1"], url="http://x/old", title="عنوان لجنتها",
                                       published="2024-09-01")
        article = s.put(doc).id
        full, base = s.conn.execute("SELECT full, base FROM articles_fts").fetchone()
        # Turn the file back into a version-1 store: a two-column index.
        s.conn.execute("DROP TABLE articles_fts")
        s.conn.execute('CREATE VIRTUAL TABLE articles_fts USING fts5(full, base,'
                       ' tokenize = "unicode61 remove_diacritics 0")')
        s.conn.execute("INSERT INTO articles_fts (rowid, full, base) VALUES (?, ?, ?)",
                       (article, full, base))
        s.conn.execute("PRAGMA user_version = 1")
    with Store(path, readonly=True) as s:  # read-only: not migrated, searched without stems
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert [r["id"] for r in s.search("قواته")] == [article]
        assert s.search("قوات") == [] and s.search_count("قوات") == 0
    with Store(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [r["id"] for r in s.search("قوات")] == [article]
        assert [r["id"] for r in s.search("لجنة")] == [article]  # from the title
        assert tuple(s.conn.execute("SELECT full, base FROM articles_fts").fetchone()) == (full, base)
