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


def _spans(obj):
    """Every Span-like struct (start/end/text set) inside a layer item, recursively."""
    import msgspec

    if isinstance(obj, msgspec.Struct):
        fields = msgspec.structs.asdict(obj)
        if isinstance(fields.get("start"), int) and isinstance(fields.get("end"), int) \
                and isinstance(fields.get("text"), str):
            yield obj
        for value in fields.values():
            yield from _spans(value)
    elif isinstance(obj, list):
        for item in obj:
            yield from _spans(item)


@pytest.mark.skipif(not NEWS.exists(), reason="news sample not available")
def test_every_layer_keeps_offsets_on_noisy_text():
    """The offset contract for all stages, on shuffled news words mixed with line breaks,
    quote marks, diacritics, ligatures, bidi marks and stray tags."""
    import json
    import random
    import zipfile

    with zipfile.ZipFile(NEWS) as z:
        articles = json.loads(z.read(z.namelist()[0]))
    words = [w for a in articles[:150] for w in a["content"].split()]
    pieces = ["\n", "\n\n", '"', "«", "»", ".", "..", "؟", "(", ")", ":", "،", "\u200f", "ـ",
              "\u064b", "\ufefb", "٣", "<b>", "</div>", "&amp;", "\t"]
    rng = random.Random(7)
    pipe = khabar.Pipeline()
    for _ in range(40):
        toks = [rng.choice(words) if rng.random() < 0.8 else rng.choice(pieces)
                for _ in range(rng.randint(0, 120))]
        text = "".join(t + (" " if rng.random() < 0.8 else "") for t in toks)
        if not text.strip():
            continue  # no text is an input error (khabar.EmptyText), not a document
        doc = pipe.analyze(text, published="2015-08-10")
        for layer in ("sentences", "tokens", "entities", "times", "quantities", "quotes", "events"):
            for span in _spans(getattr(doc, layer)):
                assert text[span.start : span.end] == span.text, (layer, span)
        assert from_json(to_json(doc)) == doc
