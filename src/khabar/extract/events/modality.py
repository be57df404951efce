"""Modality and framing of a trigger: asserted, future, hypothetical, negated; hedged.

Cues (``resources/events/modality.tsv``) apply when they stand before the trigger in the
same clause within a window. Morphology adds two cues: the future prefix س on the trigger
(سيغادرون، وسيتم), and قد before an imperfect verb (قد يهاجم: possible) — while قد before a
perfect (قد قتلت) stays asserted. Two framing effects are not modalities: ``threaten``
(هدد بقتل: a THREATEN, not an ASSAULT) and ``block`` (محاكمة قتلة، مكافحة الإرهاب، منذ
اغتيال: a topic or a time anchor, not a reported occurrence).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from khabar.document import Token
from khabar.extract.events.lexicon import candidates, imperfect, read_tsv
from khabar.text.normalize import match_form

CLAUSE_BREAKS = frozenset(",;:()[]«»\"“”.!?-–ـ")
PRIORITY = ("negated", "hypothetical", "future")
POST_HYPOTHETICAL = frozenset(match_form(w) for w in (
    "محتمل محتملة المحتمل المحتملة وشيك وشيكة الوشيك الوشيكة مقترحة المقترحة مفترضة"
).split())


@dataclass(frozen=True, slots=True)
class Cue:
    effect: str
    window: int
    applies_to: str


@dataclass(slots=True)
class Frame:
    """What the context says of a trigger."""

    modality: str = "asserted"
    hedged: bool = False
    threaten: bool = False
    block: bool = False


class ModalityLexicon:
    """Cue words by normalised form (build once per process)."""

    def __init__(self) -> None:
        self.cues: dict[str, list[Cue]] = {}
        for row in read_tsv("modality.tsv"):
            effect, window, applies, forms = row[0], int(row[1]), row[2], row[3]
            for f in forms.split(","):
                if f.strip():
                    self.cues.setdefault(match_form(f.strip()), []).append(Cue(effect, window, applies))

    def _cues_of(self, tok: Token) -> list[Cue]:
        out: list[Cue] = []
        for prefix, base in candidates(tok.norm):
            if prefix in ("", "و", "ف"):  # كما is not ك + ما
                out.extend(self.cues.get(base, ()))
        return out

    def frame(self, tokens: Sequence[Token], start: int, verbal: bool, prefix: str,
              lemma: str = "") -> Frame:
        """The frame of the trigger starting at token ``start``."""
        fr = Frame()
        found: set[str] = set()
        if prefix.endswith("س"):  # clitics.analyses only splits س before an imperfect
            found.add("future")
        kind = "verb" if verbal else "noun"
        dist = 0
        crossed = False
        for j in range(start - 1, max(-1, start - 12), -1):
            tok = tokens[j]
            if tok.kind == "punct":
                if tok.text in CLAUSE_BREAKS:
                    crossed = True
                continue
            dist += 1
            if verbal and dist == 1 and tok.norm in ("قد", "وقد", "فقد") \
                    and imperfect(tokens[start], prefix, lemma):
                found.add("hypothetical")
            for cue in self._cues_of(tok):
                if dist > cue.window or (crossed and cue.window < 6):
                    continue
                if cue.applies_to not in ("any", kind):
                    continue
                found.add(cue.effect)
        for j in range(start + 1, min(len(tokens), start + 4)):
            if tokens[j].kind == "punct":
                break
            if tokens[j].norm in POST_HYPOTHETICAL or tokens[j].base in POST_HYPOTHETICAL:
                found.add("hypothetical")  # ضربة جوية محتملة، هجوم وشيك
        if "block" in found:
            fr.block = True
        if "threaten" in found:
            fr.threaten = True
        if "hedged" in found:
            fr.hedged = True
        for m in PRIORITY:
            if m in found:
                fr.modality = m
                break
        return fr


@lru_cache(maxsize=1)
def modality_lexicon() -> ModalityLexicon:
    """The per-process modality lexicon."""
    return ModalityLexicon()
