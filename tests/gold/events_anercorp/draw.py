"""Draw a fresh set of ASSAULT rule candidates of ANERcorp train for blind labelling.

A sentence is a candidate when the rule coder (``EventStage(model=None).code``, before the
learned filter) proposes an ASSAULT event in it, the sentence analysed alone as
:func:`khabar.eval.events_anercorp.analyse_anercorp` analyses a labelled one. Sentences
already labelled (``labels.jsonl``, ``second_annotator.jsonl`` — by index, and by hash so a
verbatim repeat of a labelled sentence is not drawn again) are left out, and a sentence
repeated verbatim among the new candidates is drawn once (its first index). From the rest,
``--n`` are drawn with ``random.Random(seed)`` (all of them if there are fewer) and listed in
corpus order.

Output (``--out``, JSON lines): ``sentence``, ``sha1``, ``type`` and the detokenised ``text``
for the annotator — nothing of the coder's output (modality, parties, the filter) — so the
labels are written from the text alone. The text stays out of the repository (CC BY-SA, read
from ``$KHABAR_SHARED``); only index, hash and label are committed.

Run (repo root): ``KHABAR_SHARED=../shared .venv/bin/python tests/gold/events_anercorp/draw.py
--seed ev22 --n 150 --out /tmp/draw.jsonl`` (session 22: labels_a22.jsonl).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from khabar.eval.corpus import sentence_hash
from khabar.eval.events import _analyze, pipeline
from khabar.eval.events_anercorp import LABELS, read_labels, texts
from khabar.extract.events import EventStage

HERE = Path(__file__).resolve().parent


def labelled() -> tuple[set[int], set[str]]:
    """Indices and hashes of every sentence already labelled in this folder."""
    idx: set[int] = set()
    hashes: set[str] = set()
    for path in sorted(HERE.glob("*.jsonl")):
        for lab in read_labels(path):
            idx.add(lab["sentence"])
            hashes.add(lab["sha1"])
    return idx, hashes


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", required=True)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--type", default="ASSAULT")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    assert LABELS.parent == HERE
    idx, hashes = labelled()
    pipe, stage = pipeline(), EventStage(model=None)
    seen: set[str] = set()
    cands = []
    for i, text in enumerate(texts()):
        h = sentence_hash(text)
        if i in idx or h in hashes or h in seen:
            continue
        doc = _analyze(pipe, text, f"anercorp:{i}")
        if any(ev.type == args.type for ev, _ in stage.code(doc)):
            seen.add(h)
            cands.append((i, h, text))
    drawn = sorted(random.Random(args.seed).sample(cands, min(args.n, len(cands))))
    with args.out.open("w", encoding="utf-8") as f:
        for i, h, text in drawn:
            f.write(json.dumps({"sentence": i, "sha1": h, "type": args.type, "text": text},
                               ensure_ascii=False) + "\n")
    print(f"{len(cands)} new {args.type} candidates, {len(drawn)} drawn -> {args.out}")


if __name__ == "__main__":
    main()
