"""Token features for the CRF: surface, clitic split, affixes, shape, lexicon, context.

Per-word features are computed once per distinct word and cached (news repeats words a
lot), so tagging costs a few dict look-ups and list concatenations per token. A *feature
lexicon* (normalised form → classes such as ``LOC``, ``PERS``, ``ORG``, ``CTRY``, ``NAT``)
adds gazetteer membership for single words and for multi-word names (B/I position);
optional *word clusters* (word → ``a3-b41-c210`` coarse-to-fine path, learned without
labels by :mod:`khabar.ner.clusters`) add
generalisation over words never seen in the training data. With ``sports`` on, a
sentence holding a sports cue word (``resources/ner/sports_cues.txt``) marks its tokens
and their lexicon classes (a city in a match report is often a club). A *span memory*
(lexicon entries of class ``M_<TYPE>``, :func:`khabar.ner.lexicon.span_memory`) marks multi-word names
the training data tagged as entities (``M=B-ORG``, ``M=I-ORG``).

The attribute strings a word contributes to its own and its neighbours' lists are built
once per word (:class:`_Pieces`). :meth:`FeatureExtractor.sentence` gives them as text
(training); :meth:`FeatureExtractor.tagging` gives the same lists as UTF-8 bytes without
the attributes the loaded models do not know (``restrict``), which crfsuite would look up
and drop itself — the CRF sees exactly the same items, with less conversion work.
"""

from __future__ import annotations

import struct
import sys
from array import array
from collections.abc import Callable, Mapping, Sequence, Set
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from khabar.ner.split import keyer, plain_key, splitter
from khabar.text.clitics import analyses
from khabar.text.normalize import match_form

if TYPE_CHECKING:
    from khabar.ner.kept import KnownIndex

_LATIN = regex.compile(r"[A-Za-z]")
_DIGIT = regex.compile(r"\d")
_ARABIC = regex.compile(r"\p{Arabic}")
MAX_NAME_WORDS = 5
MEMORY_PREFIX = "M_"  # lexicon class of a span-memory name (M_ORG …), see SpanMemory
_CACHE_LIMIT = 300_000

_INT32 = struct.Struct("<i")


def id_bytes(ids: Sequence[int]) -> bytes:
    """Attribute ids as little-endian int32 bytes (the tagging path's per-token items)."""
    return array("i", ids).tobytes() if _NATIVE_INT32 else struct.pack(f"<{len(ids)}i", *ids)


def ids_of(row: bytes) -> list[int]:
    """The attribute ids of :func:`id_bytes` bytes."""
    return list(struct.unpack(f"<{len(row) // 4}i", row))


_NATIVE_INT32 = array("i").itemsize == 4 and sys.byteorder == "little"

Ctx = tuple[str, str, str, str]  # per word: norm, base, lexicon classes or "-", cluster level 2 or "-"
_PAD: Ctx = ("<s>", "<s>", "-", "-")
_END: Ctx = ("</s>", "</s>", "-", "-")


@lru_cache(maxsize=1)
def sports_cues() -> frozenset[str]:
    """Clitic-stripped normalised sports cue words (``resources/ner/sports_cues.txt``)."""
    from importlib.resources import files

    text = (files("khabar.resources") / "ner" / "sports_cues.txt").read_text("utf-8")
    return frozenset(plain_key(w) for line in text.splitlines()
                     if (w := line.strip()) and not w.startswith("#"))


def shape(word: str) -> str:
    """A coarse shape class of a surface word."""
    if _DIGIT.search(word):
        return "num"
    if _ARABIC.search(word):
        return "ar"
    if _LATIN.search(word):
        return "lat"
    if len(word) == 1 and not word.isalnum():
        return "p" + word
    return "oth"


def name_start(norm: str, base: str) -> str:
    """The form a name begins with when a word opens it: proclitics other than the
    article dropped (وحسنيه → حسنيه, للمغرب → المغرب, الولايات stays)."""
    if not norm.endswith(base):
        return norm
    pre = norm[: len(norm) - len(base)]
    if pre in ("", "ال"):
        return norm
    return "ال" + base if pre.endswith(("ال", "لل")) else base


def longest_name(first: str, ctx: Sequence[Ctx], i: int, top: int,
                 names: Mapping[str, str], stems: Set[str]) -> tuple[int, str]:
    """The longest name of ``names`` (at most ``top`` words) that starts with ``first`` at
    token ``i``: ``(words, value)``, or ``(0, "")``. A match grows word by word only while
    it is still a ``stems`` prefix of some name."""
    key, k, value = first, 0, ""
    for j in range(2, top + 1):
        if key not in stems:
            break
        key = key + " " + ctx[i + j - 1][0]
        found = names.get(key)
        if found:
            k, value = j, found
    return k, value


class SpanMemory:
    """Multi-word names (normalised, first word by :func:`name_start`) → entity type,
    matched longest first without overlap; the feature is ``M=B-TYPE`` / ``M=I-TYPE``."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = dict(names)
        self.firsts = {k.split(" ", 1)[0] for k in self.names}
        self.stems = {k[:p] for k in self.names for p, ch in enumerate(k) if ch == " "}

    def tags(self, ctx: Sequence[Ctx]) -> list[str]:
        """``B-TYPE`` / ``I-TYPE`` / ``""`` per token of a sentence (its words' contexts)."""
        n = len(ctx)
        out = [""] * n
        names, stems, firsts = self.names, self.stems, self.firsts
        i = 0
        while i < n - 1:
            first = name_start(ctx[i][0], ctx[i][1])
            k, typ = 0, ""
            if first in firsts:
                k, typ = longest_name(first, ctx, i, min(MAX_NAME_WORDS, n - i), names, stems)
            if k:
                out[i] = "B-" + typ
                for j in range(i + 1, i + k):
                    out[j] = "I-" + typ
                i += k
            else:
                i += 1
        return out

    def attributes(self, ctx: Sequence[Ctx]) -> list[list[str]]:
        """Per token, the attribute list the memory adds (``[]`` or ``["M=B-ORG"]``)."""
        return [["M=" + t] if t else [] for t in self.tags(ctx)]


class _Pieces(NamedTuple):
    """The attribute strings one word contributes, in one form (text, or kept bytes)."""

    own: tuple[Any, ...]  # its own features
    left: tuple[Any, ...]  # for the next token: -1w -1b -1g -1c
    right: tuple[Any, ...]  # for the previous token: +1w +1b +1g +1c
    left2: tuple[Any, ...]  # -2b for the token two after
    right2: tuple[Any, ...]  # +2b for the token two before
    bigram_left: Any  # "-1|0=<base>|", completed by the next token's close_left
    bigram_right: Any  # "0|+1=<base>|", completed by the next token's close_right
    close_left: Any  # its base, closing the previous token's bigram_left
    close_right: Any  # its base, closing the previous token's bigram_right
    sport: tuple[Any, ...]  # spg= per lexicon class (sports context)
    ctx: Ctx
    firsts: tuple[str, ...]  # its forms that begin a multi-word lexicon name


class FeatureExtractor:
    """Turns a sentence (list of surface words) into crfsuite attribute lists."""

    def __init__(
        self,
        lexicon: Mapping[str, str] | None = None,
        clusters: Mapping[str, str] | None = None,
        char_ngrams: bool = False,
        sports: bool = False,
        article_names: bool = False,
        split: str = "plain",
    ) -> None:
        self.char_ngrams = char_ngrams
        # the (prefix, base) split every base feature reads (khabar.ner.split; the model's)
        self.split_name = split
        self.split = splitter(split)
        self.key = keyer(split)
        self.sports = sports_cues() if sports else frozenset()
        self.article_names = article_names  # والدفاع الجديدي, للبنك ...: try ال + base
        self.lexicon = dict(lexicon or {})
        self.clusters = dict(clusters or {})
        self.multi: dict[str, str] = {}
        memory: dict[str, str] = {}
        for k, v in self.lexicon.items():
            if " " in k:
                classes = v.split("|")
                rest = [c for c in classes if not c.startswith(MEMORY_PREFIX)]
                if rest:
                    self.multi[k] = "|".join(rest)
                mem = [c for c in classes if c.startswith(MEMORY_PREFIX)]
                if mem:
                    memory[k] = mem[0][len(MEMORY_PREFIX):]
        self.memory = SpanMemory(memory) if memory else None
        self.multi_firsts = {k.split(" ", 1)[0] for k in self.multi}
        # every multi-word name cut before each of its spaces: a match grows word by word
        # only while it is still the start of a name
        self._multi_stems = {k[:p] for k in self.multi for p, ch in enumerate(k) if ch == " "}
        # first word → the second words of its names: a token whose next word is none of
        # them (and has no space) begins no name, without building the two-word key
        self._multi_seconds: dict[str, set[str]] = {}
        for k in self.multi:
            first, second = k.split(" ", 2)[:2]
            self._multi_seconds.setdefault(first, set()).add(second)
        self._cache: dict[str, tuple[list[str], Ctx]] = {}
        self._text: dict[str, _Pieces] = {}
        self._kept: dict[str, _Pieces] = {}
        self.keep: Set[bytes] | None = None
        self.cid_order = []
        self._cid: dict[bytes, int] = {}
        self._ids = {}  # word → its kept pieces as attribute ids (tagging_ids)
        self._idb: dict[int, bytes] = {}  # attribute id → int32 bytes (tagging_rows)
        self._xcid = {}  # other attribute (text) → its id (attribute_ids)
        self._id_pads = None
        self._index: KnownIndex | None = None  # keep split by prefix (tagging path)
        self._text_pads = self._pad_pieces(False, None)
        self._kept_pads = self._pad_pieces(True, None)

    def restrict(self, keep: Set[bytes] | None, order: Sequence[bytes] | None = None) -> None:
        """Attributes (UTF-8) that :meth:`tagging` keeps (``None``: all): the ones the
        loaded CRFs know; crfsuite ignores any other. ``order``: those attributes as a
        list without repeats (``keep`` is then ignored), which fixes their ids
        (:attr:`cid_order`) and keeps no second set of them."""
        from khabar.ner.kept import KnownIndex

        # ids of the kept attributes (tagging_ids); the id len(cid_order) stands for any other
        self.cid_order: list[bytes] = list(order) if order is not None else list(keep or ())
        self._cid = {a: i for i, a in enumerate(self.cid_order)}
        if order is not None:
            if len(self._cid) != len(self.cid_order):
                raise ValueError("restrict: an attribute twice in order")
            keep = self._cid.keys()
        self.keep = keep
        self._index = None if keep is None else KnownIndex(keep, self._cid)
        self._kept = {}
        self._ids: dict[str, tuple[Any, ...]] = {}
        self._idb = {}
        self._xcid: dict[str, int] = {}
        self._id_pads: tuple[tuple[Any, ...], tuple[Any, ...]] | None = None
        self._kept_pads = self._pad_pieces(True, keep)

    @property
    def cid(self) -> Mapping[bytes, int]:
        """Kept attribute → its id (:attr:`cid_order`)."""
        return self._cid

    # ---- per word -------------------------------------------------------------------
    def _lex(self, norm: str) -> tuple[str, str]:
        """Lexicon classes of a word (as written, or after stripping proclitics)."""
        lex = self.lexicon
        if norm in lex:
            return lex[norm], ""
        for prefix, base in analyses(norm):
            if prefix and base in lex:
                return lex[base], prefix
            if prefix.endswith("ل") and "ال" + base in lex:  # للعراق = ل + العراق
                return lex["ال" + base], prefix
        return "", ""

    def word(self, w: str) -> tuple[list[str], Ctx]:
        """Own features of a word and its context summary (norm, base, lex, cluster)."""
        hit = self._cache.get(w)
        if hit is not None:
            return hit
        out = self._word(w)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[w] = out
        return out

    def _word(self, w: str) -> tuple[list[str], Ctx]:
        norm = match_form(w)
        prefix, base = self.split(w)
        sh = shape(w)
        lex, lexpre = self._lex(norm)
        cl = self.clusters.get(base) or self.clusters.get(norm) or ""
        feats = [
            "bias",
            "w=" + norm,
            "b=" + base,
            "p=" + prefix,
            "sh=" + sh,
            "s2=" + base[-2:],
            "s3=" + base[-3:],
            "s1=" + norm[-1:],
            "f2=" + base[:2],
            "f3=" + base[:3],
            "len=" + str(min(len(base), 8)),
        ]
        if norm.startswith("ال") or prefix.endswith("ال"):
            feats.append("al")
        if lex:
            feats.extend("g=" + c for c in lex.split("|"))
            if lexpre:
                feats.append("gp")
        levels = cl.split("-") if cl else []
        feats.extend("c=" + c for c in levels)
        if not levels and sh == "ar":
            feats.append("oov")  # not in the cluster vocabulary: rare word, often a name
        if self.char_ngrams and len(base) > 3:
            # letter trigrams inside the word: transliterated foreign names (فينغر،
            # ماتيراتزي) share letter sequences that native words rarely have
            feats.extend(dict.fromkeys("n3=" + base[k : k + 3] for k in range(1, len(base) - 3)))
        return feats, (norm, base, lex or "-", levels[1] if len(levels) > 1 else "-")

    def _firsts(self, ctx: Ctx) -> tuple[str, ...]:
        """The forms of a word a multi-word lexicon name may begin with, in trial order."""
        norm, base = ctx[0], ctx[1]
        cands = [norm, base]
        if self.article_names:
            # a proclitic glued to an ال-name: والدفاع → الدفاع, للبنك → البنك
            pre = norm[: len(norm) - len(base)] if norm.endswith(base) else ""
            if pre.endswith(("ال", "لل")):
                cands.append("ال" + base)
        firsts = self.multi_firsts
        return tuple(c for c in cands if c in firsts)

    def _make_pieces(self, own: list[str], ctx: Ctx, encode: bool,
                     keep: Set[bytes] | None) -> _Pieces:
        norm, base, lex, cl = ctx
        strs = [
            *own,
            "-1w=" + norm, "-1b=" + base, "-1g=" + lex, "-1c=" + cl,
            "+1w=" + norm, "+1b=" + base, "+1g=" + lex, "+1c=" + cl,
            "-2b=" + base, "+2b=" + base,
            "-1|0=" + base + "|", "0|+1=" + base + "|", base,
        ]
        if lex != "-":
            strs.extend("spg=" + c for c in lex.split("|"))
        # bytes: one encoding of the whole word (no NUL here: :meth:`tagging` keeps words
        # with one away from this path)
        xs: list[Any] = "\x00".join(strs).encode().split(b"\x00") if encode else strs
        k = len(own)

        def kept(part: list[Any]) -> tuple[Any, ...]:
            return tuple(part if keep is None else filter(keep.__contains__, part))

        return _Pieces(
            kept(xs[:k]), kept(xs[k : k + 4]), kept(xs[k + 4 : k + 8]), kept(xs[k + 8 : k + 9]),
            kept(xs[k + 9 : k + 10]), xs[k + 10], xs[k + 11], xs[k + 12], xs[k + 12],
            kept(xs[k + 13 :]), ctx, self._firsts(ctx) if self.multi else (),
        )

    def _pad_pieces(self, encode: bool, keep: Set[bytes] | None) -> tuple[_Pieces, _Pieces]:
        """Pieces of the sentence start (left neighbours) and end (right neighbours)."""
        if encode and self._index is not None:
            from khabar.ner.kept import lend

            return lend(self, self._index, (), _PAD), lend(self, self._index, (), _END)
        return (self._make_pieces([], _PAD, encode, keep),
                self._make_pieces([], _END, encode, keep))

    def _pieces(self, w: str, kept: bool) -> _Pieces:
        cache = self._kept if kept else self._text
        hit = cache.get(w)
        if hit is not None:
            return hit
        if kept and self._index is not None:  # tagging: only what the models know
            from khabar.ner.kept import kept_pieces

            p = kept_pieces(self, self._index, w)
        elif kept:  # the text features of the word are not kept
            own, ctx = self._word(w)
            p = self._make_pieces(own, ctx, True, None)
        else:
            own, ctx = self.word(w)
            p = self._make_pieces(own, ctx, False, None)
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        cache[w] = p
        return p

    # ---- per sentence ---------------------------------------------------------------
    def _multi_tags(self, ctx: Sequence[Ctx], firsts: Sequence[tuple[str, ...]] | None = None
                    ) -> list[str]:
        """B-/I- position of each token inside a multi-word lexicon name (longest first)."""
        n = len(ctx)
        out = [""] * n
        if firsts is None:
            firsts = [self._firsts(c) for c in ctx]
        multi, stems, seconds = self.multi, self._multi_stems, self._multi_seconds
        end = 0  # matches do not overlap
        for i in range(n - 1):  # a name has two words or more
            if i < end or not firsts[i]:
                continue
            top = min(MAX_NAME_WORDS, n - i)
            nxt = ctx[i + 1][0]
            for first in firsts[i]:
                if nxt not in seconds[first] and " " not in nxt:
                    continue
                k, cls = longest_name(first, ctx, i, top, multi, stems)
                if k:
                    c = cls.split("|")[0]
                    out[i] = "B-" + c
                    for j in range(i + 1, i + k):
                        out[j] = "I-" + c
                    end = i + k
                    break
        return out

    def _assemble(self, words: Sequence[str], kept: bool) -> tuple[list[list[Any]], list[Ctx]]:
        cache = self._kept if kept else self._text
        pieces = [cache.get(w) or self._pieces(w, kept) for w in words]
        ctx = [p.ctx for p in pieces]
        n = len(words)
        if self.multi:
            multi = self._multi_tags(ctx, [p.firsts for p in pieces])
        else:
            multi = [""] * n
        mem = self.memory.tags(ctx) if self.memory is not None else None
        sport = bool(self.sports) and not self.sports.isdisjoint([c[1] for c in ctx])
        keep = self.keep if kept else None
        if keep is not None:
            return self._assemble_kept(pieces, multi, mem, sport, keep), ctx
        enc: Callable[[str], Any] = str.encode if kept else str
        start, end = self._kept_pads if kept else self._text_pads
        row = [start, start, *pieces, end, end]
        sp = enc("sp")
        out: list[list[Any]] = []
        for i in range(n):
            p = pieces[i]
            p1, n1 = row[i + 1], row[i + 3]
            f = [*p.own, *p1.left, *n1.right, *row[i].left2, *row[i + 4].right2]
            # a half is None when no known bigram has it (KnownIndex)
            big = p1.bigram_left
            if big is not None and p.close_left is not None:
                big += p.close_left
                if keep is None or big in keep:
                    f.append(big)
            big = p.bigram_right
            if big is not None and n1.close_right is not None:
                big += n1.close_right
                if keep is None or big in keep:
                    f.append(big)
            m = multi[i]
            if m:
                g = enc("G=" + m)
                if keep is None or g in keep:
                    f.append(g)
            if mem is not None and mem[i]:
                g = enc("M=" + mem[i])
                if keep is None or g in keep:
                    f.append(g)
            if sport:
                if keep is None or sp in keep:
                    f.append(sp)
                f.extend(p.sport)
                if m:
                    g = enc("spG=" + m)
                    if keep is None or g in keep:
                        f.append(g)
            out.append(f)
        return out, ctx

    def _assemble_kept(self, pieces: list[_Pieces], multi: list[str], mem: list[str] | None,
                       sport: bool, keep: Set[bytes]) -> list[list[Any]]:
        """:meth:`_assemble`'s loop for the tagging path, the pieces read by index (own 0,
        left 1, right 2, left2 3, right2 4, bigram halves 5-8, sport 9)."""
        start, end = self._kept_pads
        row = [start, start, *pieces, end, end]
        out: list[list[Any]] = []
        for i, p in enumerate(pieces):
            p1, n1 = row[i + 1], row[i + 3]
            f = [*p[0], *p1[1], *n1[2], *row[i][3], *row[i + 4][4]]
            big = p1[5]  # a half is None when no known bigram has it (KnownIndex)
            if big is not None and p[7] is not None:
                big += p[7]
                if big in keep:
                    f.append(big)
            big = p[6]
            if big is not None and n1[8] is not None:
                big += n1[8]
                if big in keep:
                    f.append(big)
            m = multi[i]
            if m:
                g = ("G=" + m).encode()
                if g in keep:
                    f.append(g)
            if mem is not None and mem[i]:
                g = ("M=" + mem[i]).encode()
                if g in keep:
                    f.append(g)
            if sport:
                if b"sp" in keep:
                    f.append(b"sp")
                f.extend(p[9])
                if m:
                    g = ("spG=" + m).encode()
                    if g in keep:
                        f.append(g)
            out.append(f)
        return out

    def _id_pieces(self, w: str) -> tuple[Any, ...]:
        """The kept pieces of a word with its own and lent attributes as ids, each group of
        ids (own, left, right, left2, right2, sport) as int32 bytes (:func:`id_bytes`)."""
        p = self._kept.get(w)
        index = self._index
        if p is None and index is not None and index.ids is not None:  # ids, no strings
            from khabar.ner.kept import id_pieces

            q: tuple[Any, ...] = id_pieces(self, index, w)
        else:
            if p is None:  # built, not kept: the id pieces are what this path caches
                from khabar.ner.kept import kept_pieces

                p = kept_pieces(self, index, w) if index is not None else self._pieces(w, True)
            cid = self._cid
            q = (*([cid[a] for a in part] for part in p[:5]), *p[5:9], [cid[a] for a in p[9]],
                 p[10], p[11])
        out = (*map(id_bytes, q[:5]), *q[5:9], id_bytes(q[9]), q[10], q[11])
        if len(self._ids) >= _CACHE_LIMIT:
            self._ids.clear()
        self._ids[w] = out
        return out

    def tagging_ids(self, words: Sequence[str]) -> tuple[list[list[int]], list[Ctx]]:
        """The lists of :meth:`tagging` as attribute ids (:attr:`cid_order`; the id
        ``len(cid_order)`` for an attribute outside ``keep``), and each word's context.
        Only after :meth:`restrict` with a set. (:meth:`tagging_rows` as lists.)"""
        rows, ctx = self.tagging_rows(words)
        return [ids_of(r) for r in rows], ctx

    def tagging_rows(self, words: Sequence[str]) -> tuple[list[bytes], list[Ctx]]:
        """:meth:`tagging_ids` with each token's ids as int32 bytes (:func:`id_bytes`):
        the tagging path's items are laid out for crfsuite without a Python int per
        attribute (:meth:`khabar.ner.crf.IdTagger.prepare`)."""
        cid = self._cid
        other = len(self.cid_order)
        if self.keep is None:
            raise ValueError("tagging_ids needs the models' attributes (restrict)")
        if "\x00" in "".join(words):
            # crfsuite reads an attribute up to a NUL: the id of what it reads
            feats, ctx = self.tagging(words)
            return [id_bytes([cid.get(a.split(b"\x00", 1)[0], other) for a in f])
                    for f in feats], ctx
        cache = self._ids
        pieces = [cache.get(w) or self._id_pieces(w) for w in words]
        ctx = [p[10] for p in pieces]
        n = len(words)
        multi = self._multi_tags(ctx, [p[11] for p in pieces]) if self.multi else [""] * n
        mem = self.memory.tags(ctx) if self.memory is not None else None
        sport = bool(self.sports) and not self.sports.isdisjoint([c[1] for c in ctx])
        if self._id_pads is None:
            self._id_pads = (self._pad_ids(self._kept_pads[0]), self._pad_ids(self._kept_pads[1]))
        start, end = self._id_pads
        row = [start, start, *pieces, end, end]
        get = cid.get
        one = self._one_id
        sp = get(b"sp")
        spb = one(sp) if sp is not None else None
        join = b"".join
        out: list[bytes] = []
        for i, p in enumerate(pieces):  # as _assemble_kept, with ids
            p1, n1 = row[i + 1], row[i + 3]
            f = [p[0], p1[1], n1[2], row[i][3], row[i + 4][4]]
            big = p1[5]
            if big is not None and p[7] is not None:
                x = get(big + p[7])
                if x is not None:
                    f.append(one(x))
            big = p[6]
            if big is not None and n1[8] is not None:
                x = get(big + n1[8])
                if x is not None:
                    f.append(one(x))
            m = multi[i]
            if m:
                x = get(("G=" + m).encode())
                if x is not None:
                    f.append(one(x))
            if mem is not None and mem[i]:
                x = get(("M=" + mem[i]).encode())
                if x is not None:
                    f.append(one(x))
            if sport:
                if spb is not None:
                    f.append(spb)
                f.append(p[9])
                if m:
                    x = get(("spG=" + m).encode())
                    if x is not None:
                        f.append(one(x))
            out.append(join(f))
        return out, ctx

    def _one_id(self, x: int) -> bytes:
        """One attribute id as int32 bytes (memoised per id)."""
        b = self._idb.get(x)
        if b is None:
            b = self._idb[x] = _INT32.pack(x)
        return b

    def _pad_ids(self, p: _Pieces) -> tuple[Any, ...]:
        cid = self._cid
        return (*(id_bytes([cid[a] for a in part]) for part in p[:5]), *p[5:])

    def attribute_id(self, a: str) -> int:
        """The id of one text attribute (the second pass's), ``len(cid_order)`` if not kept."""
        x = self._xcid.get(a)
        if x is None:
            x = self._xcid[a] = self._cid.get(a.encode(), len(self.cid_order))
        return x

    def attribute_bytes(self, a: str) -> bytes:
        """:meth:`attribute_id` as int32 bytes (the second pass's items, tagging_rows)."""
        return self._one_id(self.attribute_id(a))

    def attribute_ids(self, attrs: Sequence[str]) -> list[int]:
        """Ids of text attributes (the second pass's), ``len(cid_order)`` if not kept."""
        xcid = self._xcid
        out = []
        for a in attrs:
            x = xcid.get(a)
            if x is None:
                x = xcid[a] = self._cid.get(a.encode(), len(self.cid_order))
            out.append(x)
        return out

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """crfsuite attribute lists for every word of a sentence."""
        return self._assemble(words, False)[0]

    def tagging(self, words: Sequence[str]) -> tuple[list[list[bytes]], list[Ctx]]:
        """The lists of :meth:`sentence` as UTF-8 bytes without the attributes outside
        ``keep`` (:meth:`restrict`), and each word's context (norm, base, lex, cluster)."""
        if "\x00" in "".join(words):
            # crfsuite reads an attribute up to a NUL: let it filter such a sentence itself
            return ([[a.encode() for a in f] for f in self.sentence(words)],
                    [self.word(w)[1] for w in words])
        return self._assemble(words, True)
