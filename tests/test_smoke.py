"""The pipeline runs end to end on the example article and keeps offsets."""

from pathlib import Path

import khabar
from khabar.document import from_json, to_json

EXAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "us-iraq-withdrawal.txt"


def test_example_article_round_trips():
    text = EXAMPLE.read_text(encoding="utf-8")
    doc = khabar.analyze(text, published="2024-09-06")
    assert doc.sentences and doc.tokens
    for layer in (doc.sentences, doc.tokens):
        for span in layer:
            assert text[span.start : span.end] == span.text
    again = from_json(to_json(doc))
    assert again == doc
