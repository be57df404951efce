"""Proclitic splitting for lookup: و ف (conjunctions), ب ل ك (prepositions), ال, and س.

Arabic glues conjunctions, prepositions and the article to the next word
(وبالقوات = و + ب + ال + قوات). Splitting is ambiguous (فرنسا is not ف + رنسا), so
:func:`analyses` returns every plausible split from least to most stripped and lookups
try them in that order; :func:`strip` returns the most stripped plausible one.
Works on normalised text (see :mod:`khabar.text.normalize`). Words whose first letter
belongs to the stem (وزارة, واشنطن, بغداد) are listed in
``resources/text/native_initial.txt`` (built by :mod:`khabar.text.build_native`) and keep
that letter in :func:`strip`.

:func:`strip_token` is the tokenizer's split (``Token.base``): it also knows the written
word, whose hamza alef before ل (إلغاء, ألمانيا, آلاف, إليه) is never the article, and the
words whose «ال» is their own when the hamza was dropped or is a hamzat wasl (الغاء, التزام;
``resources/text/own_alef_lam.txt``, built by :mod:`khabar.text.build_alef_lam`). The plain
:func:`strip` keeps its split, so the features the shipped NER model was trained on do not move.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import resources

MIN_BASE = 2  # letters a base must keep
# The proclitics a word may open with before its base, the article aside: none, a conjunction (و ف),
# a preposition (ب ل ك) or a conjunction and a preposition — what a lookup of a word "with its
# proclitics off" tries, in this order.
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


@lru_cache(maxsize=200_000)
def analyses(word: str) -> tuple[tuple[str, str], ...]:
    """All plausible ``(prefix, base)`` splits of a normalised word, least stripped first."""
    out: list[tuple[str, str]] = [("", word)]
    seen = {word}

    def add(prefix: str, base: str) -> None:
        if len(base) >= MIN_BASE and base not in seen:
            seen.add(base)
            out.append((prefix, base))

    conj_options = [""]
    if len(word) > 3 and word[0] in "وف":
        conj_options.append(word[0])
    for conj in conj_options:
        rest = word[len(conj) :]
        if conj:
            add(conj, rest)
        # future marker on imperfect verbs: سيغادرون, وسيتم
        if len(rest) > 3 and rest[0] == "س" and rest[1] in "يتنا":
            add(conj + "س", rest[1:])
        # لل = ل + ال
        if rest.startswith("لل") and len(rest) > 3:
            add(conj + "ل", "ال" + rest[2:])
            add(conj + "لل", rest[2:])
        prep_options = [""]
        if len(rest) > 2 and rest[0] in "بلك":
            prep_options.append(rest[0])
        for prep in prep_options:
            base = rest[len(prep) :]
            if prep:
                add(conj + prep, base)
            if base.startswith("ال") and len(base) > 3:
                add(conj + prep + "ال", base[2:])
    return tuple(out)


def _word_list(name: str) -> frozenset[str]:
    """The words of ``resources/text/<name>`` (one a line; ``#`` lines are comments)."""
    path = resources.files("khabar.resources") / "text" / name
    return frozenset(
        line for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def native_initial() -> frozenset[str]:
    """Normalised words whose initial و ف ب ل ك is not a proclitic."""
    return _word_list("native_initial.txt")


@lru_cache(maxsize=1)
def own_alef_lam() -> frozenset[str]:
    """Normalised words whose first letters «ال» are their own, not the article."""
    return _word_list("own_alef_lam.txt")


HAMZA_ALEFS = frozenset("أإآ")


def strip_token(word: str, written: str) -> tuple[str, str]:
    """:func:`strip` for a token: ``written`` is the word normalised like ``word`` but with its
    hamza alefs kept (same length, letter for letter). A split whose «ال» is a hamza alef
    + ل in ``written``, or begins a word of :func:`own_alef_lam`, is not taken: إلغاء and
    الغاء keep their «ال» (base الغاء), بألمانيا is ب + المانيا, الإلغاء still ال + الغاء."""
    prefix, base = strip(word)
    if not prefix.endswith("ال"):
        return prefix, base
    at = len(prefix) - 2
    if written[at] not in HAMZA_ALEFS and word[at:] not in own_alef_lam():
        return prefix, base
    return _strip(word, None, written)


def strip(word: str, keeps: Callable[[str, str], bool] | None = None) -> tuple[str, str]:
    """The most plausible full split ``(prefix, base)`` for features and display.

    Conservative: strips the article and what precedes it, or a conjunction/preposition
    before a long word; returns ``("", word)`` when nothing is safely removable.
    ``keeps(word, prefix)`` says that a letter of ``prefix`` belongs to the stem (default:
    the rest of the word from one of its letters is listed in ``native_initial.txt``).
    """
    if keeps is None:
        hit = _STRIP.get(word)
        if hit is None:
            if len(_STRIP) >= STRIP_MAX:
                _STRIP.clear()
            hit = _STRIP[word] = _strip(word, None)
        return hit
    return _strip(word, keeps)


_STRIP: dict[str, tuple[str, str]] = {}  # word → default split, per process
STRIP_MAX = 300_000  # the memo is cleared when it reaches this size


def _strip(word: str, keeps: Callable[[str, str], bool] | None, written: str | None = None) -> tuple[str, str]:
    """:func:`strip` without the memo (the plain path); with ``written``, :func:`strip_token`'s."""
    best = ("", word)
    native = native_initial()
    for prefix, base in analyses(word):
        if keeps(word, prefix) if keeps else any(word[i:] in native for i in range(len(prefix))):
            continue  # a stripped letter belongs to the stem (وزارة, والده, بغداد)
        if written is not None and prefix.endswith("ال"):
            at = len(prefix) - 2
            if written[at] in HAMZA_ALEFS or word[at:] in own_alef_lam():
                continue  # the word's own «ال» (إلغاء, الغاء, التزام), not the article
        if prefix.endswith("ال") or prefix.endswith("لل"):
            return prefix, base
        if prefix in ("و", "ف") and len(base) >= 4:
            best = (prefix, base)
        elif prefix in ("وب", "ول", "وك", "فب", "فل", "ب", "ل", "ك") and len(base) >= 4 and best[0] == "":
            best = (prefix, base)
    return best
