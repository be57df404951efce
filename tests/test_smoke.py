"""The pipeline runs end to end on the example article and keeps offsets; the API, the
runner of the benchmarks and `import khabar` work."""

import os
from pathlib import Path

import pytest

import khabar
from khabar.document import from_json, to_json

SHARED = Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared"))
EXAMPLE = SHARED / "examples" / "us-iraq-withdrawal.txt"
NEWS = SHARED / "data" / "news" / "dev" / "2015-08-10.zip"


def test_example_article_round_trips():
    text = EXAMPLE.read_text(encoding="utf-8")
    doc = khabar.analyze(text, published="2024-09-06")
    assert doc.sentences and doc.tokens
    assert doc.language == "ar" and doc.published == "2024-09-06"
    for layer in (doc.sentences, doc.tokens):
        for span in layer:
            assert text[span.start : span.end] == span.text
    for tok in doc.tokens:
        assert doc.sentences[tok.sentence].start <= tok.start < tok.end <= doc.sentences[tok.sentence].end
    again = from_json(to_json(doc))
    assert again == doc


def test_pipeline_object_is_reusable_and_limits_size():
    pipe = khabar.Pipeline(max_chars=50)
    a = pipe.analyze("قال الوزير.", id="a", outlet="واس", url="http://example.org")
    b = pipe.analyze("وأضاف الوزير.", id="b")
    assert (a.id, a.outlet, b.id) == ("a", "واس", "b")
    with pytest.raises(khabar.io.DocumentTooLarge):
        pipe.analyze("ا" * 51)
    with pytest.raises(ValueError):
        khabar.Pipeline(stages=["nope"])


@pytest.mark.skipif(not NEWS.exists(), reason="news sample not available")
def test_bench_runner(capsys):
    from khabar.bench.__main__ import main

    assert main(["--news", str(NEWS), "--limit", "10", "--only", "pipeline"]) == 0
    out = capsys.readouterr().out
    assert "=== bench: pipeline ===" in out and "articles/s" in out and "peak RSS" in out


def test_published_must_be_an_iso_date():
    with pytest.raises(khabar.InputError, match="YYYY-MM-DD"):
        khabar.analyze("قال الوزير.", published="10/08/2015")
    assert khabar.analyze("قال الوزير.", published="2015-08-10").published == "2015-08-10"
