"""«الطرفان / الجانبان»: a dual noun of two parties as a speaker names the pair coordinated just
before it («استأنفت اليونان ودائنوها محادثاتهم …، وأشار الطرفان إلى أن …» → «اليونان ودائنوها»),
written as the text has it — never one party guessed. Without such a pair the noun stays."""

from __future__ import annotations

import re

from khabar.document import Entity
from khabar.extract.quotes.names import given_names, is_country
from khabar.text.normalize import match_form

# the dual nouns of two parties (match forms; nominative and oblique)
PAIR_NOUNS = frozenset({"الطرفان", "الطرفين", "الجانبان", "الجانبين"})
_WORD = re.compile(r"[^\s،,.:;؛!?؟()«»\"“”]+")
_POSSESSED = ("ها", "هم", "ه")  # «ودائنوها»، «وحلفاؤهم»: the other party named by its relation to the first
_REACH = 300  # characters back from the dual noun (and never past a paragraph break)
_PARTY_LABELS = ("PERS", "ORG", "LOC", "GPE")


def pair_before(text: str, at: int, entities: list[Entity]) -> tuple[str, str] | None:
    """``(name, kind)`` of the last «A وB» of two parties before offset ``at`` in its paragraph
    (A: a country or a party entity; B after «و»: the same, or a noun with a possessive pronoun),
    kind ``person`` when both are person entities or given names, else ``organization``."""
    lo = max(text.rfind("\n", 0, at) + 1, at - _REACH)
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, lo, at)]
    parties = [e for e in entities if e.label in _PARTY_LABELS and lo <= e.start and e.end <= at]
    best = None
    for i in range(1, len(words)):
        b0, b1 = words[i]
        if text[b0] != "و" or b1 - b0 < 3 or text[words[i - 1][1] : b0] != " ":
            continue
        a = _party_ending(text, words, i - 1, parties)
        b = _party_after_waw(text, b0, b1, parties)
        if a is not None and b is not None:
            best = (a[0], b[0], a[1] and b[1])
    if best is None:
        return None
    start, end, persons = best
    return text[start:end], "person" if persons else "organization"


def _party_ending(text: str, words: list[tuple[int, int]], i: int, parties: list[Entity]
                  ) -> tuple[int, bool] | None:
    """The start of a party ending with word ``i`` (an entity, a country of one or two words) and
    whether it is a person."""
    s, e = words[i]
    ent = next((x for x in parties if x.end == e and x.start <= s), None)
    if ent is not None:
        return ent.start, ent.label == "PERS"
    if is_country(text[s:e]):
        return s, False
    if i > 0 and is_country(text[words[i - 1][0] : e]):
        return words[i - 1][0], False  # «الولايات المتحدة»
    return None


def _party_after_waw(text: str, s: int, e: int, parties: list[Entity]) -> tuple[int, bool] | None:
    """The end of a party right after «و» at ``s`` and whether it is a person."""
    ent = next((x for x in parties if x.start == s + 1), None)
    if ent is not None:
        return ent.end, ent.label == "PERS"
    word = text[s + 1 : e]
    if is_country(word):
        return e, False
    if match_form(word) in given_names():
        return e, True
    if len(word) >= 5 and word.endswith(_POSSESSED) and not word.startswith("ال"):
        return e, False  # «ودائنوها»: its creditors
    return None
