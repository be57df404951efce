"""Near-duplicate detection: copies of one wire story across outlets.

Each article gets a MinHash signature (datasketch) over shingles of ``SHINGLE`` consecutive
normalised words (:func:`khabar.text.normalize.match_form`, so spelling variants of
hamza, alef maqsura and diacritics do not matter). Locality-sensitive hashing finds the
pairs whose estimated Jaccard similarity reaches the threshold; pairs are joined into
groups (union-find), and the earliest report of a group is its original.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

from khabar.corpus.components import min_rank_roots
from khabar.document import Document
from khabar.text.tokenize import tokenize

NUM_PERM = 64
SHINGLE = 2
DEFAULT_THRESHOLD = 0.5


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


# datasketch ≥ 2 names its hashing scheme and wants it back when rebuilding a MinHash.
_SCHEME = getattr(MinHash(num_perm=1), "scheme", None)
_DTYPE = np.uint32 if _SCHEME in ("affine32", None) else np.uint64
_EXTRA = {"scheme": _SCHEME} if _SCHEME else {}
# Shingles are hashed with CRC-32 (stable across processes, C speed); the permutations
# are drawn once per process (same seed, so signatures stay comparable).
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32).permutations


def signature(doc: Document) -> bytes:
    """The MinHash signature of a document: ``NUM_PERM`` little-endian uint64 values as
    bytes (stored with the article; the Spark job compares them 8 bytes at a time)."""
    m = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=_PERMUTATIONS, **_EXTRA)
    m.update_batch(list(shingles(word_forms(doc))))
    return m.hashvalues.astype(np.uint64).tobytes()  # 8 bytes per value (the Spark job slices them)


def _minhash(sig: bytes) -> MinHash:
    values = np.frombuffer(sig, dtype=np.uint64).astype(_DTYPE)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, permutations=_PERMUTATIONS, **_EXTRA)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(_minhash(a).jaccard(_minhash(b)))


def groups(
    items: Iterable[tuple[int, bytes]], threshold: float = DEFAULT_THRESHOLD
) -> list[list[int]]:
    """Groups (size ≥ 2) of ids whose signatures are near-duplicates, in input order.

    ``items`` are ``(id, signature)``; pass them earliest first so that each group's first
    id is the original.
    """
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes: dict[int, MinHash] = {}
    order: list[int] = []
    for key, sig in items:
        if not sig:
            continue
        mh = _minhash(sig)
        hashes[key] = mh
        order.append(key)
        lsh.insert(key, mh)
    rank = {k: i for i, k in enumerate(order)}
    # LSH candidates are probable; confirm with the estimated Jaccard.
    edges = (
        (key, other)
        for key in order
        for other in lsh.query(hashes[key])
        if other != key and hashes[key].jaccard(hashes[other]) >= threshold
    )
    roots = min_rank_roots(edges, rank)
    members: dict[int, list[int]] = {}
    for key in order:
        members.setdefault(roots[key], []).append(key)
    out = [sorted(m, key=rank.__getitem__) for m in members.values() if len(m) > 1]
    return sorted(out, key=lambda g: rank[g[0]])
