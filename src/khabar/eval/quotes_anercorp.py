"""Quotes on a second source: the ANERcorp held-out sets (tests/gold/quotes/anercorp1-3, sessions 18-19).

ANERcorp train (``../shared/data/ner/anercorp/train.txt``, 2000s newswire, CC BY-SA 4.0) has no
document boundaries; its last five sixths by words are grouped as evo18's role samples group them
(``tests/gold/events_audit/r18_docs.py``, imported, not copied): from sentence ``FIRST`` (723) on,
``BLOCK`` (10) consecutive detokenised sentences joined by blank lines make one document, id
``anercorp:<first sentence>``, no dateline. The first sixth (sentences 0-722) is the lead's NER
held-out and is never read here (:func:`doc_text` refuses it).

A gold file names its document (``anercorp``: the first sentence), the first 12 hex digits of the
SHA-1 of the document's text (``sha1``, checked when the text is read back) and its ``draw`` rank;
the quotes are in the format of the news-day held-outs (offsets into the document). The text itself
is not stored in the repository.

The shipped NER model was trained on ANERcorp train: entities are in-sample here, so the set is
scored with and without the entity stage.

Set 2 (``anercorp2``, qa18b) is drawn like set 1 with a new seed, set 1's documents excluded; set 3
(``anercorp3``, q19) by set 2's draw with a new seed, the documents of sets 1-2 excluded; set 4
(``anercorp4``, q20) by set 3's draw with a new seed, the documents of sets 1-3 excluded.

A third source (``wojood1``, q20): documents of the Wojood sample (``tests/gold/events_audit/w19_docs.py``,
imported, not copied: 10 sentences a document, id ``wojood:<split>:<first sentence>``, no dateline). Its
licence is not stated, so its gold files keep offsets only — every span, the speaker and each via are
``{"start", "end"}`` into the document, and :func:`load_gold` fills their texts from the document (hash-checked).
The NER model trained on the Wojood sample: entities are in-sample there too.

Run: ``.venv/bin/python -m khabar.eval.quotes_anercorp [--set anercorp1|…|anercorp4|wojood1] [--no-entities] [--details]``
"""

from __future__ import annotations

import argparse
import json
import runpy
from functools import lru_cache
from pathlib import Path

from khabar.eval.corpus import REPO, sentence_hash, shared_dir
from khabar.eval.events_anercorp import detokenize, sentences
from khabar.eval.quotes import Scores, print_report

GOLD = REPO / "tests" / "gold" / "quotes" / "anercorp1"
SETS = {"anercorp1": GOLD, "anercorp2": GOLD.parent / "anercorp2", "anercorp3": GOLD.parent / "anercorp3",
        "anercorp4": GOLD.parent / "anercorp4", "wojood1": GOLD.parent / "wojood1"}
R18_DOCS = REPO / "tests" / "gold" / "events_audit" / "r18_docs.py"
W19_DOCS = REPO / "tests" / "gold" / "events_audit" / "w19_docs.py"


@lru_cache(maxsize=1)
def grouping() -> tuple[int, int]:
    """``(FIRST, BLOCK)`` of evo18's grouping, read from its script."""
    ns = runpy.run_path(str(R18_DOCS))
    return ns["FIRST"], ns["BLOCK"]


def doc_ids() -> list[int]:
    """The first sentence of every document of the last five sixths, in corpus order."""
    first, block = grouping()
    return list(range(first, len(sentences(shared_dir())), block))


def doc_text(first_sentence: int) -> str:
    """One document's text: its block of sentences joined by blank lines (as r18_docs.py writes it)."""
    first, block = grouping()
    if first_sentence < first or (first_sentence - first) % block:
        raise ValueError(f"sentence {first_sentence} starts no document of the last five sixths")
    sents = sentences(shared_dir())
    return "\n\n".join(detokenize(s) for s in sents[first_sentence:first_sentence + block])


@lru_cache(maxsize=1)
def wojood_texts() -> dict[str, str]:
    """The Wojood sample's documents by id (``w19_docs.py``'s grouping)."""
    return {d["id"]: d["text"] for d in runpy.run_path(str(W19_DOCS))["documents"]()}


def _slice(text: str, span: dict | None) -> dict | None:
    return None if span is None else span | {"text": text[span["start"]:span["end"]]}


def with_texts(text: str, quotes: list[dict]) -> list[dict]:
    """Offsets-only gold quotes (a Wojood file) in the scorer's form: each span with its text, the
    speaker as its name, each via as ``{"name", "text", "start", "end"}``."""
    out = []
    for q in quotes:
        spk = _slice(text, q["speaker"])
        out.append(q | {"content": _slice(text, q["content"]), "cue": _slice(text, q["cue"]),
                        "source": _slice(text, q["source"]), "speaker": spk and spk["text"],
                        "via": [v | {"name": t["text"], "text": t["text"]} for v in q["via"]
                                for t in [_slice(text, v)]]})
    return out


def load_gold(gold_dir: Path = GOLD) -> list[dict]:
    """Gold files with their texts (hash-checked), in file-name order."""
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        wojood = gold.get("wojood")
        text = wojood_texts()[wojood] if wojood else doc_text(gold["anercorp"])
        if sentence_hash(text) != gold["sha1"]:
            raise ValueError(f"{path.name}: text hash {sentence_hash(text)} is not {gold['sha1']}")
        if wojood:
            gold["quotes"], gold["key"] = with_texts(text, gold["quotes"]), wojood
        else:
            gold["key"] = f"anercorp:{gold['anercorp']}"
        gold["text"] = text
        out.append(gold)
    return out


def evaluate(use_entities: bool = True, gold_dir: Path = GOLD) -> Scores:
    """Run text (+ entities) + quotes on each document, no dateline, and score it."""
    from khabar.document import to_dict
    from khabar.pipeline import Pipeline

    pipe = Pipeline(stages=["text", "entities", "quotes"] if use_entities else ["text", "quotes"])
    scores = Scores()
    for gold in load_gold(gold_dir):
        pred = to_dict(pipe.analyze(gold["text"]))["quotes"]
        scores.add(gold["quotes"], pred, gold["key"])
    return scores


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="list misses, spurious and wrong attributes")
    ap.add_argument("--no-entities", action="store_true", help="run without the entity stage")
    ap.add_argument("--set", choices=sorted(SETS), default="anercorp1",
                    help="which set: an ANERcorp set (default: set 1) or the Wojood set")
    args = ap.parse_args(argv)
    scores = evaluate(use_entities=not args.no_entities, gold_dir=SETS[args.set])
    print_report(scores, args.details)


if __name__ == "__main__":
    main()
