"""Draw and score the session-23 sample of PLANS (mod23, issue #6): news-day events whose sentence has a plan cue.

A seeded draw over one run of ``khabar analyze`` on the news day, of events whose sentence holds a plan
cue — a future time word («غدا»، «المقبل/ة»، «القادم/ة»), a DATE in the sentence after the dateline (or
FUTURE_REF), «من المقرر»، «المزمع»، «سوف»، a س-prefixed imperfect («سيعقد»، «ستبدأ»، «سيتم»), an intention verb
(«يعتزم/تعتزم/ينوي/تنوي/يخطط/تخطط/يستعد/تستعد») — leaving out every event judged before in
tests/gold/events_audit (any ``.tsv`` there, and ``--exclude`` files) and every event of a sentence one of them
lies in; at most one event per sentence and two per record, so copies and long lists do not fill the sample.

Usage:
  ``python tests/gold/events_audit/p23_draw.py RUN.jsonl --seed mod23p --n 40 [--exclude F]`` prints judging
  blocks WITHOUT the coded modality (``--coded`` adds it, for after judging).
  ``--score GOLD.tsv RUN.jsonl`` scores a judged file (columns: record, trigger start, trigger end, type,
  modality, event y/n, note): modality accuracy, the confusion table, and plans — recall of gold
  ``future`` coded future, precision of coded ``future`` (gold future among them).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from m23_draw import block, gold_rows, judged_pairs, load  # noqa: E402

HARAKAT = re.compile("[\u064b-\u0652\u0640]")
# A plan cue, on the sentence without short vowels. The س-imperfect pattern over-reaches (سيارة، ستة are
# left out by the noun list): a sentence drawn without a plan is a fine counter-example for precision.
CUE = re.compile(
    r"(?<!\w)(?:[وف]?غدا|[وف]?غدًا|بعد غد|المقبل|المقبلة|القادم|القادمة|المزمع|المزمعة|المقرر|[وف]?سوف"
    r"|[وف]?(?:يعتزم|تعتزم|يعتزمون|ينوي|تنوي|ينوون|يخطط|تخطط|يخططون|يستعد|تستعد|يستعدون)"
    r"|[وف]?س[يتنأ]\w{2,})(?!\w)")
NOT_FUTURE = re.compile(r"^[وف]?(?:سي(?:ار|اس|اد|اح|طر|ناء|ول|دة|د$|ف$)|ست(?:ة|ين|ون|ار)|سن(?:ة|وات|ين|ت)|سيرت)")


WORDS: set[str] = set()  # every word of the run's texts, set by ``draw``: the tail of a س-form must be a word


def plan_cue(text: str, names: frozenset[str] = frozenset()) -> str | None:
    """The first plan cue of ``text`` (a sentence); ``names``: the words of its entities, which are no cue
    (سنجار، ستوك، سيلوبي). A س-form counts when what follows س is itself a word of the run (سيعقد → يعقد)."""
    for m in CUE.finditer(HARAKAT.sub("", text)):
        w = m.group()
        if w in names or w[1:] in names:
            continue
        if w.lstrip("وف")[:1] == "س" and w.lstrip("وف") != "سوف":
            bare = w.lstrip("وف")
            if NOT_FUTURE.match(w) or (WORDS and bare[1:] not in WORDS):
                continue
        return w
    return None


def names_in(doc: dict, s: dict) -> frozenset[str]:
    return frozenset(w for x in doc.get("entities", []) if s["start"] <= x["start"] < s["end"]
                     for w in HARAKAT.sub("", x["text"]).split())


def later_date(doc: dict, s: dict) -> str | None:
    """A DATE of the sentence after the dateline (its value or FUTURE_REF)."""
    pub = (doc.get("published") or "")[:10]
    for t in doc.get("times", []):
        if t.get("type") != "DATE" or not (s["start"] <= t["start"] < s["end"]):
            continue
        v = str(t.get("value") or "")
        if v == "FUTURE_REF" or (re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", v) and pub and v[:len(pub)] > pub[:len(v)]):
            return t["text"]
    return None


def draw(events: list[tuple[dict, dict]], seed: str, n: int, exclude: set[tuple[str, int]]) -> list[tuple[dict, dict]]:
    judged_sentences = {(d["id"], e["sentence"]["start"]) for e, d in events if (d["id"], e["trigger"]["start"]) in exclude}
    for d in {d["id"]: d for _, d in events}.values():
        WORDS.update(HARAKAT.sub("", d["text"]).split())
    pool = [(e, d) for e, d in events
            if (d["id"], e["trigger"]["start"]) not in exclude and (d["id"], e["sentence"]["start"]) not in judged_sentences
            and (plan_cue(e["sentence"]["text"], names_in(d, e["sentence"])) or later_date(d, e["sentence"]))]
    rng = random.Random(seed)
    rng.shuffle(pool)
    out, sentences, per_record = [], set(), Counter()
    for e, d in pool:
        key = (d["id"], e["sentence"]["start"])
        if key in sentences or per_record[d["id"]] >= 2 or e["sentence"]["text"] in {x["sentence"]["text"] for x, _ in out}:
            continue
        sentences.add(key)
        per_record[d["id"]] += 1
        out.append((e, d))
        if len(out) == n:
            break
    return sorted(out, key=lambda p: (int(p[1]["id"].split(":")[1]), p[0]["trigger"]["start"]))


def score(gold_path: str, runs: list[str]) -> dict:
    index = {(d["id"], e["trigger"]["start"]): e for e, d in load(runs)}
    conf: Counter = Counter()
    res: Counter = Counter()
    errors = []
    for row in gold_rows(gold_path):
        rec, start, _end, type_, modality = row[:5]
        e = index.get((rec, int(start)))
        if e is None:
            res["missing"] += 1
            errors.append(f"MISSING {rec} {start}")
            continue
        coded = e.get("modality")
        res["n"] += 1
        res["modality_ok"] += coded == modality
        res["gold_future"] += modality == "future"
        res["coded_future"] += coded == "future"
        res["future_both"] += modality == coded == "future"
        conf[f"{modality}->{coded}"] += 1
        if coded != modality:
            errors.append(f"{rec}\t{start}\t{type_}\tgold {modality}\tcoded {coded}\t«{e['trigger']['text']}»")
    return {"counts": dict(res), "confusion": dict(sorted(conf.items())), "errors": errors}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="*")
    ap.add_argument("--seed", default="mod23p")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--coded", action="store_true")
    ap.add_argument("--score", metavar="GOLD")
    args = ap.parse_args()
    if args.score:
        json.dump(score(args.score, args.runs), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    exclude = judged_pairs(sorted(glob.glob(os.path.join(HERE, "*.tsv"))) + args.exclude)
    for ev, doc in draw(load(args.runs), args.seed, args.n, exclude):
        cue = plan_cue(ev["sentence"]["text"], names_in(doc, ev["sentence"])) or later_date(doc, ev["sentence"])
        print(block(ev, doc, args.coded) + f"\n   (cue: {cue})")
        print()


if __name__ == "__main__":
    main()
