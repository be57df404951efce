"""Word clusters learned WITHOUT labels from raw Arabic text (training time only).

A cheap distributional clustering: left/right co-occurrence counts of every frequent word
(clitic-stripped, normalised) with the most frequent context words, PPMI weighting, a
truncated SVD to ``dim`` dimensions, then k-means at three granularities (coarse → fine).
Each word gets a path ``"a12-b87-c431"``; the tagger uses each level as a feature, so
unseen names that behave like known ones (after «الرئيس», before «أن») share evidence.
Needs numpy (training only; the shipped model reads the resulting TSV).
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import regex

from khabar.ner.split import plain_key

_WORD = regex.compile(r"[\p{L}\p{M}\u0640]+|\p{Nd}+|[^\s\p{L}\p{M}\p{Nd}]")


# The form a cluster is stored under: normalised, proclitics stripped — the plain split's key,
# under which the shipped clusters were learned (:mod:`khabar.ner.split`).
key = plain_key


def rekey(clusters: dict[str, str], sentences: Iterable[list[str]],
          new_key: Callable[[str], str], old_key: Callable[[str], str] = key) -> dict[str, str]:
    """Clusters learned under ``old_key`` for a model whose features read ``new_key``: the
    words whose base the new split changes are also keyed by their new base, with the path
    their old fragment was learned under — «الغاء» (إلغاء) gets the path of «غاء», which its
    contexts shaped (session 22, the tokenizer's split on the pinned clusters). A new base
    already keyed keeps its own path (the words it stood for keep their features); one
    reached from fragments of different paths takes the path of most tokens (a tie: the
    smallest path). Every old key stays."""
    votes: dict[str, Counter[str]] = {}
    seen: Counter[str] = Counter(w for s in sentences for w in s)
    for word, n in seen.items():
        new = new_key(word)
        if new in clusters:
            continue
        old = old_key(word)
        if old != new and old in clusters:
            votes.setdefault(new, Counter())[clusters[old]] += n
    out = dict(clusters)
    for new, paths in votes.items():
        out[new] = min(paths.items(), key=lambda pc: (-pc[1], pc[0]))[0]
    return out


def news_texts(zip_path: Path) -> Iterator[str]:
    """Article texts of a SaudiNewsNet day archive."""
    with zipfile.ZipFile(zip_path) as z:
        for name in z.namelist():
            if name.endswith(".json"):
                for art in json.loads(z.read(name)):
                    yield (art.get("title") or "") + "\n" + (art.get("content") or "")


def sentences_from_texts(texts: Iterable[str]) -> Iterator[list[str]]:
    for text in texts:
        for line in text.splitlines():
            toks = _WORD.findall(line)
            if toks:
                yield toks


def learn(
    sentences: Iterable[list[str]],
    *,
    min_count: int = 4,
    n_context: int = 1500,
    dim: int = 80,
    ks: tuple[int, int, int] = (40, 200, 800),
    seed: int = 0,
    word_key: Callable[[str], str] = key,
) -> dict[str, str]:
    """word → ``"aX-bY-cZ"`` cluster path (words keyed by ``word_key``: the model's split)."""
    import numpy as np

    sents = [[word_key(w) for w in s] for s in sentences]
    freq = Counter(w for s in sents for w in s)
    vocab = [w for w, c in freq.most_common() if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    ctx_index = {w: i for i, w in enumerate(vocab[:n_context])}
    rows: list[int] = []
    cols: list[int] = []
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        cids = [ctx_index.get(w, -1) for w in s]
        n = len(s)
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for off, base in ((-1, 0), (-2, 2 * n_context), (1, n_context), (2, 3 * n_context)):
                j = i + off
                if 0 <= j < n and cids[j] >= 0:
                    rows.append(wi)
                    cols.append(base + cids[j])
    m = np.zeros((len(vocab), 4 * n_context), dtype=np.float32)
    np.add.at(m, (np.asarray(rows), np.asarray(cols)), 1.0)
    total = m.sum()
    pw = m.sum(axis=1, keepdims=True)
    pc = m.sum(axis=0, keepdims=True) ** 0.75
    pc = pc / pc.sum() * total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(m * total / (pw * pc + 1e-9) + 1e-12)
    ppmi = np.where(m > 0, np.maximum(pmi, 0), 0).astype(np.float32)
    del m, pmi
    rng = np.random.default_rng(seed)
    # randomized range finder + small SVD
    q, _ = np.linalg.qr(ppmi @ rng.standard_normal((ppmi.shape[1], dim + 20)).astype(np.float32))
    q, _ = np.linalg.qr(ppmi @ (ppmi.T @ q))
    u, s, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    emb = (q @ u[:, :dim]) * np.sqrt(s[:dim])
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    labels = [_kmeans(emb, k, rng) for k in ks]
    return {w: f"a{labels[0][i]}-b{labels[1][i]}-c{labels[2][i]}" for i, w in enumerate(vocab)}


def _kmeans(x, k: int, rng, iterations: int = 25):
    import numpy as np

    k = min(k, len(x))
    centers = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        assign = np.argmax(x @ centers.T, axis=1)  # cosine: rows are unit length
        for c in range(k):
            members = x[assign == c]
            if len(members):
                v = members.sum(axis=0)
                centers[c] = v / (np.linalg.norm(v) + 1e-9)
    return assign


def save(clusters: dict[str, str], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# word clusters learned without labels (see docs/models/ner.md)\n")
        for w, c in sorted(clusters.items()):
            fh.write(f"{w}\t{c}\n")


def training_sentences(shared: Path, corpora: tuple[str, ...], dev: bool) -> list[list[str]]:
    """Raw (unlabelled) sentences for clustering: the news sample plus the words of the
    training corpora — without the held-out ANERcorp block when ``dev``."""
    from khabar.ner.conll import load_corpus
    from khabar.ner.train import CORPORA

    sents = list(sentences_from_texts(news_texts(shared / "data" / "news" / "dev" / "2015-08-10.zip")))
    for name in corpora:
        if name in ("news", "events"):
            # our tagged news sentences are already in the news sample; the events-slice
            # sentences (session 9) stay out, so the clusters do not change with them
            continue
        corpus = load_corpus(name.split("_")[0], shared / "data" / CORPORA[name])
        if name == "anercorp" and dev:
            corpus = corpus[: len(corpus) - len(corpus) // 6]
        sents.extend(w for w, _ in corpus)
    return sents
