"""Draw and score the session-25 BODY-NAME sample of event places (evl25, issue #6).

l23's convention: a place named only inside a body's or an official's name («مجلس الوزراء البحريني»، «شرطة بنغلاديش»،
«محافظ الخرج»، «رئيس الوزراء بمملكة البحرين») is no place of the event. Session 24 counted 16 such events over the
five place samples (7 surely there, 9 not): this sample judges a set of its own, drawn for it, to decide the convention.

The pool: the events of the runs (``khabar analyze`` with entities) whose sentence holds at least one LOC entity and
whose every LOC entity is in a name — one of the ``REACH`` words before it (no punctuation, no «في» between) is a
noun of a body or an office (``BODY``) —, left out every event judged in any ``events_audit/*.tsv`` (its record and
trigger start), every event of a judged sentence and of a copy of one (l24_draw.pool). A seeded draw of ``--n``
events over the pool (all types together).

Usage:
  ``python tests/gold/events_audit/b25_draw.py RUN.jsonl --seed S --n 26`` prints judging blocks WITHOUT the coded
  place, date and modality (l24_draw.blind_block). ``--pool`` prints the pool's size per type.
  ``--score GOLD.tsv RUN.jsonl [RUN2.jsonl]`` scores a judged file against the runs' coded places.

Gold columns (tab-separated, ``#`` comments): record, trigger start, trigger end, type, sha1(sentence)[:12], the body's
place start, end (the LOC entity judged), verdict (``y``: the event happened there — in that place or inside it;
``n``: elsewhere; ``u``: unknown from the text), kind (``act``: the body's or official's own act, meeting or premises,
``other``: a statement, a title, a topic — the split session 24 asked for), note. A ``y`` row's gold place is the
entity; ``n`` and ``u`` rows have none (no place named where the event happened).
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
import l20_draw  # noqa: E402
from l24_draw import blind_block, pool  # noqa: E402
from m23_draw import judged_pairs  # noqa: E402

REACH = 3
# nouns of a body or an office (bare; a proclitic و/ف/ل/ب and the article are stripped before the lookup)
BODY = frozenset("""
مجلس وزارة وزير وزيرة هيئة لجنة جامعة شركة بنك مصرف جيش قوات قوة شرطة أمانة بلدية إمارة أمير محافظ حكومة
برلمان محكمة نيابة سفارة سفير سفيرة قنصلية قنصل مكتب جهاز غرفة رئيس رئيسة ملك ولي نائب مندوب ممثل مدير مديرة أمين
قائد مشايخ أعيان وجهاء علماء مفتي شيوخ خارجية داخلية دفاع مؤسسة منظمة اتحاد نادي صحيفة وكالة رئاسة إدارة ادارة
شؤون سلطات سلطة شعبة فرع
""".split())
WORD = re.compile(r"[\u0621-\u064a\u0670-\u06d3]+")
PUNCT = re.compile(r"[.,;:!?،؛«»\"()\-–]")


def _bare(word: str) -> str:
    w = word
    for p in ("و", "ف"):
        if w.startswith(p) and len(w) > 3:
            w = w[1:]
            break
    for p in ("بال", "لل", "ال", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def in_a_name(text: str, start: int) -> bool:
    """Whether a body's or an office's noun stands among the REACH words before ``start`` (its own proclitic ب
    aside), no punctuation or «في» between."""
    head = text[max(0, start - 80) : start]
    own = text[start : start + 12].split()[0] if text[start:start + 12].split() else ""
    if _bare(own) in BODY:  # «بمحافظة صنعاء» as one entity: its first word a body's noun
        return True
    words = head.split()
    for w in reversed(words[-REACH:]):
        if PUNCT.search(w):
            return False
        core = "".join(WORD.findall(w))
        if core in ("في", "فى"):
            return False
        if _bare(core) in BODY:
            return True
    return False


def body_only(evs: dict, docs: dict) -> dict:
    """The events whose sentence's LOC entities are all in a name (and there is one)."""
    out = {}
    for k, ev in evs.items():
        doc = docs[ev["doc"]]
        s = ev["sentence"]
        locs = [e for e in l20_draw._inside(doc["entities"], s["start"], s["end"]) if e["label"] == "LOC"]
        if locs and all(in_a_name(doc["text"], e["start"]) for e in locs):
            out[k] = ev
    return out


def score(path: str, runs: list[str]) -> dict:
    evs: dict = {}
    for run in runs:
        evs.update(l20_draw.load(run)[0])
    by: Counter[tuple[str, str, str]] = Counter()
    lines = []
    for r in l20_draw.rows(path):
        ev = evs.get((r[0], int(r[1]), r[3]))
        if ev is None:
            by[(r[7], r[8], "gone")] += 1
            continue
        loc = ev["location"]
        spans = [] if r[5] == "-" else list(zip(map(int, r[5].split("|")), map(int, r[6].split("|")), strict=True))
        coded = "body" if loc and any(a < loc["end"] and loc["start"] < b for a, b in spans) else (
            "other" if loc else "none")
        by[(r[7], r[8], coded)] += 1
        lines.append(f"{r[0]}\t{r[1]}\t{r[3]}\t{r[7]}\t{r[8]}\t{coded}")
    n = sum(by.values())
    # right: a y row coded with the body's place, an n/u row with no place
    right = sum(v for (g, _, c), v in by.items() if (g == "y" and c == "body") or (g != "y" and c == "none"))
    # (the rows of a real place the draw took for a name are counted apart: their note says «a real place»)
    conv_none = sum(v for (g, _, _c), v in by.items() if g != "y")  # what «no place» (l23) gets right
    conv_body = sum(v for (g, _, _c), v in by.items() if g == "y")  # what «the body's place» gets right
    return {"events": n, "coded_right": f"{right}/{n}", "verdicts": dict(Counter(r[7] for r in l20_draw.rows(path))),
            "by_kind": {f"{g}/{kind}": v for (g, kind), v in sorted(Counter((r[7], r[8]) for r in l20_draw.rows(path)).items())},
            "always_none_right": f"{conv_none}/{n}", "always_body_right": f"{conv_body}/{n}",
            "cells": {"/".join(k): v for k, v in sorted(by.items())}, "rows": lines}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+")
    ap.add_argument("--seed")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--pool", action="store_true")
    ap.add_argument("--score", metavar="GOLD.tsv")
    args = ap.parse_args()
    if args.score:
        print(json.dumps(score(args.score, args.runs), ensure_ascii=False, indent=1))
        return
    exclude = judged_pairs(sorted(f for f in glob.glob(os.path.join(HERE, "*.tsv"))
                                  if not os.path.basename(f).startswith("b25_")))
    docs: dict[str, dict] = {}
    for run in args.runs:
        docs.update(l20_draw.load(run)[1])
    left = body_only(pool(args.runs, exclude), docs)
    if args.pool:
        print(json.dumps(Counter(k[2] for k in left), sort_keys=True), len(left))
        return
    if not args.seed:
        raise SystemExit("--seed is required to draw")
    keys = sorted(left)
    picked = sorted(random.Random(args.seed).sample(keys, min(args.n, len(keys))))
    for k in picked:
        print(blind_block(left[k], docs[k[0]]))


if __name__ == "__main__":
    main()
