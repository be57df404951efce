"""Session 21 (evr21): the blind news role set tests/gold/events_roles/news2.jsonl holds no text, is the
seeded draw its README names (40 news-check ASSAULT "yes" sentences whose text is not in news.jsonl), and
its spans are whole words of the sentences they point into (hashes checked)."""

import json

import pytest
from event_helpers import (
    NEWS_LABELS,
    check_news_role_draw,
    check_news_role_lines,
    check_news_role_spans,
    news_role_draw,
    role_scorer,
)

from khabar.eval.corpus import shared_dir

needs_news = pytest.mark.skipif(not (shared_dir() / "data/news/dev/2015-08-10.zip").exists(),
                                reason="shared news day not present")


def _draw() -> list[dict]:
    return news_role_draw("evr21", ("news",))


def test_news2_lines_are_well_formed_and_hold_no_text():
    check_news_role_lines("news2")


def test_news2_is_the_seeded_draw_and_shares_no_sentence_with_news():
    check_news_role_draw("news2", "evr21", ("news",))


def test_the_draw_keeps_one_copy_of_a_repeated_sentence():
    labels = [json.loads(ln) for ln in NEWS_LABELS.read_text("utf-8").splitlines() if ln.strip()]
    yes = [x["sha1"] for x in labels if x["type"] == "ASSAULT" and x["label"] == "yes"]
    assert len(set(yes)) < len(yes)  # outlets repeat sentences (the Ferguson shooting twice, ...)
    drawn = [x["sha1"] for x in _draw()]
    assert len(drawn) == len(set(drawn))


@needs_news
def test_news2_spans_are_whole_words_of_their_sentences():
    check_news_role_spans("news2", 60)


def test_all_is_the_two_development_sets():
    mod = role_scorer()
    assert mod.DEV_SETS == ("anercorp", "news") and "news2" in mod.SETS and "news2" not in mod.DEV_SETS


@needs_news
def test_the_scorer_runs_on_a_set_without_protest_rows(capsys):
    role_scorer().main(["--set", "news2", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"news2 ASSAULT rules", "news2 ASSAULT rules + filter"}
    assert all(set(v) == {"actor", "recipient"} for v in out.values())
