"""The tagging path's per-word attribute pieces, built only from what the models know.

:meth:`khabar.ner.features.FeatureExtractor.tagging` hands crfsuite UTF-8 attribute lists
without the attributes neither loaded CRF knows (crfsuite would drop them itself). Built
the plain way, every attribute of a new word is first written out, encoded and looked up
in the models' attribute set (≈ 300k byte strings, most look-ups missing the CPU caches);
a third of them are then dropped. :class:`KnownIndex` splits that set once, at load, by
attribute prefix: a word's normalised form and its base are looked up once each (a bit per
prefix they are known with: ``w=``, ``-1w=``, ``+1w=``; ``b=``, ``-1b=``, ``+1b=``,
``-2b=``, ``+2b=``) and the short values (suffixes, shapes, lexicon classes, clusters) in
small per-prefix sets; only known attributes are built and encoded. The word-bigram halves
a base can take (``-1|0=A|B``, ``0|+1=A|B``) are indexed too, so that a token whose
neighbours can make no known bigram is not concatenated and looked up at all.

:func:`kept_pieces` gives exactly the pieces :meth:`FeatureExtractor._make_pieces` gives for
the same word, in the same order (tests/test_ner_session13.py checks it against the
filtered text attributes over every word of the news day).
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import TYPE_CHECKING, Any

from khabar.ner.features import _Pieces, shape
from khabar.text.normalize import match_form

if TYPE_CHECKING:
    from khabar.ner.features import Ctx, FeatureExtractor

# bits of KnownIndex.norms (the prefix + normalised form is known)
W, LW, RW = 1, 2, 4
# bits of KnownIndex.bases (the prefix + base is known; BL/BR: the base can open, BL2/BR2:
# close a known -1|0= / 0|+1= word bigram)
B, LB, RB, L2B, R2B, BL, BL2, BR, BR2 = 1, 2, 4, 8, 16, 32, 64, 128, 256
_NORM_BITS = {"w=": W, "-1w=": LW, "+1w=": RW}
_BASE_BITS = {"b=": B, "-1b=": LB, "+1b=": RB, "-2b=": L2B, "+2b=": R2B}
_BIGRAMS = {"-1|0=": (BL, BL2), "0|+1=": (BR, BR2)}
_LENGTHS = [str(k) for k in range(9)]  # the len= values
_NONE: frozenset[str] = frozenset()


class KnownIndex:
    """A model attribute set split by prefix (see the module docstring)."""

    def __init__(self, keep: Set[bytes], cid: Mapping[bytes, int] | None = None) -> None:
        norms: dict[str, int] = {}
        bases: dict[str, int] = {}
        sets: dict[str, set[str]] = {}
        # with ``cid``: per prefix (``w=``, ``-1b=``, ``bias`` …), value → the attribute's id
        ids: dict[str, dict[str, int]] = {}
        for a in keep:
            try:
                text = a.decode()
            except UnicodeDecodeError:  # no text attribute encodes to it
                continue
            p, eq, v = text.partition("=")
            p += eq
            if cid is not None and p not in _BIGRAMS:
                d = ids.get(p)
                if d is None:
                    d = ids[p] = {}
                d[v] = cid[a]
            if p in _NORM_BITS:
                norms[v] = norms.get(v, 0) | _NORM_BITS[p]
            elif p in _BASE_BITS:
                bases[v] = bases.get(v, 0) | _BASE_BITS[p]
            elif p in _BIGRAMS:
                opens, closes = _BIGRAMS[p]
                # every «|» may be the one between the two bases (a base may hold a «|»)
                for k, ch in enumerate(v):
                    if ch == "|":
                        bases[v[:k]] = bases.get(v[:k], 0) | opens
                        bases[v[k + 1 :]] = bases.get(v[k + 1 :], 0) | closes
            else:
                sets.setdefault(p, set()).add(v)
        self.norms = norms
        self.bases = bases
        self.sets = {p: frozenset(v) for p, v in sets.items()}
        self.flags = {a: "" in self.sets.get(a, _NONE) for a in ("bias", "al", "gp", "oov")}

        of = self.of
        # the short-valued prefixes, in the order kept_pieces reads them
        self.own_sets = tuple(of(p) for p in _OWN_SHORT)
        self.side_sets = tuple(of(p) for p in ("-1g=", "-1c=", "+1g=", "+1c=", "spg="))
        self.g, self.c, self.n3 = of("g="), of("c="), of("n3=")
        self.ids = _IdMaps(ids) if cid is not None else None

    def of(self, prefix: str) -> frozenset[str]:
        """The values known after ``prefix`` (one of the short-valued prefixes)."""
        return self.sets.get(prefix, _NONE)


_OWN_SHORT = ("p=", "sh=", "s2=", "s3=", "s1=", "f2=", "f3=", "len=")
_NO_IDS: dict[str, int] = {}


class _IdMaps:
    """Per prefix, value → attribute id (:class:`KnownIndex` with ``cid``), as fields; a
    normalised form's ``w=``/``-1w=``/``+1w=`` ids in one tuple, a base's five in another."""

    def __init__(self, ids: dict[str, dict[str, int]]) -> None:
        def of(p: str) -> dict[str, int]:
            return ids.get(p, _NO_IDS)

        def joined(prefixes: tuple[str, ...]) -> dict[str, tuple[int | None, ...]]:
            maps = [of(p) for p in prefixes]
            return {v: tuple([m.get(v) for m in maps])
                    for v in set().union(*(m.keys() for m in maps))}

        self.flags = {a: of(a).get("") for a in ("bias", "al", "gp", "oov")}
        self.norm = joined(("w=", "-1w=", "+1w="))
        self.base = joined(("b=", "-1b=", "+1b=", "-2b=", "+2b="))
        self.own = tuple(of(p) for p in _OWN_SHORT)
        self.g, self.c, self.n3 = of("g="), of("c="), of("n3=")
        self.lg, self.lc, self.rg, self.rc = of("-1g="), of("-1c="), of("+1g="), of("+1c=")
        self.spg = of("spg=")


_NORM_NONE = (None, None, None)
_BASE_NONE = (None, None, None, None, None)


def kept_pieces(fx: FeatureExtractor, index: KnownIndex, w: str) -> _Pieces:
    """The tagging pieces of word ``w``: its attributes and those it lends its neighbours,
    UTF-8, only the ones of ``index``; the bigram halves are ``None`` when no known bigram
    can be made with them. The order is :meth:`FeatureExtractor._word`'s."""
    norm = match_form(w)
    prefix, base = fx.split(w)
    sh = shape(w)
    lex, lexpre = fx._lex(norm)
    cl = fx.clusters.get(base) or fx.clusters.get(norm) or ""
    nm = index.norms.get(norm, 0)
    flags = index.flags
    own: list[bytes] = [b"bias"] if flags["bias"] else []
    add = own.append
    if nm & W:
        add(("w=" + norm).encode())
    if index.bases.get(base, 0) & B:
        add(("b=" + base).encode())
    kp, ksh, ks2, ks3, ks1, kf2, kf3, klen = index.own_sets
    if prefix in kp:
        add(("p=" + prefix).encode())
    if sh in ksh:
        add(("sh=" + sh).encode())
    v = base[-2:]
    if v in ks2:
        add(("s2=" + v).encode())
    v = base[-3:]
    if v in ks3:
        add(("s3=" + v).encode())
    v = norm[-1:]
    if v in ks1:
        add(("s1=" + v).encode())
    v = base[:2]
    if v in kf2:
        add(("f2=" + v).encode())
    v = base[:3]
    if v in kf3:
        add(("f3=" + v).encode())
    v = _LENGTHS[min(len(base), 8)]
    if v in klen:
        add(("len=" + v).encode())
    if (norm.startswith("ال") or prefix.endswith("ال")) and flags["al"]:
        add(b"al")
    if lex:
        known = index.g
        own.extend([("g=" + c).encode() for c in lex.split("|") if c in known])
        if lexpre and flags["gp"]:
            add(b"gp")
    levels = cl.split("-") if cl else []
    if levels:
        known = index.c
        own.extend([("c=" + c).encode() for c in levels if c in known])
    elif sh == "ar" and flags["oov"]:
        add(b"oov")
    if fx.char_ngrams and len(base) > 3:
        known = index.n3
        own.extend([("n3=" + g).encode()
                     for g in dict.fromkeys(base[k : k + 3] for k in range(1, len(base) - 3))
                     if g in known])
    return lend(fx, index, tuple(own), (norm, base, lex or "-",
                                        levels[1] if len(levels) > 1 else "-"))


def lend(fx: FeatureExtractor, index: KnownIndex, own: tuple[bytes, ...], ctx: Ctx
         ) -> _Pieces:
    """The pieces of a word (or of a sentence edge, ``own`` empty) from its own attributes
    and its context: what it lends its neighbours, the known ones, in the order of
    :meth:`FeatureExtractor._make_pieces`."""
    norm, base, lex, cl = ctx
    nm = index.norms.get(norm, 0)
    bm = index.bases.get(base, 0)
    klg, klc, krg, krc, kspg = index.side_sets
    left = []
    if nm & LW:
        left.append(("-1w=" + norm).encode())
    if bm & LB:
        left.append(("-1b=" + base).encode())
    if lex in klg:
        left.append(("-1g=" + lex).encode())
    if cl in klc:
        left.append(("-1c=" + cl).encode())
    right = []
    if nm & RW:
        right.append(("+1w=" + norm).encode())
    if bm & RB:
        right.append(("+1b=" + base).encode())
    if lex in krg:
        right.append(("+1g=" + lex).encode())
    if cl in krc:
        right.append(("+1c=" + cl).encode())
    b = base.encode() if bm & (BL2 | BR2) else None
    return _new_pieces(_Pieces, (
        own,
        tuple(left),
        tuple(right),
        (("-2b=" + base).encode(),) if bm & L2B else (),
        (("+2b=" + base).encode(),) if bm & R2B else (),
        ("-1|0=" + base + "|").encode() if bm & BL else None,
        ("0|+1=" + base + "|").encode() if bm & BR else None,
        b if bm & BL2 else None,
        b if bm & BR2 else None,
        tuple([("spg=" + c).encode() for c in lex.split("|") if c in kspg])
        if lex != "-" else (),
        ctx,
        fx._firsts(ctx) if fx.multi else (),
    ))


_new_pieces = tuple.__new__  # a NamedTuple without its Python-level __new__


def id_pieces(fx: FeatureExtractor, index: KnownIndex, w: str) -> tuple[Any, ...]:
    """:func:`kept_pieces` of word ``w`` with every attribute as its id (``index`` built with
    ``cid``), without writing a string: the pieces :meth:`FeatureExtractor._id_pieces`
    caches (own, left, right, left2, right2 as id tuples; the bigram halves as bytes or
    ``None``; sport ids; ctx; firsts), in the same order."""
    ids = index.ids
    assert ids is not None
    norm = match_form(w)
    prefix, base = fx.split(w)
    sh = shape(w)
    lex, lexpre = fx._lex(norm)
    cl = fx.clusters.get(base) or fx.clusters.get(norm) or ""
    flags = ids.flags
    nw, nlw, nrw = ids.norm.get(norm, _NORM_NONE)
    bb, blb, brb, bl2, br2 = ids.base.get(base, _BASE_NONE)
    kp, ksh, ks2, ks3, ks1, kf2, kf3, klen = ids.own
    own = [flags["bias"], nw, bb, kp.get(prefix), ksh.get(sh), ks2.get(base[-2:]),
           ks3.get(base[-3:]), ks1.get(norm[-1:]), kf2.get(base[:2]), kf3.get(base[:3]),
           klen.get(_LENGTHS[min(len(base), 8)])]
    if norm.startswith("ال") or prefix.endswith("ال"):
        own.append(flags["al"])
    if lex:
        get = ids.g.get
        own.extend([get(c) for c in lex.split("|")])
        if lexpre:
            own.append(flags["gp"])
    levels = cl.split("-") if cl else []
    if levels:
        get = ids.c.get
        own.extend([get(c) for c in levels])
    elif sh == "ar":
        own.append(flags["oov"])
    if fx.char_ngrams and len(base) > 3:
        get = ids.n3.get
        own.extend([get(g) for g in dict.fromkeys(base[k : k + 3] for k in range(1, len(base) - 3))])
    lex = lex or "-"
    cl2 = levels[1] if len(levels) > 1 else "-"
    bm = index.bases.get(base, 0)
    b = base.encode() if bm & (BL2 | BR2) else None
    ctx = (norm, base, lex, cl2)
    return (
        tuple([x for x in own if x is not None]),
        tuple([x for x in (nlw, blb, ids.lg.get(lex), ids.lc.get(cl2)) if x is not None]),
        tuple([x for x in (nrw, brb, ids.rg.get(lex), ids.rc.get(cl2)) if x is not None]),
        (bl2,) if bl2 is not None else (),
        (br2,) if br2 is not None else (),
        ("-1|0=" + base + "|").encode() if bm & BL else None,
        ("0|+1=" + base + "|").encode() if bm & BR else None,
        b if bm & BL2 else None,
        b if bm & BR2 else None,
        tuple([x for c in lex.split("|") if (x := ids.spg.get(c)) is not None])
        if lex != "-" else (),
        ctx,
        fx._firsts(ctx) if fx.multi else (),
    )
