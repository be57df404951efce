"""Draw the session-9 entity audit sample: news-day articles the NER model has never trained on.

Usage: ``python tests/gold/entities_audit/s9_draw.py OUT.jsonl [--seed S]`` writes 12
articles of ``../shared/data/news/dev/2015-08-10.zip`` (400–3,500 characters of content) as
khabar batch records, drawn with ``random.Random(seed)`` ONLY from the 58 articles of
``tests/gold/ner_fresh`` (since session 8 the shipped tagger has trained on news-day sentences
of every other article), leaving out ``tests/gold/articles.json``, the articles this session's
held-out sets already read (quotes ``heldout16``, times ``heldout12``), every article of an
earlier entity-audit draw (any id named in ``tests/gold/entities_audit/*.tsv``) and any article
whose content is the exact text of one left out. The gold is read at ``--gold-rev`` (git) so the
draw does not change as the gold grows.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # s7_draw.py is a sibling script, not a package
from s7_draw import _git, _sample_module  # noqa: E402  (the same loader and git reader)

GOLD_REV = "d9bcd06"  # the gold sets as they stood when this sample was drawn
SEED = "entities-s9-20261129"
N = 12
THIS_SESSION = ("tests/gold/quotes/heldout16", "tests/gold/times/heldout12")
_TSV_ID = re.compile(r"2015-08-10(?:\.json)?:(\d+)")
# this script's own draw (README); 346 and 536 gave no cluster, so no TSV row names them:
# later draws leave all twelve out
DRAWN = frozenset({346, 536, 613, 755, 1028, 1051, 1243, 1266, 1376, 1383, 1424, 1432})


def fresh_articles(rev: str = GOLD_REV) -> set[int]:
    """The article indices of tests/gold/ner_fresh at ``rev`` (never trained on)."""
    text = _git("show", f"{rev}:tests/gold/ner_fresh/tags.jsonl")
    return {json.loads(line)["article"] for line in text.splitlines() if line.strip()}


def excluded(rev: str = GOLD_REV, held_out: tuple[str, ...] = THIS_SESSION,
             earlier: frozenset[int] = frozenset()) -> dict[str, set[int]]:
    """Articles left out, by reason: this session's held-out sets (one JSON file per article,
    named by its index), earlier entity draws (ids in the audit's TSV files), articles.json."""
    out: dict[str, set[int]] = {}
    for d in held_out:
        names = _git("ls-tree", "--name-only", rev, d + "/").splitlines()
        out[d] = {int(Path(n).stem) for n in names if Path(n).stem.isdigit()}
    audit = "tests/gold/entities_audit"
    draws: set[int] = set()
    for n in _git("ls-tree", "--name-only", rev, audit + "/").splitlines():
        if n.endswith(".tsv"):
            draws.update(int(m) for m in _TSV_ID.findall(_git("show", f"{rev}:{n}")))
    out["earlier entity draws"] = draws | earlier
    gold = json.loads(_git("show", f"{rev}:tests/gold/articles.json"))
    out["articles.json"] = {a["index"] for a in gold}
    return out


def draw(arts: list[dict], seed: str = SEED, rev: str = GOLD_REV, n: int = N,
         verbose: bool = False, held_out: tuple[str, ...] = THIS_SESSION,
         earlier: frozenset[int] = frozenset()) -> list[int]:
    """``n`` sorted article indices of the fresh pool, seeded, outside every exclusion
    (``held_out`` gold folders and ``earlier`` draws besides those :func:`excluded` reads)."""
    sample = _sample_module()
    fresh = fresh_articles(rev)
    skip: set[int] = set()
    for name, idx in sorted(excluded(rev, held_out, earlier).items()):
        if verbose:
            print(f"excluded {name}: {len(idx & fresh)} of the {len(fresh)} fresh articles")
        skip |= idx
    texts = {arts[i]["content"].strip() for i in skip if i < len(arts)}
    pool = [i for i in sorted(fresh) if i not in skip and arts[i]["content"].strip() not in texts
            and sample.MIN_CHARS <= len(arts[i]["content"].strip()) <= sample.MAX_CHARS]
    if verbose:
        print(f"pool: {len(pool)} articles of {sample.MIN_CHARS}-{sample.MAX_CHARS} characters")
    return sorted(random.Random(seed).sample(pool, min(n, len(pool))))


def main(doc: str | None = __doc__, seed: str = SEED, rev: str = GOLD_REV,
         held_out: tuple[str, ...] = THIS_SESSION, earlier: frozenset[int] = frozenset()) -> None:
    """The command line of a draw script (``s10_draw.py`` calls it with its own constants)."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("out")
    ap.add_argument("--seed", default=seed)
    ap.add_argument("--gold-rev", default=rev, help="read the gold sets at this commit")
    args = ap.parse_args()
    sample = _sample_module()
    arts = sample.articles()
    idx = draw(arts, args.seed, args.gold_rev, verbose=True, held_out=held_out, earlier=earlier)
    sample.write(arts, idx, args.out)
    print("drew", idx)


if __name__ == "__main__":
    main()
