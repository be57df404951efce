"""Label consistency across nearby sentences (one sense per discourse for names).

After tagging, a word sequence that the model tagged as an entity in one sentence is
tagged the same way where it recurs untagged within ``window`` sentences: news repeats
a name, and the model is often sure of it only where the context is telling. Only
multi-letter names are propagated, and never over tokens already inside an entity.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from khabar.ner.conll import spans
from khabar.ner.split import plain_key

MIN_LETTERS = 3
# per first word of a first-pass name: the sentences it begins a name in (ascending), the names
Starts = dict[str, tuple[list[int], list[tuple[tuple[str, ...], str]]]]


_key = plain_key  # the plain split's key, strip(match_form(word))[1]


def propagate(
    sentences: Sequence[Sequence[str]], tags: Sequence[list[str]], window: int = 3,
    key: Callable[[str], str] | None = None,
) -> list[list[str]]:
    """Tags with entity names propagated to their untagged repetitions nearby. ``key``: a
    word's clitic-stripped normalised form (the model's split, :mod:`khabar.ner.split`;
    None: the plain split)."""
    key = key or _key
    keys = [[key(w) for w in s] for s in sentences]
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
    sports: bool = False, keys: Sequence[Sequence[str]] | None = None,
    into: Sequence[Sequence[list[int]]] | None = None, to_id: Callable[[str], int] | None = None,
    key: Callable[[str], str] | None = None,
) -> Sequence[Sequence[list[Any]]]:
    """Second-pass (stacked) CRF attributes from first-pass tags of nearby sentences.

    Per token: its own first-pass tag (``P1=``); over the ``window`` sentences on each
    side (not its own sentence), the majority first-pass label of the same clitic-stripped
    word (``DT=``), its majority entity type and the entity share (``DE=``, ``DEf=``),
    and the B-/I- position of first-pass names that recur at this token (``DS=``). A name
    found where its context is telling thus informs its bare repetitions. With ``sports``,
    a token within ±``SPORT_WINDOW`` sentences of a sports cue word also gets its own
    first-pass tag marked as sporty (``SP=``): a pass-1 place in a match report is often
    a club. Each token's list is sorted, without repeats. ``keys``: the clitic-stripped
    normalised words if the caller has them (the feature extractor's bases); else ``key``
    makes them (the model's split, :mod:`khabar.ner.split`; None: the plain split).

    With ``into`` (per sentence, per token, a list of attribute ids) and ``to_id`` (an
    attribute → its id), each token's attributes are appended to its list of ``into`` as
    ids, in the same order, and ``into`` is returned: the tagging path's second-pass items
    without a string list per token (:meth:`khabar.ner.model.NerTagger.tag_document`).
    """
    if keys is None and key is not None and key is not plain_key:
        keys = [[key(w) for w in s] for s in sentences]
    if keys is None:
        cache = _KEYS
        if len(cache) > 300_000:
            cache.clear()
        keys = [[cache.get(w) or cache.setdefault(w, _key(w)) for w in s] for s in sentences]
    # per word: the sentences it occurs in (ascending) and their label counts, so each
    # token sums only the sentences of its window that contain it (bisect), not all 20
    # (only words of two sentences or more: most words of a text are in one sentence, and
    # lists for each of them were objects the cyclic collector walked, session 19)
    occ: dict[str, tuple[list[int], list[dict[str, int]]]] = {}
    once: dict[str, int] = {}  # a word seen in one sentence so far: that sentence
    once_c: dict[str, dict[str, int]] = {}  # and its label counts there
    tagged: set[str] = set()  # words with a label other than O somewhere in the text
    # per first word of a first-pass name: the sentences (ascending) and the names
    starts: Starts = {}
    for s, (k, t) in enumerate(zip(keys, tags, strict=True)):
        if len(k) != len(t):
            raise ValueError("a sentence and its tags differ in length")
        named = t.count("O") < len(t)  # any entity tag
        # label counts per word of the sentence, words and labels in order of appearance
        v: dict[str, dict[str, int]] = {}
        if named:
            labels = [x[2:] if x != "O" else "O" for x in t]
            for (kk, lab), n in Counter(zip(k, labels, strict=True)).items():
                if len(kk) >= MIN_LETTERS:
                    c = v.get(kk)
                    if c is None:
                        v[kk] = {lab: n}
                    else:
                        c[lab] = n
                    if lab != "O":
                        tagged.add(kk)
        else:
            for kk, n in Counter(k).items():
                if len(kk) >= MIN_LETTERS:
                    v[kk] = {"O": n}
        for kk, c in v.items():
            o = occ.get(kk)
            if o is not None:
                o[0].append(s)
                o[1].append(c)
            elif kk in once:  # the second sentence of the word: now it gets lists
                occ[kk] = ([once.pop(kk), s], [once_c.pop(kk), c])
            else:
                once[kk] = s
                once_c[kk] = c
        if named:
            for i, j, label in spans(list(t)):
                name = tuple(k[i:j])
                if sum(map(len, name)) >= MIN_LETTERS:
                    st = starts.get(name[0])
                    if st is None:
                        starts[name[0]] = ([s], [(name, label)])
                    else:
                        st[0].append(s)
                        st[1].append((name, label))
    n_s = len(keys)
    # the window votes per sentence and word, as (DE= and DEf=, DT=) and as the attributes
    # they open a token's list with (absent: no other sentence of the window has the word).
    # A word tagged O wherever it occurs votes DT=O alone: no sums needed.
    votes: list[dict[str, tuple[list[str], str]]] = [{} for _ in range(n_s)]
    heads: list[dict[str, tuple[str, ...]]] = [{} for _ in range(n_s)]
    for kk, o in occ.items():
        idx = o[0]
        m = len(idx)
        if m == 1:
            continue
        if kk not in tagged:
            for x, s in enumerate(idx):
                if (x and s - idx[x - 1] <= window) or (x + 1 < m and idx[x + 1] - s <= window):
                    votes[s][kk] = _DT_O
                    heads[s][kk] = _DT_O_HEAD
            continue
        for s in idx:
            vote = _votes(o, s, max(0, s - window), min(n_s, s + window + 1))
            if vote is not _NO_VOTE:
                votes[s][kk] = vote
                heads[s][kk] = (*vote[0], vote[1]) if vote[1] else tuple(vote[0])
    sporty = [False] * n_s
    if sports:
        from khabar.ner.features import sports_cues

        cues = sports_cues()
        cue = [not cues.isdisjoint(k) for k in keys]
        sporty = [any(cue[max(0, s - SPORT_WINDOW): s + SPORT_WINDOW + 1]) for s in range(n_s)]
    if into is not None:
        if to_id is None:
            raise ValueError("ids need to_id")
        _append_ids(keys, tags, heads, votes, starts, sporty, window, into, to_id)
        return into
    out: list[list[list[str]]] = []
    for s, k in enumerate(keys):
        # the attributes of a token in sorted order: DE= DEf= DS=… DT= P1= SP=
        hs = heads[s]
        p1 = [_P1[t] for t in tags[s]]
        near = _near(k, s, starts, max(0, s - window), min(n_s, s + window + 1))
        sp = [_SP[t] for t in tags[s]] if sporty[s] else None
        if near is None:
            if sp is None:
                out.append([[*hs.get(kk, ()), p] for kk, p in zip(k, p1, strict=True)])
            else:
                out.append([[*hs.get(kk, ()), p, q] for kk, p, q in zip(k, p1, sp, strict=True)])
            continue
        vs = votes[s]
        feats: list[list[str]] = []
        for i, kk in enumerate(k):
            ds = near[i] if near is not None else None
            if ds:
                vote = vs.get(kk, _NO_VOTE)
                f = [*vote[0], *sorted(set(ds))]
                if vote[1]:
                    f.append(vote[1])
                f.append(p1[i])
            else:
                f = [*hs.get(kk, ()), p1[i]]
            if sp is not None:
                f.append(sp[i])
            feats.append(f)
        out.append(feats)
    return out


def _append_ids(
    keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]],
    heads: list[dict[str, tuple[str, ...]]], votes: list[dict[str, tuple[list[str], str]]],
    starts: Starts, sporty: list[bool], window: int, into: Sequence[Sequence[list[int]]],
    to_id: Callable[[str], int],
) -> None:
    """:func:`doc_features`' per-token lists appended to ``into`` as ids (same order)."""
    n_s = len(keys)
    memo: dict[Any, Any] = {}  # an attribute, a head tuple or a tag → id(s), this document

    def ids(h: tuple[str, ...]) -> tuple[int, ...]:
        out = memo[h] = tuple([to_id(a) for a in h])
        return out

    def one(a: str) -> int:
        out = memo[a] = to_id(a)
        return out

    if len(into) != n_s:
        raise ValueError("one id list per sentence")
    for s, k in enumerate(keys):
        hs = heads[s]
        t = tags[s]
        row = into[s]
        if len(row) != len(k):
            raise ValueError("pass-2 attributes for another sentence length")
        p1 = [memo.get(p) or one(p) for p in map(_P1.__getitem__, t)]
        sp = [memo.get(q) or one(q) for q in map(_SP.__getitem__, t)] if sporty[s] else None
        near = _near(k, s, starts, max(0, s - window), min(n_s, s + window + 1))
        vs = votes[s]
        for i, kk in enumerate(k):
            f = row[i]
            ds = near[i] if near is not None else None
            if ds:
                vote = vs.get(kk, _NO_VOTE)
                f.extend([memo.get(a) or one(a) for a in (*vote[0], *sorted(set(ds)))])
                if vote[1]:
                    f.append(memo.get(vote[1]) or one(vote[1]))
            else:
                h = hs.get(kk)
                if h is not None:
                    f.extend(memo.get(h) or ids(h))
            f.append(p1[i])
            if sp is not None:
                f.append(sp[i])


def _near(k: Sequence[str], s: int, starts: Starts, lo: int, hi: int
          ) -> list[list[str] | None] | None:
    """Per token of sentence ``s`` (words ``k``) its DS= attributes: the B-/I- position of
    the first-pass names of sentences ``lo`` … ``hi - 1`` but ``s`` that recur at it
    (``None``: no name of another sentence begins with a word of this one)."""
    if not starts or starts.keys().isdisjoint(k):
        return None
    near: list[list[str] | None] = [None] * len(k)
    for i, kk in enumerate(k):
        st = starts.get(kk)
        if st is None:
            continue
        idx, found = st
        a, b = bisect_left(idx, lo), bisect_right(idx, hi - 1)
        for x in range(a, b):
            if idx[x] == s:
                continue
            name, label = found[x]
            n = len(name)
            if tuple(k[i : i + n]) == name:
                (near[i] or _new(near, i)).append("DS=B-" + label)
                for j in range(i + 1, i + n):
                    (near[j] or _new(near, j)).append("DS=I-" + label)
    return near


class _Prefixed(dict):
    """Tag → the attribute ``prefix + tag`` (built on first use)."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def __missing__(self, tag: str) -> str:
        out = self[tag] = self.prefix + tag
        return out


_NO_VOTE: tuple[list[str], str] = ([], "")  # shared: the lists of a vote are only read
_DT_O: tuple[list[str], str] = ([], "DT=O")
_DT_O_HEAD = ("DT=O",)
_P1 = _Prefixed("P1=")
_SP = _Prefixed("SP=")


def _new(lists: list[list[str] | None], i: int) -> list[str]:
    out: list[str] = []
    lists[i] = out
    return out


def _votes(
    o: tuple[list[int], list[dict[str, int]]] | None, s: int, lo: int, hi: int
) -> tuple[list[str], str]:
    """``DE=``/``DEf=`` and ``DT=`` of a word in sentence ``s``: its first-pass labels in
    the sentences ``lo`` … ``hi - 1`` other than ``s``."""
    if o is None:
        return _NO_VOTE
    idx, counts = o
    if len(idx) == 1 and idx[0] == s:  # the word is in no other sentence
        return _NO_VOTE
    a, b = bisect_left(idx, lo), bisect_right(idx, hi - 1)
    c: dict[str, int] = {}
    for x in range(a, b):
        if idx[x] == s:
            continue
        for lab, n in counts[x].items():
            c[lab] = c.get(lab, 0) + n
    if not c:
        return _NO_VOTE
    dt = "DT=" + max(c, key=c.__getitem__)
    ent = [(n, lab) for lab, n in c.items() if lab != "O"]
    if not ent:
        return [], dt
    share = sum(n for n, _ in ent) / sum(c.values())
    return ["DE=" + max(ent)[1], "DEf=" + str(min(4, int(4 * share)))], dt
