"""A session-21 sense family of the 14 other types (evt21, issue #6): a trigger inside a name.

With the entity stage, a trigger word every token of which lies inside a person's or an
organisation's name (``trigger_senses.named_tokens``: the sentence's PERS/ORG mentions) names
that person or body, not an act: «الرئيس العراقي جلال طالباني» (REQUEST on «طالب»), «تصوير: طالب
الحسيني» (a photo credit), «مقابلة مع السيد علي يوسف أحمد فايد» (SUPPORT on «ف» + «ايد»), «منظمة الأمن
والتعاون في أوروبا», «منظمة التنمية والتعاون الاقتصادي» (COOPERATE). Counted at e2a8274 with
entities over the three sources: ANERcorp 723.. 5, Wojood 1, the news day 1 — all wrong by reading;
the ANERcorp and Wojood tags are in-sample for the NER model. ASSAULT and PROTEST are untouched, and
so is the rule-only path (no entities, no names).
"""

from __future__ import annotations

from collections.abc import Container

from khabar.extract.events.triggers import GOLD_TYPES, Candidate


def inside_name(cand: Candidate, named: Container[int]) -> bool:
    """Whether every token of the 14-type candidate ``cand`` is inside a PERS/ORG mention."""
    return cand.type not in GOLD_TYPES and all(k in named for k in range(cand.start, cand.end))
