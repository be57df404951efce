"""Session 22 (evr22): the blind news role set tests/gold/events_roles/news3.jsonl holds no text, is the
seeded draw its README names (40 news-check ASSAULT "yes" sentences whose text is in neither news.jsonl
nor news2.jsonl), and its spans are whole words of the sentences they point into (hashes checked)."""

import json

import pytest
from event_helpers import (
    check_news_role_draw,
    check_news_role_lines,
    check_news_role_spans,
    role_scorer,
)

from khabar.eval.corpus import shared_dir

needs_news = pytest.mark.skipif(not (shared_dir() / "data/news/dev/2015-08-10.zip").exists(),
                                reason="shared news day not present")


def test_news3_lines_are_well_formed_and_hold_no_text():
    check_news_role_lines("news3")


def test_news3_is_the_seeded_draw_and_shares_no_sentence_with_the_other_news_sets():
    check_news_role_draw("news3", "evr22", ("news", "news2"))


@needs_news
def test_news3_spans_are_whole_words_of_their_sentences():
    check_news_role_spans("news3", 55)


def test_news3_is_scored_only_when_named():
    mod = role_scorer()
    assert "news3" in mod.SETS and "news3" not in mod.DEV_SETS


@needs_news
def test_the_scorer_runs_on_news3(capsys):
    role_scorer().main(["--set", "news3", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"news3 ASSAULT rules", "news3 ASSAULT rules + filter"}
