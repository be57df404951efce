"""Our sentence labels on the event rule coder's ANERcorp candidates (tests/gold/events_anercorp).

ANERcorp (``../shared/data/ner/anercorp/train.txt``, CC BY-SA 4.0) is tokenised 2000s Arabic
newswire, one token and its NER tag a line, sentences separated by blank lines. The labels
file stores no text: each line names a sentence by its index in that order and the first
12 hex digits of the SHA-1 of its detokenised text (:func:`detokenize`), which the loader
checks before analysing the sentence alone, as the benchmark's sentences are.

Run: ``python -m khabar.eval.events_anercorp [--model F] [--no-entities]`` (ASSAULT: the rules
and the rules + filter; PROTEST: the rules).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from khabar.eval.corpus import REPO, sentence_hash, shared_dir
from khabar.eval.events import Row, _analyze
from khabar.extract.events import EventStage
from khabar.ner.conll import read_conll
from khabar.pipeline import Pipeline

CORPUS = "data/ner/anercorp/train.txt"
LABELS = REPO / "tests" / "gold" / "events_anercorp" / "labels.jsonl"

# Punctuation written against the previous word (no space before it) or the next (no space
# after it), as in the benchmark's untokenised sentences («قال: "..."، وأضاف»).
_CLOSE = frozenset(". ، , : ؛ ; ؟ ? ! ) ] } » ” ’ % … ..".split())
_OPEN = frozenset("( [ { « “ ‘".split())
_TOGGLE = frozenset(['"', "'", "''"])


def detokenize(tokens: Sequence[str]) -> str:
    """The sentence as untokenised text: tokens joined by spaces, except that closing
    punctuation sticks to the word before it, opening punctuation to the word after it,
    and straight quotes alternate between opening and closing."""
    out: list[str] = []
    glue_next = False
    quote_open = False
    for tok in tokens:
        if tok in _TOGGLE:
            closing = quote_open
            quote_open = not quote_open
        else:
            closing = tok in _CLOSE
        if out and not glue_next and not closing:
            out.append(" ")
        out.append(tok)
        glue_next = tok in _OPEN or (tok in _TOGGLE and quote_open)
    return "".join(out)


def first_column(path: Path) -> tuple[tuple[str, ...], ...]:
    """A CoNLL file's sentences as token tuples (its first column), in file order."""
    return tuple(tuple(row[0] for row in sent) for sent in read_conll(path))


@lru_cache(maxsize=2)
def sentences(root: Path | None = None) -> tuple[tuple[str, ...], ...]:
    """The corpus's sentences as token tuples, in file order."""
    return first_column((root or shared_dir()) / CORPUS)


def texts(root: Path | None = None) -> list[str]:
    """Every sentence of the corpus, detokenised."""
    return [detokenize(s) for s in sentences(root)]


def read_labels(path: Path = LABELS) -> list[dict]:
    """The label lines (no file: none)."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def checked_text(lab: dict, root: Path | None = None) -> str:
    """A label's sentence read back from the corpus; ValueError if its hash differs."""
    sents = sentences(root)
    if not 0 <= lab["sentence"] < len(sents):
        raise ValueError(f"anercorp label {lab['sentence']}: no such sentence")
    text = detokenize(sents[lab["sentence"]])
    if sentence_hash(text) != lab["sha1"]:
        raise ValueError(f"anercorp label {lab['sentence']}: text changed")
    return text


def analyse_anercorp(pipe: Pipeline, path: Path = LABELS,
                     types: Sequence[str] = ("ASSAULT",), root: Path | None = None
                     ) -> list[Row]:
    """The labelled ANERcorp candidates as rows shaped like
    :func:`khabar.eval.events.analyse_news`'s: each sentence analysed alone (no dateline),
    events before the filter; "unsure" labels and other types left out; no file, no rows.
    ``root`` is the shared folder (default ``$KHABAR_SHARED``)."""
    stage = EventStage(model=None)
    out = []
    for lab in read_labels(path):
        if lab["type"] not in types or lab["label"] not in ("yes", "no"):
            continue
        text = checked_text(lab, root)
        rid = f"anercorp:{lab['sentence']}"
        doc = _analyze(pipe, text, rid)
        out.append(Row(rid, lab["type"], "yes" if lab["label"] == "yes" else "easy no", doc,
                       stage.code(doc), {}))
    return out


def main(argv: list[str] | None = None) -> None:
    """``python -m khabar.eval.events_anercorp [--model F] [--no-entities] [--labels F]``: the
    rules and the rules + shipped (or ``--model``) filter on our ANERcorp labels, ASSAULT; the
    rules on PROTEST (not filtered). Easy-no detection, as ``--news-check`` scores the news day."""
    import argparse

    from khabar.eval.events import keep_all, model_keep, pipeline, scores
    from khabar.extract.events.model import LogReg

    ap = argparse.ArgumentParser(description="Score the event rules and filter on our ANERcorp labels.")
    ap.add_argument("--model", type=Path, default=None, help="score this filter file")
    ap.add_argument("--labels", type=Path, default=LABELS, help="the labels file")
    ap.add_argument("--no-entities", action="store_true", help="run without the NER stage")
    args = ap.parse_args(argv)
    model = LogReg.load(args.model) if args.model else LogReg.load()
    rows = analyse_anercorp(pipeline(not args.no_entities), args.labels, ("ASSAULT", "PROTEST"))
    for type_ in ("ASSAULT", "PROTEST"):
        rs = [r for r in rows if r.type == type_]
        if not rs:
            continue
        runs = [("rules", keep_all)]
        if type_ == "ASSAULT" and model is not None:
            runs.append(("rules + filter", model_keep(model)))
        for name, keep in runs:
            m = scores(rs, keep)["detection_easy"]
            print(f"anercorp {type_} {name}: P {m['precision']} R {m['recall']} F1 {m['f1']} "
                  f"TP/FP/FN {m['tp']}/{m['fp']}/{m['fn']}")


if __name__ == "__main__":
    main()
