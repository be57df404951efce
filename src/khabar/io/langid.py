"""Language identification: Arabic by a script count, otherwise lingua on a few languages.

The script decides first: a text whose letters are mostly Arabic script, without the
letters that mark Persian or Urdu, is ``"ar"`` without any model (the fast path for
news, Latin brand names included). Otherwise lingua decides among :data:`LANGUAGES`, on
the words of the majority script only (lingua is unreliable on mixed-script text: an
Arabic article quoting English names must not come out German). URLs and e-mail
addresses are no language and are left out of the count (an Arabic article with one long
link must not come out Spanish). The detector is built
once per process, on first use. Returns an ISO 639-1 code, or ``None`` for a text with
too few letters to tell.
"""

from __future__ import annotations

from functools import lru_cache

import regex

LANGUAGES = ("ar", "en", "fr", "fa", "ur", "he", "tr", "es", "de")
SAMPLE_CHARS = 3000  # lingua reads at most this much (spread over the text)
ARABIC_MAJORITY = 0.5
MIN_LETTERS = 3

_LINK = regex.compile(r"(?<!\S)\S*(?:://|www\.|@)\S*")
_OTHER_LETTER = regex.compile(r"[^\P{L}\p{Arabic}]")  # letters not of the Arabic script
_ARABIC_WORD = regex.compile(r"[\p{Arabic}\p{M}]+")
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
    sample = _sample(_LINK.sub(" ", text) if ("://" in text or "www." in text or "@" in text) else text)
    letters = sum(map(str.isalpha, sample))
    if letters < MIN_LETTERS:
        return None
    # Arabic text has few other letters: counting those is cheaper than counting Arabic.
    arabic = letters - len(_OTHER_LETTER.findall(sample))
    if arabic >= ARABIC_MAJORITY * letters:
        if len(_NON_ARABIC.findall(sample)) < 0.005 * arabic + 1:
            return "ar"
        sample = " ".join(_ARABIC_WORD.findall(sample))  # ar / fa / ur
    else:
        sample = _ARABIC_WORD.sub(" ", sample)
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    return language.iso_code_639_1.name.lower()
