"""Proclitic splitting for lookup: و ف (conjunctions), ب ل ك (prepositions), ال, and س.

Arabic glues conjunctions, prepositions and the article to the next word
(وبالقوات = و + ب + ال + قوات). Splitting is ambiguous (فرنسا is not ف + رنسا), so
:func:`analyses` returns every plausible split from least to most stripped and lookups
try them in that order; :func:`strip` returns the most stripped plausible one.
Works on normalised text (see :mod:`khabar.text.normalize`). Words whose first letter
belongs to the stem (وزارة, واشنطن, بغداد) are listed in
``resources/text/native_initial.txt`` (built by :mod:`khabar.text.build_native`) and keep
that letter in :func:`strip`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import resources

MIN_BASE = 2  # letters a base must keep


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


@lru_cache(maxsize=1)
def native_initial() -> frozenset[str]:
    """Normalised words whose initial و ف ب ل ك is not a proclitic."""
    path = resources.files("khabar.resources") / "text" / "native_initial.txt"
    return frozenset(
        line for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )


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


def _strip(word: str, keeps: Callable[[str, str], bool] | None) -> tuple[str, str]:
    """:func:`strip` without the memo (the plain path)."""
    best = ("", word)
    native = native_initial()
    for prefix, base in analyses(word):
        if keeps(word, prefix) if keeps else any(word[i:] in native for i in range(len(prefix))):
            continue  # a stripped letter belongs to the stem (وزارة, والده, بغداد)
        if prefix.endswith("ال") or prefix.endswith("لل"):
            return prefix, base
        if prefix in ("و", "ف") and len(base) >= 4:
            best = (prefix, base)
        elif prefix in ("وب", "ول", "وك", "فب", "فل", "ب", "ل", "ك") and len(base) >= 4 and best[0] == "":
            best = (prefix, base)
    return best
