"""Light Arabic stems for search: proclitics, enclitic pronouns and sound plural endings off.

A word's *stem* (the ``stem`` column of the full-text index) is its clitic-stripped base
(:func:`khabar.text.clitics.strip`, once more after a lone و/ف so that وبقوات loses its
ب too) with, in this order:

1. a final taa marbuta written as ت (``ة`` → ``ت``), because the taa marbuta turns into ت
   before a pronoun: لجنة and لجنتها meet at لجنت;
2. else one enclitic pronoun removed — هما هم هن ها ه نا with at least 3 letters left,
   كما كم كن with at least 4 — unless what is left is a particle that takes pronouns
   (عليه, لديه, منه are not forms of على, لدى, من for a reader): قواتهم → قوات. The
   proclitics are stripped after the pronoun, with a ت before it read as a taa marbuta
   (لجنتها → لجنة, so its ل is known to be part of the word);
3. else one sound masculine plural / oblique dual ending (ون, ين) removed with at least 4
   letters left: المسؤولين → مسؤول, المتظاهرون → متظاهر (بوتين, مليون keep theirs).

Input is text normalised with :data:`khabar.text.normalize.DEFAULT` (taa marbuta kept,
since it decides step 1); the output uses the matching forms otherwise (ى → ي, أ → ا).
Deliberately light: no broken plurals, no ات/ان endings (قوات, لبنان, إيران), no verb
morphology — a stem only ever adds matches that share the word's letters.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.text.clitics import strip
from khabar.text.normalize import DEFAULT, normalize

PRONOUNS_3 = ("هما", "هم", "هن", "ها", "نا", "ه")  # at least 3 letters must remain
PRONOUNS_4 = ("كما", "كم", "كن")  # second person: rare in news, so at least 4
PLURALS = ("ون", "ين")  # at least 4 letters must remain
# Prepositions and particles that take pronouns (matching forms): their pronoun forms
# keep the pronoun so that عليه does not become the very frequent على.
PARTICLES = frozenset(
    "علي الي لدي في من عن مع عند بين حول ضد دون تحت فوق امام خلف بعد قبل ان لكن"
    " لعل ليت كان مثل عبر سوي غير نحو ضمن بدون لاجل حيث منذ".split()
)


def _base(word: str) -> str:
    """The clitic-stripped base; after a lone conjunction also a preposition (وبقوات)."""
    prefix, base = strip(word)
    if prefix in ("و", "ف"):
        base = strip(base)[1]
    return base


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The search stem of a ``DEFAULT``-normalised word (see the module docstring)."""
    matching = word.replace("ة", "ه")
    if word.endswith("ة"):
        return _base(matching)[:-1] + "ت"
    for suffixes, keep in ((PRONOUNS_3, 3), (PRONOUNS_4, 4)):
        suffix = next((s for s in suffixes if matching.endswith(s)), None)
        if suffix is None:
            continue
        rest = matching[: -len(suffix)]
        # لجنتها: the ت was a taa marbuta; the proclitic check sees لجنه (a known word).
        feminine = rest.endswith("ت") and not rest.endswith("ات")
        base = _base(rest[:-1] + "ه" if feminine else rest)
        if len(base) >= keep and base not in PARTICLES:
            return base[:-1] + "ت" if feminine else base
        break
    base = _base(matching)
    for suffix in PLURALS:
        if base.endswith(suffix) and len(base) - len(suffix) >= 4:
            return base[: -len(suffix)]
    return base


@lru_cache(maxsize=200_000)
def surface_stem(surface: str) -> str:
    """The search stem of a token as written (normalised here)."""
    return stem(normalize(surface, DEFAULT).text)
