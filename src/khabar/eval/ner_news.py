"""The NER tagger on 2015 Saudi news: our news-day tags split by article.

A quarter of the articles of ``tests/gold/ner_news`` (CRC32 of the article index mod 4 = 0)
is held out; ``--train DIR`` trains a model on the dev configuration (ANERcorp's last sixth
held out too) with the other articles' news tags, then every given model is scored on the
held-out articles, each article's sentences tagged together (pass 1, and both passes).

Run: ``.venv/bin/python -m khabar.eval.ner_news [--train DIR] MODEL_DIR …``
(``src/khabar/models`` is the shipped model, which also trained on the held-out part).
``--fresh`` scores on ``tests/gold/ner_fresh`` instead: sentences of articles with no
sentence in the training tags, tagged after the session-4 models were trained, so the
shipped model can be scored too.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import zlib
from itertools import groupby
from pathlib import Path

from khabar.eval.corpus import shared_dir
from khabar.eval.ner import Report, score
from khabar.ner import train as ner_train
from khabar.ner.model import NerTagger


def held_out(item: dict) -> bool:
    """Whether a tagged sentence's article is in the held-out quarter."""
    return zlib.crc32(str(item["article"]).encode()) % 4 == 0


def _split(keep) -> Path:
    """The news tags whose article ``keep`` accepts, as a temporary tags file."""
    lines = [x for x in ner_train.NEWS_TAGS.read_text("utf-8").splitlines()
             if x and keep(json.loads(x))]
    tmp = Path(tempfile.mkdtemp()) / "tags.jsonl"
    tmp.write_text("\n".join(lines) + "\n", "utf-8")
    return tmp


FRESH = ner_train.NEWS_TAGS.parent.parent / "ner_fresh" / "tags.jsonl"


def train(out: Path, clusters: Path | None = None) -> dict:
    """Train the dev configuration without the held-out articles' news tags."""
    cfg = ner_train.TrainConfig(news_tags=str(_split(lambda it: not held_out(it))))
    return ner_train.run(out, cfg, dev=True, clusters_path=clusters)


def evaluate(model_dir: Path, stacked: bool = True, tags: Path | None = None,
             rules: bool = True) -> Report:
    """Exact-span scores of a model on the held-out articles (or on the sentences of
    ``tags``, e.g. :data:`FRESH`); ``rules``: with the club rules (khabar.ner.postrules)."""
    sents, docs = ner_train.load_news_tags(shared_dir(), tags or _split(held_out))
    tagger = NerTagger(model_dir, rules=rules)
    gold, pred = [], []
    for _, group in groupby(zip(docs, sents, strict=True), key=lambda x: x[0]):
        group = list(group)
        tags, _ = tagger.tag_document([w for _, (w, _) in group], marginals=False,
                                      stacked=stacked)
        pred += tags
        gold += [t for _, (_, t) in group]
    return score(gold, pred)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("models", nargs="*", type=Path)
    ap.add_argument("--train", type=Path, help="first train a model without the held-out part")
    ap.add_argument("--clusters", type=Path, help="a dev clusters file (default: learn none)")
    ap.add_argument("--fresh", action="store_true",
                    help="score on tests/gold/ner_fresh (articles no model trained on) instead")
    ap.add_argument("--no-rules", action="store_true",
                    help="the CRF's tags alone, without the club rules of khabar.ner.postrules")
    args = ap.parse_args(argv)
    models = list(args.models)
    if args.train:
        train(args.train, args.clusters)
        models.append(args.train)
    for m in models:
        for stacked in (False, True):
            r = evaluate(m, stacked, FRESH if args.fresh else None, not args.no_rules).as_dict()
            micro = r["micro"]
            types = {k: v["f1"] for k, v in sorted(r["per_type"].items())}
            print(f"{m} {'two passes' if stacked else 'pass 1'}: F1 {micro['f1']} "
                  f"(P {micro['precision']} R {micro['recall']}) {types}")


if __name__ == "__main__":
    main()
