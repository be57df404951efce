"""Session 7 search checks: «-word» leaves a word out, «word*» says prefixes are not sought."""

from __future__ import annotations

import pytest
from search_helpers import found
from test_store_support import store_of_texts

from khabar.store import QueryError


@pytest.fixture()
def store(tmp_path):
    s = store_of_texts(tmp_path / "s.db", {
        "both": "زار الوزير واشنطن ثم بغداد.",
        "dc": "وصل الوفد إلى واشنطن أمس.",
        "wh": "قال البيت الأبيض في واشنطن إن المحادثات مستمرة.",
    })
    yield s
    s.close()


def test_a_leading_minus_leaves_a_word_or_phrase_out(store):
    # before, «-بغداد» was read as the word بغداد: «واشنطن -بغداد» found only «both»
    assert found(store, "واشنطن -بغداد") == found(store, "واشنطن NOT بغداد") == {"dc", "wh"}
    assert found(store, 'واشنطن - "البيت الأبيض"') == {"both", "dc"}
    assert store.search_count("واشنطن -بغداد") == 2
    for q in ("-بغداد", "واشنطن -"):
        with pytest.raises(QueryError):
            store.search(q)


def test_a_prefix_query_is_a_clear_error_not_an_empty_result(store):
    with pytest.raises(QueryError, match="prefix search"):
        store.search("واشن*")
