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


def doc_features(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int = 10
) -> list[list[list[str]]]:
    """Second-pass (stacked) CRF attributes from first-pass tags of nearby sentences.

    Per token: its own first-pass tag (``P1=``); over the ``window`` sentences on each
    side (not its own sentence), the majority first-pass label of the same clitic-stripped
    word (``DT=``), its majority entity type and the entity share (``DE=``, ``DEf=``),
    and the B-/I- position of first-pass names that recur at this token (``DS=``). A name
    found where its context is telling thus informs its bare repetitions.
    """
    keys = [[_key(w) for w in s] for s in sentences]
    votes: list[Counter] = []
    names: list[Counter] = []
    for k, t in zip(keys, tags, strict=True):
        v: Counter = Counter()
        for kk, tt in zip(k, t, strict=True):
            if len(kk) >= MIN_LETTERS:
                v[(kk, tt[2:] if tt != "O" else "O")] += 1
        votes.append(v)
        c: Counter = Counter()
        for i, j, label in spans(list(t)):
            name = tuple(k[i:j])
            if sum(map(len, name)) >= MIN_LETTERS:
                c[(name, label)] += 1
        names.append(c)
    out: list[list[list[str]]] = []
    for s, k in enumerate(keys):
        lo, hi = max(0, s - window), min(len(keys), s + window + 1)
        by_key: dict[str, Counter] = {}
        pool: Counter = Counter()
        for o in range(lo, hi):
            if o != s:
                for (kk, lab), n in votes[o].items():
                    by_key.setdefault(kk, Counter())[lab] += n
                pool.update(names[o])
        feats: list[list[str]] = [["P1=" + tags[s][i]] for i in range(len(k))]
        for i, kk in enumerate(k):
            c = by_key.get(kk)
            if c:
                feats[i].append("DT=" + c.most_common(1)[0][0])
                ent = [(n, lab) for lab, n in c.items() if lab != "O"]
                if ent:
                    feats[i].append("DE=" + max(ent)[1])
                    share = sum(n for n, _ in ent) / sum(c.values())
                    feats[i].append("DEf=" + str(min(4, int(4 * share))))
        for name, label in pool:
            n = len(name)
            for i in range(len(k) - n + 1):
                if tuple(k[i : i + n]) == name:
                    feats[i].append("DS=B-" + label)
                    for j in range(i + 1, i + n):
                        feats[j].append("DS=I-" + label)
        out.append([sorted(set(f)) for f in feats])
    return out
