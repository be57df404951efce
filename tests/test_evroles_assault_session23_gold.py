"""Session 23 (evr23): the blind news role set tests/gold/events_roles/news4.jsonl holds no text, is the
seeded draw its README names (40 news-check ASSAULT "yes" sentences whose text is in none of news.jsonl,
news2.jsonl nor news3.jsonl), and its spans are whole words of the sentences they point into (hashes checked)."""

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


def test_news4_lines_are_well_formed_and_hold_no_text():
    check_news_role_lines("news4")


def test_news4_is_the_seeded_draw_and_shares_no_sentence_with_the_other_news_sets():
    check_news_role_draw("news4", "evr23", ("news", "news2", "news3"))


@needs_news
def test_news4_spans_are_whole_words_of_their_sentences():
    check_news_role_spans("news4", 55)


def test_news4_is_scored_only_when_named():
    mod = role_scorer()
    assert "news4" in mod.SETS and "news4" not in mod.DEV_SETS


@needs_news
def test_the_scorer_runs_on_news4(capsys):
    role_scorer().main(["--set", "news4", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"news4 ASSAULT rules", "news4 ASSAULT rules + filter"}
