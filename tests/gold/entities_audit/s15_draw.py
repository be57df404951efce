"""Draw the session-15 entity audit sample: the news-day articles least contaminated by the NER
tagger's training, in no earlier entity draw and no near-copy of one.

Usage: ``python tests/gold/entities_audit/s15_draw.py OUT.jsonl [--seed S]`` writes 12 articles
of ``../shared/data/news/dev/2015-08-10.zip`` (400–3,500 characters of content) as khabar batch
records and prints the NER contamination of each.

The pool is session 14's (``s14_draw.pool``, read at ``GOLD_REV``): outside ``articles.json`` and
every earlier entity draw, not the exact text nor a near-copy (≥ half of its 6-word shingles in one
earlier-drawn article) of one, copies within the pool counted once. After session 14 one article
with a single ``ner_news`` training sentence is left (1393), then 98 with two. This draw keeps the
articles with at most ``MAX_SENTENCES`` trained sentences and ranks them by the **share of their
characters** inside trained sentences, least first (two sentences of a long article contaminate
less of it than one of a short one); ``random.Random(seed)`` only orders ties.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # sibling scripts, not a package
import s14_draw  # noqa: E402

GOLD_REV = "ffca549"  # the gold sets as they stood when this sample was drawn (session 15 start)
SEED = "s15:ent15"
N = 12
MAX_SENTENCES = 2


def draw(arts: list[dict], seed: str = SEED, rev: str = GOLD_REV, n: int = N,
         verbose: bool = False) -> list[tuple[int, int, int]]:
    """``n`` (trained sentences, index, characters trained) of the pool, the least share of
    characters trained first, among articles with at most ``MAX_SENTENCES``."""
    items = [t for t in s14_draw.pool(arts, rev, verbose) if t[0] <= MAX_SENTENCES]
    random.Random(seed).shuffle(items)  # ties only: the sort below is stable
    items.sort(key=lambda t: t[2] / len(arts[t[1]]["content"]))
    if verbose:
        print(f"pool with at most {MAX_SENTENCES} trained sentences: {len(items)}")
    return sorted(items[:n], key=lambda t: t[1])


def main() -> None:
    s14_draw.cli(draw, SEED, GOLD_REV, __doc__)

if __name__ == "__main__":
    main()
