"""A session-20 sense family of the 14 other types (evt20, issue #6), read by
:func:`khabar.extract.events.trigger_senses19.session19_sense`.

- **the noun «تديّن» with a possessive pronoun**: the literal imperfect «تدين» "(she) condemns" of
  the ACCUSE row is spelt as the noun «تديّن» "religiosity"; with an attached pronoun right on it
  («أن تدينه المؤدلج هو حقيقة الدين»، «على طبيعة تدينهم»، «باسم تدينهم المزيف») it is the noun
  possessed — his, their religiosity — and names no condemnation (the news day ×3, all coded
  ACCUSE and judged wrong by reading; Wojood and ANERcorp 723.. none). The verb with an object
  pronoun, «تدينه المحكمة» "the court convicts him", is ruled out of ACCUSE by the row's
  ``!court`` collocate already, and a condemnation of a pronoun object is written with the
  masculine or the perfect in the three sources (أدانته، يدينه). The bare «تدين»/«ندين» stay
  candidates (read as the condemning verb by the role hook, ``party_verbs``). ASSAULT and PROTEST
  are untouched.

Measured and dropped (evt20): reading the bare «تدين»/«ندين» as finite verbs in the trigger table
changed 7 events of the three sources, 1 right — «ندين بقوة» took the manner phrase «قوة» as the
accused (×3) and the possessed nouns above became verbs.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.text.normalize import match_forms

PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ي", "نا", "ك", "كم")
POSSESSED = match_forms(" ".join("تدين" + p for p in PRONOUNS))
CONJUNCTIONS = ("", "و", "ف", "ب", "وب", "ل", "ول")


def possessed_homograph(tokens: Sequence[Token], i: int, prefix: str, type_: str) -> bool:
    """Whether the ACCUSE trigger at ``i`` is the noun «تديّن» with a possessive pronoun."""
    if type_ != "ACCUSE" or prefix not in CONJUNCTIONS or tokens[i].kind != "word":
        return False
    norm = tokens[i].norm
    bare = norm[len(prefix):] if norm.startswith(prefix) else norm
    return bare in POSSESSED
