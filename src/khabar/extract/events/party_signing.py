"""Recipients of signings, ceasefires and praised efforts (session 18, evo18; issue #6).

Called from :func:`khabar.extract.events.party_roles.complete` (the 14 types other than
ASSAULT/PROTEST only, after the filter's features; it fills an empty recipient). Families
(docs/events.md "Roles of the 14 other types, fifth round, session 18"):

- **the partner of a signing or a ceasefire after the agreement's noun**: «وقع X اتفاقية تعاون
  مع شرطة دبي»، «توقيع مذكرة تفاهم مع الجامعة»، «وقف فوري لإطلاق النار مع إسرائيل» — the general
  «مع» rule looks only right after the trigger; here «مع» may follow the agreement noun
  (:data:`DEALS`) and up to three words of its genitive and adjectives;
- **the party whose efforts are praised, in a relative clause** on a definite merit noun
  (أشاد X بالجهود التي تبذلها دولة الإمارات، بالدور الذي تقوم به المملكة): evr15b's merit family
  took only an indefinite noun's genitive (بجهود السعودية).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.party_objects import NOT_GENITIVE, STEP
from khabar.extract.events.party_partners import partner
from khabar.extract.events.party_places import COMMAS
from khabar.extract.events.rolewords import RELATIVES, WITH
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_form, match_forms

SIGN = match_forms("وقع توقيع")
# Nouns of what is signed (with or without the article; the indefinite accusative too).
DEALS = match_forms("اتفاقية اتفاقيات اتفاق اتفاقا مذكرة مذكرات عقد عقدا عقود بروتوكول بروتوكولا "
                    "معاهدة ميثاق إعلان وثيقة")
DEAL_SPAN = 3  # words of the deal's genitive and adjectives before «مع»
FIRE = match_forms("إطلاق اطلاق لإطلاق لاطلاق")
FIRE_SPAN = 4  # «وقف فوري لإطلاق النار مع»


def _bare(tok: Token) -> str:
    norm = tok.norm[1:] if tok.prefix[:1] == "و" else tok.norm
    return norm[2:] if norm.startswith("ال") else norm


def _partner_at(tokens: Sequence[Token], phrases: Sequence[Phrase], k: int, hi: int,
                actors: Sequence[Phrase]) -> Phrase | None:
    q = next((p for p in phrases if p.start == k and p.kind != "target"), None)
    if q is None:
        q = partner(tokens, phrases, k, hi)
    return q if q is not None and q not in actors else None


def signing_partner(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
                    actors: Sequence[Phrase], hi: int) -> Phrase | None:
    """The party after «مع» that follows the signed deal's noun, or the ceasefire's «إطلاق
    النار» (see the module docstring)."""
    if cand.type == "SUPPORT" and match_form(cand.entry.lemma) in SIGN:
        k = cand.end
        while k < hi:
            q = next((p for p in phrases if p.start == k and p in actors), None)
            if q is not None:
                k = q.end  # وقع X اتفاقية: past the subject
            elif tokens[k].norm in STEP or tokens[k].text in COMMAS:
                k += 1
            else:
                break
        if k >= hi or tokens[k].kind != "word" or _bare(tokens[k]) not in DEALS:
            return None
        span = DEAL_SPAN
    elif cand.type == "RETREAT" and cand.entry.mode == "ceasefire":
        k = next((j for j in range(cand.end, min(hi, cand.end + 2)) if tokens[j].norm in FIRE), None)
        if k is None:
            return None
        span = FIRE_SPAN - (k - cand.end)
    else:
        return None
    for j in range(k + 1, min(hi, k + 1 + span)):
        tok = tokens[j]
        if tok.norm in WITH:
            return _partner_at(tokens, phrases, j + 1, hi, actors)
        if tok.kind != "word" or tok.norm in NOT_GENITIVE or tok.norm in RELATIVES \
                or any(p.start == j for p in phrases):
            return None
    return None


MERITS = match_forms("جهود الجهود جهد الجهد دور الدور أدوار الأدوار مواقف المواقف موقف الموقف دعم "
                     "الدعم مساعي المساعي مبادرات المبادرات إنجازات الإنجازات الانجازات")
EFFORT_VERBS_RESUMED = match_forms("بها به")
ADJECTIVES = 2


def praised_in_relative(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
                        actors: Sequence[Phrase], hi: int) -> Phrase | None:
    """The party in the relative clause on the definite merit noun a praise governs (see the
    module docstring): «بالجهود (المبذولة) التي تبذلها Y»."""
    k = cand.end
    while k < hi:
        q = next((p for p in phrases if p.start == k and p in actors), None)
        if q is not None:
            k = q.end
        elif tokens[k].norm in STEP or tokens[k].text in COMMAS:
            k += 1
        else:
            break
    if k >= hi or not tokens[k].prefix.lstrip("و").startswith("بال") \
            or tokens[k].norm[len(tokens[k].prefix) - 2:] not in MERITS:
        return None
    m = k + 1
    for _ in range(ADJECTIVES):
        if m < hi and tokens[m].prefix == "ال" and tokens[m].norm not in RELATIVES \
                and not any(p.start == m for p in phrases):
            m += 1  # بالجهود الكبيرة التي
    if m + 2 >= hi or tokens[m].norm not in RELATIVES or tokens[m + 1].kind != "word" \
            or tokens[m + 1].prefix:
        return None
    j = m + 2
    if tokens[j].norm in EFFORT_VERBS_RESUMED:
        j += 1  # التي تقوم بها المملكة
    while j < hi and tokens[j].norm in STEP:
        j += 1
    q = next((p for p in phrases if p.start == j), None)
    if q is None or q.prep or q.kind == "target" or q in actors:
        return None
    return q
