"""The subject of a governing verb as the actor of the 14 other types (session 20, evw20; issue #6).

The largest class of missed actors on the three sources (news day, ANERcorp, Wojood): the actor of
a verbal-noun event is the subject of the verb that governs the noun. The light-verb rule of
:mod:`khabar.extract.events.party_roles` (``_light_subject``, ``_organiser``) already takes the
subject of a listed verb; two shapes escape it:

- **a governing verb the lists do not match**: the future «س» glued to a listed imperfect
  («وسيجري شافيز محادثات مع»، «ستقدم بالتعاون مع»، «ستعقد الوزارة اجتماعا» — the tokenizer
  leaves «س» on the verb, so «سيجري» never matched «يجري»), and verbs that take the verbal noun
  as their object (:data:`GOVERNING`: «مددت المحكمة اعتقال …» extends a detention, «إذا اختار
  البشير التعاون» chooses to cooperate);
- **a meeting, call or visit in an adverbial of a verb-first clause** (:func:`adverbial_subject`):
  «ورحب X خلال اللقاء بـ…»، «اكتفى X في اتصال هاتفي مع Y»، «وصل X إلى باكو مساء أمس في زيارة» —
  the clause's subject takes part in the meeting the adverbial names — not when a clause after the
  noun names its maker («ويقول X في اتصال هاتفي أجرته معه الصحيفة»: an interview).

Both only fill an empty actor (the caller in :func:`party_roles.complete` checks it).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.clauses import base_in
from khabar.extract.events.party_places import TIME_WORDS
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_forms

# Verbs whose object is the verbal noun and whose subject does the act (extend, choose).
GOVERNING = match_forms("مدد مددت مددوا يمدد تمدد يمددون اختار اختارت اختاروا يختار تختار يختارون")
FUTURE = "س"
PERSONS = "يتن"  # the imperfect's person prefixes after «س» (سيعقد، ستعقد، سنعقد)


def light_form(tok: Token, words: frozenset[str]) -> bool:
    """Whether ``tok`` is one of ``words`` or its future «س» + imperfect (سيجري، ستعقد، ستقدم → يجري،
    يعقد، يقدم), with or without a و/ف conjunction."""
    if base_in(tok, words):
        return True
    base = tok.base
    if len(base) < 4 or base[0] != FUTURE or base[1] not in PERSONS:
        return False
    return base[1:] in words or "ي" + base[2:] in words


# The adverbial a meeting noun stands in (خلال اللقاء، في اتصال هاتفي، أثناء الزيارة).
ADVERBIAL = match_forms("خلال وخلال أثناء اثناء وأثناء واثناء في وفي")
# Nouns of a meeting, a call or a visit (CONSULT) that an adverbial of the clause can name.
MEETING_NOUNS = match_forms("لقاء اللقاء اجتماع الاجتماع اتصال الاتصال زيارة الزيارة زيارته زيارتها "
                            "مباحثات المباحثات محادثات المحادثات مكالمة المكالمة")
# Words before the subject that are no verb: prepositions, particles, pronouns, negation.
NOT_VERBS = match_forms(
    "من ومن إلى الى وإلى والى على وعلى عن وعن مع ومع بين وبين لدى عند حول ضد نحو عبر منذ في وفي "
    "أن ان إن بأن وأن لأن كما ثم و ف أو او لا لم لن ما هو هي هم قد وقد فقد لقد الذي التي الذين "
    "كان كانت وكان وكانت يكون تكون")
# The interview shape: the call or meeting is made by another party (في اتصال هاتفي أجرته معه
# «الشرق الأوسط»): the clause's subject is the one interviewed, not the maker.
MADE_WITH = match_forms("أجرته اجرته أجراه اجراه أجرتها اجرتها أجراها اجراها أجروه اجروه أجروها اجروها")
SUBJECT_GAP = 5  # words of time and place phrases between the subject and the adverbial
TO = match_forms("إلى الى")


def _meeting(tok: Token, cand: Candidate) -> bool:
    norm = tok.norm[len(cand.prefix):] if cand.prefix and tok.norm.startswith(cand.prefix) else tok.norm
    return norm in MEETING_NOUNS or tok.base in MEETING_NOUNS


def adverbial_subject(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase], lo: int
                      ) -> Phrase | None:
    """The subject of a verb-first clause whose adverbial names the CONSULT noun at ``cand``: the
    party right after the clause's verb and right before «خلال/في/أثناء» + the noun (only time
    words and a place phrase between: «وصل X إلى باكو مساء أمس في زيارة»), the verb a word of the clause that is no noun, particle or preposition."""
    t0 = cand.start
    if cand.type != "CONSULT" or cand.verbal or t0 < 3 or not _meeting(tokens[t0], cand):
        return None
    p = t0 - 1
    if tokens[p].norm not in ADVERBIAL or any(
            tokens[j].norm in MADE_WITH for j in range(cand.end, min(len(tokens), cand.end + 3))):
        return None
    k = p
    while k > lo and p - k < SUBJECT_GAP:
        r = next((r for r in phrases if r.end == k and r.prep), None)
        if tokens[k - 1].norm in TIME_WORDS:
            k -= 1  # مساء أمس
        elif r is not None and r.start > lo:
            k = r.start - (tokens[r.start - 1].norm in TO)  # إلى اذربيجان
        else:
            break
    q = next((q for q in phrases if q.end == k), None)
    if q is None or q.prep or q.kind == "target" or q.start <= lo:
        return None
    v = tokens[q.start - 1]
    inside = any(r.start < q.start and q.start - 1 < r.end for r in phrases)
    if inside or v.kind != "word" or "ال" in v.prefix or v.norm in NOT_VERBS \
            or v.prefix.lstrip("وف")[:1] in ("ب", "ل", "ك"):
        return None  # «مع X في اجتماع»، «رئيس X»: no verb before the subject
    return q
