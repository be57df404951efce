"""Stories of undated reports: window-free clustering for a corpus without datelines.

The dated clustering (:mod:`khabar.corpus.stories`) follows a story through a window of days;
a report without a dateline has no place in it. Undated reports (ANERcorp-like newswire
blocks, a web or social corpus) form stories among themselves here:

* two undated reports are **linked** when they are near-duplicates of each other, or when
  ``cosine(TF-IDF) + ENTITY_WEIGHT · Jaccard(entity names)`` reaches :data:`THRESHOLD` AND
  they share at least :data:`MIN_SHARED` entity name (a topic word list alone does not make
  one story: the same people, places or bodies must be named);
* a **story** is a connected component of the links (single link, order-independent), so
  the embedded store and the Spark job (:func:`khabar.spark.corpus.undated_story_pairs`)
  give the same stories for the same documents.

Vectors are those of the dated clustering — each report's :data:`TOP_TERMS` heaviest
clitic-stripped bases (at least 3 letters, no digits), weight ``(1 + log tf) · idf`` — with
the IDF taken over the undated reports alone, and ties broken by the term (so both paths
keep the same terms). Candidates share one of their :data:`KEY_TERMS` heaviest terms; a
term that is a key term of more than ``max_term_docs`` reports proposes no pairs (it bounds
the self-join; a story's terms are rarer). Entity names are the entity stage's canonical
names, compared as written. An undated report never joins a dated story: it has no date to
place it in one.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field

from khabar.corpus.components import min_rank_roots
from khabar.corpus.stories import ENTITY_WEIGHT, KEY_TERMS, MIN_TERM_LEN, TOP_TERMS

THRESHOLD = 0.45  # chosen on the news day taken as undated (docs/store.md)
MUTUAL: float | None = 0.2  # a mutual best match (chosen on ANERcorp blocks, docs/store.md)
MIN_SHARED = 1
MAX_TERM_DOCS = 1000
DIGITS = 6  # similarities are rounded so that both paths compare the same number


@dataclass
class UndatedDoc:
    """One undated report: its id, word bases (as indexed) and entity canonical names."""

    id: Hashable
    words: list[str]
    names: frozenset[str] = field(default_factory=frozenset)


def term_counts(words: Iterable[str]) -> Counter:
    """The story terms of a report's bases: at least ``MIN_TERM_LEN`` letters, no digits."""
    return Counter(w for w in words if len(w) >= MIN_TERM_LEN and not w.isdigit())


def idf_of(counts: Iterable[Counter]) -> dict[str, float]:
    """Smoothed IDF over the given reports (as :mod:`khabar.corpus.stories`)."""
    df: Counter = Counter()
    n = 0
    for c in counts:
        df.update(c.keys())
        n += 1
    return {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in df.items()}


def vector(counts: Counter, idf: Mapping[str, float]) -> list[tuple[str, float]]:
    """The unit vector over the ``TOP_TERMS`` heaviest terms, heaviest first (ties by term)."""
    weighted = sorted(((t, (1 + math.log(c)) * idf[t]) for t, c in counts.items()),
                      key=lambda tv: (-tv[1], tv[0]))[:TOP_TERMS]
    norm = math.sqrt(sum(v * v for _, v in weighted)) or 1.0
    return [(t, v / norm) for t, v in weighted]


def similarity(va: Mapping[str, float], vb: Mapping[str, float],
               na: frozenset[str], nb: frozenset[str]) -> tuple[float, int]:
    """(cosine + ``ENTITY_WEIGHT`` · Jaccard of names, rounded; shared names)."""
    cos = sum(w * vb[t] for t, w in va.items() if t in vb)
    shared = len(na & nb)
    jac = shared / len(na | nb) if na and nb else 0.0
    return round(cos + ENTITY_WEIGHT * jac, DIGITS), shared


def vectors(docs: list[UndatedDoc]) -> list[list[tuple[str, float]]]:
    """Each report's unit vector (IDF over ``docs``), in the order of ``docs``."""
    counts = [term_counts(d.words) for d in docs]
    idf = idf_of(counts)
    return [vector(c, idf) for c in counts]


def top_terms(vecs: Iterable[list[tuple[str, float]]], n: int = 10) -> list[str]:
    """A story's ``n`` heaviest terms: the sum of its reports' vectors (ties by term)."""
    total: Counter = Counter()
    for v in vecs:
        for t, w in v:
            total[t] += w
    return [t for t, _ in sorted(total.items(), key=lambda tv: (-tv[1], tv[0]))[:n]]


def scored_pairs(docs: list[UndatedDoc], min_shared: int = MIN_SHARED,
                 max_term_docs: int = MAX_TERM_DOCS) -> dict[tuple[int, int], float]:
    """``(i, j) → similarity`` (indices into ``docs``, ``i < j``) of the candidate pairs —
    sharing a key term that is no more than ``max_term_docs`` reports' — that name at
    least ``min_shared`` entity names in common."""
    vecs = vectors(docs)
    by_term: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(vecs):
        for t, _ in v[:KEY_TERMS]:
            by_term[t].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in by_term.values():
        if len(members) > max_term_docs:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    maps = [dict(v) for v in vecs]
    out = {}
    for i, j in pairs:
        sim, shared = similarity(maps[i], maps[j], docs[i].names, docs[j].names)
        if shared >= min_shared:
            out[(i, j)] = sim
    return out


def links(docs: list[UndatedDoc], threshold: float = THRESHOLD, mutual: float | None = MUTUAL,
          min_shared: int = MIN_SHARED, max_term_docs: int = MAX_TERM_DOCS,
          ) -> list[tuple[Hashable, Hashable, float]]:
    """Similarity links ``(a, b, similarity)`` with ``str(a) < str(b)``, sorted: a scored
    pair reaching ``threshold``, or reaching ``mutual`` when each report is the other's
    most similar (its best scored pair; ties count for both)."""
    scored = scored_pairs(docs, min_shared, max_term_docs)
    best: dict[int, float] = {}
    for (i, j), sim in scored.items():
        best[i] = max(best.get(i, sim), sim)
        best[j] = max(best.get(j, sim), sim)
    out = []
    for (i, j), sim in scored.items():
        if sim >= threshold or (mutual is not None and sim >= mutual
                                and sim == best[i] and sim == best[j]):
            a, b = sorted((docs[i].id, docs[j].id), key=str)
            out.append((a, b, sim))
    return sorted(out, key=lambda e: (str(e[0]), str(e[1])))


def stories(docs: list[UndatedDoc], duplicates: Iterable[tuple[Hashable, Hashable]] = (),
            **kwargs) -> list[list[Hashable]]:
    """Undated stories: connected components of the links and the ``duplicates`` pairs
    among ``docs`` (pairs naming another report are ignored), each sorted by ``str(id)``,
    one-report stories included; ordered by their first member."""
    ids = {d.id for d in docs}
    edges = [(a, b) for a, b, _ in links(docs, **kwargs)]
    edges += [(a, b) for a, b in duplicates if a in ids and b in ids]
    rank = {i: r for r, i in enumerate(sorted(ids, key=str))}
    groups: dict[Hashable, list[Hashable]] = defaultdict(list)
    for node, root in min_rank_roots(edges, rank).items():
        groups[root].append(node)
    return sorted((sorted(g, key=str) for g in groups.values()), key=lambda g: str(g[0]))
