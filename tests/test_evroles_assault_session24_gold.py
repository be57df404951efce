"""Session 24 (evr24): the blind news role set tests/gold/events_roles/news5.jsonl holds no text, is the
seeded draw its README names (40 news-check ASSAULT "yes" sentences whose text is in none of news.jsonl …
news4.jsonl), and its spans are whole words of the sentences they point into (hashes checked). ANERcorp
had no role-less "yes" rows left to draw from (the first test)."""

import json

import pytest
from event_helpers import (
    check_news_role_draw,
    check_news_role_lines,
    check_news_role_spans,
    role_gold,
    role_scorer,
)

from khabar.eval.corpus import shared_dir

needs_news = pytest.mark.skipif(not (shared_dir() / "data/news/dev/2015-08-10.zip").exists(),
                                reason="shared news day not present")


def test_anercorp_has_one_yes_row_without_role_gold_so_news5_is_drawn_from_the_news_day():
    from pathlib import Path

    labels = Path(__file__).resolve().parent / "gold" / "events_anercorp"
    yes = {(x["sentence"], x["type"]) for name in ("labels.jsonl", "labels_a22.jsonl", "second_annotator.jsonl")
           for x in map(json.loads, (labels / name).read_text("utf-8").splitlines()) if x["label"] == "yes"}
    annotated = {(x["sentence"], x["type"]) for x in role_gold("anercorp")}
    assert yes - annotated == {(2523, "ASSAULT")}


def test_news5_lines_are_well_formed_and_hold_no_text():
    check_news_role_lines("news5")


def test_news5_is_the_seeded_draw_and_shares_no_sentence_with_the_other_news_sets():
    check_news_role_draw("news5", "evr24", ("news", "news2", "news3", "news4"))


@needs_news
def test_news5_spans_are_whole_words_of_their_sentences():
    check_news_role_spans("news5", 60)


def test_news5_is_scored_only_when_named():
    mod = role_scorer()
    assert "news5" in mod.SETS and "news5" not in mod.DEV_SETS


@needs_news
def test_the_scorer_runs_on_news5(capsys):
    role_scorer().main(["--set", "news5", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"news5 ASSAULT rules", "news5 ASSAULT rules + filter"}
