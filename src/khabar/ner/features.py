"""Token features for the CRF: surface, clitic split, affixes, shape, lexicon, context.

Per-word features are computed once per distinct word and cached (news repeats words a
lot), so tagging costs a few dict look-ups and list concatenations per token. A *feature
lexicon* (normalised form → classes such as ``LOC``, ``PERS``, ``ORG``, ``CTRY``, ``NAT``)
adds gazetteer membership for single words and for multi-word names (B/I position);
optional *word clusters* (word → ``a3-b41-c210`` coarse-to-fine path, learned without
labels by :mod:`khabar.ner.clusters`) add
generalisation over words never seen in the training data. With ``sports`` on, a
sentence holding a sports cue word (``resources/ner/sports_cues.txt``) marks its tokens
and their lexicon classes (a city in a match report is often a club).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

import regex

from khabar.text.clitics import analyses, strip
from khabar.text.normalize import match_form

_LATIN = regex.compile(r"[A-Za-z]")
_DIGIT = regex.compile(r"\d")
_ARABIC = regex.compile(r"\p{Arabic}")
MAX_NAME_WORDS = 5
_CACHE_LIMIT = 300_000


@lru_cache(maxsize=1)
def sports_cues() -> frozenset[str]:
    """Clitic-stripped normalised sports cue words (``resources/ner/sports_cues.txt``)."""
    from importlib.resources import files

    text = (files("khabar.resources") / "ner" / "sports_cues.txt").read_text("utf-8")
    return frozenset(strip(match_form(w))[1] for line in text.splitlines()
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


class FeatureExtractor:
    """Turns a sentence (list of surface words) into crfsuite attribute lists."""

    def __init__(
        self,
        lexicon: Mapping[str, str] | None = None,
        clusters: Mapping[str, str] | None = None,
        char_ngrams: bool = False,
        sports: bool = False,
        article_names: bool = False,
    ) -> None:
        self.char_ngrams = char_ngrams
        self.sports = sports_cues() if sports else frozenset()
        self.article_names = article_names  # والدفاع الجديدي, للبنك ...: try ال + base
        self.lexicon = dict(lexicon or {})
        self.clusters = dict(clusters or {})
        self.multi: dict[str, str] = {k: v for k, v in self.lexicon.items() if " " in k}
        self.multi_firsts = {k.split(" ", 1)[0] for k in self.multi}
        self._cache: dict[str, tuple[list[str], tuple[str, str, str, str]]] = {}

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

    def word(self, w: str) -> tuple[list[str], tuple[str, str, str, str]]:
        """Own features of a word and its context summary (norm, base, lex, cluster)."""
        hit = self._cache.get(w)
        if hit is not None:
            return hit
        norm = match_form(w)
        prefix, base = strip(norm)
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
        ctx = (norm, base, lex or "-", levels[1] if len(levels) > 1 else "-")
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        out = (feats, ctx)
        self._cache[w] = out
        return out

    # ---- per sentence ---------------------------------------------------------------
    def _multi_tags(self, ctx: Sequence[tuple[str, str, str, str]]) -> list[str]:
        """B-/I- position of each token inside a multi-word lexicon name (longest first)."""
        n = len(ctx)
        out = [""] * n
        firsts = self.multi_firsts
        i = 0
        while i < n:
            cands = [ctx[i][0], ctx[i][1]]
            if self.article_names:
                # a proclitic glued to an ال-name: والدفاع → الدفاع, للبنك → البنك
                norm, base = ctx[i][0], ctx[i][1]
                pre = norm[: len(norm) - len(base)] if norm.endswith(base) else ""
                if pre.endswith(("ال", "لل")):
                    cands.append("ال" + base)
            matched = 0
            for first in cands:
                if first not in firsts:
                    continue
                for k in range(min(MAX_NAME_WORDS, n - i), 1, -1):
                    key = " ".join([first, *(c[0] for c in ctx[i + 1 : i + k])])
                    cls = self.multi.get(key)
                    if cls:
                        c = cls.split("|")[0]
                        out[i] = "B-" + c
                        for j in range(i + 1, i + k):
                            out[j] = "I-" + c
                        matched = k
                        break
                if matched:
                    break
            i += matched or 1
        return out

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """crfsuite attribute lists for every word of a sentence."""
        infos = [self.word(w) for w in words]
        ctx = [c for _, c in infos]
        n = len(words)
        multi = self._multi_tags(ctx) if self.multi else [""] * n
        sport = bool(self.sports) and any(c[1] in self.sports for c in ctx)
        pad = ("<s>", "<s>", "-", "-")
        end = ("</s>", "</s>", "-", "-")
        out: list[list[str]] = []
        for i in range(n):
            own, (norm, base, lex, cl) = infos[i]
            p1 = ctx[i - 1] if i >= 1 else pad
            p2 = ctx[i - 2] if i >= 2 else pad
            n1 = ctx[i + 1] if i + 1 < n else end
            n2 = ctx[i + 2] if i + 2 < n else end
            f = [
                *own,
                "-1w=" + p1[0], "-1b=" + p1[1], "-1g=" + p1[2], "-1c=" + p1[3],
                "+1w=" + n1[0], "+1b=" + n1[1], "+1g=" + n1[2], "+1c=" + n1[3],
                "-2b=" + p2[1], "+2b=" + n2[1],
                "-1|0=" + p1[1] + "|" + base,
                "0|+1=" + base + "|" + n1[1],
            ]
            if multi[i]:
                f.append("G=" + multi[i])
            if sport:
                f.append("sp")
                if lex != "-":
                    f.extend("spg=" + c for c in lex.split("|"))
                if multi[i]:
                    f.append("spG=" + multi[i])
            out.append(f)
        return out
