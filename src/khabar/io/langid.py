"""Language identification: Arabic by a script count, otherwise lingua on a few languages.

Fast path: a text whose letters are overwhelmingly Arabic script, without the letters
that mark Persian or Urdu, is ``"ar"`` without any model. Otherwise lingua decides among
:data:`LANGUAGES`; the detector is built once per process, on first use. Returns an ISO
639-1 code, or ``None`` for a text with too few letters to tell.
"""

from __future__ import annotations

from functools import lru_cache

import regex

LANGUAGES = ("ar", "en", "fr", "fa", "ur", "he", "tr", "es", "de")
SAMPLE_CHARS = 3000  # lingua reads at most this much (spread over the text)
FAST_ARABIC_SHARE = 0.85
MIN_LETTERS = 3

_OTHER_LETTER = regex.compile(r"[^\P{L}\p{Arabic}]")  # letters not of the Arabic script
# Letters used by Persian / Urdu but not by Arabic (پ چ ژ گ ک ی ٹ ڈ ڑ ں ھ ہ ے ۀ)
_NON_ARABIC = regex.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06c0]")


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    third = SAMPLE_CHARS // 3
    mid = len(text) // 2
    return " ".join((text[:third], text[mid - third // 2 : mid + third // 2], text[-third:]))


def detect(text: str) -> str | None:
    """ISO 639-1 code of the main language of ``text`` (``None`` if undecidable)."""
    sample = _sample(text)
    letters = sum(map(str.isalpha, sample))
    if letters < MIN_LETTERS:
        return None
    # Arabic text has few other letters: counting those is cheaper than counting Arabic.
    arabic = letters - len(_OTHER_LETTER.findall(sample))
    if arabic >= FAST_ARABIC_SHARE * letters and len(_NON_ARABIC.findall(sample)) < 0.005 * arabic + 1:
        return "ar"
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    return language.iso_code_639_1.name.lower()
