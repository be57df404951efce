"""The text stage: sentences and tokens of the original text."""

from __future__ import annotations

from khabar.document import Document
from khabar.text.segment import sentences
from khabar.text.tokenize import tokenize


class TextStage:
    """Fills ``sentences`` and ``tokens`` (tokens carry their sentence index)."""

    name = "text"
    layer = "sentences"

    def __call__(self, doc: Document) -> list:
        sents = sentences(doc.text)
        tokens = []
        for i, s in enumerate(sents):
            tokens.extend(tokenize(doc.text, s.start, s.end, sentence=i))
        doc.tokens = tokens
        return sents
