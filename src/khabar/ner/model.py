"""The shipped NER model: a crfsuite CRF plus its frozen feature lexicon, loaded once.

:func:`load` returns a per-process cached :class:`NerTagger`; :meth:`NerTagger.tag`
turns a sentence of surface words into BIO tags (B-PERS, I-ORG, …, O) with pass 1 alone;
:meth:`NerTagger.tag_document` tags the sentences of one text with both passes and gives
per-token marginals (the entity stage); :meth:`NerTagger.tag_sentences` adds the
consistency step (``khabar ner --conll``). Both apply the rules of
:mod:`khabar.ner.postrules` (clubs, outlets, then bare family names over the document) to
the CRF's tags, after the decode-time O weight (:data:`O_WEIGHT`, :func:`weigh_o`) of the
final pass.
"""

from __future__ import annotations

import json
import struct
from collections import deque
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any

import pycrfsuite

from khabar.ner import crf
from khabar.ner import lexicon as lexicon_mod
from khabar.ner.features import FeatureExtractor

MODEL_NAME = "ner.crfsuite"
PASS2_NAME = "ner.pass2.crfsuite"  # optional stacked second pass (khabar.ner.train.stack)
LEXICON_NAME = "ner.lexicon.tsv"
CLUSTERS_NAME = "ner.clusters.tsv"
META_NAME = "ner.json"
# Decode-time weight of the O label (recall-oriented decoding after Minkov, Wang, Tomasic &
# Cohen 2006; weigh_o): a token the final pass's Viterbi path leaves O, away from its names,
# becomes an entity token when O_WEIGHT × P(O) is below the marginal of its likeliest entity
# label. 1.0 = plain Viterbi (byte-identical, nothing extra read). A decoding setting,
# independent of training (a retrained model keeps it).
O_WEIGHT = 1.0


def model_dir() -> Path:
    """The package folder that holds the shipped model files."""
    return Path(str(resources.files("khabar.models")))


def load_clusters(path: Path) -> dict[str, str]:
    """Read ``word<TAB>bitpath`` cluster lines (absent file → no clusters). A line without a
    tab that starts with «#» is a comment; the word «#» has a cluster line of its own
    (``#<TAB>a14-…``), read as any word's (session 22: it was skipped as a comment)."""
    if not path.exists():
        return {}
    out: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if line and not (line.startswith("#") and "\t" not in line):
            w, _, c = line.partition("\t")
            out[w] = c
    return out


def model_attributes(path: Path) -> frozenset[bytes] | None:
    """Every attribute a crfsuite CRF1d model file knows (its attribute dictionary, a
    CQDB: the backward array of id → key records), or ``None`` if the file is not laid
    out as expected. crfsuite drops any other attribute of an item when tagging."""
    attrs = attribute_list(path)
    return None if attrs is None else frozenset(attrs)


def attribute_list(path: Path) -> list[bytes] | None:
    """The attributes of a crfsuite CRF1d model file by their id (the CQDB's backward
    array, every record checked to carry its own id), or ``None`` if the file is not laid
    out as expected or its ids are not 0 … n − 1."""
    try:
        data = path.read_bytes()
        magic, *_, off_attrs, _, _ = struct.unpack_from("<4sI4sIIIIIIIII", data, 0)
        if magic != b"lCRF":
            return None
        chunk, _, _, _, bwd_size, bwd_off = struct.unpack_from("<4sIIIII", data, off_attrs)
        if chunk != b"CQDB":
            return None
        out = []
        for i, off in enumerate(struct.unpack_from(f"<{bwd_size}I", data, off_attrs + bwd_off)):
            if not off:
                return None
            at = off_attrs + off
            key, size = struct.unpack_from("<II", data, at)
            if key != i:
                return None
            out.append(data[at + 8 : at + 7 + size])  # without the final NUL
        return out
    except (OSError, struct.error):
        return None


def weigh_o(
    tags: Sequence[str], marginal: Callable[[str, int], float], labels: Sequence[str],
    o_weight: float,
) -> tuple[list[str], list[float | None]]:
    """Viterbi ``tags`` with the O label down-weighted to ``o_weight`` (≤ 1) at decode time,
    and per token the marginal of its new tag where it was read (else ``None``).

    Only a token the Viterbi path leaves O between two O neighbours can change, so a name
    the path found is never removed, cut or extended: it takes its likeliest entity label
    ``y`` (among ``labels``) when ``o_weight · P(O) < P(y)``, from ``marginal(label, i)``,
    left to right (consecutive such tokens make one name: an I- that would not continue
    the previous token's entity becomes B-, so the BIO stays valid). As P(y) ≤ 1 − P(O), a
    token with P(O) ≥ 1 / (1 + o_weight) is left after one marginal (most tokens).
    """
    out = list(tags)
    known: list[float | None] = [None] * len(out)
    if o_weight >= 1.0:
        return out, known
    cut = 1.0 / (1.0 + o_weight)
    last = len(tags) - 1
    for i, y in enumerate(tags):
        if y != "O":
            continue
        p_o = marginal("O", i)
        known[i] = p_o
        if p_o >= cut or (i and tags[i - 1] != "O") or (i < last and tags[i + 1] != "O"):
            continue
        best, p_best = "O", 0.0
        for lab in labels:
            p = marginal(lab, i)
            if p > p_best:
                best, p_best = lab, p
        if best == "O" or o_weight * p_o >= p_best:
            continue
        if best.startswith("I-") and (i == 0 or out[i - 1][2:] != best[2:]):
            best = "B-" + best[2:]
            p_best = marginal(best, i)
        out[i], known[i] = best, p_best
    return out, known


class NerTagger:
    """A loaded CRF with the feature extractor it was trained with."""

    def __init__(
        self, directory: str | Path | None = None, rules: bool = True,
        o_weight: float | None = None,
    ) -> None:
        d = Path(directory) if directory else model_dir()
        path = d / MODEL_NAME
        if not path.exists():
            raise FileNotFoundError(
                f"NER model not found at {path}; run `khabar train ner` to build it"
            )
        lex_path = d / LEXICON_NAME
        meta = d / META_NAME
        self.meta = json.loads(meta.read_text("utf-8")) if meta.exists() else {}
        self.features = FeatureExtractor(
            lexicon_mod.load(lex_path) if lex_path.exists() else {},
            load_clusters(d / CLUSTERS_NAME),
            char_ngrams=bool(self.meta.get("config", {}).get("char_ngrams", False)),
            sports=bool(self.meta.get("config", {}).get("sports_context", False)),
            article_names=bool(self.meta.get("config", {}).get("article_names", False)),
            split=str(self.meta.get("config", {}).get("split", "plain")),
        )
        self.rules = rules  # khabar.ner.postrules after tagging (tag_document)
        # decode-time weight of O in the final pass (weigh_o); None → the module default
        self.o_weight = O_WEIGHT if o_weight is None else float(o_weight)
        self.stack_window = int(self.meta.get("config", {}).get("stack_window", 0))
        paths = [path]
        if self.stack_window and (d / PASS2_NAME).exists():
            paths.append(d / PASS2_NAME)
        self._paths = paths
        self._plain: dict[int, pycrfsuite.Tagger] = {}  # python-crfsuite, opened when used
        # tagging builds attribute lists without what neither CRF knows (same results);
        # crfsuite's C tagger fed attribute ids (khabar.ner.crf; same output, checked on the
        # models at load) when the attribute lists are read: then each model file is opened
        # once, by the C library; else, or if the check fails, python-crfsuite tags
        lists = [attribute_list(p) for p in paths]
        self._ids: list[Any] | None = None
        if any(a is None for a in lists):
            self.features.restrict(None)
            return
        self.features.restrict(None, order=list(dict.fromkeys(chain.from_iterable(lists))))
        self._ids = crf.open_pair(paths, self.features.cid_order, None, attributes=lists,
                                  cid=self.features.cid)

    @property
    def has_pass2(self) -> bool:
        """Whether the model has the stacked second pass."""
        return len(self._paths) > 1

    @property
    def _tagger(self) -> pycrfsuite.Tagger:
        """python-crfsuite's tagger of pass 1 (opened on first use: the fallback path)."""
        return self._plain.get(0) or self._open_plain(0)

    @property
    def _pass2(self) -> pycrfsuite.Tagger | None:
        """python-crfsuite's tagger of pass 2, if the model has one (opened on first use)."""
        if not self.has_pass2:
            return None
        return self._plain.get(1) or self._open_plain(1)

    def _open_plain(self, k: int) -> pycrfsuite.Tagger:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(self._paths[k]))
        self._plain[k] = tagger
        return tagger

    def tag(self, words: list[str]) -> list[str]:
        """BIO tags for one sentence of surface words."""
        if not words:
            return []
        ids = self._id_taggers()
        if ids is not None:
            return ids[0].tag(self.features.tagging_ids(words)[0])
        return self._tagger.tag(self.features.tagging(words)[0])

    def _id_taggers(self) -> list[Any] | None:
        """The C taggers, while the extractor still gives the ids they were opened for
        (not after another :meth:`FeatureExtractor.restrict`)."""
        ids = self._ids
        if ids is None or ids[0].order is not self.features.cid_order:
            return None
        return ids

    def tag_sentences(self, sentences: list[list[str]], window: int = 3) -> list[list[str]]:
        """Tags for consecutive sentences of one text, names kept consistent across
        ``window`` neighbouring sentences (:func:`khabar.ner.consistency.propagate`)."""
        from khabar.ner.consistency import propagate

        tags, _ = self.tag_document(sentences, marginals=False)
        return propagate(sentences, tags, window, key=self.features.key) if window else tags

    def tag_document(
        self, sentences: Sequence[Sequence[str]], marginals: bool = True, stacked: bool = True
    ) -> tuple[list[list[str]], list[list[float]]]:
        """Tags of consecutive sentences of one text and, if ``marginals``, per token the
        marginal probability of its tag under the final pass (else no probability lists).
        The rules of :mod:`khabar.ner.postrules` rewrite some tags when ``self.rules``;
        a rewritten token's marginal is the CRF's for the new tag (so it stays low).

        Pass 1 tags each sentence; the stacked pass 2 (when the model has one and
        ``stacked``) re-tags it with pass 1's tags of the ``stack_window`` sentences on each
        side (:func:`khabar.ner.consistency.doc_features`). Each sentence's features are
        built once and reused by pass 2. No consistency step (see :meth:`tag_sentences`).
        """
        from khabar.ner.consistency import doc_features
        from khabar.ner.postrules import apply_sentence, family_names, sporty

        ids = self._id_taggers()
        fx = self.features
        tagging = fx.tagging if ids is None else fx.tagging_rows
        rows = [tagging(s) if s else ([], []) for s in sentences]
        feats: list[list[Any]] = [f for f, _ in rows]
        final: Any = self._tagger if ids is None else ids[0]
        if stacked and self.has_pass2:
            if ids is not None:
                final.prepare(feats)
                first = []
                for k, f in enumerate(feats):
                    if f:
                        final.select(k)
                    first.append(final.tag() if f else [])
            else:
                first = [final.tag(f) if f else [] for f in feats]
            keys = [[c[1] for c in ctx] for _, ctx in rows]
            if ids is not None:  # the second pass's attributes appended as id bytes
                into = [[[r] for r in f] for f in feats]
                doc_features(sentences, first, self.stack_window, sports=bool(fx.sports),
                             keys=keys, into=into, to_id=fx.attribute_bytes)
                join = b"".join
                feats = [[join(t) for t in f] for f in into]
                final = ids[1]
                final.prepare(feats)
            else:
                extra = doc_features(sentences, first, self.stack_window,
                                     sports=bool(fx.sports), keys=keys)
                for f, e in zip(feats, extra, strict=True):
                    if len(f) != len(e):
                        raise ValueError("pass-2 attributes for another sentence length")
                    # the feature lists are fresh per sentence: extend in place (C-level loop)
                    deque(map(list.extend, f, e), maxlen=0)
                final = self._pass2
        ctxs = [c for _, c in rows] if self.rules else [[]] * len(feats)
        sport = sporty(ctxs) if self.rules else [False] * len(feats)
        names = self.features.multi  # multi-word lexicon names for the rules
        weigh = self.o_weight < 1.0
        labels = [y for y in final.labels() if y != "O"] if weigh else []
        tags: list[list[str]] = []
        probs: list[list[float]] = []
        if ids is not None and not (stacked and self.has_pass2):
            final.prepare(feats)
        for k, (ctx, f, sp) in enumerate(zip(ctxs, feats, sport, strict=True)):
            if not f:
                tags.append([])
                if marginals:
                    probs.append([])
                continue
            if ids is not None:
                final.select(k)
            else:
                final.set(f)
            t = final.tag()
            m = final.marginal
            if weigh:
                v, known = weigh_o(t, m, labels, self.o_weight)
                t = apply_sentence(ctx, v, sp, names=names) if self.rules else v
                tags.append(t)
                if marginals:  # reuse what weigh_o read for the tokens the rules kept
                    probs.append([p if p is not None and y == v[i] else m(y, i)
                                  for i, (y, p) in enumerate(zip(t, known, strict=True))])
                continue
            if self.rules:
                t = apply_sentence(ctx, t, sp, names=names)
            tags.append(t)
            if marginals:
                probs.append(final.marginals(t) if ids is not None
                             else [m(y, i) for i, y in enumerate(t)])
        if self.rules:
            # bare family names of persons named in full nearby (document level); the
            # rewritten tokens get the CRF's marginal for their new tag, as the club rules'
            for s, idx in family_names(ctxs, tags).items():
                if marginals:
                    if ids is not None:
                        final.select(s)
                    else:
                        final.set(feats[s])
                    for i in idx:
                        probs[s][i] = final.marginal(tags[s][i], i)
        return tags, probs

    def tag_with_marginals(self, words: list[str]) -> tuple[list[str], list[float]]:
        """Pass-1 tags of one sentence and, per token, the marginal probability of its tag."""
        tags, probs = self.tag_document([words], stacked=False)
        return tags[0], probs[0]


@lru_cache(maxsize=4)
def load(directory: str | None = None, rules: bool = True) -> NerTagger:
    """The per-process shared tagger (the shipped one unless ``directory`` is given)."""
    return NerTagger(directory, rules)
