"""The two sides of a mutual act of the 14 other types (session 19, evo19; issue #6).

Called from :func:`khabar.extract.events.party_roles.complete` (the 14 types other than
ASSAULT/PROTEST only, after the filter's features). The role judges' convention for a mutual act
(talks, a meeting, an agreement, a ceasefire, mutual accusations) names its first side the actor
and its second the recipient. Families (docs/events.md "Roles of the 14 other types, sixth round,
session 19"):

- **«بين X و Y» after the trigger** when the general rules (Y right after X's phrase) and
  :func:`party_objects.between` left both roles empty: a mutual act (a joint type or a ceasefire:
  «وقف اطلاق النار بين إسرائيل وحزب الله», not «يدعو إلى وقف … بين»), «بين» within a few words of
  the trigger (its genitive: «مفاوضات اتفاقية التجارة الحرة بين»), X the phrase right after it
  and Y the و-joined phrase right after X — or a و-joined plural head right before a phrase
  («بين اليابان ودول مجلس التعاون»، «بين قوات الأمن وأتباع الزعيم …»);
- **two و-joined names before a dual verb** («وكان مبارك وعبد الله قد التقيا»، «محمود عباس
  وكوفي أنان اتفقا»): the general rules coded only the name right before the verb. Both are its
  subject (evo19 coded them as co-actors, the session-5 convention; since session 19b they are
  a dyad, below). Only a pair: a third joined party is left alone.

Session 19b (evo19b; the lead's decision on the two conventions):

- **two و-joined subjects of a mutual act are a dyad** (:func:`dyad`): the first is the actor,
  the second the recipient, as «بين X و Y» already is («توصلت بريطانيا والصين إلى اتفاق»،
  «وقعت مصر والأردن اتفاقية»، «وكان مبارك وعبد الله قد التقيا»): event data code the pair of a
  joint act as a dyad, and the second side must be findable. Only when nothing else filled the
  recipient (a partner after «مع», a host, an attendee), only exactly two joined parties, and
  only for a mutual act (:func:`mutual`): the joined subjects of a non-mutual act stay co-actors
  («أدانت مصر والأردن الهجوم»، «طالب X و Y بـ»).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.clauses import conjoined
from khabar.extract.events.party_signing import SIGN
from khabar.extract.events.rolewords import BETWEEN, JOINT_TYPES
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_form, match_forms

SIDES_REACH = 4  # words from the trigger's end to «بين» (its genitive and adjectives)
# Plural heads a second side can start with before its genitive phrase (ودول مجلس التعاون).
SIDE_HEADS = match_forms("دول أتباع اتباع ممثلي قادة عناصر قوات حكومة حكومات فصائل أنصار")
# Modes of the 14 types whose act is mutual besides the joint types (a ceasefire; a signing is
# SUPPORT of the verb «وقع», see :func:`mutual`).
MUTUAL_MODES = frozenset({"ceasefire"})
# Dual verb endings (التقيا، اتفقا، أعلنا، يتفقان، تلتقيان).
DUAL_ENDINGS = ("يا", "قا", "ان")


def mutual(cand: Candidate) -> bool:
    """Whether the event's act is done between two sides: a joint type, a ceasefire, or (evo19b)
    a signing (SUPPORT of «وقع/توقيع», :data:`party_signing.SIGN`: «وقعت مصر والأردن اتفاقية»)."""
    return cand.type in JOINT_TYPES or cand.entry.mode in MUTUAL_MODES \
        or cand.type == "SUPPORT" and match_form(cand.entry.lemma) in SIGN


def _party(q: Phrase | None) -> bool:
    return q is not None and not q.prep and q.kind != "target"


def _and(tok: Token, q: Phrase | None = None) -> bool:
    """A و proclitic on ``tok`` (also when the tokenizer left it on the word: «وحزب»)."""
    return conjoined(tok) or q is not None and q.clitic == 1 and tok.norm.startswith("و")


def _second_side(tokens: Sequence[Token], phrases: Sequence[Phrase], k: int) -> Phrase | None:
    """The و-joined side starting at ``k``: a phrase there, or a plural head (ودول) right
    before a phrase, taken together."""
    y = next((p for p in phrases if p.start == k), None)
    if y is not None:
        return y if _party(y) and _and(tokens[k], y) else None
    tok = tokens[k] if k < len(tokens) else None
    if tok is None or tok.kind != "word" or not tok.norm.startswith("و") or tok.norm[1:] not in SIDE_HEADS:
        return None
    g = next((p for p in phrases if p.start == k + 1), None)
    if not _party(g):
        return None
    return Phrase(start=k, end=g.end, country=g.country, sector=g.sector, kind="sector", clitic=1)


def two_sides(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase]
              ) -> tuple[Phrase, Phrase] | None:
    """X and Y of «بين X و Y» right after the trigger and its genitive (see the module
    docstring); None when no such pair follows."""
    hi = len(tokens)
    for j in range(cand.end, min(hi - 1, cand.end + SIDES_REACH + 1)):
        tok = tokens[j]
        if tok.norm in BETWEEN:
            x = next((p for p in phrases if p.start == j + 1), None)
            if not _party(x) or x.end >= hi:
                return None
            y = _second_side(tokens, phrases, x.end)
            return (x, y) if y is not None else None
        if tok.kind != "word" or any(p.start <= j < p.end for p in phrases):
            return None  # punctuation, or a party between: «بين» is no longer the trigger's
    return None


def joined_pair(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
                actors: Sequence[Phrase]) -> tuple[Phrase, Phrase] | None:
    """The two و-joined names before a dual verb of a mutual act when the general rules coded
    only the second (see the module docstring)."""
    if len(actors) != 1 or not cand.verbal or not tokens[cand.start].norm.endswith(DUAL_ENDINGS):
        return None
    y = actors[0]
    x = next((p for p in phrases if p.end == y.start), None)
    if not _party(x) or not _and(tokens[y.start], y) or y.end > cand.start:
        return None
    if any(p.end == x.start and _and(tokens[x.start], x) for p in phrases) \
            or y.end < len(tokens) and conjoined(tokens[y.end]):
        return None  # three or more joined parties
    return x, y


def dyad(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
         actors: Sequence[Phrase], recips: Sequence[Phrase]) -> tuple[Phrase, Phrase] | None:
    """The (actor, recipient) of two و-joined co-actors of a mutual act with no recipient (see
    the module docstring); None otherwise."""
    if recips or len(actors) != 2 or not mutual(cand):
        return None
    x, y = sorted(actors, key=lambda q: q.start)
    if not (_party(x) and _party(y)) or y.start != x.end or not _and(tokens[y.start], y):
        return None
    if any(p.end == x.start and _and(tokens[x.start], x) for p in phrases) \
            or y.end < len(tokens) and conjoined(tokens[y.end]):
        return None  # three or more joined parties (وزراء الاقتصاد والتجارة والمالية)
    return x, y
