"""Evaluate the quote stage on the hand-read dev gold (tests/gold/quotes, rules in
docs/quotes.md).

Predicted and gold attributions are paired one-to-one by content overlap (greatest
character overlap first; any overlap pairs). Reported:

- content P/R/F1 over those pairs (and exact-span F1 for reference);
- source-span P/R/F1: a predicted source is right when its quote is paired and it overlaps
  the gold source (over quotes that have a source);
- speaker accuracy on pairs: the normalised word sets of the two names, one contained in
  the other («فرهاد علاء الدين» ~ «مستشار … فرهاد علاء الدين»), plus exact-name accuracy;
- via accuracy on pairs: the same intermediaries in the same order (names compared like
  speakers); kind, type and hedged accuracy on pairs.

Run: ``.venv/bin/python -m khabar.eval.quotes [--set dev|heldout|heldout2 … heldout30] [--details]
[--no-entities]`` (``dev``: the 33 gold articles + the example, used while building the stage;
``heldout`` … ``heldout17``: further articles, each set annotated before the stage first ran on it;
``heldout16`` and ``heldout17`` only from the ``ner_fresh`` articles, which no entity model has
trained on; ``heldout18`` and ``heldout19``: single sentences of the events dev slice (half B, 2006–2008 newswire),
each analysed alone with no dateline — their gold names the CSV file, row id and text hash);
``heldout20`` … ``heldout30``: news-day articles again (sessions 13–18, 21–25), in no earlier quotes gold,
cue-selected (``heldout21/draw.py`` … ``heldout30/draw.py`` are the seeded draws).

``--pool`` recomputes the pooled blind rows of docs/quality.md from the committed blind first runs
(``tests/gold/quotes/blind_runs.tsv``): for every k, sets 1–k pooled (``--mode noent``: the runs
without entities, from held-out 7 on; ``--sets 7-24`` another range).

A gold quote whose speaker cannot be known from its text (an implicit «وأضاف» with no antecedent
in a lone sentence) has ``speaker`` null; a prediction with no speaker is right for it.
"""

from __future__ import annotations

import argparse
import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from khabar.eval.corpus import REPO, article, sentence_hash, shared_dir
from khabar.eval.metrics import pair_by_overlap, prf
from khabar.extract.quotes.chain import same_speaker, words

GOLD_DIR = REPO / "tests" / "gold" / "quotes"
SETS = {"dev": GOLD_DIR, "heldout": GOLD_DIR / "heldout", "heldout2": GOLD_DIR / "heldout2", "heldout3": GOLD_DIR / "heldout3", "heldout4": GOLD_DIR / "heldout4", "heldout5": GOLD_DIR / "heldout5", "heldout6": GOLD_DIR / "heldout6", "heldout7": GOLD_DIR / "heldout7", "heldout8": GOLD_DIR / "heldout8",
        "heldout9": GOLD_DIR / "heldout9", "heldout10": GOLD_DIR / "heldout10", "heldout11": GOLD_DIR / "heldout11",
        "heldout12": GOLD_DIR / "heldout12", "heldout13": GOLD_DIR / "heldout13",
        "heldout14": GOLD_DIR / "heldout14", "heldout15": GOLD_DIR / "heldout15",
        "heldout16": GOLD_DIR / "heldout16", "heldout17": GOLD_DIR / "heldout17",
        "heldout18": GOLD_DIR / "heldout18", "heldout19": GOLD_DIR / "heldout19",
        "heldout20": GOLD_DIR / "heldout20", "heldout21": GOLD_DIR / "heldout21",
        "heldout22": GOLD_DIR / "heldout22", "heldout23": GOLD_DIR / "heldout23",
        "heldout24": GOLD_DIR / "heldout24", "heldout25": GOLD_DIR / "heldout25",
        "heldout26": GOLD_DIR / "heldout26", "heldout27": GOLD_DIR / "heldout27",
        "heldout28": GOLD_DIR / "heldout28", "heldout29": GOLD_DIR / "heldout29",
        "heldout30": GOLD_DIR / "heldout30"}
EVENTS_DEV = "data/events/dev"
BLIND_RUNS = GOLD_DIR / "blind_runs.tsv"


def events_sentence(file: str, row: str, sha1: str) -> str:
    """The text of one row of the events dev slice (``file`` a CSV of it), checked against the
    hash the gold keeps (the repository stores no text of the slice)."""
    with (shared_dir() / EVENTS_DEV / file).open(encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            if rec["id"] == row and sentence_hash(rec["text"]) == sha1:
                return rec["text"]
    raise KeyError(f"{file} row {row} with text hash {sha1} not found")


def load_gold(gold_dir: Path = GOLD_DIR) -> list[dict]:
    """Gold files (with their texts) in file-name order."""
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "row" in gold:  # a sentence of the events dev slice: no dateline
            text, published, key = events_sentence(gold["file"], gold["row"], gold["sha1"]), None, gold["row"]
        else:
            key = "example" if gold.get("file") == "example" else gold["index"]
            text, published, _ = article(key)
        gold["text"], gold["published"], gold["key"] = text, published, key
        out.append(gold)
    return out


def pair(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, pred index)`` by greatest content overlap."""
    return pair_by_overlap(
        [(g["content"]["start"], g["content"]["end"]) for g in gold],
        [(p["content"]["start"], p["content"]["end"]) for p in pred],
    )


def via_names(vias: list[dict]) -> list[str]:
    return [v.get("name") or v.get("text") or "" for v in vias]


def same_vias(g: list[str], p: list[str]) -> bool:
    return len(g) == len(p) and all(same_speaker(a, b) for a, b in zip(g, p, strict=True))


@dataclass
class Scores:
    gold: int = 0
    pred: int = 0
    paired: int = 0
    exact: int = 0
    src_gold: int = 0
    src_pred: int = 0
    src_ok: int = 0
    speaker_ok: int = 0
    speaker_exact: int = 0
    named: int = 0
    named_ok: int = 0
    kind_ok: int = 0
    via_ok: int = 0
    type_ok: int = 0
    hedged_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, gold: list[dict], pred: list[dict], name: str) -> None:
        self.gold += len(gold)
        self.pred += len(pred)
        self.src_gold += sum(1 for g in gold if g.get("source"))
        self.src_pred += sum(1 for p in pred if p.get("source"))
        pairs = pair(gold, pred)
        self.paired += len(pairs)
        got_g = {i for i, _ in pairs}
        got_p = {j for _, j in pairs}
        for i, j in pairs:
            g, p = gold[i], pred[j]
            if (g["content"]["start"], g["content"]["end"]) == (p["content"]["start"], p["content"]["end"]):
                self.exact += 1
            gs, ps = g.get("source"), p.get("source")
            if gs and ps and min(gs["end"], ps["end"]) > max(gs["start"], ps["start"]):
                self.src_ok += 1
            self.named += bool(g["speaker"])
            if same_speaker(g["speaker"], p.get("speaker")):
                self.named_ok += 1
            if same_speaker(g["speaker"], p.get("speaker")) or not (g["speaker"] or p.get("speaker")):
                self.speaker_ok += 1
            else:
                self.errors.append(f"{name} speaker: gold {g['speaker']!r} pred {p.get('speaker')!r} | {g['content']['text'][:50]}")
            if words(g["speaker"]) == words(p.get("speaker")):
                self.speaker_exact += 1
            self.kind_ok += g["speaker_kind"] == p.get("speaker_kind")
            gv, pv = via_names(g["via"]), via_names(p.get("via", []))
            if same_vias(gv, pv):
                self.via_ok += 1
            else:
                self.errors.append(f"{name} via: gold {gv} pred {pv} | {g['content']['text'][:50]}")
            self.type_ok += g["type"] == p.get("type")
            self.hedged_ok += bool(g["hedged"]) == bool(p.get("hedged"))
        for i, g in enumerate(gold):
            if i not in got_g:
                self.errors.append(f"{name} MISSED [{g['cue']['text']}] {g['speaker']}: {g['content']['text'][:70]}")
        for j, p in enumerate(pred):
            if j not in got_p:
                self.errors.append(f"{name} SPURIOUS [{p['cue']['text']}] {p.get('speaker')}: {p['content']['text'][:70]}")

    def report(self) -> dict[str, float]:
        cp, cr, cf = prf(self.paired, self.pred, self.gold)
        _, _, ef = prf(self.exact, self.pred, self.gold)
        sp, sr, sf = prf(self.src_ok, self.src_pred, self.src_gold)
        n = self.paired or 1
        return {
            "gold": self.gold, "pred": self.pred, "paired": self.paired,
            "content_p": cp, "content_r": cr, "content_f1": cf, "content_exact_f1": ef,
            "source_p": sp, "source_r": sr, "source_f1": sf,
            "speaker_acc": self.speaker_ok / n, "speaker_exact_acc": self.speaker_exact / n,
            "speaker_named_acc": self.named_ok / (self.named or 1),
            "kind_acc": self.kind_ok / n, "via_acc": self.via_ok / n,
            "type_acc": self.type_ok / n, "hedged_acc": self.hedged_ok / n,
        }


def evaluate(use_entities: bool = True, gold_set: str = "dev") -> Scores:
    """Run the pipeline (text, entities, quotes) over a gold set and score it."""
    from khabar.document import to_dict
    from khabar.pipeline import Pipeline

    stages = ["text", "entities", "quotes"] if use_entities else ["text", "quotes"]
    pipe = Pipeline(stages=stages)
    scores = Scores()
    for gold in load_gold(SETS[gold_set]):
        doc = pipe.analyze(gold["text"], published=gold["published"])
        pred = to_dict(doc)["quotes"]
        scores.add(gold["quotes"], pred, str(gold["key"]))
    return scores


@dataclass(frozen=True)
class BlindRun:
    """One set's blind first run as published: gold count, content P/R, speaker and via accuracy."""

    set: int
    mode: str
    stage: str
    gold: int
    p: float
    r: float
    speaker: float
    via: float


def blind_runs(path: Path = BLIND_RUNS) -> list[BlindRun]:
    """The committed blind first runs, in set order."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    return sorted((BlindRun(int(r["set"]), r["mode"], r["stage"], int(r["gold"]), float(r["content_p"]),
                            float(r["content_r"]), float(r["speaker_acc"]), float(r["via_acc"])) for r in rows),
                  key=lambda b: (b.set, b.mode))


def pool(runs: list[BlindRun]) -> dict[str, float]:
    """Pooled like the table's rows: per set paired = R × gold, predicted = paired / P, speaker-right
    = speaker × paired, via-right = via × paired, summed over the sets."""
    gold = sum(b.gold for b in runs)
    paired = sum(b.gold * b.r for b in runs)
    pred = sum(b.gold * b.r / b.p for b in runs)
    p, r = paired / pred, paired / gold
    return {"gold": gold, "content_p": p, "content_r": r, "content_f1": 2 * p * r / (p + r),
            "speaker_acc": sum(b.gold * b.r * b.speaker for b in runs) / paired,
            "via_acc": sum(b.gold * b.r * b.via for b in runs) / paired}


def pooled_rows(mode: str = "ent", first: int = 1, last: int | None = None) -> list[str]:
    """One line per prefix of the set range: sets first–k pooled, for every k in it."""
    runs = [b for b in blind_runs() if b.mode == mode and b.set >= first and (last is None or b.set <= last)]
    out = []
    for k in range(2, len(runs) + 1):
        s = pool(runs[:k])
        out.append(f"pooled {runs[0].set}–{runs[k - 1].set} ({mode}, {s['gold']} attributions): content "
                   f"{s['content_p']:.3f} / {s['content_r']:.3f} / {s['content_f1']:.3f}, speaker "
                   f"{s['speaker_acc']:.3f}, via {s['via_acc']:.3f}")
    return out


def print_report(scores: Scores, details: bool = False) -> None:
    """Print a scored set: with ``details`` its errors first, then the counts and every figure."""
    if details:
        for line in scores.errors:
            print(line)
    rep = scores.report()
    print(f"attributions: gold {rep['gold']}, predicted {rep['pred']}, paired {rep['paired']}")
    for key, value in rep.items():
        if isinstance(value, float):
            print(f"{key:>18}: {value:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="list misses, spurious and wrong attributes")
    ap.add_argument("--no-entities", action="store_true", help="run without the entity stage")
    ap.add_argument("--set", default="dev", choices=sorted(SETS), help="gold set")
    ap.add_argument("--pool", action="store_true", help="pool the committed blind first runs (no run)")
    ap.add_argument("--mode", default="ent", choices=["ent", "noent"], help="with --pool: which blind runs")
    ap.add_argument("--sets", default="", help="with --pool: a range of held-out sets, e.g. 7-24")
    args = ap.parse_args()
    if args.pool:
        first, _, last = args.sets.partition("-")
        for line in pooled_rows(args.mode, int(first or 1), int(last) if last else None):
            print(line)
        return
    scores = evaluate(use_entities=not args.no_entities, gold_set=args.set)
    print_report(scores, args.details)


if __name__ == "__main__":
    main()
