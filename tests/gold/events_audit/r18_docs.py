"""Documents of ANERcorp train's last five sixths for the session-18 role samples (evo18, issue #6).

ANERcorp train (``../shared/data/ner/anercorp/train.txt``, 2000s newswire, CC BY-SA 4.0) has no
document boundaries. Its sentences (blank-line separated, detokenised by
:func:`khabar.eval.events_anercorp.detokenize`) from :data:`FIRST` on are grouped in blocks of
:data:`BLOCK` consecutive sentences joined by blank lines, one document per block with the id
``anercorp:<first sentence>`` and no dateline. The first sixth BY WORDS (sentences 0-722: word
20,848 of 125,088 falls in sentence 722) is the lead's NER held-out and is never written.

Usage: ``python tests/gold/events_audit/r18_docs.py OUT.jsonl`` (``KHABAR_SHARED`` or ../shared),
then ``khabar analyze --input OUT.jsonl --output RUN.jsonl`` and ``r16_draw.py RUN.jsonl …``.
"""

from __future__ import annotations

import json
import sys

from khabar.eval.corpus import shared_dir
from khabar.eval.events_anercorp import detokenize, sentences

FIRST = 723
BLOCK = 10


def first_sixth_end(sents: tuple[tuple[str, ...], ...]) -> int:
    """The index of the sentence holding the last word of the first sixth by words."""
    total = sum(map(len, sents))
    seen = 0
    for i, s in enumerate(sents):
        seen += len(s)
        if seen >= total / 6:
            return i
    return len(sents) - 1


def main() -> None:
    sents = sentences(shared_dir())
    if first_sixth_end(sents) >= FIRST:
        raise SystemExit("the first sixth reaches past FIRST: corpus changed")
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        for b in range(FIRST, len(sents), BLOCK):
            text = "\n\n".join(detokenize(s) for s in sents[b:b + BLOCK])
            fh.write(json.dumps({"id": f"anercorp:{b}", "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
