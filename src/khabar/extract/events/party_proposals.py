"""Recipients of the 14 event types other than ASSAULT/PROTEST, session 18 (evo18; issue #6).

Called from :func:`khabar.extract.events.party_roles.complete` (the same gate: the 14 types
only, after the filter's features and ``keep``; it fills an empty recipient). Families
(docs/events.md "Roles of the 14 other types, fifth round, session 18"):

- **the author of a proposal, request or recommendation that is rejected, approved or
  welcomed** (REJECT, AGREE, SUPPORT): the trigger's object is a :data:`PROPOSALS` noun (right
  after the trigger or its subject, after «على», or as a ب-noun), and its author is named
  right after it — its genitive or nisba (توصية مجلس الادارة، الاقتراح الفرنسي), «من» or
  «المقدم من» + the party (تفويض من الامم المتحدة), or a relative clause whose verb puts it
  forward (اقتراحا تقدمت به فرنسا، البرنامج الذي تقدمت به الوزارة). A proposal whose
  genitive is an act (طلب إعادتها) names no author.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.party_objects import STEP
from khabar.extract.events.party_places import COMMAS
from khabar.extract.events.rolewords import RELATIVES
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_forms

# What one rejects, approves or welcomes that a party puts forward (singular, plural and the
# indefinite accusative).
PROPOSALS = match_forms(
    "اقتراح اقتراحا اقتراحات مقترح مقترحا مقترحات طلب طلبا طلبات توصية توصيات مشروع مشروعا "
    "مبادرة مبادرات عرض عرضا عروض تفويض تفويضا خطة خطط دعوة دعوات مطالب شروط وساطة")
PROPOSAL_TYPES = frozenset({"REJECT", "AGREE", "SUPPORT"})
ON = match_forms("على وعلى")
FROM = match_forms("من")
ANY = match_forms("أي أية اي اية")
# «المقدم من» and the like: a participle between the proposal and «من».
PUT_FORWARD = match_forms("المقدم المقدمة المطروح المطروحة الصادر الصادرة المرفوع المرفوعة مقدم مقدمة "
                          "مقدما مطروح مطروحة")
# Verbs of a relative clause that puts the proposal forward (تقدمت به فرنسا، قدمها، طرحته).
AUTHOR_VERBS = match_forms(
    "تقدم تقدمت تقدموا يتقدم قدم قدمت قدموا يقدم تقدم قدمه قدمها قدمته قدمتها طرح طرحت طرحه "
    "طرحها طرحته طرحتها يطرح تطرح اقترح اقترحت اقترحه اقترحها اقترحته اقترحتها يقترح تقترح أعد "
    "أعدت أعده أعدها أعدته أعدتها عرض عرضت عرضه عرضها عرضته عرضتها وجه وجهت وجهه وجهها وجهته "
    "وجهتها أطلق أطلقت أطلقه أطلقها أطلقته أطلقتها رفع رفعت رفعه رفعها")
RESUMED = match_forms("به بها بهما بهم")
ADJECTIVES = 2  # plain adjectives between the proposal and its author


def _proposal(tok: Token, with_b: bool) -> bool:
    """A :data:`PROPOSALS` noun, bare, definite or (``with_b``) carrying ب (بمبادرة، بالاقتراح)."""
    if tok.kind != "word":
        return False
    norm = tok.norm[1:] if tok.prefix[:1] == "و" else tok.norm
    if norm.startswith("ال"):
        norm = norm[2:]
    elif norm.startswith("بال") and with_b:
        norm = norm[3:]
    elif norm.startswith("ب") and with_b and norm[1:] in PROPOSALS:
        norm = norm[1:]
    return norm in PROPOSALS


def _object(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
            actors: Sequence[Phrase], hi: int) -> int | None:
    """The index of the proposal noun the trigger governs, or None."""
    k = cand.end
    while k < hi:
        q = next((p for p in phrases if p.start == k and p in actors), None)
        if q is not None:
            k = q.end  # رفضت الولايات المتحدة اقتراحا: past the subject
        elif tokens[k].norm in STEP or tokens[k].text in COMMAS:
            k += 1
        else:
            break
    if k < hi and tokens[k].norm in ON:
        k += 1  # وافق على طلب …
    if k < hi and tokens[k].norm in ANY:
        k += 1  # ستعارض اي تفويض من
    if k < hi and _proposal(tokens[k], with_b=cand.type != "REJECT"):
        return k
    return None


def _party(phrases: Sequence[Phrase], k: int, actors: Sequence[Phrase], after_from: bool = False
           ) -> Phrase | None:
    """The party phrase at ``k`` (one after «من» is marked as a preposition's: ``after_from``)."""
    q = next((p for p in phrases if p.start == k), None)
    if q is None or q.prep and not after_from or q.kind == "target" or q in actors:
        return None
    return q


def proposal_author(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
                    actors: Sequence[Phrase], hi: int) -> Phrase | None:
    """The party who put forward the proposal the trigger rejects, approves or welcomes (see
    the module docstring), or None."""
    if cand.type not in PROPOSAL_TYPES:
        return None
    k = _object(tokens, cand, phrases, actors, hi)
    if k is None:
        return None
    m = k + 1
    q = _party(phrases, m, actors)
    if q is not None:
        return q  # توصية مجلس الادارة، الاقتراح الفرنسي
    definite = "ال" in tokens[k].prefix or tokens[k].norm.startswith(("ال", "بال"))
    for _ in range(ADJECTIVES):
        if m < hi and tokens[m].kind == "word" and tokens[m].norm not in RELATIVES | FROM | PUT_FORWARD \
                and tokens[m].norm not in AUTHOR_VERBS and tokens[m].norm not in STEP \
                and ("ال" in tokens[m].prefix) == definite and not any(p.start == m for p in phrases):
            m += 1  # المشروع الجديد الذي …
    if m < hi and tokens[m].norm in PUT_FORWARD:
        m += 1
    if m < hi and tokens[m].norm in FROM:
        return _party(phrases, m + 1, actors, after_from=True)  # تفويض من الامم المتحدة
    if m < hi and tokens[m].norm in RELATIVES:
        m += 1
    elif definite:
        return None  # a relative clause on a definite noun needs its pronoun
    if m >= hi or tokens[m].norm not in AUTHOR_VERBS:
        return None
    m += 1
    if m < hi and tokens[m].norm in RESUMED:
        m += 1  # تقدمت به فرنسا
    while m < hi and tokens[m].norm in STEP:
        m += 1
    return _party(phrases, m, actors)
