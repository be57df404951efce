"""Draw the session-12 entity audit sample: news-day articles no NER model trained on.

Usage: ``python tests/gold/entities_audit/s12_draw.py OUT.jsonl [--seed S]`` writes 12
articles of ``../shared/data/news/dev/2015-08-10.zip`` (400–3,500 characters of content) as
khabar batch records, drawn with ``random.Random(seed)`` from the articles no khabar NER model
has trained on: the ``tests/gold/ner_fresh`` articles (test only) and the articles with no
sentence in ``tests/gold/ner_news`` (the news training tags, all five rounds) at the gold
revision. Left out: ``tests/gold/articles.json``, every article of an earlier entity-audit draw
(the ids of the audit's TSV files plus the session-9 draw's two articles without a row), any
article whose content is the exact text of one left out, any article that holds the text of a
``ner_news`` training sentence (a wire copy of trained sentences: the tagger has seen them), and
later copies of an article already in the pool (so one text is drawn once; the sixth draw drew
547 and its copy 622). Session 11's draw took 12 of the 26 ``ner_fresh`` articles then left; the
other fresh articles and the five untagged ones of that length are this pool. The gold is read at
``--gold-rev`` (git) so the draw does not change as the gold grows.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # sibling scripts, not a package
import s9_draw  # noqa: E402
from s7_draw import _git, _sample_module  # noqa: E402

GOLD_REV = "abc77cd"  # the gold sets as they stood when this sample was drawn
SEED = "s12:ent12"
N = 12
MIN_SENTENCE = 20  # characters: shorter training sentences (a dateline, «وأضاف:») prove no copy


def trained_sentences(arts: list[dict], rev: str = GOLD_REV) -> tuple[set[int], set[str]]:
    """The articles with a ``ner_news`` training sentence, and those sentences' texts."""
    text = _git("show", f"{rev}:tests/gold/ner_news/tags.jsonl")
    tagged: set[int] = set()
    sents: set[str] = set()
    for line in text.splitlines():
        if line.strip():
            rec = json.loads(line)
            tagged.add(rec["article"])
            sent = arts[rec["article"]]["content"][rec["start"]:rec["end"]]
            if len(sent) > MIN_SENTENCE:
                sents.add(sent)
    return tagged, sents


def pool(arts: list[dict], rev: str = GOLD_REV, verbose: bool = False) -> list[int]:
    """The sorted article indices the draw chooses from (see the module docstring)."""
    sample = _sample_module()
    tagged, sents = trained_sentences(arts, rev)
    fresh = s9_draw.fresh_articles(rev)
    skip: set[int] = set()
    for name, idx in sorted(s9_draw.excluded(rev, (), s9_draw.DRAWN).items()):
        skip |= idx
        if verbose:
            print(f"excluded {name}: {len(idx)}")
    left_out = {arts[i]["content"].strip() for i in skip if i < len(arts)}
    seen: set[str] = set()
    out: list[int] = []
    for i, art in enumerate(arts):
        content = art["content"].strip()
        if (i in tagged and i not in fresh) or i in skip or content in left_out or content in seen:
            continue
        if not sample.MIN_CHARS <= len(content) <= sample.MAX_CHARS:
            continue
        copies = [s for s in sents if s in content]
        if copies:
            if verbose:
                print(f"article {i}: holds {len(copies)} trained sentence(s), left out")
            continue
        seen.add(content)
        out.append(i)
    if verbose:
        print(f"pool: {len(out)} articles ({len([i for i in out if i in fresh])} of ner_fresh)")
    return out


def draw(arts: list[dict], seed: str = SEED, rev: str = GOLD_REV, n: int = N,
         verbose: bool = False) -> list[int]:
    """``n`` sorted article indices of the pool, seeded."""
    candidates = pool(arts, rev, verbose)
    return sorted(random.Random(seed).sample(candidates, min(n, len(candidates))))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out")
    ap.add_argument("--seed", default=SEED)
    ap.add_argument("--gold-rev", default=GOLD_REV, help="read the gold sets at this commit")
    args = ap.parse_args()
    sample = _sample_module()
    arts = sample.articles()
    idx = draw(arts, args.seed, args.gold_rev, verbose=True)
    sample.write(arts, idx, args.out)
    print("drew", idx)


if __name__ == "__main__":
    main()
