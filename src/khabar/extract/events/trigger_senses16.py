"""Session-16 sense families of the 14 audited types (issue #6), read by
:func:`khabar.extract.events.trigger_senses.other_sense_family` — classes of the wrong rows of every
blind and fresh sample (s7–s16) read together, each a structure of general usage, never a sampled
sentence's words: an act told of «من» "whoever" (:func:`told_of_whoever`) and a visit or meeting
restated by a pointing word in the sentence that told it (:func:`restated_meeting`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from khabar.document import Token
from khabar.extract.events.lexicon import candidates
from khabar.text.normalize import match_form

# - **an act told of «من» "whoever"**: a verb trigger right after the relative «من» (a preposition
#   never governs a verb) or «كل من»، «لمن»، «ممن» — or joined by و/أو to a verb that is (كل من ساهم
#   وشارك وتعاون، من يتعاطف ويتعاون أو يتستر عليهم، استهدافه لمن عارضهم، وستجد من يناقشك، دون أن تجد
#   من يطالب بها) — is told of a class of people, no party's act; a named subject or a noun reading
#   is not touched (the verb rows only).
WHO = frozenset(match_form(w) for w in "من ومن فمن لمن ولمن ممن وممن بمن".split())
OR = frozenset(match_form(w) for w in "أو او".split())
WHO_CHAIN = 4  # verbs joined by و/أو between «من» and the trigger


def told_of_whoever(tokens: Sequence[Token], i: int, kind: str) -> bool:
    """Whether the verb trigger at ``i`` is the act of «من» "whoever" (see :data:`WHO`)."""
    if kind not in ("v", "x"):
        return False
    j, steps = i - 1, 0
    while j >= 0 and steps <= WHO_CHAIN:
        tok = tokens[j]
        if tok.kind != "word":
            return False
        if tok.norm in WHO:
            return True
        joined = tokens[j + 1].norm.startswith(("و", "ف")) or tok.norm in OR \
            or tokens[j + 1].norm in OR
        if not joined:
            return False
        j, steps = j - 1, steps + 1
    return False


# - **a visit or meeting restated**: the definite noun of a visit or a meeting after a word that
#   points back (بمناسبة الزيارة، وهي الزيارة الرسمية الوحيدة، هذا اللقاء) when the same sentence
#   has already told that act (زيارة وزير الدفاع للأردن … البيان الصادر بمناسبة الزيارة) — the
#   same act again, no second meeting; «ورد الملك الزيارة» (returned: a new visit) has no
#   pointing word.
POINTING = frozenset(match_form(w) for w in (
    "بمناسبة لمناسبة وهي وهو هي هو هذه هذا تلك ذلك وهذه وهذا وتلك وذلك"
).split())
RESTATED_NOUNS = {  # the noun's stem, and the verb forms that tell the same act
    match_form("زيارة"): (match_form("زيار"), frozenset(match_form(w) for w in (
        "زار زارت زاروا زارا يزور تزور يزورون").split())),
    match_form("لقاء"): (match_form("لقاء"), frozenset(match_form(w) for w in (
        "التقى التقت التقوا التقيا يلتقي تلتقي يلتقون يلتقيان").split())),
    match_form("اجتماع"): (match_form("اجتماع"), frozenset(match_form(w) for w in (
        "اجتمع اجتمعت اجتمعوا اجتمعا يجتمع تجتمع يجتمعون").split())),
}
ADJECTIVE_ENDINGS = tuple(match_form(w) for w in ("ي", "ية", "يا", "يين", "يات"))  # الاجتماعية


def _tells(tok: Token, stem: str, verbs: Collection[str]) -> bool:
    """Whether ``tok`` is the noun of ``stem`` (زيارة، زيارته، بالزيارة) or one of ``verbs``."""
    for _, base in candidates(tok.norm):
        if base in verbs or base.startswith(stem) and not base.endswith(ADJECTIVE_ENDINGS):
            return True
    return False


def restated_meeting(tokens: Sequence[Token], i: int, prefix: str, type_: str, lemma: str) -> bool:
    """Whether the CONSULT noun at ``i`` restates an act its sentence told before it."""
    entry = RESTATED_NOUNS.get(lemma)
    if type_ != "CONSULT" or entry is None or not prefix.endswith("ال") or i == 0:
        return False
    if tokens[i - 1].norm not in POINTING:
        return False
    stem, verbs = entry
    return any(t.kind == "word" and _tells(t, stem, verbs) for t in tokens[: i - 1])
