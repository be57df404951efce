"""Score ASSAULT/PROTEST actor and recipient token overlap on our second role gold (evr20, issue #6).

The gold (``anercorp.jsonl``, ``news.jsonl`` beside this file; README.md there) holds no text:
each line names a sentence — of ANERcorp train by index and hash, or of the shared news day by
article, offsets and hash — and the character spans of its actor and recipient. The scorer
reads each sentence back (hash checked), analyses it alone with the evaluation pipeline
(:func:`khabar.eval.events.pipeline`, no dateline), lists its rule events and scores them with
:func:`khabar.eval.events.scores` — the dev slice's token overlap, the gold being the words of
the spans. Runs: the rules, and the rules + the shipped filter (PROTEST is not filtered).

Usage (repository root; code under test from ``PYTHONPATH``):
``KHABAR_SHARED=../shared .venv/bin/python tests/gold/events_roles/score.py [--set anercorp|news|news2|news3|news4|news5|all]
[--no-entities] [--model F] [--json] [--errors]``; ``--errors`` prints every row whose predicted
tokens differ from the gold (read only after a blind run is recorded). ``all`` is the two
development sets; ``news2`` (evr21's blind news sample), ``news3`` (evr22's), ``news4`` (evr23's) and ``news5``
(evr24's) are scored only when named.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from khabar.eval.corpus import news_records, sentence_hash
from khabar.eval.events import (
    Row,
    _analyze,
    _gold_tokens,
    _norm_tokens,
    _touched,
    keep_all,
    model_keep,
    pipeline,
    scores,
)
from khabar.eval.events_anercorp import checked_text
from khabar.extract.events import EventStage
from khabar.extract.events.model import LogReg
from khabar.pipeline import Pipeline

HERE = Path(__file__).resolve().parent
DEV_SETS = ("anercorp", "news")
SETS = (*DEV_SETS, "news2", "news3", "news4", "news5")
ROLES = (("actor", "source_gold"), ("recipient", "target_gold"))


def read(name: str) -> list[dict]:
    """The gold lines of one set."""
    path = HERE / f"{name}.jsonl"
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def text_of(name: str, lab: dict) -> str:
    """A gold line's sentence read back from the shared data; ValueError if its hash differs."""
    if name == "anercorp":
        return checked_text(lab)
    text = news_records()[lab["article"]]["content"][lab["start"]:lab["end"]]
    if sentence_hash(text) != lab["sha1"]:
        raise ValueError(f"{name} role gold {lab['article']}:{lab['start']}: text changed")
    return text


def row_id(name: str, lab: dict) -> str:
    return f"anercorp:{lab['sentence']}" if name == "anercorp" else f"{name}:{lab['article']}:{lab['start']}"


def words(text: str, spans: list[list[int]]) -> list[str]:
    """The gold words of a role: the whitespace words of its spans, in order."""
    return [w for s, e in spans for w in text[s:e].split()]


def gold_rows(pipe: Pipeline, name: str) -> list[Row]:
    """One scored row per gold line: the sentence analysed alone, its rule events, the gold words."""
    stage = EventStage(model=None)
    out = []
    for lab in read(name):
        text = text_of(name, lab)
        doc = _analyze(pipe, text, row_id(name, lab))
        gold = {"source_gold": words(text, lab["actor"]), "target_gold": words(text, lab["recipient"])}
        out.append(Row(row_id(name, lab), lab["type"], "yes", doc, stage.code(doc), gold))
    return out


def differences(rows: list[Row], keep) -> list[str]:
    """Rows whose predicted role tokens differ from the gold's (gold-scored roles only)."""
    out = []
    for row in rows:
        k = keep(row) if getattr(keep, "per_row", False) else keep
        evs = [e for e, f in row.pairs if e.type == row.type and k(row, e, f)]
        for role, key in ROLES:
            gold = _gold_tokens(row.gold.get(key))
            if not gold:
                continue
            pred = _touched(row.doc, [a for e in evs for a in getattr(e, role)])
            if _norm_tokens(pred) != gold:
                out.append(f"{row.id} {row.type} {role}: gold {' '.join(row.gold[key])} | pred {' '.join(pred)}"
                           f" || {row.doc.text[:160]}")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=(*SETS, "all"), default="all")
    ap.add_argument("--no-entities", action="store_true", help="run without the NER stage")
    ap.add_argument("--model", type=Path, default=None, help="score this filter file")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="print the rows that differ (rules + filter)")
    args = ap.parse_args(argv)
    pipe = pipeline(not args.no_entities)
    model = LogReg.load(args.model) if args.model else LogReg.load()
    runs = [("rules", keep_all), ("rules + filter", model_keep(model))]
    names = DEV_SETS if args.set == "all" else (args.set,)
    results: dict = {}
    for name in names:
        rows = gold_rows(pipe, name)
        for type_ in ("ASSAULT", "PROTEST"):
            rs = [r for r in rows if r.type == type_]
            if not rs:  # the news2-5 sets hold ASSAULT rows only
                continue
            for run, keep in runs:
                s = scores(rs, keep)
                results[f"{name} {type_} {run}"] = {role: s[f"overlap_{role}"] for role, _ in ROLES}
            if args.errors:
                for line in differences(rs, runs[1][1]):
                    print(line)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return
    for key, res in results.items():
        print(key + ": " + "; ".join(
            f"{role} P {m['precision']} R {m['recall']} F1 {m['f1']} ({m['tp']}/{m['fp']}/{m['fn']})"
            for role, m in res.items()))


if __name__ == "__main__":
    main()
