"""Parties named beyond the trigger's own words (session 22, evt22; issue #6).

Two families for the 14 types other than ASSAULT/PROTEST, read by
:func:`khabar.extract.events.party_roles.complete` (after the filter's features; an empty role
is filled):

- **the «مع» partner after the trigger's complement** (:func:`far_partner`): the partner of a
  meeting, talks, an agreement, cooperation or a ceasefire named after the trigger's own genitive,
  a duration, a place or time adverbial or a relative clause on the trigger — «مفاوضات السلام في
  المرحلة الحالية مع كابل»، «عقد اجتماعات استمرت ثلاث ساعات مع أعضاء»، «خلال اجتماعه في مكتبه
  اليوم ، مع مدير»، «اللقاءات التي جمعت جلالته في الديوان الملكي مع عدد كبير»، «وقعت الحكومة
  السودانية مسودة بروتوكول أمني مع متمردي». The words between may not open another clause or
  argument: a و/ف-joined word (another conjunct: «وترك نقاط رباطنا مع»), a ب/ل-prepositional
  word (its own «مع»: «بالتعاون مع»، «بالتجاوب السريع مع»), a preposition of another argument
  (من، عن، على، إلى، ضد، بين), a complementiser or subordinator, a form of «كان», any punctuation
  but one comma; at most :data:`REACH` words. The general rules and session 17's «مع» family
  read only the three words after the trigger.
- **the visitor and the visited of an arrival verb before «في زيارة»** (:func:`arrival_visit`):
  «وصل X [،] [time] إلى Y في زيارة» — X, the subject of the arrival verb (after it, or right
  before it: «وكان X وصل»), is the visitor, Y after «إلى» the visited; «زيارة دولة» is a state
  visit, its «دولة» no party (:func:`state_visit`).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.clauses import base_in
from khabar.extract.events.lexicon import candidates
from khabar.extract.events.party_pairs import mutual
from khabar.extract.events.party_partners import partner
from khabar.extract.events.rolewords import COMPLEMENTIZERS, JOINT_TYPES, SUBORDINATORS
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import HARAKAT, match_form, match_forms

REACH = 8  # words between the trigger and «مع»
# Prepositions that open another argument of the words between (not the partner's «مع»).
ARGUMENT_PREPS = match_forms("من عن على إلى الى ضد بين لدى")
BE = match_forms("كان كانت كانوا يكون تكون يكونون")
DEMONSTRATIVES = match_forms("هذه هذا هؤلاء تلك ذلك أولئك")
ONLY_WITH = match_form("مع")  # «ومع» opens another conjunct


def _party(q: Phrase | None) -> bool:
    return q is not None and not q.prep and q.kind != "target"


def _stops(tok: Token, in_phrase: bool) -> bool:
    """Whether a word between the trigger and «مع» opens another clause or argument; a word
    that may carry a و/ف proclitic (وترك، فتح) stops unless it is inside a party phrase (وزراء
    الخارجية)."""
    if tok.kind != "word":
        return False
    lead = tok.prefix[:1]
    joined = lead in ("و", "ف") or not in_phrase and any(p[:1] in ("و", "ف") for p, _ in candidates(tok.norm))
    return joined or "ب" in tok.prefix or "ل" in tok.prefix.replace("ال", "") \
        or tok.norm in ARGUMENT_PREPS or tok.norm in COMPLEMENTIZERS \
        or tok.norm in SUBORDINATORS and tok.norm not in ("الذي", "التي") or base_in(tok, BE)


def far_partner(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
                actors: Sequence[Phrase]) -> Phrase | None:
    """The party after a «مع» that follows the trigger's complement (module docstring)."""
    if not (cand.type in JOINT_TYPES or mutual(cand)):
        return None
    commas = 0
    words = 0
    k = cand.end
    inside = {j for p in phrases for j in range(p.start, p.end)}
    while k < len(tokens):
        tok = tokens[k]
        if tok.norm == ONLY_WITH and not tok.prefix:
            break
        if tok.kind in ("punct", "symbol"):
            if tok.text not in (",", "،") or commas:
                return None
            commas += 1
        elif _stops(tok, k in inside):
            return None
        else:
            words += 1
            if words > REACH:
                return None
        k += 1
    else:
        return None
    if k <= cand.end + 2:
        return None  # the general rules' and session 17's reach (three words)
    j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].norm in DEMONSTRATIVES)
    q = next((p for p in phrases if p.start == j and p.kind != "target"), None)
    if q is None:
        q = partner(tokens, phrases, j, len(tokens))
    return None if q is None or q in actors else q


# Verbs of arrival whose subject a following «في زيارة» names as the visitor.
ARRIVE = match_forms("وصل وصلت وصلوا وصلا يصل تصل يصلون يصلان ووصل ووصلت")
VISIT_NOUNS = match_forms("زيارة زياره")
IN = match_forms("في فى")
TO = match_forms("إلى الى")
STATE = match_form("دولة")
ARRIVAL_REACH = 16  # words back from «في زيارة» to the arrival verb


def _visit_after_in(tokens: Sequence[Token], cand: Candidate) -> bool:
    head = tokens[cand.start]
    return cand.type == "CONSULT" and not cand.verbal and cand.start > 0 \
        and tokens[cand.start - 1].norm in IN and (head.norm in VISIT_NOUNS or head.base in VISIT_NOUNS)


def state_visit(tokens: Sequence[Token], cand: Candidate, q: Phrase) -> bool:
    """«زيارة دولة» (a state visit): the bare «دولة» right after the visit noun is no party."""
    return _visit_after_in(tokens, cand) and q.start == cand.end and q.end == cand.end + 1 \
        and tokens[q.start].norm == STATE


def arrival_visit(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase]
                  ) -> tuple[Phrase | None, Phrase | None]:
    """(visitor, visited) of «وصل X إلى Y … في زيارة» (module docstring); (None, None) when the
    visit is not told by an arrival verb with a party or place after its «إلى»."""
    if not _visit_after_in(tokens, cand):
        return None, None
    verb = None
    for j in range(cand.start - 2, max(-1, cand.start - 2 - ARRIVAL_REACH), -1):
        tok = tokens[j]
        if tok.norm in COMPLEMENTIZERS or tok.kind == "punct" and tok.text in ".؟?!:":
            return None, None
        if tok.norm in ARRIVE:
            verb = j
            break
    if verb is None:
        return None, None
    to = next((j for j in range(verb + 1, cand.start - 1) if tokens[j].norm in TO), None)
    if to is None:
        return None, None
    visited = next((p for p in phrases if p.start == to + 1 and p.kind != "target"
                    and p.end <= cand.start - 1), None)
    if visited is None:
        return None, None  # وصل عدد الزوار إلى مليون: a count reached, no place visited
    visitor = next((p for p in phrases if verb < p.start and p.end <= to and _party(p)), None)
    if visitor is None:  # «وكان X وصل»، «X وصل»: the subject before the verb
        visitor = next((p for p in phrases if _party(p) and p.end == verb), None)
    return visitor, visited


# Verbal nouns whose possessive pronoun is their agent (اجتماعها، مباحثاته، تعاونه، انسحابهم،
# استنكاره، إدانته) — not those whose pronoun is the object (اعتقاله، اتهامه، زيارته، رفضه).
OWN_ACTS = match_forms(
    "اجتماع لقاء لقاءات مباحثات محادثات مشاورات اتصال اتصالات اتفاق تعاون تنسيق انسحاب "
    "استنكار إدانة ادانة شجب تنديد")
POSSESSIVES = ("هما", "هم", "ها", "ه")
ISSUED = match_forms("الصادر الصادرة")
FROM = match_forms("عن")
POSSESSOR_REACH = 15  # words back from the possessed act to its possessor
CLAUSE_ENDS = frozenset(".؟?!:؛")
PHRASE_PREPS = ARGUMENT_PREPS | IN  # a party after one of these is inside its phrase
PREP_NAMES = PHRASE_PREPS | TO  # prepositions a chunker may read as a name («وإلى جانب»)


def _possessed_act(tok: Token) -> str:
    """The possessive pronoun on an :data:`OWN_ACTS` noun (اجتماعها → "ها"), else ""."""
    norm = tok.norm[len(tok.prefix):] if tok.norm.startswith(tok.prefix) else tok.norm
    for suffix in POSSESSIVES:
        if not norm.endswith(suffix) or len(norm) - len(suffix) < 3:
            continue
        stem = norm[:-len(suffix)]
        if stem in OWN_ACTS or stem.endswith("ت") and stem[:-1] + "ه" in OWN_ACTS:
            return suffix  # مباحثاته، إدانته (ة before a pronoun is ت)
        return ""
    return ""


def _agrees_with(tokens: Sequence[Token], q: Phrase, suffix: str) -> bool:
    """Whether ``q`` can stand for the pronoun ``suffix``: ها a feminine head (ة، ات) or a
    country, entity or group; هم/هما a plural or dual head (ون، ين، و، ان) or a group; ه a
    head in neither ة/ات nor ون/ين."""
    head = tokens[q.start].text.rstrip(HARAKAT)
    feminine = head.endswith(("ة", "ات"))
    plural = head.endswith(("ون", "ين", "و", "ان")) and len(head) > 4
    named = q.kind in ("country", "entity", "group")
    if suffix == "ها":
        return feminine or named
    if suffix in ("هم", "هما"):
        return plural or q.kind == "group"
    return not feminine and not plural




def _prepositional(tok: Token) -> bool:
    """A word that may carry a ب/ل proclitic (بدول، لقوات، بالرياض): a party after it is its
    genitive, inside a prepositional phrase."""
    return tok.kind == "word" and any("ب" in p or "ل" in p.replace("ال", "") for p, _ in candidates(tok.norm))


def possessor(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase],
              taken: Sequence[Phrase]) -> Phrase | None:
    """The agent of a meeting, talks, an agreement, cooperation, a withdrawal or a condemnation
    named by the noun's possessive pronoun (اجتماعها، مباحثاته، استنكاره): the nearest party
    before it in its sentence that agrees with the pronoun — the subject of the verb that governs
    the noun («عقد مديرو السجون في المملكة , اجتماعهم»، «كان أنان قد اختتم مباحثاته»، «عبر X عن
    استنكاره»), or the issuer of «البيان الصادر عن X في اجتماعها». Not across a complementiser or
    a clause end; a party inside another prepositional phrase (على قواعد الجيش، في بغداد) is
    none."""
    if cand.verbal or cand.type not in ("CONSULT", "AGREE", "COOPERATE", "RETREAT", "ACCUSE"):
        return None
    suffix = _possessed_act(tokens[cand.start])
    if not suffix or cand.end < len(tokens) and tokens[cand.end].prefix[:1] == "ب":
        return None  # لإدانته بمحاولة تفجير: his conviction, the pronoun its object
    lo = cand.start
    while lo > 0 and cand.start - lo < POSSESSOR_REACH:
        tok = tokens[lo - 1]
        if tok.norm in COMPLEMENTIZERS or tok.kind == "punct" and tok.text in CLAUSE_ENDS:
            break
        lo -= 1
    for q in sorted((p for p in phrases if lo <= p.start and p.end <= cand.start
                     and p.kind != "target" and p not in taken), key=lambda p: -p.end):
        before = tokens[q.start - 1] if q.start > 0 else None
        issued = before is not None and before.norm in FROM and q.start > 1 \
            and tokens[q.start - 2].norm in ISSUED
        if (q.prep or before is not None and (before.norm in PHRASE_PREPS
                                              or _prepositional(before))) and not issued:
            continue  # على قواعد الجيش، لجنة … بدول مجلس التعاون: inside another phrase
        first = tokens[q.start]
        if first.norm.lstrip("وف") in PREP_NAMES:
            continue  # «وإلى جانب» read as a name
        return q if _agrees_with(tokens, q, suffix) else None
    return None
