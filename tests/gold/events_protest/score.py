"""Score PROTEST detection and roles on the blind PROTEST set of session 22 (pr22, issue #6).

The gold (``labels.jsonl`` beside this file; README.md there) holds no text: each line names a
sentence of ANERcorp train (index, hash) or of the shared news day (article, offsets, hash), its
stratum of the draw (``draw.py``), a label (yes / no / unsure) and, for "yes", the character
spans of the protest's actor and recipient. Each sentence is read back (hash checked), analysed
alone by the evaluation pipeline (:func:`khabar.eval.events.pipeline`, no dateline) and scored
with :func:`khabar.eval.events.scores`: detection (an asserted, current PROTEST event) of "yes"
against "no" ("unsure" left out) and the token overlap of the roles on the "yes" rows. PROTEST
has no filter: the rules are the shipped coder.

Usage (repository root; code under test from ``PYTHONPATH``):
``KHABAR_SHARED=../shared .venv/bin/python tests/gold/events_protest/score.py [--part 1|2|all]
[--no-entities] [--json] [--errors]``; ``--errors`` prints the misses and false alarms (read only after the
blind run is recorded).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from khabar.eval.corpus import news_records, sentence_hash
from khabar.eval.events import Row, _analyze, keep_all, pipeline, scores
from khabar.eval.events_anercorp import checked_text
from khabar.extract.events import EventStage
from khabar.pipeline import Pipeline

HERE = Path(__file__).resolve().parent
# Pool sizes of draw.py's strata (README.md): drawn / pool, to weight a stratum's counts. Part 1
# (p22-001..100) drew 76 strong and 24 weak sentences; part 2 (p22-101..148, ``draw.py --rest``) is
# the strong stratum's other 48, so parts 1 + 2 hold the whole strong stratum.
POOL = {"cand": (0, 0), "strong": (124, 124), "weak": (24, 160)}


def part(lab: dict) -> int:
    """1 for the first draw (p22-001..100), 2 for the strong stratum's rest (p22-101..)."""
    return 1 if int(lab["id"].split("-")[1]) <= 100 else 2


def read() -> list[dict]:
    path = HERE / "labels.jsonl"
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def text_of(lab: dict) -> str:
    """A gold line's sentence read back from the shared data; ValueError if its hash differs."""
    if lab["source"] == "anercorp":
        return checked_text(lab)
    text = news_records()[lab["article"]]["content"][lab["start"]:lab["end"]]
    if sentence_hash(text) != lab["sha1"]:
        raise ValueError(f"protest gold {lab['id']}: text changed")
    return text


def words(text: str, spans: list[list[int]]) -> list[str]:
    return [w for s, e in spans for w in text[s:e].split()]


def gold_rows(pipe: Pipeline, parts: tuple[int, ...] = (1, 2)) -> list[Row]:
    """One scored row per yes/no line of ``parts``: the sentence analysed alone, its rule events,
    the gold words."""
    stage = EventStage(model=None)
    out = []
    for lab in read():
        if lab["label"] not in ("yes", "no") or part(lab) not in parts:
            continue
        text = text_of(lab)
        doc = _analyze(pipe, text, lab["id"])
        gold = {"source_gold": words(text, lab["actor"]), "target_gold": words(text, lab["recipient"])}
        out.append(Row(lab["id"], "PROTEST", "yes" if lab["label"] == "yes" else "easy no", doc,
                       stage.code(doc), gold))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-entities", action="store_true", help="run without the NER stage")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="print misses and false alarms")
    ap.add_argument("--part", choices=("1", "2", "all"), default="all",
                    help="1: the first draw (p22-001..100); 2: the strong stratum's rest; all: both")
    args = ap.parse_args(argv)
    parts = (1, 2) if args.part == "all" else (int(args.part),)
    rows = gold_rows(pipeline(not args.no_entities), parts)
    res = scores(rows, keep_all)
    strata = {lab["id"]: lab["stratum"] for lab in read()}
    per = {}
    for name, (drawn, pool) in POOL.items():
        rs = [r for r in rows if strata[r.id] == name]
        yes = [r for r in rs if r.y]
        per[name] = {"rows": len(rs), "yes": len(yes), "found": sum(1 for r in yes if detected_rule(r)),
                     "false": sum(1 for r in rs if not r.y and detected_rule(r)),
                     "weight": round(pool / drawn, 3) if drawn and args.part == "all" else None}
    out = {"detection": res["detection_easy"], "actor": res["overlap_actor"],
           "recipient": res["overlap_recipient"], "strata": per}
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        m = out["detection"]
        print(f"PROTEST detection: P {m['precision']} R {m['recall']} F1 {m['f1']} "
              f"(TP/FP/FN {m['tp']}/{m['fp']}/{m['fn']})")
        for role in ("actor", "recipient"):
            m = out[role]
            print(f"{role}: P {m['precision']} R {m['recall']} F1 {m['f1']} ({m['tp']}/{m['fp']}/{m['fn']})")
        for name, s in per.items():
            print(f"stratum {name}: {s}")
    if args.errors:
        for r in rows:
            if r.y != detected_rule(r):
                print(f"{'FN' if r.y else 'FP'} {r.id}: {r.doc.text[:220]}")


def detected_rule(row: Row) -> bool:
    """The rules report an asserted, current PROTEST event in the row's sentence."""
    return any(e.type == "PROTEST" and e.modality == "asserted" and not e.historical for e, _ in row.pairs)


if __name__ == "__main__":
    main()
