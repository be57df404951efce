"""Draw the session-14 entity audit sample: the least NER-contaminated news-day articles no
earlier entity draw used, without near-copies of earlier draws.

Usage: ``python tests/gold/entities_audit/s14_draw.py OUT.jsonl [--seed S]`` writes 12 articles
of ``../shared/data/news/dev/2015-08-10.zip`` (400–3,500 characters of content) as khabar batch
records and prints the NER contamination of each.

No clean article is left (session 13 took the last five), so the pool is every article of that
length outside ``tests/gold/articles.json`` and every earlier entity draw (the ids of the audit's
TSV files, session 9's ``DRAWN`` and session 13's 433, which gave no cluster), and:

- not the exact text of a left-out article, nor a **near-copy** of one: an article is left out
  when at least ``NEAR`` of its 6-word shingles are in one left-out article (session 13 found 849
  ≈ 755 at 98 % and 831 ≈ 213 at 82 % after its draw); copies and near-copies within the pool
  count once (the least contaminated, then the first, is kept);
- ranked by its **NER contamination**: the ``ner_news`` training sentences (any of the five
  rounds) the tagger saw of its text — its own sentences plus the other articles' trained
  sentences (over ``MIN_SENTENCE`` characters) that its text holds (wire copies).

The draw takes the least contaminated articles first: whole levels while they fit, then
``random.Random(seed)`` picks the rest from the level that does not fit. The gold is read at
``--gold-rev`` (git) so the draw does not change as the gold grows.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # sibling scripts, not a package
import s9_draw  # noqa: E402
from s7_draw import _git, _sample_module  # noqa: E402

GOLD_REV = "15c8c90"  # the gold sets as they stood when this sample was drawn
SEED = "s14:ent14"
N = 12
NEAR = 0.5  # share of an article's 6-word shingles found in one earlier article
SHINGLE = 6
MIN_SENTENCE = 20  # characters: shorter trained sentences (a dateline) prove no copy
EARLIER = frozenset({433})  # session 13's draw without a TSV row (no cluster)
_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE) -> frozenset[tuple[str, ...]]:
    """The k-word shingles of ``text`` (word characters only)."""
    words = _WORD.findall(text)
    return frozenset(tuple(words[i:i + k]) for i in range(max(0, len(words) - k + 1)))


def near_copy_of(sh: frozenset, others: dict[int, frozenset], near: float = NEAR) -> tuple[int, float] | None:
    """The other article holding the largest share (≥ ``near``) of ``sh``, and that share."""
    if not sh:
        return None
    best = max(((j, len(sh & o) / len(sh)) for j, o in others.items()), key=lambda t: t[1],
               default=None)
    return best if best and best[1] >= near else None


def contamination(arts: list[dict], rev: str = GOLD_REV) -> dict[int, tuple[int, int]]:
    """Per article: (trained sentences of its text, characters of its text in them)."""
    own: dict[int, list[tuple[int, int]]] = defaultdict(list)
    sents: set[str] = set()
    for line in _git("show", f"{rev}:tests/gold/ner_news/tags.jsonl").splitlines():
        if line.strip():
            rec = json.loads(line)
            own[rec["article"]].append((rec["start"], rec["end"]))
            sent = arts[rec["article"]]["content"][rec["start"]:rec["end"]]
            if len(sent) > MIN_SENTENCE:
                sents.add(sent)
    out: dict[int, tuple[int, int]] = {}
    for i, art in enumerate(arts):
        content = art["content"]
        spans = {(s, e) for s, e in own.get(i, [])}
        seen = {content[s:e] for s, e in spans}
        for s in sents:
            if s not in seen and s in content:
                k = content.index(s)
                spans.add((k, k + len(s)))
        covered: set[int] = set()
        for s, e in spans:
            covered.update(range(s, e))
        out[i] = (len(spans), len(covered))
    return out


def pool(arts: list[dict], rev: str = GOLD_REV, verbose: bool = False) -> list[tuple[int, int, int]]:
    """(contamination, index, characters trained) of the articles the draw chooses from."""
    sample = _sample_module()
    skip: set[int] = set()
    for name, idx in sorted(s9_draw.excluded(rev, (), s9_draw.DRAWN | EARLIER).items()):
        skip |= idx
        if verbose:
            print(f"excluded {name}: {len(idx)}")
    left_out = {i: shingles(arts[i]["content"]) for i in skip if i < len(arts)}
    texts = {arts[i]["content"].strip() for i in left_out}
    cont = contamination(arts, rev)
    cands = sorted((cont[i][0], i) for i, a in enumerate(arts)
                   if i not in skip and a["content"].strip() not in texts
                   and sample.MIN_CHARS <= len(a["content"].strip()) <= sample.MAX_CHARS)
    kept: dict[int, frozenset] = {}
    out: list[tuple[int, int, int]] = []
    for n, i in cands:
        sh = shingles(arts[i]["content"])
        near = near_copy_of(sh, left_out)
        if near:
            if verbose:
                print(f"article {i}: near-copy of earlier draw's {near[0]} ({near[1]:.0%}), left out")
            continue
        near = near_copy_of(sh, kept)
        if near:
            if verbose:
                print(f"article {i}: near-copy of pool article {near[0]} ({near[1]:.0%}), left out")
            continue
        kept[i] = sh
        out.append((n, i, cont[i][1]))
    return out


def draw(arts: list[dict], seed: str = SEED, rev: str = GOLD_REV, n: int = N,
         verbose: bool = False) -> list[tuple[int, int, int]]:
    """``n`` (contamination, index, characters trained) of the pool, least contaminated first;
    the level that does not fit whole is sampled with ``random.Random(seed)``."""
    levels: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for item in pool(arts, rev, verbose):
        levels[item[0]].append(item)
    if verbose:
        print("pool by contamination:", {k: len(v) for k, v in sorted(levels.items())})
    out: list[tuple[int, int, int]] = []
    for level in sorted(levels):
        room = n - len(out)
        if room <= 0:
            break
        items = levels[level]
        out += items if len(items) <= room else random.Random(seed).sample(items, room)
    return sorted(out, key=lambda t: t[1])


def cli(draw_fn, seed: str, gold_rev: str, doc: str | None) -> None:
    """The command line of the contamination-ranked draws (this one and s15's): write the
    drawn articles as batch records to OUT and print each one's NER contamination."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("out")
    ap.add_argument("--seed", default=seed)
    ap.add_argument("--gold-rev", default=gold_rev, help="read the gold sets at this commit")
    args = ap.parse_args()
    sample = _sample_module()
    arts = sample.articles()
    drawn = draw_fn(arts, args.seed, args.gold_rev, verbose=True)
    sample.write(arts, [i for _, i, _ in drawn], args.out)
    for n, i, chars in drawn:
        size = len(arts[i]["content"])
        print(f"article {i}: {n} trained sentence(s), {chars}/{size} characters "
              f"({chars / size:.0%}) in them")
    print("drew", [i for _, i, _ in drawn])


def main() -> None:
    cli(draw, SEED, GOLD_REV, __doc__)


if __name__ == "__main__":
    main()
