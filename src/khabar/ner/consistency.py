"""Label consistency across nearby sentences (one sense per discourse for names).

After tagging, a word sequence that the model tagged as an entity in one sentence is
tagged the same way where it recurs untagged within ``window`` sentences: news repeats
a name, and the model is often sure of it only where the context is telling. Only
multi-letter names are propagated, and never over tokens already inside an entity.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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


_KEYS: dict[str, str] = {}  # word → key, per process (cleared past 300k words)


SPORT_WINDOW = 2  # sentences on each side that make a token's context sporty


def doc_features(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int = 10,
    sports: bool = False,
) -> list[list[list[str]]]:
    """Second-pass (stacked) CRF attributes from first-pass tags of nearby sentences.

    Per token: its own first-pass tag (``P1=``); over the ``window`` sentences on each
    side (not its own sentence), the majority first-pass label of the same clitic-stripped
    word (``DT=``), its majority entity type and the entity share (``DE=``, ``DEf=``),
    and the B-/I- position of first-pass names that recur at this token (``DS=``). A name
    found where its context is telling thus informs its bare repetitions. With ``sports``,
    a token within ±``SPORT_WINDOW`` sentences of a sports cue word also gets its own
    first-pass tag marked as sporty (``SP=``): a pass-1 place in a match report is often
    a club.
    """
    cache = _KEYS
    if len(cache) > 300_000:
        cache.clear()
    keys = [[cache.get(w) or cache.setdefault(w, _key(w)) for w in s] for s in sentences]
    # per word: the sentences it occurs in (ascending) and their label counts, so each
    # token sums only the sentences of its window that contain it (bisect), not all 20
    occ: dict[str, tuple[list[int], list[dict[str, int]]]] = {}
    names: list[list[tuple[tuple[str, ...], str]]] = []
    for s, (k, t) in enumerate(zip(keys, tags, strict=True)):
        v: dict[str, dict[str, int]] = {}
        for kk, tt in zip(k, t, strict=True):
            if len(kk) >= MIN_LETTERS:
                lab = tt[2:] if tt != "O" else "O"
                c = v.setdefault(kk, {})
                c[lab] = c.get(lab, 0) + 1
        for kk, c in v.items():
            o = occ.get(kk)
            if o is None:
                occ[kk] = ([s], [c])
            else:
                o[0].append(s)
                o[1].append(c)
        found = []
        for i, j, label in spans(list(t)):
            name = tuple(k[i:j])
            if sum(map(len, name)) >= MIN_LETTERS:
                found.append((name, label))
        names.append(found)
    n_s = len(keys)
    sporty = [False] * n_s
    if sports:
        from khabar.ner.features import sports_cues

        cues = sports_cues()
        cue = [any(kk in cues for kk in k) for k in keys]
        sporty = [any(cue[max(0, s - SPORT_WINDOW): s + SPORT_WINDOW + 1]) for s in range(n_s)]
    out: list[list[list[str]]] = []
    for s, k in enumerate(keys):
        lo, hi = max(0, s - window), min(n_s, s + window + 1)
        tag_s = tags[s]
        feats: list[list[str]] = [["P1=" + tag_s[i]] for i in range(len(k))]
        if sporty[s]:
            for i in range(len(k)):
                feats[i].append("SP=" + tag_s[i])
        for i, kk in enumerate(k):
            o = occ.get(kk)
            if o is None:
                continue
            idx, counts = o
            a, b = bisect_left(idx, lo), bisect_right(idx, hi - 1)
            c: dict[str, int] = {}
            for x in range(a, b):
                if idx[x] == s:
                    continue
                for lab, n in counts[x].items():
                    c[lab] = c.get(lab, 0) + n
            if c:
                feats[i].append("DT=" + max(c, key=c.__getitem__))
                ent = [(n, lab) for lab, n in c.items() if lab != "O"]
                if ent:
                    feats[i].append("DE=" + max(ent)[1])
                    share = sum(n for n, _ in ent) / sum(c.values())
                    feats[i].append("DEf=" + str(min(4, int(4 * share))))
        by_first: dict[str, set[tuple[tuple[str, ...], str]]] = {}
        for o2 in range(lo, hi):
            if o2 != s:
                for name, label in names[o2]:
                    by_first.setdefault(name[0], set()).add((name, label))
        if by_first:
            for i, kk in enumerate(k):
                for name, label in by_first.get(kk, ()):
                    n = len(name)
                    if tuple(k[i : i + n]) == name:
                        feats[i].append("DS=B-" + label)
                        for j in range(i + 1, i + n):
                            feats[j].append("DS=I-" + label)
        out.append([sorted(set(f)) for f in feats])
    return out
