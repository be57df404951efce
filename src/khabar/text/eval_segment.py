"""Sentence-splitting accuracy against ``tests/gold/sentences.json``.

``python -m khabar.text.eval_segment`` prints, per gold set (development / held-out),
boundary precision, recall and F1 (sentence starts after the first of each article) and
the share of gold sentences found exactly, reading the article texts from
``../shared/data/news/dev/2015-08-10.zip`` at run time.
"""

from __future__ import annotations

import argparse
import json
import os
import zipfile
from pathlib import Path

from khabar.text.segment import sentences

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "tests" / "gold" / "sentences.json"
NEWS = Path(os.environ.get("KHABAR_SHARED", ROOT / ".." / "shared")) / "data" / "news" / "dev" / "2015-08-10.zip"


def evaluate(gold_path: Path = GOLD, news_path: Path = NEWS) -> dict[str, dict[str, float]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    with zipfile.ZipFile(news_path) as z:
        articles = json.loads(z.read(z.namelist()[0]))
    totals: dict[str, dict[str, float]] = {}
    for item in gold["articles"]:
        art = articles[item["index"]]
        assert art["url"] == item["url"], f"gold article {item['index']} is not {item['url']}"
        text = art["content"]
        pred = [(s.start, s.end) for s in sentences(text)]
        gold_starts = item["starts"]
        gold_spans = []
        for k, start in enumerate(gold_starts):
            end = gold_starts[k + 1] if k + 1 < len(gold_starts) else len(text)
            while end > start and text[end - 1].isspace():
                end -= 1
            gold_spans.append((start, end))
        g, p = set(gold_starts[1:]), {s for s, _ in pred[1:]}
        t = totals.setdefault(item["set"], dict.fromkeys(
            ("articles", "gold", "pred", "correct", "sentences", "exact"), 0))
        t["articles"] += 1
        t["gold"] += len(g)
        t["pred"] += len(p)
        t["correct"] += len(g & p)
        t["sentences"] += len(gold_spans)
        t["exact"] += len(set(gold_spans) & set(pred))
    for t in totals.values():
        t["precision"] = t["correct"] / t["pred"] if t["pred"] else 1.0
        t["recall"] = t["correct"] / t["gold"] if t["gold"] else 1.0
        pr = t["precision"] + t["recall"]
        t["f1"] = 2 * t["precision"] * t["recall"] / pr if pr else 0.0
        t["exact_share"] = t["exact"] / t["sentences"] if t["sentences"] else 1.0
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--news", type=Path, default=NEWS)
    args = parser.parse_args()
    for name, t in evaluate(args.gold, args.news).items():
        print(f"{name}: {t['articles']} articles, {t['gold']} gold boundaries, {t['pred']} predicted; "
              f"P {t['precision']:.3f} R {t['recall']:.3f} F1 {t['f1']:.3f}; "
              f"exact sentences {t['exact']}/{t['sentences']} ({t['exact_share']:.1%})")


if __name__ == "__main__":
    main()
