"""Person names the usual matching of :mod:`.resolve` (each mention against the names met
before it) gets wrong, mended on the whole document (session 15):

- a short form met before the full name joins it (:func:`join_short_before`);
- a father's given name as his sons' family name, alone after an epithet («البطل الفيصل»), is
  the father named with «بن» (:func:`eponyms`);
- a formula typed as a person («بحمد الله», «بتوفيق الله») is God (:func:`formula_not_person`).

The entities passed in are :class:`.resolve._Entity` objects (``label``, ``words``: the
normalised words of the longest name, ``first``: the start of the first mention); ``owners``
holds each mention's entity and is changed in place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from khabar.document import Entity
from khabar.extract.entities.candidates import Candidate
from khabar.extract.entities.kin import given_name_cut, relative_named
from khabar.gazetteer.name_parts import FATHER_MARKS, KIN_WORDS, NOT_A_NAME_ALONE
from khabar.text.normalize import match_form, word_after, word_before

GOD = "الله"

# «بحمد الله», «بتوفيق الله», «بعون الله» …: ب + a noun + «الله», a formula, not a person
_FORMULA_NOUNS = frozenset(match_form(w) for w in
                           "حمد توفيق عون فضل إذن مشيئة أمر رحمة حول قوة قدرة".split())


def formula_not_person(text: str, c: Candidate) -> Candidate:
    """«جسدت بحمد الله اللحمة الوطنية», «بتوفيق الله نجح …»: a two-word person span «X الله»
    whose word carries the preposition ب and whose X is a noun of the formulas (حمد، توفيق، عون،
    فضل، إذن، مشيئة …) is the formula, not a person: the mention is «الله» alone, MISC. Without
    the ب («حمد الله», «توفيق الله») or with another noun («نصر الله») it stays a person."""
    if c.label != "PERS" or c.start < 1 or text[c.start - 1] != "ب":
        return c
    first, sep, rest = text[c.start : c.end].partition(" ")
    if not sep or rest != GOD or match_form(first) not in _FORMULA_NOUNS or (
        c.start > 1 and text[c.start - 2] not in " \n\t\"«(وف"
    ):
        return c
    return replace(c, start=c.end - len(GOD), label="MISC")



def join_short_before(text: str, entities: list[Any], owners: list[Any],
                       person_starts: Sequence[int],
                       is_given: Callable[[str], bool] | None = None) -> None:
    """A short form of a name met before the full name, which the usual matching (a mention
    against the names met before it) cannot join: a name with its father's name after «بن»
    whose head it is («مركز الأمير محمد بن نايف للمناصحة» … «الأمير محمد بن نايف بن
    عبدالعزيز»), or a given and family name whose first and last words it is («عبداللطيف
    الزياني» … «عبداللطيف بن راشد الزياني»). It joins that longer person when he is the only
    person of the document of that shape and is introduced after it. A two-word name joins
    none when it is introduced as someone's relative («والده، …، جون آدمز»), when its last word
    is an indefinite given name (a given and father's name, or a span the tagger cut: «حسين علي
    [الجمعة]») or when a given name stands right before it (the tagger cut the given name: «مفرح
    [علي عسيري]» is not his father «علي أحمد عسيري»)."""
    merged: dict[int, Any] = {}
    for e in entities:
        n = len(e.words)
        if e.label != "PERS" or e.first < 0 or n < 2 or (n == 2 and (
            len(e.words[1]) < 3 or set(e.words) & KIN_WORDS or e.words[1] in NOT_A_NAME_ALONE
        )) or (n > 2 and e.words[1] not in FATHER_MARKS):
            continue
        longer = [o for o in entities if o.label == "PERS" and len(o.words) > n and (
            o.words[:n] == e.words if n > 2 else (
                o.words[0] == e.words[0] and o.words[-1] == e.words[-1]))]
        if len(longer) == 1 and longer[0].first > e.first and not (n == 2 and (
            relative_named(text, e.first, person_starts)
            or (is_given is not None and not e.words[1].startswith("ال") and is_given(e.words[1]))
            or given_name_cut(text, e.first, is_given)
        )):
            merged[id(e)] = longer[0]
    if merged:
        owners[:] = [merged.get(id(o), o) for o in owners]


# epithets of a ruler or a hero that stand before or after his name («الشهيد الفيصل»)
_EPITHETS = frozenset(match_form(w) for w in
                      "البطل الشهيد الملك العاهل المؤسس القائد الزعيم العظيم".split())


def eponyms(text: str, entities: list[Any], owners: list[Any],
             mentions: Sequence[Entity]) -> None:
    """A family name made of a father's given name («الفيصل»: the sons of King Faisal) alone,
    with an epithet of a ruler or hero right before or after it («جوانب البطل الفيصل», «كالشهيد
    الفيصل», «الفيصل العظيم»), is the father himself when the document names him with «بن»
    («فيصل بن عبد العزيز») — not the son of that family named last («تركي الفيصل»). When the
    document names several such fathers, the one it names most; a tie: none."""
    fathers: dict[str, list[Any]] = {}
    for e in entities:
        if e.label == "PERS" and len(e.words) >= 3 and e.words[1] in FATHER_MARKS:
            fathers.setdefault("ال" + e.words[0], []).append(e)
    if not fathers:
        return
    counts: Counter[int] = Counter(id(o) for o in owners)
    for i, m in enumerate(mentions):
        if m.label != "PERS" or " " in m.text:
            continue
        cands = fathers.get(match_form(m.text))
        if not cands or not (_word_before(text, m.start) in _EPITHETS
                             or _word_after(text, m.end) in _EPITHETS):
            continue
        ranked = sorted(cands, key=lambda e: counts[id(e)], reverse=True)
        if len(ranked) == 1 or counts[id(ranked[0])] > counts[id(ranked[1])]:
            owners[i] = ranked[0]




def _word_before(text: str, start: int) -> str:
    """The matching form of the word right before ``start`` (one proclitic ك/و/ف dropped)."""
    w = word_before(text, start, 20) or ""
    return w[1:] if w[:1] in "كوف" and w[1:] in _EPITHETS else w


def _word_after(text: str, end: int) -> str:
    """The matching form of the word right after ``end``."""
    return word_after(text, end) or ""
