"""Parties after a preposition: the released of a release, the caller of a received call
(session 19, evo19; issue #6).

Called from :func:`khabar.extract.events.party_roles.complete` (the 14 types other than
ASSAULT/PROTEST only, after the filter's features). Families (docs/events.md "Roles of the 14
other types, sixth round, session 19"):

- **the released after «عن» or «سراح»** of a release (RETREAT, mode ``release``): «بالإفراج عن
  نائب رئيس الوزراء الفلسطيني ناصر الشاعر»، «والإفراج عن الأسرى»، «الإفراج عن سجناء
  لبنانيين»، «إطلاق سراح المساجين». The phrase right after the preposition (the rules mark it
  as a preposition's object and never code it), with the name in apposition after a title, or
  a captive noun of :data:`CAPTIVES` with its adjectives and genitive; a country adjective of
  that phrase that the rules had coded as the actor («لبنانيين») is dropped. A pronoun
  («عنه»، «سراحهم») names no one here;
- **the caller of a received call** («تلقى X اتصالا هاتفيا امس من Y»، «X يتلقى اتصالات
  هاتفية من Y»): Y after «من» (and honorifics: «من سعادة السيد …») is the actor (the one who
  calls), X between the receiving verb and the call noun, or right before the verb, the
  recipient — the general rules had coded the receiver as the actor, or nobody.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.clauses import base_in
from khabar.extract.events.party_objects import HONORIFIC_WORDS, ORDINALS, STEP
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_forms

ABOUT = match_forms("عن")
CUSTODY = match_forms("سراح")
FROM = match_forms("من")
# Heads of a captive party the actor lexicon has no phrase for (with or without the article).
CAPTIVES = match_forms("أسرى أسير أسيرة أسيرات سجناء سجين سجينة مساجين معتقلين معتقلون معتقل "
                       "معتقلات محتجزين محتجزون مختطفين مختطفون مختطفات مخطوفين رهائن رهينة "
                       "موقوفين جنديين جنود نواب قادة")
CAPTIVE_SPAN = 4  # words of the captive noun's adjectives and genitive
# Receiving verbs before a call noun (تلقى، تلقت; ANERcorp spells the ya-final «تلقي»).
RECEIVE = match_forms("تلقى تلقي تلقت تلقوا يتلقى تتلقى")
RECEIVE_REACH = 8  # words from the receiving verb to the call noun
CALL_WORDS = match_forms("هاتفيا هاتفية هاتفي هاتفيين هاتفيتين الهاتفي الهاتفية")
CALLER_REACH = 5  # words from the call noun to «من»


def _party(q: Phrase | None) -> bool:
    return q is not None and q.kind != "target"


def _captive(tokens: Sequence[Token], phrases: Sequence[Phrase], k: int) -> Phrase | None:
    """A captive noun at ``k`` with its definite adjectives or the phrase right after it."""
    tok = tokens[k]
    norm = tok.norm[2:] if tok.prefix.endswith("ال") and tok.norm.startswith("ال") else tok.norm
    if tok.kind != "word" or tok.prefix not in ("", "ال") or norm not in CAPTIVES:
        return None
    end, country = k + 1, None
    while end < min(len(tokens), k + 1 + CAPTIVE_SPAN):
        q = next((p for p in phrases if p.start == end), None)
        if q is not None:
            if not _party(q) or q.prep and tokens[q.start].prefix[:1] in ("و", "ل", "ب"):
                break
            end, country = q.end, q.country  # سجناء لبنانيين، نواب وقادة حركة …
            break
        nxt = tokens[end]
        if nxt.kind != "word" or nxt.prefix != "ال" or base_in(nxt, STEP):
            break
        end += 1  # الجنود الاسرائيليين المختطفين
    return Phrase(start=k, end=end, country=country, sector=None)


def released(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase]) -> Phrase | None:
    """The released party of a release trigger (see the module docstring)."""
    if cand.type != "RETREAT" or cand.entry.mode != "release":
        return None
    hi = len(tokens)
    j = cand.end
    if j < hi and tokens[j].prefix == "ال" and tokens[j].norm not in ABOUT:
        j += 1  # الإفراج الفوري عن
    if j + 1 >= hi or tokens[j].norm not in ABOUT | CUSTODY:
        return None
    k = j + 1
    q = next((p for p in phrases if p.start == k), None)
    if q is None:
        return _captive(tokens, phrases, k)
    if not _party(q):
        return None
    name = next((p for p in phrases if p.start == q.end and p.entity is not None and not p.prep
                 and p.kind == "entity"), None)
    end = name.end if name is not None and q.entity is None else q.end  # نائب رئيس الوزراء … ناصر الشاعر
    return dataclasses.replace(q, end=end, prep=False)


def caller(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase]
           ) -> tuple[Phrase, Phrase | None] | None:
    """(caller, receiver) of «تلقى X اتصالا … من Y» (see the module docstring)."""
    if cand.type != "CONSULT" or cand.entry.mode != "phone" or cand.verbal:
        return None
    t0, hi = cand.start, len(tokens)
    verb = next((j for j in range(t0 - 1, max(-1, t0 - RECEIVE_REACH - 1), -1)
                 if tokens[j].kind == "word" and not tokens[j].prefix.lstrip("وف")
                 and base_in(tokens[j], RECEIVE)), None)
    if verb is None:
        return None
    k = cand.end
    while k < min(hi, cand.end + CALLER_REACH) and (tokens[k].norm in CALL_WORDS or base_in(tokens[k], STEP)):
        k += 1
    if k + 1 >= hi or tokens[k].norm not in FROM:
        return None
    k += 1
    while k < hi and tokens[k].norm in HONORIFIC_WORDS and not any(p.start == k for p in phrases):
        k += 1  # من سعادة السيد عمرو موسي
    y = next((p for p in phrases if p.start == k), None)
    if not _party(y):
        return None
    x = next((p for p in phrases if verb < p.start and p.end <= t0 and not p.prep), None)
    if x is None:  # النائب الأول يتلقي اتصالات هاتفية من …: the subject before the verb
        end = verb - 1 if verb > 0 and tokens[verb - 1].norm in ORDINALS else verb  # النائب الأول
        x = next((p for p in phrases if p.end == end and not p.prep), None)
    return dataclasses.replace(y, prep=False), x if _party(x) else None
