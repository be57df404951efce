"""crfsuite's own tagger, fed attribute ids instead of attribute strings.

python-crfsuite hands crfsuite every attribute of every token as a string: it copies each
into C++ strings several times and crfsuite then looks each up in the model's attribute
dictionary (≈ 3.4M strings per pass over 400 news articles, most of the CRF time). The
feature extractor already knows, per word, which attributes the models know
(:class:`khabar.ner.kept.KnownIndex`), so it can give their ids instead
(:meth:`khabar.ner.features.FeatureExtractor.tagging_ids`). :class:`CrfModel` opens the
same model file with the crfsuite C library that python-crfsuite's extension module
contains (its C API is exported) and passes crfsuite the instance it would have built
itself — the same attributes in the same order with the value 1 — so the scores, the
Viterbi path and the marginals are computed by the same C code on the same numbers:
identical output. The calls keep the GIL (``PyDLL``), as python-crfsuite's do.

:func:`open_pair` checks the binding on the model itself (tags and marginals of a few
synthetic sequences against python-crfsuite's) and returns ``None`` when anything does not
match, so the caller keeps python-crfsuite.
"""

from __future__ import annotations

import ctypes
import logging
import os
from collections.abc import Mapping, Sequence
from ctypes import POINTER, PYFUNCTYPE, Structure, byref, c_char_p, c_double, c_int, c_void_p
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

CONTENT = np.dtype([("aid", "<i4"), ("pad", "<i4"), ("value", "<f8")])  # crfsuite_attribute_t
ITEM = np.dtype([("num", "<i4"), ("cap", "<i4"), ("ptr", "<u8")])  # crfsuite_item_t


class _Instance(Structure):  # crfsuite_instance_t
    _fields_ = [("num_items", c_int), ("cap_items", c_int), ("items", c_void_p),
                ("labels", c_void_p), ("weight", c_double), ("group", c_int)]


_GET = PYFUNCTYPE(c_int, c_void_p, POINTER(c_void_p))


class _Model(Structure):  # crfsuite_model_t
    _fields_ = [("internal", c_void_p), ("nref", c_int), ("addref", c_void_p),
                ("release", PYFUNCTYPE(c_int, c_void_p)), ("get_tagger", _GET),
                ("get_labels", _GET), ("get_attrs", _GET), ("dump", c_void_p)]


class _Tagger(Structure):  # crfsuite_tagger_t
    _fields_ = [("internal", c_void_p), ("nref", c_int), ("addref", c_void_p),
                ("release", PYFUNCTYPE(c_int, c_void_p)),
                ("set", PYFUNCTYPE(c_int, c_void_p, c_void_p)),
                ("length", PYFUNCTYPE(c_int, c_void_p)),
                ("viterbi", PYFUNCTYPE(c_int, c_void_p, c_void_p, POINTER(c_double))),
                ("score", c_void_p), ("lognorm", c_void_p),
                ("marginal_point", PYFUNCTYPE(c_int, c_void_p, c_int, c_int, POINTER(c_double))),
                ("marginal_path", c_void_p)]


class _Dictionary(Structure):  # crfsuite_dictionary_t
    _fields_ = [("internal", c_void_p), ("nref", c_int), ("addref", c_void_p),
                ("release", PYFUNCTYPE(c_int, c_void_p)), ("get", c_void_p),
                ("to_id", PYFUNCTYPE(c_int, c_void_p, c_char_p)),
                ("to_string", PYFUNCTYPE(c_int, c_void_p, c_int, POINTER(c_void_p))),
                ("num", PYFUNCTYPE(c_int, c_void_p)),
                ("free", PYFUNCTYPE(None, c_void_p, c_void_p))]


@lru_cache(maxsize=1)
def _library() -> Any:
    import pycrfsuite._pycrfsuite as ext

    lib = ctypes.PyDLL(ext.__file__)
    f = lib.crfsuite_create_instance_from_file
    f.argtypes, f.restype = [c_char_p, POINTER(c_void_p)], c_int
    return lib


def _strings(d: c_void_p) -> list[bytes]:
    """Every string of a crfsuite dictionary, by id."""
    dic = _Dictionary.from_address(d.value)
    out = []
    s = c_void_p()
    for i in range(dic.num(d)):
        if dic.to_string(d, i, byref(s)) or not s.value:
            raise ValueError(f"crfsuite dictionary: no string for id {i}")
        out.append(ctypes.string_at(s.value))
        dic.free(d, s)
    dic.release(d)
    return out


def _checked(d: c_void_p, attributes: list[bytes]) -> list[bytes]:
    """``attributes`` if crfsuite's dictionary ``d`` has as many strings and gives a sample
    of them (about 200, the first and the last) their ids; else ``ValueError``."""
    dic = _Dictionary.from_address(d.value)
    try:
        n = dic.num(d)
        if n != len(attributes):
            raise ValueError(f"crfsuite dictionary: {n} attributes, the file {len(attributes)}")
        for i in {*range(0, n, max(1, n // 200)), n - 1} if n else ():
            if b"\x00" in attributes[i] or dic.to_id(d, attributes[i]) != i:
                raise ValueError(f"crfsuite dictionary: another id for attribute {i}")
    finally:
        dic.release(d)
    return attributes


class CrfModel:
    """A crfsuite CRF1d model file, tagged from attribute ids (see the module docstring).
    ``attributes``: the model's attribute strings by id — read from crfsuite's dictionary,
    or given (read from the file by :func:`khabar.ner.model.attribute_list`: then their
    number and a sample of their ids are checked against crfsuite's dictionary)."""

    def __init__(self, path: str | Path, attributes: list[bytes] | None = None) -> None:
        model = c_void_p()
        if _library().crfsuite_create_instance_from_file(str(path).encode(), byref(model)):
            raise OSError(f"crfsuite cannot open {path}")
        self._model = model
        m = _Model.from_address(model.value)
        tagger, attrs, labels = c_void_p(), c_void_p(), c_void_p()
        if m.get_tagger(model, byref(tagger)) or m.get_attrs(model, byref(attrs)) \
                or m.get_labels(model, byref(labels)):
            raise OSError(f"crfsuite: no tagger in {path}")
        self._tagger = tagger
        t = _Tagger.from_address(tagger.value)
        self._set, self._length = t.set, t.length
        self._viterbi, self._marginal = t.viterbi, t.marginal_point
        self.attributes = _strings(attrs) if attributes is None else _checked(attrs, attributes)
        self._labels = [s.decode() for s in _strings(labels)]
        self._label_ids = {y: i for i, y in enumerate(self._labels)}
        self._n = 0

    def labels(self) -> list[str]:
        return list(self._labels)

    def marginal(self, y: str, t: int) -> float:
        """The marginal probability of label ``y`` at token ``t`` of the instance set last."""
        if not 0 <= t < self._n:
            raise ValueError(f"token {t} out of range")
        p = c_double()
        if self._marginal(self._tagger, self._label_ids[y], t, byref(p)):
            raise RuntimeError("crfsuite marginal failed")
        return p.value

    def __del__(self) -> None:
        try:
            _Tagger.from_address(self._tagger.value).release(self._tagger)
            _Model.from_address(self._model.value).release(self._model)
        except Exception:  # noqa: BLE001 - interpreter shutdown or a half-built object
            pass


class IdTagger:
    """A :class:`CrfModel` seen through the extractor's attribute ids (``order``: the
    attribute of each id; ids it does not know, and the id ``len(order)``, are dropped as
    crfsuite drops unknown attributes). :meth:`prepare` lays out every sentence of a
    document at once; :meth:`select` then sets one of them (no copy)."""

    def __init__(self, model: CrfModel, order: Sequence[bytes],
                 cid: Mapping[bytes, int] | None = None) -> None:
        self.model = model
        self.order = order  # the extractor's id list these ids are of
        if cid is None:  # (``cid``: the id of each attribute of ``order``, if at hand)
            own = {a: i for i, a in enumerate(model.attributes)}
            self.map = np.array([own.get(a, -1) for a in order] + [-1], dtype=np.int32)
        else:
            at = np.fromiter((cid.get(a, -1) for a in model.attributes), dtype=np.int64,
                             count=len(model.attributes))
            mine = at >= 0
            self.map = np.full(len(order) + 1, -1, dtype=np.int32)
            self.map[at[mine]] = np.arange(len(at), dtype=np.int32)[mine]
        self._arrays: tuple[np.ndarray, np.ndarray] | None = None
        self._starts: list[int] = []
        self._path = (c_int * 0)()
        self._p = c_double()

    def labels(self) -> list[str]:
        return self.model.labels()

    def prepare(self, sentences: Sequence[Sequence[bytes]]) -> None:
        """Lay out the instances of ``sentences``: per token its attribute ids as int32
        bytes (:func:`khabar.ner.features.id_bytes`; one join, no Python int per id)."""
        tokens = list(chain.from_iterable(sentences))
        n = len(tokens)
        counts = np.fromiter(map(len, tokens), dtype=np.int64, count=n) >> 2
        ids = np.frombuffer(b"".join(tokens), dtype="<i4")
        aids = self.map[ids]
        known = aids >= 0
        if not known.all():
            counts = np.bincount(np.repeat(np.arange(n), counts)[known], minlength=n)
            aids = aids[known]
        contents = np.empty(len(aids), dtype=CONTENT)
        contents["aid"] = aids
        contents["value"] = 1.0
        items = np.empty(n, dtype=ITEM)
        items["num"] = counts
        items["cap"] = counts
        offsets = np.zeros(n, dtype=np.uint64)
        if n > 1:
            np.cumsum(counts[:-1], out=offsets[1:])
        items["ptr"] = contents.ctypes.data + offsets * CONTENT.itemsize
        self._arrays = (contents, items)
        starts = [0]
        for s in sentences:
            starts.append(starts[-1] + len(s))
        self._starts = starts
        longest = max((len(s) for s in sentences), default=0)
        if len(self._path) < longest:
            self._path = (c_int * longest)()

    def select(self, k: int) -> None:
        """Set sentence ``k`` of the prepared document (not an empty one)."""
        assert self._arrays is not None
        a, b = self._starts[k], self._starts[k + 1]
        m = self.model
        inst = _Instance(b - a, b - a, self._arrays[1].ctypes.data + a * ITEM.itemsize,
                         None, 1.0, 0)
        if m._set(m._tagger, ctypes.addressof(inst)) or m._length(m._tagger) != b - a:
            raise RuntimeError("crfsuite could not set the instance")
        m._n = b - a

    def set(self, feats: Sequence[Sequence[int]]) -> None:
        """Set one sentence given as attribute-id lists per token."""
        self.prepare([[np.asarray(f, dtype="<i4").tobytes() for f in feats]])
        self.select(0)

    def tag(self, feats: Sequence[Sequence[int]] | None = None) -> list[str]:
        """The Viterbi labels of ``feats`` (or of the sentence set last)."""
        if feats is not None:
            self.set(feats)
        m = self.model
        n = m._n
        if not n:
            return []
        path, score = self._path, c_double()
        if len(path) < n:
            path = self._path = (c_int * n)()
        if m._viterbi(m._tagger, path, byref(score)):
            raise RuntimeError("crfsuite Viterbi failed")
        labels = m._labels
        return [labels[i] for i in path[:n]]

    def marginal(self, y: str, t: int) -> float:
        return self.model.marginal(y, t)

    def marginals(self, tags: Sequence[str]) -> list[float]:
        """The marginal of each token's tag in the sentence set last (``tags`` its labels)."""
        m = self.model
        if len(tags) != m._n:
            raise ValueError("one tag per token")
        f, tagger, ids, p = m._marginal, m._tagger, m._label_ids, self._p
        ref = byref(p)
        out = []
        for t, y in enumerate(tags):
            if f(tagger, ids[y], t, ref):
                raise RuntimeError("crfsuite marginal failed")
            out.append(p.value)
        return out


def open_pair(paths: Sequence[Path], order: Sequence[bytes], plain: Sequence[Any] | None = None,
              attributes: Sequence[list[bytes]] | None = None,
              cid: Mapping[bytes, int] | None = None) -> list[IdTagger] | None:
    """Id taggers of the model files ``paths``, checked against their python-crfsuite
    taggers ``plain`` (tags and every marginal of a few sequences of their own attributes);
    ``None`` if the C library cannot be used or anything differs, or when the environment sets
    ``KHABAR_CRF_CAPI=0`` (python-crfsuite's own path, for a python-crfsuite whose bundled
    crfsuite this binding was not checked on). Without ``plain``, python-crfsuite opens each
    file for the check only and closes it after (the C taggers are then the only open ones).
    ``attributes``: each model's attributes by id, read from the file (not from crfsuite's
    dictionary, string by string); ``cid``: the id of each attribute of ``order``."""
    if os.environ.get("KHABAR_CRF_CAPI", "1").strip() == "0":
        log.info("KHABAR_CRF_CAPI=0: python-crfsuite tags")
        return None
    try:
        out = [IdTagger(CrfModel(p, attributes[k] if attributes else None), order, cid)
               for k, p in enumerate(paths)]
    except (OSError, ValueError, AttributeError, ImportError, RuntimeError) as exc:
        log.info("crfsuite C API not used (%s): python-crfsuite tags", exc)
        return None
    if cid is None:
        cid = {a: i for i, a in enumerate(order)}
    rnd = np.random.default_rng(13)
    for k, tagger in enumerate(out):
        crf = plain[k] if plain is not None else _python_crfsuite(paths[k])
        try:
            if not _agrees(tagger, crf, cid, rnd):
                log.warning("crfsuite C API disagrees with python-crfsuite: not used")
                return None
        finally:
            if plain is None:
                crf.close()
    for tagger in out:
        tagger.model.attributes = []  # the id maps are built: the strings may go (≈ 20 MB)
    return out


def _python_crfsuite(path: Path) -> Any:
    import pycrfsuite

    crf = pycrfsuite.Tagger()
    crf.open(str(path))
    return crf


def _agrees(tagger: IdTagger, crf: Any, cid: Mapping[bytes, int], rnd: np.random.Generator
            ) -> bool:
    """Whether ``tagger`` gives python-crfsuite's ``crf`` tags and every marginal on three
    random sequences of the model's own attributes."""
    attrs = [a for a in tagger.model.attributes[:5000] if a in cid]
    if len(attrs) < 50:
        return False
    for _ in range(3):
        seq = [[attrs[k] for k in rnd.choice(len(attrs), size=20)] for _ in range(6)]
        want = crf.tag(seq)
        got = tagger.tag([[cid[a] for a in item] for item in seq])
        if got != want or any(crf.marginal(y, t) != tagger.marginal(y, t)
                               for t in range(len(seq)) for y in crf.labels()):
            return False
    return True
