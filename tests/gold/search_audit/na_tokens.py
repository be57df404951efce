"""100 random word tokens ending in نا (not انا) of a news file: their rules-3 and rules-4
stem keys with the words each key meets (``=``: unchanged), for reading wrong and missed merges.

    python tests/gold/search_audit/na_tokens.py NEWS SEED
"""

from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict

from khabar.io.readers import read_records
from khabar.store.stems import _default, stem, written_ending
from khabar.text.tokenize import tokenize


def main(path: str, seed: int) -> None:
    tokens = []
    words: Counter = Counter()
    for rec in read_records(path):
        for part in (rec.get("title") or "", rec.get("text") or ""):
            for t in tokenize(part):
                if t.kind != "word":
                    continue
                w = (_default(t.text), written_ending(t.text))
                words[w] += 1
                if w[0].endswith("نا") and not w[0].endswith("انا") and len(w[0]) >= 4:
                    tokens.append(w)
    by = {v: defaultdict(set) for v in (3, 4)}
    for w in words:
        for v in (3, 4):
            by[v][stem(w[0], v, w[1])].add(w[0])
    for w in random.Random(seed).sample(tokens, 100):
        k3, k4 = stem(w[0], 3, w[1]), stem(w[0], 4, w[1])
        m3, m4 = sorted(by[3][k3] - {w[0]}), sorted(by[4][k4] - {w[0]})
        tanwin = "ً" if w[1] else ""
        print(f"{w[0]}{tanwin} | v3 {k3} {m3[:6]} | v4 {k4} {'=' if k3 == k4 else m4[:6]}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
