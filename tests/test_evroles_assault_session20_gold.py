"""Session 20 (evr20): the second role gold (tests/gold/events_roles) holds no text, covers the rows its
README names (every ANERcorp "yes" row; the seeded news-day draw and every news PROTEST "yes" row), and
its spans are whole words of the sentences they point into (hashes checked)."""

import json
import random
import re
from pathlib import Path

import pytest
from event_helpers import check_word_spans, role_gold, role_scorer

from khabar.eval import events_anercorp as ea
from khabar.eval.corpus import shared_dir

NEWS_LABELS = Path(__file__).resolve().parent / "gold" / "events_news" / "labels.jsonl"
needs_anercorp = pytest.mark.skipif(not (shared_dir() / ea.CORPUS).exists(), reason="shared ANERcorp not present")
needs_news = pytest.mark.skipif(not (shared_dir() / "data/news/dev/2015-08-10.zip").exists(),
                                reason="shared news day not present")


def _check_spans(text: str, spans: list[list[int]]) -> None:
    """Whole-word spans; a span may open with «/«“» and close with «/»”» (a quoted or listed party)."""
    check_word_spans(text, spans, opening="/«“", closing="/»”")


def test_lines_are_well_formed_and_hold_no_text():
    for name, keys in (("anercorp", {"sentence", "sha1"}), ("news", {"article", "start", "end", "sha1"})):
        lines = role_gold(name)
        assert lines
        for x in lines:
            assert set(x) == keys | {"type", "actor", "recipient", "note"}, x
            assert re.fullmatch(r"[0-9a-f]{12}", x["sha1"]) and x["type"] in ("ASSAULT", "PROTEST")
            for role in ("actor", "recipient"):
                assert all(len(sp) == 2 and all(isinstance(i, int) for i in sp) for sp in x[role]), x
            assert len(x["note"]) < 120


def test_anercorp_gold_is_every_yes_row_of_the_labels():
    yes = {(x["sentence"], x["type"], x["sha1"]) for x in ea.read_labels() if x["label"] == "yes"}
    gold = [(x["sentence"], x["type"], x["sha1"]) for x in role_gold("anercorp")]
    assert len(gold) == len(set(gold)) == 95
    assert set(gold) == yes


def test_news_gold_is_the_seeded_draw_and_every_protest_yes_row():
    labels = [json.loads(ln) for ln in NEWS_LABELS.read_text("utf-8").splitlines() if ln.strip()]
    key = lambda x: (x["article"], x["start"], x["end"], x["sha1"], x["type"])  # noqa: E731
    yes = sorted((x for x in labels if x["label"] == "yes"), key=key)
    assault = [x for x in yes if x["type"] == "ASSAULT"]
    drawn = {key(x) for x in random.Random("evr20").sample(assault, 40)}
    drawn |= {key(x) for x in yes if x["type"] == "PROTEST"}
    gold = [key(x) for x in role_gold("news")]
    assert len(gold) == len(set(gold)) == 69
    assert set(gold) == drawn


@needs_anercorp
def test_anercorp_spans_are_whole_words_of_their_sentences():
    n = 0
    for x in role_gold("anercorp"):
        text = ea.checked_text(x)  # raises if the hash differs
        for role in ("actor", "recipient"):
            _check_spans(text, x[role])
            n += len(x[role])
    assert n > 100


@needs_news
def test_news_spans_are_whole_words_of_their_sentences():
    mod = role_scorer()
    for x in role_gold("news"):
        text = mod.text_of("news", x)
        for role in ("actor", "recipient"):
            _check_spans(text, x[role])


def test_the_span_check_rejects_a_cut_word_and_words_are_read_by_whitespace():
    text = "قتل مسلحون شرطيا في المدينة"
    _check_spans(text, [[4, 10], [11, 16]])
    with pytest.raises(AssertionError):
        _check_spans(text, [[5, 10]])          # starts inside «مسلحون»
    with pytest.raises(AssertionError):
        _check_spans(text, [[11, 15]])         # ends inside «شرطيا»
    assert role_scorer().words(text, [[4, 16]]) == ["مسلحون", "شرطيا"]
    assert role_scorer().words(text, []) == []
