"""Subject–verb agreement for implicit speakers: which inflections (ms, fs, pl, du) a
speaker mention can be the subject of, so that «كشفت صحيفة X نقلا عن مصادر …، وقالت …»
gives «وقالت» to the newspaper (feminine singular) rather than to the plural «مصادر».

Only the head word is read: a feminine ending (ة, normalised ه) → fs; a plural ending or a
listed broken plural or a listed group noun in construct (مختصو) → pl; a listed head noun otherwise → ms; a
woman's given name (the curated lists' female sections: «هند») → fs; another bare name → either singular."""

from __future__ import annotations

from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import feminine_given
from khabar.extract.quotes.tokens import Tok

ANY_SINGULAR = frozenset({"ms", "fs"})
PLURAL_ENDINGS = ("ون", "ين", "ات")  # not ان: a dual, or part of a stem (إعلان)


def fits(toks: list[Tok], m: Mention | None, lex: Lexicon) -> frozenset[str]:
    """The inflections a mention's head word agrees with (empty: unknown)."""
    if m is None or m.start >= len(toks):
        return frozenset()
    head = next((t for t in toks[m.start : m.end] if t.is_word), None)
    if head is None:
        return ANY_SINGULAR
    word = head.norm[len(head.prefix):] if head.prefix and head.norm.startswith(head.prefix) else head.norm
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    if (word.endswith(PLURAL_ENDINGS) and len(word) > 4) or lex.is_("broken_plural", word, strip=False):
        return frozenset({"pl"})
    if word.endswith(("و", "ي")) and len(word) > 4 and lex.noun_kind(word) in ("group", "anonymous"):
        return frozenset({"pl"})  # a sound plural in construct: «مختصو الاقتصاد»، «مسؤولي الوزارة»
    if word.endswith("ه") and len(word) > 2:
        return frozenset({"fs"})
    if lex.noun_kind(word) is not None:
        return frozenset({"ms"})
    if word in feminine_given():
        return frozenset({"fs"})  # «هند العمري»، «مريم»: a woman's given name without ة
    return ANY_SINGULAR
