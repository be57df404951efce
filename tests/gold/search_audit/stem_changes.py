"""Words of a news file whose stem key changes from rules 3 to 4, by cause (``na``: the
pronoun نا; ``clitic``: the proclitic split; ``other``), with the words each key meets.

    python tests/gold/search_audit/stem_changes.py NEWS [na|clitic|other N SEED]
"""

from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict

from khabar.io.readers import read_records
from khabar.store.stems import _base, _default, _without_pronoun, stem, written_ending
from khabar.text.tokenize import tokenize


def cause(w: tuple[str, str]) -> str:
    """Which step of the rules changed the word's key."""
    p3, p4 = _without_pronoun(w[0], 3, w[1]), _without_pronoun(w[0], 4, w[1])
    if p3 != p4:
        return "na"
    return "clitic" if _base(p3[0], 3) != _base(p4[0], 4) else "other"


def main(argv: list[str]) -> None:
    words: Counter = Counter()
    for rec in read_records(argv[0]):
        for part in (rec.get("title") or "", rec.get("text") or ""):
            words.update((_default(t.text), written_ending(t.text))
                         for t in tokenize(part) if t.kind == "word")
    old = {w: stem(w[0], 3, w[1]) for w in words}
    new = {w: stem(w[0], 4, w[1]) for w in words}
    by_new, by_old = defaultdict(set), defaultdict(set)
    for w in words:
        by_new[new[w]].add(w[0])
        by_old[old[w]].add(w[0])
    changed = defaultdict(list)
    for w in words:
        if old[w] != new[w]:
            changed[cause(w)].append(w)
    for c, ws in changed.items():
        print(c, len(ws), "words", sum(words[w] for w in ws), "tokens")
    if len(argv) > 1:
        n, seed = int(argv[2]), int(argv[3])
        ws = sorted(changed[argv[1]])
        for w in random.Random(seed).sample(ws, min(n, len(ws))):
            meets_new = sorted(by_new[new[w]] - {w[0]})[:8]
            meets_old = sorted(by_old[old[w]] - {w[0]})[:8]
            tanwin = "ً" if w[1] else ""
            print(f"{w[0]}{tanwin} x{words[w]}: v3 {old[w]} {meets_old} | v4 {new[w]} {meets_new}")


if __name__ == "__main__":
    main(sys.argv[1:])
