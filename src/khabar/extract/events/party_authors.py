"""The author of a criticised, supported or rejected act or statement (session 19, evo19; issue #6).

Called from :func:`khabar.extract.events.party_roles.complete` (the 14 types other than
ASSAULT/PROTEST only, after the filter's features). The role judges code the author of what is
criticised, welcomed, supported or rejected as the recipient («انتقد دور الولايات المتحدة»: the
United States). Here, for ACCUSE, SUPPORT and REJECT, the object noun right after the trigger is
an act or statement of :data:`ACTS` (سياسة، دور، تصريحات، قرارات، عدوان، احتلال …) — after a
pronoun adverb («انتقد فيه»), a cognate accusative («ينتقد انتقادا شديدا») or a second و-joined
verbal noun («شجبه وادانته للعدوان») — and its author is:

- the phrase right after it, its genitive («دور الولايات المتحدة وبريطانيا»، «تأييد تصريحات
  الرئيس العراقي جلال طالباني»، «قرارات حيدر العبادي»), or a country adjective («للعدوان
  الاسرائيلي»، «الاحتلال الأميركي»);
- a ل-genitive after one or two adjectives («السياسة الخارجية للولايات المتحدة»);
- the phrase after «الصادر/الصادرة عن» («بالبيان الصادر عن لجنة مبادرة السلام العربية»).

In a verb-first clause the act noun is looked for after the subject's phrase too («وانتقد
الوزير السياسة الخارجية للولايات المتحدة»). A recipient the general rules coded after «على» of
that act (the country attacked or occupied: «للعدوان الاسرائيلي على لبنان»، «الاحتلال الأميركي
علي العراق») or between the trigger and the author (the act noun's adjective «الخارجية», read as
the foreign ministry) is replaced by the author (the fifth replacement of a coded party).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.clauses import coordinated
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_forms

AUTHOR_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
ACTS = match_forms("سياسة سياسات دور أدوار تصريحات تصريح خطاب موقف مواقف قرار قرارات عدوان اعتداء "
                   "اعتداءات احتلال ممارسات انتهاكات انتهاك خرق خروقات تدخل بيان كلمة اتهامات "
                   "إجراءات اجراءات تهديدات")
IN_IT = match_forms("فيه فيها فيهم")
ISSUED = match_forms("الصادر الصادرة")
ABOUT = match_forms("عن")
ON = match_forms("على علي")
ACT_PREFIXES = ("", "ال", "ب", "بال", "ل", "لل")


def _act(tok: Token) -> bool:
    return tok.kind == "word" and tok.prefix in ACT_PREFIXES and tok.norm[len(tok.prefix):] in ACTS


def _object_at(tokens: Sequence[Token], cand: Candidate, start: int) -> int | None:
    """The position of the act noun the trigger governs, looked for from ``start`` (see the
    module docstring)."""
    hi = len(tokens)
    j = start
    if j < hi and tokens[j].norm in IN_IT:
        j += 1  # انتقد فيه دور
    elif j < hi and tokens[j].prefix == "و" and not _act(tokens[j]):
        j += 1  # شجبه وادانته للعدوان
    else:
        skipped = 0
        while cand.verbal and j < hi and skipped < 2 and tokens[j].kind == "word" \
                and not tokens[j].prefix and tokens[j].norm.endswith("ا"):
            j += 1  # ينتقد انتقادا شديدا
            skipped += 1
    return j if j < hi and _act(tokens[j]) else None


def _party(q: Phrase | None) -> bool:
    return q is not None and q.kind != "target"


def author(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
           actors: Sequence[Phrase]) -> list[Phrase]:
    """The author of the act noun the trigger governs (right after it, or after its subject in
    a verb-first clause: «انتقد الوزير السياسة الخارجية للولايات المتحدة»), or []."""
    if cand.type not in AUTHOR_TYPES:
        return []
    j = _object_at(tokens, cand, cand.end)
    if j is None and cand.verbal and actors and actors[0].start == cand.end:
        j = _object_at(tokens, cand, actors[-1].end)
    if j is None:
        return []
    hi = len(tokens)
    at = {p.start: p for p in phrases}
    k = j + 1
    for _ in range(2):  # السياسة الخارجية للولايات المتحدة («الخارجية» is no author)
        if k < hi and tokens[k].prefix == "ال" and tokens[k].norm not in ISSUED \
                and (k not in at or at[k].end == k + 1):
            k += 1
            q = at.get(k)
            if q is not None and _party(q) and tokens[k].prefix.startswith("ل"):
                clitic = 1 if tokens[k].prefix == "ل" else 0  # «لجامعة» → «جامعة»; «للولايات» stays
                return [dataclasses.replace(q, prep=False, clitic=clitic)]
    q = at.get(j + 1)
    if q is not None and _party(q) and (not q.prep or tokens[q.start].prefix.startswith("ل")):
        if "adj" in q.tags and q.kind != "country":
            return []
        return [dataclasses.replace(p, prep=False)
                for p in coordinated(tokens, phrases, q, backwards=False)]
    k = j + 1 if j + 1 < hi and tokens[j + 1].norm in ISSUED else j + 2
    if k + 1 < hi and tokens[k].norm in ISSUED and tokens[k + 1].norm in ABOUT:
        q = at.get(k + 2)  # بالبيان الصادر عن لجنة مبادرة السلام العربية
        if _party(q):
            return [dataclasses.replace(q, prep=False)]
    return []


def act_target(tokens: Sequence[Token], cand: Candidate, recips: Sequence[Phrase],
               found: Sequence[Phrase]) -> bool:
    """Whether the coded recipients all stand after «على» behind the author (the country the
    criticised act was done to) or between the trigger and the author (an adjective of the act
    noun: «السياسة الخارجية»): then the author replaces them."""
    start, end = min(p.start for p in found), max(p.end for p in found)
    return all(cand.end <= r.start and r.end <= start
               or r.start > end and r.start > 0 and tokens[r.start - 1].norm in ON and r.start - end <= 2
               for r in recips)
