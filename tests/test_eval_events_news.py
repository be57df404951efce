"""Our news-day sentence labels that add training rows to the events filter."""

import json

import pytest

from khabar.eval import events as ev
from khabar.eval.corpus import news_records, sentence_hash, shared_dir

NEWS_ZIP = shared_dir() / "data" / "news" / "dev" / "2015-08-10.zip"
needs_news = pytest.mark.skipif(not NEWS_ZIP.exists(), reason="shared news day not present")


def _labels() -> list[dict]:
    return [json.loads(line) for line in ev.NEWS_LABELS.read_text("utf-8").splitlines() if line]


def test_labels_are_well_formed_and_hold_no_text() -> None:
    labels = _labels()
    assert len(labels) > 500
    keys = {(x["article"], x["start"], x["type"]) for x in labels}
    assert len(keys) == len(labels)
    for x in labels:
        assert x["type"] in ("ASSAULT", "PROTEST") and x["label"] in ("yes", "no", "unsure")
        assert x["start"] < x["end"] and len(x["sha1"]) == 12
        assert not set(x) & {"text", "sentence"}  # the corpus text stays in ../shared


@needs_news
def test_every_label_points_at_its_sentence() -> None:
    records = news_records()
    for x in _labels():
        text = records[x["article"]]["content"][x["start"]:x["end"]]
        assert sentence_hash(text) == x["sha1"], x


@needs_news
def test_news_rows_are_analysed_alone_and_unsure_is_left_out(tmp_path) -> None:
    labels = _labels()
    yes = next(x for x in labels if x["type"] == "ASSAULT" and x["label"] == "yes")
    no = next(x for x in labels if x["type"] == "ASSAULT" and x["label"] == "no")
    unsure = next(x for x in labels if x["label"] == "unsure")
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in (yes, no, unsure)) + "\n", "utf-8")
    rows = ev.analyse_news(ev.pipeline(False), path, types=("ASSAULT", "PROTEST"))
    assert [(r.id, r.label, r.y) for r in rows] == [
        (f"news:{yes['article']}:{yes['start']}", "yes", 1),
        (f"news:{no['article']}:{no['start']}", "easy no", 0),
    ]
    text = news_records()[yes["article"]]["content"][yes["start"]:yes["end"]]
    assert rows[0].doc.text == text and any(e.type == "ASSAULT" for e, _ in rows[0].pairs)


@needs_news
def test_a_changed_text_is_an_error(tmp_path) -> None:
    x = dict(_labels()[0], sha1="000000000000")
    path = tmp_path / "labels.jsonl"
    path.write_text(json.dumps(x) + "\n", "utf-8")
    with pytest.raises(ValueError, match="text changed"):
        ev.analyse_news(ev.pipeline(False), path, types=(x["type"],))


def test_no_label_file_means_no_rows(tmp_path) -> None:
    assert ev.analyse_news(ev.pipeline(False), tmp_path / "missing.jsonl") == []
