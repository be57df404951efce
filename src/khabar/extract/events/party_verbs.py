"""A condemning verb the trigger table reads as a noun (session 20, evw20; issue #6).

The imperfect «تدين» "(she/it) condemns" is spelt as the noun «تديّن» "religiosity", and the
candidate comes out non-verbal: the general rules then take the phrase after it as the noun's
genitive object — the condemner coded as the accused («تدين منظمة الصحة العالمية الهجمات»: w19_blind)
— and the subject before it as nothing («أن الولايات المتحدة تدين … محاولات الحوثيين»: w20_blind; a
news-day row, «أنها تدين الهجمات», has no phrase). For an ACCUSE trigger written «تدين» (a و/ف
conjunction allowed, no article) with no actor, the phrase right after it (VSO) or, failing that,
right before it (SVO) is the actor, and it leaves the recipients. The masculine «يدين» is read as
a verb already.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_forms

CONDEMNS = match_forms("تدين وتدين فتدين")


def _party(q: Phrase | None) -> bool:
    return q is not None and not q.prep and q.kind != "target"


def condemning_verb(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
                    actors: list[Phrase], recips: list[Phrase]) -> tuple[list[Phrase], list[Phrase]]:
    """The condemner of a «تدين» read as a noun as the actor (see the module docstring)."""
    if cand.type != "ACCUSE" or cand.verbal or actors or tokens[cand.start].norm not in CONDEMNS:
        return actors, recips
    after = next((q for q in phrases if q.start == cand.end), None)
    q = after if _party(after) else next((q for q in phrases if q.end == cand.start), None)
    if not _party(q):
        return actors, recips
    return [q], [r for r in recips if r is not q]
