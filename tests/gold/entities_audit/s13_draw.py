"""Draw the session-13 entity audit sample: the last clean news-day articles plus the least
contaminated ones.

Usage: ``python tests/gold/entities_audit/s13_draw.py OUT.jsonl [--seed S]`` writes 12 articles
of ``../shared/data/news/dev/2015-08-10.zip`` (400–3,500 characters of content) as khabar batch
records, in two strata reported apart:

- *clean*: every article of session 12's pool (``s12_draw.pool``: ``ner_fresh`` or no
  ``ner_news`` sentence, outside ``articles.json`` and every earlier entity draw, holding no
  trained sentence) — no NER model trained on any of them; all are taken (5 at
  ``01b00a5``);
- *one sentence*: the articles with exactly one sentence in ``tests/gold/ner_news`` (any of the
  five rounds: the tagger trained on that one sentence), not in ``ner_fresh``, outside the same
  exclusions, holding no other article's trained sentence, one copy of each text; ``N - clean``
  of them are drawn with ``random.Random(seed)``.

The gold is read at ``--gold-rev`` (git) so the draw does not change as the gold grows.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # sibling scripts, not a package
import s9_draw  # noqa: E402
import s12_draw  # noqa: E402
from s7_draw import _git, _sample_module  # noqa: E402

GOLD_REV = "01b00a5"  # the gold sets as they stood when this sample was drawn
SEED = "s13:ent13"
N = 12


def one_sentence_pool(arts: list[dict], rev: str = GOLD_REV,
                      taken: frozenset[str] = frozenset()) -> list[int]:
    """Sorted indices of the articles with exactly one ``ner_news`` sentence (see above)."""
    sample = _sample_module()
    per_article: Counter[int] = Counter()
    for line in _git("show", f"{rev}:tests/gold/ner_news/tags.jsonl").splitlines():
        if line.strip():
            per_article[json.loads(line)["article"]] += 1
    _, sents = s12_draw.trained_sentences(arts, rev)
    fresh = s9_draw.fresh_articles(rev)
    skip: set[int] = set().union(*s9_draw.excluded(rev, (), s9_draw.DRAWN).values())
    left_out = {arts[i]["content"].strip() for i in skip if i < len(arts)}
    seen: set[str] = set(taken)
    out: list[int] = []
    for i, art in enumerate(arts):
        content = art["content"].strip()
        if per_article[i] != 1 or i in fresh or i in skip or content in left_out or content in seen:
            continue
        if not sample.MIN_CHARS <= len(content) <= sample.MAX_CHARS:
            continue
        if sum(s in content for s in sents) > 1:  # a wire copy of another article's sentence
            continue
        seen.add(content)
        out.append(i)
    return out


def draw(arts: list[dict], seed: str = SEED, rev: str = GOLD_REV, n: int = N,
         verbose: bool = False) -> tuple[list[int], list[int]]:
    """The clean articles (all of them) and ``n`` minus their number drawn from the
    one-sentence pool, seeded; both sorted."""
    clean = s12_draw.pool(arts, rev, verbose)
    taken = frozenset(arts[i]["content"].strip() for i in clean)
    ones = one_sentence_pool(arts, rev, taken)
    if verbose:
        print(f"clean: {len(clean)} {clean}; one-sentence pool: {len(ones)}")
    k = max(0, min(n - len(clean), len(ones)))
    return clean, sorted(random.Random(seed).sample(ones, k))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out")
    ap.add_argument("--seed", default=SEED)
    ap.add_argument("--gold-rev", default=GOLD_REV, help="read the gold sets at this commit")
    args = ap.parse_args()
    sample = _sample_module()
    arts = sample.articles()
    clean, ones = draw(arts, args.seed, args.gold_rev, verbose=True)
    sample.write(arts, sorted(clean + ones), args.out)
    print("clean", clean, "one sentence", ones)


if __name__ == "__main__":
    main()
