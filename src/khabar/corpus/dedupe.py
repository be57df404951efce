"""Near-duplicate detection: copies of one wire story across outlets.

Each article gets a MinHash signature (datasketch) over shingles of ``SHINGLE`` consecutive
normalised words (:func:`khabar.text.normalize.match_form`, so spelling variants of
hamza, alef maqsura and diacritics do not matter). Locality-sensitive hashing finds the
pairs whose estimated Jaccard similarity reaches the threshold; pairs are joined into
groups (union-find), and the earliest report of a group is its original.

Edited copies — the wire story with a new first sentence, a trimmed end, a paragraph
added — fall below the Jaccard cut when one text is much shorter than the other. Given the
words of the texts (``words``), :func:`groups` also joins a pair when the shorter text's
shingles lie mostly inside the longer one's (containment ≥ :data:`CONTAINMENT`), the
shorter holds at least :data:`MIN_RATIO` of the longer's shingles (a short brief inside a
long round-up, one instalment of a long agency story, is not a copy of it) and at least
:data:`MIN_SHINGLES` of them (boilerplate), and the longer opens with the story (its first
quarter shares :data:`LEAD_SHARE` of its shingles with the shorter: a round-up, or a report
that appends a press release after its own story, does not). Candidates come from a second LSH index at
:data:`CANDIDATE_THRESHOLD`; containment is computed exactly from the words.

datasketch is imported on first use (:func:`_hashing`): it brings scipy with it, ≈ 1.3 CPU s
that every command opening a store (search, export, entity, serve) paid without hashing.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash, MinHashLSH

from khabar.corpus.components import min_rank_roots
from khabar.document import Document
from khabar.text.tokenize import tokenize

NUM_PERM = 64
SHINGLE = 2
DEFAULT_THRESHOLD = 0.5
CONTAINMENT = 0.8
MIN_RATIO = 0.5
MIN_SHINGLES = 30
LEAD_SHARE = 0.2
# a pair at the containment and ratio limits has a Jaccard of 0.8·0.5 / (1 + 0.5 − 0.4) ≈ 0.36
CANDIDATE_THRESHOLD = 0.3


def word_forms(doc: Document) -> list[str]:
    """The normalised words of a document's text."""
    tokens = doc.tokens or tokenize(doc.text)
    return [t.norm for t in tokens if t.kind in ("word", "number")]


def shingles(words: Sequence[str], k: int | None = None) -> set[bytes]:
    """The set of ``k``-word shingles (default :data:`SHINGLE`; the whole text when shorter)."""
    k = k or SHINGLE
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


@cache
def _hashing() -> tuple[type[MinHash], Any, dict[str, Any], Any]:
    """datasketch's MinHash class, the process's permutations, the extra arguments that
    rebuild a MinHash and the dtype of its hash values (imported and drawn once)."""
    from datasketch import MinHash

    # datasketch ≥ 2 names its hashing scheme and wants it back when rebuilding a MinHash.
    scheme = getattr(MinHash(num_perm=1), "scheme", None)
    dtype = np.uint32 if scheme in ("affine32", None) else np.uint64
    extra = {"scheme": scheme} if scheme else {}
    # Shingles are hashed with CRC-32 (stable across processes, C speed); the permutations
    # are drawn once per process (same seed, so signatures stay comparable).
    permutations = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32).permutations
    return MinHash, permutations, extra, dtype


def signature(doc: Document) -> bytes:
    """The MinHash signature of a document: ``NUM_PERM`` little-endian uint64 values as
    bytes (stored with the article; the Spark job compares them 8 bytes at a time)."""
    minhash, permutations, extra, _ = _hashing()
    m = minhash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=permutations, **extra)
    m.update_batch(list(shingles(word_forms(doc))))
    return m.hashvalues.astype(np.uint64).tobytes()  # 8 bytes per value (the Spark job slices them)


def _minhash(sig: bytes) -> MinHash:
    minhash, permutations, extra, dtype = _hashing()
    values = np.frombuffer(sig, dtype=np.uint64).astype(dtype)
    return minhash(num_perm=NUM_PERM, hashvalues=values, permutations=permutations, **extra)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(_minhash(a).jaccard(_minhash(b)))


def shingle_list(words: Sequence[str], k: int | None = None) -> list[bytes]:
    """The ``k``-word shingles of ``words`` in text order (:func:`shingles` as a sequence)."""
    k = k or SHINGLE
    if len(words) < k:
        return [" ".join(words).encode("utf-8")] if words else []
    return [" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)]


def contained(a: Sequence[bytes], b: Sequence[bytes], *, containment: float = CONTAINMENT,
              min_ratio: float = MIN_RATIO, min_shingles: int = MIN_SHINGLES,
              lead: float = LEAD_SHARE) -> bool:
    """Whether the shorter of two texts (their shingles in text order) is an edited copy
    inside the longer: most of its shingles inside (``containment``), not much shorter
    (``min_ratio``), not tiny, and the longer opens with the story — at least ``lead`` of
    the shingles of its first quarter are the shorter's. A copy keeps the wire story's lead
    (a new first sentence is allowed); a round-up or a report that appends a press release
    after its own story holds it further down."""
    sa, sb = set(a), set(b)
    (small, small_set), (big, big_set) = sorted(((a, sa), (b, sb)), key=lambda x: len(x[1]))
    if len(small_set) < min_shingles or len(small_set) < min_ratio * len(big_set):
        return False
    if len(small_set & big_set) < containment * len(small_set):
        return False
    head = big[:max(10, len(big) // 4)]
    return sum(1 for x in head if x in small_set) >= lead * len(head)


def groups(
    items: Iterable[tuple[int, bytes]], threshold: float = DEFAULT_THRESHOLD, *,
    words: Callable[[int], Sequence[str]] | None = None,
) -> list[list[int]]:
    """Groups (size ≥ 2) of ids whose signatures are near-duplicates, in input order.

    ``items`` are ``(id, signature)``; pass them earliest first so that each group's first
    id is the original. With ``words`` (an id → the normalised words of its text), an
    edited copy contained in a longer text is joined too (:func:`contained`).
    """
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    wide = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM) if words else None
    hashes: dict[int, MinHash] = {}
    order: list[int] = []
    for key, sig in items:
        if not sig:
            continue
        mh = _minhash(sig)
        hashes[key] = mh
        order.append(key)
        lsh.insert(key, mh)
        if wide is not None:
            wide.insert(key, mh)
    rank = {k: i for i, k in enumerate(order)}
    # LSH candidates are probable; confirm with the estimated Jaccard.
    edges = [
        (key, other)
        for key in order
        for other in lsh.query(hashes[key])
        if other != key and hashes[key].jaccard(hashes[other]) >= threshold
    ]
    if wide is not None and words is not None:
        edges.extend(_contained_pairs(order, hashes, wide, words, rank))
    roots = min_rank_roots(edges, rank)
    members: dict[int, list[int]] = {}
    for key in order:
        members.setdefault(roots[key], []).append(key)
    out = [sorted(m, key=rank.__getitem__) for m in members.values() if len(m) > 1]
    return sorted(out, key=lambda g: rank[g[0]])


def _contained_pairs(order: list[int], hashes: dict[int, MinHash], wide: MinHashLSH,
                     words: Callable[[int], Sequence[str]],
                     rank: dict[int, int]) -> list[tuple[int, int]]:
    """The candidate pairs of the wide index whose texts pass :func:`contained`."""
    cache: dict[int, list[bytes]] = {}

    def shingle_seq(key: int) -> list[bytes]:
        if key not in cache:
            cache[key] = shingle_list(words(key))
        return cache[key]

    out = []
    for key in order:
        for other in wide.query(hashes[key]):
            if rank[other] <= rank[key]:
                continue  # each pair once
            if contained(shingle_seq(key), shingle_seq(other)):
                out.append((key, other))
    return out
