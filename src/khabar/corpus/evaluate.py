"""Evaluation of near-duplicate grouping on the dev news day, with edited copies, and of
the word forms that search matches.

    python -m khabar.corpus.evaluate --news ../shared/data/news/dev/2015-08-10.zip
    python -m khabar.corpus.evaluate --forms        # also: surface forms each query matches
    python -m khabar.corpus.evaluate --sample 20    # also: 20 random real groups to read

Takes the distinct articles of the day (one per existing near-duplicate group, so the
originals are not copies of each other), makes one edited copy of each at three edit
levels — the edits outlets make to a wire story: a new dateline line, dropped sentences,
replaced words — and measures, per level, the share of copies grouped with their original
(recall) and the share of groups that mix two different originals (false merges). The
edits are random with a fixed seed, so the figures are reproducible.
"""

from __future__ import annotations

import argparse
import os
import random
from collections import Counter
from pathlib import Path

from khabar.corpus.dedupe import DEFAULT_THRESHOLD, groups, signature, word_forms
from khabar.document import Document
from khabar.io.readers import read_records
from khabar.text.segment import sentences

LEVELS = {
    # name: (sentences dropped, share of words replaced, share of the end cut, lead rewritten)
    "light (dateline + last sentence dropped)": (1, 0.0, 0.0, False),
    "medium (+ 5% of words replaced)": (1, 0.05, 0.0, False),
    "heavy (2 sentences dropped, 15% of words replaced)": (2, 0.15, 0.0, False),
    "trimmed (new first sentence, last 40% of sentences cut)": (0, 0.0, 0.4, True),
}
MIN_WORDS = 80


def _edit(text: str, drop: int, replace: float, vocab: list[str], rng: random.Random,
          cut: float = 0.0, lead: bool = False) -> str:
    sents = [s.text for s in sentences(text)]
    if cut and len(sents) > 2:  # an outlet keeps the top of the story
        sents = sents[:max(1, round(len(sents) * (1 - cut)))]
    if lead and sents:  # and writes its own first sentence
        sents[0] = " ".join(rng.choice(vocab) for _ in range(len(sents[0].split())))
    if len(sents) > drop + 1:
        for _ in range(drop):
            sents.pop(rng.randrange(1, len(sents)))
    words = " ".join(sents).split()
    for i in range(len(words)):
        if rng.random() < replace:
            words[i] = rng.choice(vocab)
    return "الرياض - واس\n" + " ".join(words)


def evaluate(news: Path, threshold: float = DEFAULT_THRESHOLD, seed: int = 13,
             containment: bool = True) -> dict:
    """Recall and false-merge rate of :func:`khabar.corpus.dedupe.groups` per edit level
    (``containment``: with the texts' words, as the store groups them)."""
    texts = []
    seen = set()
    for rec in read_records(news):
        text = rec.get("text") or ""
        if "error" in rec or len(text.split()) < MIN_WORDS or text in seen:
            continue
        seen.add(text)
        texts.append(text)
    sigs = [signature(Document(id=str(i), text=t)) for i, t in enumerate(texts)]
    words: dict[int, list[str]] = {i: word_forms(Document(id=str(i), text=t))
                                   for i, t in enumerate(texts)}
    by = words.__getitem__ if containment else None
    already = {i for g in groups(list(enumerate(sigs)), threshold, words=by) for i in g[1:]}
    originals = [i for i in range(len(texts)) if i not in already]
    vocab = sorted({w for i in originals[:200] for w in texts[i].split() if len(w) > 2})
    out = {"originals": len(originals), "threshold": threshold, "levels": {}}
    for name, (drop, replace, cut, lead) in LEVELS.items():
        rng = random.Random(seed)
        items = [(i, sigs[i]) for i in originals]
        copy_of = {}
        for i in originals:
            key = -(i + 1)
            copy_of[key] = i
            copy = Document(id="c", text=_edit(texts[i], drop, replace, vocab, rng, cut, lead))
            words[key] = word_forms(copy)
            items.append((key, signature(copy)))
        found = groups(items, threshold, words=by)
        family = {k: (copy_of.get(k, k)) for k, _ in items}
        together = sum(1 for g in found for k in g if k < 0 and copy_of[k] in g)
        mixed = sum(1 for g in found if len({family[k] for k in g}) > 1)
        out["levels"][name] = {
            "recall": together / len(originals),
            "groups": len(found),
            "mixed_groups": mixed,
        }
    return out


def sample_groups(news: Path, n: int, seed: int = 2026) -> list[list[dict]]:
    """``n`` random near-duplicate groups of the real day (all records with text), for
    reading: each member's outlet, title and opening."""
    recs = [r for r in read_records(news) if "error" not in r and r["text"].strip()]
    sigs = [(i, signature(Document(id=str(i), text=r["text"]))) for i, r in enumerate(recs)]
    found = groups(sigs, words=lambda i: word_forms(Document(id=str(i), text=recs[i]["text"])))
    rng = random.Random(seed)
    return [[{"outlet": recs[i]["outlet"], "title": recs[i]["title"],
              "opening": " ".join(recs[i]["text"].split())[:110]} for i in g]
            for g in rng.sample(found, min(n, len(found)))]


FORM_QUERIES = ("لبنان", "واشنطن", "القوات", "السعودية", "لجنة", "بيان", "لديه", "فلسطين")


def search_forms(news: Path, queries: tuple[str, ...] = FORM_QUERIES) -> dict[str, Counter]:
    """For each query, the original surface forms of the words search matched in the day
    (text stage only, temporary store): a direct view of clitic recall and precision."""
    import tempfile

    from khabar.ingest import Ingestor
    from khabar.pipeline import Pipeline
    from khabar.store import Store
    from khabar.store.search import _hits, parse_query

    out: dict[str, Counter] = {}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "forms.db") as store:
        Ingestor(store, Pipeline(stages=["text"], detect_language=False)).ingest([str(news)])
        for q in queries:
            expr, terms = parse_query(q)
            forms: Counter = Counter()
            for r in store._rows("SELECT a.text FROM articles_fts JOIN articles a"
                                 " ON a.id = articles_fts.rowid WHERE articles_fts MATCH ?", [expr]):
                forms.update(r["text"][s:e] for s, e in _hits(r["text"], terms))
            out[q] = forms
    return out


def main(argv: list[str] | None = None) -> int:
    shared = Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parents[3] / ".." / "shared"))
    parser = argparse.ArgumentParser(prog="python -m khabar.corpus.evaluate", description=__doc__)
    parser.add_argument("--news", type=Path, default=shared / "data" / "news" / "dev" / "2015-08-10.zip")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--forms", action="store_true", help="also list the forms search matches")
    parser.add_argument("--sample", type=int, default=0, help="also print N random real groups")
    parser.add_argument("--no-containment", action="store_true",
                        help="Jaccard only (the grouping before session 10)")
    args = parser.parse_args(argv)
    res = evaluate(args.news, args.threshold, containment=not args.no_containment)
    print(f"{res['originals']} distinct originals, Jaccard threshold {res['threshold']}")
    for name, r in res["levels"].items():
        print(f"  {name:<52} copies grouped with their original: {r['recall']:.3f}; "
              f"groups mixing two originals: {r['mixed_groups']} of {r['groups']}")
    for n, group in enumerate(sample_groups(args.news, args.sample) if args.sample else []):
        print(f"-- group {n} ({len(group)} articles)")
        for m in group[:3]:
            print(f"   {m['outlet']} | {(m['title'] or '')[:50]} | {m['opening']}")
    if args.forms:
        for q, forms in search_forms(args.news).items():
            shown = ", ".join(f"{f} {n}" for f, n in forms.most_common(12))
            print(f"  search {q}: {sum(forms.values())} words — {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
