"""Label consistency across nearby sentences (one sense per discourse for names).

After tagging, a word sequence that the model tagged as an entity in one sentence is
tagged the same way where it recurs untagged within ``window`` sentences: news repeats
a name, and the model is often sure of it only where the context is telling. Only
multi-letter names are propagated, and never over tokens already inside an entity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from khabar.ner.conll import spans
from khabar.text.clitics import strip
from khabar.text.normalize import match_form

MIN_LETTERS = 3


def _key(word: str) -> str:
    return strip(match_form(word))[1]


def propagate(
    sentences: Sequence[Sequence[str]], tags: Sequence[list[str]], window: int = 3
) -> list[list[str]]:
    """Tags with entity names propagated to their untagged repetitions nearby."""
    keys = [[_key(w) for w in s] for s in sentences]
    out = [list(t) for t in tags]
    names: list[Counter] = []
    for k, t in zip(keys, tags, strict=True):
        c: Counter = Counter()
        for i, j, label in spans(list(t)):
            name = tuple(k[i:j])
            if sum(map(len, name)) >= MIN_LETTERS:
                c[(name, label)] += 1
        names.append(c)
    for s, k in enumerate(keys):
        lo, hi = max(0, s - window), min(len(keys), s + window + 1)
        pool: Counter = Counter()
        for other in range(lo, hi):
            pool.update(names[other])
        if not pool:
            continue
        best: dict[tuple[str, ...], str] = {}
        for (name, label), _ in pool.most_common():
            best.setdefault(name, label)
        t = out[s]
        for name in sorted(best, key=len, reverse=True):
            n = len(name)
            for i in range(len(k) - n + 1):
                if tuple(k[i : i + n]) == name and all(x == "O" for x in t[i : i + n]):
                    label = best[name]
                    t[i] = "B-" + label
                    for j in range(i + 1, i + n):
                        t[j] = "I-" + label
    return out
