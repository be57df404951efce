"""Our ANERcorp-style tags on news-day sentences (tests/gold/ner_news), a training corpus
of the NER model: offsets and hashes only, read back from the shared news zip."""

import json
import re
from pathlib import Path

import pytest

from khabar.eval.corpus import shared_dir
from khabar.ner.conll import repair_bio, spans
from khabar.ner.train import (
    NEWS_TAGS,
    TrainConfig,
    by_segment,
    load_data,
    load_news_tags,
    news_round,
)

SHARED = shared_dir()
needs_news = pytest.mark.skipif(
    not (SHARED / "data" / "news" / "dev" / "2015-08-10.zip").exists(), reason="no shared news day")
LABELS = {"PERS", "LOC", "ORG", "MISC"}


def _items() -> list[dict]:
    return [json.loads(x) for x in NEWS_TAGS.read_text("utf-8").splitlines() if x]


def test_tags_are_valid_bio_and_hold_no_text() -> None:
    items = _items()
    assert len(items) >= 1500
    for it in items:
        assert not set(it) & {"tokens", "text"}
        assert len(it["offsets"]) == len(it["tags"]) > 0
        for t in it["tags"]:
            assert t == "O" or (t[:2] in ("B-", "I-") and t[2:] in LABELS), t
        assert repair_bio(it["tags"]) == it["tags"]  # every I- goes on from its own type
        ends = [b for _, b in it["offsets"]]
        starts = [a for a, _ in it["offsets"]]
        assert starts == sorted(starts) and all(a < b for a, b in it["offsets"])
        assert all(e <= s2 for e, s2 in zip(ends[:-1], starts[1:], strict=True))


@needs_news
def test_sentences_are_read_back_from_the_zip_with_their_tags() -> None:
    sents, docs = load_news_tags(SHARED)
    assert len(sents) == len(docs) == len(_items())
    assert all(d.startswith("news:") for d in docs)
    assert all(w and not any(c.isspace() for c in w) for ws, _ in sents for w in ws)
    kinds = {lab for _, tags in sents for _, _, lab in spans(tags)}
    assert kinds == LABELS


@needs_news
def test_a_changed_sentence_is_an_error(tmp_path: Path) -> None:
    bad = dict(_items()[0], sha1="000000000000")
    path = tmp_path / "tags.jsonl"
    path.write_text(json.dumps(bad) + "\n", "utf-8")
    with pytest.raises(ValueError, match="changed"):
        load_news_tags(SHARED, path)


def test_missing_file_trains_without_them(tmp_path: Path, capsys) -> None:
    assert load_news_tags(SHARED, tmp_path / "none.jsonl") == ([], [])
    assert "without the news-day tags" in capsys.readouterr().err


@needs_news
def test_each_news_article_is_its_own_stacking_window() -> None:
    train, held, domains = load_data(SHARED, ("news",), dev=True)
    assert held == [] and len(train) == len(domains)
    segments = by_segment(domains)
    assert len(segments) == len(set(domains))  # one run per article, never across articles


def test_the_news_held_out_split_is_by_article_and_stable() -> None:
    from khabar.eval.ner_news import held_out

    items = _items()
    held = [it for it in items if held_out(it)]
    assert 0.15 < len(held) / len(items) < 0.35
    held_articles = {it["article"] for it in held}
    assert not any(it["article"] in held_articles for it in items if not held_out(it))
    assert [held_out(it) for it in items] == [held_out(dict(it)) for it in items]


@needs_news
def test_the_shipped_model_is_scored_on_the_held_out_articles() -> None:
    from khabar.eval.ner_news import evaluate
    from khabar.ner.model import model_dir

    rep = evaluate(model_dir()).as_dict()
    micro = rep["micro"]
    # every held-out gold entity is counted: 2,547 of rounds 1-2, 692 of round 3, 1,450 of 4,
    # 1,403 of 5
    assert micro["tp"] + micro["fn"] == 6092
    assert micro["f1"] > 0.6  # the shipped model also trained on most of these sentences


def test_the_fresh_test_sentences_share_no_article_with_the_training_tags() -> None:
    from khabar.eval.ner_news import FRESH

    train_articles = {json.loads(x)["article"] for x in NEWS_TAGS.read_text("utf-8").splitlines() if x}
    fresh = [json.loads(x) for x in FRESH.read_text("utf-8").splitlines() if x]
    assert len(fresh) >= 90
    assert not {f["article"] for f in fresh} & train_articles
    sents, _ = load_news_tags(SHARED, FRESH)  # text found and hashes match
    assert len(sents) == len(fresh)


def test_the_readme_counts_are_the_file_s() -> None:
    items = _items()
    head = (NEWS_TAGS.parent / "README.md").read_text("utf-8").split("One line per sentence")[0]
    n = lambda text: int(text.replace(",", ""))  # noqa: E731
    assert n(re.search(r"`tags.jsonl`: ([\d,]+) sentences", head).group(1)) == len(items)
    assert n(re.search(r"([\d,]+) tokens", head).group(1)) == sum(len(it["tags"]) for it in items)
    entities = sum(len(spans(it["tags"])) for it in items)
    assert n(re.search(r"([\d,]+) entities", head).group(1)) == entities
    assert n(re.search(r"from ([\d,]+) articles", head).group(1)) == len({it["article"] for it in items})


def test_each_sentence_is_tagged_once_and_sentences_do_not_overlap() -> None:
    by_article: dict[int, list[tuple[int, int]]] = {}
    for it in _items():
        by_article.setdefault(it["article"], []).append((it["start"], it["end"]))
    for spans_ in by_article.values():
        spans_.sort()
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans_, spans_[1:], strict=False))


def test_rounds_are_read_from_the_annotator_and_the_shipped_rounds_are_the_default() -> None:
    assert [news_round(a) for a in ("a1", "a9", "a10", "a12", "a13", "a18", "a19", "a22")] == [
        2, 2, 3, 3, 4, 4, 5, 5]
    rounds = {news_round(it["annotator"]) for it in _items()}
    assert rounds == {2, 3, 4, 5}
    # the default is the shipped model's configuration (session 10: rounds 1-5, the long
    # sentences of round 5 included; `khabar train ner` reproduces the shipped model)
    import json

    from khabar.ner.model import model_dir
    shipped = json.loads((model_dir() / "ner.json").read_text(encoding="utf-8"))["config"]
    assert TrainConfig().news_rounds == shipped["news_rounds"] == 5
    assert max(rounds) == 5  # so the default trains on every round of the fixture


@needs_news
def test_news_rounds_limits_the_training_sentences() -> None:
    items = _items()
    session3 = sum(news_round(it["annotator"]) <= 2 for it in items)
    assert session3 == 5025 < len(items)  # the session-5 model's news data
    train, _, domains = load_data(SHARED, ("news",), dev=False, news_rounds=2)
    assert len(train) == len(domains) == session3
    round3 = sum(news_round(it["annotator"]) <= 3 for it in items)
    assert session3 < round3 < len(items)  # 1fbeff9's model: rounds 1-3
    train, _, _ = load_data(SHARED, ("news",), dev=False, news_rounds=3)
    assert len(train) == round3
    round4 = sum(news_round(it["annotator"]) <= 4 for it in items)
    assert round3 < round4 == 10072 < len(items)  # the end-of-session-8 model: rounds 1-4
    train, _, _ = load_data(SHARED, ("news",), dev=False, news_rounds=4)
    assert len(train) == round4
    shipped = TrainConfig().news_rounds
    train, _, _ = load_data(SHARED, ("news",), dev=False, news_rounds=shipped)
    assert len(train) == sum(news_round(it["annotator"]) <= shipped for it in items)
    assert len(load_news_tags(SHARED, rounds=5)[0]) == len(load_news_tags(SHARED)[0]) == len(items)
