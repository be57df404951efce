"""Named institutions of a document, for bare institutional anaphors: «المنظمة»، «الوزارة»،
«الهيئة»، «الحركة» take the name of the nearest earlier «منظمة/وزارة/هيئة/حركة + name» even
when that mention was no speaker («أصدرت منظمة العفو الدولية تقريرا … وقالت المنظمة …»)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from khabar.document import Entity
from khabar.extract.quotes.lexicon import Lexicon
from khabar.extract.quotes.names import nisba
from khabar.extract.quotes.tokens import Tok


@dataclass(frozen=True)
class Institution:
    """One named institution mention: offset, head-noun stem, name, entity id."""

    start: int
    stem: str
    name: str
    entity: str | None


MAX_WORDS = 5


def institutions(views: dict[int, list[Tok]], lex: Lexicon, ents: dict[int, Entity], text: str,
                 stem: Callable[[str], str]) -> list[Institution]:
    """Every «organisation head noun in construct + name» of the document, in text order: an
    ORG entity starting at the head, else the head with its definite genitives and adjectives
    («وزارة الصحة السعودية»، «هيئة الهلال الأحمر») or one bare name word («حركة حماس»)."""
    out: list[Institution] = []
    for si in sorted(views):
        toks = views[si]
        for k, t in enumerate(toks):
            # a construct head («منظمةُ العفو»، «وزارة الصحة»), not a definite anaphor
            if not t.is_word or t.definite or lex.noun_kind(t.norm) != "organization":
                continue
            clitics = t.prefix.removesuffix("ال")
            skip = len(clitics) if clitics and t.text.startswith(clitics) else 0
            head_stem = stem(t.text[skip:])  # «لوزارة» → وزار
            ent = ents.get(t.start) or ents.get(t.start + skip)
            if ent is not None and ent.label == "ORG" and len(ent.canonical.split()) >= 2:
                out.append(Institution(t.start, head_stem, ent.canonical, ent.entity))
                continue
            end = k + 1
            while end < len(toks) and end - k < MAX_WORDS and _genitive(toks[end], lex, end == k + 1):
                end += 1
            if end == k + 1 and end < len(toks) and toks[end].is_word and not toks[end].preposed:
                nxt = toks[end]
                if not nxt.definite and nxt.cue is None and lex.noun_kind(nxt.norm) is None:
                    end += 1  # «حركة حماس»: one bare name word
            if end > k + 1:
                out.append(Institution(t.start, head_stem, text[t.start + skip : toks[end - 1].end], None))
    return out


def _genitive(t: Tok, lex: Lexicon, first: bool) -> bool:
    """The definite genitive right after the head («الصحة»), then relational or listed
    adjectives («السعودية»، «الدولية»); not a preposed word («بالرياض») nor a definite object
    («واستقبلت وزارة الصحة السعودية الوفد»)."""
    if not t.is_word or not t.definite or t.preposed or t.cue is not None:
        return False
    return first or nisba(t.norm) or lex.is_("adjective", t.norm)


def nearest(found: list[Institution], before: int, head_stem: str) -> Institution | None:
    """The last named institution with the same head noun before offset ``before``."""
    best = None
    for inst in found:
        if inst.start >= before:
            break
        if inst.stem == head_stem:
            best = inst
    return best
